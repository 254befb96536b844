"""``engagedesk canvass ...``: addresses, turfs and results from the command line, with the same
services as the Canvassing screen."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from engagedesk.domain.errors import UserError

AddDatabaseOptions = Callable[..., None]


def add_commands(commands: argparse._SubParsersAction, add_database_options: AddDatabaseOptions) -> None:
    canvass = commands.add_parser("canvass", help="door-to-door campaigns: addresses, turfs, results")
    actions = canvass.add_subparsers(dest="canvass_command", metavar="ACTION", required=True)

    importing = actions.add_parser("import-addresses", help="import addresses from a CSV file")
    add_database_options(importing, top=False)
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--campaign", metavar="CAMPAIGN_ID", help="also group the addresses into turfs of this campaign")
    importing.add_argument("--turfs-by", choices=("street", "postal-code"), default="street")

    turfs = actions.add_parser("make-turfs", help="group all addresses into turfs of a campaign")
    add_database_options(turfs, top=False)
    turfs.add_argument("campaign", metavar="CAMPAIGN_ID")
    turfs.add_argument("--by", choices=("street", "postal-code"), default="street")

    assign = actions.add_parser("assign", help="give a turf to a canvasser")
    add_database_options(assign, top=False)
    assign.add_argument("turf", metavar="TURF_ID")
    assign.add_argument("canvasser", metavar="NAME")

    results = actions.add_parser("results", help="doors knocked, contact rate and outcomes of a campaign")
    add_database_options(results, top=False)
    results.add_argument("campaign", metavar="CAMPAIGN_ID")
    results.add_argument("--turf", metavar="TURF_ID")


def _canvass(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.services import canvassing
    from engagedesk.store import Store

    command = args.canvass_command
    with Store.open(db_path, create=command == "import-addresses") as store:
        if command == "import-addresses":
            if not Path(args.file).is_file():
                raise UserError(f"There is no file {args.file}.")
            report = canvassing.import_addresses(store, Path(args.file))
            print(f"{Path(args.file).name}: {report.summary()}")
            for duplicate in report.duplicates[:20]:
                into = f"line {duplicate.kept_line}" if duplicate.kept_line else "an address already here"
                print(f"  line {duplicate.line}: {duplicate.address} merged into {into}")
            for line, why in report.skipped[:20]:
                print(f"  line {line} skipped: {why}")
            if args.campaign:
                made = canvassing.make_turfs(store, args.campaign, args.turfs_by.replace("-", " "), report.address_ids)
                print(f"Made {len(made):,} turfs.")
        elif command == "make-turfs":
            made = canvassing.make_turfs(store, args.campaign, args.by.replace("-", " "))
            for turf, doors in made:
                print(f"{turf.id}\t{turf.name}\t{doors} doors")
        elif command == "assign":
            turf = canvassing.assign_turf(store, args.turf, args.canvasser)
            print(f"{turf.name} goes to {turf.canvasser or 'nobody'}.")
        else:
            found = canvassing.results(store, args.campaign, args.turf)
            print(f"{found.campaign.name}{' · ' + found.turf.name if found.turf else ''}")
            print(f"Doors {found.doors:,}; knocked {found.knocked:,}; contacted {found.contacted:,} "
                  f"({found.contact_rate:.0%}); left {found.doors_left:,}; do not contact {found.do_not_contact:,}")
            for outcome, count in found.outcomes:
                print(f"  {outcome}\t{count}")
            for person in found.canvassers:
                print(f"  {person.canvasser}: {person.knocks} knocks, {person.knocked}/{person.doors} doors")
    return 0


COMMANDS = {"canvass": _canvass}
