"""Likely duplicates, and merging two records of one person side by side.

``open_duplicates(parent, worker)``: the list of likely duplicate pairs, most likely first.  The
scan runs on the store thread with a progress bar and Cancel (it only reads).  Enter compares the
chosen pair; N (or Delete) says "not the same person", which is remembered and travels by sync.

``open_merge(parent, worker, person_a, person_b)``: the two records in two columns, one row per
field, differing fields marked; for each, Left or 1 keeps the first record's value, Right or 2 the
second's.  Under each name, what hangs on that record (meetings attended, notes, knocks).  Merge
asks for a confirmation in place (Enter confirms, Esc goes back).  Nothing is merged silently.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QStackedWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import format_number
from engagedesk.domain.models import Address, Person
from engagedesk.services import duplicates, merge
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import shortcut

DIFFERENT = QColor("#fff3c4")  # a field whose two values differ (also marked with a sign: not colour alone)
CHOSEN = QColor("#d6ecd2")
COUNT_TEXT = QColor("#444444")


class _Relay(QObject):
    """Made on the GUI thread; emitted from the store thread, so its slots run queued, safely."""

    progressed = Signal(int, int)


# ------------------------------------------------------------------------------ the list of pairs


class PairsModel(QAbstractTableModel):
    """Likely duplicate pairs: how likely, the two names, why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[duplicates.DuplicatePair] = []

    def headers(self) -> list[str]:
        return [self.tr("How likely"), self.tr("Person"), self.tr("Possibly the same as"), self.tr("Why")]

    def set_pairs(self, pairs: list[duplicates.DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def drop(self, *person_ids: str) -> None:
        """Take out every pair with one of these people (merged away, or answered)."""
        gone = set(person_ids)
        self.set_pairs([p for p in self.pairs if p.person_a not in gone and p.person_b not in gone])

    def drop_pair(self, person_a: str, person_b: str) -> None:
        wanted = {person_a, person_b}
        self.set_pairs([p for p in self.pairs if {p.person_a, p.person_b} != wanted])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return f"{pair.score}%"
            if column == 1:
                return pair.name_a or self.tr("(no name)")
            if column == 2:
                return pair.name_b or self.tr("(no name)")
            return _reason_text(self, pair.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _reason_text(widget: QObject, keys: tuple[str, ...]) -> str:
    texts = {
        "email": widget.tr("same e-mail"),
        "phone": widget.tr("same phone"),
        "name_address": widget.tr("similar name, same address"),
        "name_postal": widget.tr("similar name, same postal code"),
        "name": widget.tr("similar name"),
    }
    return widget.tr("; ").join(texts[key] for key in duplicates.REASONS if key in keys)


class DuplicatesDialog(QDialog):
    """Likely duplicates, most likely first; compare and merge, or say they are not the same."""

    scanned = Signal(int)  # a scan ended with this many pairs (or -1: cancelled)
    merged = Signal(str, str)  # survivor id, merged-away id

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._busy = False
        self.merge_dialog: MergeDialog | None = None
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.setObjectName("duplicatesDialog")
        appearance.style(self, DUPLICATES_STYLE, main=parent is None)

        self.explain = QLabel(self.tr(
            "People who may have been entered twice, most likely first. Nothing is merged until you "
            "compare the two and confirm."))
        self.explain.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("duplicatesStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Scan status"))

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Scan progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel the scan (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the scan"))
        self.cancel_button.clicked.connect(self.cancel)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)

        self.model = PairsModel(self)
        self.table = QTableView()
        self.table.setObjectName("duplicatePairs")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Likely duplicate pairs"))
        self.table.setAccessibleDescription(self.tr(
            "Enter compares the chosen pair side by side; N says they are not the same person."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.compare())

        self.compare_button = QPushButton(self.tr("Co&mpare and merge… (Enter)"))
        self.compare_button.setAccessibleName(self.tr("Compare the chosen pair and merge"))
        self.compare_button.clicked.connect(self.compare)
        self.dismiss_button = QPushButton(self.tr("&Not the same person (N)"))
        self.dismiss_button.setAccessibleName(self.tr("Not the same person"))
        self.dismiss_button.setAccessibleDescription(self.tr(
            "Remembered: this pair is not proposed again, on this laptop or, after a sync, on others."))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.rescan_button = QPushButton(self.tr("&Scan again (F5)"))
        self.rescan_button.setAccessibleName(self.tr("Scan again"))
        self.rescan_button.clicked.connect(self.scan)
        self.history_button = QPushButton(self.tr("Merge &history (H)"))
        self.history_button.setAccessibleName(self.tr("Merge history"))
        self.history_button.setAccessibleDescription(self.tr("The merges made so far, newest first."))
        self.history_button.clicked.connect(self.show_history)
        self.history_dialog: MergeHistoryDialog | None = None
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.compare_button, self.dismiss_button, self.rescan_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(busy_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        shortcut("Return", self.table, self.compare)
        shortcut("Enter", self.table, self.compare)
        shortcut("N", self.table, self.dismiss)
        shortcut("Delete", self.table, self.dismiss)
        shortcut("F5", self, self.scan)
        shortcut("H", self.table, self.show_history)
        self.resize(980, 620)
        self._show_busy(False)

    # ------------------------------------------------------------------ the scan

    def scan(self) -> None:
        if self._busy:
            return
        run_task(self, self._scan())

    async def _scan(self) -> None:
        self._stop.clear()
        self._show_busy(True)
        self.status.setText(self.tr("Looking for likely duplicates…"))
        try:
            pairs = await self.worker.run(duplicates.find_duplicates, self._relay.progressed.emit, self._stop.is_set)
        except duplicates.Cancelled:
            self._show_busy(False)
            self.status.setText(self.tr("Scan cancelled. Nothing was changed."))
            self.scanned.emit(-1)
            return
        except BaseException:
            self._show_busy(False)
            raise
        self._show_busy(False)
        self.model.set_pairs(pairs)
        self._say_count()
        if pairs:
            self.table.selectRow(0)
        self.table.setFocus()
        self.scanned.emit(len(pairs))

    def _say_count(self) -> None:
        count = len(self.model.pairs)
        if count == 0:
            self.status.setText(self.tr("No likely duplicates."))
        elif count == 1:
            self.status.setText(self.tr("One pair may be the same person."))
        else:
            self.status.setText(self.tr("Pairs that may be the same person: {count}.").format(
                count=format_number(count)))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        if self._busy:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _show_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.cancel_button.setText(self.tr("&Cancel the scan (Esc)"))
        for button in (self.compare_button, self.dismiss_button, self.rescan_button, self.history_button):
            button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)
            self.cancel_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._busy:
            self.cancel()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self._stop.set()  # a scan under way stops; it wrote nothing
        super().reject()

    def show_history(self) -> None:
        dialog = MergeHistoryDialog(self.worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.history_dialog = dialog

    # ------------------------------------------------------------------ one pair

    def current_pair(self) -> duplicates.DuplicatePair | None:
        index = self.table.currentIndex()
        if not index.isValid() or self._busy:
            return None
        return self.model.pairs[index.row()]

    def compare(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        dialog = open_merge(self, self.worker, pair.person_a, pair.person_b)
        dialog.merged.connect(self._after_merge)
        dialog.dismissed.connect(self._after_dismissal)
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.merge_dialog = dialog

    def dismiss(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        run_task(self, self._dismiss(pair.person_a, pair.person_b))

    async def _dismiss(self, person_a: str, person_b: str) -> None:
        await self.worker.run(duplicates.not_the_same, person_a, person_b)
        self._after_dismissal(person_a, person_b)

    def _after_dismissal(self, person_a: str, person_b: str) -> None:
        row = max(0, self.table.currentIndex().row())
        self.model.drop_pair(person_a, person_b)
        self._after_change(row)

    def _after_merge(self, survivor_id: str, merged_id: str) -> None:
        row = max(0, self.table.currentIndex().row())
        self.model.drop(merged_id)
        self._after_change(row)
        self.merged.emit(survivor_id, merged_id)

    def _after_change(self, row: int) -> None:
        self._say_count()
        if self.model.pairs:
            self.table.selectRow(min(row, len(self.model.pairs) - 1))
        self.table.setFocus()


# ------------------------------------------------------------------------------ side by side


def _field_labels(widget: QObject) -> dict[str, str]:
    return {
        "given_name": widget.tr("Given name"), "family_name": widget.tr("Family name"),
        "preferred_name": widget.tr("Preferred name"), "pronouns": widget.tr("Pronouns"),
        "email": widget.tr("E-mail"), "phone": widget.tr("Phone"), "language": widget.tr("Language"),
        "address_id": widget.tr("Address"), "notes": widget.tr("Notes"),
        "may_contact": widget.tr("May be contacted"), "do_not_contact": widget.tr("Do not contact"),
        "do_not_contact_since": widget.tr("Do not contact since"),
        "do_not_contact_reason": widget.tr("Do-not-contact reason"),
        "photo_consent": widget.tr("Photo consent"), "quote_consent": widget.tr("Quote consent"),
    }


class ChoiceTable(QTableWidget):
    """One row per field: the field, record 1's value, record 2's value.  Left/1 and Right/2 choose."""

    chosen = Signal(str, int)  # field, 0 or 1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_1):
            self._choose(0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_2):
            self._choose(1)
        else:
            super().keyPressEvent(event)

    def _choose(self, side: int) -> None:
        row = self.currentRow()
        if row < 0:
            return
        item = self.item(row, 0)
        field = item.data(Qt.ItemDataRole.UserRole) if item else None
        if field:
            self.chosen.emit(field, side)


class MergeDialog(QDialog):
    """Two records of one person side by side; choose each differing value; merge, or say they differ."""

    loaded = Signal()
    merged = Signal(str, str)  # survivor id, merged-away id
    dismissed = Signal(str, str)

    def __init__(self, worker: StoreWorker, person_a: str, person_b: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.person_ids = (person_a, person_b)
        self.shown: dict[str, Any] | None = None
        self.choices: dict[str, int] = {}  # field -> 0 (record 1) or 1 (record 2)
        self.labels = _field_labels(self)
        self.setWindowTitle(self.tr("Compare and merge"))
        self.setObjectName("mergeDialog")
        appearance.style(self, DUPLICATES_STYLE, main=parent is None)

        self.intro = QLabel(self.tr(
            "Choose, for each highlighted field, the value to keep: Left or 1 for the first record, "
            "Right or 2 for the second. Everything both records have (meetings, notes, knocks, "
            "answers) is kept. The first record keeps its id; the second will point to it."))
        self.intro.setWordWrap(True)

        self.table = ChoiceTable(0, 3)
        self.table.setObjectName("mergeFields")
        self.table.setAccessibleName(self.tr("Fields of the two records"))
        self.table.setAccessibleDescription(self.tr(
            "Up and Down move between fields; Left or 1 keeps the first record's value, Right or 2 the second's."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.chosen.connect(self.choose)
        self.table.cellDoubleClicked.connect(lambda row, column: column and self.table._choose(column - 1))

        self.merge_button = QPushButton(self.tr("&Merge… (Ctrl+Enter)"))
        self.merge_button.setAccessibleName(self.tr("Merge the two records"))
        self.merge_button.clicked.connect(self.ask_to_merge)
        self.dismiss_button = QPushButton(self.tr("&Not the same person (Ctrl+N)"))
        self.dismiss_button.setAccessibleName(self.tr("Not the same person"))
        self.dismiss_button.setAccessibleDescription(self.tr("Remembered: this pair is not proposed again."))
        self.dismiss_button.clicked.connect(self.not_the_same)
        self.swap_button = QPushButton(self.tr("&Swap records (Ctrl+S)"))
        self.swap_button.setAccessibleName(self.tr("Swap the records"))
        self.swap_button.setAccessibleDescription(self.tr("Record 1 keeps its id; swapping makes the other one stay."))
        self.swap_button.clicked.connect(self.swap)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: nothing is merged"))
        self.cancel_button.clicked.connect(self.reject)
        choosing = QHBoxLayout()
        choosing.addWidget(self.merge_button)
        choosing.addWidget(self.dismiss_button)
        choosing.addWidget(self.swap_button)
        choosing.addStretch(1)
        choosing.addWidget(self.cancel_button)
        choosing_page = QWidget()
        choosing_page.setLayout(choosing)

        self.question = QLabel()
        self.question.setObjectName("mergeQuestion")
        self.question.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Yes, merge them (Enter)"))
        self.confirm_button.setObjectName("confirmMerge")
        self.confirm_button.setAccessibleName(self.tr("Yes, merge them"))
        self.confirm_button.clicked.connect(self.merge)
        self.back_button = QPushButton(self.tr("&Go back (Esc)"))
        self.back_button.setAccessibleName(self.tr("Go back: nothing is merged"))
        self.back_button.clicked.connect(self.go_back)
        confirming = QHBoxLayout()
        confirming.addWidget(self.question, 1)
        confirming.addWidget(self.confirm_button)
        confirming.addWidget(self.back_button)
        confirming_page = QWidget()
        confirming_page.setLayout(confirming)

        self.pages = QStackedWidget()
        self.pages.addWidget(choosing_page)
        self.pages.addWidget(confirming_page)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pages)

        shortcut("Ctrl+Return", self, self.ask_to_merge)
        shortcut("Ctrl+Enter", self, self.ask_to_merge)
        shortcut("Ctrl+N", self, self.not_the_same)
        shortcut("Ctrl+S", self, self.swap)
        self._enable(False)
        self.resize(1000, 680)
        run_task(self, self._load(keep_first=False))

    def _enable(self, enabled: bool) -> None:
        for button in (self.merge_button, self.dismiss_button, self.swap_button):
            button.setEnabled(enabled)

    # ------------------------------------------------------------------ showing

    async def _load(self, keep_first: bool = True) -> None:
        shown = await self.worker.run(merge.preview, *self.person_ids)
        if not keep_first and sum(shown["merged_counts"].values()) > sum(shown["survivor_counts"].values()):
            # The record with more history stays (its id is what other records and paper point to).
            self.person_ids = (self.person_ids[1], self.person_ids[0])
            shown = await self.worker.run(merge.preview, *self.person_ids)
        self.shown = shown
        first, second = self.shown["survivor"], self.shown["merged"]
        self.choices = {name: (1 if choice == merge.MERGED else 0)
                        for name, choice in merge.default_choices(first, second).items()}
        self._fill()
        self._enable(True)
        differing = self.shown["differing"]
        rows = list(self._rows())
        start = rows.index(differing[0]) if differing and differing[0] in rows else 0
        self.table.setCurrentCell(self.row_of(rows[start]), 1 + self.choices.get(rows[start], 0))
        self.table.setFocus()
        self.loaded.emit()

    def row_of(self, name: str) -> int:
        """The table row of a field (after the rows of counts)."""
        return len(self._count_labels()) + self._rows().index(name)

    def _rows(self) -> list[str]:
        return [name for name in merge.MERGE_FIELDS if name not in ("do_not_contact_since",)]

    def _column_title(self, person: Person, number: int) -> str:
        return self.tr("Record {number}: {name}").format(number=number, name=person.display_name or self.tr("(no name)"))

    def _count_labels(self) -> dict[str, str]:
        return {"meetings": self.tr("Meetings attended"), "notes": self.tr("Notes"),
                "knocks": self.tr("Knocks answered"), "actions": self.tr("Action items")}

    def _value(self, person: Person, name: str, address: Address | None) -> str:
        if name == "address_id":
            return address.one_line() if address else ""
        value = getattr(person, name)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return "" if value is None else str(value)

    def _fill(self) -> None:
        assert self.shown is not None
        first, second = self.shown["survivor"], self.shown["merged"]
        addresses = (self.shown["survivor_address"], self.shown["merged_address"])
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self._column_title(first, 1), self._column_title(second, 2)])
        rows = self._rows()
        counts = self._count_labels()
        self.table.setRowCount(len(counts) + len(rows))
        differing = set(self.shown["differing"])
        bold = QFont()
        bold.setBold(True)
        # First what hangs on each record (kept whichever way the fields go), in grey.
        for row, (what, label_text) in enumerate(counts.items()):
            label = QTableWidgetItem(label_text)
            label.setForeground(QBrush(COUNT_TEXT))
            self.table.setItem(row, 0, label)
            for side, key in enumerate(("survivor_counts", "merged_counts")):
                item = QTableWidgetItem(format_number(self.shown[key][what]))
                item.setForeground(QBrush(COUNT_TEXT))
                self.table.setItem(row, 1 + side, item)
        for row, name in enumerate(rows, start=len(counts)):
            differs = name in differing
            label = QTableWidgetItem(("≠ " if differs else "") + self.labels[name])
            label.setData(Qt.ItemDataRole.UserRole, name if differs else None)
            self.table.setItem(row, 0, label)
            for side, person in enumerate((first, second)):
                text = self._value(person, name, addresses[side])
                item = QTableWidgetItem(text or "—")
                chosen = differs and self.choices.get(name, 0) == side
                if differs:
                    item.setBackground(QBrush(CHOSEN if chosen else DIFFERENT))
                    if chosen:
                        item.setText("✓ " + (text or "—"))
                        item.setFont(bold)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{value}, kept").format(value=text or self.tr("empty"))
                                 if chosen else self.tr("{value}, not kept").format(value=text or self.tr("empty")))
                self.table.setItem(row, 1 + side, item)
            if differs:
                label.setBackground(QBrush(DIFFERENT))
                label.setFont(bold)
        self.table.resizeRowsToContents()

    def choose(self, name: str, side: int) -> None:
        if self.shown is None or name not in self.shown["differing"]:
            return
        self.choices[name] = side
        row, column = self.table.currentRow(), self.table.currentColumn()
        self._fill()
        self.table.setCurrentCell(row, 1 + side if column else 0)

    def swap(self) -> None:
        """The other record stays (keeps its id); the values chosen stay chosen."""
        if self.shown is None or self.pages.currentIndex() == 1:
            return
        kept = {name: 1 - side for name, side in self.choices.items()}
        self.person_ids = (self.person_ids[1], self.person_ids[0])
        self._enable(False)
        run_task(self, self._swapped(kept))

    async def _swapped(self, kept: dict[str, int]) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        await self._load()
        self.choices = kept
        self._fill()
        self.table.setCurrentCell(row, 3 - column if column else 0)

    def chosen_values(self) -> dict[str, str]:
        return {name: merge.MERGED if side else merge.SURVIVOR for name, side in self.choices.items()}

    # ------------------------------------------------------------------ merging

    def ask_to_merge(self) -> None:
        if self.shown is None or self.pages.currentIndex() == 1:
            return
        first, second = self.shown["survivor"], self.shown["merged"]
        self.question.setText(self.tr(
            "Merge record 2 ({second}) into record 1 ({first})? Everything of both is kept; this "
            "reaches other laptops with the next sync.").format(
                first=first.display_name or self.tr("(no name)"), second=second.display_name or self.tr("(no name)")))
        self.pages.setCurrentIndex(1)
        self.confirm_button.setDefault(True)
        self.confirm_button.setFocus()

    def go_back(self) -> None:
        self.pages.setCurrentIndex(0)
        self.confirm_button.setDefault(False)
        self.table.setFocus()

    def merge(self) -> None:
        if self.shown is None:
            return
        self.confirm_button.setEnabled(False)
        run_task(self, self._merge())

    async def _merge(self) -> None:
        survivor, merged_id = self.person_ids
        try:
            await self.worker.run(merge.merge_people, survivor, merged_id, self.chosen_values())
        finally:
            self.confirm_button.setEnabled(True)
        self.merged.emit(survivor, merged_id)
        self.accept()

    def not_the_same(self) -> None:
        if self.shown is None:
            return
        run_task(self, self._dismiss())

    async def _dismiss(self) -> None:
        await self.worker.run(duplicates.not_the_same, *self.person_ids)
        self.dismissed.emit(*self.person_ids)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.go_back()
            return
        super().keyPressEvent(event)


class MergeHistoryDialog(QDialog):
    """The merges made so far (here or on laptops this one has synced with), newest first."""

    loaded = Signal(int)

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Merge history"))
        appearance.style(self, DUPLICATES_STYLE, main=parent is None)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mergeHistory")
        self.table.setAccessibleName(self.tr("Merges, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Merged record"), self.tr("Merged into"),
                                              self.tr("What moved")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No merges yet."))
        close = QPushButton(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 480)
        run_task(self, self._load())

    def _moved_text(self, moved: dict[str, int]) -> str:
        labels = {"meetings": self.tr("check-ins"), "notes": self.tr("notes"), "action_items": self.tr("action items"),
                  "responses": self.tr("answers"), "exit_feedback": self.tr("feedback sheets"),
                  "facilitated": self.tr("meetings facilitated")}
        parts = [self.tr("{what}: {count}").format(what=labels.get(what, what), count=format_number(count))
                 for what, count in moved.items() if count]
        return ", ".join(parts) if parts else self.tr("nothing")

    async def _load(self) -> None:
        rows = await self.worker.run(merge.merge_history)
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = (_local_time(item["at"]), item["merged_name"] or self.tr("(no name)"),
                      item["survivor_name"] or self.tr("(no name)"), self._moved_text(item["moved"]))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, self.table.columnWidth(0) + self.fontMetrics().horizontalAdvance("MM"))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.table.setFocus()
        self.loaded.emit(len(rows))


def _local_time(stamp: str) -> str:
    """A stored UTC time ("...Z") as this computer's local time, to the minute."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


# ------------------------------------------------------------------------------ opening them


def open_duplicates(parent: QWidget | None, worker: StoreWorker) -> DuplicatesDialog:
    """Show the likely duplicates (window-modal over ``parent``) and start a scan."""
    dialog = DuplicatesDialog(worker, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.NonModal)
    dialog.show()
    dialog.scan()
    return dialog


def open_merge(parent: QWidget | None, worker: StoreWorker, person_a: str | Person, person_b: str | Person) -> MergeDialog:
    """Show two people side by side to merge (``person_a`` keeps its id)."""
    first = person_a.id if isinstance(person_a, Person) else person_a
    second = person_b.id if isinstance(person_b, Person) else person_b
    dialog = MergeDialog(worker, first, second, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.NonModal)
    dialog.show()
    return dialog


DUPLICATES_STYLE = """
QLabel#mergeQuestion { font-weight: bold; }
QHeaderView::section { padding: 4px 6px; }
"""
