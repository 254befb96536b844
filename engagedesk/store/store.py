"""The SQLite file: opening it safely, migrating it, and writing syncable rows.

One :class:`Store` owns one connection and is used from one thread (in the app, the store
thread of :mod:`engagedesk.store.worker`).  The connection runs in autocommit mode and every
write goes through :meth:`Store.transaction` (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a group of
changes lands whole or not at all.  sqlite-utils wraps the same connection for queries and
introspection; its write helpers commit on their own and are not used inside a transaction.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any


from engagedesk.domain.models import new_id
from engagedesk.store import backup, schema
from engagedesk.store.errors import (
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseReadOnly,
    DatabaseTooNew,
    MissingDatabase,
    NotADatabase,
)
from engagedesk.store.hlc import ZERO, HybridClock
from engagedesk.store.lock import AlreadyLocked, FileLock

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SYNC_FIELDS = frozenset({"id", "created_at", "updated_at", "hlc", "site_id", "deleted", "origin_hlc", "origin_site"})


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _check_file(path: Path, create: bool) -> None:
    if path.exists():
        if not path.is_file():
            raise NotADatabase(path)
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except PermissionError:
            raise DatabaseReadOnly(path) from None
        if header and header != SQLITE_HEADER:
            raise NotADatabase(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(path)
    elif not create:
        raise MissingDatabase(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise DatabaseReadOnly(path) from None
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(path)


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path | None, lock: FileLock | None) -> None:
        self.conn = conn
        self.path = path
        self._lock = lock
        self._db: Any = None
        self._depth = 0
        self._columns: dict[str, frozenset[str]] = {}
        self.site_id = self._local_setting("site_id") or ""
        self.clock = HybridClock(self._local_setting("last_hlc") or ZERO)
        self._saved_clock = self.clock.last

    # ----------------------------------------------------------------- opening and closing

    @classmethod
    def open(cls, path: str | Path | None, *, create: bool = True, lock: bool = True) -> Store:
        """Open (or create) the database at ``path``; ``None`` makes a throwaway one in memory.

        Raises a :class:`~engagedesk.store.errors.DatabaseProblem` that says what to do when the
        file is not a database, is damaged, read-only, newer than this program, or in use.
        """
        if path is None:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            conn.row_factory = sqlite3.Row
            _identify(conn, None)
            _configure(conn)
            _migrate(conn, None)
            store = cls(conn, None, None)
            store._ensure_site()
            return store

        path = Path(path).expanduser().absolute()
        _check_file(path, create)
        # Beside the real file, so that a second copy reaching it through a link still sees it.
        file_lock = FileLock(f"{path.resolve()}.lock") if lock else None
        if file_lock is not None:
            try:
                file_lock.acquire()
            except AlreadyLocked:
                raise DatabaseInUse(path) from None
            except OSError:
                raise DatabaseReadOnly(path) from None
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.row_factory = sqlite3.Row
            try:
                # Only reads until the file is known to be ours: a file of another program, or of
                # a newer EngageDesk, is left exactly as it was (not even switched to WAL).
                _identify(conn, path)
                _configure(conn)
                _migrate(conn, path)
                store = cls(conn, path, file_lock)
                store._ensure_site()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    raise DatabaseInUse(path) from None
                if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
                    raise DatabaseReadOnly(path) from None
                raise DatabaseDamaged(path, backup.backup_folder(path)) from None
            return store
        except BaseException:
            if conn is not None:
                conn.close()
            if file_lock is not None:
                file_lock.release()
            raise

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> Any:
        """The connection wrapped by sqlite-utils, made on first use (its import costs start-up time)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ----------------------------------------------------------------- transactions

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside land together or not at all.  Nested uses join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            if self.clock.last != self._saved_clock:
                self._set_local_setting("last_hlc", self.clock.last)
            self.conn.execute("COMMIT")
            self._saved_clock = self.clock.last
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    # ----------------------------------------------------------------- local settings

    def _local_setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM local_settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_local_setting(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO local_settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def local_setting(self, key: str, default: str | None = None) -> str | None:
        """A setting of this laptop only (never synced)."""
        value = self._local_setting(key)
        return default if value is None else value

    def set_local_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self._set_local_setting(key, value)

    def _ensure_site(self) -> None:
        if not self.site_id:
            with self.transaction():
                self.site_id = new_id()
                self._set_local_setting("site_id", self.site_id)

    # ----------------------------------------------------------------- reading

    def columns(self, table: str) -> frozenset[str]:
        if table not in self._columns:
            if table not in schema.SYNCABLE_TABLES and table not in schema.DIALOGUE_TABLES:
                raise KeyError(f"unknown table {table!r}")
            self._columns[table] = frozenset(row["name"] for row in self.conn.execute(f"PRAGMA table_info({table})"))
        return self._columns[table]

    def query(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def get(self, table: str, row_id: str, *, include_deleted: bool = False) -> sqlite3.Row | None:
        self.columns(table)
        sql = f"SELECT * FROM {table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        return self.query_one(sql, (row_id,))

    def count(self, table: str) -> int:
        self.columns(table)
        return self.scalar(f"SELECT count(*) FROM {table} WHERE deleted = 0")

    # ----------------------------------------------------------------- writing syncable rows

    def _stamp(self, row: Mapping[str, Any], now: str) -> dict[str, Any]:
        hlc = self.clock.now()
        return {**row, "created_at": now, "updated_at": now, "hlc": hlc, "site_id": self.site_id,
                "deleted": 0, "origin_hlc": hlc, "origin_site": self.site_id}

    def _check_columns(self, table: str, names: Iterable[str]) -> None:
        unknown = set(names) - self.columns(table)
        if unknown:
            raise KeyError(f"{table} has no column(s) {sorted(unknown)}")

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        self.insert_many(table, (row,))

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert new rows (each with its ``id``), stamped with this laptop's clock.

        A new row's fields all carry its origin clock, so nothing is written to ``field_clocks``.
        """
        now = utc_now()
        count = 0
        with self.transaction():
            batch: list[dict[str, Any]] = []
            names: tuple[str, ...] | None = None
            sql = ""
            for row in rows:
                stamped = self._stamp(row, now)
                if names is None:
                    names = tuple(stamped)
                    self._check_columns(table, names)
                    sql = (f"INSERT INTO {table} ({', '.join(names)}) "
                           f"VALUES ({', '.join('?' for _ in names)})")
                batch.append(stamped)
                if len(batch) >= 5000:
                    count += self._flush(sql, names, batch)
            if names is not None:
                count += self._flush(sql, names, batch)
        return count

    def _flush(self, sql: str, names: tuple[str, ...], batch: list[dict[str, Any]]) -> int:
        self.conn.executemany(sql, ([row[name] for name in names] for row in batch))
        done = len(batch)
        batch.clear()
        return done

    def _change(self, table: str, row_id: str, changes: Mapping[str, Any], *, live_only: bool) -> bool:
        """Write some fields of a row with a new clock, and record each field's clock (with the
        clock of the value it replaces) so that sync can merge field by field."""
        changes = {k: v for k, v in changes.items() if k not in SYNC_FIELDS or k == "deleted"}
        self._check_columns(table, changes)
        hlc = self.clock.now()
        stamped = {**changes, "updated_at": utc_now(), "hlc": hlc, "site_id": self.site_id}
        assignments = ", ".join(f"{name} = :{name}" for name in stamped)
        condition = "id = :_id AND deleted = 0" if live_only else "id = :_id"
        with self.transaction():
            for field in changes:
                self.conn.execute(_RECORD_CLOCK.format(table=table),
                                  (table, field, hlc, self.site_id, table, field, row_id)
                                  + ((0,) if live_only else (1,)))
            cursor = self.conn.execute(f"UPDATE {table} SET {assignments} WHERE {condition}",
                                       {**stamped, "_id": row_id})
        return cursor.rowcount == 1

    def update(self, table: str, row_id: str, changes: Mapping[str, Any]) -> bool:
        """Change some fields of a row; returns False when there is no such (live) row."""
        return self._change(table, row_id, {k: v for k, v in changes.items() if k != "deleted"}, live_only=True)

    def revive(self, table: str, row_id: str, row: Mapping[str, Any]) -> None:
        """Bring back a deleted row under the same id with new values (a check-in made again
        after an undo).  It travels by sync as a change of every field given."""
        self._change(table, row_id, {**row, "deleted": 0}, live_only=False)

    def delete(self, table: str, row_id: str) -> bool:
        """Mark a row deleted (a tombstone that travels by sync); the row stays for references."""
        return self._change(table, row_id, {"deleted": 1}, live_only=True)


# The clock a field had (its own, or its row's origin) becomes the "previous" of its new clock.
_RECORD_CLOCK = """
    INSERT INTO field_clocks(tbl, row_id, field, hlc, site_id, prev_hlc, prev_site)
    SELECT ?, r.id, ?, ?, ?, coalesce(fc.hlc, r.origin_hlc), coalesce(fc.site_id, r.origin_site)
    FROM {table} r LEFT JOIN field_clocks fc ON fc.tbl = ? AND fc.row_id = r.id AND fc.field = ?
    WHERE r.id = ? AND (r.deleted = 0 OR ?)
    ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, site_id = excluded.site_id,
        prev_hlc = excluded.prev_hlc, prev_site = excluded.prev_site"""


def _identify(conn: sqlite3.Connection, path: Path | None) -> None:
    """Refuse a file that is not an EngageDesk database, or is newer than this program.

    Reads only, so that a refused file is left byte for byte as it was.
    """
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    where = path or Path(":memory:")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id not in (0, schema.APPLICATION_ID):
        raise NotADatabase(where)
    if app_id == 0:
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version or has_tables:
            raise NotADatabase(where)
    if version > schema.LATEST_VERSION:
        raise DatabaseTooNew(where, version, schema.LATEST_VERSION)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode not in ("wal", "memory"):
        raise sqlite3.OperationalError(f"could not switch to WAL (got {mode})")
    # FULL: a check-in or a note is something the user cannot redo; it must survive a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # What is deleted or overwritten is zeroed in the file, so an erased person leaves no trace.
    conn.execute("PRAGMA secure_delete = ON")
    # Random UUID keys touch pages all over their indexes; the 2 MB default cache thrashes
    # on bulk writes (demo of 100k people: 17.8 s at 2 MB).  Pages are only taken as needed.
    conn.execute("PRAGMA cache_size = -65536")


def _migrate(conn: sqlite3.Connection, path: Path | None) -> None:
    """Bring a database that :func:`_identify` accepted up to the latest schema."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == schema.LATEST_VERSION:
        return
    if version > 0 and path is not None:
        backup.make_backup(conn, path, f"before-v{schema.LATEST_VERSION}")
    for number in range(version + 1, schema.LATEST_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            schema.MIGRATIONS[number - 1](conn)
            if number == 1:
                conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def laptop_default_name() -> str:
    return socket.gethostname() or "laptop"
