"""The sign-in desk and the notes pane, driven by the keyboard alone.

Every key goes to whichever widget has the focus, as on a real keyboard: no mouse, no focus
put on a widget by the test, no method called to act.  What was done is read back from the
database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from engagedesk.domain.models import NoteKind
from engagedesk.services import notes
from engagedesk.services.attendance import meeting_attendance
from tests.gui.keys import type_text
from tests.gui.main_screens import make_window

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def write(qtbot, text: str) -> None:
    type_text(qtbot, focused(), text)


def signed_in(worker, meeting_id: str) -> dict[str, bool]:
    """Who is signed in to the meeting: name -> came as a walk-in."""
    lines = worker.submit(meeting_attendance, meeting_id).result().lines
    return {line.person.display_name: line.attendance.walk_in for line in lines}


def open_meeting_by_keyboard(qtbot, window, wait_tasks) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL)    # the Meetings screen
    press(qtbot, Qt.Key.Key_Return)     # into it: the list of meetings
    wait_tasks()


def test_the_desk_signs_in_by_name_and_adds_a_walk_in(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    window, meeting_id = make_window(qtbot, worker, tmp_path)
    window.start()
    wait_tasks()
    open_meeting_by_keyboard(qtbot, window, wait_tasks)
    press(qtbot, Qt.Key.Key_Return)     # Enter on the meeting on now: its sign-in desk
    wait_tasks()
    assert window.current_screen_key() == "desk"
    assert focused() is window.desk.search

    write(qtbot, "ana gar")
    qtbot.waitUntil(lambda: window.desk.results.model().rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(window.desk.checked_in, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    wait_tasks()
    assert signed_in(worker, meeting_id) == {"Ana García": False}

    press(qtbot, Qt.Key.Key_N, CTRL)    # a walk-in: a new person
    write(qtbot, "Lucía")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Moreno")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "lucia@example.org")
    with qtbot.waitSignal(window.desk.checked_in, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_tasks()
    assert signed_in(worker, meeting_id) == {"Ana García": False, "Lucía Moreno": True}
    assert focused() is window.desk.search  # ready for the next person

    # Shift+Tab walks back out of the search box to the desk's other controls, Tab returns.
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is not window.desk.search
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.desk.search
    assert shown_errors == []


def test_the_notes_pane_records_a_question_of_a_speaker(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    window, meeting_id = make_window(qtbot, worker, tmp_path)
    window.start()
    wait_tasks()
    open_meeting_by_keyboard(qtbot, window, wait_tasks)
    press(qtbot, Qt.Key.Key_Return)     # the desk: sign Bruno in, so he can be picked as speaker
    wait_tasks()
    write(qtbot, "bruno")
    qtbot.waitUntil(lambda: window.desk.results.model().rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(window.desk.checked_in, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    wait_tasks()

    open_meeting_by_keyboard(qtbot, window, wait_tasks)
    press(qtbot, Qt.Key.Key_L, CTRL)    # the live notes of the meeting chosen
    wait_tasks()
    assert window.current_screen_key() == "notes"
    screen = window.notes
    assert focused() is screen.note

    press(qtbot, Qt.Key.Key_S, ALT)     # the speaker
    wait_tasks()
    write(qtbot, "brun")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is screen.note
    press(qtbot, Qt.Key.Key_Q, ALT)     # a question
    write(qtbot, "¿Habrá más farolas en la calle?")
    before = len(worker.submit(notes.timeline, meeting_id).result())
    press(qtbot, Qt.Key.Key_Return)     # Enter saves
    wait_tasks()
    entries = worker.submit(notes.timeline, meeting_id).result()
    assert len(entries) == before + 1
    saved = entries[-1].note
    assert saved.text == "¿Habrá más farolas en la calle?"
    assert saved.kind is NoteKind.QUESTION
    assert entries[-1].speaker == "Bruno Ferreira"
    assert focused() is screen.note and screen.note.toPlainText() == ""
    assert shown_errors == []
