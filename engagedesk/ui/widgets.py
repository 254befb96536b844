"""Small widgets shared by the screens."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractScrollArea, QLabel, QLayout, QLayoutItem, QLineEdit, QSizePolicy, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget,
)


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


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when it does not fit (buttons with
    large text, or in a longer language), instead of widening the screen."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 - as QBoxLayout; a flow has no stretch
        return

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        visible = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), hint.height())))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def size_to_current_page(stack: QStackedWidget) -> None:
    """Make a stack ask only for the room its current page needs (by default it asks for its
    largest page's, which with large text can widen a screen past the window)."""
    def fit(index: int) -> None:
        for row in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if row == index else QSizePolicy.Policy.Ignored
            stack.widget(row).setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(fit)
    fit(stack.currentIndex())


def meeting_time(stamp: str, *, with_date: bool = True) -> str:
    """A stored wall-clock time ("2026-11-22T18:30") as the chosen language writes it:
    "Sun 22 Nov 2026 18:30" in English, "dom 22 nov 2026 18:30" in Spanish."""
    from datetime import datetime

    from engagedesk.domain.i18n import format_date, format_time

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp.replace("T", " ")
    if len(stamp) <= 10:
        return format_date(moment, "weekday")
    if not with_date:
        return format_time(moment)
    return f"{format_date(moment, 'weekday')} {format_time(moment)}"


def available_width(widget: QWidget) -> int:
    """The width a screen can have without scrolling: that of the scroll area it is shown in
    (its own width may be larger when it scrolls), or its own."""
    # The main window's own scroll area first: walking up the parents makes a Python wrapper
    # for each of them, which costs time while the window is first shown.
    scroller = getattr(widget.window(), "scroller", None)
    if isinstance(scroller, QAbstractScrollArea) and scroller.isAncestorOf(widget):
        return min(widget.width(), scroller.viewport().width())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return min(widget.width(), parent.viewport().width())
        parent = parent.parentWidget()
    return widget.width()
