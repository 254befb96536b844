"""Reading CSV files: every encoding and delimiter a spreadsheet writes, and every bad file."""

from __future__ import annotations

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.io.csv_read import MAX_CELL, column_letter, read_csv

ROWS = [["First Name", "Apellido", "Correo electrónico", "Teléfono"],
        ["José", "Pérez", "jose@example.org", "555 010 1234"],
        ["Zoë", "Ng, Jr", "zoe@example.org", ""],
        ["Ana María", "Núñez", "", "(555) 010-9999"]]


def encode(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8", bom: bytes = b"") -> bytes:
    def cell(text: str) -> str:
        if any(ch in text for ch in (delimiter, '"', "\n")):
            return '"' + text.replace('"', '""') + '"'
        return text
    text = "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows) + "\r\n"
    return bom + text.encode(encoding)


@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("utf-16-le", b"\xff\xfe", "utf-16"),
    ("utf-16-be", b"\xfe\xff", "utf-16"),
    ("cp1252", b"", "cp1252"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_the_same(encoding, bom, expected, delimiter):
    table = read_csv(encode(ROWS, delimiter, encoding, bom), "people.csv")
    assert table.encoding == expected
    assert table.delimiter == delimiter
    assert table.headers == ROWS[0]
    assert [cells for _, cells in table.rows] == ROWS[1:]
    assert [row for row, _ in table.rows] == [2, 3, 4]
    assert table.problems == []


def test_a_cell_with_a_line_break_is_one_spreadsheet_row():
    data = b'Name,Notes\r\nAna,"two\r\nlines"\r\nBo,one\r\n'
    table = read_csv(data)
    assert table.rows == [(2, ["Ana", "two\r\nlines"]), (3, ["Bo", "one"])]


def test_blank_lines_are_left_out_quietly():
    table = read_csv(b"\r\nName,Email\r\n\r\nAna,a@example.org\r\n,\r\nBo,b@example.org\r\n")
    assert [cells[0] for _, cells in table.rows] == ["Ana", "Bo"]
    assert table.problems == []


@pytest.mark.parametrize("data, words", [
    (b"", "is empty"),
    (b"   \r\n\r\n", "is empty"),
    (b"\xef\xbb\xbf", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(256)) * 4, "binary"),
    (b"PK\x03\x04\x14\x00\x06\x00rest of a workbook", "workbook"),
    (b"SQLite format 3\x00", "binary"),
    (b"Name,Email\r\n", "no rows under it"),
    (b"Name,Email\r\n\r\n,\r\n", "no rows under it"),
])
def test_files_that_cannot_be_imported_say_why(data, words):
    with pytest.raises(UserError) as raised:
        read_csv(data, "list.csv")
    assert words in raised.value.message
    assert raised.value.message.startswith("list.csv")


def test_ragged_rows_are_reported_by_row_number_and_the_rest_is_read():
    data = b"Name,Email,Phone\r\nAna,a@example.org,1\r\nBo,b@example.org\r\nCy,c@example.org,3,extra\r\nDi,d@example.org,4,,\r\n"
    table = read_csv(data)
    assert [row for row, _ in table.rows] == [2, 5]  # trailing empty cells are harmless
    assert [p.row for p in table.problems] == [3, 4]
    assert "Row 3 does not have as many cells as the header row (2 instead of 3)" in table.problems[0].message
    assert "(4 instead of 3)" in table.problems[1].message


def test_a_file_of_only_ragged_rows_is_refused_with_the_first_row_number():
    with pytest.raises(UserError) as raised:
        read_csv(b"Name,Email,Phone\r\nAna\r\nBo;x\r\n")
    assert "no row could be read" in raised.value.message
    assert "Row 2" in raised.value.message


def test_a_one_megabyte_cell_is_refused_with_its_row():
    data = b"Name,Notes\r\nAna,short\r\nBo," + b"x" * 1_000_000 + b"\r\n"
    with pytest.raises(UserError) as raised:
        read_csv(data, "big.csv")
    assert "row 3" in raised.value.message
    assert "Nothing was imported" in raised.value.message


def test_a_long_cell_under_the_reader_limit_leaves_out_only_its_row():
    data = b"Name,Notes\r\nAna,short\r\nBo," + b"y" * (MAX_CELL + 5) + b"\r\nCy,ok\r\n"
    table = read_csv(data)
    assert [cells[0] for _, cells in table.rows] == ["Ana", "Cy"]
    assert table.problems[0].row == 3
    assert "column B" in table.problems[0].message


def test_an_unmatched_quote_is_refused_with_the_row_it_opens():
    data = b'Name,Email\r\nAna,a@example.org\r\n"Bo,b@example.org\r\nCy,c@example.org\r\n'
    with pytest.raises(UserError) as raised:
        read_csv(data, "q.csv")
    assert "quote mark opened in row 3" in raised.value.message
    assert "Nothing was imported" in raised.value.message


def test_a_stray_quote_inside_a_cell_is_refused_with_its_row():
    data = b'Name,Email\r\nAna,a@example.org\r\n"Bo" Smith,b@example.org\r\n'
    with pytest.raises(UserError) as raised:
        read_csv(data)
    assert "row 3" in raised.value.message


@pytest.mark.parametrize("headers, columns", [
    ("Email,Name, EMAIL", "A and C"),
    ("Nombre,Correo,NOMBRE", "A and C"),
    ("First name,first_name", "A and B"),
])
def test_duplicate_headers_are_refused_naming_both_columns(headers, columns):
    with pytest.raises(UserError) as raised:
        read_csv(f"{headers}\r\na,b,c\r\n".encode(), "d.csv")
    assert f"columns {columns} of the header row (row 1)" in raised.value.message


def test_empty_headers_are_allowed_but_a_header_row_of_nothing_is_not():
    table = read_csv(b"Name,,Email\r\nAna,x,a@example.org\r\n")
    assert table.headers == ["Name", "", "Email"]
    with pytest.raises(UserError):
        read_csv(b",,\r\nAna,x,y\r\n")


def test_windows_1252_bytes_that_are_not_utf8_are_read_as_windows_1252():
    table = read_csv("Nombre;Ciudad\r\nNúñez;Bogotá\r\n".encode("cp1252"))
    assert table.rows[0][1] == ["Núñez", "Bogotá"]


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]
