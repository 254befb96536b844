"""Importing people from a spreadsheet saved as CSV.

The steps a screen or the command line takes: :func:`read_file` (a bad file says what is wrong),
:func:`mapping_for` (the remembered mapping of files shaped like this one, or a guess),
:func:`preview` (the first rows as they will be stored, with their problems), then
:func:`import_people` with ``dry_run=True`` (what each row would do) and for real.

Rules: a row whose e-mail or phone is exactly someone's updates that person only when the user
chose "update matching people" (otherwise it is skipped and reported); a row that only looks
like someone (a similar name at the same address or postal code) is never merged: it is
reported and, by the user's choice, skipped or created anyway.  A row that fails validation is
reported and left out whole.  The real import runs in one transaction: a cancel or an error
leaves the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import json
import operator
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import (address_problems, clean_text, clean_texts, fold, person_problems,
                                         phone_digits, validate_address, validate_person)
from engagedesk.io.csv_read import CsvTable, RowProblem, read_csv, read_csv_file
from engagedesk.io.mapping import check_mapping, field_label, fields, guess_mapping, mapping_setting_key
from engagedesk.io.spreadsheet_out import write_table
from engagedesk.services.canvassing import address_key
from engagedesk.store import canvassing as address_table
from engagedesk.store import csv_people as table
from engagedesk.store.people import update_person
from engagedesk.store.store import Store, utc_now

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

CREATED, UPDATED, SKIPPED = "created", "updated", "skipped"
PREVIEW_ROWS = 20
MIN_PHONE_DIGITS = 7
_NAME = "\x00name\x00"  # where a matched person's name goes in a reason, filled in at the end

_YES = {"yes", "y", "true", "t", "1", "x", "si", "s", "ok", "on", "checked", "\u2713", "\u2714", "agree", "acepta"}
_NO = {"no", "n", "false", "f", "0", "off", "unchecked", "none", "-"}
_PERSON_TEXT = ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone", "language", "notes",
                "do_not_contact_reason")
_FLAGS = ("may_contact", "do_not_contact", "photo_consent", "quote_consent")
_ADDRESS = ("number", "street", "unit", "city", "region", "postal_code")


def _tr(text: str) -> str:
    return translate("CsvImport", text)


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(_tr("Import cancelled; nothing was changed."))


@dataclass(frozen=True)
class ImportOptions:
    update_matching: bool = False          # exact e-mail/phone match: update that person (else skip)
    create_likely_duplicates: bool = False  # similar name at the same address: create anyway (else skip)
    check_duplicates: bool = True          # off: every valid row becomes a new person


@dataclass(frozen=True)
class RowResult:
    row: int
    outcome: str           # created, updated or skipped
    reason: str = ""
    person_id: str | None = None
    match_id: str | None = None


@dataclass
class ImportReport:
    name: str
    dry_run: bool
    rows: list[RowResult] = field(default_factory=list)
    duplicate_check: str = "off"  # "full" (exact and likely), "exact" (e-mail and phone only), "off"

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def created(self) -> int:
        return self.count(CREATED)

    @property
    def updated(self) -> int:
        return self.count(UPDATED)

    @property
    def skipped(self) -> int:
        return self.count(SKIPPED)

    def summary(self) -> str:
        numbers = {"created": f"{self.created:,}", "updated": f"{self.updated:,}", "skipped": f"{self.skipped:,}"}
        if self.dry_run:
            return _tr("Dry run, nothing was changed. New people: {created}. Updated: {updated}. "
                       "Rows skipped: {skipped}.").format(**numbers)
        return _tr("New people: {created}. Updated: {updated}. Rows skipped: {skipped}.").format(**numbers)

    def outcome_label(self, outcome: str) -> str:
        if self.dry_run:
            return {CREATED: _tr("would be created"), UPDATED: _tr("would be updated"),
                    SKIPPED: _tr("would be skipped")}[outcome]
        return {CREATED: _tr("created"), UPDATED: _tr("updated"), SKIPPED: _tr("skipped")}[outcome]

    def write_csv(self, path: str | Path) -> int:
        """Save the report (row, what happened, why) as a CSV or XLSX file."""
        return write_table(path, [_tr("Row"), _tr("Result"), _tr("Why")],
                           ([r.row, self.outcome_label(r.outcome), r.reason] for r in self.rows),
                           bom=True, sheet_title=_tr("Import report"))


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: dict[str, str]   # field -> the text that will be stored
    problems: tuple[str, ...] = ()


# ------------------------------------------------------------------ reading and mapping


def read_file(path: str | Path) -> CsvTable:
    return read_csv_file(path)


def read_bytes(data: bytes, name: str | None = None) -> CsvTable:
    return read_csv(data, name)


def remembered_mapping(store: Store, headers: Sequence[str], target: str = "person") -> list[str | None] | None:
    """The mapping last used for a file with these headers, if any (and still valid)."""
    text = store.local_setting(mapping_setting_key(headers, target))
    if not text:
        return None
    try:
        saved = json.loads(text)
    except ValueError:
        return None
    known = set(fields(target))
    if (not isinstance(saved, list) or len(saved) != len(headers)
            or any(f is not None and f not in known for f in saved)):
        return None
    return saved


def remember_mapping(store: Store, headers: Sequence[str], mapping: Sequence[str | None], target: str = "person") -> None:
    store.set_local_setting(mapping_setting_key(headers, target), json.dumps(list(mapping)))


def mapping_for(store: Store, headers: Sequence[str], target: str = "person") -> tuple[list[str | None], bool]:
    """(mapping, remembered): the one used last time for this shape of file, else a guess."""
    saved = remembered_mapping(store, headers, target)
    if saved is not None:
        return saved, True
    return guess_mapping(headers, target), False


def load_mapping_file(path: str | Path, headers: Sequence[str], target: str = "person") -> list[str | None]:
    """A mapping saved as JSON: ``{"column header": "field" or null, ...}``; columns it does not
    name are left out.  Raises UserError naming what is wrong."""
    path = Path(path)
    try:
        given = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise UserError(_tr("Cannot read the mapping file {name}: {why}.").format(
            name=path.name, why=error.strerror or error)) from None
    except ValueError:
        raise UserError(_tr("The mapping file {name} is not valid JSON. It should look like "
                            "{{\"First Name\": \"given_name\", \"Zip\": \"postal_code\"}}.").format(name=path.name)) from None
    if not isinstance(given, dict) or not all(isinstance(k, str) for k in given):
        raise UserError(_tr("The mapping file {name} should hold one object: column header -> field.")
                        .format(name=path.name))
    known = fields(target)
    by_header = {fold(k).strip(): v for k, v in given.items()}
    mapping: list[str | None] = []
    for header in headers:
        value = by_header.get(fold(header).strip())
        if value in (None, "", "ignore", "skip"):
            mapping.append(None)
        elif value not in known:
            raise UserError(_tr("The mapping file {name} maps \"{header}\" to \"{field}\", which is not a field. "
                                "Fields: {known}.").format(name=path.name, header=header, field=value,
                                                          known=", ".join(known)))
        else:
            mapping.append(value)
    missing = [k for k in given if fold(k).strip() not in {fold(h).strip() for h in headers}]
    if missing:
        raise UserError(_tr("The mapping file {name} names columns the CSV file does not have: {missing}.")
                        .format(name=path.name, missing=", ".join(missing[:10])))
    return mapping


# ------------------------------------------------------------------ one row


@dataclass
class _Row:
    person: Person | None
    address: Address | None
    given: frozenset[str]        # person fields with a value in the file
    problems: list[str]


@functools.lru_cache(maxsize=1024)
def _flag(value: str) -> bool | None:
    key = fold(value).strip().rstrip(".")
    if key in _YES:
        return True
    if not key or key in _NO:
        return False
    return None


def _split_full_name(text: str) -> tuple[str, str]:
    text = clean_text(text)
    if "," in text:
        family, given = (part.strip() for part in text.split(",", 1))
        return given, family
    parts = text.split()
    if len(parts) <= 1:
        return text, ""
    return " ".join(parts[:-1]), parts[-1]


_UNIT_PART = re.compile(r"^(.*?)\s*,?\s+((?:apt|apartment|unit|suite|ste|flat|apto|depto|departamento|#)\.?\s*\S.*)$",
                        re.IGNORECASE)


_NUMBER_PART = re.compile(r"^\s*(\d+[\w/-]*(?:\s+\d+/\d+)?)\s+(.+)$")


def _split_address(text: str) -> tuple[str, str, str]:
    """(number, street, unit) of "12 Elm Street, Apt 2"."""
    unit = ""
    found_unit = _UNIT_PART.match(text)
    if found_unit:
        text, unit = found_unit.group(1).rstrip(", "), found_unit.group(2)
    found = _NUMBER_PART.match(text)
    return (found.group(1), found.group(2), unit) if found else ("", text, unit)


@functools.lru_cache(maxsize=65536)
def _address_cell(text: str) -> tuple[str, str, str]:
    """(number, street, unit) of an address cell as typed, remembered: people of one household
    share one."""
    return _split_address(clean_text(text))


@functools.lru_cache(maxsize=65536)
def _key_part(kind: str, text: str) -> str:
    """One part of :func:`address_key` (each part depends on its own text only), remembered:
    a file names the same streets and postal codes over and over."""
    if kind == "street":
        return address_key("", text, "", "")[1]
    if kind == "number":
        return address_key(text, "", "", "")[0]
    if kind == "unit":
        return address_key("", "", text, "")[2]
    return address_key("", "", "", text)[3]


def _address_key(address: Address) -> tuple[str, str, str, str]:
    return (_key_part("number", address.number), _key_part("street", address.street),
            _key_part("unit", address.unit), _key_part("postal", address.postal_code))


def _convert(cells: Sequence[str], columns: dict[str, int], today: str,
             address_id: Callable[[Address], str] | None = None) -> _Row:
    """One row as a person (and address), validated; ``address_id`` gives the id the address
    will be stored under (an equal one already known, or its own)."""
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index] if index is not None else ""

    values: dict[str, Any] = {name: cells[index] for name, index in columns.items() if name in _PERSON_TEXT}
    problems: list[str] = []
    if "full_name" in columns and cell("full_name").strip():
        given, family = _split_full_name(cell("full_name"))
        values.setdefault("given_name", "")
        values.setdefault("family_name", "")
        if not values["given_name"].strip():
            values["given_name"] = given
        if not values["family_name"].strip():
            values["family_name"] = family
    for name in _FLAGS:
        if name in columns:
            raw = cell(name)
            parsed = _flag(raw)
            if parsed is None:
                problems.append(_tr("{field}: \"{value}\" is not yes or no. Write yes or no (or leave it empty for no).")
                                .format(field=field_label("person", name), value=raw.strip()[:40]))
            elif raw.strip():
                values[name] = parsed
    if values.get("do_not_contact"):
        values["do_not_contact_since"] = today
        values["may_contact"] = False
    given = frozenset(k for k, v in values.items() if v not in ("", None) and k != "do_not_contact_since")
    address: Address | None = None
    parts = {name: cells[index] for name, index in columns.items() if name in _ADDRESS}
    if "address" in columns and cell("address").strip():
        number, street, unit = _address_cell(cell("address"))
        if not parts.get("street", "").strip():
            parts["street"] = street
            if not parts.get("number", "").strip():
                parts["number"] = number
            if unit and not parts.get("unit", "").strip():
                parts["unit"] = unit
    if parts and any(v.strip() for v in parts.values()):
        try:
            address = validate_address(Address(**parts))
        except ValidationError as error:
            problems.extend(p.message for p in error.problems)
        else:
            if address_id is not None:
                values["address_id"] = address_id(address)
    person: Person | None = None
    try:
        person = validate_person(Person(**values))
    except ValidationError as error:
        problems.extend(p.message for p in error.problems)
    if problems:
        person = None
    return _Row(person, address, given, problems)


_PERSON_LINES = ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone", "language")
_PERSON_NOTES = ("notes", "do_not_contact_reason")
_PAD = [""]
# Where each field of a person record is (csv_people.PERSON_FIELDS; a test checks the two agree).
_P_ID, _P_GIVEN, _P_FAMILY, _P_EMAIL, _P_PHONE, _P_ADDRESS = 0, 1, 2, 5, 6, 8
_A_ID, _A_NUMBER, _A_STREET, _A_POSTAL = 0, 1, 2, 6
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _fresh_ids() -> Iterator[str]:
    """Random (version 4) UUIDs, as ``new_id`` makes them, from one read of the system's random
    source per 4,096 ids (a hundred thousand ``uuid.uuid4()`` calls cost a third of a second)."""
    while True:
        block = os.urandom(16 * 4096).hex()
        for at in range(0, len(block), 32):
            h = block[at:at + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


class _Fast:
    """What :func:`_convert` makes of a row, as store-ready tuples (csv_people.PERSON_FIELDS and
    ADDRESS_FIELDS) and without a dataclass per row, for the rows that need nothing reported;
    ``None`` for any other row, which then takes the long way so that its problems are named.

    Cleaning and checking are the same functions ``validate_person`` and ``validate_address`` use.
    Returns (person, address or None, the address's key, whether the address is new): the address
    is given its own new id only when no equal address is known.
    """

    def __init__(self, columns: dict[str, int], width: int, today: str, known_addresses: dict[tuple, str],
                 new_id: Callable[[], str]) -> None:
        def at(name: str) -> int:
            return columns.get(name, width)  # width: the "" added after the row's cells

        self.lines = operator.itemgetter(*(at(name) for name in _PERSON_LINES))
        self.notes = (operator.itemgetter(*(at(name) for name in _PERSON_NOTES))
                      if any(name in columns for name in _PERSON_NOTES) else None)
        self.parts = operator.itemgetter(*(at(name) for name in _ADDRESS))
        self.full_name = columns.get("full_name")
        self.address = columns.get("address")
        self.any_address = self.address is not None or any(name in columns for name in _ADDRESS)
        self.flags = tuple((columns[name], position) for position, name in enumerate(_FLAGS) if name in columns)
        self.today = today
        self.known = known_addresses
        self.new_id = new_id

    def __call__(self, cells: list[str]) -> tuple[tuple, tuple | None, tuple | None, bool] | None:
        row = cells + _PAD
        given, family, preferred, pronouns, email, phone, language = self.lines(row)
        if self.full_name is not None and row[self.full_name].strip():
            split_given, split_family = _split_full_name(row[self.full_name])
            if not given.strip():
                given = split_given
            if not family.strip():
                family = split_family
        flags = [False, False, False, False]  # _FLAGS
        for index, position in self.flags:
            raw = row[index]
            parsed = _flag(raw)
            if parsed is None:
                return None
            flags[position] = parsed  # an empty cell is "no", the default
        may_contact, do_not_contact, photo_consent, quote_consent = flags
        since = None
        if do_not_contact:
            since = self.today
            may_contact = False
        address = key = address_id = lines = None
        new = False
        if self.any_address:
            parts = self.parts(row)
            if self.address is not None and row[self.address].strip():
                number, street, unit = _address_cell(row[self.address])
                if not parts[1].strip():
                    parts = (parts[0] if parts[0].strip() else number, street,
                             unit if unit and not parts[2].strip() else parts[2], *parts[3:])
            if "".join(parts).strip():
                # One look at the address and the person's lines together: the usual row is clean
                # already (clean_texts then gives back the very tuple it was given).
                both = (*parts, given, family, preferred, pronouns, email, phone, language)
                if clean_texts(both) is both:
                    lines = both[6:]
                else:
                    parts = clean_texts(parts)
                if address_problems(*parts):
                    return None
                key = (_key_part("number", parts[0]), _key_part("street", parts[1]), _key_part("unit", parts[2]),
                       _key_part("postal", parts[5]))
                address_id = self.known.get(key)
                if address_id is None:
                    address_id = self.new_id()
                    new = True
                address = (address_id, *parts, None, None)
        if lines is None:
            lines = clean_texts((given, family, preferred, pronouns, email, phone, language))
        notes = reason = ""
        if self.notes is not None:
            notes, reason = clean_texts(self.notes(row), multiline=True)
        if person_problems(*lines, notes, reason):
            return None
        return ((self.new_id(), *lines, address_id, notes, may_contact, do_not_contact, since, reason, photo_consent,
                 quote_consent), address, key, new)


def _columns(mapping: Sequence[str | None], width: int) -> dict[str, int]:
    if len(mapping) != width:
        raise UserError(_tr("The mapping has {given} columns but the file has {width}. Choose the fields again.")
                        .format(given=len(mapping), width=width))
    problems = check_mapping(mapping, "person")
    if problems:
        raise UserError(" ".join(problems))
    return {name: index for index, name in enumerate(mapping) if name}


def preview(table_: CsvTable, mapping: Sequence[str | None], limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """The first rows as they will be stored (cleaned as a form would), each with its problems;
    rows the file itself could not give (ragged ones) are shown with their problem."""
    columns = {name: index for index, name in enumerate(mapping) if name}
    today = utc_now()[:10]
    shown: list[PreviewRow] = []
    problems = {p.row: p.message for p in table_.problems}
    events: list[tuple[int, Sequence[str] | None]] = [(r, c) for r, c in table_.rows[:limit]]
    events += [(r, None) for r in sorted(problems)[:limit]]
    for row, cells in sorted(events, key=lambda e: e[0])[:limit]:
        if cells is None:
            shown.append(PreviewRow(row, {}, (problems[row],)))
            continue
        converted = _convert(cells, columns, today)
        values: dict[str, str] = {}
        source: Any = converted.person
        if source is None:  # show what was read, even though it will not be stored as it is
            source = Person(**{k: cells[i] for k, i in columns.items() if k in _PERSON_TEXT})
        for name in ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone", "language",
                     "notes"):
            values[name] = getattr(source, name)
        for name in _FLAGS:
            values[name] = _tr("yes") if getattr(source, name) else _tr("no")
        values["address"] = converted.address.one_line() if converted.address else ""
        shown.append(PreviewRow(row, values, tuple(converted.problems)))
    return shown


# ------------------------------------------------------------------ the import


@dataclass
class _Plan:
    results: list[RowResult]
    new_people: list[tuple]      # csv_people.PERSON_FIELDS
    new_addresses: list[tuple]   # csv_people.ADDRESS_FIELDS
    updates: list[tuple[Person, Person]]


def _load_index(store: Store) -> Any | None:
    """The likely-duplicate index, when the duplicate check is installed."""
    try:
        from engagedesk.services.duplicates import DuplicateIndex
    except ImportError:
        return None
    return DuplicateIndex.load(store)


def duplicate_check_available() -> bool:
    try:
        from engagedesk.services.duplicates import DuplicateIndex  # noqa: F401
    except ImportError:
        return False
    return True


def _known_addresses(store: Store) -> dict[tuple, str]:
    """address_key(...) -> id of every address already stored."""
    known: dict[tuple, str] = {}
    for address_id, number, street, unit, postal in address_table.address_keys(store):
        known.setdefault((_key_part("number", number), _key_part("street", street), _key_part("unit", unit),
                          _key_part("postal", postal)), address_id)  # = address_key(...)
    return known


def _plan(store: Store, table_: CsvTable, mapping: Sequence[str | None], options: ImportOptions,
          progress: Progress, cancelled: Cancelled, total: int, known: dict[tuple, str] | None = None,
          into: tuple[list[tuple], list[tuple]] | None = None) -> tuple[_Plan, str]:
    """What each row does.  ``known``: :func:`_known_addresses`, when already read; ``into``: the
    lists the new people and addresses go to as they are made.  Without the duplicate check and
    with ``known`` given, the store is not used (another thread may run it)."""
    columns = _columns(mapping, len(table_.headers))
    today = utc_now()[:10]
    results: list[RowResult] = [RowResult(p.row, SKIPPED, p.message) for p in table_.problems]
    by_email: dict[str, str] = {}   # e-mail -> person id ("" when several people share it)
    by_phone: dict[str, str] = {}
    file_rows: dict[str, int] = {}  # person id made by this import -> its row
    index = None
    check = "off"
    checking = options.check_duplicates
    if checking:
        for person_id, email, digits in table.contact_keys(store):
            if email:
                by_email[email] = "" if email in by_email and by_email[email] != person_id else person_id
            if len(digits) >= MIN_PHONE_DIGITS:
                by_phone[digits] = "" if digits in by_phone and by_phone[digits] != person_id else person_id
        index = _load_index(store)
        check = "full" if index is not None else "exact"
    known_addresses = _known_addresses(store) if known is None else known
    new_people, new_addresses = into if into is not None else ([], [])
    updates: dict[str, tuple[int, dict[str, Any]]] = {}   # existing person id -> (row, changes)
    fast = _Fast(columns, len(table_.headers), today, known_addresses, _fresh_ids().__next__)
    add_result = results.append
    for done, (row, cells) in enumerate(table_.rows, start=1):
        if done % 1000 == 0:
            if cancelled():
                raise ImportCancelled
            progress(done, total)
        made = fast(cells)
        if made is not None and checking:
            digits = phone_digits(made[0][_P_PHONE])
            hits = _hits(made[0][_P_EMAIL].lower(), digits if len(digits) >= MIN_PHONE_DIGITS else "", by_email,
                         by_phone)
            if hits:
                if not options.update_matching:  # skipped, whatever the row gives
                    add_result(_exact(row, hits, file_rows, updates, None, None, None, options))
                    continue
                made = None  # an update: the long way, which knows the fields the row gives
        if made is None:
            keys: dict[str, tuple] = {}

            def address_id_of(address: Address) -> str:
                keys[address.id] = key = _address_key(address)
                return known_addresses.get(key, address.id)

            converted = _convert(cells, columns, today, address_id_of)
            person = converted.person
            if person is None:
                add_result(RowResult(row, SKIPPED, " ".join(converted.problems)))
                continue
            address_id = person.address_id
            email = person.email.lower()
            digits = phone_digits(person.phone)
            digits = digits if len(digits) >= MIN_PHONE_DIGITS else ""
            if checking:
                hits = _hits(email, digits, by_email, by_phone)
                if hits:
                    result = _exact(row, hits, file_rows, updates, person, converted, address_id, options)
                    if (result.outcome == UPDATED and converted.address is not None
                            and address_id == converted.address.id):
                        known_addresses[keys[address_id]] = address_id
                        new_addresses.append(table.address_record(converted.address))
                    add_result(result)
                    continue
            address = converted.address
            made = (table.person_record(person),
                    table.address_record(dataclasses.replace(address, id=address_id)) if address else None,
                    keys.get(address.id) if address else None,
                    address is not None and address_id == address.id)
        record, address_record, key, new = made
        person_id = record[_P_ID]
        if checking and index is not None:
            postal, street = (address_record[_A_POSTAL],
                              f"{address_record[_A_NUMBER]} {address_record[_A_STREET]}") if address_record else ("", "")
            found = index.candidates(record[_P_GIVEN], record[_P_FAMILY], record[_P_EMAIL], record[_P_PHONE], postal,
                                     street)
            if found:
                best = found[0]
                earlier = file_rows.get(best.person_id)
                who = (_tr("row {row} of this file").format(row=earlier) if earlier else _NAME)
                if not options.create_likely_duplicates:
                    add_result(RowResult(row, SKIPPED, _tr(
                        "Looks like {who} ({reason}); skipped so that no one is merged by mistake. Choose "
                        "\"Create likely duplicates anyway\" to add it, or merge later.").format(
                            who=who, reason=best.reason), None, best.person_id))
                    continue
                add_result(RowResult(row, CREATED, _tr("Created, although it looks like {who} ({reason}).")
                                     .format(who=who, reason=best.reason), person_id, best.person_id))
            else:
                add_result(RowResult(row, CREATED, "", person_id))
        else:
            add_result(RowResult(row, CREATED, "", person_id))
        new_people.append(record)
        if new:
            known_addresses[key] = address_record[_A_ID]  # type: ignore[index]
            new_addresses.append(address_record)
        if checking:
            file_rows[person_id] = row
            email = record[_P_EMAIL].lower()
            digits = phone_digits(record[_P_PHONE])
            if email:
                by_email.setdefault(email, person_id)
            if len(digits) >= MIN_PHONE_DIGITS:
                by_phone.setdefault(digits, person_id)
            if index is not None:
                index.add(person_id, record[_P_GIVEN], record[_P_FAMILY], record[_P_EMAIL], record[_P_PHONE],
                          postal, street)
    plan_updates, unchanged = _resolve_updates(store, updates) if updates else ([], set())
    if unchanged:
        results = [dataclasses.replace(r, outcome=SKIPPED, person_id=None, reason=_tr(
            "{name} is already here with the same details; nothing to change.").format(name=_NAME))
            if r.outcome == UPDATED and r.match_id in unchanged else r for r in results]
    names = _names(store, index, [r.match_id for r in results if r.match_id and _NAME in r.reason])
    results = [dataclasses.replace(r, reason=r.reason.replace(_NAME, names.get(r.match_id or "", "") or _tr("someone")))
               if _NAME in r.reason else r for r in results]
    results.sort(key=lambda r: r.row)
    return _Plan(results, new_people, new_addresses, plan_updates), check


def _hits(email: str, digits: str, by_email: dict[str, str], by_phone: dict[str, str]) -> list[tuple[str, str]]:
    """(how, person id) of the people with this (lower-case) e-mail or these phone digits."""
    hits = []
    if email and email in by_email:
        hits.append(("email", by_email[email]))
    if digits and digits in by_phone:
        hits.append(("phone", by_phone[digits]))
    return hits


def _exact(row: int, hits: list[tuple[str, str]], file_rows: dict[str, int],
           updates: dict[str, tuple[int, dict[str, Any]]], person: Person | None, converted: _Row | None,
           address_id: str | None, options: ImportOptions) -> RowResult:
    """What happens to a row with the e-mail or phone of someone; ``person`` and ``converted`` are
    only needed (and only given) when matching people are updated."""
    what = {"email": _tr("the same e-mail"), "phone": _tr("the same phone number")}
    ids = {person_id for _, person_id in hits}
    if "" in ids or len(ids) > 1:
        return RowResult(row, SKIPPED, _tr("Its e-mail or phone matches more than one person already here; "
                                           "skipped. Merge those people first, or fix the row."))
    match_id = ids.pop()
    reason = " ".join(what[kind] for kind, _ in hits[:1])
    if match_id in file_rows:
        return RowResult(row, SKIPPED, _tr("Has {what} as row {other} of this file; skipped.")
                         .format(what=reason, other=file_rows[match_id]), None, match_id)
    if not options.update_matching:
        return RowResult(row, SKIPPED, _tr("Has {what} as {name}, who is already here; skipped. Choose "
                                           "\"Update matching people\" to update them from the file.")
                         .format(what=reason, name=_NAME), None, match_id)
    if match_id in updates:
        return RowResult(row, SKIPPED, _tr("Row {other} already updates {name} (same e-mail or phone); skipped.")
                         .format(other=updates[match_id][0], name=_NAME), None, match_id)
    assert person is not None and converted is not None
    changes: dict[str, Any] = {name: getattr(person, name) for name in converted.given if name in _PERSON_TEXT}
    for name in _FLAGS:
        if name in converted.given:
            changes[name] = getattr(person, name)
    if changes.get("do_not_contact") is False:
        del changes["do_not_contact"]  # a spreadsheet never lifts someone's do-not-contact
    if changes.get("do_not_contact"):
        changes["do_not_contact_since"] = person.do_not_contact_since
        changes["may_contact"] = False
    if address_id is not None:
        changes["address_id"] = address_id
    updates[match_id] = (row, changes)
    return RowResult(row, UPDATED, _tr("Updated {name} (matched by {what}).").format(name=_NAME, what=reason),
                     match_id, match_id)


def _resolve_updates(store: Store, updates: dict[str, tuple[int, dict[str, Any]]]
                     ) -> tuple[list[tuple[Person, Person]], set[str]]:
    people = table.people_by_ids(store, list(updates))
    planned: list[tuple[Person, Person]] = []
    unchanged: set[str] = set()
    for person_id, (_, changes) in updates.items():
        before = people.get(person_id)
        if before is None:
            unchanged.add(person_id)
            continue
        if before.do_not_contact:
            changes = {k: v for k, v in changes.items() if k not in ("may_contact", "do_not_contact_since")}
        after = dataclasses.replace(before, **changes)
        if after != before:
            planned.append((before, validate_person(after)))
        else:
            unchanged.add(person_id)
    return planned, unchanged


def _names(store: Store, index: Any | None, person_ids: list[str]) -> dict[str, str]:
    if not person_ids:
        return {}
    if index is not None:
        return {pid: index.name_of(pid) for pid in person_ids}
    return table.display_names(store, person_ids)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: an import makes and keeps millions of objects (rows, the
    duplicate index), none in a cycle, and the collector walked them all again and again (about
    a second of a 100,000-row import).  Memory is still freed as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()




def _plan_while_storing(store: Store, table_: CsvTable, mapping: Sequence[str | None], options: ImportOptions,
                        progress: Progress, cancelled: Cancelled, total: int) -> ImportReport:
    """The import without the duplicate check, with two hands: a thread plans the rows (Python)
    while this one indexes the people stored so far for search (SQLite, which lets the other
    thread run meanwhile).  Rows are stored only while the planning thread waits (asked to at
    its next look), so that the two never take turns row by row.  Same rows, same report as
    planning first; the store is used by this thread only.
    """
    people_made: list[tuple] = []
    addresses_made: list[tuple] = []
    people_rows: list[tuple] = []  # people_made as stored, made by the planning thread too

    def make_rows() -> None:
        people_rows.extend(table.person_rows(people_made[len(people_rows):]))

    handed: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
    wait_asked = threading.Event()
    go_on = threading.Semaphore(0)
    stopping = False

    def look(done: int, _total: int) -> None:  # in the planning thread, every 1,000 rows
        if stopping:
            raise ImportCancelled
        make_rows()
        if wait_asked.is_set():
            handed.put(("part", done))
            go_on.acquire()
            if stopping:
                raise ImportCancelled

    def plan() -> None:
        try:
            made = _plan(store, table_, mapping, options, look, lambda: False, total, known,
                         (people_made, addresses_made))
            make_rows()
            handed.put(("plan", made))
        except BaseException as error:  # noqa: BLE001 - handed to the other thread, which raises it
            handed.put(("error", error))

    def check() -> None:
        if cancelled():
            raise ImportCancelled

    known = _known_addresses(store)
    rows = len(table_.rows)
    planner = threading.Thread(target=plan, name="csv-import-plan", daemon=True)
    with table.storing_in_parts(store, rows, rows) as (store_part, index_part):
        planner.start()
        try:
            people_at = addresses_at = 0
            while True:
                wait_asked.set()
                what, value = handed.get()  # the planner waits (or is done) from here on
                if what == "error":
                    raise value
                done = rows if what == "plan" else value
                people_to, addresses_to = len(people_rows), len(addresses_made)
                store_part(addresses_made[addresses_at:addresses_to], people_rows[people_at:people_to])
                people_at, addresses_at = people_to, addresses_to
                check()
                progress(2 * done, total)  # rows planned and stored
                if what == "plan":
                    plan_made, found = value
                    break
                wait_asked.clear()
                go_on.release()
                index_part()  # while the other thread plans the next rows
                check()
        finally:
            stopping = True  # the planner, if still at work (this thread is leaving on an error), ends
            go_on.release()
            planner.join()
    return ImportReport(table_.name, False, plan_made.results, found)


def import_people(store: Store, table_: CsvTable, mapping: Sequence[str | None],
                  options: ImportOptions = ImportOptions(), *, dry_run: bool = False,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  remember: bool = True) -> ImportReport:
    """Import (or, with ``dry_run``, only check) the rows of ``table_`` with ``mapping``.

    Everything happens in one transaction: a cancel (``cancelled()`` returning True), a
    problem or a crash leaves the database as it was.  ``progress(done, total)`` is called
    now and then from this thread.
    """
    report_progress = progress or (lambda done, total: None)
    stop = cancelled or (lambda: False)
    rows = len(table_.rows)
    total = rows * 2 if not dry_run else rows
    # The page cache is made bigger for the commit too, which writes what it holds.
    with table.page_cache_for(store, 0 if dry_run else rows), store.transaction(), _no_cycle_collection():
        if not dry_run and not options.check_duplicates:
            report = _plan_while_storing(store, table_, mapping, options, report_progress, stop, total)
        else:
            plan, check = _plan(store, table_, mapping, options, report_progress, stop, total)
            report = ImportReport(table_.name, dry_run, plan.results, check)
            if dry_run:
                report_progress(total, total)
                return report
            for before, after in plan.updates:
                update_person(store, before, after)

            def people() -> Any:
                for done, person in enumerate(plan.new_people, start=1):
                    if done % 1000 == 0:
                        if stop():
                            raise ImportCancelled
                        report_progress(rows + done * rows // max(1, len(plan.new_people)), total)
                    yield person

            table.insert_new(store, plan.new_addresses, people(), len(plan.new_people))
        if stop():
            raise ImportCancelled
        if remember:
            remember_mapping(store, table_.headers, mapping)
    report_progress(total, total)
    return report


def import_file(store: Store, path: str | Path, *, mapping_file: str | Path | None = None,
                options: ImportOptions = ImportOptions(), dry_run: bool = False,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
    """Read, map (mapping file, else the remembered one, else a guess) and import a CSV file."""
    found = read_file(path)
    if mapping_file is not None:
        mapping = load_mapping_file(mapping_file, found.headers)
    else:
        mapping, _ = mapping_for(store, found.headers)
    return import_people(store, found, mapping, options, dry_run=dry_run, progress=progress,
                         cancelled=cancelled)


def describe_mapping(headers: Sequence[str], mapping: Sequence[str | None]) -> list[tuple[str, str]]:
    """(header, field label or "left out") for each column, for a screen or the command line."""
    return [(header, field_label("person", name) if name else _tr("left out"))
            for header, name in zip(headers, mapping)]


__all__ = ["CREATED", "UPDATED", "SKIPPED", "CsvTable", "ImportCancelled", "ImportOptions", "ImportReport",
           "PreviewRow", "RowProblem", "RowResult", "describe_mapping", "duplicate_check_available",
           "import_file", "import_people", "load_mapping_file", "mapping_for", "preview", "read_bytes",
           "read_file", "remember_mapping", "remembered_mapping"]
