"""``engagedesk print ...``: the printed documents from the command line, as the window makes them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from engagedesk.domain.errors import UserError

KINDS = ("signin", "packet", "summary", "walklist", "canvass")


def add_commands(commands: argparse._SubParsersAction, add_database_options: Callable[..., None]) -> None:
    printing = commands.add_parser("print", help="make a PDF: sign-in sheet, meeting packet, summary, walk list")
    add_database_options(printing, top=False)
    printing.add_argument("kind", choices=KINDS)
    about = printing.add_mutually_exclusive_group()
    about.add_argument("--meeting", metavar="ID", help="the meeting (signin, packet, summary)")
    about.add_argument("--turf", metavar="ID", help="the turf (walklist)")
    about.add_argument("--campaign", metavar="ID", help="the campaign (canvass)")
    about.add_argument("--blank", type=int, metavar="ROWS", help="signin: a blank sheet with this many rows")
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    printing.add_argument("--paper", choices=("letter", "a4"), default="letter")
    printing.add_argument("--landscape", action="store_true")
    printing.add_argument("--large-print", action="store_true")
    printing.add_argument("--rows", type=int, metavar="N",
                          help="signin, packet: blank rows after the people expected")
    printing.add_argument("--columns", metavar="LIST",
                          help="signin: columns, comma-separated, from name,email,phone,postal_code,"
                               "may_contact,language,signature")
    printing.add_argument("--full-contacts", action="store_true",
                          help="signin, packet: print whole e-mails and phones (otherwise partly hidden)")
    printing.add_argument("--note-pages", type=int, metavar="N", help="packet: lined pages for notes (default 1)")


def _print(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.printing.base import PageOptions
    from engagedesk.services import printing
    from engagedesk.store import Store

    needs = {"signin": ("meeting", "blank"), "packet": ("meeting",), "summary": ("meeting",),
             "walklist": ("turf",), "canvass": ("campaign",)}[args.kind]
    given = [name for name in ("meeting", "turf", "campaign", "blank") if getattr(args, name) is not None]
    if not given or given[0] not in needs:
        raise UserError(f"'print {args.kind}' needs {' or '.join('--' + n for n in needs)} "
                        "(ids as 'engagedesk list' prints them).")
    target = printing.check_writable(args.out)
    options = PageOptions(paper=args.paper, landscape=args.landscape, large_print=args.large_print)
    choices = _choices(args)
    with Store.open(db_path, create=False, lock=False) as store:
        pdf = printing.make(store, args.kind, args.meeting or args.turf or args.campaign, options=options, **choices)
    written = printing.write_pdf(pdf, target)
    print(f"Wrote {written} ({len(pdf):,} bytes).")
    return 0


def _choices(args: argparse.Namespace) -> dict:
    """The document's own options, refused with a message where they do not apply."""
    from engagedesk.services import printing

    applies = {"rows": ("signin", "packet"), "columns": ("signin",), "full_contacts": ("signin", "packet"),
               "note_pages": ("packet",)}
    for name, kinds in applies.items():
        value = getattr(args, name)
        if value not in (None, False) and args.kind not in kinds:
            option = "--" + name.replace("_", "-")
            raise UserError(f"{option} is for 'print {' or '.join(kinds)}', not 'print {args.kind}'.")
    if args.blank is not None and args.rows is not None:
        raise UserError("Give --blank ROWS or --rows N, not both.")
    choices: dict = {}
    rows = args.blank if args.blank is not None else args.rows
    if rows is not None:
        choices["blank_rows"] = rows
    if args.columns is not None:
        columns = [c.strip() for c in args.columns.split(",") if c.strip()]
        unknown = [c for c in columns if c not in printing.SIGNIN_COLUMNS]
        if unknown or not columns:
            raise UserError(f"Unknown column {', '.join(unknown) or '(none given)'}: choose from "
                            f"{','.join(printing.SIGNIN_COLUMNS)}.")
        choices["columns"] = columns
    if args.full_contacts:
        choices["full_contacts"] = True
    if args.note_pages is not None:
        choices["note_pages"] = args.note_pages
    return choices


COMMANDS = {"print": _print}
