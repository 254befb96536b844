"""The summary of a meeting, as plain data: for the summary screen and for a printed summary.

Who came (total, new, returning, by role), what was talked about most (themes with counts), what
was decided, who does what next, what people said (quotes, credited only with consent), which
questions are still open, and what people said as they left (exit feedback).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import NoteKind
from engagedesk.domain.validation import fold
from engagedesk.services.actions import meeting_actions
from engagedesk.services.feedback import FeedbackResults, feedback_results
from engagedesk.services.notes import MeetingNotes, local_now
from engagedesk.services.voices import quote_attribution, voices_heard
from engagedesk.store import notes as notes_table
from engagedesk.store.attendance import for_meeting
from engagedesk.store.organisation import get_organisation
from engagedesk.store.store import Store

TOP_THEMES = 8
MAX_QUOTES = 12


@dataclass(frozen=True)
class ThemeCount:
    name: str
    count: int


@dataclass(frozen=True)
class SummaryNote:
    text: str
    at: str                 # when it was said ("2026-11-22T18:42:10")
    agenda_title: str
    credit: str = ""        # quotes only: a name given with consent, or "a participant"


@dataclass(frozen=True)
class SummaryAction:
    text: str
    owner: str
    due_on: str | None
    status: str             # "open", "done" or "dropped"
    origin_title: str
    carried_over: bool      # from an earlier meeting of the series
    closed_here: bool


@dataclass(frozen=True)
class MeetingSummary:
    organisation: str
    meeting_id: str
    title: str
    series: str
    starts_at: str
    ends_at: str
    place: str
    attendance_total: int
    attendance_new: int
    attendance_returning: int
    walk_ins: int
    by_role: dict[str, int]
    notes_total: int
    notes_by_kind: dict[str, int]
    speakers: int                    # people on the roster who spoke
    not_heard: int                   # signed in (not facilitating) and said nothing recorded
    first_time_share: float | None   # of contributions with a known speaker
    top_themes: list[ThemeCount]
    decisions: list[SummaryNote]
    actions: list[SummaryAction]
    quotes: list[SummaryNote]
    unanswered_questions: list[SummaryNote]
    answered_questions: int
    feedback: FeedbackResults = field(default_factory=FeedbackResults)
    generated_at: str = ""


def _tr(text: str) -> str:
    return translate("Summary", text)


def meeting_summary(store: Store, meeting_id: str, top_themes: int = TOP_THEMES) -> MeetingSummary:
    try:
        notes = MeetingNotes.open(store, meeting_id)
    except UserError:
        raise UserError(_tr("This meeting no longer exists (it may have been deleted on another laptop).")) from None
    meeting = notes.meeting
    lines = for_meeting(store, meeting_id)
    entries = notes.timeline()

    theme_counts: Counter[str] = Counter(t for e in entries for t in e.note.theme_ids)
    themes = sorted(((notes.themes[t].name, n) for t, n in theme_counts.items() if t in notes.themes),
                    key=lambda pair: (-pair[1], fold(pair[0])))

    def plain(entry, credit: str = "") -> SummaryNote:  # noqa: ANN001 - a TimelineEntry
        return SummaryNote(entry.note.text, entry.note.at, entry.agenda_title, credit)

    speakers = notes_table.live_people(store, (e.note.speaker_id for e in entries
                                               if e.note.kind is NoteKind.QUOTE and e.note.speaker_id))
    quotes = [plain(e, quote_attribution(speakers.get(e.note.speaker_id or "")))
              for e in entries if e.note.kind is NoteKind.QUOTE][:MAX_QUOTES]
    questions = [e for e in entries if e.note.kind is NoteKind.QUESTION]
    voices = voices_heard(store, meeting_id)
    by_kind = Counter(e.note.kind.value for e in entries)
    organisation = get_organisation(store)
    return MeetingSummary(
        organisation=organisation.name if organisation else "",
        meeting_id=meeting.id, title=meeting.title, series=meeting.series, starts_at=meeting.starts_at,
        ends_at=meeting.ends_at, place=meeting.place,
        attendance_total=len(lines),
        attendance_new=sum(1 for line in lines if line.meetings_before == 0),
        attendance_returning=sum(1 for line in lines if line.meetings_before > 0),
        walk_ins=sum(1 for line in lines if line.attendance.walk_in),
        by_role=dict(Counter(line.attendance.role.value for line in lines)),
        notes_total=len(entries), notes_by_kind={kind.value: by_kind.get(kind.value, 0) for kind in NoteKind},
        speakers=len(voices.spoken), not_heard=len(voices.not_yet), first_time_share=voices.first_time_share,
        top_themes=[ThemeCount(name, count) for name, count in themes[:top_themes]],
        decisions=[plain(e) for e in entries if e.note.kind is NoteKind.DECISION],
        actions=[SummaryAction(line.item.text, line.owner, line.item.due_on, line.item.status.value,
                               line.origin_title, line.carried_over, line.closed_here)
                 for line in meeting_actions(store, meeting_id)],
        quotes=quotes,
        unanswered_questions=[plain(e) for e in questions if not e.answered],
        answered_questions=sum(1 for e in questions if e.answered),
        feedback=feedback_results(store, meeting_id),
        generated_at=local_now(),
    )
