"""Verified copies of the database file, made before migrations and bundle imports."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

KEEP_BACKUPS = 5


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the open database with ``VACUUM INTO``, check the copy, keep the last ``keep``."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    conn.execute("VACUUM INTO ?", (str(target),))
    check = sqlite3.connect(target)
    try:
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise RuntimeError("the backup copy did not verify")
    copies = sorted(folder.glob(f"{db_path.stem}-*.db"))
    for old in copies[:-keep] if keep else copies:
        old.unlink(missing_ok=True)
    return target
