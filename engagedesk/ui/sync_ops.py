"""What the Sync screen asks of the store, as plain data: each function runs on the store thread.

No Qt here.  The screen awaits these with ``worker.run(function, ...)`` and shows what comes
back; the sync engine (``engagedesk.sync.service``) does the real work.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import count_text, format_date_time, format_number, translate
from engagedesk.services import organisation, sync_settings
from engagedesk.store import sync_rows
from engagedesk.store.organisation import this_laptop_name
from engagedesk.store.store import Store, laptop_default_name
from engagedesk.sync import bundle as bundle_format
from engagedesk.sync import service

StopAsked = Callable[[], bool]
Progress = Callable[[int, int], None]


def _tr(text: str) -> str:
    return translate("SyncScreen", text)


# ---------------------------------------------------------------------------- what the screen shows

@dataclass(frozen=True)
class PeerLine:
    site_id: str
    name: str
    fingerprint: str
    accepted: bool
    first_seen: str
    last_seen: str
    has_ours_until: str  # when the last change of ours it had was made ("" if none)


@dataclass(frozen=True)
class HistoryLine:
    bundle_id: str
    direction: str  # "in" or "out"
    laptop: str
    at: str
    changes: int
    file_name: str
    kind: str  # "full", "changes" or ""


@dataclass(frozen=True)
class ConflictLine:
    id: int
    record: str
    field: str
    kept: str
    kept_by: str
    kept_at: str
    lost: str
    lost_by: str
    lost_at: str
    noticed_at: str


@dataclass(frozen=True)
class SyncState:
    laptop_name: str
    site_id: str
    fingerprint: str
    organisation_name: str
    sync_folder: Path | None
    peers: list[PeerLine]
    history: list[HistoryLine]
    conflicts: list[ConflictLine]


def sync_state(store: Store) -> SyncState:
    fingerprint = service.my_fingerprint(store)  # makes the key pair the first time
    org = organisation.get_organisation(store)
    laptop_name = this_laptop_name(store)
    names = {store.site_id: laptop_name or _tr("this laptop")}
    peers = []
    for peer in sync_rows.peers(store):
        names[peer["site_id"]] = peer["name"]
        try:
            seen = json.loads(peer["seen"] or "{}")
        except ValueError:
            seen = {}
        ours = seen.get(store.site_id, "") if isinstance(seen, dict) else ""
        peers.append(PeerLine(peer["site_id"], peer["name"], peer["fingerprint"], bool(peer["trusted"]),
                              peer["first_seen"] or "", peer["last_seen"] or "", _hlc_time(ours)))
    history = [HistoryLine(row["id"], row["direction"], row["peer_name"] or names.get(row["peer_site"], ""),
                           row["at"], row["changes"], row["file_name"], row["summary"])
               for row in sync_rows.bundle_history(store)]
    conflicts = [_conflict_line(store, row, names) for row in sync_rows.open_conflicts(store)]
    return SyncState(laptop_name, store.site_id, fingerprint, org.name if org else "",
                     sync_settings.sync_folder(store), peers, history, conflicts)


def _hlc_time(hlc: str) -> str:
    if not hlc:
        return ""
    try:
        return sync_rows.hlc_time(hlc)
    except (ValueError, OverflowError):
        return ""


FIELD_LABELS = {
    "given_name": "Given name", "family_name": "Family name", "preferred_name": "Preferred name",
    "email": "E-mail", "phone": "Phone", "may_contact": "OK to contact", "do_not_contact": "Do not contact",
    "do_not_contact_reason": "Reason for do not contact", "do_not_contact_since": "Do not contact since",
    "photo_consent": "Photo consent", "quote_consent": "Quote consent", "address_id": "Address",
    "starts_at": "Starts", "ends_at": "Ends", "time_in": "Time in", "time_out": "Time out",
    "walk_in": "Walk-in", "due_on": "Due on", "owner_id": "Owner",
}
KIND_LABELS = {
    "people": "Person", "meetings": "Meeting", "attendance": "Attendance", "notes": "Note",
    "agenda_items": "Agenda item", "action_items": "Action item", "addresses": "Address",
    "campaigns": "Campaign", "questions": "Question", "turfs": "Turf", "knocks": "Door knock",
    "responses": "Answer", "themes": "Theme", "organisation": "Organisation", "laptops": "Laptop",
}
FLAGS = {"may_contact", "do_not_contact", "photo_consent", "quote_consent", "walk_in", "deleted", "erased"}


def field_label(name: str) -> str:
    return _tr(FIELD_LABELS.get(name) or name.replace("_", " ").capitalize())


def value_text(field_name: str, stored: str | None) -> str:
    """A conflict's value as a person reads it (values are kept as JSON)."""
    try:
        value: Any = json.loads(stored) if stored is not None else None
    except ValueError:
        value = stored
    if field_name in FLAGS and value in (0, 1):
        return _tr("Yes") if value else _tr("No")
    if value is None or value == "":
        return _tr("(empty)")
    return str(value)


