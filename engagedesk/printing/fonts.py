"""The fonts shipped in ``resources/fonts`` and the choice of one per run of text.

No single free TrueType font covers every name on a roster, so text is cut into runs by what
can draw it:

- ``EngageSans`` (DejaVu Sans): Latin with every accent, Vietnamese, Greek, Cyrillic, Hebrew,
  Armenian, Georgian, symbols.  The default.
- ``EngageArabic`` (Noto Sans Arabic): Arabic, Persian, Urdu; joined and put right to left by
  :mod:`engagedesk.printing.arabic` (reportlab has no shaping engine of its own).
- ``EngageDevanagari`` (Noto Sans Devanagari): Hindi, Marathi, Nepali.
- ``EngageCJK`` (Droid Sans Fallback): Chinese, Japanese kana and Korean hangul; no bold face.

:func:`markup` turns user text into escaped reportlab paragraph markup with ``<font>`` tags
around the runs that need another font; :func:`runs` gives the runs for drawing on a canvas.
Fonts are registered with reportlab the first time they are needed (the CJK font takes 80 ms).
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from engagedesk.printing import arabic
from engagedesk.resources_path import resource_file


@dataclass(frozen=True)
class Face:
    name: str          # reportlab font name (regular)
    regular: str       # file in resources/fonts
    bold: str | None   # file of the bold face, or None (bold falls back to regular)
    shapable: bool = True

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold" if self.bold else self.name


SANS = Face("EngageSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ARABIC = Face("EngageArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", shapable=False)
DEVANAGARI = Face("EngageDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
CJK = Face("EngageCJK", "DroidSansFallback.ttf", None)
FACES = (SANS, ARABIC, DEVANAGARI, CJK)

REGULAR = SANS.name
BOLD = SANS.bold_name

_lock = threading.Lock()
_registered: set[str] = set()


def _load(name: str, filename: str, shapable: bool) -> TTFont:
    with resource_file(f"fonts/{filename}") as path:
        # Arabic arrives shaped already: a shaping engine (uharfbuzz, if ever installed) would
        # reverse it a second time.
        return TTFont(name, str(path), shapable=shapable)


def register(face: Face = SANS) -> Face:
    """Make ``face`` (and its bold) known to reportlab; cheap after the first call."""
    if face.name in _registered:
        return face
    with _lock:
        if face.name in _registered:
            return face
        pdfmetrics.registerFont(_load(face.name, face.regular, face.shapable))
        if face.bold:
            pdfmetrics.registerFont(_load(face.bold_name, face.bold, face.shapable))
        bold = face.bold_name
        # <b> and <i> inside a paragraph keep to the same face (no italic is shipped).
        addMapping(face.name, 0, 0, face.name)
        addMapping(face.name, 1, 0, bold)
        addMapping(face.name, 0, 1, face.name)
        addMapping(face.name, 1, 1, bold)
        if bold != face.name:
            addMapping(bold, 0, 0, face.name)
            addMapping(bold, 1, 0, bold)
            addMapping(bold, 0, 1, face.name)
            addMapping(bold, 1, 1, bold)
        _registered.add(face.name)
    return face


@functools.cache
def _cmap(face: Face) -> frozenset[int] | dict[int, int]:
    register(face)
    return pdfmetrics.getFont(face.name).face.charToGlyph


def _script_face(char: str) -> Face | None:
    """The face a character's script calls for, or None when it has no script of its own."""
    code = ord(char)
    if code < 0x0590:
        category = unicodedata.category(char)
        return None if category[0] in "ZPSNMC" else SANS
    if arabic.is_arabic(char):
        return ARABIC if not unicodedata.category(char).startswith("N") else None
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or 0x1CD0 <= code <= 0x1CFF:
        return DEVANAGARI
    if (0x1100 <= code <= 0x11FF or 0x2E80 <= code <= 0x2FDF or 0x3000 <= code <= 0x9FFF
            or 0xA960 <= code <= 0xA97F or 0xAC00 <= code <= 0xD7FF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FFFF):
        return CJK
    category = unicodedata.category(char)
    if category[0] in "ZPSNMC":
        return None
    if code in _cmap(SANS):
        return SANS
    if code in _cmap(CJK):
        return CJK
    return SANS  # drawn as a missing-glyph box, never dropped


