"""Attendance of one meeting: who came, in what role, new or returning; and, for its series,
who keeps coming and who stopped.

The table is a thin model over the plain lines the service returns, sorted and filtered by a
proxy; nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import format_date, format_number
from engagedesk.domain.models import Role
from engagedesk.domain.validation import fold
from engagedesk.services.attendance import MeetingReport, RetentionLine, meeting_report
from engagedesk.store.attendance import AttendanceLine
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import shortcut

SortRole = Qt.ItemDataRole.UserRole + 1
LineRole = Qt.ItemDataRole.UserRole + 2
ROLES = (Role.ATTENDEE, Role.SPEAKER, Role.VOLUNTEER, Role.FACILITATOR, Role.STAFF)
NEW, RETURNING = "new", "returning"


def role_labels(tr: Callable[[str], str]) -> dict[Role, str]:
    return {Role.ATTENDEE: tr("Attendee"), Role.SPEAKER: tr("Speaker"), Role.VOLUNTEER: tr("Volunteer"),
            Role.FACILITATOR: tr("Facilitator"), Role.STAFF: tr("Staff")}


def name_inner_parts(root: QWidget) -> None:
    """Give the parts Qt makes inside controls (headings of tables, the list a combo box drops
    down, the text field of a spin box) the name of the control they belong to, so that a
    screen reader never meets a nameless control."""
    tr = QCoreApplication.translate
    for combo in root.findChildren(QComboBox):
        combo.view().setAccessibleName(combo.accessibleName())
        if combo.lineEdit() is not None and not combo.lineEdit().accessibleName():
            combo.lineEdit().setAccessibleName(combo.accessibleName())
    for spin in root.findChildren(QAbstractSpinBox):
        for inner in spin.findChildren(QLineEdit):
            inner.setAccessibleName(spin.accessibleName())
    for view in root.findChildren(QTableView):
        for header in (view.horizontalHeader(), view.verticalHeader()):
            header.setAccessibleName(tr("Tables", "Column headings of {table}").format(table=view.accessibleName()))
        for button in view.findChildren(QAbstractButton):
            if not button.accessibleName():
                button.setAccessibleName(tr("Tables", "Select all"))
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.toolTip():
            button.setAccessibleName(button.toolTip())
        elif not button.accessibleName() and button.text():
            button.setAccessibleName(button.text().replace("&", ""))


def isolate(text: str) -> str:
    """Text of either direction kept in its place inside a sentence (an Arabic name, a Latin date)."""
    return f"\u2068{text}\u2069" if text else ""


def clock_time(stamp: str | None) -> str:
    """"2026-11-22T18:04:05" -> "18:04"."""
    return stamp[11:16] if stamp and len(stamp) >= 16 else ""


def short_date(stamp: str) -> str:
    """"2026-11-22T18:30" -> "22 Nov 2026"."""
    try:
        return format_date(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


def long_date(stamp: str) -> str:
    """"2026-11-22T18:30" -> "Sun 22 Nov 2026"."""
    try:
        return format_date(datetime.fromisoformat(stamp), "weekday")
    except ValueError:
        return stamp


class AttendanceModel(QAbstractTableModel):
    PERSON, ROLE, TIME_IN, TIME_OUT, WALK_IN, NEWNESS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[AttendanceLine] = []
        self._hours: dict[str, float] = {}
        self._roles = role_labels(self.tr)
        self._headers = (self.tr("Person"), self.tr("Role"), self.tr("In"), self.tr("Out (hours)"),
                         self.tr("Walk-in"), self.tr("New or returning"))

    def set_lines(self, lines: list[AttendanceLine], hours: dict[str, float]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._hours = dict(hours)
        self.endResetModel()

    def line(self, row: int) -> AttendanceLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == LineRole:
            return line
        if role == SortRole:
            return self._sort_key(line, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PERSON:
                return line.person.display_name
            if column == self.NEWNESS and line.meetings_before:
                return self.tr("Meetings attended before this one: {n}").format(n=line.meetings_before)
        return None

    def _text(self, line: AttendanceLine, column: int) -> str:
        attendance = line.attendance
        if column == self.PERSON:
            return line.person.display_name
        if column == self.ROLE:
            return self._roles.get(attendance.role, attendance.role.value)
        if column == self.TIME_IN:
            return clock_time(attendance.time_in)
        if column == self.TIME_OUT:
            hours = self._hours.get(attendance.id)
            out = clock_time(attendance.time_out)
            if out and hours is not None:
                return self.tr("{time} ({hours} h)").format(time=out, hours=format_number(float(hours)))
            return out
        if column == self.WALK_IN:
            return self.tr("Yes") if attendance.walk_in else ""
        if column == self.NEWNESS:
            if line.meetings_before == 0:
                return self.tr("New")
            return self.tr("Returning ({n} before)").format(n=line.meetings_before)
        return ""

    def _spoken(self, line: AttendanceLine, column: int) -> str:
        text = self._text(line, column)
        if text:
            return text
        return {self.TIME_OUT: self.tr("not checked out"), self.WALK_IN: self.tr("not a walk-in")}.get(column, "")

    def _sort_key(self, line: AttendanceLine, column: int) -> Any:
        attendance = line.attendance
        if column == self.PERSON:
            return fold(f"{line.person.family_name} {line.person.display_name}")
        if column == self.ROLE:
            return ROLES.index(attendance.role) if attendance.role in ROLES else len(ROLES)
        if column == self.TIME_IN:
            return attendance.time_in
        if column == self.TIME_OUT:
            return attendance.time_out or ""
        if column == self.WALK_IN:
            return int(attendance.walk_in)
        if column == self.NEWNESS:
            return line.meetings_before
        return None


class AttendanceFilter(QSortFilterProxyModel):
    """Sorts by the model's sort keys; shows one role, or only new (or returning) people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role: Role | None = None
        self.newness: str | None = None   # NEW, RETURNING or None for everyone
        self.setSortRole(SortRole)

    def set_role(self, role: Role | str | None) -> None:
        # A combo box gives its Role back as a plain string.
        self._change(lambda: setattr(self, "role", Role(role) if role else None))

    def set_newness(self, newness: str | None) -> None:
        self._change(lambda: setattr(self, "newness", newness))

    def _change(self, change: Callable[[], None]) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        line = model.index(source_row, 0, source_parent).data(LineRole) if model else None
        if not isinstance(line, AttendanceLine):
            return False
        if self.role is not None and line.attendance.role is not self.role:
            return False
        if self.newness == NEW and line.meetings_before != 0:
            return False
        if self.newness == RETURNING and line.meetings_before == 0:
            return False
        return True


