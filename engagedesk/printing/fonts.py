"""The fonts shipped in ``resources/fonts`` and the choice of one per run of text.

No single free TrueType font covers every name on a roster, so text is cut into runs by what
can draw it:

- ``EngageSans`` (DejaVu Sans): Latin with every accent, Vietnamese, Greek, Cyrillic, Hebrew,
  Armenian, Georgian, symbols.  The default.
- ``EngageArabic`` (Noto Sans Arabic): Arabic, Persian, Urdu; shaped by HarfBuzz (joining forms
  of every letter, lam-alef and other ligatures, marks placed), each word right to left and the
  words of a run put in right-to-left order here (reportlab's shaping does no bidi).  Without
  HarfBuzz, :mod:`engagedesk.printing.arabic` joins the letters with presentation forms.
- ``EngageDevanagari`` (Noto Sans Devanagari): Hindi, Marathi, Nepali; shaped by HarfBuzz (the
  ``uharfbuzz`` package, through reportlab): vowel signs reordered, conjuncts and reph formed,
  marks placed.  Without ``uharfbuzz`` it prints unshaped and the log says so once.
- ``EngageCJK`` (Droid Sans Fallback): Chinese, Japanese kana and Korean hangul; no bold face.

:func:`markup` turns user text into escaped reportlab paragraph markup with ``<font>`` tags
around the runs that need another font; :func:`runs` gives the runs for drawing on a canvas.
Fonts are registered with reportlab the first time they are needed (the CJK font takes 80 ms).

Only runs in a shaped face go through HarfBuzz: a Latin, Greek, Cyrillic or CJK name is drawn
exactly as before and costs what it did.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _paragraph

from engagedesk.printing import arabic
from engagedesk.resources_path import resource_file

log = logging.getLogger(__name__)

# reportlab shapes with HarfBuzz when ``uharfbuzz`` imports (it looks when it is imported itself).
SHAPING = bool(getattr(ttfonts, "uharfbuzz", None)) and all(
    hasattr(ttfonts, name) for name in ("ShapedStr", "shapeStr", "shapeFragWord", "makeShapedFragWord",
                                        "makeToUnicodeCMap")) and hasattr(_paragraph, "shapeFragWord")


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
ARABIC = Face("EngageArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
DEVANAGARI = Face("EngageDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
CJK = Face("EngageCJK", "DroidSansFallback.ttf", None)
FACES = (SANS, ARABIC, DEVANAGARI, CJK)
SHAPED = (DEVANAGARI, ARABIC)  # faces whose runs HarfBuzz shapes
_SHAPED_FONTS = frozenset(name for face in SHAPED for name in (face.name, face.bold_name))
# Runs whose glyphs are not in reading order for a reason a PDF reader cannot know (a vowel sign
# drawn before its consonant): marked with their letters.  Right-to-left runs are read back by
# the reader's own bidi, from the letters of their glyphs.
_ACTUAL_TEXT_FONTS = frozenset((DEVANAGARI.name, DEVANAGARI.bold_name))
_OUR_FONTS = frozenset(name for face in FACES for name in (face.name, face.bold_name))

REGULAR = SANS.name
BOLD = SANS.bold_name

_lock = threading.Lock()
_registered: set[str] = set()


def _load(name: str, filename: str, shapable: bool) -> TTFont:
    with resource_file(f"fonts/{filename}") as path:
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
    if SHAPING:
        # HarfBuzz draws each word right to left; the words go right to left here.
        shown = "".join(reversed(re.split(r"(\s+)", core)))
    else:
        shown = arabic.visual(core)
    return face, piece[:start] + shown + piece[start + len(core):]


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
    """How wide ``text`` draws at ``size`` points with the faces :func:`runs` picks (shaped runs
    measured as shaped)."""
    return sum(_piece_width(face, piece, size, bold) for face, piece in visual_runs(text))


def _piece_width(face: Face, piece: str, size: float, bold: bool) -> float:
    name = font_name(face, bold)
    if face in SHAPED:
        drawn = shaped(piece, name, size)
        data = getattr(drawn, "__shapeData__", None)
        if data is not None:
            return sum(d.x_advance for d in data) * size / 1000
    return pdfmetrics.stringWidth(piece, name, size)


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


def drawn_runs(text: str, size: float, *, bold: bool = False) -> Iterator[tuple[str, str, float]]:
    """(font name, text to draw, width) for each run of one line, in drawing order; a shaped
    run's text carries its glyph positions (reportlab draws it as shaped)."""
    for face, piece in visual_runs(text):
        name = font_name(face, bold)
        drawn = shaped(piece, name, size) if face in SHAPED else piece
        yield name, drawn, _piece_width(face, piece, size, bold)


