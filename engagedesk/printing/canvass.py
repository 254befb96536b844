"""The canvass summary of a campaign: doors, outcomes, a chart per question and per turf."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.printing import fonts
from engagedesk.printing.base import (
    ACCENT, RULE, SHADE, DocumentInfo, PageOptions, Styles, build_pdf, figure_cells, frame_size,
    label, para, tr,
)
from engagedesk.printing.charts import bar_chart


@dataclass(frozen=True)
class QuestionTally:
    prompt: str
    counts: tuple[tuple[str, int], ...] = ()   # (answer, how many), in the options' order
    answered: int = 0                          # knocks that answered it
    free_text: tuple[str, ...] = ()            # some written answers (free-text questions)


@dataclass(frozen=True)
class TurfTally:
    name: str
    canvasser: str
    doors: int
    knocked: int
    contacted: int


@dataclass(frozen=True)
class CanvassSummary:
    campaign: str
    dates: str = ""
    knocks: int = 0
    outcomes: tuple[tuple[str, int], ...] = ()
    questions: tuple[QuestionTally, ...] = ()
    turfs: tuple[TurfTally, ...] = ()
    doors_total: int | None = None       # doors of the campaign (None: add up the turfs)
    knocked_total: int | None = None
    contacted_total: int | None = None

    @property
    def doors(self) -> int:
        return self.doors_total if self.doors_total is not None else sum(t.doors for t in self.turfs)

    @property
    def knocked(self) -> int:
        return self.knocked_total if self.knocked_total is not None else sum(t.knocked for t in self.turfs)

    @property
    def contacted(self) -> int:
        return self.contacted_total if self.contacted_total is not None else sum(t.contacted for t in self.turfs)


def canvass_story(summary: CanvassSummary, options: PageOptions, styles: Styles) -> list[Flowable]:
    width, _ = frame_size(options)
    s = styles.scale
    story: list[Flowable] = [para(summary.campaign, styles.title)]
    if summary.dates:
        story.append(para(summary.dates, styles.subtitle))
    figures = [(format_number(summary.doors), tr("doors in turfs")),
               (format_number(summary.knocked), tr("doors knocked")),
               (format_number(summary.contacted), tr("doors with a conversation")),
               (format_number(summary.knocks), tr("knocks in all"))]
    table = Table(figure_cells(figures, styles), colWidths=[width / 4] * 4)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                               ("TOPPADDING", (0, 0), (-1, 0), 8 * s), ("BOTTOMPADDING", (0, 1), (-1, 1), 8 * s),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE)]))
    story.append(table)
    if not summary.knocks:
        story.append(label(tr("No doors have been knocked in this campaign yet."), styles.body))

    story.append(label(tr("Outcomes at the door"), styles.h2))
    story.append(bar_chart(list(summary.outcomes), width * 0.9, scale=s))

    if summary.turfs:
        story.append(CondPageBreak(150 * s))
        story.append(label(tr("By turf"), styles.h2))
        head = [tr("Turf"), tr("Canvasser"), tr("Doors"), tr("Knocked"), tr("Conversations")]
        data: list[list] = [[fonts.paragraph(fonts.markup(text), styles.head) for text in head]]
        for turf in summary.turfs:
            data.append([para(turf.name, styles.cell), para(turf.canvasser or "—", styles.cell),
                         format_number(turf.doors), format_number(turf.knocked), format_number(turf.contacted)])
        story.append(Table(data, colWidths=[width * f for f in (0.36, 0.22, 0.12, 0.14, 0.16)], repeatRows=1,
                           splitInRow=int(styles.split_rows), style=TableStyle([
                               ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("FONT", (0, 1), (-1, -1), fonts.REGULAR, 9.5 * s),
                               ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE])])))
        if len(summary.turfs) > 1:
            story.append(bar_chart([(t.name, t.contacted) for t in summary.turfs], width * 0.9, scale=s,
                                   title=tr("Doors with a conversation, per turf")))

    for number, question in enumerate(summary.questions, start=1):
        story.append(CondPageBreak(120 * s))
        story.append(para(f"Q{number}. {question.prompt}", styles.h2))
        story.append(label(count_text(question.answered, tr("1 answered"), tr("{n} answered")), styles.muted))
        if question.counts:
            story.append(bar_chart(list(question.counts), width * 0.9, scale=s))
        if question.free_text:
            story.extend(fonts.paragraph(fonts.markup(text), styles.bullet, bulletText="•") for text in question.free_text)
        if not question.counts and not question.free_text:
            story.append(label(tr("No answers yet."), styles.body))
    return story


def build_canvass(organisation: str, summary: CanvassSummary, options: PageOptions, **build) -> bytes:  # noqa: ANN003
    info = DocumentInfo(organisation=organisation, title=tr("Canvass summary"), subject=summary.campaign,
                        when=summary.dates)
    return build_pdf(lambda styles: canvass_story(summary, options, styles), info, options, **build)
