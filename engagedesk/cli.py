"""The command line: the same services as the window, without one.

``engagedesk`` alone opens the window.  Exit codes: 0 done, 1 a problem the message explains
(or ``check`` found one), 2 the command was mistyped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from engagedesk import __version__, logs, paths
from engagedesk.domain.errors import UserError


def _add_database_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--db`` and ``--temp``, before or after the command.

    Each parser gets actions of its own: shared ones (argparse ``parents``) share their defaults,
    so the command's parser would put back the default over a ``--db`` given before the command.
    A command's parser leaves them unset unless they are given after the command.
    """
    parser.add_argument("--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
                        help=f"database file (default: ${paths.DB_ENV}, else the user data folder)")
    parser.add_argument("--temp", action="store_true", default=False if top else argparse.SUPPRESS,
                        help="use a throwaway database that is deleted on exit")


def _window_parser() -> argparse.ArgumentParser:
    """The options of ``engagedesk`` alone (the window), without the commands."""
    parser = argparse.ArgumentParser(
        prog="engagedesk",
        description="EngageDesk: sign-in, meeting notes, canvassing and printing, with no network.")
    _add_database_options(parser, top=True)
    parser.set_defaults(command=None)
    parser.add_argument("--version", action="version", version=f"EngageDesk {__version__}")
    parser.add_argument("--quit-after-shown", action="store_true",
                        help="show the window, then exit (for smoke tests and start-up timing)")
    return parser


def _parser() -> argparse.ArgumentParser:
    from engagedesk import cli_canvass, cli_export, cli_people, cli_print, cli_sync

    parser = _window_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="make a demo organisation to explore")
    _add_database_options(demo, top=False)
    demo.add_argument("--people", type=int, default=2_000, metavar="N", help="how many people (default 2,000; up to 1,000,000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed makes the same demo")

    check = commands.add_parser("check", help="check a database file for damage")
    _add_database_options(check, top=False)

    listing = commands.add_parser("list", help="list people, meetings, campaigns or turfs")
    _add_database_options(listing, top=False)
    listing.add_argument("kind", choices=("people", "meetings", "campaigns", "turfs"))
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    cli_sync.add_commands(commands, _add_database_options)
    cli_canvass.add_commands(commands, _add_database_options)
    cli_print.add_commands(commands, _add_database_options)
    cli_people.add_commands(commands, _add_database_options)
    cli_export.add_commands(commands, _add_database_options)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Opening the window needs only the top options: the commands' parsers (and their modules)
    are made only when a command, a mistake or --help is given, so the window opens sooner."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(given):
        args, rest = _window_parser().parse_known_args(given)
        if not rest:
            return args
    return _parser().parse_args(given)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = _parse(argv)
    logs.set_up(to_file=False)  # the window adds its log file once it is on screen
    with tempfile.TemporaryDirectory(prefix="engagedesk-") if args.temp else _no_temp() as temp:
        db_path = Path(temp) / "engagedesk.db" if temp else paths.database_path(args.db)
        try:
            if args.command is None:
                from engagedesk import app  # Qt is imported only when a window is wanted

                return app.run(db_path, quit_after_shown=args.quit_after_shown, temporary=bool(temp),
                               started=started)
            return _commands()[args.command](args, db_path)
        except UserError as problem:
            print(problem.message, file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("Stopped.", file=sys.stderr)
            return 1


class _no_temp:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _demo(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.services import demo, organisation
    from engagedesk.store import Store

    if not 0 <= args.people <= demo.MAX_PEOPLE:
        raise UserError(f"--people must be between 0 and {demo.MAX_PEOPLE:,}.")
    with Store.open(db_path) as store:
        if organisation.is_set_up(store):
            raise UserError(f"{db_path} already holds an organisation; the demo goes into a new "
                            "file. Give another --db path.")
        started = time.perf_counter()
        counts = demo.make_demo(store, people=args.people, seed=args.seed)
    print(f"Made a demo organisation in {db_path} in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{name.replace('_', ' ')} {value:,}" for name, value in counts.items()))
    return 0


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.store.health import check_database

    report = check_database(db_path)
    for line in report.facts:
        print(line)
    for line in report.problems:
        print(f"PROBLEM: {line}")
    return 0 if report.ok else 1


def _list(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.services import listing
    from engagedesk.store import Store

    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more.")
    with Store.open(db_path, create=False, lock=False) as store:
        out = sys.stdout
        for row in listing.rows(store, args.kind, args.limit):
            if args.json:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.write("\t".join("" if v is None else str(v) for v in row.values()) + "\n")
    return 0


def _commands() -> dict:
    from engagedesk import cli_canvass, cli_export, cli_people, cli_print, cli_sync

    return {"demo": _demo, "check": _check, "list": _list, **cli_sync.COMMANDS, **cli_canvass.COMMANDS,
            **cli_print.COMMANDS, **cli_people.COMMANDS, **cli_export.COMMANDS}