class RetentionModel(QAbstractTableModel):
    """People of a series, with how many of its meetings they came to and when they last came."""

    NAME, TIMES, LAST = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[RetentionLine] = []
        self._held = 0
        self._headers = (self.tr("Person"), self.tr("Came"), self.tr("Last came"))

    def set_lines(self, lines: list[RetentionLine], held: int) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._held = held
        self.endResetModel()

    def line(self, row: int) -> RetentionLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.NAME:
                return line.name
            if index.column() == self.TIMES:
                return self.tr("{times} of {held}").format(times=line.times, held=self._held)
            if index.column() == self.LAST:
                return short_date(line.last_attended)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return line.name
        if role == LineRole:
            return line
        return None


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the whole text is in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(appearance.text_width(8.5))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(10, self.width()))
        if shown != super().text():
            super().setText(shown)


class Stat(QFrame):
    """A big number with a word under it."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stat")
        self.number = QLabel("–")
        self.number.setObjectName("statNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.number.setText(text)
        self.number.setAccessibleDescription(f"{text} {self.caption.text()}")


class AttendanceView(QWidget):
    back_requested = Signal()
    desk_requested = Signal(str)   # meeting id
    loaded = Signal()              # a meeting's attendance is on screen

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock: Callable[[], datetime] = datetime.now
        self.report: MeetingReport | None = None
        self.meeting_id: str | None = None
        self._load_number = 0
        self.setObjectName("attendanceView")
        appearance.style(self, ATTENDANCE_STYLE)
        self._roles = role_labels(self.tr)

        self.back_button = QPushButton(self.tr("← Back (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the meetings list"))
        self.back_button.clicked.connect(self.back_requested)
        self.desk_button = QPushButton(self.tr("Sign-in desk"))
        self.desk_button.setAccessibleName(self.tr("Open the sign-in desk of this meeting"))
        self.desk_button.clicked.connect(self._open_desk)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export this meeting's attendance to a spreadsheet (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_attendance)
        self.export_dialog: QWidget | None = None
        self.title = ElidedLabel()
        self.title.setObjectName("viewHeading")
        self.subtitle = ElidedLabel()

        self.total_stat = Stat(self.tr("signed in"), self.tr("People signed in"))
        self.new_stat = Stat(self.tr("new"), self.tr("New people"))
        self.returning_stat = Stat(self.tr("returning"), self.tr("Returning people"))
        self.walk_in_stat = Stat(self.tr("walk-ins"), self.tr("Walk-ins"))
        self.hours_stat = Stat(self.tr("volunteer hours"), self.tr("Volunteer hours"))
        self.by_role = QLabel()
        self.by_role.setObjectName("byRole")
        self.by_role.setWordWrap(True)
        self.by_role.setAccessibleName(self.tr("People by role"))

        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(self.tr("Show which role"))
        self.role_filter.currentIndexChanged.connect(self._filter_changed)
        self.newness_filter = QComboBox()
        self.newness_filter.setAccessibleName(self.tr("Show new or returning people"))
        self.newness_filter.addItem(self.tr("Everyone"), None)
        self.newness_filter.addItem(self.tr("New only"), NEW)
        self.newness_filter.addItem(self.tr("Returning only"), RETURNING)
        self.newness_filter.currentIndexChanged.connect(self._filter_changed)
        self.showing = QLabel()
        self.showing.setObjectName("hint")
        self.showing.setAccessibleName(self.tr("How many are shown"))

        self.model = AttendanceModel(self)
        self.proxy = AttendanceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People at this meeting"))
        self.table.setAccessibleDescription(self.tr("Sort with Sort by (Alt+O) or by clicking a column heading"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AttendanceModel.TIME_IN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendanceModel.PERSON, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.sort_column = QComboBox()
        self.sort_column.setAccessibleName(self.tr("Sort by"))
        for column in range(self.model.columnCount()):
            self.sort_column.addItem(self.model.headerData(column, Qt.Orientation.Horizontal), column)
        self.sort_column.setCurrentIndex(AttendanceModel.TIME_IN)
        self.sort_column.activated.connect(self._sort_chosen)
        header.sortIndicatorChanged.connect(self._sorted)

        # ------------------------------------------------------------ the series
        self.series_heading = QLabel()
        self.series_heading.setObjectName("sectionHeading")
        self.series_heading.setWordWrap(True)
        self.series_rule = QLabel(self.tr(
            "Keep coming: at 2 or more meetings of the series, one of them among the last 2 held. "
            "Stopped: at 2 or more earlier meetings, but at neither of the last 2 — worth a call."))
        self.series_rule.setObjectName("hint")
        self.series_rule.setWordWrap(True)
        self.keep_label = QLabel()
        self.keep_label.setObjectName("listHeading")
        self.keep_model = RetentionModel(self)
        self.keep_coming = self._retention_table(self.keep_model, "keepComing", self.tr("People who keep coming"))
        self.keep_label.setBuddy(self.keep_coming)
        self.stopped_label = QLabel()
        self.stopped_label.setObjectName("listHeading")
        self.stopped_model = RetentionModel(self)
        self.stopped = self._retention_table(self.stopped_model, "stoppedComing", self.tr("People who stopped coming"))
        self.stopped_label.setBuddy(self.stopped)

        # ------------------------------------------------------------ layout
        header_row = QHBoxLayout()
        header_row.addWidget(self.back_button)
        header_row.addSpacing(12)
        header_row.addWidget(self.title, 1)
        header_row.addWidget(self.desk_button)
        header_row.addWidget(self.export_button)

        stats = QHBoxLayout()
        stats.setSpacing(10)
        for stat in (self.total_stat, self.new_stat, self.returning_stat, self.walk_in_stat, self.hours_stat):
            stats.addWidget(stat)
        stats.addSpacing(8)
        stats.addWidget(self.by_role, 1)

        filters = QHBoxLayout()
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role_filter)
        newness_label = QLabel(self.tr("Sho&w:"))
        newness_label.setBuddy(self.newness_filter)
        sort_label = QLabel(self.tr("S&ort by:"))
        sort_label.setBuddy(self.sort_column)
        for widget in (role_label, self.role_filter, newness_label, self.newness_filter, sort_label,
                       self.sort_column):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.showing)

        meeting_page = QWidget()
        meeting_layout = QVBoxLayout(meeting_page)
        meeting_layout.setContentsMargins(8, 10, 8, 8)
        meeting_layout.addLayout(filters)
        meeting_layout.addWidget(self.table, 1)

        series_page = QWidget()
        series_layout = QGridLayout(series_page)
        series_layout.setContentsMargins(8, 10, 8, 8)
        series_layout.addWidget(self.series_heading, 0, 0, 1, 2)
        series_layout.addWidget(self.series_rule, 1, 0, 1, 2)
        series_layout.addWidget(self.keep_label, 2, 0)
        series_layout.addWidget(self.stopped_label, 2, 1)
        series_layout.addWidget(self.keep_coming, 3, 0)
        series_layout.addWidget(self.stopped, 3, 1)
        series_layout.setRowStretch(3, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Attendance"))
        self.tabs.addTab(meeting_page, self.tr("&This meeting"))
        self.tabs.addTab(series_page, self.tr("The s&eries"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header_row)
        layout.addWidget(self.subtitle)
        layout.addLayout(stats)
        layout.addWidget(self.tabs, 1)

        name_inner_parts(self)
        shortcut("Ctrl+E", self, self.export_attendance)
        shortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        shortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back_requested.emit)
        self.setFocusProxy(self.table)

    def _retention_table(self, model: RetentionModel, name: str, accessible: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RetentionModel.NAME, QHeaderView.ResizeMode.Stretch)
        return table

    # ------------------------------------------------------------------ loading

    def export_attendance(self) -> None:
        if self.meeting_id is None:
            return
        from engagedesk.ui.export_dialog import open_export

        self.export_dialog = open_export(self, self.worker, "attendance", meeting_id=self.meeting_id)

    def open_meeting(self, meeting_id: str) -> None:
        """Show the attendance of a meeting (loaded on the store thread)."""
        self.meeting_id = meeting_id
        self._load_number += 1
        run_task(self, self._load(meeting_id, self._load_number))

    def refresh(self) -> None:
        if self.meeting_id is not None:
            self.open_meeting(self.meeting_id)

    async def _load(self, meeting_id: str, number: int) -> None:
        report = await self.worker.run(meeting_report, meeting_id, self.clock())
        if number != self._load_number:
            return
        self.show_report(report)
        self.loaded.emit()

    def show_report(self, report: MeetingReport) -> None:
        self.report = report
        meeting, counts = report.meeting, report.attendance
        self.title.setText(self.tr("Attendance: {title}").format(title=isolate(meeting.title)))
        when = f"{long_date(meeting.starts_at)}, {clock_time(meeting.starts_at + ':00')}"
        if meeting.ends_at:
            when += f"–{clock_time(meeting.ends_at + ':00')}"
        self.subtitle.setText(" · ".join(isolate(part) for part in (when, meeting.place) if part))
        self.total_stat.set_value(format_number(counts.total))
        self.new_stat.set_value(format_number(counts.new))
        self.returning_stat.set_value(format_number(counts.returning))
        self.walk_in_stat.set_value(format_number(counts.walk_ins))
        self.hours_stat.set_value(format_number(float(report.total_hours)))
        parts = [f"{self._roles.get(role, role.value)} {counts.by_role[role.value]}"
                 for role in ROLES if counts.by_role.get(role.value)]
        self.by_role.setText(self.tr("By role: {counts}").format(counts=" · ".join(parts)) if parts
                             else self.tr("Nobody has signed in yet."))

        chosen_role = self.role_filter.currentData()
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("All roles ({n})").format(n=counts.total), None)
        for role in ROLES:
            self.role_filter.addItem(f"{self._roles[role]} ({counts.by_role.get(role.value, 0)})", role)
        self.role_filter.setCurrentIndex(max(0, self.role_filter.findData(chosen_role)))
        self.role_filter.blockSignals(False)
        self.model.set_lines(counts.lines, report.hours)
        self._filter_changed()
        self._show_series(report)

    def _show_series(self, report: MeetingReport) -> None:
        series = report.series
        self.tabs.setTabEnabled(1, series is not None)
        if series is None:
            self.series_heading.setText(self.tr("This meeting is not part of a series."))
            self.keep_model.set_lines([], 0)
            self.stopped_model.set_lines([], 0)
            self.keep_label.setText(self.tr("&Keep coming"))
            self.stopped_label.setText(self.tr("Sto&pped coming"))
            return
        held = self.tr("meetings held: {n}").format(n=series.held)
        planned = self.tr("to come: {n}").format(n=series.planned) if series.planned else ""
        self.series_heading.setText(f"{isolate(series.series)} — " + " · ".join(p for p in (held, planned) if p))
        self.keep_label.setText(self.tr("&Keep coming: {n}").format(n=len(series.keep_coming)))
        self.stopped_label.setText(self.tr("Sto&pped coming: {n}").format(n=len(series.stopped)))
        for table, model, lines in ((self.keep_coming, self.keep_model, series.keep_coming),
                                    (self.stopped, self.stopped_model, series.stopped)):
            model.set_lines(lines, series.held)
            if lines:
                table.setCurrentIndex(model.index(0, 0))

    # ------------------------------------------------------------------ filtering and sorting

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_role(self.role_filter.currentData())
        self.proxy.set_newness(self.newness_filter.currentData())
        self.showing.setText(self.tr("Showing {shown} of {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def set_filters(self, role: Role | None = None, newness: str | None = None) -> None:
        self.role_filter.setCurrentIndex(max(0, self.role_filter.findData(role)))
        self.newness_filter.setCurrentIndex(max(0, self.newness_filter.findData(newness)))

    def _sort_chosen(self, index: int) -> None:
        column = self.sort_column.itemData(index)
        order = Qt.SortOrder.DescendingOrder if column in (AttendanceModel.WALK_IN, AttendanceModel.NEWNESS) \
            else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        self.sort_column.blockSignals(True)
        self.sort_column.setCurrentIndex(column)
        self.sort_column.blockSignals(False)

    def shown_lines(self) -> list[AttendanceLine]:
        """The lines as they are on screen, in order."""
        return [self.proxy.index(row, 0).data(LineRole) for row in range(self.proxy.rowCount())]

    def _open_desk(self) -> None:
        if self.meeting_id is not None:
            self.desk_requested.emit(self.meeting_id)


ATTENDANCE_STYLE = """
QLabel#viewHeading { font-size: 22pt; font-weight: bold; }
QFrame#stat { background: #eef3f7; border: 1px solid #c9d6e0; border-radius: 8px; }
QLabel#statNumber { font-size: 26pt; font-weight: bold; color: #1f3a4d; }
QLabel#statCaption { font-size: 13pt; color: #333; }
QLabel#sectionHeading { font-size: 18pt; font-weight: bold; }
QLabel#listHeading { font-weight: bold; }
QLabel#hint { color: #444; }
QHeaderView::section { font-weight: bold; padding: 4px 8px; }
QTableView::item { padding: 2px 6px; }
QTableView:focus, QComboBox:focus { border: 3px solid #1a73e8; }
"""
