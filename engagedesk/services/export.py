"""Spreadsheets out: people, a meeting's attendance, notes, action items and canvass results.

As CSV (UTF-8, with a byte order mark on request so that Excel reads accents) or XLSX.  Every
cell a spreadsheet would run as a formula is neutralised (see :mod:`engagedesk.io.spreadsheet_out`).
People who asked not to be contacted, or have not agreed to be, are left out of the people list
and their e-mail and phone out of the attendance list unless the user chooses to include them;
the result says which.  Quotes are credited only to people who agreed to be quoted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import format_number, translate
from engagedesk.io.spreadsheet_out import format_for, write_table
from engagedesk.store import exports as table
from engagedesk.store.store import Store

KINDS = ("people", "attendance", "notes", "actions", "canvass")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _tr(text: str) -> str:
    return translate("Export", text)


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(_tr("Export cancelled; no file was written."))


@dataclass(frozen=True)
class ExportOptions:
    include_do_not_contact: bool = False  # include people who may not be contacted (people, attendance)
    bom: bool = False                     # CSV only: a byte order mark, for Excel
    meeting_id: str | None = None         # attendance (needed); notes, actions (optional)
    campaign_id: str | None = None        # canvass (needed)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    rows: int
    left_out: int = 0           # people left out (or whose contact details were) as not contactable
    included_not_contactable: bool = False

    def summary(self) -> str:
        text = _tr("Saved {name}; rows written: {rows}.").format(rows=format_number(self.rows), name=self.path.name)
        if self.kind == "people" and self.left_out:
            text += " " + _tr("Left out because they asked not to be contacted or have not agreed to be: "
                              "{n}.").format(n=format_number(self.left_out))
        elif self.kind == "attendance" and self.left_out:
            text += " " + _tr("E-mail and phone left out for people who may not be contacted: "
                              "{n}.").format(n=format_number(self.left_out))
        if self.included_not_contactable:
            text += " " + _tr("People who may not be contacted are included; the columns \"May contact\" and "
                              "\"Do not contact\" say who they are. Do not use this file as a contact list.")
        return text


def _yes(value: Any) -> str:
    return _tr("yes") if value else _tr("no")


def _name(row: sqlite3.Row | dict) -> str:
    given = row["preferred_name"] or row["given_name"] or ""
    return " ".join(p for p in (given or "", row["family_name"] or "") if p)


def _address(row: sqlite3.Row) -> list[str]:
    street = " ".join(p for p in (row["a_number"] or "", row["a_street"] or "") if p)
    return [street, row["a_unit"] or "", row["a_city"] or "", row["a_region"] or "", row["a_postal_code"] or ""]


def _contactable(row: sqlite3.Row) -> bool:
    return bool(row["may_contact"]) and not row["do_not_contact"]


class _Counter:
    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int) -> None:
        self.progress, self.cancelled, self.total, self.done, self.left_out = progress, cancelled, total, 0, 0

    def tick(self) -> None:
        self.done += 1
        if self.done % 1000 == 0:
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelled
            if self.progress is not None:
                self.progress(self.done, max(self.total, self.done))


def _people(store: Store, options: ExportOptions, counter: _Counter) -> tuple[list[str], Iterator[list[Any]], str]:
    headers = [_tr("First name"), _tr("Last name"), _tr("Preferred name"), _tr("Pronouns"), _tr("E-mail"),
               _tr("Phone"), _tr("Language"), _tr("Street"), _tr("Unit"), _tr("City"), _tr("Region"),
               _tr("Postal code"), _tr("Photo consent"), _tr("Quote consent")]
    if options.include_do_not_contact:
        headers += [_tr("May contact"), _tr("Do not contact"), _tr("Do not contact since")]

    def rows() -> Iterator[list[Any]]:
        for row in table.people(store):
            counter.tick()
            if not options.include_do_not_contact and not _contactable(row):
                counter.left_out += 1
                continue
            line = [row["given_name"], row["family_name"], row["preferred_name"], row["pronouns"], row["email"],
                    row["phone"], row["language"], *_address(row), _yes(row["photo_consent"]),
                    _yes(row["quote_consent"])]
            if options.include_do_not_contact:
                line += [_yes(row["may_contact"]), _yes(row["do_not_contact"]), row["do_not_contact_since"] or ""]
            yield line
    return headers, rows(), _tr("People")


def _attendance(store: Store, options: ExportOptions, counter: _Counter) -> tuple[list[str], Iterator[list[Any]], str]:
    if not options.meeting_id:
        raise UserError(_tr("Choose the meeting whose attendance to export (its id as 'engagedesk list "
                            "meetings' prints it)."))
    meeting = table.meeting(store, options.meeting_id)
    if meeting is None:
        raise UserError(_tr("There is no meeting with that id (it may have been deleted). 'engagedesk list "
                            "meetings' shows the ids."))
    headers = [_tr("Meeting"), _tr("Date"), _tr("Name"), _tr("Role"), _tr("Arrived"), _tr("Left"), _tr("Walk-in"),
               _tr("E-mail"), _tr("Phone"), _tr("Postal code"), _tr("May contact")]
    if options.include_do_not_contact:
        headers.append(_tr("Do not contact"))

    def rows() -> Iterator[list[Any]]:
        for row in table.attendance(store, options.meeting_id):
            counter.tick()
            show = options.include_do_not_contact or _contactable(row)
            if not show:
                counter.left_out += 1
            line = [meeting["title"], meeting["starts_at"][:10], _name(row), row["t_role"], row["t_time_in"],
                    row["t_time_out"] or "", _yes(row["t_walk_in"]), row["email"] if show else "",
                    row["phone"] if show else "", row["a_postal_code"] or "", _yes(_contactable(row))]
            if options.include_do_not_contact:
                line.append(_yes(row["do_not_contact"]))
            yield line
    return headers, rows(), _tr("Attendance")


def _notes(store: Store, options: ExportOptions, counter: _Counter) -> tuple[list[str], Iterator[list[Any]], str]:
    headers = [_tr("Meeting"), _tr("Date"), _tr("Time"), _tr("Agenda item"), _tr("Kind"), _tr("Said by"),
               _tr("Note"), _tr("Themes")]

    def rows() -> Iterator[list[Any]]:
        for row in table.notes(store, options.meeting_id):
            counter.tick()
            if row["p_id"] is None:
                speaker = ""
            elif row["quote_consent"]:
                speaker = _name(row)
            else:
                speaker = _tr("a participant")
            yield [row["m_title"], (row["m_starts_at"] or "")[:10], (row["n_at"] or "")[11:16], row["ai_title"] or "",
                   row["n_kind"], speaker, row["n_text"], row["themes"] or ""]
    return headers, rows(), _tr("Notes")


def _actions(store: Store, options: ExportOptions, counter: _Counter) -> tuple[list[str], Iterator[list[Any]], str]:
    headers = [_tr("Action"), _tr("Owner"), _tr("Due"), _tr("Status"), _tr("Closed"), _tr("From meeting"),
               _tr("Meeting date")]

    def rows() -> Iterator[list[Any]]:
        for row in table.actions(store, options.meeting_id):
            counter.tick()
            owner = _name(row) if row["given_name"] is not None else ""
            yield [row["text"], owner, row["due_on"] or "", row["status"], (row["closed_at"] or "")[:10],
                   row["m_title"] or "", (row["m_starts_at"] or "")[:10]]
    return headers, rows(), _tr("Action items")


def _canvass(store: Store, options: ExportOptions, counter: _Counter) -> tuple[list[str], Iterator[list[Any]], str]:
    if not options.campaign_id:
        raise UserError(_tr("Choose the campaign whose results to export (its id as 'engagedesk list campaigns' "
                            "prints it)."))
    campaign = table.campaign(store, options.campaign_id)
    if campaign is None:
        raise UserError(_tr("There is no campaign with that id (it may have been deleted). 'engagedesk list "
                            "campaigns' shows the ids."))
    questions = table.questions(store, options.campaign_id)
    answers = table.answers(store, options.campaign_id)
    headers = [_tr("Date"), _tr("Time"), _tr("Street"), _tr("Unit"), _tr("City"), _tr("Region"), _tr("Postal code"),
               _tr("Canvasser"), _tr("Outcome"), _tr("Note")] + [q["prompt"] for q in questions]

    def rows() -> Iterator[list[Any]]:
        for row in table.knocks(store, options.campaign_id):
            counter.tick()
            given = answers.get(row["k_id"], {})
            yield [(row["at"] or "")[:10], (row["at"] or "")[11:16], *_address(row), row["canvasser"], row["outcome"],
                   row["note"], *[given.get(q["id"], "").replace("|", "; ") for q in questions]]
    return headers, rows(), campaign["name"]


_MAKERS = {"people": _people, "attendance": _attendance, "notes": _notes, "actions": _actions, "canvass": _canvass}


def export(store: Store, kind: str, path: str | Path, options: ExportOptions = ExportOptions(), *,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """Write one export to ``path`` (.csv or .xlsx); a cancel or a problem leaves no file behind."""
    if kind not in _MAKERS:
        raise UserError(_tr("Exports are: {kinds}.").format(kinds=", ".join(KINDS)))
    path = Path(path)
    format_for(path)
    total = store.count("people") if kind in ("people",) else 0
    counter = _Counter(progress, cancelled, total)
    headers, rows, title = _MAKERS[kind](store, options, counter)
    written = write_table(path, headers, rows, bom=options.bom, sheet_title=title)
    return ExportResult(path, kind, written, counter.left_out,
                        options.include_do_not_contact and kind in ("people", "attendance"))


def choices(store: Store) -> dict[str, list[tuple[str, str]]]:
    """What an export can be about: meetings (newest first) and campaigns, as (id, label)."""
    return {"meetings": [(mid, f"{starts[:10]}  {title}") for mid, title, starts in table.list_meetings(store)],
            "campaigns": list(table.list_campaigns(store))}