def _record_label(store: Store, table: str, row_id: str) -> str:
    kind = _tr(KIND_LABELS.get(table) or table.replace("_", " ").capitalize())
    try:
        row = store.get(table, row_id, include_deleted=True)
    except KeyError:
        row = None
    title = ""
    if row is not None:
        keys = row.keys()
        if table == "people":
            given = row["preferred_name"] or row["given_name"]
            title = " ".join(part for part in (given, row["family_name"]) if part)
        else:
            title = next((str(row[key]) for key in ("title", "name", "text", "street") if key in keys and row[key]), "")
    if len(title) > 60:
        title = title[:59] + "…"
    return f"{kind}: {title}" if title else kind


def _conflict_line(store: Store, row: dict[str, Any], names: dict[str, str]) -> ConflictLine:
    def who(site: str) -> str:
        return names.get(site) or (_tr("a laptop not known here") if site else "")

    return ConflictLine(
        row["id"], _record_label(store, row["tbl"], row["row_id"]), field_label(row["field"]),
        value_text(row["field"], row["kept_value"]), who(row["kept_site"]), _hlc_time(row["kept_hlc"]),
        value_text(row["field"], row["lost_value"]), who(row["lost_site"]), _hlc_time(row["lost_hlc"]),
        row["at"] or "")


def local_time(stamp: str) -> str:
    """'2026-05-03T12:22:05.120Z' -> '2026-05-03 14:22' in this laptop's time zone."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return format_date_time(moment.astimezone())


# ---------------------------------------------------------------------------- the sync folder

def choose_sync_folder(store: Store, folder: Path | None) -> Path | None:
    return sync_settings.set_sync_folder(store, folder)


def folder_bundles(store: Store) -> tuple[Path, list[Path]]:
    folder = sync_settings.sync_folder(store)
    if folder is None:
        raise UserError(_tr("Choose the sync folder first (the USB stick or shared folder), with "
                            "\"Change…\" next to \"Sync folder\"."))
    return folder, sync_settings.bundles_in(folder)


# ---------------------------------------------------------------------------- export

@dataclass(frozen=True)
class Exported:
    path: Path
    records: int
    size: int
    full: bool
    laptop: str  # who it is for ("" for anyone)


def export_to(store: Store, target: Path | None, for_laptop: str | None, passphrase: str | None) -> Exported:
    """Make a bundle and write it (``target`` None: a new file in the sync folder).

    When this returns, the file was written, synced, read back and verified.
    """
    if target is None:
        folder = sync_settings.sync_folder(store)
        if folder is None:
            raise UserError(_tr("Choose the sync folder first (the USB stick or shared folder)."))
        name = sync_settings.bundle_file_name(this_laptop_name(store) or laptop_default_name())
        target = folder / name
        number = 1
        while target.exists():  # two exports within a second
            number += 1
            target = folder / f"{Path(name).stem}-{number}{sync_settings.BUNDLE_SUFFIX}"
    made = service.export_bundle(store, for_laptop=for_laptop or None, full=not for_laptop,
                                 passphrase=passphrase or None)
    written = service.write_bundle(made.data, target, passphrase or None)
    peer = sync_rows.get_peer(store, for_laptop) if for_laptop else None
    with store.transaction():  # the history says which file it went to
        sync_rows.record_bundle(store, made.bundle_id, "out", for_laptop or "", peer["name"] if peer else "",
                                made.rows, written.name, "full" if made.full else "changes")
    return Exported(written, made.rows, len(made.data), made.full, peer["name"] if peer else "")


# ---------------------------------------------------------------------------- import, checked first

class Verdict(Enum):
    READY = "ready"              # previewed; may still need the laptop accepted
    ALREADY = "already"          # imported before: nothing to do
    OWN = "own"                  # made on this laptop
    PASSPHRASE = "passphrase"    # protected: needs the (right) passphrase
    OTHER_ORGANISATION = "other"  # refused unless the user chooses to join that organisation
    REFUSED = "refused"          # damaged, not a bundle, unreadable...


@dataclass
class Checked:
    """One bundle file, looked at before anything is applied."""

    path: Path
    verdict: Verdict
    message: str = ""
    data: bytes | None = None
    bundle_id: str = ""
    source_name: str = ""
    source_site: str = ""
    fingerprint: str = ""
    organisation_name: str = ""
    created_at: str = ""
    encrypted: bool = False
    new_laptop: bool = False      # never accepted here: the user must accept its fingerprint
    joining: bool = False         # this database has no organisation yet: importing joins it
    preview: service.ImportReport | None = None
    passphrase: str | None = None  # the one that opened it
    notes: list[str] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return self.verdict in (Verdict.READY, Verdict.OTHER_ORGANISATION) and self.preview is not None


def check_bundle(store: Store, path: Path, passphrase: str | None = None,
                 should_stop: StopAsked | None = None, progress: Progress | None = None) -> Checked:
    """Read a bundle and preview it with a dry run (nothing is changed).

    Raises :class:`service.Cancelled` when ``should_stop`` says so.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Checked(path, Verdict.REFUSED, _tr("This file cannot be read ({reason}).").format(
            reason=error.strerror or error))
    try:
        header = service.peek(data)
    except UserError as problem:
        return Checked(path, Verdict.REFUSED, problem.message)
    source = header.get("source") or {}
    theirs = header.get("organisation") or {}
    checked = Checked(
        path, Verdict.READY, data=data, bundle_id=str(header.get("bundle_id", "")),
        source_name=str(source.get("name", ""))[:200] or _tr("(a laptop with no name)"),
        source_site=str(source.get("site_id", "")), fingerprint=header["fingerprint"],
        organisation_name=str(theirs.get("name", ""))[:200], created_at=str(header.get("created_at", "")),
        encrypted=bool(header.get("encrypted")))
    if checked.source_site == store.site_id:
        checked.verdict, checked.data = Verdict.OWN, None
        checked.message = _tr("This bundle was made on this laptop; there is nothing to import from it.")
        return checked
    if checked.bundle_id and sync_rows.bundle_seen_before(store, checked.bundle_id):
        checked.verdict, checked.data = Verdict.ALREADY, None
        checked.message = _tr("Already imported from {name}: nothing changed.").format(name=checked.source_name)
        return checked
    peer = sync_rows.get_peer(store, checked.source_site)
    checked.new_laptop = not (peer and peer["trusted"])
    ours = organisation.get_organisation(store)
    checked.joining = ours is None
    other = ours is not None and theirs.get("id") != ours.id
    if other:
        checked.message = service.OtherOrganisation(checked.organisation_name or "?", ours.name).message
    if checked.encrypted:
        if not passphrase:
            checked.verdict = Verdict.PASSPHRASE
            checked.message = _tr("This bundle is protected by a passphrase. Type the passphrase it was made "
                                  "with, then press \"Open with this passphrase\".")
            return checked
        try:
            bundle_format.unpack(data, passphrase)
        except UserError as problem:
            checked.verdict, checked.message = Verdict.PASSPHRASE, problem.message
            return checked
        checked.passphrase = passphrase
    try:
        checked.preview = service.import_bundle(
            store, data, passphrase=checked.passphrase, trust=checked.fingerprint, dry_run=True, join=other,
            file_name=path.name, should_stop=should_stop, progress=progress)
    except service.Cancelled:
        raise
    except UserError as problem:
        checked.verdict, checked.message, checked.data = Verdict.REFUSED, problem.message, None
        return checked
    if checked.preview.already_imported:
        checked.verdict, checked.data = Verdict.ALREADY, None
        checked.message = checked.preview.summary()
        return checked
    if other:
        checked.verdict = Verdict.OTHER_ORGANISATION
    return checked


