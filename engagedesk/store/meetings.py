"""Meetings and their agenda in the store."""

from __future__ import annotations

import sqlite3

from engagedesk.domain.models import AgendaItem, Meeting
from engagedesk.store.rows import from_row, to_row
from engagedesk.store.store import Store


def insert_meeting(store: Store, meeting: Meeting) -> None:
    with store.transaction():
        store.insert("meetings", to_row(meeting, store.columns("meetings")))
        store.insert_many(
            "agenda_items", (to_row(item, store.columns("agenda_items")) for item in meeting.agenda)
        )


def _agenda(store: Store, meeting_id: str) -> tuple[AgendaItem, ...]:
    rows = store.query(
        "SELECT * FROM agenda_items WHERE meeting_id = ? AND deleted = 0 ORDER BY position, id",
        (meeting_id,),
    )
    return tuple(from_row(AgendaItem, row) for row in rows)


def meeting_from_row(store: Store, row: sqlite3.Row, *, with_agenda: bool = True) -> Meeting:
    agenda = _agenda(store, row["id"]) if with_agenda else ()
    return from_row(Meeting, row, agenda=agenda)


def get_meeting(store: Store, meeting_id: str) -> Meeting | None:
    row = store.get("meetings", meeting_id)
    return meeting_from_row(store, row) if row else None


def list_meetings(store: Store) -> list[Meeting]:
    rows = store.query("SELECT * FROM meetings WHERE deleted = 0 ORDER BY starts_at DESC, id")
    return [meeting_from_row(store, row, with_agenda=False) for row in rows]


def attendance_count(store: Store, meeting_id: str) -> int:
    return store.scalar(
        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted = 0", (meeting_id,)
    )
