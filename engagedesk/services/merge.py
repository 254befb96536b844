"""Merging two records of one person, keeping everything of both.

The survivor keeps its id and takes, field by field, the value the user chose; every check-in,
note, knock answered, answer, action item and feedback sheet of the merged-away person becomes
the survivor's (two check-ins at one meeting become one, with the earlier time in).  The
merged-away person stays as a deleted record that points to the survivor; the merge is a record
that travels by sync, and every laptop that receives it does the same.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from typing import Any

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Person
from engagedesk.store import merge as merge_table
from engagedesk.store import people as people_table
from engagedesk.store.rows import from_row
from engagedesk.store.store import Store

# The fields a user chooses between, in the order the merge view shows them.
MERGE_FIELDS = (
    "given_name", "family_name", "preferred_name", "pronouns", "email", "phone", "language",
    "address_id", "notes", "may_contact", "do_not_contact", "do_not_contact_since",
    "do_not_contact_reason", "photo_consent", "quote_consent",
)
SURVIVOR, MERGED = "survivor", "merged"


def _tr(text: str) -> str:
    return translate("Merge", text)


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    survivor_id: str
    merged_id: str
    moved: dict[str, int]


def _live_person(store: Store, person_id: str) -> Person:
    row = merge_table.person_row(store, person_id)
    if row is None or row["deleted"] or row["erased"]:
        raise UserError(_tr("One of these two people is no longer in the roster (deleted, merged or "
                            "erased, perhaps on another laptop). Nothing was merged; search for them again."))
    return from_row(Person, row)


def differing_fields(a: Person, b: Person) -> list[str]:
    return [name for name in MERGE_FIELDS if getattr(a, name) != getattr(b, name)]


def default_choices(survivor: Person, merged: Person) -> dict[str, str]:
    """What the merge view proposes: the survivor's value, unless it is empty and the other's is not."""
    choices = {}
    for name in differing_fields(survivor, merged):
        mine, theirs = getattr(survivor, name), getattr(merged, name)
        choices[name] = MERGED if (mine in ("", None, False) and theirs not in ("", None, False)) else SURVIVOR
    return choices


def merged_person(survivor: Person, merged: Person, choices: dict[str, str]) -> Person:
    """The survivor as it will be after the merge."""
    for name, choice in choices.items():
        if name not in MERGE_FIELDS:
            raise UserError(_tr("\"{field}\" is not a field that can be chosen in a merge. Choose among: {fields}.")
                            .format(field=name, fields=", ".join(MERGE_FIELDS)))
        if choice not in (SURVIVOR, MERGED):
            raise UserError(_tr("Choose \"survivor\" or \"merged\" for {field}, not \"{choice}\".")
                            .format(field=name, choice=choice))
    values: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        if getattr(survivor, name) == getattr(merged, name):
            continue
        source = merged if choices.get(name, default_choices(survivor, merged).get(name)) == MERGED else survivor
        values[name] = getattr(source, name)
    result = dataclasses.replace(survivor, **values)
    if survivor.do_not_contact or merged.do_not_contact:
        # Someone asked not to be contacted under one of the two records: that wins.
        keep = survivor if survivor.do_not_contact else merged
        if not result.do_not_contact:
            result = dataclasses.replace(result, do_not_contact=True, do_not_contact_since=keep.do_not_contact_since,
                                         do_not_contact_reason=keep.do_not_contact_reason)
        result = dataclasses.replace(result, may_contact=False)
    return result


def preview(store: Store, survivor_id: str, merged_id: str) -> dict[str, Any]:
    """Both people, their differing fields, and how much each has, for the merge view."""
    survivor, merged = _live_person(store, survivor_id), _live_person(store, merged_id)
    return {
        "survivor": survivor, "merged": merged,
        "differing": differing_fields(survivor, merged),
        "survivor_counts": merge_table.person_counts(store, survivor_id),
        "merged_counts": merge_table.person_counts(store, merged_id),
        "survivor_address": people_table.get_address(store, survivor.address_id) if survivor.address_id else None,
        "merged_address": people_table.get_address(store, merged.address_id) if merged.address_id else None,
    }


def merge_people(store: Store, survivor_id: str, merged_id: str, choices: dict[str, str] | None = None) -> MergeResult:
    """Merge ``merged_id`` into ``survivor_id``; ``choices`` says, per differing field, whose value
    the survivor keeps ("survivor" or "merged"; unset: see :func:`default_choices`)."""
    if survivor_id == merged_id:
        raise UserError(_tr("A person cannot be merged with themselves. Choose two different people."))
    choices = dict(choices or {})
    with store.transaction():
        survivor, merged = _live_person(store, survivor_id), _live_person(store, merged_id)
        after = merged_person(survivor, merged, choices)
        people_table.update_person(store, survivor, after)
        moved = merge_table.move_links(store, merged_id, survivor_id)
        store.delete("people", merged_id)
        merge_id = str(uuid.uuid4())
        recorded = {name: choices.get(name, default_choices(survivor, merged).get(name, SURVIVOR))
                    for name in differing_fields(survivor, merged)}
        merge_table.record_merge(store, merge_id, merged_id, survivor_id, recorded, moved)
        merge_table.apply_merges(store)
    return MergeResult(merge_id, survivor_id, merged_id, moved)


def merge_history(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    return merge_table.merge_history(store, limit)


def survivor_of(store: Store, person_id: str) -> str:
    """The person a (possibly merged-away) id now stands for."""
    return merge_table.survivor_of(store, person_id)
