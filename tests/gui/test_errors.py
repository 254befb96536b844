from __future__ import annotations

import asyncio

from engagedesk.domain.errors import UserError
from engagedesk.ui import tasks


async def _fails_with(error: BaseException) -> None:
    raise error


def test_a_user_error_shows_its_own_message(qtbot, loop, shown_errors):
    tasks.run_task(None, _fails_with(UserError("Please choose a meeting first.")))
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=2000)
    assert shown_errors == [("Please check", "Please choose a meeting first.")]


def test_a_bug_is_logged_and_shown_as_data_safe(qtbot, loop, shown_errors, caplog):
    tasks.run_task(None, _fails_with(ZeroDivisionError("boom")))
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=2000)
    title, message = shown_errors[0]
    assert title == "Something went wrong"
    assert "Your data is safe" in message
    assert "boom" not in message
    assert any(record.exc_info and record.exc_info[0] is ZeroDivisionError for record in caplog.records)


def test_work_of_a_closed_screen_ends_quietly(qtbot, loop, shown_errors):
    from PySide6.QtWidgets import QWidget

    import shiboken6

    screen = QWidget()

    async def fails_after_the_screen_is_gone() -> None:
        while shiboken6.isValid(screen):
            await asyncio.sleep(0.01)
        raise RuntimeError("Internal C++ object (QLabel) already deleted.")

    tasks.run_task(screen, fails_after_the_screen_is_gone())
    screen.deleteLater()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=2000)
    qtbot.wait(20)
    assert shown_errors == []


def test_work_refused_because_the_program_is_quitting_ends_quietly(qtbot, loop, shown_errors):
    tasks.run_task(None, _fails_with(RuntimeError("cannot schedule new futures after shutdown")))
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=2000)
    qtbot.wait(20)
    assert shown_errors == []
