"""The roster as the People screen reads it: rowids, pages, search, and saving a person's form."""

from __future__ import annotations

import dataclasses
from array import array
from datetime import datetime, timezone

import pytest

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.models import Address, Person
from engagedesk.services import people, roster
from engagedesk.store import Store
from engagedesk.store import people as people_table
from engagedesk.store import roster as roster_table


def today_utc() -> str:
    return datetime.now(timezone.utc).date().isoformat()


@pytest.fixture
def added(store):
    return {
        "jose": people.add_person(store, Person(given_name="José", family_name="García",
                                                email="jose.garcia@example.org", phone="(555) 010-0134"),
                                  Address(number="12", street="Calle Peña", postal_code="95001")),
        "josefina": people.add_person(store, Person(given_name="Josefina", family_name="Álvarez")),
        "joseph": people.add_person(store, Person(given_name="Joseph", family_name="Brown", email="jb@example.net"),
                                    Address(number="7", street="Oak Avenue", postal_code="95002")),
        "siobhan": people.add_person(store, Person(given_name="Siobhán", family_name="O'Brien")),
        "wang": people.add_person(store, Person(given_name="芳", family_name="王")),
        "ana": people.add_person(store, Person(given_name="Ana", family_name="García")),
    }


def names(store: Store, rowids) -> list[str]:
    page = roster.people_page(store, rowids)
    return [page[rowid].display_name for rowid in rowids]


# ------------------------------------------------------------------ the id list


def test_roster_ids_come_in_roster_order(store, added):
    ids = roster.roster_ids(store)
    assert isinstance(ids, array) and ids.typecode == "q"
    assert names(store, ids) == ["Josefina Álvarez", "Joseph Brown", "Ana García", "José García",
                                 "Siobhán O'Brien", "芳 王"]


def test_deleted_people_leave_the_list(store, added):
    store.delete("people", added["ana"].id)
    ids = roster.roster_ids(store)
    assert len(ids) == 5 and "Ana García" not in names(store, ids)
    assert roster_table.count_people(store) == 5


def test_the_id_list_of_a_demo_keeps_the_index_order(demo_copy):
    """The JSON hand-over keeps the order SQLite sorted in, ties (same names) included."""
    with Store.open(demo_copy) as store:
        ids = roster.roster_ids(store)
        assert len(ids) == 300 == len(set(ids))
        page = roster.people_page(store, ids)
        keys = [people_table.sort_key(page[rowid]) for rowid in ids]
        assert keys == sorted(keys)
        ties = [(a, b) for (a, ka), (b, kb) in zip(zip(ids, keys), zip(ids[1:], keys[1:])) if ka == kb]
        assert ties and all(a < b for a, b in ties)  # same name: by rowid


def test_an_empty_roster_has_no_ids(store):
    assert roster.roster_ids(store) == array("q")
    assert roster.search_ids(store, "jo").rowids == array("q")


# ------------------------------------------------------------------ pages


def test_a_page_is_the_people_of_those_rowids(store, added):
    ids = roster.roster_ids(store)
    page = roster.people_page(store, ids[1:3])
    assert list(page) == list(ids[1:3])
    assert page[ids[1]] == added["joseph"]
    assert page[ids[2]] == added["ana"]


def test_a_page_leaves_out_who_was_deleted_or_never_was(store, added):
    ids = roster.roster_ids(store)
    store.delete("people", added["joseph"].id)
    page = roster.people_page(store, [*ids[:3], 999_999])
    assert set(page) == {ids[0], ids[2]}


def test_a_page_reads_every_field_as_the_store_does(store, added):
    person = people.add_person(store, Person(given_name="Dee", do_not_contact=True, do_not_contact_reason="asked",
                                             photo_consent=True, pronouns="they/them", notes="line 1\nline 2"))
    rowid = roster_table.rowid_of(store, person.id)
    assert roster.people_page(store, [rowid]) == {rowid: people.get_person(store, person.id)}


