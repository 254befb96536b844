"""The meeting summary as plain data: what the summary screen shows and a printout will print."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import NoteKind, Role
from engagedesk.services import actions, demo, meetings, organisation
from engagedesk.services.feedback import AGAIN, HEARD, NEXT, submit_feedback
from engagedesk.services.notes import MeetingNotes, NoteDraft, add_note
from engagedesk.services.summary import MeetingSummary, ThemeCount, meeting_summary
from engagedesk.store import Store
from tests.unit.test_notes import check_in, meeting, person


@pytest.fixture
def evening(store):
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    earlier = meeting(store, "2025-10-22T18:30")
    tonight = meeting(store, "2025-11-22T18:30")
    who = {name: person(store, name, quote_consent=name == "Ana") for name in ("Ana", "Bo", "Chidi", "Dolores")}
    check_in(store, earlier, who["Ana"])
    check_in(store, earlier, who["Bo"])
    check_in(store, tonight, who["Ana"])
    check_in(store, tonight, who["Bo"], Role.VOLUNTEER)
    check_in(store, tonight, who["Chidi"])
    carried = actions.create_action(store, earlier.id, "Fix the gate", who["Bo"].id, "2025-11-01")
    notes = MeetingNotes.open(store, tonight.id)
    said = [
        ("We finally feel listened to", NoteKind.QUOTE, "Ana", ["Parks"]),
        ("This park is our backyard", NoteKind.QUOTE, "Bo", ["Parks"]),
        ("When do the swings get fixed?", NoteKind.QUESTION, "Chidi", ["Parks", "Safety"]),
        ("Who pays for the lights?", NoteKind.QUESTION, None, ["Street lighting", "safety"]),
        ("Ask for a budget line", NoteKind.DECISION, None, ["Parks"]),
        ("Chidi drafts the letter", NoteKind.ACTION, "Chidi", []),
    ]
    entries = [notes.add(NoteDraft(text=t, kind=k, speaker_id=who[s].id if s else None, themes=tuple(th)),
                         now=f"2025-11-22T18:4{i}:00").entry for i, (t, k, s, th) in enumerate(said)]
    notes.set_answered(entries[3].note.id, True)
    actions.close_action(store, carried.id, tonight.id)
    submit_feedback(store, tonight.id, {HEARD: 5, NEXT: "Meet at the park", AGAIN: "yes"})
    submit_feedback(store, tonight.id, {HEARD: 3}, person_id=who["Bo"].id)
    return tonight, who


def test_the_summary_has_every_section(store, evening):
    tonight, _ = evening
    summary = meeting_summary(store, tonight.id)
    assert (summary.organisation, summary.title, summary.series) == ("Riverside Neighbours", tonight.title, "Parks committee")
    assert (summary.attendance_total, summary.attendance_new, summary.attendance_returning) == (3, 1, 2)
    assert summary.by_role == {"attendee": 2, "volunteer": 1}
    assert summary.top_themes[:3] == [ThemeCount("Parks", 4), ThemeCount("Safety", 2), ThemeCount("Street lighting", 1)]
    assert [n.text for n in summary.decisions] == ["Ask for a budget line"]
    assert [(a.text, a.status, a.carried_over, a.closed_here) for a in summary.actions] == [
        ("Fix the gate", "done", True, True), ("Chidi drafts the letter", "open", False, False)]
    assert summary.actions[1].owner == "Chidi Test"
    # Quotes are credited only with consent.
    assert [(q.text, q.credit) for q in summary.quotes] == [
        ("We finally feel listened to", "Ana Test"), ("This park is our backyard", "a participant")]
    assert [q.text for q in summary.unanswered_questions] == ["When do the swings get fixed?"]
    assert summary.answered_questions == 1
    assert (summary.notes_total, summary.notes_by_kind["question"], summary.notes_by_kind["comment"]) == (6, 2, 0)
    assert (summary.speakers, summary.not_heard) == (3, 0)
    assert summary.first_time_share == pytest.approx(2 / 4)  # Chidi's two of the four named notes
    assert (summary.feedback.responses, summary.feedback.heard_average, summary.feedback.named) == (2, 4.0, 1)
    assert summary.feedback.next_steps == ["Meet at the park"]


def test_the_summary_is_plain_data(store, evening):
    summary = meeting_summary(store, evening[0].id)
    assert dataclasses.is_dataclass(summary)
    plain = dataclasses.asdict(summary)  # nothing but dicts, lists, strings and numbers inside
    stack = [plain]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        else:
            assert value is None or isinstance(value, (str, int, float, bool)), value


def test_an_empty_meeting_has_an_empty_summary(store):
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    alone = meeting(store, "2025-12-01T18:00", series="")
    summary = meeting_summary(store, alone.id)
    assert isinstance(summary, MeetingSummary)
    assert (summary.attendance_total, summary.notes_total, summary.top_themes, summary.actions) == (0, 0, [], [])
    assert summary.first_time_share is None and summary.feedback.responses == 0
    with pytest.raises(UserError):
        meeting_summary(store, "no-such-meeting")


def test_only_the_top_themes_are_listed(store, evening):
    tonight, _ = evening
    for number in range(12):
        add_note(store, tonight.id, f"note {number}", themes=[f"Theme {number:02d}"])
    summary = meeting_summary(store, tonight.id, top_themes=5)
    assert len(summary.top_themes) == 5 and summary.top_themes[0] == ThemeCount("Parks", 4)


def test_the_demo_past_meeting_has_a_full_summary():
    with Store.open(None) as store:
        demo.make_demo(store, people=200, seed=3, today=date(2026, 11, 22))
        past = next(m for m in meetings.list_meetings(store) if m.title.endswith("#3"))
        summary = meeting_summary(store, past.id)
        assert summary.attendance_total > 30 and summary.notes_total >= 15 and summary.top_themes
