"""What importing people from a spreadsheet reads and writes."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import fold, phone_digits
from engagedesk.store import hlc
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


@functools.lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    """``fold`` of one name, remembered: a roster names the same people's names over and over."""
    return fold(name)


def _person_rows(people: Iterable[tuple]) -> Iterator[tuple]:
    """The rows ``people.person_row`` makes, in the order of :data:`PERSON_FIELDS` then
    ``phone_digits, sort_key`` (flags stay booleans: SQLite stores True and False as 1 and 0)."""
    given_at, family_at, preferred_at, phone_at = (PERSON_FIELDS.index(name) for name in (
        "given_name", "family_name", "preferred_name", "phone"))
    folded = _folded
    for record in people:
        # people.sort_key: fold(family + "\t" + (preferred or given)); fold works character by
        # character and a tab stays a tab, so the two names are folded one by one
        phone = record[phone_at]
        yield (*record, phone_digits(phone) if phone else "",
               f"{folded(record[family_at])}\t{folded(record[preferred_at] or record[given_at])}")


def person_rows(people: Iterable[tuple]) -> list[tuple]:
    """The rows people records (:data:`PERSON_FIELDS`) are stored as, for :func:`storing_in_parts`."""
    return list(_person_rows(people))


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _clocks(store: Store) -> tuple[Iterator[tuple[str]], Callable[[int], str]]:
    """(clocks, the n-th): one new clock for each row, as ``(hlc,)``, each later than the one
    before, as ``store.clock.now()`` makes them in a burst: its counter counts up, and on
    reaching its limit the milliseconds move on.  Made in blocks, not one call per row; the
    clock is read when the first one is needed."""
    per_ms = hlc.MAX_COUNTER + 1
    base = 0

    def nth(n: int) -> str:
        return hlc.encode(*divmod(base + n, per_ms))

    def blocks() -> Iterator[list[tuple[str]]]:
        nonlocal base
        millis, counter = hlc.decode(store.clock.now())
        at = base = millis * per_ms + counter
        while True:
            ms, first = divmod(at, per_ms)
            last = min(per_ms, first + 4096)
            prefix = f"{ms:015d}-"
            yield [(f"{prefix}{c:05d}",) for c in range(first, last)]
            at += last - first

    return itertools.chain.from_iterable(blocks()), nth


def _insert(store: Store, table: str, names: tuple[str, ...], rows: Iterable[tuple]) -> int:
    """``Store.insert_many`` for rows given as tuples in the order of ``names``: each new row
    stamped with its own clock (its fields carry the row's origin clock, so nothing goes to
    ``field_clocks``)."""
    unknown = set(names + _STAMPS) - store.columns(table)
    if unknown:
        raise KeyError(f"{table} has no column(s) {sorted(unknown)}")
    # What every row shares is written once into the statement; each row adds only its clock.
    now, site = _quoted(utc_now()), _quoted(store.site_id)
    clock_at = len(names) + 1
    columns = (*names, "hlc", "origin_hlc", "created_at", "updated_at", "site_id", "origin_site", "deleted")
    values = [f"?{n}" for n in range(1, clock_at + 1)] + [f"?{clock_at}", now, now, site, site, "0"]
    clocks, nth = _clocks(store)
    with store.transaction():
        count = store.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(values)})",
            map(operator.add, rows, clocks)).rowcount
        if count > 0:
            store.clock.observe(nth(count - 1))  # the next clock comes after the last one given
    return max(count, 0)


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


CACHE_KIB_PER_ROW = 2          # what a person adds (with an address, their search index and indexes)
MAX_IMPORT_CACHE_KIB = 262_144  # 256 MB


@contextmanager
def page_cache_for(store: Store, rows: int) -> Iterator[None]:
    """Inside, SQLite's page cache holds what ``rows`` new people add (up to 256 MB), so that the
    pages of a big import are written out once, at its commit, instead of being spilled and
    written again (100,000 people: 0.3 s less); on leaving, the usual size again.  Memory is only
    taken as pages are used."""
    before = store.scalar("PRAGMA cache_size")
    page_kib = (store.scalar("PRAGMA page_size") or 4096) // 1024
    wanted = min(rows * CACHE_KIB_PER_ROW, MAX_IMPORT_CACHE_KIB)
    if wanted <= (-before if before < 0 else before * page_kib):
        yield
        return
    store.conn.execute(f"PRAGMA cache_size = {-wanted}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(before)}")


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
    with page_cache_for(store, max(people_count, len(addresses))), store.transaction():
        with _indexes_built_after(store, "addresses", len(addresses)):
            _insert(store, "addresses", ADDRESS_FIELDS, addresses)
        with _indexes_built_after(store, "people", people_count), search_index_paused(store):
            return _insert(store, "people", (*PERSON_FIELDS, "phone_digits", "sort_key"), _person_rows(people))


@contextmanager
def storing_in_parts(store: Store, people_count: int, address_count: int
                     ) -> Iterator[tuple[Callable[[Sequence[tuple], Sequence[tuple]], int], Callable[[], None]]]:
    """:func:`insert_new` for records that come in parts: yields ``(store_part, index_part)``.

    ``store_part(addresses, people)`` inserts a part (addresses first; people as
    :func:`person_rows` makes them, which another thread may do); ``index_part()`` indexes
    the people stored so far for search, which is all SQLite's work (other threads run
    meanwhile); whatever is not indexed yet is on leaving, when the indexes are made.  The
    counts are how many records are expected (they only decide whether indexes are made after).
    """
    with page_cache_for(store, max(people_count, address_count)), store.transaction():
        with (_indexes_built_after(store, "addresses", address_count),
              _indexes_built_after(store, "people", people_count), search_index_paused(store) as index_part):
            def store_part(addresses: Sequence[tuple], people: Sequence[tuple]) -> int:
                if addresses:
                    _insert(store, "addresses", ADDRESS_FIELDS, addresses)
                return _insert(store, "people", (*PERSON_FIELDS, "phone_digits", "sort_key"), people) if people else 0

            yield store_part, index_part
