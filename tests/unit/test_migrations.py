"""Schema versions: a fresh file reaches the latest, an old file is upgraded after a verified copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import people
from engagedesk.store import Store, backup, schema
from engagedesk.store.backup import KEEP_BACKUPS, backup_folder, make_backup

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "engagedesk-v1.db"
SYNC_COLUMNS = {"id", "created_at", "updated_at", "hlc", "site_id", "deleted"}
V1_SITE_ID = "5f0c6a4e-1d2b-4c3a-9e8f-7a6b5c4d3e2f"
V1_LIVE_PEOPLE = {
    ("José", "García"), ("Zoë", "Ünal-Brontë"), ("Siobhán", "O'Brien"), ("Мария", "Иванова"),
    ("Thảo", "Nguyễn"),
}


def names(found) -> set[tuple[str, str]]:
    return {(person.given_name, person.family_name) for person in found}


def test_the_migration_registry_numbers_versions_from_one():
    assert schema.LATEST_VERSION == len(schema.MIGRATIONS) >= 2
    assert all(callable(migration) for migration in schema.MIGRATIONS)


@pytest.mark.parametrize("in_memory", [True, False])
def test_a_fresh_database_reaches_the_latest_version(db_path, in_memory):
    with Store.open(None if in_memory else db_path) as store:
        assert store.schema_version == schema.LATEST_VERSION
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        tables = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(schema.SYNCABLE_TABLES) | {"local_settings", "people_fts"} <= tables
        for table in schema.SYNCABLE_TABLES:
            assert SYNC_COLUMNS <= store.columns(table), table
        triggers = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"people_fts_insert", "people_fts_update", "people_fts_delete"} <= triggers
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    if not in_memory:
        assert not backup_folder(db_path).exists(), "a new, empty file needs no copy"


def test_every_syncable_table_refuses_rows_without_sync_columns(store):
    for table in schema.SYNCABLE_TABLES:
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(f"INSERT INTO {table} (id) VALUES ('x')")


def test_the_committed_v1_fixture_is_version_1():
    conn = sqlite3.connect(f"{V1_FIXTURE.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'people_fts'").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_version_1_file_is_upgraded_with_its_data(v1_copy):
    with Store.open(v1_copy) as store:
        assert store.schema_version == schema.LATEST_VERSION
        assert store.site_id == V1_SITE_ID, "the laptop keeps its identity"
        assert names(people_rows(store)) == V1_LIVE_PEOPLE
        jose = people.find_people(store, "jose")
        assert names(jose) == {("José", "García")}
        assert jose[0].phone == "(555) 555-0134"
        assert jose[0].may_contact is True
        assert names(people.find_people(store, "иван")) == {("Мария", "Иванова")}
        assert names(people.find_people(store, "nguyen")) == {("Thảo", "Nguyễn")}
        assert names(people.find_people(store, "o'brien")) == {("Siobhán", "O'Brien")}
        assert names(people.find_people(store, "5555550")) == {("José", "García")}
        assert names(people.find_people(store, "pena")) == {("José", "García"), ("Мария", "Иванова")}
        assert people.find_people(store, "removed") == [], "deleted people stay out of search"
        assert store.query_one("SELECT name FROM organisation")[0] == "Vecinos de Riverside"
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"
        # Writing works after the upgrade, and the clock continues after version 1's last stamp.
        added = people.add_person(store, Person(given_name="Inés", family_name="Peña"))
        assert store.get("people", added.id)["hlc"] > "001772387100000-00000"
        assert names(people.find_people(store, "ines")) == {("Inés", "Peña")}


def people_rows(store: Store):
    return [people.get_person(store, row["id"]) for row in store.query("SELECT id FROM people WHERE deleted = 0")]


def test_a_verified_copy_is_made_before_upgrading(v1_copy, digest):
    original = digest(v1_copy)
    with Store.open(v1_copy):
        pass
    copies = sorted(backup_folder(v1_copy).iterdir())
    assert backup_folder(v1_copy) == v1_copy.parent / "riverside-backups"
    assert len(copies) == 1
    assert copies[0].name.startswith("riverside-") and copies[0].name.endswith(f"-before-v{schema.LATEST_VERSION}.db")
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM people").fetchone()[0] == 6
        assert copy.execute("SELECT given_name FROM people ORDER BY id LIMIT 1").fetchone()[0] == "José"
    finally:
        copy.close()
    assert digest(v1_copy) != original, "the file itself was upgraded"
    with Store.open(v1_copy):
        pass
    assert len(list(backup_folder(v1_copy).iterdir())) == 1, "no copy when nothing is migrated"


def test_only_the_last_copies_are_kept(v1_copy, tmp_path):
    for _ in range(KEEP_BACKUPS + 2):
        shutil.copyfile(V1_FIXTURE, v1_copy)
        with Store.open(v1_copy) as store:
            assert store.schema_version == schema.LATEST_VERSION
    assert len(list(backup_folder(v1_copy).iterdir())) == KEEP_BACKUPS


def test_make_backup_keeps_the_newest(file_store, db_path):
    made = [make_backup(file_store.conn, db_path, "test") for _ in range(KEEP_BACKUPS + 3)]
    assert len(set(made)) == len(made)
    assert sorted(backup_folder(db_path).iterdir()) == made[-KEEP_BACKUPS:]
    assert all(path.stat().st_size > 0 for path in made[-KEEP_BACKUPS:])


def test_backups_of_another_database_in_the_same_folder_are_left_alone(tmp_path):
    with Store.open(tmp_path / "north.db") as north, Store.open(tmp_path / "north-east.db") as other:
        for _ in range(3):
            make_backup(other.conn, tmp_path / "north-east.db", "test")
        for _ in range(KEEP_BACKUPS + 1):
            make_backup(north.conn, tmp_path / "north.db", "test")
    assert len(list((tmp_path / "north-east-backups").iterdir())) == 3
    assert len(list((tmp_path / "north-backups").iterdir())) == KEEP_BACKUPS


def test_a_failing_migration_leaves_the_file_at_its_old_version(v1_copy, monkeypatch):
    def broken_v2(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("UPDATE people SET given_name = 'changed'")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken_v2))
    with pytest.raises(RuntimeError, match="migration bug"):
        Store.open(v1_copy)
    conn = sqlite3.connect(v1_copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM people WHERE given_name = 'changed'").fetchone()[0] == 0
    finally:
        conn.close()
    assert len(list(backup_folder(v1_copy).iterdir())) == 1
    monkeypatch.undo()
    with Store.open(v1_copy) as store:  # the lock was let go, and the real migration still works
        assert store.schema_version == schema.LATEST_VERSION


def test_a_backup_that_does_not_verify_is_removed(file_store, db_path, monkeypatch):
    class UnwellCopy:
        def __init__(self, target):
            self.target = target

        def execute(self, sql):
            assert sql == "PRAGMA quick_check"
            return self

        def fetchone(self):
            return ("*** in database main ***\nPage 3 is never used",)

        def close(self):
            pass

    monkeypatch.setattr(backup.sqlite3, "connect", UnwellCopy)
    with pytest.raises(RuntimeError, match="did not verify"):
        make_backup(file_store.conn, db_path, "test")
    assert list(backup_folder(db_path).iterdir()) == []


def test_an_upgrade_stops_when_no_copy_can_be_made(v1_copy, monkeypatch):
    def no_room(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("engagedesk.store.store.backup.make_backup", no_room)
    with pytest.raises(OSError):
        Store.open(v1_copy)
    conn = sqlite3.connect(v1_copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 6
    finally:
        conn.close()


# ---------------------------------------------------------------------- version 6: duplicates and merges

def test_a_version_5_file_gains_merges_and_dismissals_and_keeps_its_data(db_path, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        patched.setattr(schema, "LATEST_VERSION", 5)
        with Store.open(db_path) as store:
            ana = people.add_person(store, Person(given_name="Ana", family_name="Ruiz"))
            assert store.schema_version == 5
            assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'person_merges'") == 0
    with Store.open(db_path) as store:
        assert store.schema_version == schema.LATEST_VERSION >= 6
        assert people.get_person(store, ana.id).family_name == "Ruiz"
        for table in schema.MERGE_TABLES:
            assert SYNC_COLUMNS | {"origin_hlc", "origin_site"} <= store.columns(table), table
            assert table in schema.syncable_tables()
            with pytest.raises(sqlite3.IntegrityError):
                store.conn.execute(f"INSERT INTO {table} (id) VALUES ('x')")
        indexes = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"person_merges_merged", "actions_owner", "responses_person", "exit_feedback_person"} <= indexes
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    assert any(backup_folder(db_path).iterdir()), "a copy was made before the upgrade"


def test_the_version_1_fixture_reaches_version_6_with_merge_tables(v1_copy):
    with Store.open(v1_copy) as store:
        tables = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(schema.syncable_tables()) <= tables
        assert store.count("person_merges") == 0 and store.count("duplicate_dismissals") == 0
