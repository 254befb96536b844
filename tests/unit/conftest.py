"""Fixtures for the unit tests: no Qt here, only the store, the services and files in tmp_path."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from engagedesk.services import demo
from engagedesk.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1_FIXTURE = FIXTURES / "engagedesk-v1.db"


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user's data and log folders somewhere private, so no test touches the real ones
    (a command that wrongly falls back to the default database shows up here, not in ~/.local)."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                             ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.delenv("ENGAGEDESK_DB", raising=False)
    return home


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh database in memory, at the latest schema."""
    opened = Store.open(None)
    yield opened
    opened.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes (not created yet)."""
    return tmp_path / "engagedesk.db"


@pytest.fixture
def file_store(db_path: Path) -> Iterator[Store]:
    """A fresh database in a file, closed (and so unlocked) after the test."""
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def digest() -> Callable[[Path], str]:
    """SHA-256 of a file's bytes, to show that a refused file was left exactly as it was."""
    def sha256(path: Path) -> str:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()

    return sha256


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    """A copy of the committed version-1 database (the fixture itself is never opened)."""
    target = tmp_path / "riverside.db"
    shutil.copyfile(V1_FIXTURE, target)
    return target


@pytest.fixture(scope="session")
def demo_settings() -> dict:
    return {"people": 300, "seed": 7, "today": date(2026, 11, 22)}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, demo_settings: dict) -> Path:
    """A small demo database made once per session; tests take copies with ``demo_copy``."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    with Store.open(path) as opened:
        demo.make_demo(opened, **demo_settings)
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def damage_page() -> Callable[..., None]:
    """Overwrite one page of an SQLite file (pages numbered from 1) from ``start`` with junk."""
    def damage(path: Path, page: int, *, start: int = 0) -> None:
        data = bytearray(path.read_bytes())
        page_size = int.from_bytes(data[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        begin = (page - 1) * page_size + start
        end = page * page_size
        assert end <= len(data), "the file has no such page"
        data[begin:end] = bytes((index * 37 + 11) % 256 for index in range(end - begin))
        path.write_bytes(bytes(data))

    return damage
