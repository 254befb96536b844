"""The exit-feedback window at the kiosk: big buttons, anonymous answers, a thank-you, finished."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from engagedesk.store import notes as notes_table
from engagedesk.ui.feedback import FeedbackWindow
from tests.gui.keys import type_text
from tests.gui.test_notes import make_series


@pytest.fixture
def window(qtbot, worker, wait_tasks):
    series = worker.submit(make_series).result()
    feedback = FeedbackWindow(worker, series.second.id)
    qtbot.addWidget(feedback)
    feedback.thanks_ms = 50
    feedback.resize(1280, 800)
    feedback.show()
    wait_tasks()
    return feedback, series


def sheets(worker, meeting_id):
    return worker.submit(notes_table.meeting_feedback, meeting_id).result()


def test_answers_are_sent_anonymously_then_thanked_and_finished(qtbot, worker, window, wait_tasks):
    feedback, series = window
    assert feedback.meeting_label.text() == "Parks committee #2"
    qtbot.mouseClick(feedback.heard_buttons[3], Qt.MouseButton.LeftButton)
    type_text(qtbot, feedback.next_steps, "Más bancos en el parque")
    qtbot.mouseClick(feedback.again_buttons["maybe"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(feedback.finished, timeout=5000):
        qtbot.mouseClick(feedback.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: feedback.pages.currentWidget() is feedback.thanks, timeout=5000)
    wait_tasks()
    [sheet] = sheets(worker, series.second.id)
    assert sheet.person_id is None
    assert sheet.answers == {"heard": 4, "next": "Más bancos en el parque", "again": "maybe"}
    assert not feedback.isVisible()


def test_a_person_may_add_their_own_name(qtbot, worker, window, wait_tasks):
    feedback, series = window
    qtbot.mouseClick(feedback.heard_buttons[4], Qt.MouseButton.LeftButton)
    type_text(qtbot, feedback.name, "dolo")
    qtbot.waitUntil(lambda: feedback.names.count() == 1, timeout=5000)
    assert feedback.names.item(0).text() == "Dolores N."   # first name and initial only
    qtbot.mouseClick(feedback.names.viewport(), Qt.MouseButton.LeftButton,
                     pos=feedback.names.visualItemRect(feedback.names.item(0)).center())
    with qtbot.waitSignal(feedback.submitted, timeout=5000):
        qtbot.keyClick(feedback.next_steps, Qt.Key.Key_Return)
    wait_tasks()
    assert sheets(worker, series.second.id)[0].person_id == series.who["Dolores"].id


def test_nothing_answered_is_not_sent_and_skip_finishes(qtbot, worker, window, wait_tasks):
    feedback, series = window
    qtbot.mouseClick(feedback.send_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert "at least one question" in feedback.problem.text()
    assert sheets(worker, series.second.id) == []
    with qtbot.waitSignal(feedback.finished, timeout=1000):
        qtbot.mouseClick(feedback.skip_button, Qt.MouseButton.LeftButton)
    assert sheets(worker, series.second.id) == []


def test_a_name_typed_but_not_picked_is_asked_about(qtbot, worker, window, wait_tasks):
    feedback, series = window
    qtbot.mouseClick(feedback.heard_buttons[0], Qt.MouseButton.LeftButton)
    type_text(qtbot, feedback.name, "Somebody Else")
    wait_tasks()
    qtbot.mouseClick(feedback.send_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert "tap your name" in feedback.problem.text()
    assert sheets(worker, series.second.id) == []
