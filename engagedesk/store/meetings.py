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


def attendance_counts(store: Store) -> dict[str, int]:
    """How many people signed in to each meeting, in one pass (meetings with none are left out)."""
    rows = store.query(
        "SELECT meeting_id, count(*) AS n FROM attendance WHERE deleted = 0 GROUP BY meeting_id"
    )
    return {row["meeting_id"]: row["n"] for row in rows}


def series_names(store: Store) -> list[str]:
    """Every series name in use by a live meeting (unsorted; the service orders them)."""
    rows = store.query("SELECT DISTINCT series FROM meetings WHERE deleted = 0 AND series != ''")
    return [row["series"] for row in rows]


def _agenda_with_deleted(store: Store, meeting_id: str) -> dict[str, tuple[AgendaItem, bool]]:
    rows = store.query("SELECT * FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
    return {row["id"]: (from_row(AgendaItem, row), bool(row["deleted"])) for row in rows}


def update_meeting(store: Store, before: Meeting, after: Meeting) -> None:
    """Write what changed from ``before`` to ``after``, its agenda included.

    Only changed fields are written (so that sync merges them field by field).  Agenda items
    keep their ids: an item still there is updated, a new one inserted (an item brought back
    under an id it had is revived), and one no longer there becomes a tombstone.
    """
    meeting_columns = store.columns("meetings")
    item_columns = store.columns("agenda_items")
    old, new = to_row(before, meeting_columns), to_row(after, meeting_columns)
    changes = {name: value for name, value in new.items() if name != "id" and old.get(name) != value}
    with store.transaction():
        if changes:
            store.update("meetings", after.id, changes)
        known = _agenda_with_deleted(store, after.id)
        kept: set[str] = set()
        for item in after.agenda:
            kept.add(item.id)
            row = to_row(item, item_columns)
            if item.id not in known:
                store.insert("agenda_items", row)
                continue
            stored, deleted = known[item.id]
            if deleted:
                store.revive("agenda_items", item.id, row)
                continue
            old_item = to_row(stored, item_columns)
            item_changes = {name: value for name, value in row.items()
                            if name != "id" and old_item.get(name) != value}
            if item_changes:
                store.update("agenda_items", item.id, item_changes)
        for item_id, (_, deleted) in known.items():
            if item_id not in kept and not deleted:
                store.delete("agenda_items", item_id)
