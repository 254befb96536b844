"""What every printed document shares: paper, the page frame, styles and the build.

Each page carries the organisation's name, the document's title and subject, its date, "Page n
of m" (a two-pass canvas: pages are kept until the count is known) and when it was generated.
Letter or A4, portrait or landscape, and a large-print option that scales the type and the rows.

Documents are built from plain data (see the other modules of this package); user text goes
through :func:`engagedesk.printing.fonts.markup`, which escapes it and picks its fonts.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus.doctemplate import LayoutError

from engagedesk.domain import i18n
from engagedesk.domain.i18n import translate
from engagedesk.printing import fonts

PAPERS = {"letter": LETTER, "a4": A4}
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1f3a4d")
Progress = Callable[[int], None]  # pages laid out so far
Cancelled_ = Callable[[], bool]


def tr(text: str) -> str:
    return translate("Printing", text)


class Cancelled(Exception):
    """The user stopped the build; nothing was written."""


@dataclass(frozen=True)
class PageOptions:
    paper: str = "letter"      # "letter" or "a4"
    landscape: bool = False
    large_print: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {sorted(PAPERS)}")

    @property
    def pagesize(self) -> tuple[float, float]:
        size = PAPERS[self.paper]
        return landscape(size) if self.landscape else size

    @property
    def scale(self) -> float:
        return 1.4 if self.large_print else 1.0


@dataclass(frozen=True)
class DocumentInfo:
    organisation: str
    title: str                 # what the document is: "Sign-in sheet"
    subject: str = ""          # what it is about: the meeting's or the campaign's title
    when: str = ""             # the date it is for, as printed
    generated_at: datetime = field(default_factory=datetime.now)
    logo: Path | None = None   # a local image file, drawn at the top left when given


# ------------------------------------------------------------------ styles


class Styles:
    """Paragraph styles for one size of print."""

    def __init__(self, options: PageOptions) -> None:
        fonts.register()
        s = options.scale
        self.scale = s
        # Table rows that do not fit a page are split inside the row only on a second try
        # (see build_pdf): splitting by default cuts ordinary rows at page ends.
        self.split_rows = False
        self.body_size = 10 * s

        def style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
                  colour: colors.Color = INK, align: int = TA_LEFT, before: float = 0,
                  after: float = 0) -> ParagraphStyle:
            return ParagraphStyle(
                name, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size,
                leading=leading or size * 1.25, textColor=colour, alignment=align,
                spaceBefore=before, spaceAfter=after, splitLongWords=1, allowWidows=0,
                allowOrphans=0)

        self.title = style("title", 20 * s, bold=True, after=4 * s, colour=ACCENT)
        self.subtitle = style("subtitle", 12 * s, colour=MUTED, after=10 * s)
        self.h1 = style("h1", 15 * s, bold=True, before=10 * s, after=5 * s, colour=ACCENT)
        self.h2 = style("h2", 12 * s, bold=True, before=8 * s, after=3 * s)
        self.body = style("body", 10 * s, after=4 * s)
        self.muted = style("muted", 9 * s, colour=MUTED, after=3 * s)
        self.cell = style("cell", 9.5 * s, leading=11.5 * s)
        self.cell_bold = style("cell_bold", 9.5 * s, bold=True, leading=11.5 * s)
        self.cell_small = style("cell_small", 8 * s, leading=9.5 * s, colour=MUTED)
        self.cell_right = style("cell_right", 9.5 * s, leading=11.5 * s, align=TA_RIGHT)
        self.cell_centre = style("cell_centre", 9.5 * s, leading=11.5 * s, align=TA_CENTER)
        self.head = style("head", 8.5 * s, bold=True, leading=10 * s, colour=colors.white)
        self.figure = style("figure", 22 * s, bold=True, leading=26 * s, align=TA_CENTER, colour=ACCENT)
        self.figure_label = style("figure_label", 8.5 * s, leading=10.5 * s, align=TA_CENTER, colour=MUTED)
        self.agenda_time = style("agenda_time", 11 * s, bold=True, leading=14 * s)
        self.agenda = style("agenda", 11 * s, leading=14 * s)
        self.quote = style("quote", 11 * s, leading=15 * s, before=4 * s)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=14 * s, bulletIndent=3 * s)


def para(text: str | None, style: ParagraphStyle, *, multiline: bool = False) -> Paragraph:
    """A paragraph of user text: escaped, fonts chosen per run."""
    return fonts.paragraph(fonts.markup(text or "", multiline=multiline), style)


def label(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the program's own words (translated text may hold any script)."""
    return fonts.paragraph(fonts.markup(text), style)


def format_when(starts_at: str, ends_at: str = "") -> str:
    """"Sunday 22 November 2026, 18:30–20:00" from the stored wall-clock times."""
    try:
        start = datetime.fromisoformat(starts_at)
    except ValueError:
        return starts_at
    text = i18n.format_date(start, "long")  # in the chosen language, as the window shows it
    if len(starts_at) > 10:
        text += f", {i18n.format_time(start)}"
        try:
            end = datetime.fromisoformat(ends_at) if ends_at else None
        except ValueError:
            end = None
        if end is not None:
            text += f"–{i18n.format_time(end)}" if end.date() == start.date() else f" – {format_when(ends_at)}"
    return text


def format_date(value: str | None) -> str:
    """"22 Nov 2026" from a date or a date-time; the text as it is when it is neither."""
    if not value:
        return ""
    try:
        day = datetime.fromisoformat(value[:10])
    except ValueError:
        return value
    return i18n.format_date(day)


