"""Export and import bundles: what the Sync screen and ``engagedesk sync`` do.

Import is all or nothing: the file is read and checked whole (signature, passphrase, checksum,
every change validated) before the database is touched; a verified backup is made; the merge
runs in one transaction.  A dry run merges and rolls back, so its preview is exactly what the
import would do.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.store import backup
from engagedesk.store import merge as merges
from engagedesk.store import sync_rows
from engagedesk.store.organisation import get_organisation, this_laptop_name
from engagedesk.store.store import Store, utc_now
from engagedesk.sync.bundle import Bundle, BundleRefused, fingerprint, pack, read_header, unpack

MAX_VALUE_CHARS = 1_000_000
MAX_ID = 100
_HLC = re.compile(r"[0-9]{15}-[0-9]{5}")  # fullmatch; ASCII digits only
MAX_MILLIS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z: the last time a clock can show
INT64 = range(-2**63, 2**63)
Progress = Callable[[str], None]


def _tr(text: str) -> str:
    return translate("Sync", text)


class UntrustedLaptop(UserError):
    """A bundle signed by a laptop not yet accepted here."""

    def __init__(self, name: str, print_: str) -> None:
        super().__init__(_tr(
            "This bundle comes from a laptop not yet accepted here: \"{name}\", fingerprint {fp}. "
            "Check the fingerprint on that laptop (Sync screen), then accept it once "
            "(or use --trust {fp}). Nothing was changed.").format(name=name, fp=print_))
        self.laptop_name = name
        self.fingerprint = print_


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(_tr("Import cancelled. Nothing was changed."))


class OtherOrganisation(UserError):
    def __init__(self, theirs: str, ours: str) -> None:
        super().__init__(_tr(
            "This bundle belongs to another organisation (\"{theirs}\"), not \"{ours}\". It was not "
            "imported. Import it only into that organisation's database.").format(theirs=theirs, ours=ours))


# ---------------------------------------------------------------------------- this laptop's key

def signing_key(store: Store) -> Ed25519PrivateKey:
    """This laptop's key pair, made the first time it is needed (kept only in this database)."""
    stored = store.local_setting("signing_key")
    if stored:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes_raw()
    store.set_local_setting("signing_key", base64.b64encode(raw).decode("ascii"))
    return key


def public_key(store: Store) -> bytes:
    return signing_key(store).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def my_fingerprint(store: Store) -> str:
    return fingerprint(public_key(store))


# ---------------------------------------------------------------------------- export

@dataclass(frozen=True)
class ExportResult:
    data: bytes
    bundle_id: str
    rows: int
    full: bool


def export_bundle(store: Store, *, for_laptop: str | None = None, full: bool = False,
                  passphrase: str | None = None) -> ExportResult:
    """Everything ``for_laptop`` has not seen (by its last known version vector), or everything."""
    organisation = get_organisation(store)
    if organisation is None:
        raise UserError(_tr("Set up the organisation first: there is nothing to share yet."))
    base: dict[str, str] = {}
    if not full and for_laptop:
        peer = sync_rows.get_peer(store, for_laptop)
        base = json.loads(peer["seen"]) if peer else {}
    full = full or not base
    key = signing_key(store)
    with store.transaction():  # one consistent snapshot
        rows = [[c.table, c.row_id, list(c.origin), c.values, {k: list(v) for k, v in c.clocks.items()}]
                for c in sync_rows.collect(store, base)]
        seen = sync_rows.seen_vector(store)
    header = {
        "bundle_id": str(uuid.uuid4()), "created_at": utc_now(),
        "organisation": {"id": organisation.id, "name": organisation.name},
        "source": {"site_id": store.site_id, "name": this_laptop_name(store),
                   "public_key": base64.b64encode(public_key(store)).decode("ascii")},
        "base": base, "seen": seen, "full": full,
    }
    data = pack(header, rows, key, passphrase)
    with store.transaction():
        sync_rows.record_bundle(store, header["bundle_id"], "out", for_laptop or "", "", len(rows), "",
                                "full" if full else "changes")
    return ExportResult(data, header["bundle_id"], len(rows), full)


