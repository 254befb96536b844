"""Importing people from CSV: preview, dry run, matching people already here, cancel, one transaction."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import Address, Person
from engagedesk.services import csv_import, people
from engagedesk.services.csv_import import CREATED, SKIPPED, UPDATED, ImportCancelled, ImportOptions
from engagedesk.store import Store, csv_people
from engagedesk.store.people import person_row

HEADER = "First Name,Last Name,E-mail,Phone,Address,Zip,OK to contact,Do not contact\r\n"


def table(body: str, header: str = HEADER):
    return csv_import.read_bytes((header + body).encode("utf-8"), "roster.csv")


def run(store: Store, body: str, header: str = HEADER, **options):
    found = table(body, header)
    mapping, _ = csv_import.mapping_for(store, found.headers)
    dry = options.pop("dry_run", False)
    return csv_import.import_people(store, found, mapping, ImportOptions(**options), dry_run=dry)


def everything(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table that an import could touch (and the local settings)."""
    tables = ("people", "addresses", "field_clocks", "people_fts", "local_settings")
    return {name: sorted(tuple(r) for r in store.query(f"SELECT * FROM {name}")) for name in tables}


def test_people_and_their_addresses_are_stored_cleaned_and_searchable(store):
    report = run(store, "  José ,Pérez,jose@example.org,555 010 1234,12 Elm Street,95001,yes,\r\n"
                        "Ana,Núñez,,,,,no,\r\n")
    assert (report.created, report.updated, report.skipped) == (2, 0, 0)
    [jose] = people.find_people(store, "jose")
    assert (jose.given_name, jose.family_name, jose.phone, jose.may_contact) == ("José", "Pérez", "555 010 1234", True)
    address = csv_people.addresses_by_ids(store, [jose.address_id])[jose.address_id]
    assert (address.number, address.street, address.postal_code) == ("12", "Elm Street", "95001")
    assert people.find_people(store, "elm")[0].id == jose.id  # the street is in the search index
    assert people.find_people(store, "5550101234")[0].id == jose.id
    row = store.get("people", jose.id)
    assert row["origin_hlc"] and row["origin_site"] == store.site_id  # stamped for sync
    assert dict(row) | {} == {**dict(row), **person_row(store, jose)}


def test_people_of_one_household_share_one_address(store):
    run(store, "Ana,Núñez,,,12 Elm Street,95001,,\r\nBo,Núñez,,,12 ELM ST,95001,,\r\n")
    assert store.count("addresses") == 1


def test_an_address_already_here_is_reused(store):
    people.add_person(store, Person(given_name="Old", family_name="Timer"),
                      Address(number="12", street="Elm Street", postal_code="95001"))
    run(store, "Ana,Núñez,,,12 Elm St.,95001,,\r\n")
    assert store.count("addresses") == 1


def test_a_full_name_column_is_split(store):
    report = run(store, "Ana María Núñez,a@example.org\r\n\"García, Luis\",l@example.org\r\n", header="Name,Email\r\n")
    assert report.created == 2
    names = sorted((p.given_name, p.family_name) for p in people.find_people(store, "example"))
    assert names == [("Ana María", "Núñez"), ("Luis", "García")]


def test_rows_that_fail_validation_are_reported_and_not_stored(store):
    report = run(store, "Ana,Núñez,not-an-email,,,,,\r\n,,,,,,,\r\n,,x@example.org,,,,,\r\n"
                        "Bo,Li,,12,,,,\r\nCy,Ng,,,,,perhaps,\r\nDi,Ok,,,,,,\r\n")
    assert report.created == 1
    reasons = {r.row: r.reason for r in report.rows if r.outcome == SKIPPED}
    assert set(reasons) == {2, 4, 5, 6}
    assert "e-mail address looks incomplete" in reasons[2]
    assert "Please enter a name" in reasons[4]
    assert "between 3 and 20 digits" in reasons[5]
    assert "\"perhaps\" is not yes or no" in reasons[6]
    assert store.count("people") == 1
    assert store.count("addresses") == 0


