"""Creating meetings and listing them in the order a facilitator looks for them."""

from __future__ import annotations

from datetime import datetime

import pytest

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import AgendaItem, Meeting, Person
from engagedesk.services import meetings, people
from engagedesk.store import Store

NOON = datetime(2026, 11, 22, 12, 0)


def make(store: Store, title: str, starts_at: str, ends_at: str = "") -> Meeting:
    return meetings.create_meeting(store, Meeting(title=title, starts_at=starts_at, ends_at=ends_at))


def test_create_meeting_with_its_agenda(store):
    made = meetings.create_meeting(store, Meeting(
        title=" Town hall #4 ", starts_at="2026-11-22 18:30", ends_at="2026-11-22 20:00",
        place="Riverside Library", facilitator_ids=("p1", "p2"),
        agenda=tuple(AgendaItem(meeting_id="", position=9, title=title, minutes=minutes)
                     for title, minutes in (("Welcome", 10), ("Parks", 45), ("Next steps", 15)))))
    assert made.title == "Town hall #4"
    assert (made.starts_at, made.ends_at) == ("2026-11-22T18:30", "2026-11-22T20:00")
    assert all(item.meeting_id == made.id for item in made.agenda)
    stored = meetings.get_meeting(store, made.id)
    assert stored == made
    assert [(item.position, item.title) for item in stored.agenda] == [
        (0, "Welcome"), (1, "Parks"), (2, "Next steps")]
    assert meetings.attendance_count(store, made.id) == 0


def test_an_invalid_meeting_stores_nothing(store):
    with pytest.raises(ValidationError):
        meetings.create_meeting(store, Meeting(
            title="Town hall", starts_at="2026-11-22T18:00", ends_at="2026-11-22T17:00",
            agenda=(AgendaItem(meeting_id="", position=0, title="Welcome"),)))
    assert store.count("meetings") == 0
    assert store.count("agenda_items") == 0
    assert meetings.list_meetings(store, NOON) == []


def test_a_missing_meeting_is_none(store):
    assert meetings.get_meeting(store, "no-such-meeting") is None


def test_upcoming_soonest_first_then_past_most_recent_first(store):
    # Created in a jumbled order, with start times typed both ways.
    make(store, "past, early November", "2026-11-01T18:00", "2026-11-01T20:00")
    make(store, "next month", "2026-12-10 18:00")
    make(store, "tonight", "2026-11-22 18:00", "2026-11-22 20:00")  # same day, later: upcoming
    make(store, "last week", "2026-11-15T18:00")
    make(store, "this morning", "2026-11-22T09:00", "2026-11-22T10:30")
    make(store, "going on now", "2026-11-22T11:00", "2026-11-22T13:00")
    make(store, "next week", "2026-11-29T18:00", "2026-11-29T20:00")
    titles = [meeting.title for meeting in meetings.list_meetings(store, NOON)]
    assert titles == ["going on now", "tonight", "next week", "next month",
                      "this morning", "last week", "past, early November"]


def test_deleted_meetings_are_not_listed(store):
    kept = make(store, "kept", "2026-11-29T18:00")
    gone = make(store, "gone", "2026-11-30T18:00")
    store.delete("meetings", gone.id)
    assert [m.id for m in meetings.list_meetings(store, NOON)] == [kept.id]
    assert meetings.get_meeting(store, gone.id) is None


def test_attendance_count(store):
    meeting = make(store, "Town hall", "2026-11-22T18:00")
    for name in ("Ana", "Bo", "Cy"):
        person = people.add_person(store, Person(given_name=name))
        store.insert("attendance", {"id": f"att-{name}", "meeting_id": meeting.id, "person_id": person.id,
                                    "role": "attendee", "time_in": "2026-11-22T18:05:00"})
    store.delete("attendance", "att-Bo")
    assert meetings.attendance_count(store, meeting.id) == 2
