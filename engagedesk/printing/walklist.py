"""The walk list of one turf, for a canvasser's clipboard.

The first page has the script's key points and the codes; then the doors in walking order,
grouped by street and side (odd numbers, then even), each with the people living there, boxes
for the outcome and the answers.  Doors and people who asked not to be contacted are left out
(the sheet says how many, never who).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from engagedesk.domain.i18n import count_text
from engagedesk.printing import fonts
from engagedesk.printing.base import (
    ACCENT, RULE, SHADE, DocumentInfo, PageOptions, Styles, build_pdf, frame_size, gap, label,
    para, tr,
)

BOX = "☐"  # drawn by DejaVu Sans; a canvasser ticks it


@dataclass(frozen=True)
class Resident:
    name: str
    language: str = ""


@dataclass(frozen=True)
class Door:
    number: str
    unit: str = ""
    residents: tuple[Resident, ...] = ()
    last_visit: str = ""   # "not home, 3 Nov 2026"


@dataclass(frozen=True)
class DoorGroup:
    street: str
    side: str  # "odd", "even" or "" (numbers that are not numbers)
    doors: tuple[Door, ...]


@dataclass(frozen=True)
class QuestionCodes:
    label: str                           # "Q1"
    prompt: str
    codes: tuple[tuple[str, str], ...]   # (code, what it means): ("Y", "yes")
    free_text: bool = False


@dataclass(frozen=True)
class WalkList:
    campaign: str
    turf: str
    canvasser: str = ""
    script: str = ""                          # the opening, as written
    key_points: tuple[str, ...] = ()
    outcomes: tuple[tuple[str, str], ...] = ()  # (code, outcome)
    questions: tuple[QuestionCodes, ...] = ()
    groups: tuple[DoorGroup, ...] = ()
    doors_left_out: int = 0
    people_left_out: int = 0

    @property
    def doors(self) -> int:
        return sum(len(group.doors) for group in self.groups)


def _codes_line(codes: list[str]) -> str:
    """"☐ C  ☐ NH …" as markup; a box never parts from its code."""
    return "  ".join(f"{BOX}\u00a0{fonts.markup(code)}" for code in codes)


def _legend(walk: WalkList, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [label(tr("Outcome codes"), styles.h2)]
    per_row = 3
    cells = [fonts.paragraph(f"<b>{fonts.markup(code)}</b>  {fonts.markup(text)}", styles.cell)
             for code, text in walk.outcomes]
    rows = [cells[i:i + per_row] + [""] * (per_row - len(cells[i:i + per_row]))
            for i in range(0, len(cells), per_row)]
    if rows:
        story.append(Table(rows, colWidths=[width / per_row] * per_row, style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
    if walk.questions:
        story.append(label(tr("Questions and answer codes"), styles.h2))
        for question in walk.questions:
            codes = tr("write the answer") if question.free_text else "  ".join(
                f"<b>{fonts.markup(code)}</b>\u00a0{fonts.markup(meaning)}"
                for code, meaning in question.codes if code != meaning) or "  ".join(
                f"<b>{fonts.markup(code)}</b>" for code, _ in question.codes)
            story.append(fonts.paragraph(f"<b>{fonts.markup(question.label)}</b>  {fonts.markup(question.prompt)}"
                                   f"<br/><font color='#444444'>{codes}</font>", styles.bullet))
    return story


def _door_rows(group: DoorGroup, walk: WalkList, styles: Styles, widths: list[float]) -> Table:
    outcome_codes = [code for code, _ in walk.outcomes]
    header = [tr("No."), tr("Who lives there"), tr("Outcome"), tr("Answers")]
    data: list[list] = [[fonts.paragraph(fonts.markup(text), styles.head) for text in header]]
    for door in group.doors:
        number = f"<b>{fonts.markup(door.number or '—')}</b>"
        if door.unit:
            number += f"<br/>{fonts.markup(door.unit)}"
        people = [fonts.markup(r.name) + (f" <font color='#555555'>({fonts.markup(r.language)})</font>"
                                          if r.language else "") for r in door.residents]
        who = "<br/>".join(people) if people else f"<font color='#555555'>{fonts.markup(tr('no one on file'))}</font>"
        if door.last_visit:
            who += f"<br/><font color='#555555' size='{styles.cell_small.fontSize:g}'>" \
                   f"{fonts.markup(tr('last visit: {what}').format(what=door.last_visit))}</font>"
        answers = []
        for question in walk.questions:
            if question.free_text:
                answers.append(f"<b>{fonts.markup(question.label)}</b> ____________")
            else:
                answers.append(f"<b>{fonts.markup(question.label)}</b> " + _codes_line([c for c, _ in question.codes]))
        data.append([fonts.paragraph(number, styles.cell), fonts.paragraph(who, styles.cell),
                     fonts.paragraph(_codes_line(outcome_codes), styles.cell),
                     fonts.paragraph("<br/>".join(answers) or "—", styles.cell)])
    return Table(data, colWidths=widths, repeatRows=1, splitInRow=int(styles.split_rows), style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("TOPPADDING", (0, 1), (-1, -1), 4 * styles.scale),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6 * styles.scale),
    ]))


def walk_story(walk: WalkList, options: PageOptions, styles: Styles) -> list[Flowable]:
    width, _ = frame_size(options)
    story: list[Flowable] = [para(walk.turf, styles.title)]
    facts = [walk.campaign]
    if walk.canvasser:
        facts.append(tr("Canvasser: {name}").format(name=walk.canvasser))
    story.append(para(" · ".join(f for f in facts if f), styles.subtitle))
    streets = len({group.street for group in walk.groups})
    summary = tr("{doors} on {streets}.").format(doors=count_text(walk.doors, tr("1 door"), tr("{n} doors")),
                                                  streets=count_text(streets, tr("1 street"), tr("{n} streets")))
    left_out = []
    if walk.doors_left_out:
        left_out.append(count_text(walk.doors_left_out, tr("1 door left out (do not contact)"),
                                   tr("{n} doors left out (do not contact)")))
    if walk.people_left_out:
        left_out.append(count_text(walk.people_left_out, tr("1 person left out (asked not to be contacted)"),
                                   tr("{n} people left out (asked not to be contacted)")))
    if left_out:
        summary += " " + "; ".join(left_out) + "."
    story.append(label(summary, styles.body))

    if walk.script or walk.key_points:
        story.append(label(tr("Script: key points"), styles.h2))
        if walk.script:
            story.append(para(walk.script, styles.body, multiline=True))
        story.extend(fonts.paragraph(fonts.markup(point), styles.bullet, bulletText="•") for point in walk.key_points)
    story.extend(_legend(walk, styles, width))

    if not walk.groups:
        story.append(gap(8))
        story.append(label(tr("This turf has no doors to knock yet."), styles.h2))
        return story
    s = styles.scale
    number_width = max(0.75 * 72 * s, 54)
    widths = [number_width, (width - number_width) * 0.36, (width - number_width) * 0.28,
              (width - number_width) * 0.36]
    for group in walk.groups:
        side = {"odd": tr("odd numbers"), "even": tr("even numbers")}.get(group.side, "")
        heading = group.street + (f" — {side}" if side else "")
        # A street never starts at the foot of a page: its heading goes with its first doors.
        story.append(CondPageBreak(110 * s))
        story.append(para(heading, styles.h2))
        story.append(_door_rows(group, walk, styles, widths))
    return story


def build_walklist(organisation: str, walk: WalkList, options: PageOptions, **build) -> bytes:  # noqa: ANN003
    info = DocumentInfo(organisation=organisation, title=tr("Walk list"), subject=walk.turf, when=walk.campaign)
    return build_pdf(lambda styles: walk_story(walk, options, styles), info, options, **build)