def test_big_pages_are_split_under_sqlites_parameter_limit(store):
    store.insert_many("people", ({"id": f"p{n}", "given_name": f"N{n}", "sort_key": f"n{n:05}"}
                                 for n in range(6_000)))
    ids = roster.roster_ids(store)
    assert len(roster.people_page(store, ids)) == 6_000


# ------------------------------------------------------------------ search


@pytest.mark.parametrize("typed, expected", [
    ("jose", {"José García", "Josefina Álvarez", "Joseph Brown"}),
    ("JOSÉ gar", {"José García"}),
    ("garcia", {"José García", "Ana García"}),
    ("jose.garcia@", {"José García"}),
    ("555-010-0134", {"José García"}),
    ("0134", {"José García"}),
    ("pena", {"José García"}),
    ("oak av", {"Joseph Brown"}),
    ("obrien", {"Siobhán O'Brien"}),
    ("王", {"芳 王"}),
    ("zz", set()),
])
def test_search_finds_what_the_desk_finds(store, added, typed, expected):
    matches = roster.search_ids(store, typed)
    assert set(names(store, matches.rowids)) == expected
    assert matches.total == len(expected) and matches.sorted


def test_search_results_are_in_roster_order(store, added):
    matches = roster.search_ids(store, "jos")
    assert names(store, matches.rowids) == ["Josefina Álvarez", "Joseph Brown", "José García"]


@pytest.mark.parametrize("typed", ["", "   ", "--", "'\""])
def test_nothing_searchable_finds_nobody(store, added, typed):
    assert roster.search_ids(store, typed) == roster_table.RowidMatches(array("q"), 0, True)


def test_too_many_matches_come_unsorted_but_all_there(store, added, monkeypatch):
    monkeypatch.setattr(roster_table, "SORT_LIMIT", 2)
    matches = roster.search_ids(store, "jos")
    assert (matches.total, matches.sorted) == (3, False)
    assert set(names(store, matches.rowids)) == {"Josefina Álvarez", "Joseph Brown", "José García"}


def test_search_limit_keeps_the_total(store, added):
    matches = roster_table.search_rowids(store, "jos", limit=2)
    assert len(matches.rowids) == 2 and matches.total == 3
    assert names(store, matches.rowids) == ["Josefina Álvarez", "Joseph Brown"]


def test_deleted_people_are_not_found(store, added):
    store.delete("people", added["jose"].id)
    assert roster.search_ids(store, "jose gar").total == 0


# ------------------------------------------------------------------ a person's file


def test_person_file_has_the_person_address_history_and_rowid(store, added):
    file = roster.person_file(store, added["jose"].id)
    assert file.person == added["jose"]
    assert file.address.street == "Calle Peña"
    assert file.history == []
    assert file.rowid == roster_table.rowid_of(store, added["jose"].id)
    assert roster.person_file_at(store, file.rowid) == file


def test_person_file_of_someone_gone_is_none(store, added):
    rowid = roster_table.rowid_of(store, added["ana"].id)
    store.delete("people", added["ana"].id)
    assert roster.person_file(store, added["ana"].id) is None
    assert roster.person_file_at(store, rowid) is None
    assert roster_table.rowid_of(store, added["ana"].id) is None


# ------------------------------------------------------------------ saving the form


def test_save_a_new_person_with_an_address(store):
    file = roster.save_person(store, Person(given_name=" Zoë ", family_name="Okafor"),
                              Address(street="Elm Street", postal_code="95003"), new=True)
    assert file.person.given_name == "Zoë"
    assert file.address.street == "Elm Street"
    assert file.person.address_id == file.address.id
    assert roster.search_ids(store, "elm").rowids == array("q", [file.rowid])


def test_an_empty_address_is_no_address(store):
    file = roster.save_person(store, Person(given_name="Ana"), Address(), new=True)
    assert file.address is None and file.person.address_id is None
    assert store.count("addresses") == 0


