"""Likely duplicates: exact on e-mail and phone, fuzzy on name with the same place; dismissals remembered."""

from __future__ import annotations

import pytest

from engagedesk.domain.models import Address, Person
from engagedesk.services import merge, people
from engagedesk.services.duplicates import (
    Cancelled,
    DuplicateIndex,
    find_duplicates,
    name_similarity,
    not_the_same,
    postal_key,
    undo_not_the_same,
)


def add(store, given, family, *, email="", phone="", postal="", street="", number=""):
    address = Address(number=number, street=street, postal_code=postal) if (postal or street) else None
    return people.add_person(store, Person(given_name=given, family_name=family, email=email, phone=phone),
                             address).id


def pairs(store):
    return [(p.name_a, p.name_b, p.reasons) for p in find_duplicates(store)]


def ids(candidates):
    return [c.person_id for c in candidates]


# ---------------------------------------------------------------------- the index, as an import asks it

@pytest.fixture
def roster(store):
    return {
        "jose": add(store, "José", "Núñez", email="Jose.Nunez@Example.org", phone="(555) 013-4567", postal="95001"),
        "maria1": add(store, "María", "García", postal="95001", street="Elm Street", number="12"),
        "maria2": add(store, "Maria", "Garcia", postal="95007"),
        "bob": add(store, "Robert", "O'Brien", postal="95002"),
        "erased": add(store, "Zoe", "Ward", email="zoe@example.org"),
    }


def test_same_email_whatever_its_case(store, roster):
    found = DuplicateIndex.load(store).candidates("Pepe", "Other", " JOSE.NUNEZ@example.ORG ", "", "")
    assert [(c.person_id, c.reason) for c in found] == [(roster["jose"], "same e-mail")]
    assert found[0].score == 85, "the same e-mail with a different name: likely, not certain"


def test_same_phone_digits_and_a_close_name_is_near_certain(store, roster):
    found = DuplicateIndex.load(store).candidates("Jose", "Nunez", "", "555.013.4567", "")
    assert ids(found) == [roster["jose"]]
    assert found[0].reason == "same phone; similar name" and found[0].score >= 95


def test_a_phone_with_other_digits_is_not_a_match(store, roster):
    assert DuplicateIndex.load(store).candidates("Ana", "Ruiz", "", "555-013-4568", "") == []


@pytest.mark.parametrize(("given", "family"), [
    ("Maria", "Garcia"), ("MARÍA", "GARCÍA"), ("Garcia", "Maria"), ("Maria", "Garcai"), ("Mria", "Garcia"),
])
def test_a_close_name_in_the_same_postal_code(store, roster, given, family):
    found = DuplicateIndex.load(store).candidates(given, family, "", "", "95001")
    assert ids(found) == [roster["maria1"]]
    assert found[0].reason == "similar name, same postal code"


def test_nicknames_and_apostrophes(store, roster):
    found = DuplicateIndex.load(store).candidates("Bob", "OBrien", "", "", "95002")
    assert ids(found) == [roster["bob"]]


def test_the_same_address_accepts_a_looser_name(store, roster):
    index = DuplicateIndex.load(store)
    assert index.candidates("Marie", "Garcya", "", "", "", "12 Elm Street")[0].reason == "similar name, same address"
    assert index.candidates("Marie", "Garcya", "", "", "95001") == [], "a postal code alone needs a closer name"


def test_two_maria_garcias_in_different_postal_codes_are_two_people(store, roster):
    assert pairs(store) == []
    index = DuplicateIndex.load(store)
    assert ids(index.candidates("María", "García", "", "", "95003")) == []
    assert ids(index.candidates("María", "García", "", "", "")) == [], "no place: a name alone is not enough"


def test_a_zip_plus_four_is_the_same_postal_code(store, roster):
    assert postal_key(" 95001-1234 ") == postal_key("950011234") == "95001"
    assert ids(DuplicateIndex.load(store).candidates("Maria", "Garcia", "", "", "95001-1234")) == [roster["maria1"]]


def test_clearly_different_names_in_one_postal_code_are_not_matched(store, roster):
    index = DuplicateIndex.load(store)
    for given, family in (("Marta", "Gómez"), ("Mario", "Rossi"), ("Peter", "Kowalski")):
        assert index.candidates(given, family, "", "", "95001") == []


