"""``engagedesk sync ...``, ``engagedesk dump`` and ``engagedesk erase-person``: sync by file from
the command line, with the same services as the Sync screen."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from engagedesk.domain.errors import UserError

AddDatabaseOptions = Callable[..., None]


def add_commands(commands: argparse._SubParsersAction, add_database_options: AddDatabaseOptions) -> None:
    sync = commands.add_parser("sync", help="share changes with other laptops by file")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write a bundle of changes to a file")
    add_database_options(export, top=False)
    export.add_argument("--out", required=True, metavar="FILE", help="the bundle to write (.edsync)")
    export.add_argument("--full", action="store_true", help="everything, not only what the other laptop lacks")
    export.add_argument("--for", dest="for_laptop", metavar="LAPTOP_ID",
                        help="only what this laptop has not seen yet (see 'sync laptops')")
    export.add_argument("--passphrase-file", metavar="F", help="encrypt with the passphrase in this file")

    importing = actions.add_parser("import", help="bring in bundles made by other laptops")
    add_database_options(importing, top=False)
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    importing.add_argument("--passphrase-file", metavar="F", help="the passphrase the bundles were made with")
    importing.add_argument("--trust", metavar="FINGERPRINT", help="accept the laptop with this fingerprint")
    importing.add_argument("--join", action="store_true",
                           help="take in a bundle from another organisation (joining it)")

    laptops = actions.add_parser("laptops", help="this laptop's fingerprint and the laptops known here")
    add_database_options(laptops, top=False)

    dump = commands.add_parser("dump", help="the organisation's data as canonical JSON")
    add_database_options(dump, top=False)

    erase = commands.add_parser("erase-person", help="forget a person everywhere (cannot be undone)")
    add_database_options(erase, top=False)
    erase.add_argument("person_id", metavar="PERSON_ID")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def _passphrase(path: str | None) -> str | None:
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UserError(f"Cannot read the passphrase file {path}: {error.strerror or error}.") from None
    if not text or not text[0]:
        raise UserError(f"The passphrase file {path} is empty; put the passphrase on its first line.")
    return text[0]


def _sync(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.services import organisation
    from engagedesk.store import Store, sync_rows
    from engagedesk.store.store import laptop_default_name
    from engagedesk.sync import service

    if args.sync_command == "export":
        with Store.open(db_path, create=False) as store:
            made = service.export_bundle(store, for_laptop=args.for_laptop, full=args.full,
                                         passphrase=_passphrase(args.passphrase_file))
        target = service.write_bundle(made.data, Path(args.out), _passphrase(args.passphrase_file))
        with Store.open(db_path, create=False) as store, store.transaction():
            sync_rows.record_bundle(store, made.bundle_id, "out", args.for_laptop or "", "", made.rows,
                                    target.name, "full" if made.full else "changes")
        kind = "everything" if made.full else "changes"
        print(f"Wrote {target} ({kind}: {made.rows:,} records, {len(made.data):,} bytes). "
              "It was read back and checked: safe to remove the drive.")
        return 0
    if args.sync_command == "laptops":
        with Store.open(db_path, create=False) as store:
            print(f"This laptop\t{store.site_id}\t{service.my_fingerprint(store)}")
            for peer in sync_rows.peers(store):
                state = "accepted" if peer["trusted"] else "not accepted"
                print(f"{peer['name']}\t{peer['site_id']}\t{peer['fingerprint']}\t{state}\tlast {peer['last_seen']}")
        return 0
    passphrase = _passphrase(args.passphrase_file)
    failed = 0
    with Store.open(db_path, create=not args.dry_run) as store:  # a dry run makes no new file
        for name in args.files:
            try:
                data = Path(name).read_bytes()
            except OSError as error:
                print(f"{name}: cannot read it ({error.strerror or error}).", file=sys.stderr)
                failed += 1
                continue
            try:
                report = service.import_bundle(store, data, passphrase=passphrase, trust=args.trust,
                                               dry_run=args.dry_run, join=args.join, file_name=Path(name).name)
            except UserError as problem:
                print(f"{name}: {problem.message}", file=sys.stderr)
                failed += 1
                continue
            if report.joined and not args.dry_run and not organisation.this_laptop(store).name:
                organisation.rename_laptop(store, laptop_default_name())
            print(f"{name}: {report.summary()}")
    return 1 if failed else 0


def _dump(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.store import Store
    from engagedesk.sync import service

    with Store.open(db_path, create=False, lock=False) as store:
        data = service.dump(store)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
    return 0


def _erase(args: argparse.Namespace, db_path: Path) -> int:
    from engagedesk.store import Store
    from engagedesk.sync import service

    if not args.yes:
        raise UserError("Erasing a person cannot be undone. Run again with --yes to confirm.")
    with Store.open(db_path, create=False) as store:
        if not service.erase_person(store, args.person_id):
            raise UserError("There is no such person here, or they were already erased.")
    print("Erased. The erasure reaches other laptops with the next bundle.")
    return 0


COMMANDS = {"sync": _sync, "dump": _dump, "erase-person": _erase}
