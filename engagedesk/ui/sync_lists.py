"""The lists of the Sync screen: open conflicts (both values side by side), the history of
bundles in and out, and the laptops known here with their fingerprints."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import format_number
from engagedesk.ui import appearance
from engagedesk.ui.sync_ops import ConflictLine, HistoryLine, PeerLine, local_time
from engagedesk.ui.widgets import shortcut

IdRole = Qt.ItemDataRole.UserRole + 1


def make_table(headers: Sequence[str], name: str, description: str) -> QTableWidget:
    """A read-only table chosen by whole rows, its cells readable by a screen reader."""
    table = QTableWidget(0, len(headers))
    table.setObjectName("syncTable")
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.setCornerButtonEnabled(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped cells fit
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[object] | None = None) -> None:
    keep = table.currentRow()
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setToolTip(text)
            if ids is not None:
                item.setData(IdRole, ids[row])
            table.setItem(row, column, item)
    if rows:
        table.setCurrentCell(min(max(keep, 0), len(rows) - 1), 0)


def _selectable(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # values come from other laptops: never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConflictsPanel(QWidget):
    """Open conflicts; the chosen one is shown below with both values side by side."""

    use_lost_value = Signal(int)  # conflict id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ConflictLine] = []
        self.intro = QLabel(self.tr(
            "When two laptops changed the same thing, the later change was kept. The other value is kept "
            "here: use it instead if it was the right one (the laptops get the change with the next bundle)."))
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflicts: every laptop's changes fitted together."))
        self.empty.setObjectName("hint")
        self.table = make_table([self.tr("Record"), self.tr("What"), self.tr("Kept now"), self.tr("Not kept")],
                                self.tr("Open conflicts"),
                                self.tr("Up and Down choose a conflict; Ctrl+U uses the value that was not kept"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, appearance.text_width(21))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, appearance.text_width(14))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

        self.detail_title = _selectable(QLabel())
        self.detail_title.setObjectName("valueHeading")
        self.detail_title.setAccessibleName(self.tr("The conflict chosen"))
        self.kept_heading = QLabel(self.tr("Kept now"))
        self.kept_heading.setObjectName("valueHeading")
        self.kept_value = _selectable(QLabel())
        self.kept_value.setObjectName("conflictValue")
        self.kept_value.setAccessibleName(self.tr("Value kept now"))
        self.kept_from = _selectable(QLabel())
        self.kept_from.setObjectName("hint")
        self.lost_heading = QLabel(self.tr("Not kept"))
        self.lost_heading.setObjectName("valueHeading")
        self.lost_value = _selectable(QLabel())
        self.lost_value.setObjectName("conflictValue")
        self.lost_value.setAccessibleName(self.tr("Value not kept"))
        self.lost_from = _selectable(QLabel())
        self.lost_from.setObjectName("hint")
        self.use_button = QPushButton(self.tr("&Use this value instead (Ctrl+U)"))
        self.use_button.setObjectName("useLostValue")
        self.use_button.setAccessibleName(self.tr("Use the value that was not kept instead"))
        self.use_button.clicked.connect(self._use)

        kept = QFrame()
        kept.setObjectName("valueBox")
        kept_layout = QVBoxLayout(kept)
        for widget in (self.kept_heading, self.kept_value, self.kept_from):
            kept_layout.addWidget(widget)
        kept_layout.addStretch(1)
        lost = QFrame()
        lost.setObjectName("valueBox")
        lost_layout = QVBoxLayout(lost)
        for widget in (self.lost_heading, self.lost_value, self.lost_from):
            lost_layout.addWidget(widget)
        lost_layout.addStretch(1)
        lost_layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(kept, 1)
        side_by_side.addWidget(lost, 1)
        detail_layout.addLayout(side_by_side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        shortcut("Ctrl+U", self, self._use)
        self.setFocusProxy(self.table)
        self.set_lines([])

    def set_lines(self, lines: list[ConflictLine]) -> None:
        self.lines = list(lines)
        fill(self.table, [[line.record, line.field,
                           self.tr("{value}\nby {laptop}, {when}").format(value=line.kept, laptop=line.kept_by,
                                                                          when=local_time(line.kept_at)),
                           self.tr("{value}\nby {laptop}, {when}").format(value=line.lost, laptop=line.lost_by,
                                                                          when=local_time(line.lost_at))]
                          for line in self.lines], [line.id for line in self.lines])
        has = bool(self.lines)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.detail.setVisible(has)
        self._show(self.table.currentRow())

    def current(self) -> ConflictLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def select(self, conflict_id: int) -> None:
        row = next((row for row, line in enumerate(self.lines) if line.id == conflict_id), -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)

    def _show(self, row: int) -> None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        self.use_button.setEnabled(line is not None)
        if line is None:
            return
        self.detail_title.setText(f"{line.record} — {line.field}")
        self.kept_value.setText(line.kept)
        self.kept_from.setText(self.tr("Changed on {laptop}, {when}").format(laptop=line.kept_by,
                                                                           when=local_time(line.kept_at)))
        self.lost_value.setText(line.lost)
        self.lost_from.setText(self.tr("Changed on {laptop}, {when}").format(laptop=line.lost_by,
                                                                           when=local_time(line.lost_at)))

    def _use(self) -> None:
        line = self.current()
        if line is not None:
            self.use_lost_value.emit(line.id)


class HistoryPanel(QWidget):
    """Bundles that came in and went out, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QLabel(self.tr("No bundles yet. Export one to share this laptop's work, or import one."))
        self.empty.setObjectName("hint")
        self.table = make_table([self.tr("When"), self.tr("In/out"), self.tr("Laptop"), self.tr("Records"),
                                 self.tr("File")],
                                self.tr("History of bundles"), self.tr("Bundles in and out, newest first"))
        header = self.table.horizontalHeader()
        for column, width in ((0, 190), (1, 90), (2, 210), (3, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.set_lines([])

    def set_lines(self, lines: list[HistoryLine]) -> None:
        kinds = {"full": self.tr("everything"), "changes": self.tr("changes only")}
        rows = []
        for line in lines:
            direction = self.tr("In") if line.direction == "in" else self.tr("Out")
            laptop = line.laptop or (self.tr("any laptop") if line.direction == "out" else "")
            kind = kinds.get(line.kind, line.kind)
            what = f"{line.file_name} ({kind})" if line.file_name and kind else line.file_name or kind
            rows.append([local_time(line.at), direction, laptop, format_number(line.changes), what])
        fill(self.table, rows, [line.bundle_id for line in lines])
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))


class LaptopsPanel(QWidget):
    """The laptops this one has accepted bundles from, and what each has seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self.tr(
            "Laptops whose bundles were imported here. \"Has ours up to\": the newest change made on this "
            "laptop that it had when it last sent a bundle."))
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No other laptop yet. Import a bundle from one to see it here."))
        self.empty.setObjectName("hint")
        self.table = make_table([self.tr("Laptop"), self.tr("Fingerprint"), self.tr("Last bundle from it"),
                                 self.tr("Has ours up to")],
                                self.tr("Known laptops"),
                                self.tr("Each laptop's name, key fingerprint and what it has seen"))
        header = self.table.horizontalHeader()
        for column, width in ((0, 220), (1, 330), (2, 210)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.set_lines([])

    def set_lines(self, lines: list[PeerLine]) -> None:
        rows = []
        for line in lines:
            name = line.name if line.accepted else self.tr("{name} (not accepted)").format(name=line.name)
            rows.append([name, line.fingerprint, local_time(line.last_seen),
                         local_time(line.has_ours_until) or self.tr("none of ours yet")])
        fill(self.table, rows, [line.site_id for line in lines])
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
