"""The Sync screen: share work with other laptops by file (USB stick, shared folder, e-mail).

- This laptop's name and key fingerprint, for another laptop to check.
- Export to a chosen file or to the sync folder, for one known laptop (only what it has not
  seen) or everything, optionally with a passphrase; "safe to remove the drive" is said only
  once the file was written, read back and verified.
- Import chosen files, or scan the sync folder for bundles not imported yet: each is previewed
  by a dry run first; a laptop seen for the first time is accepted by its fingerprint; a bundle
  of another organisation is refused unless the user chooses to join it.  A progress bar and
  Cancel while it runs; cancelling leaves the database as it was.
- Open conflicts with both values side by side, and "Use this value instead".
- The history of bundles in and out; the laptops known here and what each has seen.

Every store operation runs on the store thread (``worker.run``); the engine's progress, which
is reported on that thread, reaches the window through a queued Qt signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QButtonGroup, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.errors import UserError
from engagedesk.services import sync_settings
from engagedesk.store.worker import StoreWorker
from engagedesk.sync import service
from engagedesk.ui import appearance, sync_dialogs, sync_ops
from engagedesk.ui.sync_lists import ConflictsPanel, HistoryPanel, LaptopsPanel
from engagedesk.ui.sync_ops import Checked, SyncState, Verdict
from engagedesk.ui.sync_preview import Chosen, PreviewPanel
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import ProblemLabel, available_width, shortcut, size_to_current_page


class _Relay(QObject):
    """Made on the GUI thread; emitted from the store thread, so its slots run queued, safely."""

    progressed = Signal(int, int)


def _selectable(label: QLabel, name: str = "", accessible: str = "", keyboard: bool = False) -> QLabel:
    """A label whose text can be copied; ``keyboard``: also reached with Tab (what a user may need to read out)."""
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and messages from other laptops: never markup
    label.setWordWrap(True)
    flags = Qt.TextInteractionFlag.TextSelectableByMouse
    if keyboard:
        flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
    label.setTextInteractionFlags(flags)
    if name:
        label.setObjectName(name)
    if accessible:
        label.setAccessibleName(accessible)
    return label


class SyncScreen(QWidget):
    loaded = Signal()          # the laptops, history and conflicts shown are what the database holds
    previewed = Signal()       # a preview waits for the user
    finished = Signal(str)     # an export or import ended (or was cancelled); what was said
    data_changed = Signal()    # an import or "Use this value instead" changed the organisation's data

    SHARE, CONFLICTS, HISTORY, LAPTOPS = range(4)

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.state: SyncState | None = None
        self.setObjectName("syncScreen")
        self.setAccessibleName(self.tr("Sync"))
        self._stop = threading.Event()
        self._busy = False
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._bundles: list[Checked] = []   # in the preview
        self._skipped: list[Checked] = []   # already imported or made here, from a scan
        self._scan = False
        self._return_focus: QWidget | None = None

        heading = QLabel(self.tr("Sync"))
        heading.setObjectName("screenHeading")
        self.laptop_label = _selectable(QLabel(), "laptopName", self.tr("This laptop's name"), keyboard=True)
        self.fingerprint_label = _selectable(QLabel(), "fingerprint", self.tr("This laptop's key fingerprint"),
                                             keyboard=True)
        self.fingerprint_label.setWordWrap(True)  # one line when there is room; never cut off
        fingerprint_hint = _selectable(QLabel(self.tr(
            "Another laptop shows this fingerprint the first time it imports a bundle from here: check that "
            "they match.")), "hint")
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.laptop_label)
        who.addWidget(self.fingerprint_label)
        self._top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(heading, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(32)
        top.addLayout(who, 1)

        self.feedback = _selectable(QLabel(), "feedback", self.tr("What just happened"), keyboard=True)
        self.feedback.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.setAccessibleName(self.tr("Sync sections"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.share = QStackedWidget()
        self.forms = self._build_forms()
        self.preview = PreviewPanel()
        self.preview.import_requested.connect(self._start_import)
        self.preview.passphrase_given.connect(self._start_opening)
        self.preview.closed.connect(self._close_preview)
        self.busy_page = self._build_busy()
        for page in (self.forms, self.preview, self.busy_page):
            self.share.addWidget(page)
        share_page = QWidget()
        share_layout = QVBoxLayout(share_page)
        share_layout.setContentsMargins(12, 12, 12, 12)
        share_layout.addWidget(self.share)
        self.conflicts = ConflictsPanel()
        self.conflicts.use_lost_value.connect(lambda conflict_id: run_task(self, self._use_lost_value(conflict_id)))
        self.history = HistoryPanel()
        self.laptops = LaptopsPanel()
        self.tabs.addTab(share_page, self.tr("&Export and import"))
        self.tabs.addTab(self.conflicts, self.tr("Co&nflicts"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.laptops, self.tr("&Laptops"))
        size_to_current_page(self.share)
        size_to_current_page(self.tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(fingerprint_hint)
        layout.addWidget(self.feedback)
        layout.addWidget(self.tabs, 1)

        shortcut("Ctrl+E", self, self.export)
        shortcut("Ctrl+O", self, self.import_files)
        shortcut("F5", self, self.scan_folder)
        shortcut("Escape", self, self._escape)
        self.setFocusProxy(self.tabs)
        appearance.style(self, SYNC_STYLE)
        self._show_state(None)

    # ------------------------------------------------------------------ building


    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        wide = available_width(self) >= appearance.text_width(80)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for layout in (self._top, self._boxes):
            layout.setDirection(direction)
    def _build_forms(self) -> QWidget:
        page = QWidget()
        folder_label = QLabel(self.tr("Sync folder:"))
        folder_label.setObjectName("fieldLabel")
        self.folder_path = _selectable(QLabel(), "folderPath", self.tr("Sync folder"), keyboard=True)
        self.folder_button = QPushButton(self.tr("Chan&ge…"))
        self.folder_button.setObjectName("chooseFolder")
        self.folder_button.setAccessibleName(self.tr("Choose the sync folder (USB stick or shared folder)"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_path, 1)
        folder_row.addWidget(self.folder_button)

        # Export
        export_box = QFrame()
        export_box.setObjectName("syncBox")
        export_heading = QLabel(self.tr("Export"))
        export_heading.setObjectName("sectionHeading")
        self.export_for = QComboBox()
        self.export_for.setObjectName("exportFor")
        self.export_for.setAccessibleName(self.tr("Which laptop the bundle is for"))
        self.to_folder = QRadioButton(self.tr("The sync f&older"))
        self.to_folder.setAccessibleName(self.tr("Write the bundle to the sync folder"))
        self.to_file = QRadioButton(self.tr("A file I &choose"))
        self.to_file.setAccessibleName(self.tr("Write the bundle to a file I choose"))
        self.to_folder.setChecked(True)
        self._where = QButtonGroup(self)
        self._where.addButton(self.to_folder)
        self._where.addButton(self.to_file)
        where = QHBoxLayout()
        where.setSpacing(28)
        where.addWidget(self.to_folder)
        where.addWidget(self.to_file)
        where.addStretch(1)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("optional"))
        self.passphrase.setAccessibleName(self.tr("Passphrase to protect the bundle (optional)"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("exportPassphraseAgain")
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("The passphrase again"))
        self.passphrase_problem = ProblemLabel()
        self.passphrase_problem.setAccessibleName(self.tr("Problem with the passphrase"))
        self.passphrase.textEdited.connect(lambda _text: self.passphrase_problem.show_problem(None))
        self.passphrase_again.textEdited.connect(lambda _text: self.passphrase_problem.show_problem(None))
        self.export_button = QPushButton(self.tr("E&xport (Ctrl+E)"))
        self.export_button.setObjectName("exportNow")
        self.export_button.setAccessibleName(self.tr("Export a bundle"))
        self.export_button.clicked.connect(self.export)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        for text, field in ((self.tr("&For:"), self.export_for), (self.tr("&Write to:"), where),
                            (self.tr("&Passphrase:"), self.passphrase), (self.tr("&Again:"), self.passphrase_again)):
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(self.to_folder)
            form.addRow(label, field)
        export_hint = _selectable(QLabel(self.tr(
            "“Everything” always works. For one laptop, only what it has not seen yet goes: a smaller file. "
            "A passphrase protects the file if it could be lost; tell it to the other laptop's user in person.")),
            "hint")
        export_layout = QVBoxLayout(export_box)
        export_layout.setSpacing(10)
        export_layout.addWidget(export_heading)
        export_layout.addLayout(form)
        export_layout.addWidget(self.passphrase_problem)
        export_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        export_layout.addWidget(export_hint)
        export_layout.addStretch(1)

        # Import
        import_box = QFrame()
        import_box.setObjectName("syncBox")
        import_heading = QLabel(self.tr("Import"))
        import_heading.setObjectName("sectionHeading")
        self.import_button = QPushButton(self.tr("&Import bundle files… (Ctrl+O)"))
        self.import_button.setObjectName("importFiles")
        self.import_button.setAccessibleName(self.tr("Choose bundle files to import"))
        self.import_button.clicked.connect(self.import_files)
        self.scan_button = QPushButton(self.tr("&Scan the sync folder (F5)"))
        self.scan_button.setObjectName("scanFolder")
        self.scan_button.setAccessibleName(self.tr("Import every new bundle in the sync folder"))
        self.scan_button.clicked.connect(self.scan_folder)
        import_hint = _selectable(QLabel(self.tr(
        "Each bundle is checked first: you see what it would change, and nothing changes until you "
        "say so. Bundles already imported are skipped.")), "hint")
        import_layout = QVBoxLayout(import_box)
        import_layout.setSpacing(10)
        import_layout.addWidget(import_heading)
        import_layout.addWidget(self.import_button)
        import_layout.addWidget(self.scan_button)
        import_layout.addWidget(import_hint)
        import_layout.addStretch(1)

        # side by side; with large text the import box goes under the export box
        self._boxes = boxes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        boxes.setSpacing(16)
        boxes.addWidget(export_box, 3)
        boxes.addWidget(import_box, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(folder_row)
        layout.addLayout(boxes, 1)
        QWidget.setTabOrder(self.folder_button, self.export_for)
        QWidget.setTabOrder(self.export_for, self.to_folder)
        QWidget.setTabOrder(self.to_folder, self.to_file)
        QWidget.setTabOrder(self.to_file, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.passphrase_again)
        QWidget.setTabOrder(self.passphrase_again, self.export_button)
        QWidget.setTabOrder(self.export_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.scan_button)
        return page

    def _build_busy(self) -> QWidget:
        page = QWidget()
        self.busy_title = _selectable(QLabel(), "sectionHeading", self.tr("What is being done"))
        self.busy_detail = _selectable(QLabel(), "hint", self.tr("Details"))
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("&Cancel (Esc)"))
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setAccessibleName(self.tr("Cancel: nothing is changed"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.busy_title)
        layout.addWidget(self.busy_detail)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """(Re)load this laptop, the laptops known, the history and the conflicts; never blocks."""
        run_task(self, self._load())

    async def _load(self) -> None:
        self._show_state(await self.worker.run(sync_ops.sync_state))
        self.loaded.emit()

    def _show_state(self, state: SyncState | None) -> None:
        self.state = state
        if state is None:
            self.laptop_label.setText(self.tr("This laptop"))
            self.fingerprint_label.setText("")
        else:
            name = self.tr("This laptop: “{name}”").format(name=state.laptop_name) if state.laptop_name \
                else self.tr("This laptop (no name yet)")
            if state.organisation_name:
                self.laptop_label.setText(self.tr("{laptop}, of {organisation}").format(
                    laptop=name, organisation=state.organisation_name))
            else:
                self.laptop_label.setText(self.tr("{laptop}: not part of an organisation yet. Import a bundle "
                                                  "from one of its laptops to join it.").format(laptop=name))
            self.fingerprint_label.setText(self.tr("Key fingerprint: {fingerprint}").format(
                fingerprint=state.fingerprint))
        folder = state.sync_folder if state else None
        self.folder_path.setText(str(folder) if folder else self.tr(
            "not chosen yet: choose the USB stick or shared folder"))
        self.scan_button.setEnabled(folder is not None)

        keep = self.export_for.currentData()
        self.export_for.clear()
        self.export_for.addItem(self.tr("Any laptop: everything"), "")
        for peer in state.peers if state else []:
            if peer.accepted:
                self.export_for.addItem(self.tr("“{name}”: only what it has not seen").format(name=peer.name),
                                        peer.site_id)
        self.export_for.setCurrentIndex(max(0, self.export_for.findData(keep)))

        conflicts = state.conflicts if state else []
        self.conflicts.set_lines(conflicts)
        self.history.set_lines(state.history if state else [])
        self.laptops.set_lines(state.peers if state else [])
        self.tabs.setTabText(self.CONFLICTS, self.tr("Co&nflicts ({count})").format(count=len(conflicts))
                             if conflicts else self.tr("Co&nflicts"))
        peers = len(state.peers) if state else 0
        self.tabs.setTabText(self.LAPTOPS, self.tr("&Laptops ({count})").format(count=peers)
                             if peers else self.tr("&Laptops"))

    # ------------------------------------------------------------------ saying what happened

    def say(self, text: str, tone: str = "") -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("tone", tone)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setVisible(bool(text))

    def _begin_busy(self, title: str, detail: str = "", cancellable: bool = True) -> None:
        if self.share.currentWidget() is self.forms and self.focusWidget() is not None:
            self._return_focus = self.focusWidget()
        self._busy = True
        self._stop.clear()
        self.say("")
        self.busy_title.setText(title)
        self.busy_detail.setText(detail)
        self.busy_detail.setVisible(bool(detail))
        self.progress.setRange(0, 0)  # busy until the first progress arrives
        self.cancel_button.setText(self.tr("&Cancel (Esc)"))
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.conflicts.setEnabled(False)
        self.share.setCurrentWidget(self.busy_page)
        self.tabs.setCurrentIndex(self.SHARE)
        (self.cancel_button if cancellable else self.progress).setFocus()

    def _launch(self, title: str, detail: str, cancellable: bool,
                job: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Show the busy page at once (a second key press finds the screen busy), then run the job."""
        self._begin_busy(title, detail, cancellable)
        run_task(self, self._until_done(job()))

    async def _until_done(self, job: Coroutine[Any, Any, None]) -> None:
        try:
            await job
        finally:
            if self._busy:  # a bug cut it short: give the screen back
                self._end_busy()

    def _step(self, title: str, detail: str = "") -> None:
        self.busy_title.setText(title)
        self.busy_detail.setText(detail)
        self.busy_detail.setVisible(bool(detail))
        self.progress.setRange(0, 0)

    def _end_busy(self, page: QWidget | None = None) -> None:
        self._busy = False
        self.conflicts.setEnabled(True)
        self.share.setCurrentWidget(page or self.forms)
        if page is None:
            target = self._return_focus if self._return_focus is not None and self._return_focus.isVisible() \
                else self.export_button
            target.setFocus()

    def _progressed(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def is_busy(self) -> bool:
        return self._busy

    def cancel(self) -> None:
        """Stop the import under way; the engine rolls it back."""
        if self._busy and self.cancel_button.isEnabled():
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))
            self.busy_detail.setText(self.tr("Stopping; everything this import changed is being put back."))
            self.busy_detail.show()

    def _escape(self) -> None:
        if self._busy:
            self.cancel()
        elif self.share.currentWidget() is self.preview:
            self._close_preview()

    # ------------------------------------------------------------------ the sync folder

    def choose_folder(self) -> None:
        if self._busy:
            return
        current = self.state.sync_folder if self.state else None
        folder = sync_dialogs.choose_folder(self, current)
        if folder is not None:
            run_task(self, self._set_folder(folder))

    async def _set_folder(self, folder: Path) -> None:
        await self.worker.run(sync_ops.choose_sync_folder, folder)
        await self._load()
        self.say(self.tr("Sync folder: {folder}").format(folder=folder))

    # ------------------------------------------------------------------ export

    def export(self) -> None:
        if self._busy or self.share.currentWidget() is not self.forms:
            return
        self.tabs.setCurrentIndex(self.SHARE)
        passphrase = self.passphrase.text()
        if passphrase != self.passphrase_again.text():
            self.passphrase_problem.show_problem(self.tr(
                "The two passphrases are not the same. Type the passphrase again in both fields."))
            self.passphrase_again.setFocus()
            self.passphrase_again.selectAll()
            return
        for_laptop = self.export_for.currentData() or None
        folder = self.state.sync_folder if self.state else None
        target: Path | None = None
        if self.to_file.isChecked():
            name = sync_settings.bundle_file_name(self.state.laptop_name if self.state else "")
            target = sync_dialogs.save_bundle(self, (folder or Path.home()) / name)
            if target is None:
                return
        elif folder is None:
            folder = sync_dialogs.choose_folder(self, None)
            if folder is None:
                self.say(self.tr("Choose the sync folder first (the USB stick or shared folder), or write "
                                 "to a file you choose."), "warning")
                return
            self._launch(self.tr("Exporting…"), self._writing_to(None), False,
                         lambda: self._export_after_choosing(folder, for_laptop, passphrase))
            return
        self._launch(self.tr("Exporting…"), self._writing_to(target), False,
                     lambda: self._export(target, for_laptop, passphrase))

    def _writing_to(self, target: Path | None) -> str:
        where = str(target) if target else self.tr("the sync folder")
        return self.tr("Writing to {where}. Do not remove the drive yet.").format(where=where)

    async def _export_after_choosing(self, folder: Path, for_laptop: str | None, passphrase: str) -> None:
        await self.worker.run(sync_ops.choose_sync_folder, folder)
        await self._export(None, for_laptop, passphrase)

    async def _export(self, target: Path | None, for_laptop: str | None, passphrase: str) -> None:
        try:
            done = await self.worker.run(sync_ops.export_to, target, for_laptop, passphrase or None)
        except UserError as problem:
            self._end_busy()
            self.say(problem.message, "warning")
            self.finished.emit(problem.message)
            await self._load()
            return
        self._end_busy()
        self.passphrase.clear()
        self.passphrase_again.clear()
        what = self.tr("everything") if done.full else self.tr("changes for “{name}”").format(name=done.laptop)
        text = self.tr("Saved {file} ({what}: {records}{protected}). It was read back and checked: it is "
                       "safe to remove the drive.").format(
            file=done.path, what=what,
            records=count_text(done.records, self.tr("1 record"), self.tr("{n} records")),
            protected=self.tr(", protected by the passphrase") if passphrase else "")
        self.say(text, "welcome")
        await self._load()
        self.finished.emit(text)

    # ------------------------------------------------------------------ import: check, preview, apply

    def import_files(self) -> None:
        if self._busy or self.share.currentWidget() is not self.forms:
            return
        self.tabs.setCurrentIndex(self.SHARE)
        paths = sync_dialogs.open_bundles(self, self.state.sync_folder if self.state else None)
        if paths:
            self._launch(self.tr("Checking bundles…"), self.tr("Nothing is changed while they are checked."), True,
                         lambda: self._check(paths, scan=False))

    def scan_folder(self) -> None:
        if self._busy or self.share.currentWidget() is not self.forms:
            return
        self.tabs.setCurrentIndex(self.SHARE)
        self._launch(self.tr("Looking in the sync folder…"), "", True, self._scan_folder)

    async def _scan_folder(self) -> None:
        try:
            folder, paths = await self.worker.run(sync_ops.folder_bundles)
        except UserError as problem:
            self._end_busy()
            self._said(problem.message, "warning")
            return
        if not paths:
            self._end_busy()
            self._said(self.tr("There are no bundles (.edsync files) in the sync folder {folder}.").format(
                folder=folder))
            return
        await self._check(paths, scan=True)

    async def _check(self, paths: list[Path], scan: bool, passphrase: str | None = None) -> None:
        self._scan = scan
        results: list[Checked] = []
        try:
            for number, path in enumerate(paths, start=1):
                self._step(self.tr("Checking bundle {number} of {count}…").format(number=number, count=len(paths)),
                           path.name)
                results.append(await self.worker.run(sync_ops.check_bundle, path, passphrase, self._stop.is_set,
                                                     self._relay.progressed.emit))
        except service.Cancelled:
            self._end_busy()
            self._said(self.tr("Cancelled. Nothing was changed."))
            return
        self._show_checked(results)

    def _show_checked(self, results: list[Checked]) -> None:
        quiet = (Verdict.ALREADY, Verdict.OWN)
        shown = [c for c in results if not (self._scan and c.verdict in quiet)]
        skipped = [c for c in results if self._scan and c.verdict in quiet]
        needs_user = [c for c in shown if c.importable or c.verdict is Verdict.PASSPHRASE]
        if not needs_user:
            # Nothing to decide: say what each one is, and change nothing.
            self._end_busy()
            if not shown:
                self._said(self.tr("Nothing new in the sync folder: the bundle there was imported before or "
                                   "made on this laptop.") if len(skipped) == 1 else self.tr(
                    "Nothing new in the sync folder: the {count} bundles there were imported before or made on "
                    "this laptop.").format(count=format_number(len(skipped))))
                return
            lines = [f"{c.path.name}: {c.message}" for c in shown]
            refused = any(c.verdict is Verdict.REFUSED for c in shown)
            self._said("\n".join(lines), "warning" if refused else "")
            return
        self._bundles, self._skipped = shown, skipped
        self.preview.show_bundles(shown, skipped)
        self._end_busy(self.preview)
        self.preview.first_focus().setFocus()
        self.previewed.emit()

    def _start_opening(self, passphrase: str) -> None:
        if not self._busy and self.share.currentWidget() is self.preview:
            self._launch(self.tr("Opening the protected bundles…"), self.tr("Nothing is changed while they are "
                                                                          "checked."), True,
                         lambda: self._retry_with(passphrase))

    async def _retry_with(self, passphrase: str) -> None:
        """Open the protected bundles of the preview with the passphrase typed."""
        again = [c for c in self._bundles if c.verdict is Verdict.PASSPHRASE]
        opened: dict[Path, Checked] = {}
        try:
            for checked in again:
                self._step(self.tr("Opening {file}…").format(file=checked.path.name))
                opened[checked.path] = await self.worker.run(sync_ops.check_bundle, checked.path, passphrase,
                                                             self._stop.is_set, self._relay.progressed.emit)
        except service.Cancelled:
            self._end_busy()
            self._said(self.tr("Cancelled. Nothing was changed."))
            return
        self.preview.passphrase.clear()
        self._show_checked([opened.get(c.path, c) for c in self._bundles] + self._skipped)

    def _close_preview(self) -> None:
        self._bundles, self._skipped = [], []
        self.share.setCurrentWidget(self.forms)
        self._said(self.tr("Nothing was imported."))
        (self._return_focus if self._return_focus is not None and self._return_focus.isVisible()
         else self.import_button).setFocus()

    def _start_import(self, chosen: list[Chosen]) -> None:
        if chosen and not self._busy and self.share.currentWidget() is self.preview:
            self._launch(self.tr("Importing…"), "", True, lambda: self._apply(chosen))

    async def _apply(self, chosen: list[Chosen]) -> None:
        self.preview.passphrase.clear()
        lines: list[str] = []
        problems = 0
        imported = 0
        cancelled = False
        try:
            for number, choice in enumerate(chosen, start=1):
                if self._stop.is_set():
                    cancelled = True
                    break
                self._step(self.tr("Importing bundle {number} of {count}: from “{laptop}”…").format(
                    number=number, count=len(chosen), laptop=choice.checked.source_name), choice.checked.path.name)
                try:
                    report = await self.worker.run(sync_ops.apply_bundle, choice.checked, accept=choice.accept,
                                                   join=choice.join, should_stop=self._stop.is_set,
                                                   progress=self._relay.progressed.emit)
                except service.Cancelled:
                    cancelled = True
                    break
                except UserError as problem:
                    problems += 1
                    lines.append(f"{choice.checked.path.name}: {problem.message}")
                    continue
                imported += 0 if report.already_imported else 1
                lines.append(sync_ops.import_summary(report))
        finally:
            self._bundles, self._skipped = [], []
            self._end_busy()
        if cancelled:
            text = self.tr("Import cancelled. Nothing was changed.")
            if imported:
                text = count_text(imported, self.tr(
                    "Import cancelled: the bundle being imported changed nothing. The one imported before you "
                    "cancelled stays imported."), self.tr(
                    "Import cancelled: the bundle being imported changed nothing. The {count} imported before you "
                    "cancelled stay imported."), count=format_number(imported))
            lines.append(text)
        await self._load()
        if imported:
            self.data_changed.emit()
        self._said("\n".join(lines), "warning" if problems or cancelled else "welcome")

    def _said(self, text: str, tone: str = "") -> None:
        self.say(text, tone)
        self.finished.emit(text)

    # ------------------------------------------------------------------ conflicts

    async def _use_lost_value(self, conflict_id: int) -> None:
        line = next((line for line in self.conflicts.lines if line.id == conflict_id), None)
        try:
            await self.worker.run(sync_ops.use_lost_value, conflict_id)
        except UserError as problem:
            self.say(problem.message, "warning")
            await self._load()
            return
        await self._load()
        self.data_changed.emit()
        if line is not None:
            self.say(self.tr("{what} is now “{value}”. The other laptops get this change with the next bundle.")
                     .format(what=f"{line.record} — {line.field}", value=line.lost), "welcome")
        self.conflicts.setFocus()


