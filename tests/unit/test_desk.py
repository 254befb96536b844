"""The sign-in desk: finding someone in a few keystrokes, checking in, undo, check-out, roles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import Address, Meeting, Person, Role
from engagedesk.services import meetings, people
from engagedesk.services.desk import Desk, SearchResult
from engagedesk.store import Store
from engagedesk.store import attendance as attendance_table

SERIES = "Riverside Town Hall"


def meeting(store: Store, starts_at: str, series: str = SERIES, title: str = "Town hall",
            meeting_id: str | None = None) -> Meeting:
    made = Meeting(title=title, series=series, starts_at=starts_at)
    if meeting_id is not None:
        made = Meeting(id=meeting_id, title=title, series=series, starts_at=starts_at)
    return meetings.create_meeting(store, made)


def person(store: Store, given: str, family: str = "", **fields) -> Person:
    address = fields.pop("address", None)
    return people.add_person(store, Person(given_name=given, family_name=family, **fields), address)


def attend(store: Store, meeting_: Meeting, *attendees: Person, times: str = "T18:05:00") -> None:
    """Check people in to an earlier meeting, so they are expected at the next one."""
    desk = Desk.open(store, meeting_.id)
    for one in attendees:
        desk.check_in(one, now=meeting_.starts_at[:10] + times)


def names(result: SearchResult) -> list[str]:
    return [match.person.display_name for match in result.matches]


def stored_row(store: Store, attendance_id: str) -> sqlite3.Row:
    return store.get("attendance", attendance_id, include_deleted=True)


@pytest.fixture
def town(store):
    """Last month's town hall and tonight's, with regulars who came last time and a roster."""
    last = meeting(store, "2026-10-22T18:30", title="Town hall #1")
    tonight = meeting(store, "2026-11-22T18:30", title="Town hall #2")
    regulars = {
        "jose": person(store, "José", "Núñez", phone="555-013-4567", email="jose.nunez@example.org"),
        "mara": person(store, "Mara", "Young"),
        "fatima": person(store, "فاطمة", "منصور"),
    }
    attend(store, last, *regulars.values())
    roster = {
        "mabel": person(store, "Mabel", "Abbott"),
        "quentin": person(store, "Quentin", "Blake", phone="(212) 555-7890"),
        "elodie": person(store, "Élodie", "Fabre", address=Address(number="4", street="Rue Peña")),
        "david": person(store, "דוד", "כהן"),
        "siobhan": person(store, "Siobhán", "O'Brien-Walsh"),
    }
    return {"last": last, "tonight": tonight, **regulars, **roster}


# ---------------------------------------------------------------------- search


@pytest.mark.parametrize("typed", ["jose", "JOSE", "José", "JOSÉ", "núñez", "NUNEZ", "nun", "jo nu"])
def test_search_ignores_accents_and_case(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    assert names(desk.search(typed))[:1] == ["José Núñez"]


@pytest.mark.parametrize("typed", ["elodie", "ÉLODIE", "fabre", "élo", "pena"])
def test_roster_search_ignores_accents_and_case(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search(typed)
    assert names(result) == ["Élodie Fabre"]
    assert result.matches[0].expected is False


def test_expected_people_are_found_from_the_first_letter(store, town):
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search("m")
    # One letter searches only the people expected: Mabel (roster only) is not there yet.
    assert names(result) == ["Mara Young"]
    assert result.matches[0].expected is True
    assert result.matches[0].times == 1
    assert result.roster_total == 0


def test_expected_people_rank_before_the_rest_of_the_roster(store, town):
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search("ma")
    # Abbott sorts before Young in the roster, but Mara is expected tonight.
    assert names(result) == ["Mara Young", "Mabel Abbott"]
    assert [m.expected for m in result.matches] == [True, False]
    assert result.roster_total == 2
    assert result.complete is True


def test_roster_people_are_found_from_two_letters(store, town):
    desk = Desk.open(store, town["tonight"].id)
    assert desk.search("q").matches == []
    result = desk.search("qu")
    assert names(result) == ["Quentin Blake"]
    match = result.matches[0]
    assert (match.expected, match.times, match.signed_in_at) == (False, 0, None)


def test_ranking_follows_how_the_name_reads_before_meetings_attended(store):
    earlier = [meeting(store, f"2026-0{month}-10T18:00") for month in (7, 8, 9)]
    tonight = meeting(store, "2026-10-10T18:00")
    jose = person(store, "José", "Núñez")
    nuria = person(store, "Nuria", "Jobs")
    attend(store, earlier[0], jose)
    for one in earlier:
        attend(store, one, nuria)
    desk = Desk.open(store, tonight.id)
    assert [m.times for m in desk.search("jo nu").matches] == [1, 3]
    # Typed the way José's name reads: he comes first although Nuria came more often.
    assert names(desk.search("jo nu")) == ["José Núñez", "Nuria Jobs"]
    assert names(desk.search("nu jo")) == ["Nuria Jobs", "José Núñez"]
    # A given name that starts with what was typed beats a family name that does.
    assert names(desk.search("nu")) == ["Nuria Jobs", "José Núñez"]


def test_ties_are_broken_by_meetings_attended(store):
    earlier = [meeting(store, f"2026-0{month}-10T18:00") for month in (7, 8, 9)]
    tonight = meeting(store, "2026-10-10T18:00")
    allen = person(store, "Jo", "Allen")
    baker = person(store, "Jo", "Baker")
    attend(store, earlier[2], allen)
    for one in earlier:
        attend(store, one, baker)
    desk = Desk.open(store, tonight.id)
    result = desk.search("jo")
    assert names(result) == ["Jo Baker", "Jo Allen"]  # not alphabetical: Baker came 3 times
    assert [m.times for m in result.matches] == [3, 1]


@pytest.mark.parametrize("typed", ["555-013", "5550134567", "(555) 013 4567", "555 013"])
def test_search_by_phone_digits_of_an_expected_person(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    assert names(desk.search(typed)) == ["José Núñez"]


@pytest.mark.parametrize("typed", ["212555", "(212) 555-78", "7890"])
def test_search_by_phone_digits_in_the_roster(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    assert names(desk.search(typed)) == ["Quentin Blake"]


def test_an_expected_person_found_only_through_the_roster_is_still_expected(store, town):
    """The end of a phone number is in the roster index, not in the desk's own list."""
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search("4567")
    assert names(result) == ["José Núñez"]
    assert (result.matches[0].expected, result.matches[0].times) == (True, 1)


