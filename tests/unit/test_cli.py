"""The command line, called in-process: exit codes, messages and what it prints."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from pathlib import Path

import pytest

from engagedesk import __version__, paths
from engagedesk.cli import main
from engagedesk.services import organisation, people
from engagedesk.store import Store, schema
from engagedesk.store.backup import backup_folder


def lines(text: str) -> list[str]:
    return text.splitlines()


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def test_version(capsys):
    with pytest.raises(SystemExit) as excinfo:
        main(["--version"])
    assert excinfo.value.code == 0
    assert capsys.readouterr().out.strip() == f"EngageDesk {__version__}"


# ------------------------------------------------------------------ demo

def test_demo_makes_a_demo_organisation(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "40", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert str(db_path) in out
    assert "people 40" in out
    with Store.open(db_path) as store:
        assert people.count_people(store) == 40
        assert organisation.is_set_up(store)


def test_demo_is_the_same_for_the_same_seed(tmp_path, capsys):
    for name in ("a.db", "b.db"):
        assert main(["demo", "--db", str(tmp_path / name), "--people", "30", "--seed", "9"]) == 0
    capsys.readouterr()
    for name in ("a.db", "b.db"):
        assert main(["list", "people", "--json", "--db", str(tmp_path / name)]) == 0
    listed = lines(capsys.readouterr().out)
    assert listed[:30] == listed[30:]


def test_demo_into_a_file_that_is_already_set_up_is_refused(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "20"]) == 0
    capsys.readouterr()
    assert main(["demo", "--db", str(db_path), "--people", "20"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(db_path) in captured.err
    assert "already holds an organisation" in captured.err
    assert "Give another --db path" in captured.err
    with Store.open(db_path) as store:
        assert people.count_people(store) == 20


def test_demo_refuses_a_bad_number_of_people(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "-5"]) == 1
    assert "--people must be between 0 and 1,000,000" in capsys.readouterr().err
    assert not db_path.exists()


def test_demo_into_a_file_that_is_not_a_database(db_path, capsys, digest):
    db_path.write_text("name,email\n")
    before = digest(db_path)
    assert main(["demo", "--db", str(db_path)]) == 1
    assert "is not an EngageDesk database" in capsys.readouterr().err
    assert digest(db_path) == before


@pytest.mark.parametrize("argv", [["--temp", "demo", "--people", "10"], ["demo", "--temp", "--people", "10"]])
def test_demo_into_a_throwaway_database(argv, capsys, user_folders):
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "people 10" in out
    made_in = Path(re.search(r"Made a demo organisation in (.+?) in \d", out).group(1))
    assert made_in.name == "engagedesk.db"
    assert not made_in.exists(), "the throwaway database is gone"
    assert not paths.database_path().exists()


@pytest.mark.parametrize("before", [True, False])
def test_database_options_before_or_after_the_command(db_path, capsys, user_folders, before):
    where = ["--db", str(db_path)]
    assert main([*where, "demo", "--people", "3"] if before else ["demo", "--people", "3", *where]) == 0
    assert main([*where, "list", "people"] if before else ["list", "people", *where]) == 0
    assert main([*where, "check"] if before else ["check", *where]) == 0
    assert len([line for line in lines(capsys.readouterr().out) if line.count("\t") >= 2]) == 3
    assert db_path.exists()
    assert not paths.database_path().exists(), "nothing went to the default database"


def test_the_option_after_the_command_wins(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "ignored.db"), "demo", "--people", "2", "--db", str(tmp_path / "used.db")]) == 0
    assert (tmp_path / "used.db").exists()
    assert not (tmp_path / "ignored.db").exists()


def test_the_database_can_come_from_the_environment(db_path, monkeypatch, capsys):
    monkeypatch.setenv("ENGAGEDESK_DB", str(db_path))
    assert main(["demo", "--people", "5"]) == 0
    capsys.readouterr()
    assert main(["list", "people"]) == 0
    assert len(lines(capsys.readouterr().out)) == 5


# ------------------------------------------------------------------ check

def test_check_a_good_file(demo_copy, capsys):
    assert main(["check", "--db", str(demo_copy)]) == 0
    out = capsys.readouterr().out
    assert f"Database version {schema.LATEST_VERSION} (current)." in out
    assert "Integrity check: ok." in out
    assert "Foreign key check: ok." in out
    assert "PROBLEM" not in out


def test_check_a_damaged_file(demo_copy, capsys, damage_page, digest):
    pages = demo_copy.stat().st_size // 4096
    damage_page(demo_copy, pages // 2)
    before = digest(demo_copy)
    assert main(["check", "--db", str(demo_copy)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM: Integrity" in out
    assert digest(demo_copy) == before


def test_check_finds_rows_that_point_nowhere(demo_copy, capsys):
    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE attendance SET person_id = 'nobody' WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(demo_copy)]) == 1
    assert "PROBLEM: 1 row points to a row that does not exist (in attendance)." in capsys.readouterr().out
    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE attendance SET person_id = 'nobody else' WHERE rowid = 2")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(demo_copy)]) == 1
    assert "PROBLEM: 2 rows point to rows that do not exist (in attendance)." in capsys.readouterr().out


def test_check_a_newer_file(demo_copy, capsys):
    conn = sqlite3.connect(demo_copy)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    assert main(["check", "--db", str(demo_copy)]) == 1
    assert "newer than this program understands" in capsys.readouterr().out


def test_check_an_old_file_without_upgrading_it(v1_copy, capsys):
    assert main(["check", "--db", str(v1_copy)]) == 0
    assert f"Database version 1; it will be upgraded to {schema.LATEST_VERSION} when opened." in capsys.readouterr().out
    conn = sqlite3.connect(v1_copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert not backup_folder(v1_copy).exists()


@pytest.mark.parametrize("content, message", [
    (None, "There is no database at"),
    (b"just some notes\n", "is not an EngageDesk database"),
])
def test_check_a_file_that_is_missing_or_not_a_database(db_path, capsys, content, message):
    if content is not None:
        db_path.write_bytes(content)
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert message in err and str(db_path) in err
    assert db_path.exists() == (content is not None)


# ------------------------------------------------------------------ list

@pytest.fixture
def listed_demo(demo_copy):
    with Store.open(demo_copy) as store:
        counts = {kind: store.count(table) for kind, table in
                  (("people", "people"), ("meetings", "meetings"), ("campaigns", "campaigns"), ("turfs", "turfs"))}
    return demo_copy, counts


@pytest.mark.parametrize("kind", ["people", "meetings", "campaigns", "turfs"])
def test_list_one_row_per_line_id_first(listed_demo, capsys, kind):
    path, counts = listed_demo
    assert main(["list", kind, "--db", str(path)]) == 0
    rows = [line.split("\t") for line in lines(capsys.readouterr().out)]
    assert len(rows) == counts[kind] > 0
    assert all(is_uuid(row[0]) for row in rows)
    assert len({len(row) for row in rows}) == 1, "every row has the same columns"


@pytest.mark.parametrize("kind, fields", [
    ("people", {"name", "email", "phone", "do_not_contact"}),
    ("meetings", {"starts_at", "title", "attendance"}),
    ("campaigns", {"name", "starts_on", "ends_on"}),
    ("turfs", {"name", "canvasser", "doors"}),
])
def test_list_as_json(listed_demo, capsys, kind, fields):
    path, counts = listed_demo
    assert main(["list", kind, "--json", "--db", str(path)]) == 0
    records = [json.loads(line) for line in lines(capsys.readouterr().out)]
    assert len(records) == counts[kind]
    for record in records:
        assert list(record)[0] == "id" and is_uuid(record["id"])
        assert fields <= set(record)


def test_list_people_keeps_names_as_they_are(listed_demo, capsys):
    path, _ = listed_demo
    assert main(["list", "people", "--json", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    names = [json.loads(line)["name"] for line in lines(out)]
    assert any(not name.isascii() for name in names)
    assert "\\u" not in out, "non-ASCII names are written as text, not escapes"


def test_list_meetings_in_facilitator_order(listed_demo, capsys):
    path, _ = listed_demo
    assert main(["list", "meetings", "--json", "--db", str(path)]) == 0
    meetings = [json.loads(line) for line in lines(capsys.readouterr().out)]
    assert [m["attendance"] > 0 for m in meetings].count(False) == 1


def test_list_with_a_limit(listed_demo, capsys):
    path, _ = listed_demo
    assert main(["--db", str(path), "list", "people", "--limit", "5"]) == 0
    assert len(lines(capsys.readouterr().out)) == 5
    assert main(["list", "people", "--limit", "-1", "--db", str(path)]) == 1
    assert "--limit must be 0 or more." in capsys.readouterr().err


def test_list_a_missing_file(db_path, capsys):
    assert main(["list", "people", "--db", str(db_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"There is no database at {db_path}." in captured.err
    assert f"engagedesk demo --db {db_path}" in captured.err
    assert not db_path.exists()


def test_list_while_another_copy_has_the_file_open(listed_demo, capsys):
    path, counts = listed_demo
    with Store.open(path):
        assert main(["list", "people", "--db", str(path)]) == 0
    assert len(lines(capsys.readouterr().out)) == counts["people"]


# ------------------------------------------------------------------ mistyped commands

@pytest.mark.parametrize("argv", [
    ["list"],
    ["list", "donors"],
    ["frobnicate"],
    ["demo", "--people", "many"],
    ["demo", "--seed"],
    ["check", "--db"],
    ["list", "people", "--colour"],
])
def test_mistyped_commands_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as excinfo:
        main(argv)
    assert excinfo.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: engagedesk")
