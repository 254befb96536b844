"""Bar charts drawn with reportlab's graphics, labels in any script.

reportlab's own chart classes draw every label in one font; themes and answers are typed by
users in any language, so the labels here are drawn run by run (see :mod:`fonts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from engagedesk.domain.i18n import format_number
from engagedesk.printing import fonts
from engagedesk.printing.base import ACCENT, INK, MUTED, RULE

BAR = colors.HexColor("#2f6f95")


def _label(text: str, x: float, y: float, size: float, *, colour: colors.Color = INK,
           anchor: str = "start", bold: bool = False) -> Group:
    """One line of user text as Strings, one per font run."""
    group = Group()
    pieces = list(fonts.drawn_runs(text, size, bold=bold))
    width = sum(w for _, _, w in pieces)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    for name, drawn, piece_width in pieces:
        # a shaped run keeps its glyph positions: reportlab's PDF renderer draws it as shaped
        group.add(String(x, y, drawn, fontName=name, fontSize=size, fillColor=colour))
        x += piece_width
    return group


def bar_chart(items: Sequence[tuple[str, int]], width: float, *, scale: float = 1.0,
              bar_colour: colors.Color = BAR, title: str = "") -> Drawing:
    """Horizontal bars, one per (label, count), largest first as given; counts at the bar ends.

    Labels longer than a third of the width are cut with an ellipsis.  An empty list gives a
    short drawing that says there is nothing to show.
    """
    size = 9 * scale
    row = 17 * scale
    head = (size * 1.8) if title else 0
    if not items:
        drawing = Drawing(width, row + head)
        if title:
            drawing.add(_label(title, 0, row + 2, size * 1.1, bold=True))
        drawing.add(_label("—", 0, row * 0.3, size, colour=MUTED))
        return drawing
    label_room = min(width * 0.38, max(fonts.text_width(text, size) for text, _ in items) + 6)
    biggest = max(count for _, count in items) or 1
    count_room = stringWidth(format_number(biggest), fonts.BOLD, size) + 8
    bar_room = max(20.0, width - label_room - count_room)
    height = row * len(items) + head + 4
    drawing = Drawing(width, height)
    if title:
        drawing.add(_label(title, 0, height - size * 1.2, size * 1.1, bold=True))
    for index, (text, count) in enumerate(items):
        y = height - head - (index + 1) * row
        shown = fonts.fit(text, label_room - 6, size)
        drawing.add(_label(shown, label_room - 6, y + row * 0.3, size, anchor="end"))
        length = bar_room * count / biggest
        drawing.add(Rect(label_room, y + row * 0.15, max(length, 0.8), row * 0.7,
                         fillColor=bar_colour, strokeColor=None))
        drawing.add(String(label_room + length + 4, y + row * 0.3, format_number(count), fontName=fonts.BOLD,
                           fontSize=size, fillColor=ACCENT))
    drawing.add(Rect(label_room, 2, 0.6, height - head - 2, fillColor=RULE, strokeColor=None))
    return drawing
