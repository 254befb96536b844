"""The dialogue in the store: notes and their themes, action items, exit feedback, note drafts.

Themes and the links between notes and themes have ids derived from what they are (a theme from
its folded name, a link from its note and theme), so two laptops that both create "Parks" or tag
the same note with it converge on one row when they sync.  The draft of the note being typed is
this laptop's alone: it lives in ``local_settings`` and never travels.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from engagedesk.domain.models import ActionItem, Note, Person, Theme, new_id
from engagedesk.domain.validation import fold
from engagedesk.store.people import person_from_row
from engagedesk.store.rows import from_row, to_row
from engagedesk.store.store import Store

_THEME_NAMESPACE = uuid.UUID("1b8e6f0c-5d1f-4a59-8a51-3f8a0c7d2e64")
_LINK_NAMESPACE = uuid.UUID("a0d7c3e2-94b1-4f6e-b2a8-6c0e5d9f1a37")
_ACTION_NAMESPACE = uuid.UUID("5c2f9e81-7a3d-4b0c-9e16-d84a2b7f3c50")
DRAFT_KEY = "note_draft/"
FEEDBACK = "exit_feedback"


def theme_id(name: str) -> str:
    """The id of a theme: the same on every laptop for the same name, whatever its case or accents."""
    return str(uuid.uuid5(_THEME_NAMESPACE, fold(" ".join(name.split()))))


def link_id(note_id: str, theme: str) -> str:
    return str(uuid.uuid5(_LINK_NAMESPACE, f"{note_id}/{theme}"))


def note_action_id(note_id: str) -> str:
    """The id of the action item an action note makes (so the two stay paired everywhere)."""
    return str(uuid.uuid5(_ACTION_NAMESPACE, note_id))


# ---------------------------------------------------------------------------------- themes


def list_themes(store: Store) -> list[Theme]:
    rows = store.query("SELECT id, name FROM themes WHERE deleted = 0 ORDER BY name, id")
    return [from_row(Theme, row) for row in rows]


def get_theme(store: Store, row_id: str, *, include_deleted: bool = False) -> tuple[Theme, bool] | None:
    """The theme and whether it is deleted."""
    row = store.get("themes", row_id, include_deleted=include_deleted)
    return (from_row(Theme, row), bool(row["deleted"])) if row else None


def insert_theme(store: Store, theme: Theme) -> None:
    store.insert("themes", to_row(theme, store.columns("themes")))


def revive_theme(store: Store, theme: Theme) -> None:
    store.revive("themes", theme.id, {"name": theme.name})


# ---------------------------------------------------------------------------------- notes


@dataclass(frozen=True)
class StoredNote:
    note: Note
    answered_at: str | None


def _note_row(store: Store, note: Note) -> dict[str, Any]:
    return to_row(note, store.columns("notes"))


def insert_note(store: Store, note: Note) -> None:
    """The note and its theme links, in one transaction."""
    with store.transaction():
        store.insert("notes", _note_row(store, note))
        _link(store, note.id, note.theme_ids)


def _link(store: Store, note_id: str, theme_ids: Iterable[str]) -> None:
    for theme in theme_ids:
        row_id = link_id(note_id, theme)
        existing = store.get("note_themes", row_id, include_deleted=True)
        if existing is None:
            store.insert("note_themes", {"id": row_id, "note_id": note_id, "theme_id": theme})
        elif existing["deleted"]:
            store.revive("note_themes", row_id, {"note_id": note_id, "theme_id": theme})


def _theme_links(store: Store, note_id: str) -> dict[str, str]:
    """theme id -> link id, for the live links of one note."""
    rows = store.query("SELECT id, theme_id FROM note_themes WHERE note_id = ? AND deleted = 0", (note_id,))
    return {row["theme_id"]: row["id"] for row in rows}


def get_note(store: Store, note_id: str, *, include_deleted: bool = False) -> StoredNote | None:
    row = store.get("notes", note_id, include_deleted=include_deleted)
    if row is None:
        return None
    themes = tuple(sorted(_theme_links(store, note_id)))
    return StoredNote(from_row(Note, row, theme_ids=themes), row["answered_at"])


def update_note(store: Store, before: Note, after: Note) -> bool:
    """Write the fields that changed and the themes added or taken off."""
    columns = store.columns("notes")
    old, new = to_row(before, columns), to_row(after, columns)
    changes = {name: value for name, value in new.items() if name != "id" and old.get(name) != value}
    with store.transaction():
        if changes and not store.update("notes", after.id, changes):
            return False
        links = _theme_links(store, after.id)
        for theme, row_id in links.items():
            if theme not in after.theme_ids:
                store.delete("note_themes", row_id)
        _link(store, after.id, [theme for theme in after.theme_ids if theme not in links])
    return True


def delete_note(store: Store, note_id: str) -> bool:
    """A tombstone; its theme links stay, so that an undo brings the note back whole."""
    return store.delete("notes", note_id)


def restore_note(store: Store, note: Note, answered_at: str | None) -> None:
    """Bring a deleted note back as it was (undo of a delete)."""
    with store.transaction():
        row = _note_row(store, note)
        row["answered_at"] = answered_at
        store.revive("notes", note.id, row)
        links = _theme_links(store, note.id)
        for theme, row_id in links.items():
            if theme not in note.theme_ids:
                store.delete("note_themes", row_id)
        _link(store, note.id, [theme for theme in note.theme_ids if theme not in links])


def set_answered(store: Store, note_id: str, answered_at: str | None) -> bool:
    return store.update("notes", note_id, {"answered_at": answered_at})


def meeting_notes(store: Store, meeting_id: str) -> list[StoredNote]:
    """Every live note of a meeting with its themes, oldest first."""
    links: dict[str, list[str]] = defaultdict(list)
    for row in store.conn.execute(
        "SELECT nt.note_id, nt.theme_id FROM note_themes nt JOIN notes n ON n.id = nt.note_id "
        "WHERE n.meeting_id = ? AND n.deleted = 0 AND nt.deleted = 0", (meeting_id,),
    ):
        links[row[0]].append(row[1])
    rows = store.conn.execute(
        "SELECT * FROM notes WHERE meeting_id = ? AND deleted = 0 ORDER BY at, created_at, rowid", (meeting_id,))
    return [StoredNote(from_row(Note, row, theme_ids=tuple(sorted(links.get(row["id"], ())))), row["answered_at"])
            for row in rows]


def live_people(store: Store, ids: Iterable[str]) -> dict[str, Person]:
    """The people among ``ids`` still on the roster (deleted or erased ones are left out)."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = store.query(
            f"SELECT * FROM people WHERE deleted = 0 AND id IN ({', '.join('?' for _ in chunk)})", chunk)
        found.update((row["id"], person_from_row(row)) for row in rows)
    return found


