"""The meeting summary: one or two pages that can go to a city council.

Attendance figures (new and returning people), the top themes as a bar chart, decisions, the
action items as a table, quotes (named only when the speaker agreed to be quoted), and how many
voices were heard.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.printing import fonts
from engagedesk.printing.base import (
    ACCENT, RULE, SHADE, DocumentInfo, PageOptions, Styles, build_pdf, figure_cells,
    frame_size, gap, label, para, tr,
)
from engagedesk.printing.charts import bar_chart


@dataclass(frozen=True)
class ActionRow:
    text: str
    owner: str = ""
    due: str = ""          # as printed ("12 Dec 2026")
    status: str = "open"   # "open", "done", "dropped"
    origin: str = ""       # the meeting it came from (for open items of earlier meetings)


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str  # a name only with the speaker's consent, else "a participant"


@dataclass(frozen=True)
class Voices:
    speakers: int                          # different people on the roster who spoke
    notes: int                             # notes taken
    first_time_share: float | None = None  # of named contributions, by people at their first meeting
    not_heard: int = 0                     # signed in (not facilitating), nothing said recorded
    by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MeetingSummary:
    title: str
    when: str = ""
    place: str = ""
    total: int = 0
    new: int = 0
    returning: int = 0
    walk_ins: int = 0
    by_role: dict[str, int] = field(default_factory=dict)
    volunteer_hours: float = 0.0
    themes: tuple[tuple[str, int], ...] = ()
    decisions: tuple[str, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    quotes: tuple[Quote, ...] = ()
    voices: Voices = Voices(0, 0)
    open_questions: tuple[str, ...] = ()   # questions asked and not answered yet
    feedback: str = ""                     # one line on the exit feedback cards, if any
    top_themes: int = 8


KIND_LABELS = {"comment": ("1 comment", "{n} comments"), "question": ("1 question", "{n} questions"),
               "concern": ("1 concern", "{n} concerns"), "idea": ("1 idea", "{n} ideas"),
               "quote": ("1 quote", "{n} quotes"), "decision": ("1 decision", "{n} decisions"),
               "action": ("1 action", "{n} actions")}
ROLE_LABELS = {"speaker": ("speaker", "speakers"), "volunteer": ("volunteer", "volunteers"),
               "facilitator": ("facilitator", "facilitators"), "staff": ("staff member", "staff members")}
STATUS_LABELS = {"open": "Open", "done": "Done", "dropped": "Dropped"}


def _table_style(styles: Styles, *, header: bool = True) -> list:
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * styles.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * styles.scale),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE])]
    return commands


def action_table(actions: tuple[ActionRow, ...], styles: Styles, width: float, *,
                 with_origin: bool = False) -> Table:
    """Action items: what, who, by when, status (and the meeting it came from)."""
    head = [tr("Action"), tr("Who"), tr("Due")] + ([tr("From")] if with_origin else [tr("Status")])
    data: list[list] = [[fonts.paragraph(fonts.markup(text), styles.head) for text in head]]
    for action in actions:
        last = action.origin if with_origin else tr(STATUS_LABELS.get(action.status, action.status))
        what = fonts.markup(action.text, multiline=True)
        if action.origin and not with_origin:
            what += f"<br/><font color='#555555' size='{styles.cell_small.fontSize:g}'>" + fonts.markup(
                tr("from {meeting}").format(meeting=action.origin)) + "</font>"
        data.append([fonts.paragraph(what, styles.cell), para(action.owner or "—", styles.cell),
                     para(action.due or "—", styles.cell), para(last, styles.cell)])
    shares = (0.52, 0.2, 0.12, 0.16) if not with_origin else (0.46, 0.18, 0.12, 0.24)
    return Table(data, colWidths=[width * share for share in shares], repeatRows=1, splitInRow=int(styles.split_rows),
                 style=TableStyle(_table_style(styles)))


def _figures(summary: MeetingSummary, styles: Styles, width: float) -> Table:
    figures = [(format_number(summary.total), tr("people came")), (format_number(summary.new), tr("first time")),
               (format_number(summary.returning), tr("came back")),
               (format_number(summary.voices.speakers), tr("voices heard"))]
    table = Table(figure_cells(figures, styles), colWidths=[width / len(figures)] * len(figures))
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                               ("TOPPADDING", (0, 0), (-1, 0), 8 * styles.scale),
                               ("BOTTOMPADDING", (0, 1), (-1, 1), 8 * styles.scale),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE)]))
    return table


def summary_story(summary: MeetingSummary, options: PageOptions, styles: Styles, *,
                  heading: str | None = None, compact: bool = False) -> list[Flowable]:
    """The summary's content; ``compact`` (inside a packet) leaves out quotes and voices."""
    width, _ = frame_size(options)
    story: list[Flowable] = []
    if heading:
        story.append(label(heading, styles.h1))
        story.append(para(" · ".join(p for p in (summary.title, summary.when) if p), styles.h2))
    else:
        story.append(para(summary.title, styles.title))
        where = " · ".join(part for part in (summary.when, summary.place) if part)
        if where:
            story.append(para(where, styles.subtitle))
    story.append(_figures(summary, styles, width))
    details = []
    if summary.walk_ins:
        details.append(count_text(summary.walk_ins, tr("1 signed up at the door"), tr("{n} signed up at the door")))
    roles = {k: v for k, v in summary.by_role.items() if k != "attendee" and v}
    if roles:
        details.append(", ".join(f"{format_number(v)} {tr(ROLE_LABELS.get(k, (k, k))[v != 1])}"
                                 for k, v in sorted(roles.items())))
    if summary.volunteer_hours:
        hours = summary.volunteer_hours
        hours = int(hours) if hours == int(hours) else hours   # "2 volunteer hours", "1.5 volunteer hours"
        details.append(count_text(hours, tr("1 volunteer hour"), tr("{n} volunteer hours")))
    if details:
        story.append(gap(3))
        story.append(label("; ".join(details) + ".", styles.muted))
    if summary.total == 0:
        story.append(gap(4))
        story.append(label(tr("Nobody is signed in to this meeting yet."), styles.body))

    story.append(label(tr("What people talked about"), styles.h2))
    themes = list(summary.themes[: summary.top_themes])
    if themes:
        story.append(bar_chart(themes, width * 0.9, scale=styles.scale))
        story.append(label(tr("Notes tagged with each theme (a note can have several)."), styles.muted))
    else:
        story.append(label(tr("No themes were noted."), styles.body))

    story.append(label(tr("Decisions"), styles.h2))
    if summary.decisions:
        story.extend(fonts.paragraph(fonts.markup(text, multiline=True), styles.bullet, bulletText="•")
                     for text in summary.decisions)
    else:
        story.append(label(tr("No decisions were noted."), styles.body))

    story.append(label(tr("Action items"), styles.h2))
    if summary.actions:
        story.append(action_table(summary.actions, styles, width))
    else:
        story.append(label(tr("No action items were noted."), styles.body))
    if summary.open_questions:
        story.append(label(tr("Questions still to answer"), styles.h2))
        story.extend(fonts.paragraph(fonts.markup(text, multiline=True), styles.bullet, bulletText="?")
                     for text in summary.open_questions)
    if compact:
        return story

    if summary.quotes:
        story.append(label(tr("In their words"), styles.h2))
        for quote in summary.quotes:
            story.append(KeepTogether([
                fonts.paragraph("“" + fonts.markup(quote.text, multiline=True) + "”", styles.quote),
                fonts.paragraph("— " + fonts.markup(quote.attribution), styles.muted)]))
    story.append(label(tr("Voices heard"), styles.h2))
    voices = summary.voices
    if voices.notes:
        text = count_text(voices.speakers, tr("1 person spoke."), tr("{n} different people spoke.")) + " " \
            + count_text(voices.notes, tr("1 note was taken"), tr("{n} notes were taken"))
        if voices.first_time_share:
            text += tr("; {share:.0%} of what named people said came from people at their first meeting").format(
                share=voices.first_time_share)
        if voices.not_heard:
            text += count_text(voices.not_heard, tr("; 1 person who signed in was not heard from"),
                               tr("; {n} people who signed in were not heard from"))
        kinds = ", ".join(count_text(count, tr(KIND_LABELS[kind][0]), tr(KIND_LABELS[kind][1]))
                          if kind in KIND_LABELS else f"{format_number(count)} {kind}"
                          for kind, count in voices.by_kind.items() if count)
        story.append(label(text + ".", styles.body))
        if kinds:
            story.append(label(kinds + ".", styles.muted))
    else:
        story.append(label(tr("No notes were taken at this meeting."), styles.body))
    if summary.feedback:
        story.append(label(tr("Feedback at the door"), styles.h2))
        story.append(label(summary.feedback, styles.body))
    return story


def build_summary(organisation: str, summary: MeetingSummary, options: PageOptions, **build) -> bytes:  # noqa: ANN003
    info = DocumentInfo(organisation=organisation, title=tr("Meeting summary"), subject=summary.title,
                        when=summary.when)
    return build_pdf(lambda styles: summary_story(summary, options, styles), info, options, **build)
