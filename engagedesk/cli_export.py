"""``engagedesk export ...``: spreadsheets of people, attendance, notes, actions and canvass results."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from engagedesk.domain.errors import UserError

KINDS = ("people", "attendance", "notes", "actions", "canvass")


def add_commands(commands: argparse._SubParsersAction, add_database_options: Callable[..., None]) -> None:
    exporting = commands.add_parser("export", help="write a spreadsheet (.csv or .xlsx) of people, attendance, "
                                                   "notes, actions or canvass results")
    add_database_options(exporting, top=False)
    exporting.add_argument("kind", choices=KINDS)
    exporting.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    exporting.add_argument("--meeting", metavar="ID", help="attendance (needed), notes and actions of one meeting")
    exporting.add_argument("--campaign", metavar="ID", help="canvass: the campaign")
    exporting.add_argument("--bom", action="store_true", help="CSV: start with a byte order mark, for Excel")
    exporting.add_argument("--include-do-not-contact", action="store_true",
                           help="include people who asked not to be contacted or have not agreed to be")


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.io.spreadsheet_out import format_for
    from engagedesk.services import export
    from engagedesk.store import Store

    format_for(args.out)
    if args.kind == "canvass" and not args.campaign:
        raise UserError("'export canvass' needs --campaign (ids as 'engagedesk list campaigns' prints them).")
    if args.kind == "attendance" and not args.meeting:
        raise UserError("'export attendance' needs --meeting (ids as 'engagedesk list meetings' prints them).")
    options = export.ExportOptions(include_do_not_contact=args.include_do_not_contact, bom=args.bom,
                                   meeting_id=args.meeting, campaign_id=args.campaign)
    with Store.open(db_path, create=False, lock=False) as store:
        result = export.export(store, args.kind, args.out, options)
    print(result.summary())
    return 0


COMMANDS = {"export": _export}
