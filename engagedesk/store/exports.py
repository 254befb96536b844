"""What the spreadsheet exports read.  Reads only; deleted rows and erased people are left out."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from engagedesk.store.store import Store

_ADDRESS = "a.number AS a_number, a.street AS a_street, a.unit AS a_unit, a.city AS a_city, " \
           "a.region AS a_region, a.postal_code AS a_postal_code"


def people(store: Store) -> Iterator[sqlite3.Row]:
    yield from store.conn.execute(
        f"SELECT p.*, {_ADDRESS} FROM people p "
        "LEFT JOIN addresses a ON a.id = p.address_id AND a.deleted = 0 "
        "WHERE p.deleted = 0 AND p.erased = 0 ORDER BY p.sort_key, p.id")


def meeting(store: Store, meeting_id: str) -> sqlite3.Row | None:
    return store.query_one("SELECT * FROM meetings WHERE id = ? AND deleted = 0", (meeting_id,))


def campaign(store: Store, campaign_id: str) -> sqlite3.Row | None:
    return store.query_one("SELECT * FROM campaigns WHERE id = ? AND deleted = 0", (campaign_id,))


def attendance(store: Store, meeting_id: str) -> Iterator[sqlite3.Row]:
    yield from store.conn.execute(
        f"SELECT t.role AS t_role, t.time_in AS t_time_in, t.time_out AS t_time_out, t.walk_in AS t_walk_in, "
        f"p.*, {_ADDRESS} FROM attendance t JOIN people p ON p.id = t.person_id "
        "LEFT JOIN addresses a ON a.id = p.address_id AND a.deleted = 0 "
        "WHERE t.meeting_id = ? AND t.deleted = 0 AND p.deleted = 0 AND p.erased = 0 "
        "ORDER BY t.time_in, p.sort_key", (meeting_id,))


def notes(store: Store, meeting_id: str | None) -> Iterator[sqlite3.Row]:
    where = "AND n.meeting_id = ?" if meeting_id else ""
    yield from store.conn.execute(
        "SELECT n.at AS n_at, n.kind AS n_kind, n.text AS n_text, m.title AS m_title, m.starts_at AS m_starts_at, "
        "ai.title AS ai_title, p.id AS p_id, p.given_name, p.family_name, p.preferred_name, p.quote_consent, "
        "(SELECT group_concat(th.name, '; ') FROM note_themes nt JOIN themes th ON th.id = nt.theme_id "
        " WHERE nt.note_id = n.id AND nt.deleted = 0 AND th.deleted = 0) AS themes "
        "FROM notes n JOIN meetings m ON m.id = n.meeting_id AND m.deleted = 0 "
        "LEFT JOIN agenda_items ai ON ai.id = n.agenda_item_id AND ai.deleted = 0 "
        "LEFT JOIN people p ON p.id = n.speaker_id AND p.deleted = 0 AND p.erased = 0 "
        f"WHERE n.deleted = 0 {where} ORDER BY m.starts_at, n.at, n.id", (meeting_id,) if meeting_id else ())


def actions(store: Store, meeting_id: str | None) -> Iterator[sqlite3.Row]:
    where = "AND x.origin_meeting_id = ?" if meeting_id else ""
    yield from store.conn.execute(
        "SELECT x.text, x.due_on, x.status, x.closed_at, m.title AS m_title, m.starts_at AS m_starts_at, "
        "p.given_name, p.family_name, p.preferred_name "
        "FROM action_items x LEFT JOIN meetings m ON m.id = x.origin_meeting_id AND m.deleted = 0 "
        "LEFT JOIN people p ON p.id = x.owner_id AND p.deleted = 0 AND p.erased = 0 "
        f"WHERE x.deleted = 0 {where} ORDER BY coalesce(m.starts_at, ''), x.due_on, x.id",
        (meeting_id,) if meeting_id else ())


def questions(store: Store, campaign_id: str) -> list[sqlite3.Row]:
    return store.query("SELECT id, prompt FROM questions WHERE campaign_id = ? AND deleted = 0 ORDER BY position, id",
                       (campaign_id,))


def knocks(store: Store, campaign_id: str) -> Iterator[sqlite3.Row]:
    yield from store.conn.execute(
        f"SELECT k.id AS k_id, k.at, k.canvasser, k.outcome, k.note, {_ADDRESS} FROM knocks k "
        "JOIN addresses a ON a.id = k.address_id "
        "WHERE k.campaign_id = ? AND k.deleted = 0 ORDER BY k.at, k.id", (campaign_id,))


def answers(store: Store, campaign_id: str) -> dict[str, dict[str, str]]:
    """knock id -> question id -> answer."""
    found: dict[str, dict[str, str]] = {}
    for knock_id, question_id, answer in store.conn.execute(
            "SELECT r.knock_id, r.question_id, r.answer FROM responses r JOIN knocks k ON k.id = r.knock_id "
            "WHERE k.campaign_id = ? AND r.deleted = 0 AND k.deleted = 0", (campaign_id,)):
        found.setdefault(knock_id, {})[question_id] = answer
    return found


def list_meetings(store: Store) -> list[tuple[str, str, str]]:
    """(id, title, starts_at) of every meeting, newest first."""
    return [tuple(r) for r in store.query(
        "SELECT id, title, starts_at FROM meetings WHERE deleted = 0 ORDER BY starts_at DESC, id")]


def list_campaigns(store: Store) -> list[tuple[str, str]]:
    return [tuple(r) for r in store.query(
        "SELECT id, name FROM campaigns WHERE deleted = 0 ORDER BY coalesce(starts_on, '') DESC, name, id")]
