"""How the program looks: the main style sheet as a function of the text size and the theme.

Readable at arm's length: large type (15 pt at 100 %, up to 30 pt at 200 %), strong contrast,
and a focus frame on every kind of control that takes the keyboard, in both themes.  Screens
with a style sheet of their own give it to :func:`style` so that it follows the text size and
the theme as well.  Sizes of things that must hold text (widths of fields and lists) come from
:func:`text_width`, which follows the font, never from fixed pixels.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from engagedesk.services.preferences import HIGH_CONTRAST, STANDARD, TEXT_SCALES

_scale = 100
_theme = STANDARD
_styled: list[tuple[weakref.ReferenceType[QWidget], str, bool]] = []
_callbacks: list[weakref.WeakMethod] = []

# Every kind of control that can take the keyboard focus.
FOCUSABLE = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QComboBox", "QAbstractSpinBox", "QDateTimeEdit",
             "QSpinBox", "QDoubleSpinBox", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
             "QAbstractItemView", "QListView", "QTableView", "QTreeView", "QListWidget", "QTableWidget",
             "QTreeWidget", "QSlider", "QTabBar", "QTextBrowser")

STANDARD_COLOURS = {"focus": "#1a73e8", "hint": "#444", "problem": "#b00020", "heading": "#1f3a4d"}
CONTRAST_COLOURS = {"focus": "#ffff00", "hint": "#ffffff", "problem": "#ff8080", "heading": "#ffffff"}

_MAIN = """
QWidget {{ font-size: 15pt; }}
QListWidget#sidebar {{ font-size: 16pt; background: #1f3a4d; color: white; border: none; padding-top: 12px; }}
QListWidget#sidebar::item {{ padding: 12px 18px; }}
QListWidget#sidebar::item:selected {{ background: #f2b134; color: #111; }}
QListWidget#sidebar:focus {{ outline: none; border: 4px solid #f2b134; }}
QLabel#screenHeading {{ font-size: 26pt; font-weight: bold; }}
QLabel#screenFact {{ font-size: 18pt; }}
QLabel#notYet {{ color: {hint}; font-style: italic; }}
QStatusBar QLabel {{ font-size: 12pt; padding: 2px 8px; }}
QLabel#sectionHeading {{ font-size: 20pt; font-weight: bold; }}
QLabel#fieldProblem {{ color: {problem}; font-weight: bold; }}
QLabel#hint {{ color: {hint}; }}
QLabel#bigCount {{ font-size: 28pt; font-weight: bold; color: {heading}; }}
QLineEdit#deskSearch {{ font-size: 26pt; padding: 8px; }}
QLabel#feedback {{ font-size: 18pt; padding: 6px 10px; border-radius: 6px; }}
QLabel#feedback[tone="welcome"] {{ background: #d9f2e1; color: #0b4d22; font-weight: bold; }}
QLabel#feedback[tone="warning"] {{ background: #fff1cc; color: #5c4200; font-weight: bold; }}
"""

# High contrast: white on black, yellow for focus and selection, every control outlined.
_CONTRAST = """
QWidget { background-color: #000000; color: #ffffff; selection-background-color: #ffff00;
          selection-color: #000000; }
QWidget:disabled { color: #c0c0c0; }
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView {
    background-color: #000000; color: #ffffff; border: 2px solid #ffffff; }
QComboBox QAbstractItemView { border: 2px solid #ffffff; }
QAbstractItemView { alternate-background-color: #1c1c1c; }
QAbstractItemView::item:selected { background-color: #ffff00; color: #000000; }
QPushButton, QToolButton { background-color: #000000; color: #ffffff; border: 2px solid #ffffff;
    border-radius: 4px; padding: 4px 12px; }
QPushButton:hover, QToolButton:hover { background-color: #303030; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background-color: #ffffff; color: #000000; }
QHeaderView::section { background-color: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 2px 6px; }
QTabBar::tab { background-color: #000000; color: #ffffff; border: 2px solid #ffffff; padding: 4px 10px; }
QTabBar::tab:selected { background-color: #ffffff; color: #000000; }
QCheckBox::indicator, QRadioButton::indicator { border: 2px solid #ffffff; background-color: #000000;
    width: 0.8em; height: 0.8em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background-color: #ffff00; }
QListWidget#sidebar { background-color: #000000; color: #ffffff; border-right: 2px solid #ffffff; }
QListWidget#sidebar::item:selected { background-color: #ffff00; color: #000000; }
QLabel#feedback[tone="welcome"] { background-color: #000000; color: #80ff80; border: 2px solid #80ff80; }
QLabel#feedback[tone="warning"] { background-color: #000000; color: #ffff00; border: 2px solid #ffff00; }
QToolTip { background-color: #000000; color: #ffffff; border: 2px solid #ffff00; }
QLineEdit, QTextEdit, QPlainTextEdit { placeholder-text-color: #c8c8c8; }
"""

_PT = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
_COLOUR_RULE = re.compile(r"(?<![\w-])[\w-]*(?:background|color)[\w-]*\s*:\s*[^;}]+;?")


def scale() -> int:
    return _scale


def theme() -> str:
    return _theme


def high_contrast() -> bool:
    """Whether the high-contrast theme is on (item models then leave colours to it)."""
    return _theme == HIGH_CONTRAST


def points(size: float) -> float:
    """A font size in points at the current text size."""
    return size * _scale / 100


def _scaled(css: str) -> str:
    return _PT.sub(lambda found: f"{float(found.group(1)) * _scale / 100:g}pt", css)


def _focus_rules(colour: str) -> str:
    """A strong frame around whatever has the keyboard focus."""
    kinds = ", ".join(f"{kind}:focus" for kind in FOCUSABLE if kind != "QTabBar")
    return (f"{kinds} {{ border: 3px solid {colour}; }}\n"
            f"QTabBar::tab:focus {{ border: 3px solid {colour}; }}\n"
            f"QAbstractItemView::item:focus {{ border: 2px solid {colour}; }}\n")


def style_sheet(text_scale: int | None = None, theme_name: str | None = None) -> str:
    """The main style sheet at a text size (per cent) and theme (the current ones by default)."""
    global _scale
    kept = _scale
    _scale = text_scale or _scale
    name = theme_name or _theme
    colours = CONTRAST_COLOURS if name == HIGH_CONTRAST else STANDARD_COLOURS
    try:
        css = _MAIN.format(**colours)
        if name == HIGH_CONTRAST:
            css += _CONTRAST
        css += _focus_rules(colours["focus"])
        return _scaled(css)
    finally:
        _scale = kept


def _contrast_rule(found: re.Match[str]) -> str:
    selector, body = found.group(1), found.group(2)
    body = _COLOUR_RULE.sub("", body)
    border = CONTRAST_COLOURS["focus"] if ":focus" in selector else "#ffffff"
    body = _HEX.sub(border, body)  # what is left with a colour is a border or an outline
    return f"{selector}{{{body}}}"


def screen_style(css: str) -> str:
    """A screen's own style sheet at the current text size and theme (in high contrast its own
    colours give way to the theme's: white borders, yellow focus)."""
    if _theme == HIGH_CONTRAST:
        css = _RULE.sub(_contrast_rule, css)
    return _scaled(css)


def _sheet(css: str, main: bool) -> str:
    return (style_sheet() if main else "") + screen_style(css)


def style(widget: QWidget, css: str = "", *, main: bool = False) -> None:
    """Give a widget a style sheet that follows the text size and the theme, now and when they
    change.  ``main`` puts the main style sheet first (for a window of its own)."""
    widget.setStyleSheet(_sheet(css, main))
    _styled.append((weakref.ref(widget), css, main))


def set_appearance(text_scale: int, theme_name: str) -> None:
    """Change the text size and theme and restyle every window that follows them."""
    global _scale, _theme
    if text_scale not in TEXT_SCALES:
        raise ValueError(f"unknown text size {text_scale}")
    _scale, _theme = text_scale, theme_name if theme_name == HIGH_CONTRAST else STANDARD
    alive = []
    for ref, css, main in _styled:
        widget = ref()
        if widget is None:
            continue
        try:
            widget.setStyleSheet(_sheet(css, main))
        except RuntimeError:  # the window is gone
            continue
        alive.append((ref, css, main))
    _styled[:] = alive
    for reference in list(_callbacks):
        method = reference()
        try:
            if method is not None:
                method()
                continue
        except RuntimeError:  # its window is gone
            pass
        _callbacks.remove(reference)


def on_change(method: Callable[[], object]) -> None:
    """Call a widget's method back after each change of text size or theme (to resize what
    follows the text); the widget is not kept alive by it."""
    _callbacks.append(weakref.WeakMethod(method))


def font(size: float = 15) -> QFont:
    """The font of text of ``size`` points at 100 %, at the current text size."""
    made = QFont()
    made.setPointSizeF(points(size))
    return made


def text_width(characters: float, size: float = 15) -> int:
    """The width of about ``characters`` average characters of text of ``size`` points (at
    100 %), so that widths grow with the text size instead of clipping it."""
    return round(QFontMetrics(font(size)).averageCharWidth() * characters)


def lines_height(lines: float, size: float = 15) -> int:
    """The height of ``lines`` lines of text of ``size`` points (at 100 %)."""
    return round(QFontMetrics(font(size)).lineSpacing() * lines)