def apply_bundle(store: Store, checked: Checked, *, accept: bool, join: bool,
                 should_stop: StopAsked | None = None, progress: Progress | None = None) -> service.ImportReport:
    """Import a checked bundle for real.  ``accept``: the user accepted its laptop's fingerprint;
    ``join``: the user chose to join the other organisation it belongs to."""
    if checked.data is None:
        raise UserError(_tr("This bundle cannot be imported: {why}").format(why=checked.message))
    report = service.import_bundle(
        store, checked.data, passphrase=checked.passphrase, trust=checked.fingerprint if accept else None,
        join=join, file_name=checked.path.name, should_stop=should_stop, progress=progress)
    if report.joined and not organisation.this_laptop(store).name:
        organisation.rename_laptop(store, laptop_default_name())
    return report


def counts_text(merge: sync_rows.MergeReport) -> str:
    """"1,260 new, 3 updated, 1 conflict, 0 deletions, 0 erasures"."""
    def count(number: int, one: str, other: str) -> str:
        return count_text(number, one, other, count=format_number(number))

    return ", ".join((
        count(merge.new, _tr("1 new"), _tr("{count} new")),
        count(merge.updated, _tr("1 updated"), _tr("{count} updated")),
        count(merge.conflicts, _tr("{count} conflict"), _tr("{count} conflicts")),
        count(merge.deletions, _tr("{count} deletion"), _tr("{count} deletions")),
        count(merge.erasures, _tr("{count} erasure"), _tr("{count} erasures")),
    ))


def import_summary(report: service.ImportReport) -> str:
    if report.already_imported:
        return report.summary()
    text = _tr("Imported from {laptop}: {counts}.").format(laptop=report.source_name, counts=counts_text(report.merge))
    if report.gaps:
        text += " " + _tr("Some earlier changes seem to be missing; ask {laptop} for a full export (\"Any laptop: "
                          "everything\").").format(laptop=report.source_name)
    return text


def use_lost_value(store: Store, conflict_id: int) -> None:
    service.use_lost_value(store, conflict_id)