def _fits(face: Face, char: str) -> bool:
    code = ord(char)
    if face is SANS and code < 0x0590:
        return True
    return code in _cmap(face)


def runs(text: str) -> list[tuple[Face, str]]:
    """``text`` cut into (face, text) runs, in reading order.

    Spaces, digits, punctuation and combining marks stay with the run around them when its
    font has them, so a name is one run unless its scripts really change.
    """
    if not text:
        return []
    if text.isascii() or all(ord(ch) < 0x0590 for ch in text):
        return [(SANS, text)]
    result: list[tuple[Face, list[str]]] = []
    pending: list[str] = []  # neutral characters not yet given to a run

    def settle(next_face: Face | None) -> None:
        # Neutrals between two runs of one face belong to it; otherwise they go with the run
        # before (never into a right-to-left run they do not sit inside), or stand alone.
        last = result[-1][0] if result else None
        if last is not None and (last is next_face or last is not ARABIC) and all(_fits(last, ch) for ch in pending):
            result[-1][1].extend(pending)
        elif next_face is not None and next_face is not ARABIC and all(_fits(next_face, ch) for ch in pending):
            result.append((next_face, list(pending)))
        else:
            result.append((SANS, list(pending)))
        pending.clear()

    for char in text:
        face = _script_face(char)
        if face is None:
            pending.append(char)
            continue
        if pending:
            settle(face)
        if result and result[-1][0] is face:
            result[-1][1].append(char)
        else:
            result.append((face, [char]))
    if pending:
        settle(None)
    merged: list[tuple[Face, str]] = []
    for face, chars in result:
        piece = "".join(chars)
        if merged and merged[-1][0] is face:
            merged[-1] = (face, merged[-1][1] + piece)
        else:
            merged.append((face, piece))
    return [_arranged(face, piece) for face, piece in merged]


@functools.lru_cache(maxsize=4096)
def _sans_only(char: str) -> bool:
    face = _script_face(char)
    return face is SANS or (face is None and _fits(SANS, char))


def plain_sans(text: str) -> bool:
    """True when DejaVu Sans alone draws ``text`` in reading order (no other font, nothing to
    reverse): such text may be drawn as one plain string."""
    return all(ord(ch) < 0x0590 or _sans_only(ch) for ch in text)


def _arranged(face: Face, piece: str) -> tuple[Face, str]:
    if face is not ARABIC:
        return face, piece
    core = piece.strip()
    if not core:
        return face, piece
    start = piece.index(core[0])
    return face, piece[:start] + arabic.visual(core) + piece[start + len(core):]


def visual_runs(text: str) -> Iterator[tuple[Face, str]]:
    """Runs in drawing order, each face registered (for canvas drawing)."""
    for face, piece in runs(text):
        register(face)
        yield face, piece


@functools.lru_cache(maxsize=8192)
def markup(text: str | None, *, multiline: bool = False) -> str:
    """User text as reportlab paragraph markup: escaped, each run in a font that can draw it.

    ``<b>`` or ``<img src=...>`` typed by a user print as those very characters.  With
    ``multiline`` line breaks are kept (``<br/>``).
    """
    if not text:
        return ""
    if multiline and "\n" in text:
        return "<br/>".join(markup(line) for line in text.split("\n"))
    text = text.replace("\n", " ")
    parts = []
    for face, piece in runs(text):
        escaped = escape(piece)
        if face is SANS:
            parts.append(escaped)
        else:
            register(face)
            parts.append(f'<font name="{face.name}">{escaped}</font>')
    return "".join(parts)


def font_name(face: Face, bold: bool) -> str:
    return face.bold_name if bold else face.name


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide ``text`` draws at ``size`` points with the faces :func:`runs` picks."""
    return sum(pdfmetrics.stringWidth(piece, font_name(face, bold), size)
               for face, piece in visual_runs(text))


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text``, cut with an ellipsis if it is wider than ``width`` (for one-line headers)."""
    width += 0.01  # rounding: a text measured to fit exactly does fit
    if text_width(text, size, bold=bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def draw(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,  # noqa: ANN001
         align: str = "left") -> float:
    """Draw one line of user text on a canvas, run by run; returns its width."""
    width = text_width(text, size, bold=bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for face, piece in visual_runs(text):
        name = font_name(face, bold)
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    return width
