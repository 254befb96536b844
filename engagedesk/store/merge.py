"""Merging two people in the store: the merge record, and pointing every link at the survivor.

Every link to a person: attendance (one row per meeting and person, with an id derived from both),
note speakers, action item owners, canvass answers, exit feedback, and meeting facilitators (a
JSON list).  Knocks belong to an address; a person's knocks are the ones they answered.

:func:`apply_merges` is what keeps merges true whatever arrives later: it runs after a merge and
after every bundle import, and points at the survivor any link to a merged-away person (made on
a laptop that had not yet heard of the merge), deletes the merged-away person again if someone
brought them back, and erases the whole group when one of its members was erased.  Each thing it
does is an ordinary change (with this laptop's clock) that travels by sync.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from engagedesk.store import sync_rows
from engagedesk.store.attendance import attendance_id
from engagedesk.store.store import Store, utc_now

# (table, column) of every plain link to a person; attendance is handled on its own.
PERSON_LINKS = (
    ("notes", "speaker_id"),
    ("action_items", "owner_id"),
    ("responses", "person_id"),
    ("exit_feedback", "person_id"),
)
ATTENDANCE_FIELDS = ("role", "time_in", "time_out", "walk_in", "entered_by")


# ---------------------------------------------------------------------------- what a person has

def person_counts(store: Store, person_id: str) -> dict[str, int]:
    """How much hangs on a person: meetings attended, notes, knocks answered, answers, actions, feedback."""
    def count(sql: str) -> int:
        return store.scalar(sql, (person_id,)) or 0

    return {
        "meetings": count("SELECT count(*) FROM attendance WHERE person_id = ? AND deleted = 0"),
        "notes": count("SELECT count(*) FROM notes WHERE speaker_id = ? AND deleted = 0"),
        "knocks": count("SELECT count(DISTINCT r.knock_id) FROM responses r JOIN knocks k ON k.id = r.knock_id "
                        "WHERE r.person_id = ? AND r.deleted = 0 AND k.deleted = 0"),
        "answers": count("SELECT count(*) FROM responses WHERE person_id = ? AND deleted = 0"),
        "actions": count("SELECT count(*) FROM action_items WHERE owner_id = ? AND deleted = 0"),
        "feedback": count("SELECT count(*) FROM exit_feedback WHERE person_id = ? AND deleted = 0"),
    }


def person_row(store: Store, person_id: str) -> dict[str, Any] | None:
    row = store.query_one("SELECT * FROM people WHERE id = ?", (person_id,))
    return dict(row) if row else None


# ---------------------------------------------------------------------------- merge records

def record_merge(store: Store, merge_id: str, merged_id: str, survivor_id: str, choices: dict[str, str],
                 moved: dict[str, int]) -> None:
    store.insert("person_merges", {
        "id": merge_id, "merged_id": merged_id, "survivor_id": survivor_id,
        "choices": json.dumps(choices, sort_keys=True), "moved": json.dumps(moved, sort_keys=True),
        "at": utc_now()})


def merge_history(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    """Merges, newest first, with both people's names as stored (the merged-away row keeps its own)."""
    rows = store.query(
        "SELECT m.id, m.merged_id, m.survivor_id, m.choices, m.moved, m.at, "
        "trim(mp.given_name || ' ' || mp.family_name) AS merged_name, "
        "trim(sp.given_name || ' ' || sp.family_name) AS survivor_name "
        "FROM person_merges m LEFT JOIN people mp ON mp.id = m.merged_id "
        "LEFT JOIN people sp ON sp.id = m.survivor_id WHERE m.deleted = 0 ORDER BY m.at DESC, m.id LIMIT ?",
        (limit,))
    out = []
    for row in rows:
        item = dict(row)
        item["choices"] = json.loads(item["choices"] or "{}")
        item["moved"] = json.loads(item["moved"] or "{}")
        out.append(item)
    return out


def live_merges(store: Store) -> dict[str, str]:
    """merged-away id -> survivor id, for every merge not undone (the latest, if several)."""
    result: dict[str, str] = {}
    for row in store.query("SELECT merged_id, survivor_id FROM person_merges WHERE deleted = 0 "
                           "ORDER BY hlc, site_id, id"):
        result[row[0]] = row[1]
    return result


def resolve(merges: dict[str, str], person_id: str) -> str:
    """Where a person ended up, following merges of merges.  A loop (two laptops merged each
    into the other) ends at the smallest id in it, the same on every laptop."""
    seen: list[str] = []
    current = person_id
    while current in merges and current not in seen:
        seen.append(current)
        current = merges[current]
    if current in seen:  # a loop: everyone in it resolves to its smallest id
        loop = seen[seen.index(current):]
        return min(loop)
    return current


def survivor_of(store: Store, person_id: str) -> str:
    return resolve(live_merges(store), person_id)


def merge_group(store: Store, person_id: str) -> list[str]:
    """Everyone merged with this person, directly or not, the person included."""
    merges = live_merges(store)
    root = resolve(merges, person_id)
    return sorted({person_id, root, *(merged for merged in merges if resolve(merges, merged) == root)})


# ---------------------------------------------------------------------------- pointing links at the survivor

