"""What importing people from a spreadsheet reads and writes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import phone_digits
from engagedesk.store.people import insert_people_bulk, person_from_row, sort_key
from engagedesk.store.rows import _kinds, from_row
from engagedesk.store.store import Store


def row_maker(store: Store, table: str, cls: type) -> Callable[[Any], dict[str, Any]]:
    """``to_row`` for many records of one plain class (text, numbers, booleans), made once: an
    import of 100,000 people spends a second less in it."""
    kinds = _kinds(cls)
    if any(kind not in ("plain", "bool") for kind in kinds.values()):
        raise TypeError(f"{cls.__name__} has fields that need rows.to_row")
    columns = store.columns(table)
    plain = tuple(name for name, kind in kinds.items() if kind == "plain" and name in columns)
    flags = tuple(name for name, kind in kinds.items() if kind == "bool" and name in columns)

    def make(record: Any) -> dict[str, Any]:
        row = {name: getattr(record, name) for name in plain}
        for name in flags:
            row[name] = int(getattr(record, name))
        return row
    return make


def person_rows(store: Store, people: Iterable[Person]) -> Iterator[dict[str, Any]]:
    """The same rows as ``people.person_row`` makes."""
    make = row_maker(store, "people", Person)
    for person in people:
        row = make(person)
        row["phone_digits"] = phone_digits(person.phone)
        row["sort_key"] = sort_key(person)
        yield row


def contact_keys(store: Store) -> Iterator[tuple[str, str, str]]:
    """(id, lower-case e-mail, phone digits) of every live person, for exact matching."""
    yield from store.conn.execute(
        "SELECT id, lower(email), phone_digits FROM people "
        "WHERE deleted = 0 AND erased = 0 AND (email != '' OR phone_digits != '')")


def people_by_ids(store: Store, person_ids: Sequence[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    ids = list(dict.fromkeys(person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = store.query(f"SELECT * FROM people WHERE deleted = 0 AND id IN ({', '.join('?' * len(chunk))})", chunk)
        found.update((row["id"], person_from_row(row)) for row in rows)
    return found


def display_names(store: Store, person_ids: Sequence[str]) -> dict[str, str]:
    return {pid: person.display_name for pid, person in people_by_ids(store, person_ids).items()}


def addresses_by_ids(store: Store, address_ids: Sequence[str]) -> dict[str, Address]:
    found: dict[str, Address] = {}
    ids = list(dict.fromkeys(a for a in address_ids if a))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = store.query(f"SELECT * FROM addresses WHERE deleted = 0 AND id IN ({', '.join('?' * len(chunk))})",
                           chunk)
        found.update((row["id"], from_row(Address, row)) for row in rows)
    return found


def insert_new(store: Store, addresses: Iterable[Address], people: Iterable[Person]) -> int:
    """Insert new addresses, then new people (indexed for search in one pass); returns people stored."""
    with store.transaction():
        store.insert_many("addresses", map(row_maker(store, "addresses", Address), addresses))
        return insert_people_bulk(store, person_rows(store, people))
