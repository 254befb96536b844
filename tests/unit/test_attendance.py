"""Attendance of a meeting, who keeps coming to a series and who stopped, volunteer hours.

The meetings here are in 2025, so every one of them has taken place whenever the tests run.
"""

from __future__ import annotations

import pytest

from engagedesk.domain.models import Meeting, Person, Role
from engagedesk.services import attendance, meetings, people
from engagedesk.services.desk import Desk
from engagedesk.store import Store

SERIES = "Riverside Town Hall"


def meeting(store: Store, starts_at: str, series: str = SERIES) -> Meeting:
    return meetings.create_meeting(store, Meeting(title=f"{series} {starts_at[:10]}", series=series,
                                                  starts_at=starts_at))


def person(store: Store, given: str, family: str = "") -> Person:
    return people.add_person(store, Person(given_name=given, family_name=family))


def check_in(store: Store, meeting_: Meeting, one: Person, role: Role = Role.ATTENDEE, *,
             walk_in: bool = False, at: str = "18:05", out: str | None = None):
    desk = Desk.open(store, meeting_.id)
    done = desk.check_in(one, role, walk_in=walk_in, now=f"{meeting_.starts_at[:10]}T{at}:00")
    if out is not None:
        return desk.check_out(done.attendance, now=f"{meeting_.starts_at[:10]}T{out}:00")
    return done.attendance


# ---------------------------------------------------------------------- one meeting


@pytest.fixture
def november(store):
    october = meeting(store, "2025-10-22T18:30")
    parks = meeting(store, "2025-09-01T18:00", series="Parks committee")
    tonight = meeting(store, "2025-11-22T18:30")
    later = meeting(store, "2025-12-22T18:30")
    who = {name: person(store, name, "Test") for name in ("Alice", "Bob", "Carol", "Dan", "Eve", "Finn", "Gus")}
    check_in(store, october, who["Alice"])
    check_in(store, october, who["Dan"])
    check_in(store, parks, who["Finn"])          # came before, to another series: returning
    check_in(store, later, who["Bob"])           # came after tonight only: still new tonight
    check_in(store, tonight, who["Alice"], at="18:01")
    check_in(store, tonight, who["Bob"], walk_in=True, at="18:02")
    check_in(store, tonight, who["Carol"], Role.VOLUNTEER, at="18:03")
    check_in(store, tonight, who["Finn"], Role.SPEAKER, walk_in=True, at="18:04")
    desk = Desk.open(store, tonight.id)
    desk.undo(desk.check_in(who["Eve"]).attendance)  # undone: not there
    return tonight, who


def given_names(result: attendance.MeetingAttendance) -> list[str]:
    return [line.person.given_name for line in result.lines]


def test_meeting_attendance_totals(store, november):
    tonight, _ = november
    result = attendance.meeting_attendance(store, tonight.id)
    assert given_names(result) == ["Alice", "Bob", "Carol", "Finn"]
    assert (result.total, result.new, result.returning, result.walk_ins) == (4, 2, 2, 2)
    assert result.by_role == {"attendee": 2, "volunteer": 1, "speaker": 1}
    assert {line.person.given_name: line.meetings_before for line in result.lines} == {
        "Alice": 1, "Bob": 0, "Carol": 0, "Finn": 1}


@pytest.mark.parametrize(("role", "new_only", "expected"), [
    (Role.ATTENDEE, None, ["Alice", "Bob"]),
    (Role.VOLUNTEER, None, ["Carol"]),
    (Role.STAFF, None, []),
    (None, True, ["Bob", "Carol"]),
    (None, False, ["Alice", "Finn"]),
    (Role.ATTENDEE, True, ["Bob"]),
    (Role.SPEAKER, False, ["Finn"]),
    (Role.SPEAKER, True, []),
])
def test_meeting_attendance_filters_keep_the_totals(store, november, role, new_only, expected):
    tonight, _ = november
    result = attendance.meeting_attendance(store, tonight.id, role=role, new_only=new_only)
    assert given_names(result) == expected
    # The counts are of the whole meeting, whatever the filter shows.
    assert (result.total, result.new, result.returning, result.walk_ins) == (4, 2, 2, 2)
    assert result.by_role == {"attendee": 2, "volunteer": 1, "speaker": 1}


def test_meeting_attendance_of_an_empty_meeting(store):
    empty = meeting(store, "2025-11-01T18:00")
    result = attendance.meeting_attendance(store, empty.id)
    assert (result.lines, result.total, result.new, result.returning, result.walk_ins, result.by_role) == (
        [], 0, 0, 0, 0, {})


# ---------------------------------------------------------------------- a series


