"""Checking a database file without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from engagedesk.domain.i18n import count_text, translate
from engagedesk.store import schema
from engagedesk.store.errors import MissingDatabase, NotADatabase
from engagedesk.store.store import SQLITE_HEADER


@dataclass
class HealthReport:
    path: Path
    schema_version: int = 0
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _tr(text: str) -> str:
    return translate("Check", text)


def check_database(path: str | Path) -> HealthReport:
    """integrity_check, foreign_key_check and schema version, opened read-only."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise MissingDatabase(path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabase(path)
    report = HealthReport(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            report.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:
            report.problems.append(_tr("The file is damaged: its first page cannot be read."))
            return report
        if app_id != schema.APPLICATION_ID:
            raise NotADatabase(path)
        if report.schema_version > schema.LATEST_VERSION:
            report.problems.append(_tr(
                "Database version {found} is newer than this program understands ({known}); "
                "check it with the newer version.").format(found=report.schema_version, known=schema.LATEST_VERSION))
        elif report.schema_version < schema.LATEST_VERSION:
            report.facts.append(_tr("Database version {found}; it will be upgraded to {known} when opened.")
                                .format(found=report.schema_version, known=schema.LATEST_VERSION))
        else:
            report.facts.append(_tr("Database version {found} (current).").format(found=report.schema_version))
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            integrity = [str(exc)]
        if integrity == ["ok"]:
            report.facts.append(_tr("Integrity check: ok."))
        else:
            report.problems.extend(_tr("Integrity: {detail}").format(detail=line) for line in integrity)
        try:
            orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            orphans = []
            report.problems.append(_tr("Foreign key check failed: {detail}").format(detail=exc))
        if orphans:
            tables = sorted({row[0] for row in orphans})
            report.problems.append(count_text(
                len(orphans), _tr("1 row points to a row that does not exist (in {tables})."),
                _tr("{n} rows point to rows that do not exist (in {tables})."), tables=", ".join(tables)))
        elif not report.problems:
            report.facts.append(_tr("Foreign key check: ok."))
    finally:
        conn.close()
    return report