def test_rows_added_during_an_import_are_found_by_later_rows(store, roster):
    index = DuplicateIndex.load(store)
    index.add("new-1", "Tomás", "Herrera", "tomas@example.org", "555 222 3333", "95009", "4 Oak Road")
    assert ids(index.candidates("Tomas", "Herrera", "", "", "95009")) == ["new-1"]
    assert ids(index.candidates("X", "Y", "TOMAS@example.org", "", "")) == ["new-1"]
    assert ids(index.candidates("Tom", "Herrera", "", "5552223333", "")) == ["new-1"]


def test_deleted_erased_and_merged_people_are_not_proposed(store, roster):
    from engagedesk.sync import service

    service.erase_person(store, roster["erased"])
    store.delete("people", roster["bob"])
    other = add(store, "Jose", "Nunez", postal="95001")
    merge.merge_people(store, roster["jose"], other)
    index = DuplicateIndex.load(store)
    assert index.candidates("Zoe", "Ward", "zoe@example.org", "", "") == []
    assert index.candidates("Robert", "O'Brien", "", "", "95002") == []
    assert ids(index.candidates("Jose", "Nunez", "", "", "95001")) == [roster["jose"]]


def test_best_candidates_come_first(store):
    exact = add(store, "Ana", "Ruiz", email="ana@example.org", postal="95001")
    close = add(store, "Ana", "Ruíz", postal="95001")
    found = DuplicateIndex.load(store).candidates("Ana", "Ruiz", "ana@example.org", "", "95001")
    assert ids(found) == [exact, close]
    assert found[0].score == 100 and found[0].score > found[1].score


def test_a_number_shared_by_a_crowd_is_not_evidence(store):
    for n in range(20):
        add(store, f"Person{n}", f"Family{n}", phone="555-000-0000")
    assert find_duplicates(store) == []


# ---------------------------------------------------------------------- names

@pytest.mark.parametrize(("a", "b"), [
    (("Jon", "Smith"), ("John", "Smith")), (("Bill", "Jones"), ("William", "Jones")),
    (("Pepe", "Núñez"), ("José", "Nunez")), (("Smith", "John"), ("John", "Smith")),
    (("Ana", "Smith-Jones"), ("Ana", "Smith Jones")),
])
def test_names_that_are_the_same_person(a, b):
    assert name_similarity(*a, *b) >= 90


@pytest.mark.parametrize(("a", "b"), [
    (("Maria", "Garcia"), ("Marta", "Gomez")), (("John", "Smith"), ("Jane", "Smythe-Hill")),
])
def test_names_that_are_not(a, b):
    assert name_similarity(*a, *b) < 80


# ---------------------------------------------------------------------- the scan

def test_the_scan_lists_each_pair_once_with_its_reasons(store, roster):
    twin = add(store, "Jose", "Nunez", email="jose.nunez@example.org", postal="95001")
    near = add(store, "Maria", "Garcia", postal="95001")
    found = find_duplicates(store)
    assert [(p.score, {p.person_a, p.person_b}) for p in found] == [
        (100, {roster["jose"], twin}), (97, {roster["maria1"], near})]
    assert found[0].reason == "same e-mail; similar name, same postal code"
    assert found[1].reason == "similar name, same postal code"


def test_dismissed_pairs_are_not_proposed_again_until_the_dismissal_is_undone(store, roster):
    twin = add(store, "Maria", "Garcia", postal="95007")
    assert len(find_duplicates(store)) == 1
    not_the_same(store, twin, roster["maria2"])
    not_the_same(store, roster["maria2"], twin)  # the same decision twice: one row
    assert find_duplicates(store) == []
    assert store.count("duplicate_dismissals") == 1
    assert undo_not_the_same(store, twin, roster["maria2"])
    assert len(find_duplicates(store)) == 1
    not_the_same(store, twin, roster["maria2"])
    assert find_duplicates(store) == []


