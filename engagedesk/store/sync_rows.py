"""Sync in the store: what a bundle carries out, and merging what one brings in.

A change travels as one entry per row: its table and id, the row's origin clock (where and when
it was made), the values of the fields being sent, and the clocks of fields changed since the
origin.  A clock is ``(hlc, site)``; the greater one wins, field by field (last writer wins, ties
broken by laptop id).  A field change also says which clock it replaced (``prev``): when a
losing value was not simply older news, it is kept in ``conflicts`` for the user to review.

An erased person is a row that absorbs every later change: whatever order bundles arrive in,
every laptop ends with the same blank row.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from engagedesk.store import people as people_table
from engagedesk.store.hlc import decode
from engagedesk.store.schema import syncable_tables
from engagedesk.store.store import Store, utc_now

Clock = tuple[str, str]  # (hlc, site id)
NO_CLOCK: Clock = ("", "")

# Kept by each laptop for itself, or worked out again from the synced fields.
BOOKKEEPING = frozenset({"id", "updated_at", "hlc", "site_id", "origin_hlc", "origin_site"})
DERIVED = {"people": frozenset({"sort_key", "phone_digits"})}
# What erasing a person keeps: the row (so links stay valid), blank.
ERASE_KEEPS = frozenset({"created_at", "deleted", "erased"})

CHUNK = 500


@dataclass
class RowChange:
    table: str
    row_id: str
    origin: Clock
    values: dict[str, Any]
    clocks: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # field -> hlc, site, prev_hlc, prev_site

    def clock(self, name: str) -> Clock:
        explicit = self.clocks.get(name)
        return (explicit[0], explicit[1]) if explicit else self.origin

    def prev(self, name: str) -> Clock:
        explicit = self.clocks.get(name)
        return (explicit[2], explicit[3]) if explicit else NO_CLOCK


@dataclass
class MergeReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    deletions: int = 0
    erasures: int = 0
    erased_ids: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.new + self.updated


def sync_tables(store: Store) -> list[str]:
    return syncable_tables()


def sync_fields(store: Store, table: str) -> list[str]:
    """The fields of a table that travel, in a fixed order."""
    return sorted(store.columns(table) - BOOKKEEPING - DERIVED.get(table, frozenset()))


def hlc_time(hlc: str) -> str:
    """The wall-clock time of a clock, as stored in ``updated_at``."""
    return _millis_time(decode(hlc)[0])


@functools.lru_cache(maxsize=4096)  # rows made together share their millisecond
def _millis_time(millis: int) -> str:
    return datetime.fromtimestamp(millis / 1000, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# ---------------------------------------------------------------------------- what has been seen

def seen_vector(store: Store) -> dict[str, str]:
    """For each laptop, the clock up to which this laptop has all of its changes."""
    vector = {row["site_id"]: row["hlc"] for row in store.query("SELECT site_id, hlc FROM seen_vector")}
    if store.clock.last > vector.get(store.site_id, ""):
        vector[store.site_id] = store.clock.last
    return vector


def advance_seen(store: Store, vector: dict[str, str]) -> None:
    for site, hlc in vector.items():
        store.conn.execute(
            "INSERT INTO seen_vector(site_id, hlc) VALUES (?, ?) "
            "ON CONFLICT(site_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)", (site, hlc))


# ---------------------------------------------------------------------------- collecting for export

def _load_base(store: Store, base: dict[str, str]) -> None:
    store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_base (site_id TEXT PRIMARY KEY, hlc TEXT NOT NULL)")
    store.conn.execute("DELETE FROM temp.sync_base")
    store.conn.executemany("INSERT INTO temp.sync_base VALUES (?, ?)", base.items())


def _unseen(site: str, hlc: str) -> str:
    return f"{hlc} > coalesce((SELECT b.hlc FROM temp.sync_base b WHERE b.site_id = {site}), '')"


def collect(store: Store, base: dict[str, str]) -> Iterator[RowChange]:
    """Every field whose clock the receiver (who has seen ``base``) has not seen.

    A row whose origin is unseen goes whole; otherwise only its unseen fields go.
    """
    _load_base(store, base)
    for table in sync_tables(store):
        fields = sync_fields(store, table)
        clocks: dict[str, dict[str, tuple[str, str, str, str]]] = {}
        unseen_fields: dict[str, set[str]] = {}
        for row in store.conn.execute(
                f"SELECT row_id, field, hlc, site_id, prev_hlc, prev_site, {_unseen('site_id', 'hlc')} AS unseen "
                "FROM field_clocks WHERE tbl = ?", (table,)):
            clocks.setdefault(row[0], {})[row[1]] = (row[2], row[3], row[4], row[5])
            if row[6]:
                unseen_fields.setdefault(row[0], set()).add(row[1])
        columns = ", ".join(["id", "origin_hlc", "origin_site", *fields])
        sql = f"SELECT {columns}, {_unseen('origin_site', 'origin_hlc')} AS origin_unseen FROM {table}"
        if base:
            sql += (f" WHERE {_unseen('origin_site', 'origin_hlc')} OR id IN "
                    f"(SELECT row_id FROM field_clocks WHERE tbl = '{table}' AND {_unseen('site_id', 'hlc')})")
        for row in store.conn.execute(sql + " ORDER BY rowid"):
            row_id = row[0]
            row_clocks = clocks.get(row_id, {})
            if row[-1]:
                send = fields
            else:
                send = [name for name in fields if name in unseen_fields.get(row_id, ())]
                if not send:
                    continue
            values = dict(zip(fields, row[3:-1]))
            yield RowChange(table, row_id, (row[1], row[2]), {name: values[name] for name in send},
                            {name: row_clocks[name] for name in send if name in row_clocks})


# ---------------------------------------------------------------------------- merging an import

class Stopped(Exception):
    """The user cancelled; the caller's transaction rolls back."""


