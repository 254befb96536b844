"""Dataclass <-> row: every record of domain/models.py survives a trip through its table."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import types
import typing

import pytest

from engagedesk.domain import models
from engagedesk.domain.models import Campaign, Meeting, Note, NoteKind, Person
from engagedesk.store.rows import from_row, to_row

TABLES = {
    models.Organisation: "organisation",
    models.Laptop: "laptops",
    models.Address: "addresses",
    models.Person: "people",
    models.AgendaItem: "agenda_items",
    models.Meeting: "meetings",
    models.Attendance: "attendance",
    models.Theme: "themes",
    models.Note: "notes",
    models.ActionItem: "action_items",
    models.Campaign: "campaigns",
    models.Question: "questions",
    models.Turf: "turfs",
    models.Knock: "knocks",
    models.Response: "responses",
}

# Fields kept in a table of their own rather than a column.
ELSEWHERE = {(Meeting, "agenda"), (Note, "theme_ids")}

RECORDS = sorted(
    (cls for _, cls in inspect.getmembers(models, inspect.isclass)
     if dataclasses.is_dataclass(cls) and cls.__module__ == models.__name__),
    key=lambda cls: cls.__name__,
)


def sample_value(cls: type, name: str, hint: typing.Any) -> typing.Any:
    """A value unlike the field's default, with text that tests the encoding."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    if hint is bool:
        return True
    if hint is int:
        return 7
    if hint is float:
        return -33.8688
    if hint is str:
        return f"{name}: Zoë “quoted” 'O'Brien' 王芳 🌻"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return list(hint)[-1]
    if typing.get_origin(hint) is tuple:
        (item,) = {arg for arg in typing.get_args(hint) if arg is not Ellipsis}
        if item is str:
            return ("first", "Ñandú", 'with "quotes"')
        return (item(meeting_id="m1", position=0, title="Welcome"),)
    raise AssertionError(f"no sample for {cls.__name__}.{name}: {hint!r}")


def sample(cls: type) -> typing.Any:
    hints = typing.get_type_hints(cls)
    values = {f.name: sample_value(cls, f.name, hints[f.name]) for f in dataclasses.fields(cls)}
    return cls(**values)


def test_every_record_has_a_table():
    assert set(RECORDS) == set(TABLES), "add the new record to TABLES (and to the schema)"


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_every_field_has_a_column(store, cls):
    columns = store.columns(TABLES[cls])
    missing = {f.name for f in dataclasses.fields(cls)} - columns - {name for c, name in ELSEWHERE if c is cls}
    assert not missing


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_round_trip_through_a_row(cls):
    record = sample(cls)
    kept_elsewhere = {name: getattr(record, name) for c, name in ELSEWHERE if c is cls}
    names = frozenset(f.name for f in dataclasses.fields(cls)) - set(kept_elsewhere)
    row = to_row(record, names)
    assert set(row) == names
    assert from_row(cls, row, **kept_elsewhere) == record
    for name, value in row.items():
        assert isinstance(value, (str, int, float, type(None))), name


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_round_trip_through_the_database(store, cls):
    record = sample(cls)
    table = TABLES[cls]
    store.conn.execute("PRAGMA foreign_keys = OFF")  # sample references point nowhere
    store.insert(table, to_row(record, store.columns(table)))
    row = store.get(table, record.id)
    kept_elsewhere = {name: getattr(record, name) for c, name in ELSEWHERE if c is cls}
    assert from_row(cls, row, **kept_elsewhere) == record


def test_how_values_are_stored():
    person = Person(given_name="Zoë", may_contact=True, photo_consent=False)
    row = to_row(person, frozenset({"id", "given_name", "may_contact", "photo_consent"}))
    assert row == {"id": person.id, "given_name": "Zoë", "may_contact": 1, "photo_consent": 0}

    campaign = Campaign(name="Survey", outcomes=("not home", "sí"))
    assert json.loads(to_row(campaign, frozenset({"outcomes"}))["outcomes"]) == ["not home", "sí"]
    assert "sí" in to_row(campaign, frozenset({"outcomes"}))["outcomes"], "text stays readable"

    note = Note(meeting_id="m1", kind=NoteKind.DECISION, text="Yes", at="2026-11-22T19:00")
    assert to_row(note, frozenset({"kind"})) == {"kind": "decision"}
    assert from_row(Note, {**to_row(note, frozenset({"id", "meeting_id", "kind", "text", "at"}))}).kind is NoteKind.DECISION


def test_from_row_leaves_missing_fields_at_their_defaults_and_takes_extras():
    meeting = from_row(Meeting, {"id": "m1", "title": "Town hall", "starts_at": "2026-11-22T18:00",
                                 "facilitator_ids": None, "unrelated": 5},
                       agenda=())
    assert meeting == Meeting(id="m1", title="Town hall", starts_at="2026-11-22T18:00")
