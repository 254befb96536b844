"""What importing people from a spreadsheet reads and writes."""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import fold, phone_digits
from engagedesk.store.people import person_from_row, search_index_paused
from engagedesk.store.rows import from_row
from engagedesk.store.store import Store, utc_now


# A person or an address to store, as a tuple of its fields in the order of its class: an import
# of 100,000 people makes no objects it does not need.
PERSON_FIELDS = tuple(f.name for f in dataclasses.fields(Person))
ADDRESS_FIELDS = tuple(f.name for f in dataclasses.fields(Address))
person_record: Callable[[Person], tuple] = operator.attrgetter(*PERSON_FIELDS)
address_record: Callable[[Address], tuple] = operator.attrgetter(*ADDRESS_FIELDS)
_STAMPS = ("created_at", "updated_at", "hlc", "site_id", "deleted", "origin_hlc", "origin_site")


def _person_rows(people: Iterable[tuple]) -> Iterator[tuple]:
    """The rows ``people.person_row`` makes, in the order of :data:`PERSON_FIELDS` then
    ``phone_digits, sort_key`` (flags stay booleans: SQLite stores True and False as 1 and 0)."""
    given_at, family_at, preferred_at, phone_at = (PERSON_FIELDS.index(name) for name in (
        "given_name", "family_name", "preferred_name", "phone"))
    for record in people:
        # people.sort_key: family name, then preferred (else given) name, folded
        yield (*record, phone_digits(record[phone_at]),
               fold(f"{record[family_at]}\t{record[preferred_at] or record[given_at]}"))


def _insert(store: Store, table: str, names: tuple[str, ...], rows: Iterable[Sequence[Any]]) -> int:
    """``Store.insert_many`` for rows given as sequences in the order of ``names``: each new row
    stamped with its own clock (its fields carry the row's origin clock, so nothing goes to
    ``field_clocks``)."""
    unknown = set(names + _STAMPS) - store.columns(table)
    if unknown:
        raise KeyError(f"{table} has no column(s) {sorted(unknown)}")
    now = utc_now()
    site = store.site_id
    clock = store.clock.now
    count = 0

    def stamped() -> Iterator[Sequence[Any]]:
        nonlocal count
        for count, row in enumerate(rows, start=1):  # noqa: B007 - counted for the caller
            hlc = clock()
            yield (*row, now, now, hlc, site, 0, hlc, site)

    columns = names + _STAMPS
    with store.transaction():
        store.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", stamped())
    return count


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


@contextmanager
def _indexes_built_after(store: Store, table: str, adding: int) -> Iterator[None]:
    """Inside, rows go into ``table`` without its own indexes, which are made again (from their
    stored text) on leaving, when that is quicker: when the table gets more new rows than it has.

    One sort per index instead of a random insert per row: 100,000 people into a new database
    took 1.0 s instead of 1.9 s, the indexes 0.5 s.  In the transaction, so a cancel or an error
    rolls it all back.  The index on ``id`` (its primary key) stays.
    """
    with store.transaction():
        has = store.scalar(f"SELECT count(*) FROM {table}") or 0
        indexes = [] if adding <= max(has, 1000) else store.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY name", (table,))
        for name, _ in indexes:
            store.conn.execute(f'DROP INDEX "{name}"')
        yield
        for _, sql in indexes:
            store.conn.execute(sql)


def insert_new(store: Store, addresses: Sequence[tuple], people: Iterable[tuple], people_count: int = 0) -> int:
    """Insert new addresses, then new people (indexed for search in one pass); returns people stored.

    Records are tuples in the order of :data:`ADDRESS_FIELDS` and :data:`PERSON_FIELDS`;
    ``people_count``: how many people there are (when known, the indexes may be made after).
    """
    with store.transaction():
        with _indexes_built_after(store, "addresses", len(addresses)):
            _insert(store, "addresses", ADDRESS_FIELDS, addresses)
        with _indexes_built_after(store, "people", people_count), search_index_paused(store):
            return _insert(store, "people", (*PERSON_FIELDS, "phone_digits", "sort_key"), _person_rows(people))
