"""The Meetings screen: the list (upcoming first, then past), the editor, and attendance.

Enter on a meeting (or "Open sign-in desk") asks for its sign-in desk with ``desk_requested``;
the window decides what to show.  Attendance opens inside this screen; Escape comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import format_number
from engagedesk.domain.models import Meeting
from engagedesk.services import meetings as meeting_service
from engagedesk.services.meetings import MeetingLine
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.attendance import AttendanceView, clock_time, isolate, long_date, name_inner_parts, shortcut
from engagedesk.ui.meeting_editor import MeetingEditor
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import FlowLayout, size_to_current_page

MeetingIdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
FirstPastRole = Qt.ItemDataRole.UserRole + 3
PAST_COLOUR = QColor("#555555")
NOW_COLOUR = QColor("#0b6b2f")


class MeetingsModel(QAbstractTableModel):
    """A thin table over the lines of the meetings list, in the order the service gives.

    Each cell has a first line (DisplayRole) and a second, smaller one (DetailRole): the date
    over the time and how soon; the title over the series and the place.
    """

    WHEN, MEETING, SIGNED_IN = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[MeetingLine] = []
        self._now = datetime.now()
        self._headers = (self.tr("When"), self.tr("Meeting"), self.tr("Signed in"))

    def set_lines(self, lines: list[MeetingLine], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._now = now or datetime.now()
        self.endResetModel()

    def line(self, row: int) -> MeetingLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, meeting_id: str) -> int:
        return next((row for row, line in enumerate(self._lines) if line.meeting.id == meeting_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == self.SIGNED_IN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == DetailRole:
            return self._detail(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (self._text(line, column), self._detail(line, column)) if part)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MEETING:
            return "\n".join(part for part in (line.meeting.title, self._detail(line, column)) if part)
        if role == MeetingIdRole:
            return line.meeting.id
        if role == FirstPastRole:
            return not line.upcoming and (index.row() == 0 or self._lines[index.row() - 1].upcoming)
        if role == Qt.ItemDataRole.ForegroundRole and not appearance.high_contrast():
            if not line.upcoming:
                return PAST_COLOUR
            return NOW_COLOUR if line.started and column == self.WHEN else None
        if role == Qt.ItemDataRole.FontRole and line.upcoming and column != self.SIGNED_IN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIGNED_IN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: MeetingLine, column: int) -> str:
        meeting = line.meeting
        if column == self.WHEN:
            return long_date(meeting.starts_at)
        if column == self.MEETING:
            return meeting.title
        if column == self.SIGNED_IN:
            return format_number(line.attendance)
        return ""

    def _detail(self, line: MeetingLine, column: int) -> str:
        meeting = line.meeting
        if column == self.WHEN:
            return " · ".join(part for part in (hours_text(meeting), self._status(line)) if part)
        if column == self.MEETING:
            series = self.tr("Series: {series}").format(series=isolate(meeting.series)) if meeting.series else ""
            return " · ".join(part for part in (series, isolate(meeting.place)) if part)
        return ""

    def _status(self, line: MeetingLine) -> str:
        if not line.upcoming:
            return self.tr("past")
        if line.started:
            return self.tr("on now")
        days = (datetime.fromisoformat(line.meeting.starts_at).date() - self._now.date()).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in {days} days").format(days=days)


def hours_text(meeting: Meeting) -> str:
    """"18:30–20:00" (with the end's date when it ends on another day)."""
    text = clock_time(meeting.starts_at + ":00")
    if meeting.ends_at:
        same_day = meeting.ends_at[:10] == meeting.starts_at[:10]
        text += "–" + (clock_time(meeting.ends_at + ":00") if same_day else meeting.ends_at.replace("T", " "))
    return text


class TwoLineDelegate(QStyledItemDelegate):
    """The cell's text in the row's font, with its DetailRole text smaller underneath; a rule
    above the first past meeting."""

    def __init__(self, detail_points: float = 12.5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail_points = detail_points

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        detail = QFont(option.font)
        detail.setPointSizeF(appearance.points(self.detail_points))
        detail.setBold(False)
        return option.font, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        main, detail = self._fonts(option)
        main = QFont(main)
        main.setBold(True)  # the chosen row is drawn bold: room for it in every row
        main_metrics, detail_metrics = QFontMetrics(main), QFontMetrics(detail)
        text, extra = str(index.data() or ""), str(index.data(DetailRole) or "")
        # 14 px each side as paint() leaves, and a little more: eliding rounds to whole pixels
        width = max(main_metrics.horizontalAdvance(text), detail_metrics.horizontalAdvance(extra)) + 28 + 4
        return QSize(width, main_metrics.height() + detail_metrics.height() + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        pen = option.palette.highlightedText().color() if selected else (
            colour if isinstance(colour, QColor) else option.palette.text().color())
        main, detail = self._fonts(option)
        rect = option.rect.adjusted(14, 7, -14, -7)
        align = option.displayAlignment
        painter.save()
        if index.data(FirstPastRole):
            painter.setPen(QColor("#1f3a4d"))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
        painter.setPen(pen)
        painter.setFont(main)
        main_height = QFontMetrics(main).height()
        top = QRect(rect.left(), rect.top(), rect.width(), main_height)
        painter.drawText(top, int(align),
                         QFontMetrics(main).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        extra = str(index.data(DetailRole) or "")
        if extra:
            if not selected:
                painter.setPen(PAST_COLOUR if colour is None else pen)
            painter.setFont(detail)
            bottom = QRect(rect.left(), rect.top() + main_height, rect.width(), rect.height() - main_height)
            painter.drawText(bottom, int(align & ~Qt.AlignmentFlag.AlignVertical_Mask | Qt.AlignmentFlag.AlignTop),
                             QFontMetrics(detail).elidedText(extra, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class MeetingsTable(QTableView):
    """Enter opens the chosen meeting's desk (and is not passed on to anything else)."""

    enter_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class MeetingsScreen(QWidget):
    desk_requested = Signal(str)   # meeting id
    notes_requested = Signal(str)  # meeting id: the live notes pane
    summary_requested = Signal(str)  # meeting id: the meeting summary
    loaded = Signal()              # the list is on screen (after each refresh)
    meetings_changed = Signal()    # a meeting was created or edited
    editor_opened = Signal(object)  # MeetingEditor, once open

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock: Callable[[], datetime] = datetime.now
        self.editor: MeetingEditor | None = None
        self._load_number = 0
        self._select_after_load: str | None = None
        self.setObjectName("meetingsScreen")
        appearance.style(self, MEETINGS_STYLE)

        self.heading = QLabel(self.tr("Meetings"))
        self.heading.setObjectName("screenHeading")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setAccessibleName(self.tr("How many meetings"))

        self.model = MeetingsModel(self)
        self.table = MeetingsTable()
        self.table.setObjectName("meetingsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meetings, upcoming first, then past"))
        self.table.setAccessibleDescription(self.tr(
            "Enter opens the sign-in desk; F2 edits; Ctrl+A shows attendance; Ctrl+N plans a new meeting"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingsModel.MEETING, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegate(TwoLineDelegate(parent=self.table))
        palette = self.table.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#f2b134"))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#111111"))
        self.table.setPalette(palette)
        self.table.enter_pressed.connect(self.open_desk)
        self.table.doubleClicked.connect(lambda _index: self.open_desk())
        self.empty = QLabel(self.tr("No meetings yet. Press Ctrl+N to plan the first one."))
        self.empty.setObjectName("screenFact")
        self.empty.hide()

        self.new_button = self._button(self.tr("New meeting (Ctrl+N)"), self.tr("Plan a new meeting"),
                                       self.new_meeting)
        self.edit_button = self._button(self.tr("Edit (F2)"), self.tr("Edit the chosen meeting"),
                                        self.edit_meeting)
        self.attendance_button = self._button(self.tr("Attendance (Ctrl+A)"),
                                              self.tr("Attendance of the chosen meeting"), self.show_attendance)
        self.desk_button = self._button(self.tr("Open sign-in desk (Enter)"),
                                        self.tr("Open the sign-in desk of the chosen meeting"), self.open_desk)
        self.desk_button.setObjectName("primary")
        self.notes_button = self._button(self.tr("Live notes (Ctrl+L)"),
                                         self.tr("Take notes of the chosen meeting as people speak"), self.open_notes)
        self.summary_button = self._button(self.tr("Summary (Ctrl+U)"),
                                           self.tr("The summary of the chosen meeting"), self.open_summary)

        for keys, action in (("Ctrl+N", self.new_meeting), ("F2", self.edit_meeting), ("Ctrl+E", self.edit_meeting),
                             ("Ctrl+A", self.show_attendance), ("Ctrl+L", self.open_notes),
                             ("Ctrl+U", self.open_summary), ("F5", self.refresh)):
            shortcut(keys, self, action)

        list_page = QWidget()
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        buttons = FlowLayout(spacing=10)  # wraps onto a second line with large text
        for button in (self.new_button, self.edit_button, self.attendance_button, self.notes_button,
                       self.summary_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.desk_button)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(24, 16, 24, 16)
        list_layout.setSpacing(12)
        list_layout.addLayout(top)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty)

        self.attendance = AttendanceView(worker)
        self.attendance.clock = lambda: self.clock()
        self.attendance.back_requested.connect(self.show_list)
        self.attendance.desk_requested.connect(self.desk_requested)

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.attendance)
        size_to_current_page(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        name_inner_parts(self)
        self.setFocusProxy(self.table)
        self._update_buttons()

    def _button(self, text: str, name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: action())
        return button

    # ------------------------------------------------------------------ the list

    def refresh(self) -> None:
        """Load the list again (on the store thread); the chosen meeting stays chosen."""
        self._load_number += 1
        run_task(self, self._load(self._load_number))

    async def _load(self, number: int) -> None:
        lines = await self.worker.run(meeting_service.meeting_lines, self.clock())
        if number != self._load_number:
            return  # a newer refresh is on its way
        keep = self._select_after_load or self.current_meeting_id()
        self._select_after_load = None
        self.model.set_lines(lines, self.clock())
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and lines:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, MeetingsModel.MEETING))
            self.table.scrollTo(self.model.index(row, 0))
        upcoming = sum(1 for line in lines if line.upcoming)
        self.summary.setText(self.tr("%n upcoming", "", upcoming) + " · "
                             + self.tr("%n past", "", len(lines) - upcoming))
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
        self._update_buttons()
        self.loaded.emit()

    def current_meeting_id(self) -> str | None:
        line = self.model.line(self.table.currentIndex().row())
        return line.meeting.id if line else None

    def select_meeting(self, meeting_id: str) -> bool:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, MeetingsModel.MEETING))
        return row >= 0

    def _update_buttons(self) -> None:
        chosen = self.model.rowCount() > 0
        for button in (self.edit_button, self.attendance_button, self.desk_button, self.notes_button,
                       self.summary_button):
            button.setEnabled(chosen)

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus()

    # ------------------------------------------------------------------ actions

    def open_desk(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.desk_requested.emit(meeting_id)

    def open_notes(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.notes_requested.emit(meeting_id)

    def open_summary(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.summary_requested.emit(meeting_id)

    def show_attendance(self, meeting_id: str | None = None) -> None:
        meeting_id = meeting_id or self.current_meeting_id()
        if meeting_id is None:
            return
        self.attendance.open_meeting(meeting_id)
        self.pages.setCurrentIndex(1)
        self.attendance.table.setFocus()

    def new_meeting(self) -> None:
        if self.pages.currentIndex() == 0 and self.editor is None:
            run_task(self, self._open_editor(None))

    def edit_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if self.pages.currentIndex() == 0 and meeting_id is not None and self.editor is None:
            run_task(self, self._open_editor(meeting_id))

    async def _open_editor(self, meeting_id: str | None) -> None:
        meeting = None
        facilitators: list = []
        if meeting_id is not None:
            meeting = await self.worker.run(meeting_service.get_meeting, meeting_id)
            if meeting is None:
                self.refresh()
                return
            facilitators = await self.worker.run(meeting_service.facilitators, meeting)
        series = await self.worker.run(meeting_service.list_series)
        if self.editor is not None:
            return
        self.editor = MeetingEditor(self.worker, meeting, series=series, facilitators=facilitators,
                                    now=self.clock(), parent=self)
        self.editor.saved.connect(self._saved)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        self.editor_opened.emit(self.editor)

    def _saved(self, meeting: Meeting) -> None:
        self._select_after_load = meeting.id
        self.meetings_changed.emit()
        self.refresh()

    def _editor_closed(self, _result: int) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.deleteLater()
        self.activateWindow()  # back to the list, ready for the next key
        self.table.setFocus()


MEETINGS_STYLE = """
QTableView#meetingsTable { font-size: 15pt; }
QHeaderView::section { font-weight: bold; padding: 6px 10px; }
QPushButton { padding: 6px 14px; }
QPushButton#primary { background: #1f3a4d; color: white; font-weight: bold; }
QPushButton#primary:disabled { background: #8a9aa6; }
QLabel#hint { color: #444; }
QTableView:focus { border: 3px solid #1a73e8; }
"""
