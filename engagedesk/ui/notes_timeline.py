"""The running timeline of a meeting's notes: a thin table model over plain entries, and the kinds.

The model holds the entries it is given (immutable :class:`TimelineEntry` objects) and nothing
else: filtering happens before, in :func:`engagedesk.services.notes.filter_timeline`, so 5,000
notes filter and show in a few milliseconds.  Rows have one fixed height; a long note shows its
first line here and its whole text in the detail under the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from engagedesk.domain.models import NoteKind
from engagedesk.services.notes import TimelineEntry
from engagedesk.ui import appearance

EntryRole = Qt.ItemDataRole.UserRole + 1

# The shortcut of each kind (Alt + the letter), in the order the buttons show them.
KIND_KEYS: dict[NoteKind, str] = {
    NoteKind.COMMENT: "C", NoteKind.QUESTION: "Q", NoteKind.CONCERN: "N", NoteKind.IDEA: "I",
    NoteKind.QUOTE: "U", NoteKind.DECISION: "D", NoteKind.ACTION: "A",
}

# Background and text colour of each kind: a tint that reads at a glance, dark text on it.
KIND_COLOURS: dict[NoteKind, tuple[str, str]] = {
    NoteKind.COMMENT: ("#e8edf2", "#23313d"),
    NoteKind.QUESTION: ("#dbe9fb", "#0d3d78"),
    NoteKind.CONCERN: ("#fde5cf", "#7a3300"),
    NoteKind.IDEA: ("#dcf3df", "#11521c"),
    NoteKind.QUOTE: ("#ece1f7", "#4b1f7a"),
    NoteKind.DECISION: ("#d5efee", "#0b4f4c"),
    NoteKind.ACTION: ("#fbdde0", "#7d0f1d"),
}


def kind_label(kind: NoteKind) -> str:
    labels = {
        NoteKind.COMMENT: QCoreApplication.translate("Notes", "Comment"),
        NoteKind.QUESTION: QCoreApplication.translate("Notes", "Question"),
        NoteKind.CONCERN: QCoreApplication.translate("Notes", "Concern"),
        NoteKind.IDEA: QCoreApplication.translate("Notes", "Idea"),
        NoteKind.QUOTE: QCoreApplication.translate("Notes", "Quote"),
        NoteKind.DECISION: QCoreApplication.translate("Notes", "Decision"),
        NoteKind.ACTION: QCoreApplication.translate("Notes", "Action"),
    }
    return labels[kind]


def first_line(text: str, limit: int = 240) -> str:
    line = text.split("\n", 1)[0]
    more = len(line) < len(text)
    if len(line) > limit:
        line, more = line[:limit], True
    return line + (" …" if more else "")


class TimelineModel(QAbstractTableModel):
    TIME, KIND, SPEAKER, TEXT, THEMES, AGENDA = range(6)

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - any QObject
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._headers = (self.tr("Time"), self.tr("Kind"), self.tr("Speaker"), self.tr("Note"),
                         self.tr("Themes"), self.tr("Agenda item"))
        self._kinds = {kind: kind_label(kind) for kind in NoteKind}
        self._brushes = {kind: (QBrush(QColor(bg)), QBrush(QColor(fg))) for kind, (bg, fg) in KIND_COLOURS.items()}
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, note_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.note.id == note_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return entry.time
            if column == self.KIND:
                label = self._kinds[entry.note.kind]
                return f"{label} ✓" if entry.answered else label
            if column == self.SPEAKER:
                return entry.speaker
            if column == self.TEXT:
                return first_line(entry.note.text)
            if column == self.THEMES:
                return ", ".join(entry.themes)
            return entry.agenda_title
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and appearance.high_contrast():
            return None  # the theme's own white on black
        if role == Qt.ItemDataRole.BackgroundRole and column == self.KIND:
            return self._brushes[entry.note.kind][0]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND:
            return self._brushes[entry.note.kind][1]
        if role == Qt.ItemDataRole.FontRole and column == self.SPEAKER and entry.speaker_key in ("", "former"):
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            text = entry.note.text
            return text if len(text) <= 1500 else text[:1500] + " …"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.KIND and entry.answered:
            return self.tr("Answered at {time}").format(time=(entry.answered_at or "")[11:16])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == EntryRole:
            return entry
        return None