def move_links(store: Store, merged_id: str, survivor_id: str) -> dict[str, int]:
    """Every live link to ``merged_id`` now points to ``survivor_id``.  The caller holds the transaction."""
    moved: dict[str, int] = {}
    moved["meetings"] = _move_attendance(store, merged_id, survivor_id)
    for table, column in PERSON_LINKS:
        ids = [row[0] for row in store.conn.execute(
            f"SELECT id FROM {table} WHERE {column} = ? AND deleted = 0", (merged_id,))]
        for row_id in ids:
            store.update(table, row_id, {column: survivor_id})
        moved[table] = len(ids)
    moved["facilitated"] = _move_facilitators(store, merged_id, survivor_id)
    return moved


def _move_attendance(store: Store, merged_id: str, survivor_id: str) -> int:
    """Each check-in of the merged-away person becomes the survivor's, at the same meeting.

    When both were checked in at one meeting, the two rows become one: the earlier time in, the
    later time out, a walk-in only if both were.  The merged-away row is deleted (a tombstone
    that travels); the survivor's row has the id made of meeting and survivor, so laptops that
    do this on their own converge on one row.
    """
    rows = store.query("SELECT * FROM attendance WHERE person_id = ? AND deleted = 0", (merged_id,))
    for old in rows:
        values = {name: old[name] for name in ATTENDANCE_FIELDS}
        mine = store.query_one("SELECT * FROM attendance WHERE meeting_id = ? AND person_id = ?",
                               (old["meeting_id"], survivor_id))
        if mine is None:
            store.insert("attendance", {"id": attendance_id(old["meeting_id"], survivor_id),
                                        "meeting_id": old["meeting_id"], "person_id": survivor_id, **values})
        elif mine["deleted"]:
            store.revive("attendance", mine["id"], values)
        else:
            combined = _combine_attendance(dict(mine), values)
            if combined:
                store.update("attendance", mine["id"], combined)
        store.delete("attendance", old["id"])
    return len(rows)


def _combine_attendance(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if theirs["time_in"] and (not mine["time_in"] or theirs["time_in"] < mine["time_in"]):
        changes["time_in"] = theirs["time_in"]
    if theirs["time_out"] and (not mine["time_out"] or theirs["time_out"] > mine["time_out"]):
        changes["time_out"] = theirs["time_out"]
    if mine["walk_in"] and not theirs["walk_in"]:
        changes["walk_in"] = 0
    if not mine["entered_by"] and theirs["entered_by"]:
        changes["entered_by"] = theirs["entered_by"]
    return changes


def _move_facilitators(store: Store, merged_id: str, survivor_id: str) -> int:
    rows = store.query("SELECT id, facilitator_ids FROM meetings WHERE deleted = 0 AND instr(facilitator_ids, ?) > 0",
                       (merged_id,))
    moved = 0
    for row in rows:
        try:
            ids = json.loads(row["facilitator_ids"])
        except ValueError:
            continue
        if not isinstance(ids, list) or merged_id not in ids:
            continue
        replaced: list[str] = []
        for person_id in ids:
            person_id = survivor_id if person_id == merged_id else person_id
            if person_id not in replaced:
                replaced.append(person_id)
        store.update("meetings", row["id"], {"facilitator_ids": json.dumps(replaced)})
        moved += 1
    return moved


# ---------------------------------------------------------------------------- keeping merges true

def _linked_to(store: Store, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` anything live still points to."""
    ids = list(ids)
    if not ids:
        return set()
    found: set[str] = set()
    marks = ", ".join("?" for _ in ids)
    for table, column in (("attendance", "person_id"), *PERSON_LINKS):
        found.update(row[0] for row in store.conn.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE deleted = 0 AND {column} IN ({marks})", ids))
    for row in store.conn.execute("SELECT facilitator_ids FROM meetings WHERE deleted = 0 AND facilitator_ids != '[]'"):
        text = row[0]
        found.update(person_id for person_id in ids if person_id in text)
    return found


def apply_merges(store: Store) -> list[str]:
    """Make every merge hold here (see the module's docstring).  Returns the ids it erased.

    Cheap when nothing is to be done: one look at the merges, one indexed query per kind of link.
    """
    merges = live_merges(store)
    if not merges:
        return []
    erased: list[str] = []
    with store.transaction():
        states = {row[0]: (row[1], row[2]) for row in store.conn.execute(
            f"SELECT id, deleted, erased FROM people WHERE id IN ({', '.join('?' for _ in merges)}) "
            f"OR id IN (SELECT survivor_id FROM person_merges WHERE deleted = 0)", list(merges))}
        groups: dict[str, set[str]] = {}
        for merged in merges:
            root = resolve(merges, merged)
            groups.setdefault(root, {root}).add(merged)
        # An erasure of anyone in a group erases the group: they are one person.
        for members in groups.values():
            if any(states.get(member, (0, 0))[1] for member in members):
                for member in sorted(members):
                    if member in states and not states[member][1]:
                        if sync_rows.erase_person(store, member):
                            erased.append(member)
                            states[member] = (1, 1)
        for root, members in groups.items():
            root_state = states.get(root)
            if root_state is None or root_state[1]:
                continue
            if root_state[0] and root in merges:  # a loop: its smallest id lives on
                store.revive("people", root, {})
            for member in sorted(members - {root}):
                state = states.get(member)
                if state is None or state[1]:
                    continue
                if not state[0]:
                    store.delete("people", member)
        linked = _linked_to(store, [member for members in groups.values() for member in members
                                    if member != resolve(merges, member)])
        for merged in sorted(linked):
            root = resolve(merges, merged)
            if not states.get(root, (0, 1))[1]:
                move_links(store, merged, root)
    return erased