def insert_notes_bulk(store: Store, notes: Iterable[Note]) -> int:
    """Many notes at once (benchmarks, imports): the notes, then their theme links."""
    notes = list(notes)
    with store.transaction():
        count = store.insert_many("notes", (_note_row(store, note) for note in notes))
        store.insert_many("note_themes", (
            {"id": link_id(note.id, theme), "note_id": note.id, "theme_id": theme}
            for note in notes for theme in note.theme_ids))
    return count


# ---------------------------------------------------------------------------------- action items


def insert_action(store: Store, item: ActionItem) -> None:
    store.insert("action_items", to_row(item, store.columns("action_items")))


def get_action(store: Store, action_id: str, *, include_deleted: bool = False) -> tuple[ActionItem, bool] | None:
    """The action item and whether it is deleted."""
    row = store.get("action_items", action_id, include_deleted=include_deleted)
    return (from_row(ActionItem, row), bool(row["deleted"])) if row else None


def update_action(store: Store, before: ActionItem, after: ActionItem) -> bool:
    columns = store.columns("action_items")
    old, new = to_row(before, columns), to_row(after, columns)
    changes = {name: value for name, value in new.items() if name != "id" and old.get(name) != value}
    return store.update("action_items", after.id, changes) if changes else True


def revive_action(store: Store, item: ActionItem) -> None:
    row = to_row(item, store.columns("action_items"))
    row.pop("id")
    store.revive("action_items", item.id, row)