def write_bundle(data: bytes, target: Path, passphrase: str | None = None) -> Path:
    """Write to a temporary file beside the target, flush it to disk, rename, read back, verify.

    When this returns, the file is complete on the stick and it is safe to remove.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".edsync-", suffix=".part", dir=target.parent)
    except OSError as error:
        raise UserError(_tr("Cannot write to {folder}: {reason}. Choose another folder or drive.")
                        .format(folder=target.parent, reason=error.strerror or error)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        try:
            directory = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
        except OSError:
            pass  # some file systems (FAT sticks on some systems) cannot sync a folder
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise UserError(_tr("Writing {file} failed: {reason}. Nothing was lost here; try another drive.")
                        .format(file=target, reason=error.strerror or error)) from None
    if target.read_bytes() != data:
        raise UserError(_tr("{file} did not read back the same as it was written. The drive may be failing; "
                            "try another one.").format(file=target))
    unpack(data, passphrase)  # the file as written opens and verifies
    return target


# ---------------------------------------------------------------------------- import

@dataclass
class ImportReport:
    bundle_id: str
    source_name: str
    source_site: str
    already_imported: bool = False
    dry_run: bool = False
    merge: sync_rows.MergeReport = field(default_factory=sync_rows.MergeReport)
    gaps: list[str] = field(default_factory=list)
    joined: bool = False

    def summary(self) -> str:
        if self.already_imported:
            return _tr("Already imported from {name}: nothing changed.").format(name=self.source_name)
        m = self.merge
        text = _tr("{verb} from {name}: new {new}, updated {updated}, conflicts {conflicts}, "
                   "deletions {deletions}, erasures {erasures}.").format(
            verb=_tr("Would import") if self.dry_run else _tr("Imported"), name=self.source_name,
            new=m.new, updated=m.updated, conflicts=m.conflicts, deletions=m.deletions, erasures=m.erasures)
        if self.gaps:
            text += " " + _tr("Some earlier changes seem to be missing; ask {name} for a full export.").format(
                name=self.source_name)
        return text


class _DryRun(Exception):
    pass


def _text(value: Any, longest: int) -> bool:
    """Text that fits (and can be written: no lone surrogates from a JSON escape)."""
    if not isinstance(value, str) or not 0 < len(value) <= longest:
        return False
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return True


def _check_hlc(value: Any) -> bool:
    return isinstance(value, str) and _HLC.fullmatch(value) is not None and int(value[:15]) <= MAX_MILLIS


def _check_clock(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and _check_hlc(value[0]) and _text(value[1], MAX_ID)


def _check_header(header: dict[str, Any]) -> None:
    """The header's fields have the kinds the format says (the frame and signature are checked)."""
    source, organisation = header.get("source"), header.get("organisation", {})
    vectors = [header.get("base", {}), header.get("seen", {})]
    if not (_text(header.get("bundle_id"), MAX_ID) and isinstance(source, dict)
            and _text(source.get("site_id"), MAX_ID) and isinstance(source.get("name", ""), str)
            and isinstance(organisation, dict)
            and all(isinstance(organisation.get(k, ""), str) for k in ("id", "name"))
            and all(isinstance(vector, dict) and all(_text(site, MAX_ID) and _check_hlc(hlc)
                                                     for site, hlc in vector.items()) for vector in vectors)):
        raise BundleRefused(_tr("This file is damaged (its header is unreadable). Nothing was changed. "
                                "Ask for a new bundle."))


def _kinds(store: Store, table: str) -> dict[str, str]:
    """The declared type of each column (the tables are STRICT: INTEGER, REAL, TEXT)."""
    return {row["name"]: row["type"].upper() for row in store.query(f"PRAGMA table_info({table})")}


def _value_fits(value: Any, kind: str) -> bool:
    if value is None:
        return True  # NOT NULL is the database's to check
    if isinstance(value, bool):
        return False
    if kind in ("INTEGER", "INT"):
        return isinstance(value, int) and value in INT64
    if kind == "REAL":
        return (isinstance(value, int) and value in INT64) or (isinstance(value, float) and math.isfinite(value))
    if kind == "TEXT":
        return isinstance(value, str) and (value.isascii() or _text(value, len(value)))
    return isinstance(value, str | int | float)


