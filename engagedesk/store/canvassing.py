"""Canvassing in the store: campaigns, questions, addresses, turfs, knocks and responses.

Every SQL statement of the canvassing screens lives here; :mod:`engagedesk.services.canvassing`
puts them together.  Removing a question or a turf leaves a tombstone, so answers already given
keep their question.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from engagedesk.domain.models import Address, Campaign, Knock, Person, Question, Response, Turf, new_id
from engagedesk.store.people import person_from_row, person_row
from engagedesk.store.rows import from_row, to_row
from engagedesk.store.store import Store

DO_NOT_CONTACT = "do not contact"


def _ids(values: Iterable[str]) -> str:
    import json
    return json.dumps(list(values))


# ------------------------------------------------------------------ campaigns and questions

def get_campaign(store: Store, campaign_id: str) -> Campaign | None:
    row = store.get("campaigns", campaign_id)
    return from_row(Campaign, row) if row else None


def insert_campaign(store: Store, campaign: Campaign) -> None:
    store.insert("campaigns", to_row(campaign, store.columns("campaigns")))


def update_campaign(store: Store, before: Campaign, after: Campaign) -> bool:
    old, new = to_row(before, store.columns("campaigns")), to_row(after, store.columns("campaigns"))
    changes = {k: v for k, v in new.items() if k != "id" and old.get(k) != v}
    return store.update("campaigns", after.id, changes) if changes else True


def questions(store: Store, campaign_id: str, *, include_removed: bool = False) -> list[Question]:
    where = "" if include_removed else " AND deleted = 0"
    rows = store.query(f"SELECT * FROM questions WHERE campaign_id = ?{where} ORDER BY deleted, position, id",
                       (campaign_id,))
    return [from_row(Question, row) for row in rows]


def insert_question(store: Store, question: Question) -> None:
    store.insert("questions", to_row(question, store.columns("questions")))


def update_question(store: Store, before: Question, after: Question) -> bool:
    old, new = to_row(before, store.columns("questions")), to_row(after, store.columns("questions"))
    changes = {k: v for k, v in new.items() if k != "id" and old.get(k) != v}
    return store.update("questions", after.id, changes) if changes else True


def remove_question(store: Store, question_id: str) -> bool:
    """A tombstone: the question leaves the script, its answers stay with it."""
    return store.delete("questions", question_id)


# ------------------------------------------------------------------ addresses

def address_keys(store: Store) -> list[tuple[str, str, str, str, str]]:
    """(id, number, street, unit, postal_code) of every live address, to find duplicates."""
    rows = store.conn.execute("SELECT id, number, street, unit, postal_code FROM addresses WHERE deleted = 0")
    return [tuple(row) for row in rows]


def insert_addresses(store: Store, addresses: Iterable[Address]) -> int:
    columns = store.columns("addresses")
    return store.insert_many("addresses", (to_row(a, columns) for a in addresses))


def addresses_by_ids(store: Store, address_ids: Sequence[str]) -> list[Address]:
    rows = store.query("SELECT * FROM addresses WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))",
                       (_ids(address_ids),))
    return [from_row(Address, row) for row in rows]


def search_addresses(store: Store, words: Sequence[str], limit: int) -> list[Address]:
    """Addresses where every word is the start of the number, or found in the street, city or
    postal code (case-insensitive), at most ``limit``."""
    where, values = ["deleted = 0"], []
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("(number LIKE ? ESCAPE '\\' OR street LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\' "
                     "OR postal_code LIKE ? ESCAPE '\\')")
        values += [f"{escaped}%", f"%{escaped}%", f"%{escaped}%", f"{escaped}%"]
    rows = store.query(f"SELECT * FROM addresses WHERE {' AND '.join(where)} LIMIT ?", (*values, limit))
    return [from_row(Address, row) for row in rows]


def address_groups(store: Store, field: str, address_ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """(address id, value of ``field``) for the given addresses (or all), to group them into turfs."""
    if field not in ("street", "postal_code", "city"):
        raise ValueError(field)
    if address_ids is None:
        rows = store.conn.execute(f"SELECT id, {field} FROM addresses WHERE deleted = 0")
    else:
        rows = store.conn.execute(
            f"SELECT id, {field} FROM addresses WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))",
            (_ids(address_ids),))
    return [(row[0], row[1]) for row in rows]


# ------------------------------------------------------------------ turfs

def get_turf(store: Store, turf_id: str) -> Turf | None:
    row = store.get("turfs", turf_id)
    return from_row(Turf, row) if row else None


def campaign_turfs(store: Store, campaign_id: str) -> list[Turf]:
    rows = store.query("SELECT * FROM turfs WHERE campaign_id = ? AND deleted = 0 ORDER BY name, id", (campaign_id,))
    return [from_row(Turf, row) for row in rows]


def insert_turfs(store: Store, turfs: Sequence[tuple[Turf, Sequence[str]]]) -> None:
    """New turfs, each with its addresses, in one transaction."""
    with store.transaction():
        store.insert_many("turfs", (to_row(t, store.columns("turfs")) for t, _ in turfs))
        store.insert_many("turf_addresses", ({"id": new_id(), "turf_id": t.id, "address_id": a}
                                             for t, ids in turfs for a in ids))


def set_turf_canvasser(store: Store, turf_id: str, canvasser: str) -> bool:
    return store.update("turfs", turf_id, {"canvasser": canvasser})


def turf_addresses(store: Store, turf_id: str) -> list[Address]:
    rows = store.query(
        "SELECT DISTINCT ad.* FROM turf_addresses ta JOIN addresses ad ON ad.id = ta.address_id "
        "WHERE ta.turf_id = ? AND ta.deleted = 0 AND ad.deleted = 0", (turf_id,))
    return [from_row(Address, row) for row in rows]


def turf_residents(store: Store, turf_id: str) -> list[Person]:
    """Everyone known to live at an address of the turf (erased people are nobody)."""
    rows = store.query(
        "SELECT p.* FROM people p WHERE p.deleted = 0 AND p.erased = 0 AND p.address_id IN "
        "(SELECT address_id FROM turf_addresses WHERE turf_id = ? AND deleted = 0) "
        "ORDER BY p.sort_key, p.id", (turf_id,))
    return [person_from_row(row) for row in rows]


def address_residents(store: Store, address_id: str) -> list[Person]:
    """Everyone known to live at one address (erased people are nobody)."""
    rows = store.query("SELECT * FROM people WHERE deleted = 0 AND erased = 0 AND address_id = ? "
                       "ORDER BY sort_key, id", (address_id,))
    return [person_from_row(row) for row in rows]


def turf_knocks(store: Store, turf_id: str) -> list[tuple[Knock, str]]:
    """Every knock at a door of the turf, of any campaign and from any laptop, with its campaign's name."""
    rows = store.query(
        "SELECT k.*, coalesce(c.name, '') AS campaign_name FROM knocks k "
        "LEFT JOIN campaigns c ON c.id = k.campaign_id "
        "WHERE k.deleted = 0 AND k.address_id IN "
        "(SELECT address_id FROM turf_addresses WHERE turf_id = ? AND deleted = 0) ORDER BY k.at DESC, k.id",
        (turf_id,))
    return [(from_row(Knock, row), row["campaign_name"]) for row in rows]


