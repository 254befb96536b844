"""The sign-in sheet: numbered rows, pre-filled with the people expected or blank to write on.

Pre-filled rows carry a box to tick and a short code, so a volunteer can key the paper back in
fast; blank rows are taller, for handwriting.  The columns are chosen from :data:`COLUMNS`.
Names wrap inside their cell (long words are split) and never run over into the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from engagedesk.printing import fonts
from engagedesk.printing.base import (
    ACCENT, INK, RULE, SHADE, DocumentInfo, PageOptions, Styles, build_pdf, frame_size,
    label, para, tr,
)

COLUMNS = ("name", "email", "phone", "postal_code", "may_contact", "language", "signature")
DEFAULT_COLUMNS = ("name", "may_contact", "signature")
DEFAULT_BLANK_COLUMNS = ("name", "email", "phone", "postal_code", "may_contact", "signature")


def column_titles() -> dict[str, str]:
    return {"name": tr("Name"), "email": tr("E-mail"), "phone": tr("Phone"),
            "postal_code": tr("Postal code"), "may_contact": tr("OK to contact?"),
            "language": tr("Language"), "signature": tr("Signature")}


# Share of the free width each column takes (after the fixed ones).
_WEIGHTS = {"name": 3.0, "email": 2.6, "phone": 1.6, "postal_code": 1.0, "language": 0.9, "signature": 2.4}
# Width of a column of a blank sheet, for handwriting (inches).
_BLANK_WIDTH = {"name": 2.2 * inch, "email": 2.0 * inch, "phone": 1.2 * inch, "postal_code": 0.8 * inch,
                "language": 0.8 * inch}
_FIXED = {"may_contact": 0.75 * inch}
MAX_CELL_LINES = 6


@dataclass(frozen=True)
class SignInRow:
    name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    may_contact: bool = False
    language: str = ""
    code: str = ""          # short code to key the row back in
    signed_in: bool = False  # already checked in: printed ticked


@dataclass(frozen=True)
class SignInSheet:
    meeting_title: str
    when: str = ""
    place: str = ""
    rows: tuple[SignInRow, ...] = ()   # pre-filled rows, in the order printed
    blank_rows: int = 0                # numbered blank rows after them
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    note: str = ""                     # a line under the title ("Please tick your name…")

    def __post_init__(self) -> None:
        unknown = [c for c in self.columns if c not in COLUMNS]
        if unknown:
            raise ValueError(f"unknown sign-in columns: {unknown}")


def _content_width(texts: Sequence[str], size: float, *, share: float = 1.0) -> float:
    """About the width that fits ``share`` of ``texts`` on one line (1.0: all of them); measured
    on the longest few, by character count."""
    present = sorted((t for t in texts if t), key=len, reverse=True)
    if not present:
        return 0.0
    skip = int(len(present) * (1 - share)) if len(present) >= 20 else 0
    widths = [stringWidth(t, fonts.REGULAR, size) if fonts.plain_sans(t) else fonts.text_width(t, size)
              for t in present[skip:skip + 25]]
    return max(widths)


_UNBROKEN = ("phone", "postal_code", "language")  # short values that should never wrap


def _widths(columns: Sequence[str], total: float, styles: Styles, *, rows: Sequence[SignInRow],
            prefilled: bool, row_count: int) -> list[float]:
    """Column widths that fit the page: fixed ones for the number, tick, "OK to contact" and
    code; the others get what their longest value needs when the page allows, else shrink
    towards the longest word of their heading (names and e-mails then wrap; short values such
    as postal codes keep their room).  Room left over goes to the name and the signature."""
    s = styles.scale
    size = styles.cell.fontSize
    titles = column_titles()
    number = max(0.32 * inch, stringWidth(str(max(row_count, 1)), fonts.REGULAR, 9.5 * s) + 10)
    fixed = [number] + ([0.32 * inch * s] if prefilled else [])
    code = max(0.55 * inch * s, _content_width([r.code for r in rows], 8 * s) + 12) if prefilled else 0
    shared = [c for c in columns if c not in _FIXED]
    free = total - sum(fixed) - code - sum(_FIXED[c] * s for c in columns if c in _FIXED)
    heading = {c: max(stringWidth(word, fonts.BOLD, styles.head.fontSize) for word in titles[c].split()) + 8
               for c in shared}
    desired: dict[str, float] = {}
    for c in shared:
        if c == "signature":
            desired[c] = 1.3 * inch * s
        else:
            # The longest few names and e-mails may wrap rather than squeeze every other column.
            share = 1.0 if c in _UNBROKEN else 0.97
            content = _content_width([getattr(r, c) for r in rows], size, share=share) + 9 if rows \
                else _BLANK_WIDTH[c] * s
            desired[c] = max(heading[c], min(content, free * 0.45))
    least = {c: max(heading[c], desired[c] if c in _UNBROKEN else 0) for c in shared}
    if "signature" in least:
        least["signature"] = max(least["signature"], 0.8 * inch * s)
    if "signature" in desired and sum(desired.values()) > free:
        # The signature column gives way first: a signature fits in less room than a name.
        over = sum(desired.values()) - free
        desired["signature"] = max(least["signature"], desired["signature"] - over)
    if sum(desired.values()) <= free:
        given = dict(desired)
        spare = free - sum(given.values())
        takers = [c for c in shared if c in ("name", "signature")] or shared
        weight = sum(_WEIGHTS[c] for c in takers)
        for c in takers:
            given[c] += spare * _WEIGHTS[c] / weight
    else:
        room = max(0.0, free - sum(least.values()))
        want = sum(desired[c] - least[c] for c in shared) or 1
        given = {c: least[c] + room * (desired[c] - least[c]) / want for c in shared}
    widths = fixed + [_FIXED[c] * s if c in _FIXED else given[c] for c in columns]
    if prefilled:
        widths.append(code)
    return widths


class _Row:
    """One row of the grid: its cells and its height."""

    __slots__ = ("cells", "height", "shade")

    def __init__(self, cells: list, height: float, shade: bool) -> None:
        self.cells = cells
        self.height = height
        self.shade = shade


class SignInGrid(Flowable):
    """The rows of a sign-in sheet, drawn straight on the canvas with a header row on each page.

    reportlab's Table lays out and draws every cell through general machinery; a sheet of 1,000
    names took 0.6 s that way.  Here a one-line Latin cell is a string drawn in one text object
    per page, tick boxes are rectangles, and only a cell that must wrap (long or non-Latin text)
    is a Paragraph.  Splits between rows, never inside one.

    A cell is ``""`` (empty), a ``str`` (one line, fits), a :class:`Paragraph`, or a tick box:
    ``True`` (ticked) / ``False`` (empty).
    """

    def __init__(self, widths: list[float], header: list[Paragraph], rows: list[_Row],
                 styles: Styles, *, aligns: list[str], header_height: float | None = None,
                 start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.widths = widths
        self.header = header
        self.rows = rows
        self.styles = styles
        self.aligns = aligns
        self.start = start
        self.end = len(rows) if end is None else end
        self.header_height = header_height if header_height is not None else self._header_height()
        self.width = sum(widths)

    def _header_height(self) -> float:
        pad = 4 * self.styles.scale
        return max(p.wrap(w - 6, 1000)[1] for p, w in zip(self.header, self.widths)) + 2 * pad

    def _height(self, start: int, end: int) -> float:
        return self.header_height + sum(row.height for row in self.rows[start:end])

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self._height(self.start, self.end)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height
        end = self.start
        while end < self.end and room >= self.rows[end].height:
            room -= self.rows[end].height
            end += 1
        if end == self.start:
            return []  # not even one row fits here: the frame moves on to the next page
        return [self._part(self.start, end), self._part(end, self.end)]

    def _part(self, start: int, end: int) -> SignInGrid:
        return SignInGrid(self.widths, self.header, self.rows, self.styles, aligns=self.aligns,
                          header_height=self.header_height, start=start, end=end)

    def draw(self) -> None:
        c = self.canv
        s = self.styles.scale
        size = self.styles.cell.fontSize
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)
        top = self.height
        # header
        c.setFillColor(ACCENT)
        c.rect(0, top - self.header_height, self.width, self.header_height, stroke=0, fill=1)
        for paragraph, x, w in zip(self.header, edges, self.widths):
            _, h = paragraph.wrap(w - 6, 1000)
            paragraph.drawOn(c, x + 3, top - self.header_height + (self.header_height - h) / 2)
        y = top - self.header_height
        # shading first, then text and boxes, then the grid over all
        c.setFillColor(SHADE)
        row_tops = []
        for row in self.rows[self.start:self.end]:
            row_tops.append(y)
            if row.shade:
                c.rect(0, y - row.height, self.width, row.height, stroke=0, fill=1)
            y -= row.height
        bottom = y
        text = c.beginText()
        text.setFillColor(INK)
        current_font = None
        box = 11 * s
        boxes: list[tuple[float, float, bool]] = []
        paragraphs: list[tuple[Paragraph, float, float]] = []
        for row, row_top in zip(self.rows[self.start:self.end], row_tops):
            middle = row_top - row.height / 2
            for index, cell in enumerate(row.cells):
                if cell == "" or cell is None:
                    continue
                x, w = edges[index], self.widths[index]
                if cell is True or cell is False:
                    boxes.append((x + (w - box) / 2, middle - box / 2, cell))
                elif isinstance(cell, str):
                    font, cell_size = (fonts.BOLD, 8 * s) if self.aligns[index] == "code" else (fonts.REGULAR, size)
                    if (font, cell_size) != current_font:
                        text.setFont(font, cell_size)
                        current_font = (font, cell_size)
                    if self.aligns[index] == "left":
                        left = x + 4
                    else:
                        left = x + w - 4 - stringWidth(cell, font, cell_size)
                    text.setTextOrigin(left, middle - cell_size * 0.35)
                    text.textOut(cell)
                else:
                    paragraphs.append((cell, x + 4, middle))
        c.drawText(text)
        for paragraph, x, middle in paragraphs:
            paragraph.drawOn(c, x, middle - paragraph.height / 2)
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        for x, y0, ticked in boxes:
            c.rect(x, y0, box, box)
        ticks = [(x + 0.2 * box, y0 + 0.5 * box, x + 0.42 * box, y0 + 0.22 * box) for x, y0, t in boxes if t]
        ticks += [(x + 0.42 * box, y0 + 0.22 * box, x + 0.82 * box, y0 + 0.82 * box) for x, y0, t in boxes if t]
        if ticks:
            c.setLineWidth(1.4)
            c.lines(ticks)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        lines = [(0, t, self.width, t) for t in row_tops[1:]] + [(0, bottom, self.width, bottom)]
        lines += [(x, bottom, x, top) for x in edges]
        lines.append((0, top, self.width, top))
        c.lines(lines)


def _cell(text: str, width: float, style) -> str | Paragraph:  # noqa: ANN001
    """A plain string when one line of Latin text fits the cell, else a wrapping Paragraph."""
    if not text:
        return ""
    if (fonts.plain_sans(text) and "\n" not in text
            and stringWidth(text, fonts.REGULAR, style.fontSize) <= width - 8):
        return text
    paragraph = fonts.paragraph(fonts.markup(text), style)
    paragraph.wrap(width - 8, 10_000)
    while paragraph.height > MAX_CELL_LINES * style.leading and len(text) > 1:
        # A row must fit on a page: text that would run past a few lines is cut short.
        text = text[: max(1, int(len(text) * MAX_CELL_LINES * style.leading / paragraph.height) - 1)]
        paragraph = fonts.paragraph(fonts.markup(text.rstrip() + "…"), style)
        paragraph.wrap(width - 8, 10_000)
    return paragraph


def sheet_story(sheet: SignInSheet, options: PageOptions, styles: Styles) -> list[Flowable]:
    """The sheet's heading and rows, to stand alone or to go into a meeting packet."""
    s = styles.scale
    width, _ = frame_size(options)
    prefilled = bool(sheet.rows)
    total_rows = len(sheet.rows) + sheet.blank_rows
    story: list[Flowable] = [para(sheet.meeting_title, styles.title)]
    where = " · ".join(part for part in (sheet.when, sheet.place) if part)
    if where:
        story.append(para(where, styles.subtitle))
    note = sheet.note or (
        tr("Find your name and tick the box; if it is not here, please write it on a blank row.")
        if prefilled and sheet.blank_rows else
        tr("Find your name and tick the box.") if prefilled else
        tr("Please write your name on a row. Tick “OK to contact?” if we may tell you about what comes next."))
    story.append(label(note, styles.muted))
    story.append(Spacer(1, 4 * s))
    if total_rows == 0:
        story.append(label(tr("No rows were asked for."), styles.body))
        return story

    columns = list(sheet.columns)
    widths = _widths(columns, width, styles, rows=sheet.rows, prefilled=prefilled, row_count=total_rows)
    titles = column_titles()
    header = [fonts.paragraph("#", styles.head)] + ([fonts.paragraph("✓", styles.head)] if prefilled else [])
    header += [fonts.paragraph(fonts.markup(titles[c]), styles.head) for c in columns]
    aligns = ["right"] + (["box"] if prefilled else []) + ["left"] * len(columns)
    if prefilled:
        header.append(fonts.paragraph(fonts.markup(tr("Code")), styles.head))
        aligns.append("code")
    first = 2 if prefilled else 1
    pad = 5 * s
    line_height = styles.cell.leading + 2 * pad
    rows: list[_Row] = []
    for number, person in enumerate(sheet.rows, start=1):
        cells: list = [str(number), person.signed_in]
        height = line_height
        for index, column in enumerate(columns):
            if column == "may_contact":
                cells.append(person.may_contact)
            elif column == "signature":
                cells.append("")
            else:
                cell = _cell(getattr(person, column), widths[first + index], styles.cell)
                if isinstance(cell, Paragraph):
                    height = max(height, cell.height + 2 * pad)
                cells.append(cell)
        cells.append(person.code)
        rows.append(_Row(cells, height, number % 2 == 0))
    blank_height = max(line_height, 27 * s)
    for number in range(len(sheet.rows) + 1, total_rows + 1):
        cells = [str(number)] + ([""] if prefilled else [])
        cells += [False if column == "may_contact" else "" for column in columns]
        if prefilled:
            cells.append("")
        rows.append(_Row(cells, blank_height, number % 2 == 0))
    story.append(SignInGrid(widths, header, rows, styles, aligns=aligns))
    return story


def signin_info(organisation: str, sheet: SignInSheet, **extra) -> DocumentInfo:  # noqa: ANN003
    title = tr("Sign-in sheet")
    return DocumentInfo(organisation=organisation, title=title,
                        subject="" if sheet.meeting_title == title else sheet.meeting_title, when=sheet.when, **extra)


def build_signin(organisation: str, sheet: SignInSheet, options: PageOptions, **build) -> bytes:  # noqa: ANN003
    """The sign-in sheet as a PDF."""
    return build_pdf(lambda styles: sheet_story(sheet, options, styles), signin_info(organisation, sheet),
                     options, **build)
