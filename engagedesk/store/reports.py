"""What the printed documents read: sign-in lists, a meeting's notes and actions, walk lists,
canvass tallies.  Reads only; every query leaves deleted rows out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from engagedesk.domain.models import ActionItem, Campaign, Meeting, Note, Person, Question, Turf
from engagedesk.store.meetings import meeting_from_row
from engagedesk.store.people import person_from_row
from engagedesk.store.rows import from_row
from engagedesk.store.store import Store
from engagedesk.store.canvassing import turf_addresses, turf_residents  # noqa: F401 - part of this module's API


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


# ------------------------------------------------------------------ meetings


def series_meetings(store: Store, series: str) -> list[Meeting]:
    """Every live meeting of a series with its agenda, oldest first."""
    rows = store.query(
        "SELECT * FROM meetings WHERE series = ? AND series != '' AND deleted = 0 ORDER BY starts_at, id",
        (series,))
    return [meeting_from_row(store, row) for row in rows]


@dataclass(frozen=True)
class ActionLine:
    action: ActionItem
    owner: str              # the owner's name ("" when none or no longer on the roster)
    meeting_title: str      # the meeting it came from
    meeting_starts_at: str


def _action_lines(rows: list[sqlite3.Row]) -> list[ActionLine]:
    lines = []
    for row in rows:
        given = row["owner_preferred"] or row["owner_given"] or ""
        owner = " ".join(part for part in (given, row["owner_family"] or "") if part)
        lines.append(ActionLine(from_row(ActionItem, row), owner, row["meeting_title"] or "",
                                row["meeting_starts_at"] or ""))
    return lines


_ACTIONS = (
    "SELECT ai.*, p.given_name AS owner_given, p.preferred_name AS owner_preferred, "
    "p.family_name AS owner_family, m.title AS meeting_title, m.starts_at AS meeting_starts_at "
    "FROM action_items ai "
    "LEFT JOIN people p ON p.id = ai.owner_id AND p.deleted = 0 "
    "LEFT JOIN meetings m ON m.id = ai.origin_meeting_id AND m.deleted = 0 "
)


def open_actions_before(store: Store, series: str, starts_at: str, meeting_id: str) -> list[ActionLine]:
    """Action items still open that came from earlier meetings of the series, oldest due first."""
    if not series:
        return []
    rows = store.query(
        _ACTIONS + "WHERE ai.deleted = 0 AND ai.status = 'open' AND m.series = ? "
        "AND m.starts_at < ? AND m.id != ? "
        "ORDER BY coalesce(ai.due_on, '9999'), m.starts_at, ai.id",
        (series, starts_at, meeting_id))
    return _action_lines(rows)


def meeting_actions(store: Store, meeting_id: str) -> list[ActionLine]:
    """Action items agreed at this meeting."""
    rows = store.query(
        _ACTIONS + "WHERE ai.deleted = 0 AND ai.origin_meeting_id = ? "
        "ORDER BY coalesce(ai.due_on, '9999'), ai.id", (meeting_id,))
    return _action_lines(rows)


@dataclass(frozen=True)
class NoteLine:
    note: Note
    speaker: Person | None      # None when no speaker was noted (or they were erased)
    speaker_first_time: bool    # the speaker's first meeting was this one


def meeting_notes(store: Store, meeting_id: str) -> list[NoteLine]:
    """Every note of a meeting in the order taken, with who said it."""
    rows = store.query(
        "SELECT n.id AS n_id, n.meeting_id AS n_meeting_id, n.agenda_item_id, n.speaker_id, n.kind, "
        "n.text, n.at, p.*, "
        "(SELECT count(*) FROM attendance b JOIN meetings mb ON mb.id = b.meeting_id "
        "  WHERE b.person_id = n.speaker_id AND b.deleted = 0 AND mb.deleted = 0 "
        "  AND mb.starts_at < m.starts_at) AS before_count "
        "FROM notes n JOIN meetings m ON m.id = n.meeting_id "
        "LEFT JOIN people p ON p.id = n.speaker_id AND p.deleted = 0 "
        "WHERE n.meeting_id = ? AND n.deleted = 0 ORDER BY n.at, n.rowid",
        (meeting_id,))
    lines = []
    for row in rows:
        note = from_row(Note, row, id=row["n_id"], meeting_id=row["n_meeting_id"])
        speaker = person_from_row(row) if row["id"] is not None else None
        lines.append(NoteLine(note, speaker, speaker is not None and row["before_count"] == 0))
    return lines


def theme_counts(store: Store, meeting_id: str) -> list[tuple[str, int]]:
    """(theme, notes of the meeting tagged with it), most first."""
    rows = store.query(
        "SELECT t.name, count(DISTINCT n.id) AS n FROM notes n "
        "JOIN note_themes nt ON nt.note_id = n.id AND nt.deleted = 0 "
        "JOIN themes t ON t.id = nt.theme_id AND t.deleted = 0 "
        "WHERE n.meeting_id = ? AND n.deleted = 0 GROUP BY t.id ORDER BY n DESC, t.name",
        (meeting_id,))
    return [(row["name"], row["n"]) for row in rows]


# ------------------------------------------------------------------ canvassing


def get_turf(store: Store, turf_id: str) -> Turf | None:
    row = store.get("turfs", turf_id)
    return from_row(Turf, row) if row else None


def get_campaign(store: Store, campaign_id: str) -> Campaign | None:
    row = store.get("campaigns", campaign_id)
    return from_row(Campaign, row) if row else None


def campaign_questions(store: Store, campaign_id: str) -> list[Question]:
    rows = store.query(
        "SELECT * FROM questions WHERE campaign_id = ? AND deleted = 0 ORDER BY position, id", (campaign_id,))
    return [from_row(Question, row) for row in rows]


def last_knocks(store: Store, turf_id: str, campaign_id: str) -> dict[str, tuple[str, str]]:
    """address id -> (outcome, at) of the latest knock of the campaign at each door of the turf."""
    rows = store.query(
        "SELECT k.address_id, k.outcome, max(k.at) AS at FROM knocks k "
        "WHERE k.campaign_id = ? AND k.deleted = 0 AND k.address_id IN "
        "(SELECT address_id FROM turf_addresses WHERE turf_id = ? AND deleted = 0) "
        "GROUP BY k.address_id", (campaign_id, turf_id))
    return {row["address_id"]: (row["outcome"], row["at"]) for row in rows}


def do_not_knock(store: Store, turf_id: str) -> set[str]:
    """Addresses of the turf where a knock of any campaign ended in "do not contact"."""
    rows = store.query(
        "SELECT DISTINCT k.address_id FROM knocks k WHERE k.deleted = 0 AND k.outcome = 'do not contact' "
        "AND k.address_id IN (SELECT address_id FROM turf_addresses WHERE turf_id = ? AND deleted = 0)",
        (turf_id,))
    return {row["address_id"] for row in rows}


def campaign_turfs(store: Store, campaign_id: str) -> list[tuple[Turf, int, int, int]]:
    """(turf, doors, doors knocked, doors where someone was contacted) for each turf."""
    rows = store.query(
        "SELECT t.*, "
        "(SELECT count(DISTINCT ta.address_id) FROM turf_addresses ta WHERE ta.turf_id = t.id AND ta.deleted = 0) AS doors, "
        "(SELECT count(DISTINCT k.address_id) FROM knocks k JOIN turf_addresses ta "
        "   ON ta.address_id = k.address_id AND ta.turf_id = t.id AND ta.deleted = 0 "
        "   WHERE k.campaign_id = t.campaign_id AND k.deleted = 0) AS knocked, "
        "(SELECT count(DISTINCT k.address_id) FROM knocks k JOIN turf_addresses ta "
        "   ON ta.address_id = k.address_id AND ta.turf_id = t.id AND ta.deleted = 0 "
        "   WHERE k.campaign_id = t.campaign_id AND k.deleted = 0 AND k.outcome = 'contacted') AS contacted "
        "FROM turfs t WHERE t.campaign_id = ? AND t.deleted = 0 ORDER BY t.name, t.id", (campaign_id,))
    return [(from_row(Turf, row), row["doors"], row["knocked"], row["contacted"]) for row in rows]


def outcome_counts(store: Store, campaign_id: str) -> list[tuple[str, int]]:
    """(outcome, knocks) for the campaign, most first."""
    rows = store.query(
        "SELECT outcome, count(*) AS n FROM knocks WHERE campaign_id = ? AND deleted = 0 "
        "GROUP BY outcome ORDER BY n DESC, outcome", (campaign_id,))
    return [(row["outcome"], row["n"]) for row in rows]


def answers(store: Store, campaign_id: str) -> list[tuple[str, str]]:
    """(question id, answer) of every response of the campaign's knocks."""
    rows = store.query(
        "SELECT r.question_id, r.answer FROM responses r JOIN knocks k ON k.id = r.knock_id "
        "WHERE k.campaign_id = ? AND k.deleted = 0 AND r.deleted = 0", (campaign_id,))
    return [(row["question_id"], row["answer"]) for row in rows]


def knock_count(store: Store, campaign_id: str) -> int:
    return store.scalar("SELECT count(*) FROM knocks WHERE campaign_id = ? AND deleted = 0", (campaign_id,))


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