def test_save_reports_person_and_address_problems_together_and_writes_nothing(store):
    with pytest.raises(ValidationError) as caught:
        roster.save_person(store, Person(given_name="", email="ana@nowhere"), Address(city="Riverside"), new=True)
    error = caught.value
    assert error.for_field("given_name") and error.for_field("email") and error.for_field("street")
    assert store.count("people") == 0 and store.count("addresses") == 0


def test_ten_thousand_characters_are_refused_with_the_length(store):
    with pytest.raises(ValidationError) as caught:
        roster.save_person(store, Person(given_name="A" * 10_000), None, new=True)
    assert "10,000" in caught.value.for_field("given_name")


def test_edit_gives_an_address_to_someone_without_one(store, added):
    person = added["josefina"]
    saved = people.edit_person_with_address(store, person, Address(number="3", street="Birch Road"))
    address = people_table.get_address(store, saved.address_id)
    assert address.street == "Birch Road"
    assert people.get_person(store, person.id).address_id == address.id
    assert [p.id for p in people.find_people(store, "birch")] == [person.id]


def test_edit_updates_an_address_only_they_use_in_place(store, added):
    person = added["jose"]
    before = people_table.get_address(store, person.address_id)
    saved = people.edit_person_with_address(store, dataclasses.replace(person, family_name="García López"),
                                            dataclasses.replace(before, street="Calle Mayor", unit="2B"))
    assert saved.address_id == before.id
    after = people_table.get_address(store, before.id)
    assert (after.number, after.street, after.unit, after.postal_code) == ("12", "Calle Mayor", "2B", "95001")
    assert people.get_person(store, person.id).family_name == "García López"
    assert roster.search_ids(store, "mayor").total == 1 and roster.search_ids(store, "pena").total == 0


def test_edit_never_moves_the_household(store, added):
    jose = added["jose"]
    shared = people_table.get_address(store, jose.address_id)
    partner = people.add_person(store, Person(given_name="Lucía", family_name="García", address_id=shared.id))
    saved = people.edit_person_with_address(store, jose, dataclasses.replace(shared, street="New Street"))
    assert saved.address_id != shared.id
    assert people_table.get_address(store, saved.address_id).street == "New Street"
    assert people.get_person(store, partner.id).address_id == shared.id
    assert people_table.get_address(store, shared.id).street == "Calle Peña"


def test_edit_without_changing_a_shared_address_keeps_it(store, added):
    jose = added["jose"]
    shared = people_table.get_address(store, jose.address_id)
    people.add_person(store, Person(given_name="Lucía", address_id=shared.id))
    saved = people.edit_person_with_address(store, dataclasses.replace(jose, phone="555 0199"),
                                            dataclasses.replace(shared))
    assert saved.address_id == shared.id and store.count("addresses") == 2


def test_edit_with_an_empty_address_clears_it_but_keeps_the_row(store, added):
    jose = added["jose"]
    saved = people.edit_person_with_address(store, jose, Address())
    assert saved.address_id is None and people.get_person(store, jose.id).address_id is None
    assert people_table.get_address(store, jose.address_id) is not None  # knocks may point at it


def test_edit_sets_the_do_not_contact_date(store, added):
    saved = roster.save_person(store, dataclasses.replace(added["ana"], do_not_contact=True,
                                                          do_not_contact_reason="Asked at the meeting"),
                               None, new=False)
    assert saved.person.do_not_contact_since == today_utc()
    assert saved.person.do_not_contact_reason == "Asked at the meeting"


def test_edit_of_someone_deleted_says_so(store, added):
    store.delete("people", added["ana"].id)
    with pytest.raises(UserError, match="no longer in the roster"):
        people.edit_person_with_address(store, added["ana"], Address(street="Elm"))
    assert store.count("addresses") == 2


def test_edit_problems_come_all_at_once_and_nothing_changes(store, added):
    jose = added["jose"]
    with pytest.raises(ValidationError) as caught:
        people.edit_person_with_address(store, dataclasses.replace(jose, phone="12"),
                                        Address(city="Riverside"))
    assert caught.value.for_field("phone") and caught.value.for_field("street")
    assert people.get_person(store, jose.id) == jose

