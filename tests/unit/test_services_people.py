"""Adding, editing and finding people."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.models import Address, Person
from engagedesk.services import people
from engagedesk.store import people as people_table


def today_utc() -> str:
    return datetime.now(timezone.utc).date().isoformat()


@pytest.fixture
def roster(store):
    """A small roster with the names, phones, e-mails and streets a sign-in desk meets."""
    added = {
        "jose": people.add_person(store, Person(given_name="José", family_name="García",
                                                email="jose.garcia@example.org", phone="555-0134"),
                                  Address(number="12", street="Calle Peña", postal_code="95001")),
        "josefina": people.add_person(store, Person(given_name="Josefina", family_name="Álvarez",
                                                    phone="(555) 010-9999")),
        "joseph": people.add_person(store, Person(given_name="Joseph", family_name="Brown",
                                                  email="jbrown@example.net"),
                                    Address(number="7", street="Oak Avenue", postal_code="95002")),
        "thao": people.add_person(store, Person(given_name="Thảo", family_name="Nguyễn")),
        "maria": people.add_person(store, Person(given_name="Мария", family_name="Иванова")),
        "siobhan": people.add_person(store, Person(given_name="Siobhán", family_name="O'Brien",
                                                   preferred_name="Shiv")),
        "wang": people.add_person(store, Person(given_name="芳", family_name="王")),
        "fatima": people.add_person(store, Person(given_name="فاطمة", family_name="منصور")),
    }
    return added


def found(store, text: str) -> set[str]:
    return {person.given_name for person in people.find_people(store, text)}


def test_add_person_stores_the_cleaned_person(store):
    added = people.add_person(store, Person(given_name=" Jose\u0301 ", family_name="García\t",
                                            email=" jose@example.org "))
    assert (added.given_name, added.family_name, added.email) == ("José", "García", "jose@example.org")
    assert people.get_person(store, added.id) == added
    assert people.count_people(store) == 1


def test_add_person_with_an_address(store):
    added = people.add_person(store, Person(given_name="Ana"), Address(number="3", street=" Elm Street "))
    assert added.address_id is not None
    assert people.get_person(store, added.id).address_id == added.address_id
    assert people_table.get_address(store, added.address_id).street == "Elm Street"


def test_an_invalid_person_stores_nothing(store):
    with pytest.raises(ValidationError):
        people.add_person(store, Person(email="not-an-address"), Address(street="Elm Street"))
    assert people.count_people(store) == 0
    assert store.count("addresses") == 0


def test_an_invalid_address_stores_neither(store):
    with pytest.raises(ValidationError) as excinfo:
        people.add_person(store, Person(given_name="Ana"), Address(city="Riverside"))
    assert excinfo.value.for_field("street")
    assert people.count_people(store) == 0
    assert store.count("addresses") == 0


@pytest.mark.parametrize("typed, expected", [
    ("jose", {"José", "Josefina", "Joseph"}),       # prefix, accent- and case-insensitive
    ("JOSÉ", {"José", "Josefina", "Joseph"}),
    ("José García", {"José"}),
    ("jo ga", {"José"}),                             # every word starts a word of the record
    ("garcia jose", {"José"}),                       # in any order
    ("alvarez", {"Josefina"}),
    ("nguyen", {"Thảo"}),
    ("thao", {"Thảo"}),
    ("мари", {"Мария"}),
    ("ИВАНОВА", {"Мария"}),
    ("王", {"芳"}),
    ("فاطمة", {"فاطمة"}),
    ("shiv", {"Siobhán"}),                           # preferred name
    ("o'brien", {"Siobhán"}),
    ("555-0134", {"José"}),                          # phone as typed, punctuation and all
    ("5550134", {"José"}),
    ("555-01", {"José", "Josefina"}),                # partial phone
    ("(555) 010", {"Josefina"}),
    ("jose.garcia@example.org", {"José"}),           # e-mail
    ("jbrown", {"Joseph"}),
    ("example.net", {"Joseph"}),
    ("pena", {"José"}),                              # street of their address
    ("oak ave", {"Joseph"}),
    ("nobody", set()),
])
def test_find_people(store, roster, typed, expected):
    assert found(store, typed) == expected


@pytest.mark.parametrize("typed", ['"', '""', "*", "NEAR(", "a OR", "AND", "-", "(", "^", "   ", "", ":", "jo*"])
def test_find_people_never_fails_on_odd_typing(store, roster, typed):
    assert isinstance(people.find_people(store, typed), list)


def test_find_people_in_roster_order(store, roster):
    listed = [person.family_name for person in people.find_people(store, "jo")]
    assert listed == ["Álvarez", "Brown", "García"]


def test_find_people_respects_the_limit(store, roster):
    assert len(people.find_people(store, "jo", limit=2)) == 2


def test_deleted_people_are_not_found(store, roster):
    store.delete("people", roster["jose"].id)
    assert found(store, "jose") == {"Josefina", "Joseph"}
    assert found(store, "555-0134") == set()
    assert people.get_person(store, roster["jose"].id) is None
    assert people.count_people(store) == len(roster) - 1


def test_edits_are_found_under_the_new_name_only(store, roster):
    people.edit_person(store, dataclasses.replace(roster["jose"], given_name="Joaquín", email="", phone="555-7777"))
    assert found(store, "joaquin") == {"Joaquín"}
    assert found(store, "jose") == {"Josefina", "Joseph"}
    assert found(store, "5557777") == {"Joaquín"}
    assert found(store, "5550134") == set()


def test_a_new_street_is_found(store, roster):
    store.update("addresses", roster["jose"].address_id, {"street": "Avenida Juárez"})
    assert found(store, "juarez") == {"José"}
    assert found(store, "pena") == set()


def test_edit_person_writes_only_what_changed(store, roster):
    before = store.get("people", roster["joseph"].id)
    saved = people.edit_person(store, dataclasses.replace(roster["joseph"], pronouns=" he/him "))
    assert saved.pronouns == "he/him"
    after = store.get("people", roster["joseph"].id)
    assert after["pronouns"] == "he/him"
    assert after["hlc"] > before["hlc"]
    assert people.get_person(store, roster["joseph"].id) == saved


def test_saving_without_changes_makes_no_new_change(store, roster):
    before = store.get("people", roster["thao"].id)
    people.edit_person(store, dataclasses.replace(roster["thao"], given_name=" Tha\u0309o "))
    assert store.get("people", roster["thao"].id)["hlc"] == before["hlc"]


def test_edit_checks_the_rules(store, roster):
    with pytest.raises(ValidationError):
        people.edit_person(store, dataclasses.replace(roster["thao"], given_name="", family_name=""))
    assert people.get_person(store, roster["thao"].id) == roster["thao"]


def test_editing_someone_deleted_meanwhile_says_so(store, roster):
    store.delete("people", roster["maria"].id)
    with pytest.raises(UserError) as excinfo:
        people.edit_person(store, dataclasses.replace(roster["maria"], pronouns="she/her"))
    assert "no longer in the roster" in excinfo.value.message
    assert "not saved" in excinfo.value.message
    assert store.get("people", roster["maria"].id, include_deleted=True)["pronouns"] == ""


def test_do_not_contact_gets_a_date_when_added(store):
    added = people.add_person(store, Person(given_name="Ana", do_not_contact=True, do_not_contact_reason="Asked"))
    assert added.do_not_contact_since == today_utc()
    assert people.get_person(store, added.id).do_not_contact_since == today_utc()
    given = people.add_person(store, Person(given_name="Bo", do_not_contact=True, do_not_contact_since="2026-01-15"))
    assert given.do_not_contact_since == "2026-01-15"
    plain = people.add_person(store, Person(given_name="Cy"))
    assert plain.do_not_contact_since is None


def test_do_not_contact_date_follows_edits(store):
    person = people.add_person(store, Person(given_name="Ana", may_contact=True))
    asked = people.edit_person(store, dataclasses.replace(person, do_not_contact=True))
    assert asked.do_not_contact_since == today_utc()
    assert asked.contactable is False

    older = dataclasses.replace(asked, do_not_contact_since="2025-06-01")
    people.edit_person(store, older)
    kept = people.edit_person(store, dataclasses.replace(older, notes="Still no"))
    assert kept.do_not_contact_since == "2025-06-01", "staying on keeps the original date"

    lifted = people.edit_person(store, dataclasses.replace(kept, do_not_contact=False))
    assert lifted.do_not_contact_since is None
    assert people.get_person(store, person.id).do_not_contact_since is None


# ---------------------------------------------------------------- typed the way volunteers type


@pytest.mark.parametrize("typed", ["obrien", "OBRIEN", "o'brien", "O’Brien", "shiv ob"])
def test_names_with_apostrophes_are_found_typed_without_them(store, roster, typed):
    assert [p.id for p in people.find_people(store, typed)] == [roster["siobhan"].id]


def test_hyphenated_and_spaced_names_are_found_squashed(store):
    added = people.add_person(store, Person(given_name="Anne-Marie", family_name="De la Cruz"))
    for typed in ("annemarie", "delacruz", "anne marie", "de la"):
        assert [p.id for p in people.find_people(store, typed)] == [added.id], typed


@pytest.mark.parametrize("typed", ["0134", "5550134", "555 0134"])
def test_a_phone_is_found_by_its_last_digits(store, roster, typed):
    assert roster["jose"].id in [p.id for p in people.find_people(store, typed)]


def test_e_mail_lookup_ignores_case_and_deleted_people(store, roster):
    assert [p.id for p in people_table.find_by_email(store, "JOSE.Garcia@Example.ORG")] == [roster["jose"].id]
    store.delete("people", roster["jose"].id)
    assert people_table.find_by_email(store, "jose.garcia@example.org") == []


def test_phone_lookup_is_exact_on_digits(store, roster):
    assert [p.id for p in people_table.find_by_phone_digits(store, "5550134")] == [roster["jose"].id]
    assert people_table.find_by_phone_digits(store, "555013") == []