def draw(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,  # noqa: ANN001
         align: str = "left") -> float:
    """Draw one line of user text on a canvas, run by run; returns its width."""
    pieces = list(drawn_runs(text, size, bold=bold))
    width = sum(w for _, _, w in pieces)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for name, drawn, piece_width in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, drawn)
        x += piece_width
    return width


# ------------------------------------------------------------------ shaping (HarfBuzz)

_shape_lock = threading.RLock()
# HarfBuzz's own defaults, as a browser shapes (reportlab asks for discretionary ligatures too:
# a name like محمد would come out as one ornamental glyph)
_FEATURES: dict[str, bool] = {}
_warned = False


def _unshaped_once() -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning("text shaping is not available (needs the uharfbuzz package and reportlab 4.1 "
                    "or later): Devanagari prints without its conjuncts and with vowel signs out of "
                    "place, Arabic with simpler joining")


@functools.lru_cache(maxsize=4096)
def shaped(piece: str, font: str, size: float) -> str:
    """``piece`` shaped by HarfBuzz in ``font``: a reportlab ShapedStr (glyphs in drawing order
    with their positions), or ``piece`` itself when shaping is not available or changes nothing."""
    if not SHAPING:
        _unshaped_once()
        return piece
    if font not in _ACTUAL_TEXT_FONTS and any(ch.isspace() for ch in piece.strip()):
        # right to left: each word on its own (the run's words are in drawing order already)
        drawn = None
        for token in re.split(r"(\s+)", piece):
            if token:
                part = _shape_one(token, font, size)
                drawn = part if drawn is None else drawn + part
        return drawn if drawn is not None else piece
    return _shape_one(piece, font, size)


def _shape_one(piece: str, font: str, size: float) -> str:
    with _shape_lock:
        width = pdfmetrics.stringWidth(piece, font, size)
        word = [width, (_Frag(font, size), piece)]
        result = _original_shape(word, features=_FEATURES, force=True)
    drawn = result[1][1]
    if isinstance(drawn, ttfonts.ShapedStr):
        _learn(pdfmetrics.getFont(font), piece, drawn)
    return drawn


class _Frag:
    """The little a paragraph fragment carries that shaping reads."""

    __slots__ = ("fontName", "fontSize")

    def __init__(self, font: str, size: float) -> None:
        self.fontName = font
        self.fontSize = size


# Glyphs with no character of their own (a conjunct, the vowel sign i drawn before its
# consonant, a reph) get a private-use code from reportlab.  Each shaped cluster's glyphs are
# remembered with the letters they came from: a shaped run is marked with its letters in reading
# order (ActualText), and the PDF's ToUnicode map is told what a private glyph stands for when
# that is the same wherever it was seen, so text copied or searched from the PDF has the letters.
_cluster_letters: dict[tuple[str, str], str] = {}
_glyph_letters: dict[tuple[str, int], str] = {}  # "" once seen standing for different letters


def _has_private(text: str) -> bool:
    return any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)


def _is_private(char: str) -> bool:
    return 0xE000 <= ord(char) <= 0xF8FF


def _font_key(font) -> str:  # noqa: ANN001
    face = font.face
    return (face.name + getattr(face, "subfontNameX", b"")).decode("latin-1")