def delete_action(store: Store, action_id: str) -> bool:
    return store.delete("action_items", action_id)


@dataclass(frozen=True)
class StoredAction:
    item: ActionItem
    origin_title: str       # "" when it came from no meeting (or the meeting is gone)
    origin_starts_at: str


def meeting_actions(store: Store, meeting_id: str, series: str, starts_at: str) -> list[StoredAction]:
    """The action items a meeting reviews: its own, those closed at it, and the open ones of
    earlier meetings of the same series.  Oldest meeting first, then in the order made."""
    rows = store.query(
        "SELECT a.*, coalesce(m.title, '') AS origin_title, coalesce(m.starts_at, '') AS origin_starts_at "
        "FROM action_items a LEFT JOIN meetings m ON m.id = a.origin_meeting_id AND m.deleted = 0 "
        "WHERE a.deleted = 0 AND (a.origin_meeting_id = :meeting OR a.closed_in_meeting_id = :meeting "
        "  OR (:series != '' AND a.status = 'open' AND m.series = :series AND m.starts_at < :starts)) "
        "ORDER BY origin_starts_at, a.created_at, a.rowid",
        {"meeting": meeting_id, "series": series, "starts": starts_at},
    )
    return [StoredAction(from_row(ActionItem, row), row["origin_title"], row["origin_starts_at"]) for row in rows]


# ---------------------------------------------------------------------------------- exit feedback


@dataclass(frozen=True, kw_only=True)
class FeedbackSheet:
    id: str = field(default_factory=new_id)
    meeting_id: str
    person_id: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    at: str


def insert_feedback(store: Store, sheet: FeedbackSheet) -> None:
    store.insert(FEEDBACK, {"id": sheet.id, "meeting_id": sheet.meeting_id, "person_id": sheet.person_id,
                            "answers": json.dumps(sheet.answers, ensure_ascii=False, sort_keys=True),
                            "at": sheet.at})


def delete_feedback(store: Store, sheet_id: str) -> bool:
    return store.delete(FEEDBACK, sheet_id)


def meeting_feedback(store: Store, meeting_id: str) -> list[FeedbackSheet]:
    rows = store.query(
        "SELECT id, meeting_id, person_id, answers, at FROM exit_feedback "
        "WHERE meeting_id = ? AND deleted = 0 ORDER BY at, created_at, rowid", (meeting_id,))
    return [FeedbackSheet(id=row["id"], meeting_id=row["meeting_id"], person_id=row["person_id"],
                          answers=_answers(row["answers"]), at=row["at"]) for row in rows]


def _answers(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


# ---------------------------------------------------------------------------------- counts


def speaker_counts(store: Store, meeting_id: str) -> dict[str | None, int]:
    """How many notes each speaker has at a meeting (None: unnamed participant)."""
    rows = store.query(
        "SELECT speaker_id, count(*) AS n FROM notes WHERE meeting_id = ? AND deleted = 0 GROUP BY speaker_id",
        (meeting_id,))
    return {row["speaker_id"]: row["n"] for row in rows}


# ---------------------------------------------------------------------------------- drafts (local)


def save_draft(store: Store, meeting_id: str, draft: dict[str, Any]) -> None:
    store.set_local_setting(DRAFT_KEY + meeting_id, json.dumps(draft, ensure_ascii=False))


def load_draft(store: Store, meeting_id: str) -> dict[str, Any] | None:
    text = store.local_setting(DRAFT_KEY + meeting_id)
    if not text:
        return None
    value = _answers(text)
    return value or None


def clear_draft(store: Store, meeting_id: str) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM local_settings WHERE key = ?", (DRAFT_KEY + meeting_id,))
