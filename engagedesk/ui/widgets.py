"""Small widgets shared by the screens."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget


def shortcut(keys: QKeySequence | str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A keyboard shortcut that works only where it belongs.

    PySide6 ignores ``context=`` given to ``QShortcut(keys, parent, slot, context=...)``: the
    shortcut stays window-wide, and two screens of one window that use the same keys cancel
    each other out ("ambiguous").  The context is therefore set afterwards.
    """
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


class SearchField(QLineEdit):
    """A search box that steers a results list: Up/Down/Page keys move it, Enter submits."""

    submitted = Signal()
    undo_requested = Signal()  # Ctrl+Z in an empty field: take back the last action, not typing

    def __init__(self, results: QAbstractItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = results
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))

    def event(self, event) -> bool:  # noqa: ANN001 - any QEvent
        # QLineEdit claims Ctrl+Z for its own undo; in an empty field let the screen have it.
        if (event.type() == event.Type.ShortcutOverride and not self.text()
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._move(key)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.submitted.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undo_requested.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)

    def _move(self, key: int) -> None:
        model = self.results.model()
        if model is None or model.rowCount() == 0:
            return
        current = self.results.currentIndex().row()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
        row = min(max(0, (current if current >= 0 else -1) + step), model.rowCount() - 1)
        self.results.setCurrentIndex(model.index(row, 0))


class ProblemLabel(QLabel):
    """A validation message shown next to the field it is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldProblem")
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class LazyPage(QWidget):
    """A page of the stack that makes its screen the first time it is shown or asked for."""

    def __init__(self, make: Callable[[], QWidget]) -> None:
        super().__init__()
        self._make = make
        self._screen: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._screen is not None

    def screen(self) -> QWidget:
        if self._screen is None:
            self._screen = self._make()
            self.layout().addWidget(self._screen)
            self.setFocusProxy(self._screen)
        return self._screen

    def showEvent(self, event) -> None:  # noqa: ANN001
        self.screen()
        super().showEvent(event)


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}([-_][A-Za-z]{2,4})?")
_language_names: dict[str, str] = {}


def language_name(value: str) -> str:
    """"es" -> "Spanish"; anything that is not a language code comes back as typed."""
    if value not in _language_names:
        shown = value
        if _LANGUAGE_CODE.fullmatch(value):
            locale = QLocale(value.replace("-", "_"))
            if locale.language() != QLocale.Language.C:
                shown = QLocale.languageToString(locale.language())
        _language_names[value] = shown
    return _language_names[value]