SYNC_STYLE = """
QLabel#laptopName { font-size: 16pt; }
QLabel#fingerprint { font-size: 17pt; font-weight: bold; color: #1f3a4d; font-family: "DejaVu Sans Mono", monospace; }
QLabel#folderPath { font-weight: bold; }
QFrame#syncBox { border: 1px solid #9aa7b1; border-radius: 6px; background: #f7f9fa; }
QFrame#bundleEntry { border: 1px solid #9aa7b1; border-radius: 6px; background: #f7f9fa; }
QLabel#entryTitle { font-size: 16pt; font-weight: bold; }
QLabel#entrySummary { font-weight: bold; color: #1f3a4d; }
QLabel#newLaptop { background: #fff1cc; color: #5c4200; padding: 6px; }
QFrame#valueBox { border: 1px solid #9aa7b1; border-radius: 6px; }
QLabel#valueHeading { font-weight: bold; color: #1f3a4d; }
QLabel#conflictValue { font-size: 17pt; }
QLineEdit, QComboBox { padding: 4px; }
QTableWidget#syncTable { border: 1px solid #9aa7b1; selection-background-color: #1f3a4d; selection-color: white; }
QTableWidget#syncTable:focus, QComboBox:focus, QRadioButton:focus, QTabBar::tab:focus { border: 3px solid #1a73e8; }
QHeaderView::section { font-weight: bold; padding: 6px; border: none; border-bottom: 2px solid #9aa7b1;
                       background: #eef2f5; }
QTabBar::tab { padding: 8px 18px; }
QProgressBar { min-height: 32px; }
QCheckBox::indicator, QRadioButton::indicator { width: 22px; height: 22px; }
"""
