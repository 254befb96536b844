"""Writing syncable rows: transactions, sync stamps, tombstones, and the saved clock."""

from __future__ import annotations

import re
import sqlite3

import pytest

from engagedesk.store import Store, utc_now
from engagedesk.store.hlc import ZERO

UTC_INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
HLC = re.compile(r"^\d{15}-\d{5}$")


def address(row_id: str, street: str = "Elm Street") -> dict:
    return {"id": row_id, "number": "12", "street": street}


def test_utc_now_is_an_iso_instant_in_utc():
    assert UTC_INSTANT.match(utc_now())


def test_insert_stamps_the_sync_columns(store):
    store.insert("addresses", address("a1"))
    row = store.get("addresses", "a1")
    assert UTC_INSTANT.match(row["created_at"])
    assert row["updated_at"] == row["created_at"]
    assert HLC.match(row["hlc"]) and row["hlc"] > ZERO
    assert row["site_id"] == store.site_id != ""
    assert row["deleted"] == 0
    assert row["street"] == "Elm Street"


def test_insert_ignores_sync_values_passed_in(store):
    store.insert("addresses", {**address("a1"), "created_at": "1999-01-01T00:00:00.000Z",
                               "hlc": ZERO, "site_id": "someone-else", "deleted": 1})
    row = store.get("addresses", "a1")
    assert (row["site_id"], row["deleted"]) == (store.site_id, 0)
    assert row["created_at"] > "2000" and row["hlc"] > ZERO


def test_update_stamps_the_change_and_keeps_created_at(store):
    store.insert("addresses", address("a1"))
    before = store.get("addresses", "a1")
    assert store.update("addresses", "a1", {"street": "Calle Peña", "created_at": "x", "id": "a2",
                                            "deleted": 1, "site_id": "other"}) is True
    after = store.get("addresses", "a1")
    assert after["street"] == "Calle Peña"
    assert after["created_at"] == before["created_at"]
    assert after["updated_at"] >= before["updated_at"]
    assert after["hlc"] > before["hlc"]
    assert (after["id"], after["deleted"], after["site_id"]) == ("a1", 0, store.site_id)


def test_update_of_a_missing_row_says_so(store):
    assert store.update("addresses", "nowhere", {"street": "Elm Street"}) is False


def test_delete_leaves_a_tombstone(store):
    store.insert("addresses", address("a1"))
    before = store.get("addresses", "a1")
    assert store.delete("addresses", "a1") is True
    assert store.get("addresses", "a1") is None
    tombstone = store.get("addresses", "a1", include_deleted=True)
    assert tombstone["deleted"] == 1
    assert tombstone["hlc"] > before["hlc"]
    assert tombstone["street"] == "Elm Street"
    assert store.count("addresses") == 0
    assert store.delete("addresses", "a1") is False, "deleting twice changes nothing"
    assert store.update("addresses", "a1", {"street": "Oak Avenue"}) is False
    assert store.get("addresses", "a1", include_deleted=True)["hlc"] == tombstone["hlc"]


def test_every_change_gets_a_later_stamp(store):
    stamps = []
    for number in range(20):
        row_id = f"a{number}"
        store.insert("addresses", address(row_id))
        stamps.append(store.get("addresses", row_id)["hlc"])
        store.update("addresses", row_id, {"number": str(number)})
        stamps.append(store.get("addresses", row_id)["hlc"])
        if number % 3 == 0:
            store.delete("addresses", row_id)
            stamps.append(store.get("addresses", row_id, include_deleted=True)["hlc"])
    assert all(earlier < later for earlier, later in zip(stamps, stamps[1:]))


def test_rows_of_one_batch_get_distinct_increasing_stamps(store):
    count = store.insert_many("addresses", (address(f"a{n:05d}") for n in range(12_000)))
    assert count == 12_000
    stamps = [row[0] for row in store.query("SELECT hlc FROM addresses ORDER BY rowid")]
    assert len(stamps) == 12_000
    assert all(earlier < later for earlier, later in zip(stamps, stamps[1:]))


def test_insert_many_of_nothing(store):
    assert store.insert_many("addresses", iter(())) == 0


def test_unknown_columns_and_tables_are_refused_before_writing(store):
    with pytest.raises(KeyError, match="colour"):
        store.insert("addresses", {**address("a1"), "colour": "blue"})
    assert store.count("addresses") == 0
    with pytest.raises(KeyError):
        store.columns("sqlite_master")
    with pytest.raises(KeyError):
        store.get("local_settings; DROP TABLE people", "x")


def test_a_transaction_rolls_back_wholly_on_an_exception(store):
    store.insert("addresses", address("kept"))
    with pytest.raises(ZeroDivisionError):
        with store.transaction():
            store.insert("addresses", address("a1"))
            store.update("addresses", "kept", {"street": "Changed Street"})
            store.insert("addresses", address("a2"))
            1 / 0
    assert [row["id"] for row in store.query("SELECT id FROM addresses")] == ["kept"]
    assert store.get("addresses", "kept")["street"] == "Elm Street"
    assert not store.conn.in_transaction


def test_nested_transactions_join_the_outer_one(store):
    with pytest.raises(ValueError):
        with store.transaction():
            store.insert("addresses", address("outer"))
            with store.transaction():
                store.insert("addresses", address("inner"))
            raise ValueError("late problem")
    assert store.count("addresses") == 0
    with store.transaction():
        store.insert("addresses", address("outer"))
        with store.transaction():
            store.insert("addresses", address("inner"))
    assert store.count("addresses") == 2


def test_a_failed_statement_rolls_back_what_came_before(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_many("addresses", [address("same"), address("same")])
    assert store.count("addresses") == 0


def test_the_clock_is_saved_and_continues_after_reopening(db_path):
    with Store.open(db_path) as store:
        store.insert("addresses", address("a1"))
        last = store.get("addresses", "a1")["hlc"]
        assert store.local_setting("last_hlc") == store.clock.last >= last
    with Store.open(db_path) as store:
        assert store.clock.last >= last
        store.insert("addresses", address("a2"))
        assert store.get("addresses", "a2")["hlc"] > last


def test_local_settings_are_kept(db_path):
    with Store.open(db_path) as store:
        assert store.local_setting("printer", "none") == "none"
        store.set_local_setting("printer", "Front desk laser")
        store.set_local_setting("printer", "Hall printer")
    with Store.open(db_path) as store:
        assert store.local_setting("printer") == "Hall printer"
