"""The file choosers of the Sync screen, behind one seam that tests replace.

Each returns what the user chose, or nothing when they cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncDialogs", text)


def _filter() -> str:
    return _tr("EngageDesk bundles (*.edsync);;All files (*)")


def open_bundles(parent: QWidget | None, start: Path | None = None) -> list[Path]:
    """Bundle files to import (several may be chosen)."""
    names, _chosen = QFileDialog.getOpenFileNames(parent, _tr("Choose bundles to import"),
                                                  str(start or Path.home()), _filter())
    return [Path(name) for name in names]


def save_bundle(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write a bundle; the .edsync extension is added when it was left off."""
    name, _chosen = QFileDialog.getSaveFileName(parent, _tr("Save the bundle as"), str(suggested), _filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".edsync")


def choose_folder(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """The sync folder: a USB stick or a shared folder."""
    name = QFileDialog.getExistingDirectory(parent, _tr("Choose the sync folder (USB stick or shared folder)"),
                                            str(start or Path.home()))
    return Path(name) if name else None
