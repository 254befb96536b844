"""The canvassing screen to the door screen and back, by keyboard alone.

Every key goes to whatever has the focus, as on a real keyboard: no clicks, no setFocus, no
direct calls to act.  The stored knocks are then checked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from engagedesk.store import canvassing as table
from engagedesk.ui.canvassing import CanvassingScreen

from .keys import show_active
from .test_canvassing import setting_up


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_until(qtbot, wanted, limit: int = 40) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is wanted:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted!r}; focus is on {QApplication.focusWidget()!r}")


def test_walk_a_turf_from_the_campaign_list_by_keyboard_only(qtbot, worker, wait_tasks, shown_errors):
    campaign, questions, turf, by_number = worker.submit(setting_up).result()
    screen = CanvassingScreen(worker)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    show_active(qtbot, screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    wait_tasks()
    screen.campaigns.setFocus()  # where the main window's Enter puts it when the screen opens

    # Tab to the tabs, Right to "Turfs", Tab into the turf table, Enter walks the turf.
    tab_until(qtbot, screen.tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right)
    assert screen.tabs.currentIndex() == 1
    tab_until(qtbot, screen.turfs)
    with qtbot.waitSignal(screen.door.door_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    wait_tasks()
    door = screen.door
    assert screen.pages.currentWidget() is door and door.hasFocus()

    # Door 1: not home, one key.
    with qtbot.waitSignal(door.logged, timeout=5000) as logged:
        press(qtbot, Qt.Key.Key_2)
    assert logged.args[0].outcome == "not home"
    # Door 5 (3 is do-not-contact and skipped): contacted, "no" skips the conditional question,
    # Space skips one, a scale answer, then N for a note and Enter stores the door.
    assert door.current.address.number == "5"
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_N)            # yes-no: no
    press(qtbot, Qt.Key.Key_1)            # single choice: Parks
    press(qtbot, Qt.Key.Key_Space)        # multiple choice: skipped
    press(qtbot, Qt.Key.Key_3)            # scale: 3
    assert door.stage == "finish" and door.note.hasFocus()
    typed(qtbot, "Call back in spring")
    with qtbot.waitSignal(door.logged, timeout=5000) as logged:
        press(qtbot, Qt.Key.Key_Return)
    contacted = logged.args[0]
    # Door 2: S (sí) answers yes as Y does; Esc cancels a door half done, then Esc leaves the walk.
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_S)
    assert door.answers[questions[0].id] == "yes" and door.stage == "question"
    press(qtbot, Qt.Key.Key_Escape)
    assert door.stage == "outcome"
    press(qtbot, Qt.Key.Key_Escape)
    wait_tasks()
    assert screen.pages.currentIndex() == 0
    assert shown_errors == []

    answers = {r.question_id: r.answer for r in worker.submit(table.knock_responses, contacted.id).result()}
    yes, choice, _multi, scale, _text = questions
    assert answers == {yes.id: "no", choice.id: "Parks", scale.id: "3"}
    assert contacted.note == "Call back in spring" and contacted.outcome == "contacted"
    knocks = worker.submit(table.turf_knocks, turf.id).result()
    assert len(knocks) == 2  # the cancelled door stored nothing