def _learn(font, text: str, drawn: str) -> None:  # noqa: ANN001
    """Note the letters of each cluster of ``drawn`` (shaped from ``text``) and, where it can
    be told, of each private-use glyph."""
    data = drawn.__shapeData__
    if _has_private(text) or len(data) != len(drawn):
        return
    key = _font_key(font)
    starts = sorted({d.cluster for d in data if 0 <= d.cluster < len(text)})
    for start, end in zip(starts, starts[1:] + [len(text)]):
        glyphs = [ch for ch, d in zip(drawn, data) if d.cluster == start]
        letters = list(text[start:end])
        if "".join(glyphs) != text[start:end]:
            _cluster_letters.setdefault((key, "".join(glyphs)), text[start:end])
        unknown = []
        for ch in glyphs:
            if _is_private(ch):
                unknown.append(ch)
            elif ch in letters:
                letters.remove(ch)
        named: dict[str, str] = {}
        if len(unknown) > 1 and unknown[0] == glyphs[0] and "\u093f" in letters:
            named[unknown.pop(0)] = "\u093f"  # the vowel sign i, drawn before its consonant
            letters.remove("\u093f")
        if len(unknown) > 1 and unknown[-1] == glyphs[-1] and letters[:2] == ["\u0930", "\u094d"]:
            named[unknown.pop()] = "\u0930\u094d"  # reph: ra + virama, drawn above the end
            del letters[:2]
        if len(unknown) == 1 and letters:
            named[unknown[0]] = "".join(letters)
        for ch in unknown:
            named.setdefault(ch, "")  # could not be told
        for ch, meaning in named.items():
            known = _glyph_letters.setdefault((key, ord(ch)), meaning)
            if known != meaning:
                _glyph_letters[(key, ord(ch))] = ""


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    cmap = _original_cmap(fontname, subset)
    key = fontname.split("+", 1)[-1]
    for index, code in enumerate(subset):
        meaning = _glyph_letters.get((key, code))
        if meaning:
            cmap = cmap.replace("<%02X> <%04X>" % (index, code), "<%02X> <%s>" % (index, _utf16(meaning)), 1)
    return cmap


def _logical(font, drawn: str) -> str | None:  # noqa: ANN001
    """The letters a shaped run stands for, in reading order (None: a cluster never seen)."""
    key = _font_key(font)
    out: list[str] = []
    group: list[str] = []
    cluster = object()

    def flush() -> bool:
        glyphs = "".join(group)
        group.clear()
        letters = _cluster_letters.get((key, glyphs))
        if letters is None:
            if _has_private(glyphs):
                return False
            letters = glyphs
        out.append(letters)
        return True

    for ch, d in zip(drawn, drawn.__shapeData__):
        if d.cluster != cluster:
            if group and not flush():
                return None
            cluster = d.cluster
        group.append(ch)
    if group and not flush():
        return None
    return "".join(out)


def _format_text(self, text):  # noqa: ANN001, ANN201
    """reportlab's text operators, a shaped run marked with the text it stands for (PDF
    ActualText), so copying or searching the PDF gives the letters in reading order."""
    code = _original_format(self, text)
    if isinstance(text, ttfonts.ShapedStr) and self._fontname in _ACTUAL_TEXT_FONTS:
        actual = _logical(pdfmetrics.getFont(self._fontname), text)
        if actual and actual != text:
            return f"/Span <</ActualText <FEFF{_utf16(actual)}>>> BDC {code} EMC"
    return code


def _shaped_width(text: str, frag) -> float:  # noqa: ANN001
    data = getattr(text, "__shapeData__", None)
    if data is None:
        return pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
    return sum(d.x_advance for d in data) * frag.fontSize / 1000


