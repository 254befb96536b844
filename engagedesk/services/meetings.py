"""Creating and listing meetings."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from engagedesk.domain.models import Meeting
from engagedesk.domain.validation import validate_meeting
from engagedesk.store import meetings as meetings_table
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