def test_the_scan_reports_progress_and_can_be_cancelled(store, roster):
    seen = []
    find_duplicates(store, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == 5
    with pytest.raises(Cancelled):
        find_duplicates(store, cancelled=lambda: True)


# ---------------------------------------------------------------------- the command line

def _cli(argv, db_path):
    """``engagedesk people ...`` as registered under the people command."""
    import argparse

    from engagedesk import cli_duplicates

    def database_options(parser, top=False):
        parser.add_argument("--db", default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(prog="engagedesk")
    commands = parser.add_subparsers(dest="command")
    actions = commands.add_parser("people").add_subparsers(dest="people_command", required=True)
    cli_duplicates.add_arguments(actions, database_options)
    args = parser.parse_args(["people", *argv])
    return cli_duplicates.run(args, db_path)


@pytest.fixture
def db_file(tmp_path):
    from engagedesk.store import Store

    path = tmp_path / "people.db"
    with Store.open(path) as store:
        ids = [add(store, "Ana", "Ruiz", email="ana@example.org", postal="95001"),
               add(store, "Ana María", "Ruíz", email="ANA@example.org", phone="555-010-2000"),
               add(store, "Luis", "Pérez", postal="95001")]
    return path, ids


def test_cli_lists_duplicates_as_json(db_file, capsys):
    import json

    path, ids = db_file
    assert _cli(["duplicates", "--json"], path) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [({line["person_a"], line["person_b"]}, line["reason"]) for line in lines] == [
        ({ids[0], ids[1]}, "same e-mail; similar name")]


def test_cli_merges_with_the_fields_taken(db_file, capsys):
    from engagedesk.store import Store

    path, ids = db_file
    assert _cli(["merge", ids[0], ids[1], "--take", "given_name=merged"], path) == 0
    assert "Merged" in capsys.readouterr().out
    with Store.open(path) as store:
        survivor = people.get_person(store, ids[0])
        assert (survivor.given_name, survivor.phone) == ("Ana María", "555-010-2000")
        assert people.get_person(store, ids[1]) is None
    assert _cli(["duplicates"], path) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("take", ["given_name", "shoe=merged", "email=both"])
def test_cli_refuses_a_bad_take_and_changes_nothing(db_file, take):
    from engagedesk.domain.errors import UserError
    from engagedesk.store import Store
    from engagedesk.sync import service

    path, ids = db_file
    with Store.open(path) as store:
        before = service.dump(store)
    with pytest.raises(UserError):
        _cli(["merge", ids[0], ids[1], "--take", take], path)
    with Store.open(path) as store:
        assert service.dump(store) == before


def test_cli_remembers_not_duplicates(db_file, capsys):
    path, ids = db_file
    assert _cli(["not-duplicates", ids[1], ids[0]], path) == 0
    capsys.readouterr()
    assert _cli(["duplicates", "--json"], path) == 0
    assert capsys.readouterr().out == ""


def test_cli_names_every_action_it_adds():
    import argparse

    from engagedesk import cli_duplicates

    parser = argparse.ArgumentParser()
    actions = parser.add_subparsers(dest="people_command")
    cli_duplicates.add_arguments(actions, lambda sub, top=False: None)
    assert set(actions.choices) == set(cli_duplicates.ACTIONS)


def test_small_blocks_compared_one_by_one_find_what_the_prefilter_finds(store, monkeypatch):
    from engagedesk.services import duplicates

    names = [("María", "García"), ("Maria", "Garcia"), ("Mario", "García"), ("Marta", "Gracia"), ("Bob", "Smith"),
             ("Robert", "Smith"), ("Roberta", "Smyth"), ("Ana", "Ruiz"), ("Ana", "Ruíz López"), ("Ann", "Ruiz")]
    for n, (given, family) in enumerate(names):
        add(store, given, family, postal="95001", street="Elm Street" if n % 2 else "", number=str(n % 3))
        add(store, family, given, postal="95002", email=f"p{n}@example.org")
    probes = [(given, family, email, postal, street) for given, family in names + [("Mari", "Garsia"), ("Smith", "Bob")]
              for email, postal, street in (("", "95001", "1 Elm Street"), ("p3@example.org", "95002", ""))]

    def everything() -> list:
        index = DuplicateIndex.load(store)
        found = [index.candidates(g, f, e, "", p, s) for g, f, e, p, s in probes]
        return [[(c.person_id, c.reason, c.score) for c in row] for row in found]

    one_by_one = everything()
    assert any(one_by_one)
    monkeypatch.setattr(duplicates, "SMALL_BLOCK", 0)  # every block through rapidfuzz's pre-filter
    assert everything() == one_by_one
