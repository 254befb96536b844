"""Widgets of the live notes pane: the note field, the kind buttons, a person field and theme tags.

The person and theme fields complete what is typed the way the sign-in desk finds names: each
word typed starts a word of the name, whatever its case and accents ("jo nu" finds José Núñez).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QToolButton, QWidget,
)

from engagedesk.domain.models import NoteKind, Person
from engagedesk.domain.validation import fold
from engagedesk.services.notes import plain_text
from engagedesk.ui import appearance
from engagedesk.ui.notes_timeline import KIND_COLOURS, KIND_KEYS, kind_label

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def shortcut(keys: str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A keyboard shortcut in the given context.  (PySide6 drops the context when QShortcut is
    made with a slot, so the slot is connected after.)"""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


def _plain_enter(event: QKeyEvent) -> bool:
    return event.key() in _ENTER and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class NoteEdit(QPlainTextEdit):
    """The note being typed: Enter saves, Shift+Enter starts a new line, pasted text is plain."""

    submitted = Signal()
    undo_requested = Signal()   # Ctrl+Z in an empty field: take back the last note change
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo) and not self.toPlainText()):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _plain_enter(event):
            self.submitted.emit()
            return
        if event.key() in _ENTER and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.toPlainText():
            self.undo_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Whatever was copied (a web page, a word processor), only its words come in.
        if source.hasText():
            self.insertPlainText(plain_text(source.text()) if source.hasHtml() and not source.text().strip()
                                 else source.text())
        elif source.hasHtml():
            self.insertPlainText(plain_text(source.html()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()


class KindBar(QWidget):
    """One button per kind of note, each with its Alt+letter shown under its name."""

    kind_changed = Signal(object)  # NoteKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindBar")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[NoteKind, QToolButton] = {}
        self._grid = layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._columns = len(KIND_KEYS)
        for kind, letter in KIND_KEYS.items():
            button = QToolButton()
            button.setObjectName("kindButton")
            button.setProperty("kind", kind.value)
            button.setText(f"{kind_label(kind)}\nAlt+{letter}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the note field keeps the focus
            button.setAccessibleName(self.tr("{kind} (Alt+{letter})").format(kind=kind_label(kind), letter=letter))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button, 0, len(self.buttons) - 1)
        appearance.style(self, self._style())
        self._kind = NoteKind.COMMENT
        self.buttons[NoteKind.COMMENT].setChecked(True)

    def set_columns(self, columns: int) -> None:
        """All the kinds in one row, or (large text) in rows of ``columns``."""
        if columns == self._columns:
            return
        self._columns = columns
        for number, button in enumerate(self.buttons.values()):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, number // columns, number % columns)

    @staticmethod
    def _style() -> str:
        rules = ["QToolButton#kindButton { font-size: 12pt; padding: 3px 4px; border: 1px solid #9aa5b1;"
                 " border-radius: 5px; background: #f7f7f7; color: #222; }"]
        for kind, (background, text) in KIND_COLOURS.items():
            rules.append(f'QToolButton#kindButton[kind="{kind.value}"]:checked {{ background: {background};'
                         f" color: {text}; border: 3px solid {text}; font-weight: bold; }}")
        return "\n".join(rules)

    def kind(self) -> NoteKind:
        return self._kind

    def set_kind(self, kind: NoteKind) -> None:
        self.buttons[kind].setChecked(True)
        if kind is not self._kind:
            self._kind = kind
            self.kind_changed.emit(kind)


class _FoldingField(QLineEdit):
    """A line field that suggests from a list, filtered the forgiving way (words, accents, case).

    The suggestions are a list drawn over the window, not a window of their own: the field keeps
    the keyboard (Up and Down move in the list, Enter takes the highlighted one, Esc closes it).
    """

    picked = Signal(str)   # a label chosen from the list (Enter, or a click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._folded: list[list[str]] = []
        self._list: QListWidget | None = None
        self.textEdited.connect(self._filter)

    def set_labels(self, labels: list[str]) -> None:
        self._labels = list(labels)
        self._folded = [fold(label).replace("-", " ").split() for label in self._labels]

    def labels(self) -> list[str]:
        return list(self._labels)

    def matches(self, text: str) -> list[str]:
        words = fold(text).replace("-", " ").split()
        if not words:
            return []
        return [label for label, tokens in zip(self._labels, self._folded)
                if all(any(token.startswith(word) for token in tokens) for word in words)]

    def suggestions(self) -> QListWidget:
        top = self.window()
        if self._list is None or self._list.parent() is not top:
            if self._list is not None:
                self._list.deleteLater()
            self._list = QListWidget(top)
            self._list.setObjectName("suggestions")
            self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._list.setAccessibleName(self.tr("Suggestions"))
            appearance.style(self._list, "QListWidget#suggestions { font-size: 14pt; background: white;"
                             " border: 2px solid #1a73e8; }"
                             "QListWidget#suggestions::item:selected { background: #1a73e8; color: white; }")
            self._list.itemClicked.connect(lambda item: self._activated(item.text()))
            self._list.hide()
        return self._list

    def _filter(self, text: str) -> None:
        found = self.matches(text)[:50]
        if not (found and text.strip()):
            self.hide_suggestions()
            return
        shown = self.suggestions()
        shown.clear()
        shown.addItems(found)
        shown.setCurrentRow(0)
        top = self.window()
        rows = min(8, len(found))
        height = rows * max(shown.sizeHintForRow(0), 1) + 2 * shown.frameWidth() + 2
        below = self.mapTo(top, QPoint(0, self.height()))
        y = below.y() if below.y() + height <= top.height() else max(0, below.y() - self.height() - height)
        shown.setGeometry(below.x(), y, max(self.width(), 260), height)
        shown.raise_()
        shown.show()

    def suggestions_visible(self) -> bool:
        return self._list is not None and self._list.isVisible()

    def hide_suggestions(self) -> None:
        if self._list is not None:
            self._list.hide()

    def popup_choice(self) -> str | None:
        if self.suggestions_visible() and self._list.currentItem() is not None:
            return self._list.currentItem().text()
        return None

    def _activated(self, label: str) -> None:
        self.hide_suggestions()
        self.picked.emit(label)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 - QFocusEvent
        self.hide_suggestions()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.suggestions_visible() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            shown = self._list
            row = shown.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            shown.setCurrentRow(max(0, min(shown.count() - 1, row)))
            return
        if event.key() == Qt.Key.Key_Escape and self.suggestions_visible():
            self.hide_suggestions()
            return
        super().keyPressEvent(event)


class PersonField(_FoldingField):
    """Who is speaking (or who owns an action): one of the people given, or nobody."""

    chosen = Signal(object)     # the person's id, or None for nobody
    unknown = Signal(str)       # Enter on a name that matches nobody given
    finished = Signal()         # a choice was made with Enter: the caller moves the focus on

    def __init__(self, nobody: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nobody = nobody
        self.setPlaceholderText(nobody)
        self._ids: dict[str, str] = {}
        self._labels_by_id: dict[str, str] = {}
        self._person_id: str | None = None
        self.picked.connect(self._pick)

    def set_people(self, people: list[Person]) -> None:
        """The people to choose from; namesakes are told apart by e-mail or phone."""
        names: dict[str, int] = {}
        for person in people:
            names[fold(person.display_name)] = names.get(fold(person.display_name), 0) + 1
        self._ids.clear()
        self._labels_by_id.clear()
        for number, person in enumerate(people, start=1):
            label = person.display_name or person.short_name or "?"
            if names.get(fold(person.display_name), 0) > 1:
                label = f"{label} ({person.email or person.phone or number})"
            self._ids[label] = person.id
            self._labels_by_id[person.id] = label
        self.set_labels(list(self._ids))

    def person_id(self) -> str | None:
        return self._person_id

    def set_person(self, person_id: str | None, label: str | None = None) -> None:
        self._person_id = person_id
        self.setText(self._labels_by_id.get(person_id or "", label or "") if person_id else "")
        self.hide_suggestions()
        self.chosen.emit(person_id)

    def _pick(self, label: str) -> None:
        self.set_person(self._ids.get(label), label)
        self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _plain_enter(event):
            if self.resolve():
                self.finished.emit()
            return
        super().keyPressEvent(event)

    def resolve(self) -> bool:
        """Take what was typed: the highlighted name, the one name it fits, or nobody if empty."""
        choice = self.popup_choice()
        text = self.text().strip()
        if choice is None and not text:
            self.set_person(None)
            return True
        if choice is None:
            exact = [label for label in self._ids if fold(label) == fold(text)]
            found = exact or self.matches(text)
            choice = found[0] if len(found) == 1 else None
        if choice is None:
            self.unknown.emit(text)
            return False
        self.set_person(self._ids.get(choice), choice)
        return True


class ThemeTags(QWidget):
    """Themes of the note as tags, each removable; a field that completes known themes and takes
    new ones.  Enter adds what was typed and hands the focus back; a comma adds and stays."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._themes: list[str] = []
        self.field = _FoldingField()
        self.field.setObjectName("themeField")
        self.field.setPlaceholderText(self.tr("Add a theme…"))
        self.field.setAccessibleName(self.tr("Themes (Alt+T)"))
        self.field.picked.connect(lambda label: self._add(label, done=True))
        self.field.installEventFilter(self)
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.chips)
        layout.addWidget(self.field, 1)

    def set_known(self, names: list[str]) -> None:
        self.field.set_labels(names)

    def themes(self) -> tuple[str, ...]:
        return tuple(self._themes)

    def themes_with_typed(self) -> tuple[str, ...]:
        """The tags, and a theme typed in the field but not yet added (Enter in the note saves it too)."""
        typed = " ".join(self.field.text().strip().strip(",").lstrip("#").split())
        if typed and fold(typed) not in {fold(t) for t in self._themes}:
            return (*self._themes, typed)
        return tuple(self._themes)

    def set_themes(self, names: tuple[str, ...] | list[str]) -> None:
        self.field.clear()
        self.field.hide_suggestions()
        self._themes = []
        for name in names:
            if fold(name) not in {fold(t) for t in self._themes}:
                self._themes.append(name)
        self._redraw()
        self.changed.emit()

    def _add(self, text: str, *, done: bool) -> None:
        name = " ".join(text.strip().strip(",").lstrip("#").split())
        if name:
            known = self.field.matches(name)
            exact = next((label for label in known if fold(label) == fold(name)), None)
            name = exact or name  # the known spelling of a theme typed another way
            if fold(name) not in {fold(t) for t in self._themes}:
                self._themes.append(name)
                self._redraw()
                self.changed.emit()
        self.field.clear()
        self.field.hide_suggestions()
        if done:
            self.finished.emit()

    def remove(self, name: str) -> None:
        self._themes = [t for t in self._themes if t != name]
        self._redraw()
        self.changed.emit()

    def _redraw(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for name in self._themes:
            chip = QToolButton()
            chip.setObjectName("themeChip")
            chip.setText(f"{name}  ✕")
            chip.setToolTip(self.tr("Remove the theme {name}").format(name=name))
            chip.setAccessibleName(self.tr("Theme {name}, click to remove").format(name=name))
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.clicked.connect(lambda _=False, n=name: self.remove(n))
            self.chips.addWidget(chip)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001 - Qt's signature
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if _plain_enter(event):
                choice = self.field.popup_choice()
                typed = self.field.text()
                # The highlighted theme only when it is what the typing leads to, else the new name.
                self._add(choice if choice and self.field.matches(typed) and typed.strip() else typed, done=True)
                return True
            if event.text() == ",":
                self._add(self.field.text(), done=False)
                return True
            if event.key() == Qt.Key.Key_Backspace and not self.field.text() and self._themes:
                self.remove(self._themes[-1])
                return True
            if event.key() == Qt.Key.Key_Escape and not self.field.suggestions_visible():
                self.finished.emit()
                return True
        return super().eventFilter(watched, event)
