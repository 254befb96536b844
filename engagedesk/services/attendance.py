"""Attendance of a meeting, people who keep coming to a series (and who stopped), hours given."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from engagedesk.domain.models import Role
from engagedesk.store import attendance as attendance_table
from engagedesk.store.attendance import AttendanceLine
from engagedesk.store.people import get_person
from engagedesk.store.store import Store


@dataclass(frozen=True)
class MeetingAttendance:
    lines: list[AttendanceLine]
    total: int
    new: int
    returning: int
    walk_ins: int
    by_role: dict[str, int]


def meeting_attendance(store: Store, meeting_id: str, role: Role | None = None,
                       new_only: bool | None = None) -> MeetingAttendance:
    """The attendance list, optionally only one role or only new (or only returning) people."""
    lines = attendance_table.for_meeting(store, meeting_id)
    totals = MeetingAttendance(
        lines=lines, total=len(lines), new=sum(1 for line in lines if line.meetings_before == 0),
        returning=sum(1 for line in lines if line.meetings_before > 0),
        walk_ins=sum(1 for line in lines if line.attendance.walk_in),
        by_role=dict(Counter(line.attendance.role.value for line in lines)))
    if role is not None:
        lines = [line for line in lines if line.attendance.role is role]
    if new_only is not None:
        lines = [line for line in lines if (line.meetings_before == 0) == new_only]
    return MeetingAttendance(lines, totals.total, totals.new, totals.returning, totals.walk_ins, totals.by_role)


@dataclass(frozen=True)
class SeriesRetention:
    meetings: int
    keep_coming: list[tuple[str, int]]  # (person id, meetings attended): 2 or more, one of the last 2
    stopped: list[tuple[str, int]]      # 2 or more of the earlier meetings, none of the last 2


def series_retention(store: Store, series: str) -> SeriesRetention:
    attended: dict[str, set[str]] = defaultdict(set)
    order: list[str] = []
    for row in attendance_table.series_grid(store, series):
        if not order or order[-1] != row["meeting_id"]:
            order.append(row["meeting_id"])
        if row["person_id"]:
            attended[row["person_id"]].add(row["meeting_id"])
    last_two = set(order[-2:])
    keep, stopped = [], []
    for person_id, meetings in attended.items():
        if meetings & last_two:
            if len(meetings) >= 2:
                keep.append((person_id, len(meetings)))
        elif len(meetings) >= 2 and len(order) > 2:
            stopped.append((person_id, len(meetings)))
    keep.sort(key=lambda item: (-item[1], item[0]))
    stopped.sort(key=lambda item: (-item[1], item[0]))
    return SeriesRetention(len(order), keep, stopped)


def _hours(time_in: str, time_out: str) -> float:
    return max(0.0, (datetime.fromisoformat(time_out) - datetime.fromisoformat(time_in)).total_seconds() / 3600)


@dataclass(frozen=True)
class Hours:
    person_id: str
    name: str
    hours: float


def volunteer_hours(store: Store, meeting_id: str | None = None) -> list[Hours]:
    """Hours per person from check-in to check-out (volunteers, staff and anyone checked out)."""
    totals: dict[str, float] = defaultdict(float)
    for row in attendance_table.hours_rows(store, meeting_id):
        totals[row["person_id"]] += _hours(row["time_in"], row["time_out"])
    result = []
    for person_id, hours in totals.items():
        person = get_person(store, person_id)
        result.append(Hours(person_id, person.display_name if person else "", round(hours, 2)))
    return sorted(result, key=lambda h: (-h.hours, h.name))


def meeting_hours(store: Store, meeting_id: str) -> float:
    return round(sum(h.hours for h in volunteer_hours(store, meeting_id)), 2)
