"""The Canvassing screen: campaigns (script, survey, outcomes), turfs, the door screen, results.

Nothing here touches SQLite: every read and write is a service of
:mod:`engagedesk.services.canvassing` run on the store thread with ``worker.run``.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QStackedWidget, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.models import Campaign
from engagedesk.services import canvassing
from engagedesk.store.worker import StoreWorker
from engagedesk.ui.canvass_editor import CampaignEditor
from engagedesk.ui.canvass_results import ResultsPanel
from engagedesk.ui import appearance
from engagedesk.ui.door import DoorScreen
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import FlowLayout, available_width, size_to_current_page

CampaignRole = Qt.ItemDataRole.UserRole + 1


def choose_csv(parent: QWidget) -> str:
    """The file dialog, behind one seam that tests replace."""
    name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Import addresses"), "", "CSV (*.csv *.txt);;* (*)")
    return name


class _Pages(QStackedWidget):
    """A stack as tall as its current page needs (Qt's asks for the tallest page's height when
    text wraps, which with large text left long empty space under a short page)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None or not page.hasHeightForWidth():
            return -1
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


class _Tabs(QTabWidget):
    """Tabs as tall as the current tab needs (see :class:`_Pages`)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        chrome = self.tabBar().sizeHint().height() + 8  # the bar and the frame around the page
        inner = page.heightForWidth(width - 8) if page.hasHeightForWidth() else -1
        return chrome + max(inner, page.minimumSizeHint().height())


class CanvassingScreen(QWidget):
    loaded = Signal()          # the campaign list (and the chosen campaign) is on screen
    saved = Signal(object)     # CampaignDetail after a save
    imported = Signal(object)  # ImportReport
    import_progress = Signal(int, int)  # done, total: emitted from the store thread, shown here

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.campaign_id: str | None = None
        self.last_import: tuple[str, ...] = ()
        self.setObjectName("canvassingScreen")

        heading = QLabel(self.tr("Canvassing"))
        heading.setObjectName("screenHeading")
        self.campaigns = QListWidget()
        self.campaigns.setAccessibleName(self.tr("Campaigns"))
        self.campaigns.currentItemChanged.connect(lambda item, _old: self._campaign_chosen(item))
        self.new_button = QPushButton(self.tr("New campaign"))
        self.new_button.clicked.connect(self.new_campaign)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)

        self.editor = CampaignEditor()
        self.editor.save_requested.connect(lambda c, qs: run_task(self, self._save(c, qs)))

        self.turfs = QTableWidget(0, 3)
        self.turfs.setHorizontalHeaderLabels([self.tr("Turf"), self.tr("Canvasser"), self.tr("Doors")])
        self.turfs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # their headings whole at any text size
            self.turfs.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.turfs.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.turfs.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.turfs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.turfs.setAccessibleName(self.tr("Turfs of the campaign"))
        self.turfs.activated.connect(lambda _index: self.walk_turf())  # Enter, or a double click
        self.canvasser = QLineEdit()
        self.canvasser.setPlaceholderText(self.tr("Canvasser's name"))
        self.canvasser.setAccessibleName(self.tr("Canvasser's name"))
        self.assign_button = QPushButton(self.tr("Assign turf"))
        self.assign_button.clicked.connect(lambda: run_task(self, self._assign()))
        self.walk_button = QPushButton(self.tr("Walk this turf…"))
        self.walk_button.clicked.connect(self.walk_turf)
        self.import_button = QPushButton(self.tr("Import addresses (CSV)…"))
        self.import_button.setAccessibleName(self.tr("Import addresses from a CSV file"))
        self.import_button.clicked.connect(self.import_addresses)
        self.import_bar = QProgressBar()
        self.import_bar.setAccessibleName(self.tr("Import progress"))
        self.import_bar.setTextVisible(True)
        self.import_bar.hide()
        self.import_cancel = QPushButton(self.tr("Cancel import"))
        self.import_cancel.setAccessibleName(self.tr("Cancel the import; nothing is changed"))
        self.import_cancel.clicked.connect(self.cancel_import)
        self.import_cancel.hide()
        self._import_stop: threading.Event | None = None
        self.import_progress.connect(self._show_import_progress)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("by street"), "street")
        self.group_by.addItem(self.tr("by postal code"), "postal code")
        self.group_button = QPushButton(self.tr("Make turfs"))
        self.group_button.setToolTip(self.tr("From the last imported addresses, or all addresses"))
        self.group_button.clicked.connect(lambda: run_task(self, self._make_turfs()))
        self.pick_button = QPushButton(self.tr("Turf by hand…"))
        self.pick_button.setAccessibleName(self.tr("Make a turf of doors picked by hand"))
        self.pick_button.clicked.connect(self.pick_turf)
        self.picker: QWidget | None = None
        # Rows of buttons that wrap onto a second line with large text, instead of widening the screen.
        turf_actions = FlowLayout()
        for widget in (self.canvasser, self.assign_button, self.walk_button):
            turf_actions.addWidget(widget)
        address_actions = FlowLayout()
        for widget in (self.import_button, self.group_by, self.group_button, self.pick_button):
            address_actions.addWidget(widget)
        turfs_page = QWidget()
        turfs_layout = QVBoxLayout(turfs_page)
        turfs_layout.addWidget(self.turfs, 1)
        turfs_layout.addLayout(turf_actions)
        turfs_layout.addLayout(address_actions)
        importing = QHBoxLayout()
        importing.addWidget(self.import_bar, 1)
        importing.addWidget(self.import_cancel)
        turfs_layout.addLayout(importing)

        self.results_scope = QComboBox()
        self.results_scope.setAccessibleName(self.tr("Results for"))
        # Long turf names are cut short in the box (the list shows them whole), never widening the screen.
        self.results_scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.results_scope.setMinimumContentsLength(12)
        self.results_scope.currentIndexChanged.connect(lambda _i: self.refresh_results())
        self.results = ResultsPanel()
        self.export_button = QPushButton(self.tr("Export results…"))
        self.export_button.setAccessibleName(self.tr("Export this campaign's door results to a spreadsheet"))
        self.export_button.clicked.connect(self.export_results)
        self.export_dialog: QWidget | None = None
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.results_scope, 1)
        scope_row.addWidget(self.export_button)
        results_layout.addLayout(scope_row)
        results_layout.addWidget(self.results, 1)

        self.tabs = _Tabs()
        self.tabs.setAccessibleName(self.tr("Parts of the campaign"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the campaign"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Left and Right choose: script and survey, turfs, results"))
        self.tabs.addTab(self.editor, self.tr("Script and survey"))
        self.tabs.addTab(turfs_page, self.tr("Turfs"))
        self.tabs.addTab(results_page, self.tr("Results"))
        self.tabs.currentChanged.connect(lambda index: index == 2 and self.refresh_results())
        self.tabs.currentChanged.connect(lambda _index: self.tabs.updateGeometry())
        size_to_current_page(self.tabs.findChild(QStackedWidget))  # a short tab is not as tall as the longest

        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(self.campaigns, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(self.tabs, 1)
        right.addWidget(self.feedback)
        self._left = left
        main = QWidget()
        # The campaigns beside the tabs when there is room; with large text above them (the
        # list then a few rows high) and the screen scrolls down instead of sideways.
        self._body = main_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, main)
        main_layout.addLayout(left)
        main_layout.addLayout(right, 1)
        self._wide: bool | None = None

        self.door = DoorScreen(worker)
        self.door.back_requested.connect(self.leave_door)
        self.pages = _Pages()
        self.pages.addWidget(main)
        self.pages.addWidget(self.door)
        size_to_current_page(self.pages)  # the walk's room does not count while the campaigns are shown
        self.pages.currentChanged.connect(lambda _index: self.pages.updateGeometry())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._reflow(True)
        appearance.on_change(self._refit)

    # ------------------------------------------------------------------ layout

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - QResizeEvent, Qt's name
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        room = available_width(self)
        wide = room >= appearance.text_width(70)
        self._reflow(wide)
        self.editor.set_wide(wide and room >= appearance.text_width(80))
        # Longer words (another language) may still need more room: then one under the other.
        if self.editor.wide and self.minimumSizeHint().width() > room:
            self.editor.set_wide(False)
        if wide and self.minimumSizeHint().width() > room:
            self._reflow(False)

    def _refit(self) -> None:
        """Sizes that follow the text size, after it changes."""
        self._wide = None
        self._fit_width()

    def _reflow(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self._left.setStretch(1, 1 if wide else 0)
        if wide:
            self.campaigns.setMinimumHeight(0)
            self.campaigns.setMaximumHeight(16777215)
            self.campaigns.setMinimumWidth(appearance.text_width(12))
            self.campaigns.setMaximumWidth(appearance.text_width(22))
            self.turfs.setMinimumHeight(0)
            self.results.setMinimumHeight(0)
        else:
            self.campaigns.setMinimumWidth(0)
            self.campaigns.setMaximumWidth(16777215)
            self.campaigns.setFixedHeight(appearance.lines_height(4.5))
            self.turfs.setMinimumHeight(appearance.lines_height(6))
            self.results.setMinimumHeight(appearance.lines_height(11))

    # ------------------------------------------------------------------ campaigns

    def refresh(self) -> None:
        run_task(self, self._load())

    async def _load(self, select: str | None = None) -> None:
        campaigns = await self.worker.run(canvassing.list_campaigns)
        wanted = select or self.campaign_id
        self.campaigns.blockSignals(True)
        self.campaigns.clear()
        for campaign in campaigns:
            item = QListWidgetItem(campaign.name)
            item.setData(CampaignRole, campaign.id)
            self.campaigns.addItem(item)
        self.campaigns.blockSignals(False)
        row = next((i for i, c in enumerate(campaigns) if c.id == wanted), 0 if campaigns else -1)
        if row >= 0:
            self.campaigns.setCurrentRow(row)
            await self._open_campaign(campaigns[row].id)
        else:
            self.editor.load(None)
        self.loaded.emit()

    def _campaign_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            run_task(self, self._open_campaign(item.data(CampaignRole)))

    async def _open_campaign(self, campaign_id: str) -> None:
        detail = await self.worker.run(canvassing.campaign_detail, campaign_id)
        self.campaign_id = campaign_id
        self.editor.load(detail.campaign, detail.questions)
        self._show_turfs(detail.turfs)
        if self.tabs.currentIndex() == 2:
            await self._results()

    def new_campaign(self) -> None:
        self.campaign_id = None
        self.campaigns.clearSelection()
        self.editor.load(Campaign(name=""))
        self._show_turfs(())
        self.tabs.setCurrentIndex(0)
        self.editor.name.setFocus()

    async def _save(self, campaign: Campaign, questions: list) -> None:
        detail = await self.worker.run(canvassing.save_campaign, campaign, questions)
        self.feedback.setText(self.tr("Saved {name}.").format(name=detail.campaign.name))
        await self._load(detail.campaign.id)
        self.saved.emit(detail)

    # ------------------------------------------------------------------ turfs

    def _show_turfs(self, turfs) -> None:  # noqa: ANN001 - (Turf, doors) pairs
        self.turfs.setRowCount(0)
        for row, (turf, doors) in enumerate(turfs):
            self.turfs.insertRow(row)
            name = QTableWidgetItem(turf.name)
            name.setData(Qt.ItemDataRole.UserRole, turf.id)
            self.turfs.setItem(row, 0, name)
            self.turfs.setItem(row, 1, QTableWidgetItem(turf.canvasser))
            self.turfs.setItem(row, 2, QTableWidgetItem(format_number(doors)))
        if turfs:
            self.turfs.selectRow(0)
        self.results_scope.blockSignals(True)
        self.results_scope.clear()
        self.results_scope.addItem(self.tr("The whole campaign"), None)
        for turf, _ in turfs:
            self.results_scope.addItem(self.tr("Turf: {name}").format(name=turf.name), turf.id)
        self.results_scope.blockSignals(False)

    def chosen_turf(self) -> str | None:
        row = self.turfs.currentRow()
        item = self.turfs.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    async def _assign(self) -> None:
        turf_id = self.chosen_turf()
        if turf_id is None:
            self.feedback.setText(self.tr("Choose a turf first."))
            return
        turf = await self.worker.run(canvassing.assign_turf, turf_id, self.canvasser.text())
        self.feedback.setText(self.tr("{turf} goes to {name}.").format(turf=turf.name, name=turf.canvasser or "—"))
        if self.campaign_id:
            await self._open_campaign(self.campaign_id)

    def import_addresses(self) -> None:
        name = choose_csv(self)
        if name:
            run_task(self, self._import(Path(name)))

    async def _import(self, path: Path) -> None:
        if self._import_stop is not None:
            return  # one import at a time
        self.feedback.setText(self.tr("Importing {name}…").format(name=path.name))
        stop = self._import_stop = threading.Event()
        self.import_bar.setRange(0, 0)  # busy until the file is read
        for widget in (self.import_bar, self.import_cancel):
            widget.show()
        self.import_button.setEnabled(False)
        self.import_cancel.setFocus()
        try:
            report = await self.worker.run(canvassing.import_addresses, path, cancelled=stop.is_set,
                                           progress=self.import_progress.emit)
        except UserError as problem:
            if not stop.is_set():
                self.feedback.clear()
                raise  # a bad file: shown as a message that says what to do
            self.feedback.setText(str(problem))  # cancelled: nothing was changed
            return
        finally:
            self._import_stop = None
            for widget in (self.import_bar, self.import_cancel):
                widget.hide()
            self.import_button.setEnabled(True)
        self.last_import = report.address_ids
        lines = [f"{path.name}: {report.summary()}"]
        lines += [self.tr("line {line} merged into {into}: {address}").format(
            line=d.line, into=self.tr("line {n}").format(n=d.kept_line) if d.kept_line else self.tr("an address already here"),
            address=d.address) for d in report.duplicates[:3]]
        self.feedback.setText("\n".join(lines))
        self.imported.emit(report)

    def cancel_import(self) -> None:
        if self._import_stop is not None:
            self._import_stop.set()
            self.feedback.setText(self.tr("Cancelling the import…"))

    def _show_import_progress(self, done: int, total: int) -> None:
        if self._import_stop is not None:
            self.import_bar.setRange(0, max(total, 1))
            self.import_bar.setValue(done)

    def pick_turf(self) -> None:
        if not self.campaign_id:
            self.feedback.setText(self.tr("Save the campaign first."))
            return
        from engagedesk.ui.canvass_turf_picker import TurfPicker

        campaign_id = self.campaign_id
        self.picker = picker = TurfPicker(self.worker, campaign_id, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.setWindowModality(Qt.WindowModality.WindowModal)
        picker.made.connect(lambda turf: run_task(self, self._turf_made(campaign_id, turf)))
        picker.show()

    async def _turf_made(self, campaign_id: str, turf) -> None:  # noqa: ANN001 - a Turf
        self.feedback.setText(self.tr("Made the turf {name}.").format(name=turf.name))
        if self.campaign_id == campaign_id:
            await self._open_campaign(campaign_id)

    async def _make_turfs(self) -> None:
        if not self.campaign_id:
            self.feedback.setText(self.tr("Save the campaign first."))
            return
        made = await self.worker.run(canvassing.make_turfs, self.campaign_id, self.group_by.currentData(),
                                     self.last_import or None)
        self.feedback.setText(count_text(len(made), self.tr("Made 1 turf."), self.tr("Made {n} turfs.")))
        await self._open_campaign(self.campaign_id)

    # ------------------------------------------------------------------ the door screen

    def walk_turf(self, turf_id: str | None = None) -> None:
        turf_id = turf_id or self.chosen_turf()
        if turf_id is None:
            self.feedback.setText(self.tr("Choose a turf first."))
            return
        run_task(self, self._walk(turf_id))

    async def _walk(self, turf_id: str) -> None:
        await self.door.open_turf(turf_id)
        self.pages.setCurrentWidget(self.door)
        self.door.setFocus()

    def leave_door(self) -> None:
        self.pages.setCurrentIndex(0)
        if self.campaign_id:
            run_task(self, self._open_campaign(self.campaign_id))

    # ------------------------------------------------------------------ results

    def export_results(self) -> None:
        if not self.campaign_id:
            self.feedback.setText(self.tr("Save the campaign first."))
            return
        from engagedesk.ui.export_dialog import open_export

        self.export_dialog = open_export(self, self.worker, "canvass", campaign_id=self.campaign_id)

    def refresh_results(self) -> None:
        if self.campaign_id:
            run_task(self, self._results())

    async def _results(self) -> None:
        if not self.campaign_id:
            return
        found = await self.worker.run(canvassing.results, self.campaign_id, self.results_scope.currentData())
        self.results.show_results(found)