def test_ragged_rows_are_skipped_with_their_row_number(store):
    report = run(store, "Ana,Núñez,,,,,,\r\nBo,Li\r\nCy,Ng,,,,,,\r\n")
    assert report.created == 2
    assert [(r.row, r.outcome) for r in report.rows] == [(2, CREATED), (3, SKIPPED), (4, CREATED)]
    assert "Row 3 does not have as many cells" in report.rows[1].reason


def test_a_dry_run_reports_every_row_and_changes_nothing(store):
    people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org"))
    before = everything(store)
    report = run(store, "Ana,Núñez,ANA@example.org,,,,,\r\nBo,Li,,,,,,\r\nCy,,bad,,,,,\r\n", dry_run=True)
    assert [(r.row, r.outcome) for r in report.rows] == [(2, SKIPPED), (3, CREATED), (4, SKIPPED)]
    assert report.summary().startswith("Dry run, nothing was changed.")
    assert "would be created" == report.outcome_label(CREATED)
    assert everything(store) == before


def test_the_same_email_or_phone_is_skipped_by_default_and_named(store):
    ana = people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org",
                                          phone="555-010-1234"))
    report = run(store, "Anita,N,ANA@EXAMPLE.ORG,,,,,\r\nA.,Núñez,,(555) 010 1234,,,,\r\n")
    assert [r.outcome for r in report.rows] == [SKIPPED, SKIPPED]
    assert "the same e-mail as Ana Núñez" in report.rows[0].reason
    assert "the same phone number as Ana Núñez" in report.rows[1].reason
    assert "Update matching people" in report.rows[0].reason
    assert report.rows[0].match_id == ana.id
    assert store.count("people") == 1


def test_update_matching_people_changes_only_the_fields_given_and_records_their_clocks(store):
    ana = people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org",
                                          language="es", notes="met at the fair"))
    report = run(store, "Ana,Núñez-Ruiz,ana@example.org,555 010 7777,3 Oak Ave,95002,yes,\r\n", update_matching=True)
    assert [(r.outcome, r.person_id) for r in report.rows] == [(UPDATED, ana.id)]
    assert "Updated Ana Núñez" in report.rows[0].reason
    after = people.get_person(store, ana.id)
    assert (after.family_name, after.phone, after.language, after.notes, after.may_contact) == (
        "Núñez-Ruiz", "555 010 7777", "es", "met at the fair", True)
    assert after.address_id is not None
    clocked = {r[0] for r in store.query("SELECT field FROM field_clocks WHERE row_id = ?", (ana.id,))}
    assert {"family_name", "phone", "may_contact", "address_id"} <= clocked
    assert "language" not in clocked and "notes" not in clocked
    assert store.count("people") == 1


def test_an_update_with_nothing_new_is_reported_as_such(store):
    people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org"))
    report = run(store, "Ana,Núñez,ana@example.org,,,,,\r\n", update_matching=True)
    assert report.rows[0].outcome == SKIPPED
    assert "nothing to change" in report.rows[0].reason


def test_a_spreadsheet_never_lifts_do_not_contact(store):
    dnc = people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org",
                                          do_not_contact=True))
    run(store, "Ana,Núñez,ana@example.org,,,,yes,no\r\n", update_matching=True)
    after = people.get_person(store, dnc.id)
    assert after.do_not_contact and not after.may_contact
    report = run(store, "Bo,Li,bo@example.org,,,,yes,yes\r\n")
    bo = people.get_person(store, report.rows[0].person_id)
    assert bo.do_not_contact and not bo.may_contact and bo.do_not_contact_since


def test_an_email_shared_by_two_people_here_is_not_guessed(store):
    for given in ("Ana", "Bo"):
        people.add_person(store, Person(given_name=given, family_name="Li", email="family@example.org"))
    report = run(store, "Cy,Li,family@example.org,,,,,\r\n", update_matching=True)
    assert report.rows[0].outcome == SKIPPED
    assert "more than one person" in report.rows[0].reason


def test_the_same_person_twice_in_the_file_is_created_once(store):
    report = run(store, "Ana,Núñez,ana@example.org,,,,,\r\nAna,Nunez,Ana@Example.org,,,,,\r\n")
    assert [r.outcome for r in report.rows] == [CREATED, SKIPPED]
    assert "as row 2 of this file" in report.rows[1].reason
    assert store.count("people") == 1


