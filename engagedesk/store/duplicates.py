"""What the duplicate check reads and writes: the people to compare, and pairs marked "not the same".

A dismissal ("these two are not the same person") is a syncable row whose id is derived from the
pair, so two laptops that dismiss the same pair converge on one row, and another laptop does not
ask again once it has heard of it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from engagedesk.store.store import Store

_DISMISSAL_NAMESPACE = uuid.UUID("0b6f7d35-54a1-4c1f-9a8e-3d1c2b7e9f40")

MATCH_COLUMNS = ("id", "given_name", "family_name", "preferred_name", "email", "phone_digits",
                 "address_id", "postal_code", "number", "street")


def live_people_for_matching(store: Store) -> Iterator[tuple]:
    """Every live person (not deleted, erased or merged away) with what matching compares.

    Rows are tuples in the order of :data:`MATCH_COLUMNS`, streamed in the order they were stored.
    """
    yield from store.conn.execute(
        "SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.email, p.phone_digits, "
        "p.address_id, coalesce(a.postal_code, ''), coalesce(a.number, ''), coalesce(a.street, '') "
        "FROM people p LEFT JOIN addresses a ON a.id = p.address_id AND a.deleted = 0 "
        "WHERE p.deleted = 0 AND p.erased = 0")


def count_live_people(store: Store) -> int:
    return store.scalar("SELECT count(*) FROM people WHERE deleted = 0 AND erased = 0") or 0


def dismissal_id(person_a: str, person_b: str) -> str:
    first, second = sorted((person_a, person_b))
    return str(uuid.uuid5(_DISMISSAL_NAMESPACE, f"{first}/{second}"))


def dismissed_pairs(store: Store) -> set[tuple[str, str]]:
    """Pairs (sorted) that someone said are not the same person."""
    return {(row[0], row[1]) for row in store.conn.execute(
        "SELECT person_a, person_b FROM duplicate_dismissals WHERE deleted = 0")}


def dismiss(store: Store, person_a: str, person_b: str) -> None:
    first, second = sorted((person_a, person_b))
    row_id = dismissal_id(first, second)
    with store.transaction():
        existing = store.get("duplicate_dismissals", row_id, include_deleted=True)
        if existing is None:
            store.insert("duplicate_dismissals", {"id": row_id, "person_a": first, "person_b": second})
        elif existing["deleted"]:
            store.revive("duplicate_dismissals", row_id, {})


def undo_dismissal(store: Store, person_a: str, person_b: str) -> bool:
    return store.delete("duplicate_dismissals", dismissal_id(person_a, person_b))
