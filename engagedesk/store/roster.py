"""The roster as the People screen reads it: ids first, people a page at a time.

A million people never sit in memory as objects.  The screen holds the roster as an array of
SQLite rowids (8 bytes each: 8 MB at a million), in roster order, and asks for the people of the
rows it is about to draw, about 200 at a time.  Searches answer with rowids too.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from engagedesk.domain.models import Address, Person
from engagedesk.store.people import match_expression
from engagedesk.store.rows import to_row
from engagedesk.store.store import Store

# SQLite 3.40 takes up to 32,766 parameters in one statement; pages are far smaller.
MAX_PAGE = 5_000
# Matches up to this many come in roster order (sorting costs about 3.5 µs a match at a million
# people: 35 ms for the 10,000 "jose"); more come in the order the index finds them.
SORT_LIMIT = 15_000


def _ids(store: Store, sql: str, params: Sequence[object] = ()) -> array:
    """The column ``x`` of every row of ``sql``, in its order, as an array of 64-bit integers.

    SQLite hands the ids over as one JSON array, so Python makes no row objects: a million ids
    take about 0.25 s instead of 0.4 s.  (A subquery's ORDER BY is kept by an aggregate above
    it: SQLite does not flatten such a subquery.)  The text is read in pieces of about 30,000
    ids, so that this thread lets go of Python's lock often and the window keeps drawing.
    """
    text = store.scalar(f"SELECT json_group_array(x) FROM ({sql})", params)
    ids = array("q")
    body = (text or "[]")[1:-1]
    start = 0
    while start < len(body):
        end = body.find(",", start + _PIECE)
        end = len(body) if end < 0 else end
        ids.extend(json.loads(f"[{body[start:end]}]"))
        start = end + 1
    return ids


_PIECE = 200_000  # characters of JSON read at once (about 2 ms of work)


def _person_maker() -> typing.Callable[[typing.Any], Person]:
    """Person from a row, without what :func:`rows.from_row` redoes for every row (type hints):
    a page of 200 people is read in about 2.5 ms instead of 80."""
    hints = typing.get_type_hints(Person)
    names = tuple(f.name for f in dataclasses.fields(Person))
    flags = frozenset(name for name in names if hints[name] is bool)
    if any(name not in flags and hints[name] not in (str, str | None) for name in names):
        raise TypeError("Person has a field the page reader does not convert; update _person_maker")

    def make(row: typing.Any) -> Person:
        return Person(**{name: bool(row[name]) if name in flags else row[name] for name in names})

    return make


_person = _person_maker()


def people_rowids(store: Store) -> array:
    """Every live person's rowid in roster order (family name, then given name, folded).

    Read from the ``people_sort`` index alone (it holds ``deleted, sort_key`` and the rowid), so
    no table page is touched: a million ids come back in a fraction of a second.  Ties in the
    sort key go by rowid, the order the index keeps them in.
    """
    return _ids(store, "SELECT rowid AS x FROM people WHERE deleted = 0 ORDER BY sort_key, rowid")


def people_by_rowids(store: Store, rowids: Sequence[int]) -> dict[int, Person]:
    """The live people with these rowids, keyed by rowid (deleted or unknown ones are left out)."""
    found: dict[int, Person] = {}
    wanted = list(rowids)
    for start in range(0, len(wanted), MAX_PAGE):
        part = wanted[start:start + MAX_PAGE]
        marks = ", ".join("?" * len(part))
        for row in store.query(
            f"SELECT rowid AS _rowid, * FROM people WHERE rowid IN ({marks}) AND deleted = 0", part
        ):
            found[row["_rowid"]] = _person(row)
    return found


def rowid_of(store: Store, person_id: str) -> int | None:
    return store.scalar("SELECT rowid FROM people WHERE id = ? AND deleted = 0", (person_id,))


@dataclass(frozen=True)
class RowidMatches:
    rowids: array   # matching people's rowids, at most ``limit`` of them
    total: int      # how many people match in all
    sorted: bool    # in roster order (False when there were too many to sort quickly)


def search_rowids(store: Store, text: str, limit: int | None = None) -> RowidMatches:
    """Rowids of the people whose name, e-mail, phone digits or street start with each word typed.

    The same matching as :func:`engagedesk.store.search.roster_search` (the FTS index: accent-
    and case-insensitive, prefixes, phone digits as one run).  Up to ``SORT_LIMIT`` matches come
    in roster order; beyond that they come in the order the index finds them (the user is told
    to keep typing), because sorting 70,000 matches at a million people takes too long per key.
    Nothing searchable typed gives no matches.
    """
    expression = match_expression(text)
    if expression is None:
        return RowidMatches(array("q"), 0, True)
    found = _ids(store, "SELECT rowid AS x FROM people_fts WHERE people_fts MATCH ?", (expression,))
    total = len(found)
    if total <= SORT_LIMIT:
        # Deleted people are not in the index; the check guards a row deleted since.
        found = _ids(store, "SELECT rowid AS x FROM people WHERE rowid IN (SELECT value FROM json_each(?)) "
                            "AND deleted = 0 ORDER BY sort_key, rowid", (json.dumps(found.tolist()),))
    if limit is not None:
        found = found[:limit]
    return RowidMatches(found, total, total <= SORT_LIMIT)


def count_people(store: Store) -> int:
    return store.count("people")


# ------------------------------------------------------------------ addresses of the form


def address_sharers(store: Store, address_id: str, except_person_id: str) -> int:
    """How many other live people live at this address (a household shares one row)."""
    return store.scalar(
        "SELECT count(*) FROM people WHERE address_id = ? AND id != ? AND deleted = 0",
        (address_id, except_person_id),
    )


def update_address(store: Store, before: Address, after: Address) -> bool:
    """Write the fields of an address that changed (only those travel by sync)."""
    columns = store.columns("addresses")
    old, new = to_row(before, columns), to_row(after, columns)
    changes = {name: value for name, value in new.items() if old.get(name) != value and name != "id"}
    if not changes:
        return True
    return store.update("addresses", after.id, changes)