@pytest.mark.skipif(not csv_import.duplicate_check_available(), reason="the likely-duplicate index is not installed")
def test_a_likely_duplicate_is_never_merged_skipped_by_default_or_created_on_request(store):
    ana = people.add_person(store, Person(given_name="Ana María", family_name="Núñez"),
                            Address(number="12", street="Elm Street", postal_code="95001"))
    body = "Ana Maria,Nunez,,,12 Elm Street,95001,,\r\n"
    report = run(store, body)
    assert report.rows[0].outcome == SKIPPED
    assert report.rows[0].match_id == ana.id
    assert "Looks like Ana María Núñez" in report.rows[0].reason
    assert store.count("people") == 1
    report = run(store, body, create_likely_duplicates=True)
    assert report.rows[0].outcome == CREATED
    assert "although it looks like Ana María Núñez" in report.rows[0].reason
    assert store.count("people") == 2
    assert people.get_person(store, ana.id).given_name == "Ana María"  # untouched


def test_without_the_duplicate_check_every_valid_row_is_new(store):
    people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org"))
    report = run(store, "Ana,Núñez,ana@example.org,,,,,\r\n", check_duplicates=False)
    assert report.created == 1 and report.duplicate_check == "off"


def test_cancel_leaves_the_database_as_it_was(store):
    people.add_person(store, Person(given_name="Old", family_name="Timer", email="old@example.org"))
    before = everything(store)
    body = "".join(f"P{n},Li,p{n}@example.org,,{n} Elm Street,95001,,\r\n" for n in range(2500))
    found = table(body)
    mapping, _ = csv_import.mapping_for(store, found.headers)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 4  # after planning, while storing

    with pytest.raises(ImportCancelled) as raised:
        csv_import.import_people(store, found, mapping, ImportOptions(check_duplicates=False), cancelled=cancelled)
    assert "nothing was changed" in raised.value.message
    assert everything(store) == before
    # the search trigger paused during the import is back
    people.add_person(store, Person(given_name="Zed", family_name="After"))
    assert people.find_people(store, "zed")


def test_a_failure_while_storing_leaves_the_database_as_it_was(store, monkeypatch):
    before = everything(store)
    rows = csv_people._person_rows

    def broken(people):
        yield from itertools.islice(rows(people), 1)  # the addresses and one person are written
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(csv_people, "_person_rows", broken)
    with pytest.raises(sqlite3.OperationalError):
        run(store, "Ana,Núñez,,,12 Elm Street,95001,,\r\nBo,Núñez,,,14 Elm Street,95001,,\r\n")
    assert everything(store) == before