# ------------------------------------------------------------------ small flowables


class NoteLines(Flowable):
    """A page of ruled lines for notes (fills the frame it is given)."""

    def __init__(self, spacing: float, heading: str = "") -> None:
        super().__init__()
        self.spacing = spacing
        self.heading = heading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        if self.heading:
            c.setFillColor(ACCENT)
            fonts.draw(c, 0, top - 14, self.heading, 13, bold=True)
            top -= 24
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        y = top - self.spacing
        while y > 0:
            c.line(0, y, self.width, y)
            y -= self.spacing


def figure_cells(figures: Sequence[tuple[str, str]], styles: Styles) -> list[list[Paragraph]]:
    """Big numbers with a label under each, as the two rows of a table."""
    return [[fonts.paragraph(fonts.markup(value), styles.figure) for value, _ in figures],
            [label(text, styles.figure_label) for _, text in figures]]


def gap(points: float) -> Spacer:
    return Spacer(1, points)


# ------------------------------------------------------------------ the page frame and the build


class _Margins:
    def __init__(self, options: PageOptions) -> None:
        s = options.scale
        self.side = 0.55 * inch if options.paper == "letter" else 14 * mm
        self.head_size = 11 * min(s, 1.25)
        self.sub_size = 8.5 * min(s, 1.25)
        self.foot_size = 8 * min(s, 1.25)
        self.top = 0.42 * inch  # from the paper's edge to the organisation's name
        self.rule = self.top + self.head_size * 1.3 + self.sub_size * 0.9  # down to the rule
        self.header = self.rule + 14 * min(s, 1.25)
        self.footer = 0.55 * inch + (self.foot_size - 8)


def _decorate(c: Canvas, info: DocumentInfo, options: PageOptions, page: int, total: int) -> None:
    width, height = options.pagesize
    m = _Margins(options)
    left, right = m.side, width - m.side
    top = height - m.top
    c.saveState()
    x = left
    if info.logo is not None:
        try:
            size = m.header - 0.45 * inch
            c.drawImage(str(info.logo), left, top - size + m.head_size * 0.8, width=size, height=size,
                        preserveAspectRatio=True, mask="auto")
            x += size + 8
        except Exception:  # noqa: BLE001 - a broken logo file never stops a document
            pass
    c.setFillColor(INK)
    when_width = fonts.text_width(info.when, m.sub_size) if info.when else 0
    room = right - x - when_width - 18
    fonts.draw(c, x, top, fonts.fit(info.organisation, room, m.head_size, bold=True), m.head_size, bold=True)
    c.setFillColor(MUTED)
    title = " · ".join(part for part in (info.title, info.subject) if part)
    fonts.draw(c, x, top - m.head_size * 1.3, fonts.fit(title, room, m.sub_size), m.sub_size)
    if info.when:
        fonts.draw(c, right, top - m.head_size * 1.3, info.when, m.sub_size, align="right")
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    rule_y = height - m.rule
    c.line(left, rule_y, right, rule_y)

    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    foot_y = 0.38 * inch
    c.line(left, foot_y + m.foot_size * 1.4, right, foot_y + m.foot_size * 1.4)
    c.setFillColor(MUTED)
    generated = tr("Generated {when} with EngageDesk").format(
        when=i18n.format_date_time(info.generated_at))
    fonts.draw(c, left, foot_y, generated, m.foot_size)
    c.setFillColor(INK)
    fonts.draw(c, right, foot_y, tr("Page {n} of {m}").format(n=page, m=total), m.foot_size,
               bold=True, align="right")
    c.restoreState()


def _canvas_maker(info: DocumentInfo, options: PageOptions) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the last, then draws the frame with "Page n of m" on all."""

        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                _decorate(self, info, options, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, options: PageOptions, info: DocumentInfo,
                 progress: Progress | None, cancelled: Cancelled_ | None) -> None:
        m = _Margins(options)
        super().__init__(
            target, pagesize=options.pagesize, leftMargin=m.side, rightMargin=m.side,
            topMargin=m.header, bottomMargin=m.footer, title=info.title + (f": {info.subject}" if info.subject else ""),
            author=info.organisation, subject=info.subject, creator="EngageDesk")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._cancelled = cancelled

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        if self._progress is not None:
            self._progress(self.page)


def frame_size(options: PageOptions) -> tuple[float, float]:
    """Width and height of the body of a page (inside the margins and the page frame)."""
    m = _Margins(options)
    width, height = options.pagesize
    return width - 2 * m.side, height - m.header - m.footer


def build_pdf(story: list[Flowable] | Callable[[Styles], list[Flowable]], info: DocumentInfo,
              options: PageOptions, *, progress: Progress | None = None,
              cancelled: Cancelled_ | None = None) -> bytes:
    """Lay out a story on pages and return the PDF; raises :class:`Cancelled` if asked to stop.

    ``story`` may be a function of the :class:`Styles`: if a table row is taller than a page
    (a note of thousands of characters), the story is made again with rows that may split.
    """
    fonts.register()
    styles = Styles(options)
    for attempt in (0, 1):
        styles.split_rows = bool(attempt)
        flowables = story(styles) if callable(story) else story
        buffer = io.BytesIO()
        document = _Document(buffer, options, info, progress, cancelled)
        try:
            document.build(flowables or [Spacer(1, 1)], canvasmaker=_canvas_maker(info, options))
        except LayoutError:
            if attempt or not callable(story):
                raise
            continue
        return buffer.getvalue()
    raise AssertionError("unreachable")
