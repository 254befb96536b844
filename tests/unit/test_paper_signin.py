"""Keying a printed sign-in sheet back in: same rows as printed, ticks become check-ins."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.models import Meeting, Person
from engagedesk.services import meetings, paper_signin, people, printing
from engagedesk.services.desk import Desk
from engagedesk.services.paper_signin import PAPER, normalise_code
from engagedesk.services.walkins import WalkIn
from engagedesk.store import attendance as attendance_table


@pytest.fixture
def series(store):
    """Two past meetings of a series and tonight's; five regulars, one came once."""
    names = [("Ana", "Zapata"), ("Bo", "Young"), ("Chen", "Xu"), ("Dora", "Wells"), ("Eli", "Vance"),
             ("Once", "Only")]
    roster = [people.add_person(store, Person(given_name=g, family_name=f)) for g, f in names]
    past = [meetings.create_meeting(store, Meeting(title="Parks", series="parks", starts_at=f"2026-10-{d:02d}T18:00"))
            for d in (1, 15)]
    for meeting in past:
        desk = Desk.open(store, meeting.id)
        for person in roster[:5]:
            desk.check_in(person)
    Desk.open(store, past[0].id).check_in(roster[5])
    tonight = meetings.create_meeting(store, Meeting(title="Parks", series="parks", starts_at="2026-11-22T18:00"))
    return tonight, roster


def test_rows_come_in_the_printed_order_with_the_printed_codes(store, series):
    tonight, roster = series
    sheet = paper_signin.paper_sheet(store, tonight.id)
    printed = printing.signin_sheet(store, tonight.id)
    assert [row.person.display_name for row in sheet.rows] == [row.name for row in printed.rows]
    assert [row.code for row in sheet.rows] == [row.code for row in printed.rows]
    assert [row.number for row in sheet.rows] == list(range(1, len(printed.rows) + 1))
    # The PDF itself carries those codes, so what the volunteer reads is what the screen finds.
    if shutil.which("pdftotext"):
        pdf = printing.prepare_signin(store, tonight.id).render()
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        assert all(row.code in text for row in sheet.rows)


def test_a_row_is_found_by_number_or_by_the_start_of_its_code(store, series):
    tonight, _ = series
    sheet = paper_signin.paper_sheet(store, tonight.id)
    third = sheet.rows[2]
    assert sheet.find("3")[0] == third
    assert sheet.find(third.code) == [third]
    assert third in sheet.find(third.code[:2].lower())
    assert sheet.find("") == [] and sheet.find("  ") == []
    assert sheet.find("999") == []
    # A number is a row number first, even where codes start with that digit.
    assert sheet.pick("3") == third and sheet.pick(third.code) == third
    assert sheet.pick(third.code[:1]) in (None, *sheet.find(third.code[:1]))


def test_codes_forgive_letters_read_as_digits_and_spaces():
    assert normalise_code(" o1-i l ") == "0111"
    assert normalise_code("k3f7") == "K3F7"


def test_ticks_become_check_ins_at_the_meetings_start_once(store, series):
    tonight, roster = series
    Desk.open(store, tonight.id).check_in(roster[1])  # Bo signed in at the desk too
    result = paper_signin.record_ticks(store, tonight.id, [roster[0].id, roster[1].id, roster[0].id])
    assert (result.checked_in, result.already, result.missing) == (1, 1, 0)
    ana = attendance_table.get_attendance(store, tonight.id, roster[0].id)
    assert ana.time_in == tonight.starts_at and ana.entered_by == PAPER
    again = paper_signin.record_ticks(store, tonight.id, [roster[0].id])
    assert (again.checked_in, again.already) == (0, 1)
    ticked = {row.person.id: row.signed_in for row in paper_signin.paper_sheet(store, tonight.id).rows}
    assert ticked[roster[0].id] and ticked[roster[1].id] and not ticked[roster[2].id]


def test_a_person_deleted_since_printing_is_counted_not_checked_in(store, series):
    tonight, roster = series
    store.delete("people", roster[4].id)
    result = paper_signin.record_ticks(store, tonight.id, [roster[4].id, roster[3].id])
    assert (result.checked_in, result.missing) == (1, 1)
    assert attendance_table.get_attendance(store, tonight.id, roster[4].id) is None


def test_a_written_in_name_becomes_a_new_person_checked_in(store, series):
    tonight, _ = series
    before = people.count_people(store)
    person = paper_signin.add_written_in(store, tonight.id, WalkIn(given_name="Zoë", family_name="Nguyễn",
                                                                    postal_code="10001"))
    assert people.count_people(store) == before + 1
    attendance = attendance_table.get_attendance(store, tonight.id, person.id)
    assert attendance.walk_in and attendance.entered_by == PAPER


def test_a_bad_written_in_row_is_refused_and_nothing_is_stored(store, series):
    tonight, _ = series
    before = people.count_people(store)
    with pytest.raises(ValidationError):
        paper_signin.add_written_in(store, tonight.id, WalkIn(given_name="", family_name="", email="not-an-email"))
    assert people.count_people(store) == before


def test_an_unknown_meeting_is_refused_with_a_message(store):
    with pytest.raises(UserError, match="no longer on this laptop"):
        paper_signin.paper_sheet(store, "nope")