def merge(store: Store, changes: Iterable[RowChange], should_stop: Callable[[], bool] | None = None,
          progress: Callable[[int, int], None] | None = None) -> MergeReport:
    """Apply changes field by field.  The caller holds the transaction.

    ``should_stop`` is asked between chunks; when it says yes, :class:`Stopped` is raised.
    ``progress(done, total)`` is told how far the merge has come.
    """
    report = MergeReport()
    by_table: dict[str, list[RowChange]] = {}
    for change in changes:
        by_table.setdefault(change.table, []).append(change)
    total = sum(len(group) for group in by_table.values())
    done = 0
    now = utc_now()
    for table in sync_tables(store):
        pending = by_table.get(table)
        if not pending:
            continue
        fields = sync_fields(store, table)
        for start in range(0, len(pending), CHUNK):
            if should_stop is not None and should_stop():
                raise Stopped
            chunk = pending[start:start + CHUNK]
            existing = _existing(store, table, [c.row_id for c in chunk])
            fresh = [c for c in chunk if c.row_id not in existing]
            if fresh:
                _insert_new(store, table, fields, fresh, report)
            for change in chunk:
                if change.row_id in existing:
                    _merge_row(store, table, fields, change, existing[change.row_id], now, report)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if report.erased_ids:
        purge_erased_traces(store)
    return report


