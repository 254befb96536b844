"""Where the database and the log go: --db, then $ENGAGEDESK_DB, then the user data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from engagedesk import logs, paths


def test_the_default_database_is_in_the_user_data_folder(user_folders):
    assert paths.database_path() == user_folders / "data" / "EngageDesk" / "engagedesk.db"
    assert paths.data_dir() == user_folders / "data" / "EngageDesk"
    assert not paths.data_dir().exists(), "resolving a path makes no folder"


def test_the_environment_overrides_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "from-env.db"))
    assert paths.database_path() == tmp_path / "from-env.db"


def test_an_explicit_path_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "from-env.db"))
    assert paths.database_path(tmp_path / "given.db") == tmp_path / "given.db"


def test_paths_are_made_absolute_and_expand_home(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert paths.database_path("relative.db") == tmp_path / "relative.db"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.database_path("~/org.db") == tmp_path / "org.db"
    monkeypatch.setenv(paths.DB_ENV, "~/env.db")
    assert paths.database_path() == tmp_path / "env.db"


def test_an_empty_environment_variable_is_ignored(monkeypatch, user_folders):
    monkeypatch.setenv(paths.DB_ENV, "")
    assert paths.database_path() == paths.data_dir() / "engagedesk.db"


def test_the_log_goes_to_the_user_log_folder(user_folders):
    logger = logging.getLogger("engagedesk")
    handlers_before = list(logger.handlers)
    try:
        target = logs.set_up(to_file=True)
        assert target is not None
        assert Path(target).parent == paths.log_dir()
        assert str(paths.log_dir()).startswith(str(user_folders))
        logger.info("store opened: %d people", 12)
        for handler in logger.handlers:
            handler.flush()
        assert "store opened: 12 people" in Path(target).read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers[:]:
            if handler not in handlers_before:
                logger.removeHandler(handler)
                handler.close()


def test_no_log_file_for_commands(user_folders):
    assert logs.set_up(to_file=False) is None
    assert not paths.log_dir().exists()
