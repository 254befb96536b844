"""The sync folder: a USB stick or shared folder this laptop exchanges bundles through.

Its path is a setting of this laptop only (it is not synced: another laptop mounts the stick
elsewhere).  These are small services the Sync screen runs on the store thread.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.store.store import Store

SYNC_FOLDER_KEY = "sync_folder"
BUNDLE_SUFFIX = ".edsync"


def sync_folder(store: Store) -> Path | None:
    """The folder remembered on this laptop, or None when none was chosen yet."""
    value = store.local_setting(SYNC_FOLDER_KEY)
    return Path(value) if value else None


def set_sync_folder(store: Store, folder: Path | str | None) -> Path | None:
    """Remember (or, with None, forget) the sync folder of this laptop."""
    text = str(Path(folder).expanduser()) if folder else ""
    store.set_local_setting(SYNC_FOLDER_KEY, text)
    return Path(text) if text else None


def bundle_file_name(laptop_name: str, when: datetime | None = None) -> str:
    """A file name that says where and when a bundle was made: ``Front-desk-2026-05-03-1422.edsync``.

    Only letters, digits, dots, dashes and underscores, so it is safe on any stick (FAT included).
    """
    when = when or datetime.now()
    stem = re.sub(r"[^\w.-]+", "-", laptop_name.strip(), flags=re.ASCII).strip("-.") or "laptop"
    return f"{stem[:60]}-{when:%Y-%m-%d-%H%M%S}{BUNDLE_SUFFIX}"


def bundles_in(folder: Path) -> list[Path]:
    """The bundle files in a folder (not in its subfolders), oldest first.

    Half-written files (``.edsync-*.part``, left by an export cut short) are not bundles.
    """
    try:
        found = [path for path in Path(folder).iterdir()
                 if path.suffix.lower() == BUNDLE_SUFFIX and path.is_file() and not path.name.startswith(".")]
    except OSError as error:
        raise UserError(translate("SyncFolder", "The sync folder {folder} cannot be read ({reason}). Is the USB "
                                  "stick plugged in, or the shared folder reachable?")
                        .format(folder=folder, reason=error.strerror or error)) from None
    return sorted(found, key=lambda path: (_modified(path), path.name))


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
