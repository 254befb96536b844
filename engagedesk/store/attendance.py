"""Attendance in the store: check-ins, their history and the series a person keeps coming to."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from engagedesk.domain.models import Attendance, Person
from engagedesk.store.people import person_from_row
from engagedesk.store.rows import from_row, to_row
from engagedesk.store.store import Store

# One attendance row per person per meeting, on every laptop: the id is derived from both, so
# two laptops that check the same person in converge on one row when they sync.
_NAMESPACE = uuid.UUID("6f1d8a52-3c57-4c1e-9a3b-2f6f0e0d5a11")


def attendance_id(meeting_id: str, person_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{meeting_id}/{person_id}"))


def _row_for(store: Store, meeting_id: str, person_id: str, *, include_deleted: bool) -> sqlite3.Row | None:
    # By (meeting, person), the pair the unique index keeps to one row, not by the derived id:
    # rows made before ids were derived (the demo, older laptops) have random ids.
    return store.query_one(
        "SELECT * FROM attendance WHERE meeting_id = ? AND person_id = ?"
        + ("" if include_deleted else " AND deleted = 0"),
        (meeting_id, person_id),
    )


def get_attendance(store: Store, meeting_id: str, person_id: str) -> Attendance | None:
    row = _row_for(store, meeting_id, person_id, include_deleted=False)
    return from_row(Attendance, row) if row else None


def save_check_in(store: Store, attendance: Attendance) -> None:
    """Insert the check-in, or bring back one that was undone (the row's id, new values)."""
    row = to_row(attendance, store.columns("attendance"))
    with store.transaction():
        existing = _row_for(store, attendance.meeting_id, attendance.person_id, include_deleted=True)
        if existing is None:
            store.insert("attendance", row)
        else:
            store.revive("attendance", existing["id"], row)


def recent(store: Store, meeting_id: str, limit: int) -> list[tuple[Attendance, Person]]:
    rows = store.query(
        "SELECT a.id AS a_id, a.meeting_id, a.person_id, a.role, a.time_in, a.time_out, a.walk_in, "
        "a.entered_by, p.* FROM attendance a JOIN people p ON p.id = a.person_id "
        "WHERE a.meeting_id = ? AND a.deleted = 0 ORDER BY a.time_in DESC, a.updated_at DESC LIMIT ?",
        (meeting_id, limit),
    )
    return [(_attendance(row), person_from_row(row)) for row in rows]


def _attendance(row: sqlite3.Row) -> Attendance:
    return from_row(Attendance, row, id=row["a_id"])


def count(store: Store, meeting_id: str) -> int:
    return store.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted = 0", (meeting_id,))


def meetings_attended_up_to(store: Store, person_id: str, starts_at: str) -> int:
    """How many meetings the person has attended that started no later than ``starts_at``."""
    return store.scalar(
        "SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.person_id = ? AND a.deleted = 0 AND m.deleted = 0 AND m.starts_at <= ?",
        (person_id, starts_at),
    )


@dataclass(frozen=True)
class ExpectedPerson:
    """Someone likely at the door: they came to this series before, or are already in."""

    person: Person
    times: int  # meetings of the series attended


def expected_people(store: Store, meeting_id: str, series: str) -> list[ExpectedPerson]:
    rows = store.query(
        "SELECT p.*, count(DISTINCT a.meeting_id) AS times FROM attendance a "
        "JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id "
        "WHERE a.deleted = 0 AND m.deleted = 0 AND p.deleted = 0 "
        "AND (a.meeting_id = ? OR (? != '' AND m.series = ?)) GROUP BY p.id",
        (meeting_id, series, series),
    )
    return [ExpectedPerson(person_from_row(row), row["times"]) for row in rows]


@dataclass(frozen=True)
class AttendanceLine:
    attendance: Attendance
    person: Person
    meetings_before: int  # attended before this meeting (0: first time)


def for_meeting(store: Store, meeting_id: str) -> list[AttendanceLine]:
    rows = store.query(
        "SELECT a.id AS a_id, a.meeting_id, a.person_id, a.role, a.time_in, a.time_out, a.walk_in, "
        "a.entered_by, p.*, (SELECT count(*) FROM attendance b JOIN meetings mb ON mb.id = b.meeting_id "
        "  WHERE b.person_id = a.person_id AND b.deleted = 0 AND mb.deleted = 0 "
        "  AND mb.starts_at < m.starts_at) AS before_count "
        "FROM attendance a JOIN people p ON p.id = a.person_id JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.meeting_id = ? AND a.deleted = 0 ORDER BY a.time_in",
        (meeting_id,),
    )
    return [AttendanceLine(_attendance(row), person_from_row(row), row["before_count"]) for row in rows]


def series_grid(store: Store, series: str) -> list[sqlite3.Row]:
    """(meeting id, starts_at, person id) for every attendance in a series, oldest first."""
    return store.query(
        "SELECT m.id AS meeting_id, m.starts_at, a.person_id FROM meetings m "
        "LEFT JOIN attendance a ON a.meeting_id = m.id AND a.deleted = 0 "
        "WHERE m.series = ? AND m.deleted = 0 ORDER BY m.starts_at, m.id",
        (series,),
    )


def hours_rows(store: Store, meeting_id: str | None = None) -> list[sqlite3.Row]:
    """Check-ins that were checked out: (person id, meeting id, role, time_in, time_out)."""
    sql = ("SELECT person_id, meeting_id, role, time_in, time_out FROM attendance "
           "WHERE deleted = 0 AND time_out IS NOT NULL")
    params: tuple = ()
    if meeting_id is not None:
        sql += " AND meeting_id = ?"
        params = (meeting_id,)
    return store.query(sql, params)


def person_meetings(store: Store, person_id: str) -> list[sqlite3.Row]:
    return store.query(
        "SELECT m.id, m.title, m.starts_at, a.role FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.person_id = ? AND a.deleted = 0 AND m.deleted = 0 ORDER BY m.starts_at DESC",
        (person_id,),
    )


def person_notes(store: Store, person_id: str) -> list[sqlite3.Row]:
    return store.query(
        "SELECT n.id, n.kind, n.text, n.at, m.title AS meeting_title FROM notes n "
        "JOIN meetings m ON m.id = n.meeting_id "
        "WHERE n.speaker_id = ? AND n.deleted = 0 AND m.deleted = 0 ORDER BY n.at DESC",
        (person_id,),
    )


def address_knocks(store: Store, address_id: str) -> list[sqlite3.Row]:
    return store.query(
        "SELECT k.id, k.at, k.outcome, k.canvasser, c.name AS campaign FROM knocks k "
        "JOIN campaigns c ON c.id = k.campaign_id WHERE k.address_id = ? AND k.deleted = 0 AND c.deleted = 0 "
        "ORDER BY k.at DESC",
        (address_id,),
    )