def validate(store: Store, bundle: Bundle) -> list[sync_rows.RowChange]:
    """Every change checked before anything is written; the first problem refuses the bundle."""
    def refuse(why: str) -> BundleRefused:
        return BundleRefused(_tr("This bundle holds a change that cannot be right ({why}). It was refused "
                                 "and nothing was changed.").format(why=why))

    tables = set(sync_rows.sync_tables(store))
    fields: dict[str, dict[str, str]] = {}  # table -> the fields that travel -> their declared type
    seen: dict[tuple[str, str], Any] = {}
    changes = []
    for row in bundle.rows:
        if not (isinstance(row, list) and len(row) == 5):
            raise refuse(_tr("a malformed entry"))
        table, row_id, origin, values, clocks = row
        if not isinstance(table, str) or table not in tables:
            raise refuse(_tr("an unknown kind of record"))
        if not _text(row_id, MAX_ID):
            raise refuse(_tr("a bad record id"))
        if not _check_clock(origin) or not isinstance(values, dict) or not isinstance(clocks, dict):
            raise refuse(_tr("a bad clock"))
        kinds = fields.get(table)
        if kinds is None:
            declared = _kinds(store, table)
            kinds = fields[table] = {name: declared[name] for name in sync_rows.sync_fields(store, table)}
        for name, value in values.items():
            kind = kinds.get(name)
            if kind is None:
                raise refuse(_tr("an unknown field"))
            if type(value) is str and kind == "TEXT":  # most values: checked here, quickly
                if len(value) > MAX_VALUE_CHARS:
                    raise refuse(_tr("a field over a million characters"))
                if not value.isascii() and not _text(value, MAX_VALUE_CHARS):
                    raise refuse(_tr("a value of the wrong kind"))
            elif not _value_fits(value, kind) or (name == "erased" and value not in (0, 1)):
                raise refuse(_tr("a value of the wrong kind"))
            elif isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
                raise refuse(_tr("a field over a million characters"))
        for name, clock in clocks.items():
            if name not in values or not (isinstance(clock, list) and len(clock) == 4):
                raise refuse(_tr("a bad field clock"))
            if not _check_clock(clock[:2]) or not all(part == "" or _text(part, MAX_ID) for part in clock[2:]):
                raise refuse(_tr("a bad field clock"))
        key = (table, row_id)
        if key in seen:
            if seen[key] != row:
                raise refuse(_tr("the same record twice with different contents"))
            continue
        seen[key] = row
        changes.append(sync_rows.RowChange(table, row_id, (origin[0], origin[1]), values,
                                           {k: tuple(v) for k, v in clocks.items()}))
    return changes


