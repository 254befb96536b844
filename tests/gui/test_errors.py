from __future__ import annotations

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
