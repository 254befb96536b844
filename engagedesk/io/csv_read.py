"""Reading a spreadsheet saved as CSV: its encoding, its delimiter, its header and its rows.

Rows are numbered as a spreadsheet numbers them: the header is row 1, the first data row is
row 2 (a cell holding a line break does not start a new row).  A bad file raises a
:class:`~engagedesk.domain.errors.UserError` that says what to do; a bad row is reported with
its number and left out, so the rest of the file can still be used.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import format_number, translate

MAX_CELL = 100_000           # characters in one cell; csv's own limit is 131,072
MAX_COLUMNS = 500
MAX_FILE_BYTES = 512 * 1024 * 1024
SNIFF_BYTES = 32_768
DELIMITERS = ",;\t"
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}

_BINARY_MAGIC = (
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "xls"),
    (b"%PDF", "pdf"),
    (b"SQLite format 3", "sqlite"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
)


def _tr(text: str) -> str:
    return translate("CsvRead", text)


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: str


@dataclass
class CsvTable:
    """What a CSV file holds, ready for column mapping."""

    name: str
    encoding: str                     # "utf-8", "utf-8-sig", "utf-16" (-le, -be without a BOM), "cp1252"
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, cells; exactly len(headers) of them)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, self.delimiter)


def column_letter(index: int) -> str:
    """Spreadsheet column name: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a CSV file's bytes; refuses empty and binary files."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UserError(_tr("{name} is empty: there is nothing to import. Choose the file that holds "
                            "the list, saved as CSV.").format(name=name))
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        for magic, kind in _BINARY_MAGIC:
            if data.startswith(magic):
                if kind in ("zip", "xls"):
                    raise UserError(_tr("{name} is a spreadsheet workbook, not a CSV file. In your spreadsheet "
                                        "program, choose Save As (or Download) and pick CSV, then import "
                                        "that file.").format(name=name))
                raise UserError(_tr("{name} is not a CSV file (it looks like a binary file). Please export the "
                                    "list as CSV from your spreadsheet.").format(name=name))
        encodings = ("utf-8", "cp1252")
        head = data[:4096]
        if b"\x00" in head and len(head) >= 4:
            # UTF-16 saved without its byte order mark: every other byte of Latin text is zero
            odd, even = head[1::2].count(0), head[0::2].count(0)
            if odd > len(head) * 0.4 and even == 0:
                encodings = ("utf-16-le",)
            elif even > len(head) * 0.4 and odd == 0:
                encodings = ("utf-16-be",)
        if encodings == ("utf-8", "cp1252") and b"\x00" in data[:65536]:
            raise UserError(_tr("{name} is not a CSV file (it looks like a binary file). Please export the "
                                "list as CSV from your spreadsheet.").format(name=name))
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:65536]
        odd = sum(1 for ch in sample if not ch.isprintable() and ch not in "\r\n\t")
        if odd > max(16, len(sample) // 100):
            break
        if encoding.startswith("utf-16"):
            text = text.lstrip("\ufeff")
        return text, encoding
    raise UserError(_tr("{name} is not a readable CSV text file. Please save it as CSV (UTF-8) and try again.")
                    .format(name=name))


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The file's dialect: csv.Sniffer, limited to comma, semicolon and tab, checked against the
    header line (the sniffer can be fooled by punctuation inside the cells)."""
    sample = text[:SNIFF_BYTES]
    if len(text) > SNIFF_BYTES and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    first_line = sample.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        delimiter = sniffed.delimiter
        quotechar = sniffed.quotechar or '"'
    except csv.Error:
        delimiter, quotechar = ",", '"'
    if counts.get(delimiter, 0) == 0 and max(counts.values()) > 0:
        delimiter = max(counts, key=lambda d: counts[d])

    class Found(csv.Dialect):
        pass

    Found.delimiter = delimiter
    Found.quotechar = quotechar if quotechar in "\"'" else '"'
    Found.doublequote = True
    Found.skipinitialspace = False
    Found.lineterminator = "\r\n"
    Found.quoting = csv.QUOTE_MINIMAL
    Found.strict = True
    return Found


def read_csv(data: bytes, name: str | None = None) -> CsvTable:
    """Read CSV bytes into a :class:`CsvTable`; raises UserError for a file that cannot be used."""
    name = name or _tr("The file")
    if len(data) > MAX_FILE_BYTES:
        raise UserError(_tr("{name} is larger than 512 MB. Split it into smaller files and import them one "
                            "after the other.").format(name=name))
    text, encoding = decode(data, name)
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    record = 0
    line_before = 0
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    problems: list[RowProblem] = []
    width = 0
    while True:
        line_before = reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise UserError(_bad_csv(name, str(error), record + 1, line_before + 1)) from None
        record += 1
        if headers is None:
            if not any(cell.strip() for cell in cells):
                record -= 1  # blank lines before the header do not count
                continue
            headers = _headers(cells, name)
            width = len(headers)
            continue
        # Both checks look at the whole row at once (the same answers as cell by cell, quicker).
        if not "".join(cells).strip():
            continue
        if max(map(len, cells)) > MAX_CELL:
            long_cell = next(i for i, cell in enumerate(cells) if len(cell) > MAX_CELL)
            problems.append(RowProblem(record, _tr(
                "Row {row}: the cell in column {column} is longer than {limit} characters, so the row was "
                "left out. Shorten it in the spreadsheet if the row is needed.").format(
                    row=record, column=column_letter(long_cell), limit=format_number(MAX_CELL))))
            continue
        if len(cells) > width and not any(cell.strip() for cell in cells[width:]):
            cells = cells[:width]
        if len(cells) != width:
            problems.append(RowProblem(record, _tr(
                "Row {row} does not have as many cells as the header row ({found} instead of {expected}), so "
                "its cells cannot be matched to the columns; the row was left out. Check it for a stray "
                "delimiter or a missing cell.").format(row=record, found=len(cells), expected=width)))
            continue
        rows.append((record, cells))
    if headers is None:
        raise UserError(_tr("{name} is empty: there is nothing to import. Choose the file that holds "
                            "the list, saved as CSV.").format(name=name))
    if not rows and not problems:
        raise UserError(_tr("{name} has a header row but no rows under it: there is nothing to import.")
                        .format(name=name))
    if not rows:
        first = problems[0]
        raise UserError(_tr("{name}: no row could be read, so nothing was imported. {why}")
                        .format(name=name, why=first.message))
    return CsvTable(name, encoding, dialect.delimiter, headers, rows, problems)


def read_csv_file(path: str | Path) -> CsvTable:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(_tr("{name} is larger than 512 MB. Split it into smaller files and import them one "
                                "after the other.").format(name=path.name))
        data = path.read_bytes()
    except IsADirectoryError:
        raise UserError(_tr("{name} is a folder; choose a CSV file inside it.").format(name=path.name)) from None
    except OSError as error:
        raise UserError(_tr("Cannot read {name}: {why}. Check that the file exists and that you may open it.")
                        .format(name=path.name, why=error.strerror or error)) from None
    return read_csv(data, path.name)


def _headers(cells: list[str], name: str) -> list[str]:
    from engagedesk.io.mapping import header_key

    if len(cells) > MAX_COLUMNS:
        raise UserError(_tr("{name} has {count} columns; at most {limit} can be imported. Remove the columns "
                            "you do not need.").format(name=name, count=format_number(len(cells)),
                                                       limit=format_number(MAX_COLUMNS)))
    if any(len(cell) > 1_000 for cell in cells):
        raise UserError(_tr("{name}: the first row should name the columns, but one of its cells is very long. "
                            "Add a header row (like First name, Last name, E-mail) and try again.").format(name=name))
    headers = [cell.strip().lstrip("\ufeff") for cell in cells]
    while headers and not headers[-1]:
        headers.pop()
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in seen:
            raise UserError(_tr(
                "{name}: columns {first} and {second} of the header row (row 1) are both called \"{header}\", "
                "so it is not clear which one to use. Rename one of them in the spreadsheet and try again.")
                .format(name=name, first=column_letter(seen[key]), second=column_letter(index), header=header))
        seen[key] = index
    if not seen:
        raise UserError(_tr("{name}: the first row should name the columns (like First name, Last name, "
                            "E-mail), but it is empty. Add a header row and try again.").format(name=name))
    return headers


def _bad_csv(name: str, why: str, row: int, line: int) -> str:
    if "field larger than field limit" in why:
        return _tr("{name}: row {row} (line {line} of the file) has a cell longer than {limit} characters, often "
                   "because a quote mark is not closed. Nothing was imported. Fix that row and try again.").format(
                       name=name, row=row, line=line, limit=format_number(MAX_CELL))
    if "unexpected end of data" in why or "expected after" in why or "EOF" in why:
        return _tr("{name}: a quote mark opened in row {row} (line {line} of the file) is not closed, so the rows "
                   "after it cannot be told apart. Nothing was imported. Close or remove the quote mark and try "
                   "again.").format(name=name, row=row, line=line)
    return _tr("{name} could not be read as CSV at row {row} (line {line} of the file). Nothing was imported. "
               "Open it in a spreadsheet, save it again as CSV and try again.").format(name=name, row=row, line=line)
