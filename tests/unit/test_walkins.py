"""Walk-ins: likely duplicates before a new person is made, then add and check in together."""

from __future__ import annotations

import pytest

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import Address, Meeting, Person, Role
from engagedesk.services import meetings, people, walkins
from engagedesk.services.desk import Desk
from engagedesk.services.walkins import WalkIn, add_walk_in, likely_duplicates
from engagedesk.store import attendance as attendance_table
from engagedesk.store import people as people_table


@pytest.fixture
def roster(store):
    return {
        "jose": people.add_person(store, Person(given_name="José", family_name="Núñez",
                                                email="Jose.Nunez@Example.org", phone="555-013-4567")),
        "john": people.add_person(store, Person(given_name="John", family_name="Smith")),
        "maria": people.add_person(store, Person(given_name="María", family_name="López",
                                                 phone="+1 (212) 555-0199")),
        "siobhan": people.add_person(store, Person(given_name="Siobhán", family_name="O'Brien")),
        "fatima": people.add_person(store, Person(given_name="فاطمة", family_name="منصور")),
    }


@pytest.fixture
def desk(store):
    tonight = meetings.create_meeting(store, Meeting(title="Town hall", starts_at="2026-11-22T18:30"))
    return Desk.open(store, tonight.id)


def suggested(store, walk_in: WalkIn) -> list[tuple[str, str]]:
    return [(d.person.display_name, d.reason) for d in likely_duplicates(store, walk_in)]


# ---------------------------------------------------------------------- likely duplicates


@pytest.mark.parametrize("email", ["jose.nunez@example.org", "JOSE.NUNEZ@EXAMPLE.ORG", " Jose.Nunez@Example.org "])
def test_same_email_whatever_its_case(store, roster, email):
    assert suggested(store, WalkIn(given_name="Pepe", email=email)) == [("José Núñez", "email")]


@pytest.mark.parametrize("phone", ["5550134567", "(555) 013-4567", "555.013.4567"])
def test_same_phone_digits(store, roster, phone):
    found = likely_duplicates(store, WalkIn(given_name="Pepe", phone=phone))
    assert [(d.person.id, d.reason, d.similarity) for d in found] == [(roster["jose"].id, "phone", 100)]


def test_a_phone_with_other_digits_is_not_a_match(store, roster):
    assert likely_duplicates(store, WalkIn(given_name="Pepe", phone="555-013-4568")) == []


@pytest.mark.parametrize(("given", "family", "expected"), [
    ("Jose", "Nunez", "José Núñez"),
    ("JOSE", "NÚÑEZ", "José Núñez"),
    ("Jon", "Smith", "John Smith"),
    ("John", "Smyth", "John Smith"),
    ("Smith", "John", "John Smith"),
    ("Núñez", "José", "José Núñez"),
    ("Maria", "Lopez", "María López"),
    ("Siobhan", "OBrien", "Siobhán O'Brien"),
    ("فاطمة", "منصور", "فاطمة منصور"),
])
def test_close_names_are_suggested(store, roster, given, family, expected):
    found = likely_duplicates(store, WalkIn(given_name=given, family_name=family))
    assert [(d.person.display_name, d.reason) for d in found] == [(expected, "name")]
    assert walkins.NAME_SIMILARITY <= found[0].similarity <= 100


@pytest.mark.parametrize(("given", "family"), [
    ("Peter", "Kowalski"), ("Joanna", "Nowak"), ("Jan", "Smithers-Bloomfield"), ("Mario", "Rossi"),
])
def test_a_clearly_different_name_suggests_nobody(store, roster, given, family):
    assert likely_duplicates(store, WalkIn(given_name=given, family_name=family)) == []


def test_email_and_phone_matches_come_before_name_matches(store, roster):
    found = suggested(store, WalkIn(given_name="Jon", family_name="Smith", email="jose.nunez@example.org",
                                    phone="1 212 555 0199"))
    assert found == [("José Núñez", "email"), ("María López", "phone"), ("John Smith", "name")]


def test_a_person_matched_twice_is_suggested_once(store, roster):
    found = likely_duplicates(store, WalkIn(given_name="Jose", family_name="Nunez",
                                            email="jose.nunez@example.org", phone="5550134567"))
    assert [(d.person.id, d.reason) for d in found] == [(roster["jose"].id, "email")]


