"""Where things live.  Resolved in ``main()``, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "EngageDesk"
DB_ENV = "ENGAGEDESK_DB"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``$ENGAGEDESK_DB``, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return data_dir() / "engagedesk.db"
