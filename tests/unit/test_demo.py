"""The demo organisation: deterministic, varied names, every table filled, the file healthy."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import demo, meetings, organisation, people
from engagedesk.store import Store, schema
from engagedesk.store import people as people_table
from engagedesk.store.health import check_database

TODAY = date(2026, 11, 22)

# Columns that differ between two runs by design: when, and on which laptop, rows were written.
RUN_COLUMNS = {"created_at", "updated_at", "hlc", "site_id", "origin_hlc", "origin_site"}


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every syncable table except the ones naming this database and laptop, in id order."""
    tables = {}
    for table in schema.SYNCABLE_TABLES:
        if table in ("organisation", "laptops"):
            continue
        columns = sorted(store.columns(table) - RUN_COLUMNS)
        tables[table] = [tuple(row) for row in store.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")]
    return tables


def made(people_count: int = 120, seed: int = 3, today: date = TODAY) -> dict[str, list[tuple]]:
    with Store.open(None) as store:
        demo.make_demo(store, people=people_count, seed=seed, today=today)
        return dump(store)


def test_the_same_seed_and_day_make_the_same_demo():
    first, second = made(), made()
    assert first == second
    assert len(first["people"]) == 120


def test_another_seed_makes_another_demo():
    first, other = made(seed=3), made(seed=4)
    assert {row[0] for row in first["people"]} != {row[0] for row in other["people"]}
    assert first["people"] != other["people"]


def test_another_day_moves_the_meetings():
    first, later = made(today=TODAY), made(today=date(2027, 1, 5))
    assert first["meetings"] != later["meetings"]


@pytest.fixture
def demo_store(demo_copy):
    with Store.open(demo_copy) as store:
        yield store


def test_names_include_accents_and_other_scripts(demo_store):
    names = [f"{p.given_name} {p.family_name}" for p in people_table.list_people(demo_store)]
    letters = {ch for name in names for ch in name if ch.isalpha()}
    accented = {ch for ch in letters if unicodedata.decomposition(ch) and ch.isascii() is False
                and unicodedata.name(ch).startswith("LATIN")}
    scripts = {unicodedata.name(ch).split()[0] for ch in letters}
    assert accented, "no accented Latin letters"
    assert len(scripts - {"LATIN"}) >= 3, f"too few scripts: {scripts}"


def test_every_table_has_rows(demo_store, demo_settings):
    for table in schema.SYNCABLE_TABLES:
        assert demo_store.count(table) > 0, table
    assert people.count_people(demo_store) == demo_settings["people"]


def test_the_demo_file_is_healthy(demo_copy):
    report = check_database(demo_copy)
    assert report.ok, report.problems
    assert report.schema_version == schema.LATEST_VERSION
    with Store.open(demo_copy) as store:
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"
        assert store.query("PRAGMA foreign_key_check") == []
        assert organisation.get_organisation(store).name == "Riverside Neighbours United"
        assert organisation.this_laptop(store).name == "Front desk"


def test_search_works_after_the_bulk_load(demo_store):
    triggers = {row[0] for row in demo_store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "people_fts_insert" in triggers
    someone = people_table.list_people(demo_store, limit=1)[0]
    assert someone.id in {p.id for p in people.find_people(demo_store, someone.family_name, limit=1000)}
    indexed = demo_store.scalar("SELECT count(*) FROM people_fts")
    assert indexed == people.count_people(demo_store)

    added = people.add_person(demo_store, Person(given_name="Zyxwvuts", family_name="Quillfeather"))
    assert [p.id for p in people.find_people(demo_store, "zyxw")] == [added.id]


def test_tonights_meeting_is_first_and_empty(demo_store, demo_settings):
    today = demo_settings["today"]
    listed = meetings.list_meetings(demo_store, now=datetime.combine(today, time(12, 0)))
    assert len(listed) == 4
    assert listed[0].starts_at == f"{today.isoformat()}T18:30"
    assert meetings.attendance_count(demo_store, listed[0].id) == 0
    assert all(meetings.attendance_count(demo_store, m.id) > 0 for m in listed[1:])
    assert [m.starts_at for m in listed[1:]] == sorted((m.starts_at for m in listed[1:]), reverse=True)


def test_the_counts_returned_match_the_tables():
    with Store.open(None) as store:
        counts = demo.make_demo(store, people=80, seed=5, today=TODAY)
        for table in ("people", "addresses", "meetings", "attendance", "notes", "action_items",
                      "themes", "campaigns", "questions", "turfs", "knocks", "responses"):
            assert counts[table] == store.count(table), table


def test_a_demo_with_nobody_still_works():
    with Store.open(None) as store:
        counts = demo.make_demo(store, people=0, seed=1, today=TODAY)
        assert counts["people"] == 0 and counts["meetings"] == 4
        assert store.query("PRAGMA foreign_key_check") == []


@pytest.mark.parametrize("count", [-1, demo.MAX_PEOPLE + 1])
def test_the_number_of_people_is_bounded(store, count):
    with pytest.raises(ValueError):
        demo.make_demo(store, people=count)
    assert not organisation.is_set_up(store)


def test_progress_is_reported_to_the_end():
    seen: list[tuple[int, int]] = []
    with Store.open(None) as store:
        demo.make_demo(store, people=50, seed=1, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0
    assert seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_failed_demo_leaves_the_database_empty(store, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("canvass went wrong")

    monkeypatch.setattr(demo, "_canvass", broken)
    with pytest.raises(RuntimeError):
        demo.make_demo(store, people=30, seed=1, today=TODAY)
    for table in schema.SYNCABLE_TABLES:
        assert store.count(table) == 0, table
    assert not organisation.is_set_up(store)
    triggers = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "people_fts_insert" in triggers, "the rolled-back bulk load restored the search trigger"
    added = people.add_person(store, Person(given_name="Ana"))
    assert [p.id for p in people.find_people(store, "ana")] == [added.id]