def _shape_frag_word(word, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
    """A word of a paragraph, its runs in a shaped face shaped; everything else as it was.

    reportlab would shape the whole word with its first fragment's font (a Latin letter or a
    comma next to Devanagari would come out as empty boxes) and shape Latin words too; here each
    run in one shaped font is shaped on its own and the rest is left alone.
    """
    pieces = word[1:]
    fonts_used = {getattr(f, "fontName", None) for f, _ in pieces}
    if not fonts_used & _OUR_FONTS:
        return _original_shape(word, *args, **kwargs)
    if not fonts_used & _SHAPED_FONTS or any(hasattr(f, "cbDefn") for f, _ in pieces):
        return word
    out: list = []
    total = 0.0
    changed = False
    index = 0
    while index < len(pieces):
        f, text = pieces[index]
        end = index + 1
        if f.fontName in _SHAPED_FONTS:
            while end < len(pieces) and pieces[end][0].fontName == f.fontName \
                    and pieces[end][0].fontSize == f.fontSize:
                end += 1
            group = pieces[index:end]
            if any(isinstance(t, ttfonts.ShapedStr) or _has_private(t) for _, t in group):
                # shaped already (a paragraph split across pages wraps its words again)
                out.extend(group)
                total += sum(_shaped_width(t, g) for g, t in group)
                index = end
                continue
            if len(group) == 1:
                # one run in one font: shaped once per text, font and size (names repeat)
                drawn = shaped(text, f.fontName, f.fontSize)
                if isinstance(drawn, ttfonts.ShapedStr):
                    changed = True
                    out.append((f, drawn))
                    total += _shaped_width(drawn, f)
                else:
                    out.append(group[0])
                    total += pdfmetrics.stringWidth(text, f.fontName, f.fontSize)
                index = end
                continue
            source = "".join(t for _, t in group)
            width = sum(pdfmetrics.stringWidth(t, g.fontName, g.fontSize) for g, t in group)
            with _shape_lock:
                result = _original_shape([width, *group], features=_FEATURES)
            if result is not None and len(result) > 1 and isinstance(result[1][1], ttfonts.ShapedStr):
                changed = True
                out.extend(result[1:])
                total += result[0]
                whole = result[1][1]
                for _, more in result[2:]:
                    whole = whole + more
                _learn(pdfmetrics.getFont(f.fontName), source, whole)
            else:
                out.extend(group)
                total += width
        else:
            out.append(pieces[index])
            total += pdfmetrics.stringWidth(text, f.fontName, f.fontSize)
        index = end
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([total, *out])


if SHAPING:
    _original_shape = ttfonts.shapeFragWord
    _original_cmap = ttfonts.makeToUnicodeCMap
    if getattr(_paragraph.shapeFragWord, "__module__", "") != __name__:
        _paragraph.shapeFragWord = _shape_frag_word
    if getattr(ttfonts.makeToUnicodeCMap, "__module__", "") != __name__:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    if getattr(PDFTextObject._formatText, "__module__", "") != __name__:
        _original_format = PDFTextObject._formatText
        PDFTextObject._formatText = _format_text


def needs_shaping(markup_text: str) -> bool:
    """Does paragraph markup from :func:`markup` hold a run that HarfBuzz must shape?"""
    return any(f'name="{face.name}"' in markup_text for face in SHAPED)


def style_for(markup_text: str, style: ParagraphStyle) -> ParagraphStyle:
    """``style``, or its shaping twin when the markup holds a run in a shaped face (a Latin
    paragraph keeps reportlab's fast unshaped path)."""
    if not needs_shaping(markup_text):
        return style
    if not SHAPING:
        _unshaped_once()
        return style
    twin = style.__dict__.get("_shaping_twin")
    if twin is None:
        twin = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        style.__dict__["_shaping_twin"] = twin
    return twin


def paragraph(markup_text: str, style: ParagraphStyle, **kwargs) -> Paragraph:  # noqa: ANN003
    """A reportlab Paragraph of :func:`markup` text, shaped where its scripts need it."""
    return Paragraph(markup_text, style_for(markup_text, style), **kwargs)