def import_bundle(store: Store, data: bytes, *, passphrase: str | None = None, trust: str | None = None,
                  dry_run: bool = False, join: bool = False, file_name: str = "",
                  should_stop: Callable[[], bool] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import one bundle.  ``should_stop`` (asked as it goes) cancels: then :class:`Cancelled` is
    raised and the database is exactly as it was."""
    header, _prefix, _body, public = read_header(data)
    _check_header(header)
    source = header["source"]
    site, name = str(source.get("site_id", "")), str(source.get("name", ""))[:200]
    report = ImportReport(str(header.get("bundle_id", "")), name, site, dry_run=dry_run)
    if not site or not report.bundle_id:
        raise BundleRefused(_tr("This file is damaged (its source is unreadable). Ask for a new bundle."))
    print_ = fingerprint(public)
    ours = get_organisation(store)
    theirs = header.get("organisation") or {}
    joining = ours is None
    if ours is not None and theirs.get("id") != ours.id and not join:
        raise OtherOrganisation(str(theirs.get("name", "?")), ours.name)
    peer = sync_rows.get_peer(store, site)
    if site == store.site_id:
        raise BundleRefused(_tr("This bundle was made on this laptop; there is nothing to import from it."))
    if peer is not None and peer["public_key"] and peer["public_key"] != source.get("public_key"):
        raise BundleRefused(_tr("This bundle claims to come from \"{name}\" but is signed with a different key "
                                "than before. It was refused. Check with that laptop's owner.").format(name=name))
    trusted = bool(peer and peer["trusted"]) or joining or (trust is not None and trust.upper() == print_)
    if not trusted:
        raise UntrustedLaptop(name, print_)
    if sync_rows.bundle_seen_before(store, report.bundle_id):
        report.already_imported = True
        return report
    bundle = unpack(data, passphrase)
    changes = validate(store, bundle)
    if not dry_run and store.path is not None:
        backup.make_backup(store.conn, store.path, "before-import")
    try:
        with store.transaction():
            report.merge = sync_rows.merge(store, changes, should_stop, progress)
            if not dry_run:  # a preview must not move this laptop's clock
                # Links made elsewhere to a merged-away person point to the survivor; an erasure
                # of one of a merged group erases all of it.
                erased_by_merges = merges.apply_merges(store)
                report.merge.erased_ids.extend(erased_by_merges)
                report.merge.erasures += len(erased_by_merges)
            # The newest clock brought in: a row's fields carry its origin or one of its own clocks.
            top = max((clock for c in changes
                       for clock in (c.origin[0], *(explicit[0] for explicit in c.clocks.values()))), default="")
            if top and not dry_run:  # a preview must not move this laptop's clock
                store.clock.observe(top)
            mine = sync_rows.seen_vector(store)
            base = header.get("base") or {}
            advance = {}
            for origin, hlc in (header.get("seen") or {}).items():
                if mine.get(origin, "") >= base.get(origin, ""):
                    advance[origin] = hlc
                else:
                    report.gaps.append(origin)
            sync_rows.advance_seen(store, advance)
            sync_rows.save_peer(store, site, name, source.get("public_key", ""), print_, True, header.get("seen"))
            sync_rows.record_bundle(store, report.bundle_id, "in", site, name, report.merge.changed, file_name,
                                    "")
            report.joined = joining
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except sync_rows.Stopped:
        raise Cancelled from None
    except Exception as error:
        if isinstance(error, UserError):
            raise
        if isinstance(error, sqlite3.IntegrityError | sqlite3.DataError):
            raise BundleRefused(_tr("This bundle holds data that does not fit this database (a value it does "
                                    "not accept, or a link to a record it does not have). It was refused and "
                                    "nothing was changed.")) from None
        raise
    if report.merge.erased_ids and not dry_run:
        _erased_everywhere_here(store, report.merge.erased_ids)
    return report


def peek(data: bytes) -> dict[str, Any]:
    """The header of a bundle (who made it, when, how many changes), after checking its signature."""
    header, _prefix, _body, public = read_header(data)
    _check_header(header)
    return {**header, "fingerprint": fingerprint(public)}


# ---------------------------------------------------------------------------- erasure, conflicts, dump

def erase_person(store: Store, person_id: str) -> bool:
    """Forget a person everywhere this database's changes travel.  It cannot be undone.

    A person merged with others is erased with all of them: they were one person."""
    with store.transaction():
        erased = [member for member in merges.merge_group(store, person_id)
                  if sync_rows.erase_person(store, member)]
    if erased:
        _erased_everywhere_here(store, erased)
    return person_id in erased


def _erased_everywhere_here(store: Store, person_ids: list[str]) -> None:
    """No copy on this laptop keeps an erased person: not the WAL, not the backup copies."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if store.path is not None:
        backup.scrub_erased(store.path, person_ids)


def use_lost_value(store: Store, conflict_id: int) -> None:
    """"Use this value instead": the value that lost becomes a new change, which syncs like any."""
    conflict = sync_rows.get_conflict(store, conflict_id)
    if conflict is None:
        raise UserError(_tr("This conflict is no longer listed."))
    table, row_id, name = conflict["tbl"], conflict["row_id"], conflict["field"]
    value = json.loads(conflict["lost_value"])
    with store.transaction():
        if name == "deleted":  # deleting or bringing back the record is its own kind of change
            if value:
                store.delete(table, row_id)
            else:
                store.revive(table, row_id, {})
        elif not store.update(table, row_id, {name: value}):
            raise UserError(_tr("The record this conflict is about was deleted, so the value cannot be restored."))
        sync_rows.mark_conflict_resolved(store, conflict_id)


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    return sync_rows.dump(store)