@pytest.fixture
def series_of_four(store):
    """Four meetings of a series (made out of order) and who came to which."""
    dates = {3: "2025-03-10T18:00", 1: "2025-01-10T18:00", 4: "2025-04-10T18:00", 2: "2025-02-10T18:00"}
    numbered = {number: meeting(store, starts_at) for number, starts_at in dates.items()}
    came = {
        "always": (1, 2, 3, 4),   # keeps coming, 4 meetings
        "early": (1, 2),          # stopped: 2 of the first, none of the last 2
        "early3": (1, 2, 3),      # came to meeting 3, one of the last 2: keeps coming
        "gap": (1, 3),            # keeps coming
        "back": (2, 4),           # keeps coming
        "once_first": (1,),       # neither: only once
        "once_last": (4,),        # neither: only once, a newcomer
        "lately": (3, 4),         # keeps coming
    }
    who = {}
    for name, numbers in came.items():
        who[name] = person(store, name)
        for number in numbers:
            check_in(store, numbered[number], who[name])
    # Not counted: another series, a deleted meeting of this series, an undone check-in.
    other = meeting(store, "2025-04-20T18:00", series="Parks committee")
    check_in(store, other, who["early"])
    gone = meeting(store, "2025-05-10T18:00")
    check_in(store, gone, who["early"])
    store.delete("meetings", gone.id)
    desk = Desk.open(store, numbered[4].id)
    desk.undo(desk.check_in(who["early"]).attendance)
    return who


def test_series_retention_on_four_meetings(store, series_of_four):
    who = series_of_four
    result = attendance.series_retention(store, SERIES)
    assert result.meetings == 4
    assert result.keep_coming == sorted(
        [(who["always"].id, 4), (who["early3"].id, 3), (who["gap"].id, 2), (who["back"].id, 2),
         (who["lately"].id, 2)], key=lambda item: (-item[1], item[0]))
    assert result.stopped == [(who["early"].id, 2)]


def test_series_retention_with_two_meetings_has_nobody_stopped(store):
    first, second = meeting(store, "2025-01-10T18:00"), meeting(store, "2025-02-10T18:00")
    ana, ben = person(store, "Ana"), person(store, "Ben")
    for one in (first, second):
        check_in(store, one, ana)
    check_in(store, first, ben)
    result = attendance.series_retention(store, SERIES)
    assert (result.meetings, result.keep_coming, result.stopped) == (2, [(ana.id, 2)], [])


def test_series_retention_of_an_unknown_series(store):
    result = attendance.series_retention(store, "No such series")
    assert (result.meetings, result.keep_coming, result.stopped) == (0, [], [])


# ---------------------------------------------------------------------- hours


def test_volunteer_hours_per_person_and_per_meeting(store):
    first, second = meeting(store, "2025-10-10T18:00"), meeting(store, "2025-11-10T18:00")
    vera = person(store, "Vera", "Volunteer")
    sam = person(store, "Sam", "Staff")
    ann = person(store, "Ann", "Attendee")
    ugo = person(store, "Ugo", "Undone")
    check_in(store, first, vera, Role.VOLUNTEER, at="18:00", out="20:30")    # 2.5 h
    check_in(store, second, vera, Role.VOLUNTEER, at="17:45", out="20:00")   # 2.25 h
    check_in(store, second, sam, Role.STAFF, at="18:00", out="19:00")        # 1 h
    check_in(store, second, ann, at="18:10")                                 # never checked out
    undone = check_in(store, second, ugo, Role.VOLUNTEER, at="17:00", out="21:00")
    Desk.open(store, second.id).undo(undone)

    overall = attendance.volunteer_hours(store)
    assert [(h.person_id, h.name, h.hours) for h in overall] == [
        (vera.id, "Vera Volunteer", 4.75), (sam.id, "Sam Staff", 1.0)]
    assert [(h.name, h.hours) for h in attendance.volunteer_hours(store, second.id)] == [
        ("Vera Volunteer", 2.25), ("Sam Staff", 1.0)]
    assert [(h.name, h.hours) for h in attendance.volunteer_hours(store, first.id)] == [("Vera Volunteer", 2.5)]
    assert attendance.meeting_hours(store, second.id) == 3.25
    assert attendance.meeting_hours(store, first.id) == 2.5


def test_no_hours_when_nobody_checked_out(store):
    tonight = meeting(store, "2025-10-10T18:00")
    check_in(store, tonight, person(store, "Vera"), Role.VOLUNTEER)
    assert attendance.volunteer_hours(store, tonight.id) == []
    assert attendance.meeting_hours(store, tonight.id) == 0