def test_progress_is_reported_up_to_the_end(store):
    body = "".join(f"P{n},Li,,,,,,\r\n" for n in range(3000))
    found = table(body)
    mapping, _ = csv_import.mapping_for(store, found.headers)
    seen: list[tuple[int, int]] = []
    csv_import.import_people(store, found, mapping, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == 6000
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert store.count("people") == 3000


def test_the_mapping_is_remembered_after_a_real_import_only(store):
    found = table("Ana,Núñez,,,,,,\r\n", header="Col A,Col B,E-mail,Phone,Address,Zip,OK to contact,DNC\r\n")
    mapping = ["given_name", "family_name", "email", "phone", "address", "postal_code", "may_contact", "do_not_contact"]
    csv_import.import_people(store, found, mapping, dry_run=True)
    assert csv_import.mapping_for(store, found.headers)[1] is False
    csv_import.import_people(store, found, mapping)
    assert csv_import.mapping_for(store, found.headers) == (mapping, True)


def test_a_mapping_without_a_name_is_refused_before_anything_happens(store):
    found = table("Ana,Núñez,,,,,,\r\n")
    with pytest.raises(UserError) as raised:
        csv_import.import_people(store, found, [None, None, "email", None, None, None, None, None])
    assert "No column is set to a name" in raised.value.message
    with pytest.raises(UserError):
        csv_import.import_people(store, found, ["given_name"])


def test_preview_shows_rows_as_stored_with_their_problems():
    found = table("  José ,Pérez,jose@example.org,,12 Elm Street,95001,sí,\r\nBo,,bad,,,,,\r\nCy\r\n")
    mapping = csv_import.mapping_for(Store.open(None), found.headers)[0]
    shown = csv_import.preview(found, mapping)
    assert [p.row for p in shown] == [2, 3, 4]
    assert shown[0].values["given_name"] == "José"
    assert shown[0].values["address"] == "12 Elm Street, 95001"
    assert shown[0].values["may_contact"] == "yes"
    assert shown[0].problems == ()
    assert "looks incomplete" in shown[1].problems[0]
    assert "Row 4 does not have as many cells" in shown[2].problems[0]


def test_the_report_is_saved_as_csv(store, tmp_path):
    report = run(store, "Ana,Núñez,,,,,,\r\n=cmd,x,bad,,,,,\r\n")
    path = tmp_path / "report.csv"
    report.write_csv(path)
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "Row,Result,Why"
    assert text.splitlines()[1] == "2,created,"
    assert text.splitlines()[2].startswith("3,skipped,")


def test_import_file_uses_a_mapping_file(store, tmp_path):
    csv_path = tmp_path / "in.csv"
    csv_path.write_bytes("Col A;Col B\r\nAna;Núñez\r\n".encode("utf-16"))
    mapping = tmp_path / "map.json"
    mapping.write_text('{"Col A": "given_name", "Col B": "family_name"}', encoding="utf-8")
    report = csv_import.import_file(store, csv_path, mapping_file=mapping)
    assert report.created == 1
    assert people.find_people(store, "nunez")[0].given_name == "Ana"


def test_people_imported_on_one_laptop_arrive_once_on_another_by_sync():
    from tests.sync.laptops import Org, send
    from engagedesk.sync import service

    org = Org(people_count=2)
    laptop_b = org.join(name="Laptop B")
    try:
        a = org.first
        report = run(a, "José,Pérez,jose@example.org,555 010 1234,12 Elm Street,95001,yes,\r\n"
                        "Ana,Núñez,ana@example.org,,12 Elm Street,95001,no,\r\n"
                        "Person0,Seed,p0@example.org,555 010 9999,,,,\r\n", update_matching=True)
        assert (report.created, report.updated) == (2, 1)
        bundle = service.export_bundle(a, for_laptop=laptop_b.site_id).data
        send(a, laptop_b, bundle)
        send(a, laptop_b, bundle)  # twice: nothing doubles
        for laptop in (a, laptop_b):
            found = people.find_people(laptop, "nunez")
            assert [p.email for p in found] == ["ana@example.org"]
            assert laptop.count("people") == 4
            assert laptop.count("addresses") == 2  # the org's own, and the one shared by José and Ana
            seed = people.find_people(laptop, "person0")[0]
            assert seed.phone == "555 010 9999"
    finally:
        laptop_b.close()
        org.first.close()


@pytest.mark.parametrize("text, parts", [
    ("12 Elm Street, Apt 2", ("12", "Elm Street", "Apt 2")),
    ("3 Oak Avenue Unit B", ("3", "Oak Avenue", "Unit B")),
    ("171 Calle Flores", ("171", "Calle Flores", "")),
    ("Main Street", ("", "Main Street", "")),
])
def test_an_address_column_is_split_into_number_street_and_unit(store, text, parts):
    report = run(store, f'Ana,Núñez,,,"{text}",95001,,\r\n')
    person = people.get_person(store, report.rows[0].person_id)
    address = csv_people.addresses_by_ids(store, [person.address_id])[person.address_id]
    assert (address.number, address.street, address.unit) == parts


def test_rows_stored_the_quick_way_are_what_the_long_way_makes():
    """Most rows skip the dataclasses (csv_import._Fast); what they become must not change."""
    from engagedesk.store.csv_people import ADDRESS_FIELDS, PERSON_FIELDS, address_record, person_record

    assert (PERSON_FIELDS[csv_import._P_ID], PERSON_FIELDS[csv_import._P_GIVEN], PERSON_FIELDS[csv_import._P_FAMILY],
            PERSON_FIELDS[csv_import._P_EMAIL], PERSON_FIELDS[csv_import._P_PHONE],
            PERSON_FIELDS[csv_import._P_ADDRESS]) == ("id", "given_name", "family_name", "email", "phone", "address_id")
    assert (ADDRESS_FIELDS[csv_import._A_ID], ADDRESS_FIELDS[csv_import._A_NUMBER], ADDRESS_FIELDS[csv_import._A_STREET],
            ADDRESS_FIELDS[csv_import._A_POSTAL]) == ("id", "number", "street", "postal_code")
    header = "First Name,Last Name,Name,E-mail,Phone,Address,Street,Unit,City,Zip,OK to contact,Do not contact,Notes\r\n"
    body = ("José,Pérez,,jose@example.org,555 010 1234,12 Elm Street,,,Riverside,95001,yes,,\r\n"
            " Ana ,Nu\u0301n\u0303ez,,,,\"3 Oak Avenue, Apt 2\",,,,95001-1234,no,,\"two\r\nlines\"\r\n"
            ",,\"Smith, John\",,,,Main Street,Unit B,,,,yes,\r\n"
            "Bo,Li,,,,12 ELM ST,,,,95001,,,\r\n"
            "Cy,a|b,,,,,,,,,,,\r\n")
    found = table(body, header)
    mapping = csv_import.mapping_for(Store.open(None), found.headers)[0]
    columns = csv_import._columns(mapping, len(found.headers))
    known: dict = {}
    quick = csv_import._Fast(columns, len(found.headers), "2026-11-22", known, csv_import._fresh_ids().__next__)
    for _, cells in found.rows:
        made = quick(cells)
        keys: dict = {}

        def address_id_of(address: Address) -> str:
            keys[address.id] = csv_import._address_key(address)
            return known.get(keys[address.id], address.id)

        converted = csv_import._convert(cells, columns, "2026-11-22", address_id_of)
        assert made is not None and converted.person is not None
        person, address, key, new = made
        assert person[1:8] + person[9:] == person_record(converted.person)[1:8] + person_record(converted.person)[9:]
        assert (address is None) == (converted.address is None)
        if address is not None:
            assert address[1:] == address_record(converted.address)[1:]
            assert key == keys[converted.address.id]
            assert new == (address[0] not in known.values())
            known.setdefault(key, address[0])
    assert len(known) == 3  # 12 Elm Street (twice), 3 Oak Avenue, Main Street
    assert quick(["Bo", "", "", "not an e-mail"] + [""] * 9) is None  # a problem: the long way names it


def test_a_big_first_import_keeps_every_index_and_a_cancel_leaves_the_schema_as_it_was(store):
    def schema() -> list[tuple]:
        return sorted(tuple(r) for r in store.query("SELECT type, name, sql FROM sqlite_master"))

    before, rows = schema(), everything(store)
    body = "".join(f"P{n},Li,p{n}@example.org,555 01{n:05d},{n} Elm Street,95001,,\r\n" for n in range(2500))
    found = table(body)
    mapping, _ = csv_import.mapping_for(store, found.headers)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 4  # while storing

    with pytest.raises(ImportCancelled):
        csv_import.import_people(store, found, mapping, ImportOptions(check_duplicates=False), cancelled=cancelled)
    assert schema() == before and everything(store) == rows
    report = csv_import.import_people(store, found, mapping, ImportOptions(check_duplicates=False))
    assert report.created == 2500 and schema() == before
    assert store.scalar("PRAGMA integrity_check") == "ok"
    assert [p.email for p in people.find_people(store, "p2499")] == ["p2499@example.org"]
    assert [p.email for p in people.find_people(store, "0102499")] == ["p2499@example.org"]
    assert store.scalar("SELECT count(*) FROM people INDEXED BY people_email WHERE email = 'p7@example.org' AND email != ''") == 1


def _roster(rows: int) -> str:
    return "".join(f"P{n},Li,p{n}@example.org,555 01{n:05d},{n % 50} Elm Street,95001,,\r\n" for n in range(rows))


def test_without_the_check_rows_are_stored_while_others_are_planned_with_the_same_outcome(store):
    """The import without the duplicate check plans in a second thread: every row is stored,
    indexed for search and stamped with its own clock, and the report is the one the dry run gives."""
    body = _roster(4500) + "Bo,Li,not an e-mail,,,,,\r\n" + _roster(10)
    found = table(body)
    mapping, _ = csv_import.mapping_for(store, found.headers)
    options = ImportOptions(check_duplicates=False)
    dry = csv_import.import_people(store, found, mapping, options, dry_run=True)
    seen: list[tuple[int, int]] = []
    report = csv_import.import_people(store, found, mapping, options, progress=lambda d, t: seen.append((d, t)))
    assert [(r.row, r.outcome, r.reason) for r in report.rows] == [(r.row, r.outcome, r.reason) for r in dry.rows]
    assert (report.created, report.skipped) == (4510, 1)
    assert store.count("people") == 4510 and store.count("addresses") == 50
    assert store.scalar("SELECT count(*) FROM people_fts") == 4510
    assert [p.email for p in people.find_people(store, "p4499")] == ["p4499@example.org"]
    assert len(people.find_people(store, "elm")) > 0
    clocks = [r[0] for r in store.query("SELECT hlc FROM people ORDER BY rowid")]
    assert len(set(clocks)) == len(clocks) == 4510 and clocks == sorted(clocks)
    assert store.query("SELECT count(*) FROM people WHERE hlc != origin_hlc")[0][0] == 0
    assert store.clock.now() > max(clocks)  # what the laptop does next comes after the import
    assert seen[-1] == (9022, 9022) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    import threading
    assert not [t for t in threading.enumerate() if t.name == "csv-import-plan"]


def test_a_failure_while_planning_in_the_other_thread_leaves_the_database_as_it_was(store, monkeypatch):
    before = everything(store)
    fast = csv_import._Fast.__call__
    calls = itertools.count()

    def broken(self, cells):
        if next(calls) == 2500:
            raise RuntimeError("broken")
        return fast(self, cells)

    monkeypatch.setattr(csv_import._Fast, "__call__", broken)
    with pytest.raises(RuntimeError):
        run(store, _roster(4000), check_duplicates=False)
    assert everything(store) == before
    people.add_person(store, Person(given_name="Zed", family_name="After"))
    assert people.find_people(store, "zed")  # the search trigger is back


def test_stored_rows_get_the_clocks_the_laptop_clock_makes_in_a_burst(store):
    from engagedesk.store import hlc

    clocks, nth = csv_people._clocks(store)
    made = [c for (c,) in itertools.islice(clocks, 210_000)]
    burst = hlc.HybridClock(made[0], wall_ms=lambda: 0)  # a wall clock that does not move on
    assert made == [made[0], *(burst.now() for _ in range(len(made) - 1))]
    assert [nth(n) for n in (0, 4096, 99_999, 100_000, 209_999)] == [made[n] for n in (0, 4096, 99_999, 100_000, 209_999)]


@pytest.mark.parametrize("check", [True, False])
def test_a_big_import_has_a_bigger_page_cache_only_while_it_runs(store, monkeypatch, check):
    usual = store.scalar("PRAGMA cache_size")
    monkeypatch.setattr(csv_people, "CACHE_KIB_PER_ROW", 100)  # 3,000 rows ask for more than the cap
    during: list[int] = []
    found = table(_roster(3000))
    mapping, _ = csv_import.mapping_for(store, found.headers)
    csv_import.import_people(store, found, mapping, ImportOptions(check_duplicates=check),
                             progress=lambda d, t: during.append(store.scalar("PRAGMA cache_size")))
    assert set(during[:-1]) == {-csv_people.MAX_IMPORT_CACHE_KIB}  # the last: when all is done
    assert store.scalar("PRAGMA cache_size") == usual
    csv_import.import_people(store, found, mapping, ImportOptions(check_duplicates=check), dry_run=True,
                             progress=lambda d, t: during.append(store.scalar("PRAGMA cache_size")))
    assert during[-1] == usual  # a dry run writes nothing
