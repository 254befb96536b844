"""Backup copies never become the place an erased person survives."""

from __future__ import annotations

import sqlite3

from engagedesk.domain.models import Person
from engagedesk.services import organisation, people
from engagedesk.store import Store
from engagedesk.store.backup import backup_folder, make_backup, scrub_erased


def test_erased_people_are_scrubbed_from_every_backup_copy(tmp_path):
    db = tmp_path / "riverside.db"
    with Store.open(db) as store:
        organisation.set_up(store, "Riverside", "Front desk")
        gone = people.add_person(store, Person(given_name="Zenobia", family_name="Quixotl", email="zq@example.org"))
        kept = people.add_person(store, Person(given_name="Keep", family_name="Me"))
        make_backup(store.conn, db, "one")
        make_backup(store.conn, db, "two")
    copies = sorted(backup_folder(db).glob("*.db"))
    assert len(copies) == 2 and all(b"Quixotl" in copy.read_bytes() for copy in copies)

    assert scrub_erased(db, [gone.id]) == 2

    for copy in copies:
        data = copy.read_bytes()
        assert b"Quixotl" not in data and b"Zenobia" not in data and b"zq@example.org" not in data
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT given_name FROM people WHERE id = ?", (kept.id,)).fetchone()[0] == "Keep"
        conn.close()


def test_a_copy_that_cannot_be_opened_is_removed(tmp_path):
    db = tmp_path / "riverside.db"
    folder = backup_folder(db)
    folder.mkdir()
    (folder / "riverside-broken.db").write_bytes(b"not a database, but it may hold a name: Quixotl")
    assert scrub_erased(db, ["someone"]) == 0
    assert not (folder / "riverside-broken.db").exists()
