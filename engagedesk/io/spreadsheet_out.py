"""Writing tables as CSV or XLSX that are safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a
formula by Excel or LibreOffice (a name like ``=HYPERLINK(...)`` typed at a sign-in desk is an
attack on whoever opens the export).  Such a cell is written with a leading apostrophe, which
spreadsheets show as text.  Files are written beside their target and moved into place, so a
failed export leaves no half-written file behind.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")


def _tr(text: str) -> str:
    return translate("SpreadsheetOut", text)


def safe_cell(value: Any) -> str:
    """The text of a cell, neutralised if a spreadsheet would run it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def format_for(path: str | Path) -> str:
    """``csv`` or ``xlsx`` from a file name; raises UserError for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(_tr("{name}: exports are written as .csv or .xlsx; end the file name with one of "
                            "them.").format(name=Path(path).name))
    return suffix


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                bom: bool = False, sheet_title: str = "Export") -> int:
    """Write a table to ``path`` (CSV or XLSX by its extension); returns the number of rows."""
    path = Path(path)
    kind = format_for(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(_tr("The folder {folder} does not exist. Choose another place to save.")
                        .format(folder=folder))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".export-", suffix="." + kind, dir=folder)
    except OSError as error:
        raise UserError(_tr("Cannot write in {folder}: {why}. Choose another place to save.")
                        .format(folder=folder, why=error.strerror or error)) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        if kind == "csv":
            count = _write_csv(temp, headers, rows, bom)
        else:
            count = _write_xlsx(temp, headers, rows, sheet_title)
        os.replace(temp, path)
    except OSError as error:
        raise UserError(_tr("Cannot write {name}: {why}. Choose another place to save.")
                        .format(name=path.name, why=error.strerror or error)) from None
    finally:
        if temp.exists():
            temp.unlink()
    return count


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], bom: bool) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([safe_cell(h) for h in headers])
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=_sheet_title(title))
    bold = Font(bold=True)

    def text_cell(value: Any, header: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=None)
        cell.value = safe_cell(value)
        cell.data_type = "s"  # text, never a formula, whatever it starts with
        if header:
            cell.font = bold
        return cell

    sheet.append([text_cell(h, header=True) for h in headers])
    count = 0
    for row in rows:
        sheet.append([text_cell(v) for v in row])
        count += 1
    book.save(path)
    return count


def _sheet_title(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\").strip("'") or "Export"
    return cleaned[:31]
