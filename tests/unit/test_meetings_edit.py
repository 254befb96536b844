"""Editing a meeting (only what changed, agenda ids kept), series names, the meetings list lines,
and who keeps coming to a series."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.models import AgendaItem, Meeting, Person
from engagedesk.services import attendance, demo, meetings, people
from engagedesk.store import Store

NOON = datetime(2026, 11, 22, 12, 0)


def item(title: str, minutes: int = 10) -> AgendaItem:
    return AgendaItem(meeting_id="", position=0, title=title, minutes=minutes)


def town_hall(store: Store, **changes) -> Meeting:
    fields = dict(title="Town hall", series="Riverside", starts_at="2026-11-22T18:30",
                  ends_at="2026-11-22T20:00", place="Library",
                  agenda=(item("Welcome"), item("Parks", 45), item("Next steps", 15)))
    fields.update(changes)
    return meetings.create_meeting(store, Meeting(**fields))


def row_stamp(store: Store, table: str, row_id: str) -> str:
    return store.get(table, row_id, include_deleted=True)["hlc"]


def test_edit_writes_only_the_fields_that_changed(store):
    made = town_hall(store)
    stamps = {i.id: row_stamp(store, "agenda_items", i.id) for i in made.agenda}
    meeting_stamp = row_stamp(store, "meetings", made.id)
    saved = meetings.edit_meeting(store, dataclasses.replace(made, title="  Town hall #5 ", place="Annex"))
    assert saved.title == "Town hall #5"
    stored = meetings.get_meeting(store, made.id)
    assert stored == saved
    assert (stored.place, stored.series, stored.starts_at) == ("Annex", "Riverside", "2026-11-22T18:30")
    assert row_stamp(store, "meetings", made.id) > meeting_stamp
    # The agenda did not change, so none of its rows was rewritten.
    assert {i.id: row_stamp(store, "agenda_items", i.id) for i in made.agenda} == stamps


def test_reordering_the_agenda_keeps_every_id(store):
    made = town_hall(store)
    welcome, parks, steps = made.agenda
    reordered = dataclasses.replace(made, agenda=(parks, welcome, dataclasses.replace(steps, minutes=20)))
    meetings.edit_meeting(store, reordered)
    stored = meetings.get_meeting(store, made.id).agenda
    assert [(i.id, i.position, i.title, i.minutes) for i in stored] == [
        (parks.id, 0, "Parks", 45), (welcome.id, 1, "Welcome", 10), (steps.id, 2, "Next steps", 20)]
    assert store.count("agenda_items") == 3


def test_added_items_are_inserted_and_removed_ones_become_tombstones(store):
    made = town_hall(store)
    welcome, parks, steps = made.agenda
    added = item("Library hours", 20)
    saved = meetings.edit_meeting(store, dataclasses.replace(made, agenda=(welcome, added, steps)))
    assert all(i.meeting_id == made.id for i in saved.agenda)
    stored = meetings.get_meeting(store, made.id).agenda
    assert [(i.id, i.title) for i in stored] == [
        (welcome.id, "Welcome"), (added.id, "Library hours"), (steps.id, "Next steps")]
    tombstone = store.get("agenda_items", parks.id, include_deleted=True)
    assert tombstone["deleted"] == 1 and tombstone["title"] == "Parks"
    # Putting the removed item back (same id) revives its row rather than making a second one.
    meetings.edit_meeting(store, dataclasses.replace(made, agenda=(welcome, parks, added, steps)))
    assert [i.id for i in meetings.get_meeting(store, made.id).agenda] == [welcome.id, parks.id, added.id, steps.id]
    assert store.scalar("SELECT count(*) FROM agenda_items") == 4


def test_an_invalid_edit_changes_nothing(store):
    made = town_hall(store)
    broken = dataclasses.replace(made, title="Renamed", ends_at="2026-11-22T17:00", agenda=made.agenda[:1])
    with pytest.raises(ValidationError) as problem:
        meetings.edit_meeting(store, broken)
    assert problem.value.for_field("ends_at") == "The meeting must end after it starts."
    assert meetings.get_meeting(store, made.id) == made


def test_editing_a_meeting_deleted_elsewhere_says_so(store):
    made = town_hall(store)
    store.delete("meetings", made.id)
    with pytest.raises(UserError, match="no longer exists"):
        meetings.edit_meeting(store, dataclasses.replace(made, title="Renamed"))


def test_facilitators_can_be_changed_and_listed(store):
    ana = people.add_person(store, Person(given_name="Ana", family_name="Núñez"))
    bo = people.add_person(store, Person(given_name="Bo", family_name="Lee"))
    made = town_hall(store, facilitator_ids=(ana.id,))
    meetings.edit_meeting(store, dataclasses.replace(made, facilitator_ids=(bo.id, ana.id)))
    stored = meetings.get_meeting(store, made.id)
    assert [p.display_name for p in meetings.facilitators(store, stored)] == ["Bo Lee", "Ana Núñez"]
    store.delete("people", bo.id)
    assert [p.id for p in meetings.facilitators(store, stored)] == [ana.id]


def test_list_series_is_alphabetical_without_blanks_or_deleted_meetings(store):
    town_hall(store, series="Riverside")
    town_hall(store, series="Riverside")
    town_hall(store, series="Éastside youth")
    town_hall(store, series="")
    gone = town_hall(store, series="Old series")
    store.delete("meetings", gone.id)
    town_hall(store, series="budget circle")
    assert meetings.list_series(store) == ["budget circle", "Éastside youth", "Riverside"]


def test_meeting_lines_carry_the_count_and_whether_it_is_over(store):
    tonight = town_hall(store, title="tonight", agenda=())
    town_hall(store, title="last week", starts_at="2026-11-15T18:30", ends_at="2026-11-15T20:00")
    now_on = town_hall(store, title="now on", starts_at="2026-11-22T11:00", ends_at="2026-11-22T13:00")
    ana = people.add_person(store, Person(given_name="Ana"))
    store.insert("attendance", {"id": "a1", "meeting_id": now_on.id, "person_id": ana.id,
                                "role": "attendee", "time_in": "2026-11-22T11:05:00"})
    lines = meetings.meeting_lines(store, NOON)
    assert [(l.meeting.title, l.attendance, l.upcoming, l.started) for l in lines] == [
        ("now on", 1, True, True), ("tonight", 0, True, False), ("last week", 0, False, True)]
    assert lines[1].meeting.id == tonight.id


# ------------------------------------------------------------------ who keeps coming to a series

def attend(store: Store, meeting: Meeting, *persons: Person) -> None:
    for person in persons:
        store.insert("attendance", {"id": f"{meeting.id}/{person.id}", "meeting_id": meeting.id,
                                    "person_id": person.id, "role": "attendee",
                                    "time_in": meeting.starts_at + ":00"})


def test_series_report_names_who_keeps_coming_and_who_stopped(store):
    ana, bo, cy, di, ed = (people.add_person(store, Person(given_name=n, family_name="Test"))
                          for n in ("Ana", "Bo", "Cy", "Di", "Ed"))
    first, second, third, fourth = (
        town_hall(store, title=f"#{n}", starts_at=f"2026-{month}-01T18:30", ends_at=f"2026-{month}-01T20:00",
                  agenda=())
        for n, month in ((1, "07"), (2, "08"), (3, "09"), (4, "10")))
    town_hall(store, title="#5 next month", starts_at="2026-12-01T18:30", ends_at="2026-12-01T20:00")
    attend(store, first, ana, bo, cy, ed)
    attend(store, second, ana, bo, cy)
    attend(store, third, ana, di)
    attend(store, fourth, di, ana)
    report = attendance.series_report(store, "Riverside", NOON)
    assert (report.held, report.planned) == (4, 1)
    assert [(l.name, l.times, l.last_attended) for l in report.keep_coming] == [
        ("Ana Test", 4, "2026-10-01T18:30"), ("Di Test", 2, "2026-10-01T18:30")]
    # Bo and Cy came twice, then not to the last two; Ed came once, so he is neither.
    assert [(l.name, l.times, l.last_attended) for l in report.stopped] == [
        ("Bo Test", 2, "2026-08-01T18:30"), ("Cy Test", 2, "2026-08-01T18:30")]


def test_a_meeting_still_to_come_is_nobodys_absence(store):
    ana = people.add_person(store, Person(given_name="Ana"))
    past = [town_hall(store, title=f"#{n}", starts_at=f"2026-0{n}-01T18:30", ends_at=f"2026-0{n}-01T20:00",
                      agenda=()) for n in (1, 2, 3)]
    for meeting in past:
        attend(store, meeting, ana)
    town_hall(store, title="tonight", agenda=())  # 18:30 today; at noon it has not begun
    before = attendance.series_report(store, "Riverside", NOON)
    assert (before.held, before.planned) == (3, 1)
    assert [l.name for l in before.keep_coming] == ["Ana"] and before.stopped == []
    # Once it has begun and she is not there, it counts.
    during = attendance.series_report(store, "Riverside", datetime(2026, 11, 22, 19, 0))
    assert during.held == 4 and [l.name for l in during.keep_coming] == ["Ana"]


def test_demo_series_with_tonight_signed_in(store):
    demo.make_demo(store, people=300, seed=7, today=date(2026, 11, 22))
    lines = meetings.meeting_lines(store, NOON)
    assert [l.meeting.title for l in lines] == [f"Riverside Town Hall #{n}" for n in (4, 3, 2, 1)]
    report = attendance.series_report(store, "Riverside Town Hall", NOON)
    assert (report.held, report.planned) == (3, 1)
    # With three meetings held, "stopped" needs two of one earlier meeting: nobody yet.
    assert report.stopped == [] and report.keep_coming
    assert all(l.times >= 2 for l in report.keep_coming)


def test_line_hours_counts_checked_out_time_only(store):
    made = town_hall(store, agenda=())
    ana = people.add_person(store, Person(given_name="Ana"))
    bo = people.add_person(store, Person(given_name="Bo"))
    store.insert("attendance", {"id": "a1", "meeting_id": made.id, "person_id": ana.id, "role": "volunteer",
                                "time_in": "2026-11-22T17:45:00", "time_out": "2026-11-22T20:15:00"})
    store.insert("attendance", {"id": "a2", "meeting_id": made.id, "person_id": bo.id, "role": "attendee",
                                "time_in": "2026-11-22T18:35:00"})
    lines = {line.person.given_name: line for line in attendance.meeting_attendance(store, made.id).lines}
    assert attendance.line_hours(lines["Ana"]) == 2.5
    assert attendance.line_hours(lines["Bo"]) is None
    assert attendance.meeting_hours(store, made.id) == 2.5