def test_deleted_people_are_not_suggested(store, roster):
    store.delete("people", roster["john"].id)
    assert likely_duplicates(store, WalkIn(given_name="John", family_name="Smith")) == []


def test_suggestions_are_limited(store):
    for index in range(8):
        people.add_person(store, Person(given_name="Ana", family_name="Ruiz", phone=f"555-010-{index:04d}"))
    assert len(likely_duplicates(store, WalkIn(given_name="Ana", family_name="Ruiz"))) == 5
    assert len(likely_duplicates(store, WalkIn(given_name="Ana", family_name="Ruiz"), limit=8)) == 8


@pytest.mark.parametrize("draft", [WalkIn(), WalkIn(given_name="   ", family_name="\t"),
                                   WalkIn(email="someone@example.org")])
def test_a_draft_without_a_name_is_refused(store, roster, draft):
    with pytest.raises(ValidationError) as caught:
        likely_duplicates(store, draft)
    assert "name" in caught.value.for_field("given_name")


def test_a_ten_thousand_character_name_is_refused_with_a_message(store, roster):
    with pytest.raises(ValidationError) as caught:
        likely_duplicates(store, WalkIn(given_name="A" * 10_000))
    assert "too long" in caught.value.for_field("given_name")
    assert "10,000" in caught.value.for_field("given_name")


# ---------------------------------------------------------------------- adding a walk-in


def test_add_walk_in_creates_the_person_and_checks_them_in(store, desk):
    done = add_walk_in(store, desk, WalkIn(given_name=" Thảo ", family_name="Nguyễn", email="thao@example.org",
                                           phone="555-010-2000", postal_code=" 95001 ", language="vi",
                                           may_contact=True), entered_by="Dana")
    stored = people.get_person(store, done.person.id)
    assert stored == done.person
    assert (stored.given_name, stored.family_name, stored.email, stored.phone, stored.language,
            stored.may_contact) == ("Thảo", "Nguyễn", "thao@example.org", "555-010-2000", "vi", True)
    address = people_table.get_address(store, stored.address_id)
    assert address.postal_code == "95001"
    attendance = attendance_table.get_attendance(store, desk.meeting.id, stored.id)
    assert attendance == done.attendance
    assert (attendance.walk_in, attendance.role, attendance.entered_by) == (True, Role.ATTENDEE, "Dana")
    assert (done.already, done.meeting_number) == (False, 1)
    assert desk.count == 1
    # Found at once from the first letter, marked as signed in.
    match = desk.search("t").matches[0]
    assert match.person.id == stored.id
    assert match.signed_in_at == attendance.time_in


def test_add_walk_in_without_a_postal_code_has_no_address(store, desk):
    done = add_walk_in(store, desk, WalkIn(given_name="Ana"))
    assert done.person.address_id is None
    assert store.count("addresses") == 0
    assert done.attendance.walk_in is True


@pytest.mark.parametrize(("given", "family"), [
    ("Siobhán", "O'Brien-Walsh"), ("فاطمة", "منصور"), ("דוד", "כהן"), ("Sunny 🌻", "Day"), ("芳", "王"),
])
def test_walk_in_names_are_stored_as_typed(store, desk, given, family):
    done = add_walk_in(store, desk, WalkIn(given_name=given, family_name=family))
    stored = people.get_person(store, done.person.id)
    assert (stored.given_name, stored.family_name) == (given, family)


def test_an_invalid_walk_in_stores_nothing(store, desk):
    with pytest.raises(ValidationError) as caught:
        add_walk_in(store, desk, WalkIn(given_name=" "))
    assert caught.value.for_field("given_name")
    with pytest.raises(ValidationError) as caught:
        add_walk_in(store, desk, WalkIn(given_name="Ana", postal_code="9" * 10_000))
    assert caught.value.for_field("postal_code")
    assert (store.count("people"), store.count("addresses"), desk.count) == (0, 0, 0)


def test_a_failed_check_in_leaves_no_person_behind(store, desk, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(attendance_table, "save_check_in", broken)
    with pytest.raises(OSError):
        add_walk_in(store, desk, WalkIn(given_name="Ana", family_name="Ruiz", postal_code="95001"))
    assert store.count("people") == 0
    assert store.count("addresses") == 0
    assert store.scalar("SELECT count(*) FROM people") == 0  # not even a tombstone
    assert desk.count == 0
    assert desk.search("ana").matches == []
