"""Attendance of a meeting, people who keep coming to a series (and who stopped), hours given."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Meeting, Role
from engagedesk.domain.validation import fold
from engagedesk.store import attendance as attendance_table
from engagedesk.store import meetings as meetings_table
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


Held = list[tuple[str, str, set[str]]]       # (meeting id, starts_at, people who came), oldest first
Attended = list[tuple[str, list[str]]]        # (person id, starts_at of each meeting they came to)


def series_retention(store: Store, series: str) -> SeriesRetention:
    """Who keeps coming to a series and who stopped, counting only meetings already held.

    A meeting still to come is nobody's absence: it is left out until it starts (or until
    someone signs in to it), so a series with next month's meeting planned is judged on the
    meetings that took place.
    """
    held = _held_meetings(attendance_table.series_grid(store, series), datetime.now())
    keep, stopped = _retention(held)
    return SeriesRetention(len(held), [(p, len(m)) for p, m in keep], [(p, len(m)) for p, m in stopped])


def _held_meetings(grid: list, now: datetime) -> Held:
    """(meeting id, starts_at, people who came) for each meeting of a series grid held by
    ``now``, oldest first."""
    now_text = now.isoformat(timespec="minutes")
    meetings: Held = []
    for row in grid:
        if not meetings or meetings[-1][0] != row["meeting_id"]:
            meetings.append((row["meeting_id"], row["starts_at"], set()))
        if row["person_id"]:
            meetings[-1][2].add(row["person_id"])
    return [m for m in meetings if m[1] <= now_text or m[2]]


def _retention(held: Held) -> tuple[Attended, Attended]:
    """(person id, starts_at of each meeting attended) of those who keep coming (2 or more
    meetings, one of them among the last 2 held) and of those who stopped (2 or more of the
    earlier meetings, none of the last 2).  Most meetings first, then by id."""
    attended: dict[str, list[str]] = defaultdict(list)
    for _, starts_at, people in held:
        for person_id in people:
            attended[person_id].append(starts_at)
    last_two = {meeting_id for meeting_id, _, _ in held[-2:]}
    recent_people: set[str] = set()
    for meeting_id, _, people in held:
        if meeting_id in last_two:
            recent_people |= people
    keep, stopped = [], []
    for person_id, times in attended.items():
        if len(times) < 2:
            continue
        (keep if person_id in recent_people else stopped).append((person_id, times))
    keep.sort(key=lambda item: (-len(item[1]), item[0]))
    stopped.sort(key=lambda item: (-len(item[1]), item[0]))
    return keep, stopped


@dataclass(frozen=True)
class RetentionLine:
    person_id: str
    name: str
    times: int           # meetings of the series attended
    last_attended: str   # when the last of them started ("2026-10-25T18:30")


@dataclass(frozen=True)
class SeriesReport:
    """:func:`series_retention` with names, for a screen or a printout."""

    series: str
    held: int        # meetings of the series that have taken place
    planned: int     # meetings of the series still to come
    keep_coming: list[RetentionLine]
    stopped: list[RetentionLine]


def series_report(store: Store, series: str, now: datetime | None = None) -> SeriesReport:
    """Who keeps coming to ``series`` and who stopped, by name, as of ``now``."""
    now = now or datetime.now()
    grid = attendance_table.series_grid(store, series)
    held = _held_meetings(grid, now)
    total = len({row["meeting_id"] for row in grid})
    keep, stopped = _retention(held)

    def named(entries: list[tuple[str, list[str]]]) -> list[RetentionLine]:
        lines = []
        for person_id, times in entries:
            person = get_person(store, person_id)
            if person is None:
                continue  # erased or deleted since
            lines.append(RetentionLine(person_id, person.display_name, len(times), max(times)))
        return sorted(lines, key=lambda line: (-line.times, fold(line.name), line.person_id))

    return SeriesReport(series, len(held), total - len(held), named(keep), named(stopped))


def line_hours(line: AttendanceLine) -> float | None:
    """Hours from check-in to check-out, or None when the person was not checked out."""
    if not line.attendance.time_out:
        return None
    return round(_hours(line.attendance.time_in, line.attendance.time_out), 2)


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


@dataclass(frozen=True)
class MeetingReport:
    """Everything the attendance screen of one meeting shows."""

    meeting: Meeting
    attendance: MeetingAttendance
    hours: dict[str, float]       # attendance id -> hours, for those checked out
    total_hours: float            # volunteer (and staff) hours given at this meeting
    series: SeriesReport | None   # None when the meeting is not part of a series


def meeting_report(store: Store, meeting_id: str, now: datetime | None = None) -> MeetingReport:
    meeting = meetings_table.get_meeting(store, meeting_id)
    if meeting is None:
        raise UserError(translate(
            "Attendance", "This meeting no longer exists (it may have been deleted on another laptop)."))
    attendance = meeting_attendance(store, meeting_id)
    hours = {line.attendance.id: h for line in attendance.lines if (h := line_hours(line)) is not None}
    return MeetingReport(
        meeting, attendance, hours, round(sum(hours.values()), 2),
        series_report(store, meeting.series, now) if meeting.series else None)
