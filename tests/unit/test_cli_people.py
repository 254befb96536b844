"""``engagedesk people import`` and ``engagedesk export``: exit codes, messages, files."""

from __future__ import annotations

import json

import pytest

from engagedesk.cli import main
from engagedesk.store import Store

CSV = "Nombre;Apellido;Correo;Código postal\r\nJosé;Pérez;jose@example.org;95001\r\nAna;Núñez;bad;\r\n"


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(CSV.encode("cp1252"))
    return path


def test_dry_run_says_what_each_row_would_do_and_changes_nothing(db_path, roster, capsys):
    assert main(["people", "import", "--db", str(db_path), str(roster), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "roster.csv (cp1252, semicolon-separated), rows to read: 2; columns guessed from the header" in out
    assert "Correo -> E-mail" in out
    assert "row 3 would be skipped: This e-mail address looks incomplete" in out
    assert "Dry run, nothing was changed. New people: 1." in out
    with Store.open(db_path) as store:
        assert store.count("people") == 0


def test_import_then_the_same_file_again_skips_the_people_already_here(db_path, roster, capsys):
    assert main(["people", "import", "--db", str(db_path), str(roster)]) == 0
    assert "New people: 1. Updated: 0. Rows skipped: 1." in capsys.readouterr().out
    assert main(["people", "import", "--db", str(db_path), str(roster)]) == 0
    out = capsys.readouterr().out
    assert "columns remembered from last time" in out
    assert "row 2 skipped: Has the same e-mail as José Pérez" in out
    assert main(["people", "import", "--db", str(db_path), str(roster), "--update-matching"]) == 0
    assert "nothing to change" in capsys.readouterr().out
    with Store.open(db_path) as store:
        assert store.count("people") == 1


def test_a_mapping_file_is_used(db_path, tmp_path, capsys):
    data = tmp_path / "in.csv"
    data.write_text("A,B\r\nAna,Núñez\r\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"A": "given_name", "B": "family_name"}), encoding="utf-8")
    assert main(["people", "import", "--db", str(db_path), str(data), "--mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "columns from the mapping file" in out and "A -> First name" in out


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"Name,Email\r\n", "no rows under it"),
    (b"\x00\x01\x02binary", "binary"),
    (b'Name,Email\r\n"Ana,a@example.org\r\n', "quote mark opened in row 2"),
    (b"Name,Email,NAME\r\nA,b,c\r\n", "both called"),
    (b"Colour,Size\r\nred,M\r\n", "No column is set to a name"),
])
def test_bad_files_exit_1_with_a_message(db_path, tmp_path, capsys, content, words):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert main(["people", "import", "--db", str(db_path), str(path)]) == 1
    assert words in capsys.readouterr().err


def test_a_missing_file_exits_1(db_path, tmp_path, capsys):
    assert main(["people", "import", "--db", str(db_path), str(tmp_path / "none.csv")]) == 1
    assert "There is no file" in capsys.readouterr().err


def test_mistyped_commands_exit_2(db_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["people", "import"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["export", "everything", "--db", str(db_path), "--out", "x.csv"])
    assert exited.value.code == 2


def test_export_people_and_the_others(demo_copy, tmp_path, capsys):
    out = tmp_path / "people.csv"
    assert main(["export", "people", "--db", str(demo_copy), "--out", str(out), "--bom"]) == 0
    assert "Left out because" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbfFirst name,")
    assert main(["export", "people", "--db", str(demo_copy), "--out", str(tmp_path / "all.xlsx"),
                 "--include-do-not-contact"]) == 0
    assert "Do not use this file as a contact list" in capsys.readouterr().out
    with Store.open(demo_copy) as store:
        meeting = store.scalar("SELECT meeting_id FROM attendance LIMIT 1")
        campaign = store.scalar("SELECT id FROM campaigns")
    for args in (["attendance", "--meeting", meeting], ["notes"], ["actions", "--meeting", meeting],
                 ["canvass", "--campaign", campaign]):
        assert main(["export", *args, "--db", str(demo_copy), "--out", str(tmp_path / f"{args[0]}.csv")]) == 0
        assert capsys.readouterr().out.startswith("Saved ")


@pytest.mark.parametrize("args, words", [
    (["attendance"], "needs --meeting"),
    (["canvass"], "needs --campaign"),
    (["attendance", "--meeting", "nope"], "no meeting with that id"),
    (["people", "--out-format"], None),
])
def test_export_problems_exit_1(demo_copy, tmp_path, capsys, args, words):
    if words is None:
        with pytest.raises(SystemExit):
            main(["export", *args, "--db", str(demo_copy), "--out", str(tmp_path / "x.csv")])
        return
    assert main(["export", *args, "--db", str(demo_copy), "--out", str(tmp_path / "x.csv")]) == 1
    assert words in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_export_to_a_file_that_is_not_csv_or_xlsx(demo_copy, tmp_path, capsys):
    assert main(["export", "people", "--db", str(demo_copy), "--out", str(tmp_path / "x.pdf")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
