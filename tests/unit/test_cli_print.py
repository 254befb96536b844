"""engagedesk print: every document from the command line, with clear refusals."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from engagedesk.cli import main
from engagedesk.services import demo, listing
from engagedesk.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("print") / "demo.db"
    with Store.open(path) as store:
        demo.make_demo(store, people=200, seed=2, today=date(2026, 11, 22))
        ids = {kind: [row["id"] for row in listing.rows(store, kind)] for kind in ("meetings", "turfs", "campaigns")}
    return path, ids


def page_size(pdf) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size"))


@pytest.mark.parametrize("kind, about", [("signin", "meetings"), ("packet", "meetings"), ("summary", "meetings"),
                                         ("walklist", "turfs"), ("canvass", "campaigns")])
def test_each_document_is_written(db, tmp_path, capsys, kind, about):
    path, ids = db
    option = {"meetings": "--meeting", "turfs": "--turf", "campaigns": "--campaign"}[about]
    out = tmp_path / f"{kind}.pdf"
    assert main(["print", kind, "--db", str(path), option, ids[about][1 if about == "meetings" else 0],
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "612 x 792" in page_size(out)  # Letter by default
    assert str(out) in capsys.readouterr().out


def test_a4_and_a_blank_sheet(db, tmp_path):
    path, _ = db
    out = tmp_path / "blank.pdf"
    assert main(["print", "signin", "--db", str(path), "--blank", "40", "--paper", "a4", "--out", str(out)]) == 0
    assert "595.276 x 841.89" in page_size(out)


@pytest.mark.parametrize("argv, says", [
    (["print", "summary", "--meeting", "no-such-id"], "no meeting with the id"),
    (["print", "packet", "--turf", "x"], "needs --meeting"),
    (["print", "walklist"], "needs --turf"),
    (["print", "signin", "--blank", "100000"], "between 0 and"),
    (["print", "signin", "--blank", "5", "--columns", "name,shoe_size"], "Unknown column shoe_size"),
    (["print", "summary", "--meeting", "x", "--note-pages", "2"], "--note-pages is for 'print packet'"),
    (["print", "walklist", "--turf", "x", "--full-contacts"], "--full-contacts is for"),
    (["print", "signin", "--blank", "5", "--rows", "3"], "not both"),
])
def test_mistakes_are_explained_and_nothing_is_written(db, tmp_path, capsys, argv, says):
    path, _ = db
    out = tmp_path / "x.pdf"
    assert main([*argv, "--db", str(path), "--out", str(out)]) == 1
    assert says in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_place_is_explained(db, tmp_path, capsys):
    path, ids = db
    assert main(["print", "summary", "--db", str(path), "--meeting", ids["meetings"][1],
                 "--out", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def test_columns_rows_contacts_and_note_pages_reach_the_paper(db, tmp_path):
    path, ids = db
    meeting = ids["meetings"][1]
    narrow, wide = tmp_path / "narrow.pdf", tmp_path / "wide.pdf"
    assert main(["print", "signin", "--db", str(path), "--meeting", meeting, "--columns", "name,language",
                 "--rows", "0", "--out", str(narrow)]) == 0
    assert main(["print", "signin", "--db", str(path), "--meeting", meeting, "--columns", "name,email",
                 "--full-contacts", "--out", str(wide)]) == 0
    narrow_text, wide_text = pdf_text(narrow), pdf_text(wide)
    assert "Language" in narrow_text and "E-mail" not in narrow_text and "Signature" not in narrow_text
    assert "@" in wide_text and "•••@" not in wide_text  # whole addresses, as asked
    one, three = tmp_path / "one.pdf", tmp_path / "three.pdf"
    assert main(["print", "packet", "--db", str(path), "--meeting", meeting, "--out", str(one)]) == 0
    assert main(["print", "packet", "--db", str(path), "--meeting", meeting, "--note-pages", "3",
                 "--out", str(three)]) == 0
    assert page_count(three) == page_count(one) + 2
