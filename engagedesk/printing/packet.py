"""The meeting packet: everything a facilitator carries into the room, in one PDF.

A cover (title, date, place, agenda with times), the action items still open from earlier
meetings of the series, the last meeting's summary, the sign-in sheet, and lined pages for notes.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak

from engagedesk.printing import fonts
from engagedesk.printing.base import (
    DocumentInfo, NoteLines, PageOptions, Styles, build_pdf, frame_size, gap, label, para, tr,
)
from engagedesk.printing.signin import SignInSheet, sheet_story
from engagedesk.printing.summary import ActionRow, MeetingSummary, action_table, summary_story


@dataclass(frozen=True)
class AgendaLine:
    time: str      # "18:30", or "" when the meeting has no start time
    title: str
    minutes: int = 0


@dataclass(frozen=True)
class MeetingPacket:
    title: str
    when: str = ""
    place: str = ""
    description: str = ""
    facilitators: tuple[str, ...] = ()
    agenda: tuple[AgendaLine, ...] = ()
    open_actions: tuple[ActionRow, ...] = ()
    last_meeting: MeetingSummary | None = None
    sheet: SignInSheet | None = None
    note_pages: int = 1


def _cover(packet: MeetingPacket, styles: Styles) -> list[Flowable]:
    s = styles.scale
    story: list[Flowable] = [gap(10 * s), para(packet.title, styles.title)]
    where = " · ".join(part for part in (packet.when, packet.place) if part)
    if where:
        story.append(para(where, styles.subtitle))
    if packet.facilitators:
        story.append(label(tr("Facilitated by {names}").format(names=", ".join(packet.facilitators)), styles.body))
    if packet.description:
        story.append(para(packet.description, styles.body, multiline=True))
    story.append(label(tr("Agenda"), styles.h1))
    if not packet.agenda:
        story.append(label(tr("No agenda yet."), styles.body))
    time_width = fonts.text_width("00:00", styles.agenda_time.fontSize, bold=True) + 14 * s
    item_style = ParagraphStyle("agenda_item", parent=styles.agenda, leftIndent=time_width,
                                bulletIndent=0, bulletFontName=fonts.BOLD,
                                bulletFontSize=styles.agenda_time.fontSize, spaceAfter=5 * s)
    for item in packet.agenda:
        text = fonts.markup(item.title, multiline=True)
        if item.minutes:
            text += f' <font color="#555555" size="{styles.body.fontSize:g}">({item.minutes} min)</font>'
        # One paragraph per item (not a table row), so even a very long item flows onto the next page.
        story.append(fonts.paragraph(text, item_style, bulletText=item.time or "•"))
    return story


def packet_story(packet: MeetingPacket, options: PageOptions, styles: Styles) -> list[Flowable]:
    width, _ = frame_size(options)
    story = _cover(packet, styles)

    story.append(label(tr("Open action items from earlier meetings"), styles.h1))
    if packet.open_actions:
        story.append(action_table(packet.open_actions, styles, width, with_origin=True))
    else:
        story.append(label(tr("None: every earlier action item is done, or this is the first meeting."), styles.body))

    if packet.last_meeting is not None:
        story.append(PageBreak())
        story.extend(summary_story(packet.last_meeting, options, styles,
                                   heading=tr("Last meeting"), compact=True))
    if packet.sheet is not None:
        story.append(PageBreak())
        story.extend(sheet_story(packet.sheet, options, styles))
    for page in range(packet.note_pages):
        story.append(PageBreak())
        story.append(NoteLines(22 * styles.scale, tr("Notes") if page == 0 else ""))
    return story


def build_packet(organisation: str, packet: MeetingPacket, options: PageOptions, **build) -> bytes:  # noqa: ANN003
    info = DocumentInfo(organisation=organisation, title=tr("Meeting packet"), subject=packet.title,
                        when=packet.when)
    return build_pdf(lambda styles: packet_story(packet, options, styles), info, options, **build)
