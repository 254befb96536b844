"""Creating and listing meetings."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from dataclasses import dataclass

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Meeting, Person
from engagedesk.domain.validation import fold, validate_meeting
from engagedesk.store import meetings as meetings_table
from engagedesk.store import people as people_table
from engagedesk.store.store import Store


def create_meeting(store: Store, meeting: Meeting) -> Meeting:
    meeting = validate_meeting(meeting)
    meeting = dataclasses.replace(
        meeting,
        agenda=tuple(dataclasses.replace(item, meeting_id=meeting.id) for item in meeting.agenda),
    )
    meetings_table.insert_meeting(store, meeting)
    return meeting


def get_meeting(store: Store, meeting_id: str) -> Meeting | None:
    return meetings_table.get_meeting(store, meeting_id)


def list_meetings(store: Store, now: datetime | None = None) -> list[Meeting]:
    """Upcoming meetings first (soonest first), then past ones (most recent first)."""
    now_text = (now or datetime.now()).isoformat(timespec="minutes")
    meetings = meetings_table.list_meetings(store)
    upcoming = sorted((m for m in meetings if (m.ends_at or m.starts_at) >= now_text), key=lambda m: m.starts_at)
    past = [m for m in meetings if (m.ends_at or m.starts_at) < now_text]
    return upcoming + past


def attendance_count(store: Store, meeting_id: str) -> int:
    return meetings_table.attendance_count(store, meeting_id)


def edit_meeting(store: Store, meeting: Meeting) -> Meeting:
    """Save changes to a meeting and its agenda; returns what was stored.

    Only the fields that changed are written.  Agenda items keep their ids (so notes taken
    against an item stay with it); items left out of ``meeting.agenda`` are deleted as
    tombstones, and the order given is the order stored.
    """
    meeting = validate_meeting(meeting)
    meeting = dataclasses.replace(
        meeting,
        agenda=tuple(dataclasses.replace(item, meeting_id=meeting.id) for item in meeting.agenda),
    )
    with store.transaction():
        before = meetings_table.get_meeting(store, meeting.id)
        if before is None:
            raise UserError(translate(
                "Meetings", "This meeting no longer exists (it may have been deleted on another "
                "laptop). Your changes were not saved; create it again if needed."))
        meetings_table.update_meeting(store, before, meeting)
    return meeting


def list_series(store: Store) -> list[str]:
    """The series names in use, in alphabetical order (accents and case ignored)."""
    return sorted(meetings_table.series_names(store), key=lambda name: (fold(name), name))


@dataclass(frozen=True)
class MeetingLine:
    """One line of the meetings list."""

    meeting: Meeting
    attendance: int
    upcoming: bool   # not over yet (it may be going on now)
    started: bool    # has begun (with ``upcoming``: going on now)


def meeting_lines(store: Store, now: datetime | None = None) -> list[MeetingLine]:
    """The meetings list as :func:`list_meetings` orders it, with how many signed in to each."""
    now = now or datetime.now()
    now_text = now.isoformat(timespec="minutes")
    counts = meetings_table.attendance_counts(store)
    return [
        MeetingLine(meeting, counts.get(meeting.id, 0),
                    upcoming=(meeting.ends_at or meeting.starts_at) >= now_text,
                    started=meeting.starts_at <= now_text)
        for meeting in list_meetings(store, now)
    ]


def facilitators(store: Store, meeting: Meeting) -> list[Person]:
    """The meeting's facilitators who are still on the roster, in the order they were chosen."""
    found = (people_table.get_person(store, person_id) for person_id in meeting.facilitator_ids)
    return [person for person in found if person is not None]
