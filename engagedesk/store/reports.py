"""What the printed documents read that no other part of the store offers: the people of a
sign-in sheet (with postal codes, in roster order) and the lists to choose a document's subject
from.  Meetings' notes, actions, walk lists and canvass results come through their own services.
Reads only; every query leaves deleted rows out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from engagedesk.domain.models import Campaign, Person, Turf
from engagedesk.store.people import person_from_row
from engagedesk.store.rows import from_row
from engagedesk.store.store import Store


# ------------------------------------------------------------------ sign-in sheets


@dataclass(frozen=True)
class SheetPerson:
    person: Person
    postal_code: str
    times: int        # meetings of the series attended (0 for a chosen list)
    signed_in: bool   # already checked in to the meeting the sheet is for


def _sheet_person(row: sqlite3.Row) -> SheetPerson:
    return SheetPerson(person_from_row(row), row["postal_code"] or "", row["times"], bool(row["signed_in"]))


def expected_for_sheet(store: Store, meeting_id: str, series: str, min_times: int = 1) -> list[SheetPerson]:
    """Who came to a meeting of ``series`` at least ``min_times`` times, or is already checked
    in to this meeting; with postal codes, in roster order (family name, then given name)."""
    rows = store.query(
        "SELECT p.*, ad.postal_code AS postal_code, x.times, x.signed_in FROM ("
        "  SELECT a.person_id, count(DISTINCT a.meeting_id) AS times, "
        "         max(a.meeting_id = :meeting) AS signed_in "
        "  FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
        "  WHERE a.deleted = 0 AND m.deleted = 0 "
        "    AND (a.meeting_id = :meeting OR (:series != '' AND m.series = :series)) "
        "  GROUP BY a.person_id) x "
        "JOIN people p ON p.id = x.person_id AND p.deleted = 0 "
        "LEFT JOIN addresses ad ON ad.id = p.address_id AND ad.deleted = 0 "
        "WHERE x.times >= :least OR x.signed_in "
        "ORDER BY p.sort_key, p.id",
        {"meeting": meeting_id, "series": series, "least": min_times},
    )
    return [_sheet_person(row) for row in rows]


def people_for_sheet(store: Store, person_ids: Sequence[str], meeting_id: str | None = None) -> list[SheetPerson]:
    """The chosen people (deleted ones left out), with postal codes, in roster order."""
    rows = store.query(
        "SELECT p.*, ad.postal_code AS postal_code, 0 AS times, "
        "  EXISTS(SELECT 1 FROM attendance a WHERE a.person_id = p.id AND a.meeting_id = :meeting "
        "         AND a.deleted = 0) AS signed_in "
        "FROM people p LEFT JOIN addresses ad ON ad.id = p.address_id AND ad.deleted = 0 "
        "WHERE p.id IN (SELECT value FROM json_each(:ids)) AND p.deleted = 0 ORDER BY p.sort_key, p.id",
        {"ids": json.dumps(list(person_ids)), "meeting": meeting_id or ""},
    )
    return [_sheet_person(row) for row in rows]


# ------------------------------------------------------------------ what a document is about


def get_turf(store: Store, turf_id: str) -> Turf | None:
    row = store.get("turfs", turf_id)
    return from_row(Turf, row) if row else None


def get_campaign(store: Store, campaign_id: str) -> Campaign | None:
    row = store.get("campaigns", campaign_id)
    return from_row(Campaign, row) if row else None


def list_campaign_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of each live campaign, by name."""
    rows = store.query("SELECT id, name FROM campaigns WHERE deleted = 0 ORDER BY name, id")
    return [(row["id"], row["name"]) for row in rows]


def list_turf_choices(store: Store) -> list[tuple[str, str, str]]:
    """(id, turf name, campaign name) of each live turf."""
    rows = store.query(
        "SELECT t.id, t.name, c.name AS campaign FROM turfs t JOIN campaigns c ON c.id = t.campaign_id "
        "WHERE t.deleted = 0 AND c.deleted = 0 ORDER BY c.name, t.name, t.id")
    return [(row["id"], row["name"], row["campaign"]) for row in rows]
