"""Opening the database file: pragmas, and every kind of bad file refused with a clear message."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import people
from engagedesk.store import DatabaseProblem, Store, schema
from engagedesk.store.backup import backup_folder
from engagedesk.store.errors import (
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseReadOnly,
    DatabaseTooNew,
    MissingDatabase,
    NotADatabase,
)
from engagedesk.store.store import BUSY_TIMEOUT_MS


def pragma(conn: sqlite3.Connection, name: str):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def assert_names_file_and_what_to_do(problem: DatabaseProblem, path: Path, what_to_do: str) -> None:
    assert problem.path == path
    assert str(path) in problem.message
    assert what_to_do in problem.message
    assert str(problem) == problem.message


def made_with_one_person(path: Path) -> Path:
    with Store.open(path) as store:
        people.add_person(store, Person(given_name="José", family_name="García"))
    return path


# ------------------------------------------------------------------ pragmas

def test_pragmas_on_a_file_database(file_store):
    conn = file_store.conn
    assert pragma(conn, "journal_mode") == "wal"
    assert pragma(conn, "synchronous") == 2  # FULL
    assert pragma(conn, "foreign_keys") == 1
    assert pragma(conn, "busy_timeout") == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 1000


def test_pragmas_hold_after_reopening(db_path):
    made_with_one_person(db_path)
    with Store.open(db_path) as store:
        assert pragma(store.conn, "journal_mode") == "wal"
        assert pragma(store.conn, "synchronous") == 2
        assert pragma(store.conn, "foreign_keys") == 1
        assert pragma(store.conn, "busy_timeout") == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            store.insert("attendance", {"id": "a1", "meeting_id": "no-such-meeting", "person_id": "nobody",
                                        "role": "attendee", "time_in": "2026-11-22T18:00:00"})
    assert store.count("attendance") == 0


def test_a_fresh_file_is_marked_as_engagedesk(file_store):
    assert pragma(file_store.conn, "application_id") == schema.APPLICATION_ID
    assert file_store.schema_version == schema.LATEST_VERSION


def test_an_empty_file_becomes_a_new_database(db_path):
    db_path.touch()
    with Store.open(db_path) as store:
        assert store.schema_version == schema.LATEST_VERSION


def test_a_new_database_in_a_new_folder(tmp_path):
    path = tmp_path / "nested" / "folder" / "engagedesk.db"
    with Store.open(path) as store:
        assert store.path == path
    assert path.is_file()


def test_site_id_is_kept_in_the_file_and_differs_between_files(tmp_path):
    with Store.open(tmp_path / "a.db") as first:
        site = first.site_id
    with Store.open(tmp_path / "a.db") as again, Store.open(tmp_path / "b.db") as other:
        assert again.site_id == site
        assert other.site_id and other.site_id != site


# ------------------------------------------------------------------ files that are not ours

@pytest.mark.parametrize("content", [
    b"name,email\nJos\xc3\xa9,jose@example.org\n",
    random.Random(5).randbytes(10_000),
    b"SQLite format 2\x00" + bytes(100),
])
def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(db_path, digest, content):
    db_path.write_bytes(content)
    before = digest(db_path)
    with pytest.raises(NotADatabase) as excinfo:
        Store.open(db_path)
    assert_names_file_and_what_to_do(excinfo.value, db_path, "Choose another file")
    assert "has not been changed" in excinfo.value.message
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(NotADatabase) as excinfo:
        Store.open(tmp_path)
    assert excinfo.value.path == tmp_path


def another_programs_database(path: Path, application_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('Pozole', 180)")
    if application_id:
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("application_id", [0, 0x12345678])
def test_another_programs_sqlite_file_is_refused_and_unchanged(db_path, digest, application_id):
    another_programs_database(db_path, application_id)
    before = digest(db_path)
    with pytest.raises(NotADatabase) as excinfo:
        Store.open(db_path)
    assert_names_file_and_what_to_do(excinfo.value, db_path, "Choose another file")
    # Not even switched to WAL: the other program's file is byte for byte as it was.
    assert digest(db_path) == before
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT * FROM recipes").fetchall() == [("Pozole", 180)]
    assert pragma(conn, "journal_mode") == "delete"
    conn.close()


def test_a_database_from_a_newer_version_is_refused_and_unchanged(db_path, digest):
    made_with_one_person(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew) as excinfo:
        Store.open(db_path)
    problem = excinfo.value
    assert (problem.found, problem.known) == (schema.LATEST_VERSION + 1, schema.LATEST_VERSION)
    assert_names_file_and_what_to_do(problem, db_path, "Install the newer version")
    assert f"database version {schema.LATEST_VERSION + 1}" in problem.message
    assert digest(db_path) == before
    assert not backup_folder(db_path).exists()


# ------------------------------------------------------------------ damaged files

@pytest.mark.parametrize("page, start", [
    (1, 100),  # the schema, just after the file header
    (2, 0),    # the table that holds this laptop's settings
])
def test_a_damaged_database_is_refused_and_unchanged(db_path, digest, damage_page, page, start):
    made_with_one_person(db_path)
    damage_page(db_path, page, start=start)
    before = digest(db_path)
    with pytest.raises(DatabaseDamaged) as excinfo:
        Store.open(db_path)
    assert_names_file_and_what_to_do(excinfo.value, db_path, "Open the latest copy")
    assert str(backup_folder(db_path)) in excinfo.value.message
    assert digest(db_path) == before
    # Refusing it let go of the file: nothing holds it locked afterwards.
    with pytest.raises(DatabaseDamaged):
        Store.open(db_path)


def test_an_sqlite_header_over_junk_is_refused_and_unchanged(db_path, digest):
    db_path.write_bytes(b"SQLite format 3\x00" + random.Random(9).randbytes(8_192))
    before = digest(db_path)
    with pytest.raises(DatabaseProblem) as excinfo:
        Store.open(db_path)
    assert isinstance(excinfo.value, (DatabaseDamaged, NotADatabase))
    assert str(db_path) in excinfo.value.message
    assert digest(db_path) == before


# ------------------------------------------------------------------ read-only, missing

def deny_writing_to(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """Tests run as root, where chmod does not stop writes; pretend the OS says no."""
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path) in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr("engagedesk.store.store.os.access", access)


def test_a_read_only_file_is_refused(db_path, digest, monkeypatch):
    made_with_one_person(db_path)
    before = digest(db_path)
    deny_writing_to(monkeypatch, db_path)
    with pytest.raises(DatabaseReadOnly) as excinfo:
        Store.open(db_path)
    assert_names_file_and_what_to_do(excinfo.value, db_path, "Copy the file to a folder you can write to")
    assert digest(db_path) == before


def test_a_file_in_a_read_only_folder_is_refused(db_path, monkeypatch):
    made_with_one_person(db_path)
    deny_writing_to(monkeypatch, db_path.parent)
    with pytest.raises(DatabaseReadOnly):
        Store.open(db_path)


def test_a_new_file_in_a_read_only_folder_is_refused_and_not_made(db_path, monkeypatch):
    deny_writing_to(monkeypatch, db_path.parent)
    with pytest.raises(DatabaseReadOnly) as excinfo:
        Store.open(db_path)
    assert str(db_path) in excinfo.value.message
    assert not db_path.exists()


def test_a_missing_file_is_not_made_when_not_asked(db_path):
    with pytest.raises(MissingDatabase) as excinfo:
        Store.open(db_path, create=False)
    assert_names_file_and_what_to_do(excinfo.value, db_path, f"engagedesk demo --db {db_path}")
    assert not db_path.exists()


# ------------------------------------------------------------------ in use by another copy

def test_a_second_open_of_the_same_file_is_refused_until_the_first_closes(db_path):
    first = Store.open(db_path)
    try:
        with pytest.raises(DatabaseInUse) as excinfo:
            Store.open(db_path)
        assert_names_file_and_what_to_do(excinfo.value, db_path, "close it and try again")
        # The same file reached through a link elsewhere is still the same file.
        elsewhere = db_path.parent / "elsewhere"
        elsewhere.mkdir()
        (elsewhere / "shortcut.db").symlink_to(db_path)
        with pytest.raises(DatabaseInUse):
            Store.open(elsewhere / "shortcut.db")
    finally:
        first.close()
    with Store.open(db_path) as second:
        assert second.schema_version == schema.LATEST_VERSION


CHILD = textwrap.dedent("""
    import sys
    from engagedesk.store import Store
    from engagedesk.store.errors import DatabaseInUse
    try:
        Store.open(sys.argv[1]).close()
    except DatabaseInUse as problem:
        print(problem.message)
        sys.exit(3)
    print("opened")
""")


def run_child(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])


def test_another_process_cannot_open_a_file_this_one_holds(db_path):
    with Store.open(db_path):
        held = run_child(db_path)
    assert held.returncode == 3, held.stderr
    assert str(db_path) in held.stdout
    released = run_child(db_path)
    assert (released.returncode, released.stdout.strip()) == (0, "opened"), released.stderr


def test_a_reader_without_the_lock_sees_the_data(db_path):
    # `engagedesk list` reads while the window has the file open.
    with Store.open(db_path) as writer:
        people.add_person(writer, Person(given_name="Ana"))
        with Store.open(db_path, lock=False) as reader:
            assert people.count_people(reader) == 1
