"""Where things live.  Resolved in ``main()``, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "EngageDesk"
DB_ENV = "ENGAGEDESK_DB"
CONFIG_ENV = "ENGAGEDESK_CONFIG_DIR"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """This laptop's own preferences (language, text size, theme): ``$ENGAGEDESK_CONFIG_DIR``
    wins, then the platform's user config folder.  Read before any database is opened."""
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def preferences_file() -> Path:
    return config_dir() / "preferences.json"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``$ENGAGEDESK_DB``, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return data_dir() / "engagedesk.db"
