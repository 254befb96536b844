"""Verified copies of the database file, made before migrations and bundle imports."""

from __future__ import annotations

import os
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
    # Made under a name the rotation ignores, renamed only once verified: a copy cut short (power
    # cut, kill) never passes for a backup.
    partial = folder / f".{target.name}.partial"
    partial.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(partial),))
    check = sqlite3.connect(partial)
    try:
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise RuntimeError("the backup copy did not verify")
    os.replace(partial, target)
    copies = sorted(folder.glob(f"{db_path.stem}-*.db"))
    for old in copies[:-keep] if keep else copies:
        old.unlink(missing_ok=True)
    return target


# What identifies a person, blanked in backup copies when they are erased (columns that exist in
# the copy's schema version are blanked; the others are left alone).
_PERSONAL = ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone", "phone_digits",
             "language", "notes", "do_not_contact_reason", "sort_key")


def scrub_erased(db_path: Path, person_ids: list[str]) -> int:
    """Erase people from every backup copy of the database too, so no copy keeps their data.

    Returns how many copies were rewritten.  A copy that cannot be opened is deleted: a backup
    must never be the one place an erased person survives.
    """
    folder = backup_folder(db_path)
    if not person_ids or not folder.is_dir():
        return 0
    done = 0
    for copy in sorted(folder.glob(f"{db_path.stem}-*.db")):
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                columns = {row[1] for row in conn.execute("PRAGMA table_info(people)")}
                blank = [name for name in _PERSONAL if name in columns]
                extra = ", erased = 1" if "erased" in columns else ""
                conn.execute("BEGIN IMMEDIATE")
                for person_id in person_ids:
                    conn.execute(
                        f"UPDATE people SET {', '.join(f'{name} = {chr(39)}{chr(39)}' for name in blank)}, "
                        f"address_id = NULL, deleted = 1{extra} WHERE id = ?", (person_id,))
                    if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'conflicts'").fetchone()[0]:
                        conn.execute("DELETE FROM conflicts WHERE row_id = ?", (person_id,))
                if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'people_fts'").fetchone()[0]:
                    conn.execute("INSERT INTO people_fts(people_fts) VALUES ('optimize')")
                conn.execute("COMMIT")
                conn.execute("VACUUM")
            finally:
                conn.close()
            done += 1
        except sqlite3.Error:
            copy.unlink(missing_ok=True)
    return done
