"""pytest-qt with one qasync loop for the whole session (see HEADLESS-QT.md)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "ENGAGEDESK_CONFIG_DIR" not in os.environ:  # no test may write this laptop's real preferences
    import tempfile

    os.environ["ENGAGEDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="engagedesk-test-config-")

import qasync  # noqa: E402

from engagedesk.domain import i18n  # noqa: E402
from engagedesk.store.worker import StoreWorker  # noqa: E402
from engagedesk.ui import dialogs, tasks  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # Never stop the loop or quit the app here: Qt would remember the quit (HEADLESS-QT.md).
    asyncio.set_event_loop(None)
    i18n.set_translator(None)


@pytest.fixture
def worker(loop, tmp_path) -> Iterator[StoreWorker]:
    store_worker = StoreWorker()
    store_worker.open(tmp_path / "test.db").result()
    yield store_worker
    store_worker.close()


@pytest.fixture
def shown_errors(monkeypatch) -> list[tuple[str, str]]:
    """Every message the app would show in a dialog, instead of showing it."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def wait_tasks(qtbot):
    def waiting(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=timeout)
    return waiting



@pytest.fixture(autouse=True)
def no_window_left_open(qapp):
    """Each test starts with no window of an earlier one on screen: a leftover window can keep
    the activation (and so the keyboard shortcuts) from the next test's window."""
    yield
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            widget.close()