def test_search_by_email(store, town):
    desk = Desk.open(store, town["tonight"].id)
    assert names(desk.search("jose.nunez")) == ["José Núñez"]


@pytest.mark.parametrize("typed", ["o'brien", "obrien", "O'BRIEN-W", "brien walsh", "siobhan"])
def test_names_with_apostrophes_and_hyphens(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    assert names(desk.search(typed)) == ["Siobhán O'Brien-Walsh"]


def test_right_to_left_names(store, town):
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search("فا")
    assert names(result) == ["فاطمة منصور"]
    assert result.matches[0].expected is True
    hebrew = desk.search("כה")
    assert names(hebrew) == ["דוד כהן"]
    assert hebrew.matches[0].person.family_name == "כהן"


def test_emoji_in_a_name_and_in_the_search(store, town):
    sunny = person(store, "Sunny 🌻", "Day")
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search("sunny")
    assert names(result) == ["Sunny 🌻 Day"]
    assert result.matches[0].person.id == sunny.id
    assert desk.search("🌻").matches == []
    assert names(desk.search("sun🌻")) == ["Sunny 🌻 Day"]


@pytest.mark.parametrize("typed", ["", " ", "   \t\n ", "\u00a0\u2003", "!!!", "'-'", "()", "--", "__", '"', "*",
                                   "?", "😀", "😀👍🏽", "\u0301\u0301", "+ ( ) -"])
def test_nothing_searchable_gives_no_results_and_no_error(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search(typed)
    assert result.matches == []
    assert result.roster_total == 0
    assert result.complete is True


@pytest.mark.parametrize("typed", ["a" * 10_000, "5" * 10_000, "😀" * 10_000, "فاطمة" * 2_000,
                                   ("x" * 9_999) + "'", "zz " * 3_334])
def test_very_long_input_finds_nobody_without_error(store, town, typed):
    desk = Desk.open(store, town["tonight"].id)
    assert desk.search(typed).matches == []


def test_a_very_long_repeat_of_a_name_is_handled(store, town):
    desk = Desk.open(store, town["tonight"].id)
    result = desk.search("José " * 2_000)
    assert len(result.matches) <= 12
    assert set(names(result)) <= {"José Núñez"}


@pytest.fixture
def many_jos(store):
    """15 people whose given name starts with "Jo"; 3 of them came to last month's meeting."""
    last = meeting(store, "2026-10-22T18:30")
    tonight = meeting(store, "2026-11-22T18:30")
    families = ["Abbott", "Baker", "Carter", "Dunn", "Ellis", "Fox", "Grant", "Hale", "Irwin",
                "Jones", "Kemp", "Lane", "Moss", "Nash", "Owen"]
    jos = [person(store, "Joan", family) for family in families]
    attend(store, last, jos[14], jos[13], jos[12])
    return tonight, jos


def test_more_matches_than_shown_is_not_complete(store, many_jos):
    tonight, jos = many_jos
    desk = Desk.open(store, tonight.id)
    result = desk.search("joan")
    assert len(result.matches) == 12
    assert result.roster_total == 15
    assert result.complete is False
    # The three expected first, then the roster in its order.
    assert names(result)[:3] == ["Joan Moss", "Joan Nash", "Joan Owen"]
    assert names(result)[3:] == [f"Joan {p.family_name}" for p in jos[:9]]


def test_all_matches_shown_is_complete(store, many_jos):
    tonight, _ = many_jos
    desk = Desk.open(store, tonight.id)
    result = desk.search("joan", limit=20)
    assert len(result.matches) == 15
    assert result.roster_total == 15
    assert result.complete is True
    narrow = desk.search("joan ke")
    assert names(narrow) == ["Joan Kemp"]
    assert (narrow.roster_total, narrow.complete) == (1, True)


def test_expected_people_filling_the_list_is_not_complete(store, many_jos):
    """Three expected Joans fill a list of three: the other twelve in the roster are not shown."""
    tonight, _ = many_jos
    desk = Desk.open(store, tonight.id)
    result = desk.search("joan", limit=3)
    assert names(result) == ["Joan Moss", "Joan Nash", "Joan Owen"]
    assert result.complete is False


def test_one_letter_counts_only_the_expected(store, many_jos):
    tonight, _ = many_jos
    desk = Desk.open(store, tonight.id)
    result = desk.search("j")
    assert names(result) == ["Joan Moss", "Joan Nash", "Joan Owen"]
    assert result.roster_total == 0


def test_people_already_signed_in_carry_their_time(store, town):
    desk = Desk.open(store, town["tonight"].id)
    desk.check_in(town["quentin"], now="2026-11-22T18:04:05")
    result = desk.search("qu")
    assert result.matches[0].signed_in_at == "2026-11-22T18:04:05"
    # Now expected (found from one letter), with tonight counted.
    assert names(desk.search("q")) == ["Quentin Blake"]
    assert desk.search("q").matches[0].times == 1
    assert desk.search("ma").matches[0].signed_in_at is None
    # A desk opened later (another window, after a restart) knows too.
    again = Desk.open(store, town["tonight"].id)
    assert again.search("qu").matches[0].signed_in_at == "2026-11-22T18:04:05"
    assert again.count == 1


# ---------------------------------------------------------------------- checking in


def test_open_a_meeting_that_is_gone(store, town):
    store.delete("meetings", town["tonight"].id)
    with pytest.raises(UserError, match="no longer exists"):
        Desk.open(store, town["tonight"].id)


def test_check_in_is_written_before_it_returns(file_store, db_path: Path):
    tonight = meeting(file_store, "2026-11-22T18:30")
    ana = person(file_store, "Ana", "Ruiz")
    desk = Desk.open(file_store, tonight.id)
    done = desk.check_in(ana, Role.SPEAKER, entered_by="Front desk", now="2026-11-22T18:04:05")
    # Another connection sees it at once: it is committed, not waiting in a transaction.
    other = sqlite3.connect(db_path)
    try:
        row = other.execute("SELECT role, time_in, entered_by, deleted FROM attendance WHERE id = ?",
                            (done.attendance.id,)).fetchone()
    finally:
        other.close()
    assert row == ("speaker", "2026-11-22T18:04:05", "Front desk", 0)
    file_store.close()
    with Store.open(db_path) as reopened:
        assert attendance_table.get_attendance(reopened, tonight.id, ana.id) == done.attendance
        assert Desk.open(reopened, tonight.id).count == 1


def test_check_in_stores_what_was_given(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["mabel"], Role.VOLUNTEER, walk_in=True, entered_by="Dana",
                         now="2026-11-22T18:10:00")
    assert done.already is False
    stored = attendance_table.get_attendance(store, town["tonight"].id, town["mabel"].id)
    assert stored == done.attendance
    assert (stored.role, stored.walk_in, stored.entered_by, stored.time_in, stored.time_out) == (
        Role.VOLUNTEER, True, "Dana", "2026-11-22T18:10:00", None)
    assert stored.id == attendance_table.attendance_id(town["tonight"].id, town["mabel"].id)
    assert desk.count == 1
    assert [(a.id, p.id) for a, p in desk.recent()] == [(stored.id, town["mabel"].id)]


def test_checking_in_twice_says_when_and_changes_nothing(store, town):
    desk = Desk.open(store, town["tonight"].id)
    first = desk.check_in(town["jose"], now="2026-11-22T18:04:05")
    before = dict(stored_row(store, first.attendance.id))
    again = desk.check_in(town["jose"], Role.SPEAKER, walk_in=True, now="2026-11-22T19:30:00")
    assert again.already is True
    assert again.attendance == first.attendance
    assert "18:04" in again.greeting()
    assert "already signed in" in again.greeting()
    assert dict(stored_row(store, first.attendance.id)) == before  # same hlc, updated_at, role
    assert desk.count == 1
    assert again.meeting_number == first.meeting_number == 2


def test_a_check_in_made_elsewhere_is_seen_as_already_done(store, town):
    desk = Desk.open(store, town["tonight"].id)
    other_desk = Desk.open(store, town["tonight"].id)
    other_desk.check_in(town["mabel"], now="2026-11-22T18:20:00")
    result = desk.check_in(town["mabel"], now="2026-11-22T18:25:00")
    assert result.already is True
    assert result.attendance.time_in == "2026-11-22T18:20:00"
    assert desk.search("mab").matches[0].signed_in_at == "2026-11-22T18:20:00"
    assert desk.count == 1


def test_first_meeting_and_nth_meeting(store):
    other_series = meeting(store, "2026-09-15T18:00", series="Parks committee")
    first = meeting(store, "2026-10-01T18:00")
    tonight = meeting(store, "2026-11-01T18:00")
    later = meeting(store, "2026-12-01T18:00")
    ana = person(store, "Ana", "Ruiz")
    ben = person(store, "Ben", "Okafor")
    # Ben came to a later meeting first (entered afterwards): it does not count tonight.
    attend(store, later, ben)
    attend(store, other_series, ana)
    attend(store, first, ana)
    desk = Desk.open(store, tonight.id)
    newcomer = desk.check_in(ben)
    assert newcomer.meeting_number == 1
    assert "first meeting" in newcomer.greeting()
    regular = desk.check_in(ana)
    assert regular.meeting_number == 3  # any series counts: Parks, Town hall #1, tonight
    assert "meeting number 3" in regular.greeting()
    assert "Ana Ruiz" in regular.greeting()
    assert Desk.open(store, later.id).check_in(ana).meeting_number == 4


def test_undo_then_check_in_again_revives_the_same_row(store, town):
    desk = Desk.open(store, town["tonight"].id)
    first = desk.check_in(town["mabel"], Role.VOLUNTEER, entered_by="Dana", now="2026-11-22T18:05:00")
    desk.check_out(first.attendance, now="2026-11-22T18:06:00")
    desk.undo(first.attendance)
    assert attendance_table.get_attendance(store, town["tonight"].id, town["mabel"].id) is None
    assert stored_row(store, first.attendance.id)["deleted"] == 1
    assert desk.count == 0
    assert desk.search("mab").matches[0].signed_in_at is None
    assert names(desk.search("m")) == ["Mara Young"]  # Mabel is no longer expected

    again = desk.check_in(town["mabel"], Role.SPEAKER, walk_in=True, entered_by="Lee",
                          now="2026-11-22T18:20:00")
    assert again.already is False
    assert again.attendance.id == first.attendance.id
    assert again.attendance.id == attendance_table.attendance_id(town["tonight"].id, town["mabel"].id)
    row = stored_row(store, again.attendance.id)
    assert (row["deleted"], row["role"], row["time_in"], row["time_out"], row["walk_in"], row["entered_by"]) == (
        0, "speaker", "2026-11-22T18:20:00", None, 1, "Lee")
    assert store.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ? AND person_id = ?",
                        (town["tonight"].id, town["mabel"].id)) == 1
    assert desk.count == 1
    assert again.meeting_number == 1


def test_undo_twice_changes_nothing_the_second_time(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["mara"])
    assert desk.search("m").matches[0].times == 2
    desk.undo(done.attendance)
    desk.undo(done.attendance)
    desk.undo(done.attendance)
    # Still expected (she came last month), still found from the first letter.
    result = desk.search("m")
    assert names(result) == ["Mara Young"]
    assert result.matches[0].times == 1


def test_undo_a_newcomer_takes_them_off_the_expected_list(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["quentin"])
    assert names(desk.search("q")) == ["Quentin Blake"]
    desk.undo(done.attendance)
    assert desk.search("q").matches == []
    assert desk.search("qu").matches[0].expected is False


def test_check_out(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["mabel"], Role.VOLUNTEER, now="2026-11-22T18:00:00")
    out = desk.check_out(done.attendance, now="2026-11-22T20:30:00")
    assert out.time_out == "2026-11-22T20:30:00"
    assert attendance_table.get_attendance(store, town["tonight"].id, town["mabel"].id) == out


def test_check_out_before_the_time_in_is_refused(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["mabel"], Role.STAFF, now="2026-11-22T18:00:00")
    before = dict(stored_row(store, done.attendance.id))
    with pytest.raises(UserError, match=r"after the time in \(18:00\)"):
        desk.check_out(done.attendance, now="2026-11-22T17:59:00")
    assert dict(stored_row(store, done.attendance.id)) == before


def test_check_out_of_an_undone_check_in_is_refused(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["mabel"], Role.VOLUNTEER, now="2026-11-22T18:00:00")
    desk.undo(done.attendance)
    with pytest.raises(UserError, match="undone") as caught:
        desk.check_out(done.attendance, now="2026-11-22T20:00:00")
    assert caught.value.message
    assert stored_row(store, done.attendance.id)["time_out"] is None


def test_change_role(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["jose"])
    assert done.attendance.role is Role.ATTENDEE
    changed = desk.change_role(done.attendance, Role.SPEAKER)
    assert changed.role is Role.SPEAKER
    assert changed.time_in == done.attendance.time_in
    assert attendance_table.get_attendance(store, town["tonight"].id, town["jose"].id) == changed


def test_change_role_of_an_undone_check_in_is_refused(store, town):
    desk = Desk.open(store, town["tonight"].id)
    done = desk.check_in(town["jose"])
    desk.undo(done.attendance)
    with pytest.raises(UserError, match="undone"):
        desk.change_role(done.attendance, Role.SPEAKER)
    assert stored_row(store, done.attendance.id)["role"] == "attendee"


def test_recent_check_ins_newest_first(store, town):
    desk = Desk.open(store, town["tonight"].id)
    for index, key in enumerate(("jose", "mara", "mabel", "quentin")):
        desk.check_in(town[key], now=f"2026-11-22T18:0{index}:00")
    assert [p.given_name for _, p in desk.recent(3)] == ["Quentin", "Mabel", "Mara"]


def test_demo_rows_with_older_ids_are_found_and_revived(demo_copy):
    """Rows not keyed by meeting and person (the demo, older laptops) still count as the check-in."""
    with Store.open(demo_copy) as opened:
        past = min(meetings.list_meetings(opened), key=lambda m: m.starts_at)
        line = attendance_table.for_meeting(opened, past.id)[0]
        desk = Desk.open(opened, past.id)
        again = desk.check_in(line.person)
        assert again.already is True
        assert again.attendance == line.attendance
        desk.undo(again.attendance)
        revived = desk.check_in(line.person, Role.SPEAKER, now=past.starts_at + ":00")
        assert revived.already is False
        assert revived.attendance.id == line.attendance.id
        assert attendance_table.get_attendance(opened, past.id, line.person.id) == revived.attendance
        assert desk.check_out(revived.attendance, now=past.starts_at + ":30").time_out


# ---------------------------------------------------------------------- two laptops


def test_two_laptops_make_the_same_attendance_id(tmp_path: Path):
    """Each laptop checks the same person in to the same meeting: one row once they sync."""
    meeting_id = "0b7a2f3e-4c5d-4e6f-8a9b-0c1d2e3f4a5b"
    person_id = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
    made = []
    for name, now in (("north.db", "2026-11-22T18:04:00"), ("south.db", "2026-11-22T18:09:00")):
        with Store.open(tmp_path / name) as laptop:
            meetings.create_meeting(laptop, Meeting(id=meeting_id, title="Town hall", starts_at="2026-11-22T18:00"))
            ana = people.add_person(laptop, Person(id=person_id, given_name="Ana", family_name="Ruiz"))
            done = Desk.open(laptop, meeting_id).check_in(ana, now=now)
            made.append((laptop.site_id, dict(stored_row(laptop, done.attendance.id))))
    (north_site, north), (south_site, south) = made
    assert north_site != south_site
    assert north["id"] == south["id"] == attendance_table.attendance_id(meeting_id, person_id)
    assert (north["site_id"], south["site_id"]) == (north_site, south_site)
    assert (north["time_in"], south["time_in"]) == ("2026-11-22T18:04:00", "2026-11-22T18:09:00")


def test_attendance_ids_differ_per_meeting_and_person():
    ids = {attendance_table.attendance_id(m, p) for m in ("m1", "m2") for p in ("p1", "p2")}
    assert len(ids) == 4
    assert attendance_table.attendance_id("m1", "p1") == attendance_table.attendance_id("m1", "p1")
