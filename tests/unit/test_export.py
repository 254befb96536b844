"""Exports: safe cells (checked in the written bytes), the BOM, XLSX, and who is left out of contact lists."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import Address, Meeting, Person
from engagedesk.io.spreadsheet_out import safe_cell, write_table
from engagedesk.services import export, people
from engagedesk.services.export import ExportCancelled, ExportOptions
from engagedesk.services.meetings import create_meeting
from engagedesk.store import Store

DANGEROUS = ["=HYPERLINK(\"http://x\",\"y\")", "+1 555 0100", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_cells_are_neutralised(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value, shown", [("Ana", "Ana"), ("", ""), (None, ""), (True, "yes"), (3, "3"),
                                          ("a=b", "a=b"), ("O'Brien", "O'Brien")])
def test_ordinary_cells_are_left_alone(value, shown):
    assert safe_cell(value) == shown


def test_csv_bytes_hold_no_live_formula(tmp_path):
    path = tmp_path / "out.csv"
    write_table(path, ["=Header", "B"], [[value, "ok"] for value in DANGEROUS])
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    lines = data.split(b"\r\n")
    assert lines[0] == b"'=Header,B"
    assert lines[1] == b"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",ok"
    assert lines[2] == b"'+1 555 0100,ok"
    assert lines[3] == b"'-2+3,ok"
    assert lines[4] == b"'@SUM(A1),ok"
    assert lines[5] == b"'\tx,ok"
    assert lines[6] == b"\"'\rx\",ok"
    for line in lines[1:7]:
        assert line.lstrip(b'"').startswith(b"'")


def test_a_bom_is_written_on_request(tmp_path):
    path = tmp_path / "out.csv"
    write_table(path, ["Nombre"], [["José"]], bom=True)
    assert path.read_bytes() == b"\xef\xbb\xbfNombre\r\nJos\xc3\xa9\r\n"


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    path = tmp_path / "out.xlsx"
    write_table(path, ["Name"], [[value] for value in DANGEROUS] + [["José"]], sheet_title="People: all")
    with zipfile.ZipFile(path) as archive:
        xml = b"".join(archive.read(name) for name in archive.namelist() if name.startswith("xl/"))
    assert b"<f>" not in xml and b"<f " not in xml
    sheet = load_workbook(path).active
    values = [row[0].value for row in sheet.iter_rows(min_row=2)]
    # XML keeps no bare carriage return: it reads back as a line feed, still behind the apostrophe
    assert values == ["'" + v.replace("\r", "\n") for v in DANGEROUS] + ["José"]
    assert all(row[0].data_type == "s" for row in sheet.iter_rows())
    assert sheet.title == "People all"


def test_a_bad_file_name_or_folder_is_refused_and_nothing_is_left_behind(tmp_path):
    with pytest.raises(UserError) as raised:
        write_table(tmp_path / "out.pdf", ["A"], [])
    assert ".csv or .xlsx" in raised.value.message
    with pytest.raises(UserError) as raised:
        write_table(tmp_path / "missing" / "out.csv", ["A"], [])
    assert "does not exist" in raised.value.message
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def roster(store: Store) -> Store:
    people.add_person(store, Person(given_name="Ana", family_name="Núñez", email="ana@example.org", may_contact=True,
                                    phone="=555+0100"), Address(number="12", street="Elm Street", postal_code="95001"))
    people.add_person(store, Person(given_name="Bo", family_name="Li", email="bo@example.org", may_contact=False))
    people.add_person(store, Person(given_name="Cy", family_name="Ng", email="cy@example.org", may_contact=True,
                                    do_not_contact=True))
    return store


def test_people_who_may_not_be_contacted_are_left_out_by_default(roster, tmp_path):
    path = tmp_path / "people.csv"
    result = export.export(roster, "people", path)
    text = path.read_text(encoding="utf-8")
    assert "Ana" in text and "Bo" not in text and "Cy" not in text
    assert "'=555+0100" in text
    assert "12 Elm Street" in text and "95001" in text
    assert result.rows == 1 and result.left_out == 2
    assert "Left out because they asked not to be contacted or have not agreed to be: 2." in result.summary()


def test_including_them_is_a_choice_the_file_and_the_summary_show(roster, tmp_path):
    path = tmp_path / "people.xlsx"
    result = export.export(roster, "people", path, ExportOptions(include_do_not_contact=True))
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert "May contact" in header and "Do not contact" in header
    by_name = {row[0]: dict(zip(header, row)) for row in rows[1:]}
    assert set(by_name) == {"Ana", "Bo", "Cy"}
    assert by_name["Cy"]["Do not contact"] == "yes"
    assert by_name["Bo"]["May contact"] == "no"
    assert result.included_not_contactable
    assert "Do not use this file as a contact list" in result.summary()


def test_attendance_leaves_out_contact_details_of_people_who_may_not_be_contacted(demo_copy, tmp_path):
    with Store.open(demo_copy) as store:
        meeting_id = store.scalar("SELECT meeting_id FROM attendance GROUP BY meeting_id LIMIT 1")
        expected = store.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted = 0", (meeting_id,))
        path = tmp_path / "attendance.csv"
        result = export.export(store, "attendance", path, ExportOptions(meeting_id=meeting_id))
    assert result.rows == expected
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Meeting,Date,Name,Role,Arrived")
    assert result.left_out > 0


def test_attendance_needs_a_meeting_that_exists(store, tmp_path):
    with pytest.raises(UserError) as raised:
        export.export(store, "attendance", tmp_path / "a.csv")
    assert "Choose the meeting" in raised.value.message
    with pytest.raises(UserError) as raised:
        export.export(store, "attendance", tmp_path / "a.csv", ExportOptions(meeting_id="nope"))
    assert "no meeting with that id" in raised.value.message
    assert list(tmp_path.iterdir()) == []


def test_notes_credit_only_people_who_agreed_to_be_quoted(demo_copy, tmp_path):
    with Store.open(demo_copy) as store:
        path = tmp_path / "notes.csv"
        result = export.export(store, "notes", path)
        named = {r[0] for r in store.query(
            "SELECT p.given_name FROM notes n JOIN people p ON p.id = n.speaker_id WHERE p.quote_consent = 0")}
    text = path.read_text(encoding="utf-8")
    assert result.rows > 10
    assert "a participant" in text
    assert text.splitlines()[0] == "Meeting,Date,Time,Agenda item,Kind,Said by,Note,Themes"
    assert named  # the demo has speakers who did not agree to be quoted


def test_actions_and_canvass_results(demo_copy, tmp_path):
    with Store.open(demo_copy) as store:
        campaign_id = store.scalar("SELECT id FROM campaigns")
        knocks = store.count("knocks")
        actions = store.count("action_items")
        a = export.export(store, "actions", tmp_path / "actions.xlsx")
        c = export.export(store, "canvass", tmp_path / "canvass.csv", ExportOptions(campaign_id=campaign_id, bom=True))
    assert a.rows == actions and c.rows == knocks
    header = (tmp_path / "canvass.csv").read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Date,Time,Street,Unit,City,Region,Postal code,Canvasser,Outcome,Note,")
    assert "What should the city fix first?" in header


def test_cancel_leaves_no_file(tmp_path):
    with Store.open(None) as store:
        for n in range(1200):
            store.insert("people", {"id": f"p{n}", "given_name": f"P{n}", "may_contact": 1})
        with pytest.raises(ExportCancelled):
            export.export(store, "people", tmp_path / "p.csv", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_meeting_filter_for_notes_and_actions(store, tmp_path):
    meeting = create_meeting(store, Meeting(title="=Evil title", starts_at="2026-11-22T18:00"))
    result = export.export(store, "notes", tmp_path / "n.csv", ExportOptions(meeting_id=meeting.id))
    assert result.rows == 0
    assert (tmp_path / "n.csv").read_text(encoding="utf-8").splitlines() == [
        "Meeting,Date,Time,Agenda item,Kind,Said by,Note,Themes"]
