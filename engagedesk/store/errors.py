"""Problems with the database file, each with a message that names the file and what to do."""

from __future__ import annotations

from pathlib import Path

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate


def _tr(text: str) -> str:
    return translate("Store", text)


class DatabaseProblem(UserError):
    """The database file cannot be used as it is.  Nothing in it has been changed."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADatabase(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, _tr(
            "{file} is not an EngageDesk database. Choose another file, or give a new file name "
            "to start a new database. The file has not been changed."
        ).format(file=path))


class DatabaseDamaged(DatabaseProblem):
    def __init__(self, path: Path, backups: Path) -> None:
        super().__init__(path, _tr(
            "{file} is damaged and cannot be opened. It has not been changed. Open the latest copy "
            "in {backups}, or start a new database and import a sync bundle from another laptop."
        ).format(file=path, backups=backups))


class DatabaseReadOnly(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, _tr(
            "EngageDesk cannot write to {file} or its folder. Copy the file to a folder you can "
            "write to (your Documents, for example) and open the copy."
        ).format(file=path))


class DatabaseInUse(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, _tr(
            "{file} is already open in another EngageDesk window or program. Switch to that "
            "window, or close it and try again."
        ).format(file=path))


class DatabaseTooNew(DatabaseProblem):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(path, _tr(
            "{file} was made by a newer version of EngageDesk (database version {found}; this "
            "version understands up to {known}). Install the newer version to open it. The file "
            "has not been changed."
        ).format(file=path, found=found, known=known))
        self.found = found
        self.known = known


class MissingDatabase(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, _tr(
            "There is no database at {file}. Check the name, or run 'engagedesk demo --db {file}' "
            "to make one."
        ).format(file=path))
