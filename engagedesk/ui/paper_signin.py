"""Key a filled-in paper sign-in sheet back in, by keyboard, row by row.

The rows are listed as the sheet printed them.  Typing a row's number or the code printed at its
end and pressing Enter ticks it; Space ticks the row picked in the list; Ctrl+N adds someone who
wrote their name on a blank row (after the same duplicate check as the sign-in desk); Ctrl+Enter
records the ticks.  Closing with ticks not yet recorded asks first: nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton, QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QScrollArea, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.i18n import count_text
from engagedesk.domain.models import Person
from engagedesk.services import paper_signin
from engagedesk.services.paper_signin import PaperResult, PaperSheet
from engagedesk.services.walkins import WalkIn
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import run_task
from engagedesk.ui.walk_in import WalkInForm, show_likely_duplicates
from engagedesk.ui.widgets import FlowLayout, shortcut

NUMBER, NAME, CODE, STATE = range(4)


class PaperSignInDialog(QDialog):
    recorded = Signal(object)   # PaperResult, after the ticks are stored
    added = Signal(object)      # Person written in on a blank row, stored and checked in
    loaded = Signal()

    def __init__(self, worker: StoreWorker, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.meeting_id = meeting_id
        self.sheet: PaperSheet | None = None
        self.ticked: set[str] = set()        # person ids ticked here and not yet recorded
        self.written_in = 0
        self._busy = False
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("paperSignIn")
        self.setWindowTitle(self.tr("Key in a paper sign-in sheet"))
        fit_to_text(self)

        self.heading = QLabel(self.tr("Key in a paper sign-in sheet"))
        self.heading.setObjectName("screenHeading")
        self.heading.setWordWrap(True)
        hint = QLabel(self.tr("Type a row's number or the code printed at its end, then Enter to tick it. "
                              "Space ticks the row picked in the list. Ctrl+N adds someone who wrote on a "
                              "blank row. Ctrl+Enter records the ticks."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.find = QLineEdit()
        self.find.setObjectName("paperFind")
        self.find.setMaxLength(16)
        self.find.setPlaceholderText(self.tr("Row number or code"))
        self.find.setAccessibleName(self.tr("Row number or code"))
        self.find.setAccessibleDescription(self.tr("Enter ticks the row found; Down goes to the list"))
        self.find.textChanged.connect(self._show_found)
        self.find.returnPressed.connect(self.tick_found)
        find_label = QLabel(self.tr("&Row or code:"))
        find_label.setBuddy(self.find)
        self.feedback = QLabel()
        self.feedback.setObjectName("paperFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("What happened"))

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("paperRows")
        self.table.setAccessibleName(self.tr("Rows of the sheet"))
        self.table.setAccessibleDescription(self.tr("Space ticks or unticks the row; Up and Down move"))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Code"), self.tr("Ticked")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.setMinimumHeight(appearance.lines_height(5))
        self.table.installEventFilter(self)
        self.find.installEventFilter(self)

        self.count = QLabel()
        self.count.setObjectName("paperCount")
        self.count.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record ticks (Ctrl+Enter)"))
        self.record_button.setAccessibleName(self.tr("Record the ticked rows as signed in"))
        self.record_button.clicked.connect(self.record)
        self.walk_in_button = QPushButton(self.tr("Written on a blank row… (Ctrl+N)"))
        self.walk_in_button.setAccessibleName(self.tr("Add someone who wrote their name on a blank row"))
        self.walk_in_button.clicked.connect(self.start_walk_in)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close, asking first if ticks are not recorded"))
        self.close_button.clicked.connect(self.close)

        rows_page = QWidget()
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find, 1)
        buttons = FlowLayout()  # wraps onto a second line with large text
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.close_button)
        rows_layout = QVBoxLayout(rows_page)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(hint)
        rows_layout.addLayout(find_row)
        rows_layout.addWidget(self.feedback)
        rows_layout.addWidget(self.table, 1)
        rows_layout.addWidget(self.count)
        rows_layout.addLayout(buttons)
        # Only while the rows are shown: the form has its own Ctrl+Enter.
        self.rows_keys = [shortcut(keys, rows_page, self.record) for keys in ("Ctrl+Return", "Ctrl+Enter")]
        self.rows_keys.append(shortcut("Ctrl+N", rows_page, self.start_walk_in))

        self.walk_in = WalkInForm()
        self.walk_in.save.setText(self.tr("Add and mark signed in (Ctrl+Enter)"))
        self.walk_in.cancel.setText(self.tr("Back to the rows (Esc)"))
        self.walk_in.submitted.connect(lambda draft: run_task(self, self._add_written_in(draft)))
        self.walk_in.chose_existing.connect(self._tick_existing)
        self.walk_in.cancelled.connect(self.back_to_rows)
        self.walk_in.draft_changed.connect(
            lambda draft: run_task(self, show_likely_duplicates(self.walk_in, self.worker, draft)))

        self.pages = QStackedWidget()
        self.pages.addWidget(rows_page)
        self.pages.addWidget(self.walk_in)
        self.pages.currentChanged.connect(lambda page: [key.setEnabled(page == 0) for key in self.rows_keys])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        scrolling(self, body)
        # Return acts where it is typed (the code field, the form, the matches), never on a
        # dialog's default button: a Return that picked a match must not also record the sheet.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.find.setFocus()
        run_task(self, self._load())

    # ------------------------------------------------------------------ loading

    async def _load(self) -> None:
        self.sheet = await self.worker.run(paper_signin.paper_sheet, self.meeting_id)
        self.heading.setText(self.tr("Key in the paper sign-in sheet of {title}").format(title=self.sheet.meeting.title))
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        assert self.sheet is not None
        current = self.table.currentRow()
        self.table.setRowCount(len(self.sheet.rows))
        for index, row in enumerate(self.sheet.rows):
            cells = [str(row.number), row.person.display_name, row.code, self._state_text(row)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (NUMBER, CODE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(NUMBER)
        self.table.resizeColumnToContents(CODE)
        self.table.resizeColumnToContents(STATE)
        if self.sheet.rows:
            self.table.setCurrentCell(max(current, 0), NAME)
        self._count_changed()
        if not self.sheet.rows:
            self.feedback.setText(self.tr("Nobody was printed on this meeting's sheet: add the people written "
                                          "on its blank rows with Ctrl+N."))

    def _state_text(self, row: paper_signin.PaperRow) -> str:
        if row.signed_in:
            return self.tr("Already signed in")
        return self.tr("✔ Ticked") if row.person.id in self.ticked else ""

    def _count_changed(self) -> None:
        total = len(self.sheet.rows) if self.sheet else 0
        self.count.setText(self.tr("Ticked here: {ticked} · Already signed in: {already} of {total} rows · "
                                   "Added from blank rows: {added}").format(
            ticked=len(self.ticked), already=sum(r.signed_in for r in self.sheet.rows) if self.sheet else 0,
            total=total, added=self.written_in))
        self.record_button.setEnabled(bool(self.ticked))

    # ------------------------------------------------------------------ ticking

    def _show_found(self, text: str) -> None:
        if self.sheet is None:
            return
        found = self.sheet.find(text)
        picked = self.sheet.pick(text)
        if not text.strip():
            self.feedback.clear()
        elif not found:
            self.feedback.setText(self.tr("No row has the number or code “{typed}”. Check the paper and type "
                                          "it again.").format(typed=text.strip()))
        else:
            self.table.setCurrentCell(self.sheet.rows.index(found[0]), NAME)
            if picked is not None:
                self.feedback.setText(self.tr("Row {number}: {name}. Enter ticks it.").format(
                    number=picked.number, name=picked.person.display_name))
            else:
                self.feedback.setText(self.tr("{count} codes start like that: type more of the code.").format(
                    count=len(found)))

    def tick_found(self) -> None:
        if self.sheet is None:
            return
        picked = self.sheet.pick(self.find.text())
        if picked is not None:
            self._toggle(self.sheet.rows.index(picked), force=True)
            self.find.clear()

    def _toggle(self, index: int, force: bool = False) -> None:
        if self.sheet is None or not 0 <= index < len(self.sheet.rows):
            return
        row = self.sheet.rows[index]
        if row.signed_in:
            self.feedback.setText(self.tr("Row {number}: {name} is already signed in.").format(
                number=row.number, name=row.person.display_name))
            return
        if row.person.id in self.ticked and not force:
            self.ticked.discard(row.person.id)
            said = self.tr("Row {number}: {name} unticked.")
        else:
            self.ticked.add(row.person.id)
            said = self.tr("Row {number}: {name} ticked.")
        self.feedback.setText(said.format(number=row.number, name=row.person.display_name))
        self.table.item(index, STATE).setText(self._state_text(row))
        self.table.setCurrentCell(index, NAME)
        self._count_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and event.key() == Qt.Key.Key_Space:
                self._toggle(self.table.currentRow())
                return True
            if watched is self.find and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.table.setFocus()
                return False
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ recording

    def record(self) -> None:
        if self.ticked and not self._busy:
            run_task(self, self._record())

    async def _record(self) -> PaperResult:
        self._busy = True
        try:
            result = await self.worker.run(paper_signin.record_ticks, self.meeting_id, sorted(self.ticked))
        finally:
            self._busy = False
        self.ticked.clear()
        self.sheet = await self.worker.run(paper_signin.paper_sheet, self.meeting_id)
        self._fill()
        said = [count_text(result.checked_in, self.tr("Recorded: 1 signed in."), self.tr("Recorded: {n} signed in."))]
        if result.already:
            said.append(count_text(result.already, self.tr("1 was already signed in."),
                                   self.tr("{n} were already signed in.")))
        if result.missing:
            said.append(count_text(result.missing, self.tr("1 is no longer on the roster and was left out."),
                                   self.tr("{n} are no longer on the roster and were left out.")))
        self.feedback.setText(" ".join(said))
        self.recorded.emit(result)
        self.find.setFocus()
        return result

    # ------------------------------------------------------------------ written in on blank rows

    def start_walk_in(self) -> None:
        self.pages.setCurrentIndex(1)
        self.walk_in.start("")

    def back_to_rows(self) -> None:
        self.pages.setCurrentIndex(0)
        self.find.setFocus()

    async def _add_written_in(self, draft: WalkIn) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            person = await self.worker.run(paper_signin.add_written_in, self.meeting_id, draft)
        except ValidationError as problem:
            self.walk_in.show_problems(problem)
            return
        finally:
            self._busy = False
        self.walk_in.clear()
        self.written_in += 1
        self.back_to_rows()
        self.feedback.setText(self.tr("{name} added and signed in.").format(name=person.display_name))
        self._count_changed()
        self.added.emit(person)

    def _tick_existing(self, person: Person) -> None:
        """The one written in is on the roster already: tick their row, or record them at once."""
        self.walk_in.clear()
        self.back_to_rows()
        index = next((i for i, row in enumerate(self.sheet.rows) if row.person.id == person.id), None) \
            if self.sheet else None
        if index is not None:
            self._toggle(index, force=True)
        else:
            self.ticked.add(person.id)
            self.feedback.setText(self.tr("{name} is not printed on the sheet; they are ticked and will be "
                                          "recorded with the others.").format(name=person.display_name))
            self._count_changed()

    # ------------------------------------------------------------------ closing

    def done(self, result: int) -> None:  # Esc, the window's close button and close() all come here
        if self.pages.currentIndex() == 1:
            self.back_to_rows()  # Esc in the form goes back to the rows, keeping what was typed
            return
        if self.ticked:
            self._ask_before_closing(result)
            return
        super().done(result)

    def _ask_before_closing(self, result: int) -> None:
        """Ticks not recorded: ask (without a nested event loop) whether to record them first."""
        if self.confirm_box is not None:
            return
        buttons = QMessageBox.StandardButton
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Record the ticks?"),
            count_text(len(self.ticked), self.tr("1 ticked row is not recorded yet. Record it before closing?"),
                       self.tr("{n} ticked rows are not recorded yet. Record them before closing?")),
            buttons.Yes | buttons.No | buttons.Cancel, self)
        box.setDefaultButton(buttons.Yes)
        box.setEscapeButton(buttons.Cancel)
        box.setAccessibleName(self.tr("Record the ticks?"))

        def answered(button: QAbstractButton) -> None:
            choice = box.standardButton(button)
            self.confirm_box = None
            if choice == buttons.Yes:
                task = run_task(self, self._record())
                task.add_done_callback(lambda done: None if done.cancelled() or done.exception()
                                       else QDialog.done(self, result))
            elif choice == buttons.No:
                self.ticked.clear()
                QDialog.done(self, result)
            else:
                self.find.setFocus()

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self.ticked or self.pages.currentIndex() == 1:
            event.ignore()
            self.done(QDialog.DialogCode.Rejected)
            return
        super().closeEvent(event)


def fit_to_text(dialog: QDialog) -> None:
    """A dialog's first size, larger with large text but never larger than the window it opens from."""
    width, height = max(980, appearance.text_width(62)), max(720, appearance.lines_height(22))
    parent = dialog.parentWidget()
    if parent is not None:
        width, height = min(width, parent.window().width()), min(height, parent.window().height())
    dialog.resize(width, height)


def scrolling(dialog: QDialog, body: QWidget) -> QScrollArea:
    """Put a dialog's contents in an area that scrolls down when large text needs more room than
    the dialog has."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


def open_paper_signin(parent: QWidget, worker: StoreWorker, meeting_id: str) -> PaperSignInDialog:
    dialog = PaperSignInDialog(worker, meeting_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