def address_knocks(store: Store, address_id: str) -> list[tuple[Knock, str]]:
    rows = store.query(
        "SELECT k.*, coalesce(c.name, '') AS campaign_name FROM knocks k LEFT JOIN campaigns c ON c.id = k.campaign_id "
        "WHERE k.deleted = 0 AND k.address_id = ? ORDER BY k.at DESC, k.id", (address_id,))
    return [(from_row(Knock, row), row["campaign_name"]) for row in rows]


# ------------------------------------------------------------------ knocks

def insert_knock(store: Store, knock: Knock, responses: Sequence[Response], resident: Person | None = None) -> None:
    """A knock, its answers and a resident met at the door, all or nothing."""
    with store.transaction():
        if resident is not None:
            store.insert("people", person_row(store, resident))
        store.insert("knocks", to_row(knock, store.columns("knocks")))
        if responses:
            store.insert_many("responses", (to_row(r, store.columns("responses")) for r in responses))


def knock_responses(store: Store, knock_id: str) -> list[Response]:
    rows = store.query("SELECT * FROM responses WHERE knock_id = ? AND deleted = 0 ORDER BY rowid", (knock_id,))
    return [from_row(Response, row) for row in rows]


# ------------------------------------------------------------------ results

def campaign_knocks(store: Store, campaign_id: str, turf_id: str | None = None) -> list[dict[str, Any]]:
    """(id, address_id, outcome, canvasser) of the campaign's knocks, at the turf's doors if given."""
    sql = "SELECT id, address_id, outcome, canvasser, at FROM knocks WHERE campaign_id = ? AND deleted = 0"
    params: list[Any] = [campaign_id]
    if turf_id is not None:
        sql += " AND address_id IN (SELECT address_id FROM turf_addresses WHERE turf_id = ? AND deleted = 0)"
        params.append(turf_id)
    return [dict(row) for row in store.query(sql, params)]


def campaign_responses(store: Store, campaign_id: str, turf_id: str | None = None) -> list[tuple[str, str]]:
    """(question id, answer) of every answer given at the campaign's knocks (removed questions too)."""
    sql = ("SELECT r.question_id, r.answer FROM responses r JOIN knocks k ON k.id = r.knock_id "
           "WHERE k.campaign_id = ? AND k.deleted = 0 AND r.deleted = 0")
    params: list[Any] = [campaign_id]
    if turf_id is not None:
        sql += " AND k.address_id IN (SELECT address_id FROM turf_addresses WHERE turf_id = ? AND deleted = 0)"
        params.append(turf_id)
    return [(row[0], row[1]) for row in store.query(sql, params)]


def campaign_doors(store: Store, campaign_id: str, turf_id: str | None = None) -> list[tuple[str, str, str]]:
    """(turf id, address id, canvasser of the turf) of every door in the campaign's turfs."""
    sql = ("SELECT DISTINCT t.id, ta.address_id, t.canvasser FROM turfs t "
           "JOIN turf_addresses ta ON ta.turf_id = t.id AND ta.deleted = 0 "
           "JOIN addresses ad ON ad.id = ta.address_id AND ad.deleted = 0 "
           "WHERE t.campaign_id = ? AND t.deleted = 0")
    params: list[Any] = [campaign_id]
    if turf_id is not None:
        sql += " AND t.id = ?"
        params.append(turf_id)
    return [(row[0], row[1], row[2]) for row in store.query(sql, params)]


def do_not_contact_doors(store: Store, address_ids: Sequence[str]) -> set[str]:
    """Doors where a knock of any campaign ended in "do not contact", or where every known
    resident asked not to be contacted."""
    ids = _ids(address_ids)
    rows = store.query(
        "SELECT DISTINCT address_id FROM knocks WHERE deleted = 0 AND outcome = ? "
        "AND address_id IN (SELECT value FROM json_each(?)) "
        "UNION SELECT address_id FROM people WHERE deleted = 0 AND erased = 0 "
        "AND address_id IN (SELECT value FROM json_each(?)) "
        "GROUP BY address_id HAVING min(do_not_contact) = 1", (DO_NOT_CONTACT, ids, ids))
    return {row[0] for row in rows}
