"""``engagedesk people import ...``: people from a CSV file, with the same service as the import screen."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from engagedesk import cli_duplicates
from engagedesk.domain.errors import UserError

SHOWN_ROWS = 50


def add_commands(commands: argparse._SubParsersAction, add_database_options: Callable[..., None]) -> None:
    people = commands.add_parser("people", help="people: import from a CSV file, find and merge duplicates")
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help="import people from a CSV file (columns guessed from the header, or --mapping)")
    add_database_options(importing, top=False)
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--mapping", metavar="FILE.json",
                           help='columns to fields as JSON: {"First Name": "given_name", "Zip": "postal_code"}')
    importing.add_argument("--dry-run", action="store_true", help="say what each row would do; change nothing")
    importing.add_argument("--update-matching", action="store_true",
                           help="a row with the e-mail or phone of someone already here updates them (else skipped)")
    importing.add_argument("--create-likely-duplicates", action="store_true",
                           help="create rows that look like someone already here (else skipped and listed)")
    importing.add_argument("--all-rows", action="store_true", help=f"list every row, not only the first {SHOWN_ROWS}")
    cli_duplicates.add_arguments(actions, add_database_options)


def _people(args: argparse.Namespace, db_path: Path) -> int:
    if args.people_command in cli_duplicates.ACTIONS:
        return cli_duplicates.run(args, db_path)
    from engagedesk.services import csv_import
    from engagedesk.store import Store

    if not Path(args.file).is_file():
        raise UserError(f"There is no file {args.file}.")
    if args.mapping and not Path(args.mapping).is_file():
        raise UserError(f"There is no mapping file {args.mapping}.")
    table = csv_import.read_file(args.file)
    options = csv_import.ImportOptions(update_matching=args.update_matching,
                                       create_likely_duplicates=args.create_likely_duplicates)
    with Store.open(db_path) as store:
        if args.mapping:
            mapping, how = csv_import.load_mapping_file(args.mapping, table.headers), "from the mapping file"
        else:
            mapping, remembered = csv_import.mapping_for(store, table.headers)
            how = "remembered from last time" if remembered else "guessed from the header"
        print(f"{Path(args.file).name} ({table.encoding}, {table.delimiter_name}-separated), rows to read: "
              f"{len(table.rows):,}; columns {how}:")
        for header, label in csv_import.describe_mapping(table.headers, mapping):
            print(f"  {header or '(no header)'} -> {label}")
        report = csv_import.import_people(store, table, mapping, options, dry_run=args.dry_run)
    if report.duplicate_check == "exact":
        print("Likely duplicates (similar names) were not checked: only the same e-mail or phone.", file=sys.stderr)
    interesting = [r for r in report.rows if r.outcome != csv_import.CREATED or r.reason]
    for result in interesting if args.all_rows else interesting[:SHOWN_ROWS]:
        print(f"  row {result.row} {report.outcome_label(result.outcome)}" + (f": {result.reason}" if result.reason else ""))
    if not args.all_rows and len(interesting) > SHOWN_ROWS:
        print(f"  ... more rows skipped or updated: {len(interesting) - SHOWN_ROWS:,} (--all-rows lists them).")
    print(report.summary())
    return 0


COMMANDS = {"people": _people}