def _existing(store: Store, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    marks = ", ".join("?" for _ in ids)
    rows = store.query(f"SELECT * FROM {table} WHERE id IN ({marks})", ids)
    found = {row["id"]: dict(row) for row in rows}
    if found:
        marks = ", ".join("?" for _ in found)
        for clock in store.query(
                f"SELECT row_id, field, hlc, site_id, prev_hlc, prev_site FROM field_clocks "
                f"WHERE tbl = ? AND row_id IN ({marks})", [table, *found]):
            found[clock[0]].setdefault("__clocks__", {})[clock[1]] = tuple(clock[2:])
    return found


def _derive(table: str, row: dict[str, Any]) -> None:
    if table == "people":
        from engagedesk.domain.models import Person  # noqa: PLC0415 - the domain is the store's own layer
        from engagedesk.domain.validation import phone_digits

        person = Person(given_name=row.get("given_name") or "", family_name=row.get("family_name") or "",
                        preferred_name=row.get("preferred_name") or "")
        row["sort_key"] = people_table.sort_key(person)
        row["phone_digits"] = phone_digits(row.get("phone") or "")


def _erased_values(store: Store, table: str, fields: list[str]) -> dict[str, Any]:
    blank: dict[str, Any] = {}
    info = {row["name"]: row for row in store.query(f"PRAGMA table_info({table})")}
    for name in fields:
        if name in ERASE_KEEPS:
            continue
        column = info[name]
        if column["notnull"]:
            blank[name] = 0 if column["type"] == "INTEGER" else ("" if column["type"] == "TEXT" else 0.0)
        else:
            blank[name] = None
    return {**blank, "deleted": 1, "erased": 1}


def _insert_new(store: Store, table: str, fields: list[str], fresh: list[RowChange], report: MergeReport) -> None:
    rows = []
    clock_rows = []
    for change in fresh:
        row = dict(change.values)
        if table == "people" and row.get("erased"):
            row.update(_erased_values(store, table, fields))
            report.erasures += 1
            report.erased_ids.append(change.row_id)
            clocks = {name: change.clocks[name] for name in ("erased", "deleted") if name in change.clocks}
        else:
            clocks = change.clocks
        all_clocks = [change.origin] + [(c[0], c[1]) for c in clocks.values()]
        top = max(all_clocks)
        row.update(id=change.row_id, origin_hlc=change.origin[0], origin_site=change.origin[1],
                   hlc=top[0], site_id=top[1], updated_at=hlc_time(top[0]))
        row.setdefault("created_at", hlc_time(change.origin[0]))
        _derive(table, row)
        rows.append(row)
        clock_rows += [(table, change.row_id, name, *clock) for name, clock in clocks.items()]
        report.new += 1
        if row.get("deleted"):
            report.deletions += 1
    names = sorted({name for row in rows for name in row})
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"
    defaults = {name: None for name in names}
    if table == "people":
        with people_table.search_index_paused(store):
            store.conn.executemany(sql, ({**defaults, **row} for row in rows))
    else:
        store.conn.executemany(sql, ({**defaults, **row} for row in rows))
    store.conn.executemany("INSERT OR REPLACE INTO field_clocks VALUES (?, ?, ?, ?, ?, ?, ?)", clock_rows)


def _merge_row(store: Store, table: str, fields: list[str], change: RowChange, local: dict[str, Any],
               now: str, report: MergeReport) -> None:
    local_clocks: dict[str, tuple] = local.pop("__clocks__", {})
    local_origin: Clock = (local["origin_hlc"], local["origin_site"])

    def local_clock(name: str) -> Clock:
        explicit = local_clocks.get(name)
        return (explicit[0], explicit[1]) if explicit else local_origin

    def local_prev(name: str) -> Clock:
        explicit = local_clocks.get(name)
        return (explicit[2], explicit[3]) if explicit else NO_CLOCK

    if table == "people" and local.get("erased"):
        incoming = change.clock("erased") if change.values.get("erased") else NO_CLOCK
        if incoming > local_clock("erased"):  # a later erasure of the same person: same blank row
            _write_clocks(store, table, change.row_id, {"erased": (*incoming, "", ""), "deleted": (*incoming, "", "")})
            _finish_row(store, table, change.row_id, {}, max(incoming, (local["hlc"], local["site_id"])))
        report.unchanged += 1
        return
    if table == "people" and change.values.get("erased"):
        _erase_row(store, table, fields, change.row_id, change.clock("erased"))
        report.erasures += 1
        report.erased_ids.append(change.row_id)
        return

    new_origin = max(local_origin, change.origin)
    updates: dict[str, Any] = {}
    final: dict[str, tuple[str, str, str, str]] = {}
    for name, value in change.values.items():
        if name not in local:
            continue
        theirs, mine = change.clock(name), local_clock(name)
        if theirs == mine:
            continue
        differs = value != local[name]
        if theirs > mine:
            updates[name] = value
            final[name] = (*theirs, *change.prev(name))
            if differs and mine != change.prev(name):
                if _conflict(store, table, change.row_id, name, (value, theirs), (local[name], mine), now):
                    report.conflicts += 1
        elif differs and theirs != local_prev(name):
            if _conflict(store, table, change.row_id, name, (local[name], mine), (value, theirs), now):
                report.conflicts += 1
    if new_origin != local_origin:
        # The same row made on two laptops (ids derived from content, like an attendance): the
        # row takes the later origin, and fields still on the earlier one keep their clock.
        for name in fields:
            if name not in local_clocks and name not in final:
                final[name] = (*local_origin, "", "")
    if not updates and new_origin == local_origin:
        report.unchanged += 1
        return
    if updates.get("deleted") == 1 and not local["deleted"]:
        report.deletions += 1
    merged_clocks = {**{k: tuple(v) for k, v in local_clocks.items()}, **final}
    top = max([new_origin] + [(c[0], c[1]) for c in merged_clocks.values()])
    _write_clocks(store, table, change.row_id, final)
    if new_origin != local_origin:
        updates.update(origin_hlc=new_origin[0], origin_site=new_origin[1])
    _finish_row(store, table, change.row_id, {**local, **updates} if table in DERIVED else updates, top,
                only=set(updates) | DERIVED.get(table, set()))
    report.updated += 1


def _write_clocks(store: Store, table: str, row_id: str, clocks: dict[str, tuple]) -> None:
    store.conn.executemany("INSERT OR REPLACE INTO field_clocks VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [(table, row_id, name, *clock) for name, clock in clocks.items()])


def _finish_row(store: Store, table: str, row_id: str, values: dict[str, Any], top: Clock,
                only: set[str] | None = None) -> None:
    values = dict(values)
    _derive(table, values)
    if only is not None:
        values = {k: v for k, v in values.items() if k in only}
    values.update(hlc=top[0], site_id=top[1], updated_at=hlc_time(top[0]))
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    store.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :_id", {**values, "_id": row_id})


def _conflict(store: Store, table: str, row_id: str, name: str, kept: tuple[Any, Clock],
              lost: tuple[Any, Clock], now: str) -> bool:
    """Log a losing value, once: the same clash brought again (by a full bundle, a relay, a
    stale bundle) is not a new conflict.  Returns whether it was new."""
    if store.conn.execute(
            "SELECT 1 FROM conflicts WHERE tbl = ? AND row_id = ? AND field = ? AND kept_hlc = ? "
            "AND kept_site = ? AND lost_hlc = ? AND lost_site = ?",
            (table, row_id, name, *kept[1], *lost[1])).fetchone():
        return False
    store.conn.execute(
        "INSERT INTO conflicts(tbl, row_id, field, kept_value, kept_hlc, kept_site, lost_value, lost_hlc, "
        "lost_site, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (table, row_id, name, json.dumps(kept[0], ensure_ascii=False), *kept[1],
         json.dumps(lost[0], ensure_ascii=False), *lost[1], now))
    return True


# ---------------------------------------------------------------------------- erasure

def _erase_row(store: Store, table: str, fields: list[str], row_id: str, clock: Clock) -> None:
    values = _erased_values(store, table, fields)
    store.conn.execute("DELETE FROM field_clocks WHERE tbl = ? AND row_id = ?", (table, row_id))
    store.conn.execute("DELETE FROM conflicts WHERE tbl = ? AND row_id = ?", (table, row_id))
    _write_clocks(store, table, row_id, {"erased": (*clock, "", ""), "deleted": (*clock, "", "")})
    _finish_row(store, table, row_id, values, clock)


def erase_person(store: Store, person_id: str) -> bool:
    """Wipe a person's personal data here, as a change that travels and cannot be undone."""
    with store.transaction():
        row = store.query_one("SELECT erased FROM people WHERE id = ?", (person_id,))
        if row is None or row["erased"]:
            return False
        clock = (store.clock.now(), store.site_id)
        _erase_row(store, "people", sync_fields(store, "people"), person_id, clock)
        purge_erased_traces(store)
    return True


def purge_erased_traces(store: Store) -> None:
    """Rewrite the search index so no old token of an erased name stays in its pages."""
    store.conn.execute("INSERT INTO people_fts(people_fts) VALUES ('optimize')")


def erased_ids(store: Store) -> list[str]:
    return [row[0] for row in store.query("SELECT id FROM people WHERE erased = 1")]


# ---------------------------------------------------------------------------- canonical dump

def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The organisation's data as every laptop that has seen the same changes holds it."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in sync_tables(store):
        fields = sync_fields(store, table)
        rows = store.query(f"SELECT id, {', '.join(fields)} FROM {table} ORDER BY id")
        out[table] = [dict(row) for row in rows]
    return out


# ---------------------------------------------------------------------------- peers, history, conflicts

def get_peer(store: Store, site_id: str) -> dict[str, Any] | None:
    row = store.query_one("SELECT * FROM peers WHERE site_id = ?", (site_id,))
    return dict(row) if row else None


def save_peer(store: Store, site_id: str, name: str, public_key: str, fingerprint: str, trusted: bool,
              seen: dict[str, str] | None = None) -> None:
    now = utc_now()
    store.conn.execute(
        "INSERT INTO peers(site_id, name, public_key, fingerprint, trusted, seen, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(site_id) DO UPDATE SET name = excluded.name, "
        "public_key = excluded.public_key, fingerprint = excluded.fingerprint, "
        "trusted = max(trusted, excluded.trusted), last_seen = excluded.last_seen, "
        "seen = CASE WHEN excluded.seen = '{}' THEN seen ELSE excluded.seen END",
        (site_id, name, public_key, fingerprint, int(trusted), json.dumps(seen or {}), now, now))


def peers(store: Store) -> list[dict[str, Any]]:
    return [dict(row) for row in store.query("SELECT * FROM peers ORDER BY name, site_id")]


def bundle_seen_before(store: Store, bundle_id: str) -> bool:
    return store.scalar("SELECT count(*) FROM bundles WHERE id = ? AND direction = 'in'", (bundle_id,)) > 0


def record_bundle(store: Store, bundle_id: str, direction: str, peer_site: str, peer_name: str,
                  changes: int, file_name: str, summary: str) -> None:
    store.conn.execute(
        "INSERT OR REPLACE INTO bundles(id, direction, peer_site, peer_name, at, changes, file_name, summary) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (bundle_id, direction, peer_site, peer_name, utc_now(), changes, file_name, summary))


def bundle_history(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    return [dict(row) for row in store.query("SELECT * FROM bundles ORDER BY at DESC LIMIT ?", (limit,))]


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    return [dict(row) for row in store.query("SELECT * FROM conflicts WHERE resolved = 0 ORDER BY at DESC, id")]


def mark_conflict_resolved(store: Store, conflict_id: int) -> None:
    store.conn.execute("UPDATE conflicts SET resolved = 1 WHERE id = ?", (conflict_id,))


def get_conflict(store: Store, conflict_id: int) -> dict[str, Any] | None:
    row = store.query_one("SELECT * FROM conflicts WHERE id = ?", (conflict_id,))
    return dict(row) if row else None
