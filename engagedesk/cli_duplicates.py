"""``engagedesk people duplicates``, ``people merge`` and ``people not-duplicates``: likely
duplicates listed, merged, or marked "not the same person" from the command line, with the same
services as the Duplicates screen.

Registered under the ``people`` command: :func:`add_arguments` adds the actions to its
sub-parsers, and :func:`run` runs them (``args.people_command`` is one of :data:`ACTIONS`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from engagedesk.domain.errors import UserError

ACTIONS = ("duplicates", "merge", "not-duplicates")


def add_arguments(actions: argparse._SubParsersAction, add_database_options: Callable[..., None]) -> None:
    """Add ``duplicates`` and ``merge`` to the sub-parsers of ``engagedesk people``."""
    listing = actions.add_parser("duplicates", help="list likely duplicate people, most likely first")
    add_database_options(listing, top=False)
    listing.add_argument("--json", action="store_true", help="one JSON object per pair, per line")
    listing.add_argument("--limit", type=int, metavar="N", help="at most N pairs")

    merging = actions.add_parser("merge", help="merge two records of one person, keeping everything of both")
    add_database_options(merging, top=False)
    merging.add_argument("survivor_id", metavar="SURVIVOR_ID", help="the record that stays")
    merging.add_argument("merged_id", metavar="MERGED_ID", help="the record merged into it (its id then points there)")
    merging.add_argument("--take", action="append", default=[], metavar="FIELD=merged",
                         help="take this field's value from MERGED_ID (repeatable); by default the survivor's "
                              "values stay, and its empty fields take the other's")

    dismissing = actions.add_parser("not-duplicates", help="remember that two people are not the same person")
    add_database_options(dismissing, top=False)
    dismissing.add_argument("person_a", metavar="PERSON_ID")
    dismissing.add_argument("person_b", metavar="PERSON_ID")


def _choices(takes: list[str]) -> dict[str, str]:
    choices: dict[str, str] = {}
    for take in takes:
        field, sep, side = take.partition("=")
        if not sep or not field.strip():
            raise UserError(f"--take {take}: write FIELD=merged or FIELD=survivor, e.g. --take email=merged.")
        choices[field.strip()] = side.strip()
    return choices


def run(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.services import duplicates, merge
    from engagedesk.store import Store

    action = args.people_command
    if action == "duplicates":
        if args.limit is not None and args.limit < 0:
            raise UserError("--limit must be 0 or more.")
        with Store.open(db_path, create=False, lock=False) as store:
            pairs = duplicates.find_duplicates(store)
        shown = pairs if args.limit is None else pairs[:args.limit]
        for pair in shown:
            if args.json:
                sys.stdout.write(json.dumps({
                    "person_a": pair.person_a, "name_a": pair.name_a, "person_b": pair.person_b,
                    "name_b": pair.name_b, "score": pair.score, "reasons": list(pair.reasons),
                    "reason": pair.reason}, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(f"{pair.score}\t{pair.person_a}\t{pair.name_a}\t{pair.person_b}\t"
                                 f"{pair.name_b}\t{pair.reason}\n")
        if not args.json:
            print(f"Likely duplicate pairs: {len(pairs):,}." if pairs else "No likely duplicates.", file=sys.stderr)
        return 0
    if action == "merge":
        choices = _choices(args.take)
        with Store.open(db_path, create=False) as store:
            result = merge.merge_people(store, args.survivor_id, args.merged_id, choices)
        moved = ", ".join(f"{what.replace('_', ' ')} {count:,}" for what, count in result.moved.items() if count)
        print(f"Merged {args.merged_id} into {args.survivor_id}" + (f" (moved: {moved})." if moved else ".")
              + " The merge reaches other laptops with the next bundle.")
        return 0
    if action == "not-duplicates":
        with Store.open(db_path, create=False) as store:
            for person_id in (args.person_a, args.person_b):
                if store.get("people", person_id) is None:
                    raise UserError(f"There is no person {person_id} here.")
            duplicates.not_the_same(store, args.person_a, args.person_b)
        print("Noted: these two are not proposed as duplicates again.")
        return 0
    raise UserError(f"Unknown action {action}.")
