"""People and addresses in the store."""

from __future__ import annotations

import re
from contextlib import contextmanager
import sqlite3
from collections.abc import Callable, Iterable, Iterator

from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import fold, phone_digits
from engagedesk.store import schema
from engagedesk.store.rows import from_row, to_row
from engagedesk.store.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)


def sort_key(person: Person) -> str:
    """Roster order: family name, then given name, accent- and case-insensitive."""
    given = person.preferred_name or person.given_name
    return fold(f"{person.family_name}\t{given}")


def person_row(store: Store, person: Person) -> dict:
    row = to_row(person, store.columns("people"))
    row["phone_digits"] = phone_digits(person.phone)
    row["sort_key"] = sort_key(person)
    return row


# In rowid order: FTS5 appends rows that come in rising rowid order to its pending index, and writes
# out (then merges) what it holds whenever a rowid goes back down.  Without the ORDER BY (and the
# "+" that keeps people_sort out of it), a database without statistics yet (a new one) is read in
# people_sort order: 100,000 people then took 3.7 s to index instead of 1.4 s.
_FTS_FILL = schema.people_fts_fill("WHERE p.rowid > ? AND p.rowid <= ? AND +p.deleted = 0 ORDER BY p.rowid")


@contextmanager
def search_index_paused(store: Store) -> Iterator[Callable[[], None]]:
    """Inside, new people are not indexed one by one; on leaving, they are indexed in one pass.

    The per-row search trigger costs four times what one indexing pass does, so it is dropped
    inside the transaction and made again from its stored text; a rollback restores it.  What it
    yields indexes the people added so far at once (in parts, it costs what one pass does).
    """
    with store.transaction():
        trigger = store.scalar(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_fts_insert'"
        )
        indexed = store.scalar("SELECT coalesce(max(rowid), 0) FROM people")

        def catch_up() -> None:
            nonlocal indexed
            top = store.scalar("SELECT coalesce(max(rowid), 0) FROM people")
            if top > indexed:
                store.conn.execute(_FTS_FILL, (indexed, top))
                indexed = top

        store.conn.execute("DROP TRIGGER people_fts_insert")
        yield catch_up
        catch_up()
        store.conn.execute(trigger)


def insert_people_bulk(store: Store, rows: Iterable[dict]) -> int:
    """Insert many people rows at once (demo, CSV import) and index them in one pass."""
    with search_index_paused(store):
        return store.insert_many("people", rows)


def person_from_row(row: sqlite3.Row) -> Person:
    return from_row(Person, row)


def insert_person(store: Store, person: Person) -> None:
    store.insert("people", person_row(store, person))


def update_person(store: Store, before: Person, after: Person) -> bool:
    old, new = person_row(store, before), person_row(store, after)
    changes = {name: value for name, value in new.items() if old.get(name) != value and name != "id"}
    if not changes:
        return True
    return store.update("people", after.id, changes)


def get_person(store: Store, person_id: str) -> Person | None:
    row = store.get("people", person_id)
    return person_from_row(row) if row else None


def match_expression(text: str) -> str | None:
    """An FTS5 query for what was typed: every word must start a word of the person's record.

    Digits are searched as one run ("555-0123" -> 5550123), so a phone number typed with its
    punctuation is found.  Returns None when nothing searchable was typed.
    """
    terms: list[str] = []
    digits = phone_digits(text)
    words = _WORD.findall(text)
    if digits and len(digits) >= 3 and all(w.isdigit() for w in words):
        terms.append(f'"{digits}"*')
    else:
        for word in words:
            terms.append('"' + word.replace('"', '""') + '"*')
    return " ".join(terms) if terms else None


def search_people(store: Store, text: str, limit: int = 50) -> list[Person]:
    expression = match_expression(text)
    if expression is None:
        return []
    rows = store.query(
        "SELECT p.* FROM people_fts JOIN people p ON p.rowid = people_fts.rowid "
        "WHERE people_fts MATCH ? AND p.deleted = 0 ORDER BY p.sort_key LIMIT ?",
        (expression, limit),
    )
    return [person_from_row(row) for row in rows]


def list_people(store: Store, offset: int = 0, limit: int | None = None) -> list[Person]:
    rows = store.query(
        "SELECT * FROM people WHERE deleted = 0 ORDER BY sort_key, id LIMIT ? OFFSET ?",
        (-1 if limit is None else limit, offset),
    )
    return [person_from_row(row) for row in rows]


def find_by_email(store: Store, email: str) -> list[Person]:
    rows = store.query(
        "SELECT * FROM people WHERE lower(email) = lower(?) AND email != '' AND deleted = 0 LIMIT 20", (email,))
    return [person_from_row(row) for row in rows]


def find_by_phone_digits(store: Store, digits: str) -> list[Person]:
    rows = store.query(
        "SELECT * FROM people WHERE phone_digits = ? AND phone_digits != '' AND deleted = 0 LIMIT 20", (digits,))
    return [person_from_row(row) for row in rows]


def iter_people(store: Store) -> Iterator[Person]:
    """Every live person in roster order, streamed (a million people never sit in memory)."""
    for row in store.conn.execute("SELECT * FROM people WHERE deleted = 0 ORDER BY sort_key, id"):
        yield person_from_row(row)


def insert_address(store: Store, address: Address) -> None:
    store.insert("addresses", to_row(address, store.columns("addresses")))


def get_address(store: Store, address_id: str) -> Address | None:
    row = store.get("addresses", address_id)
    return from_row(Address, row) if row else None
