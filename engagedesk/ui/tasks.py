"""Running store operations from the window without freezing it.

``run_task(widget, coroutine)`` schedules the coroutine on the qasync loop, keeps it alive, and
sends any exception to :func:`report_error`: a :class:`UserError` shows its own message; anything
else is a bug, logged with its trace and shown as "something went wrong, your data is safe".
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from engagedesk.domain.errors import UserError
from engagedesk.ui import dialogs

log = logging.getLogger("engagedesk.ui")
_running: set[asyncio.Task[Any]] = set()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def report_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, UserError):
        dialogs.show_error(parent, _tr("Please check"), error.message)
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    dialogs.show_error(parent, _tr("Something went wrong"), _tr(
        "Something went wrong inside EngageDesk. Your data is safe: everything saved before "
        "this moment is still there. If it happens again, please send the log file to your "
        "coordinator."))


def run_task(parent: QWidget | None, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    import asyncio  # imported when the first task runs, after the window is painted

    task = asyncio.ensure_future(coroutine)
    _running.add(task)

    def finished(done: asyncio.Task[Any]) -> None:
        _running.discard(done)
        if done.cancelled():
            return
        error = done.exception()
        if error is None:
            return
        if _gone(parent) or _store_closed(error):
            # The screen was closed, or the program is quitting, while this work was under way:
            # there is nobody to tell, and what was committed is committed.
            log.debug("work of a closed screen ended with %s", type(error).__name__)
            return
        report_error(parent, error)

    task.add_done_callback(finished)
    return task


def _gone(widget: QWidget | None) -> bool:
    return widget is not None and not shiboken6.isValid(widget)


def _store_closed(error: BaseException) -> bool:
    return isinstance(error, RuntimeError) and "after shutdown" in str(error)


def pending() -> int:
    """How many tasks are still running (tests wait for this to reach 0)."""
    return len(_running)
