"""The self sign-in kiosk: big, private, and closed only with the facilitator's PIN."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from engagedesk.services import demo, meetings
from engagedesk.services.desk import Desk
from engagedesk.store import attendance as attendance_table
from engagedesk.ui.kiosk import KioskWindow, PinDialog
from tests.gui.keys import type_text

PIN = "2468"


@pytest.fixture
def kiosk(qtbot, worker) -> KioskWindow:
    worker.submit(demo.make_demo, people=300, seed=5, today=date.today()).result()
    meeting = worker.submit(meetings.list_meetings).result()[0]
    desk = worker.submit(Desk.open, meeting.id).result()
    window = KioskWindow(worker, desk, PIN)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.search.setFocus()
    return window


def someone(worker, kiosk):
    entry = max(kiosk.desk._entries.values(), key=lambda e: (e.expected.times, e.expected.person.id))
    return entry.expected.person


def test_names_show_only_first_name_and_last_initial(qtbot, kiosk, worker):
    person = someone(worker, kiosk)
    type_text(qtbot, kiosk.search, person.given_name)
    qtbot.waitUntil(lambda: kiosk.model.rowCount() > 0, timeout=5000)
    shown = [kiosk.model.data(kiosk.model.index(row, 0)) for row in range(kiosk.model.rowCount())]
    accessible = [kiosk.model.data(kiosk.model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole)
                  for row in range(kiosk.model.rowCount())]
    assert person.short_name in shown
    for text in shown + accessible:
        assert "@" not in text and not any(ch.isdigit() for ch in text)
        given, _, initial = text.rpartition(" ")
        assert initial.endswith(".") and len(initial) <= 3, text


def test_one_letter_shows_nobody(qtbot, kiosk):
    qtbot.keyClicks(kiosk.search, "m")
    qtbot.wait(100)
    assert kiosk.model.rowCount() == 0


def test_signing_yourself_in(qtbot, kiosk, worker):
    person = someone(worker, kiosk)
    type_text(qtbot, kiosk.search, f"{person.given_name} {person.family_name}")
    qtbot.waitUntil(lambda: kiosk.model.rowCount() > 0 and kiosk.model.match(0).person.id == person.id, timeout=5000)
    with qtbot.waitSignal(kiosk.signed_in, timeout=5000):
        qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    assert "You're signed in" in kiosk.message.text()
    assert kiosk.search.text() == ""
    row = worker.submit(attendance_table.get_attendance, kiosk.desk.meeting.id, person.id).result()
    assert row is not None and row.entered_by == "kiosk"


def test_new_here_adds_and_signs_in(qtbot, kiosk, worker):
    type_text(qtbot, kiosk.search, "Ngọc Trâm")
    qtbot.mouseClick(kiosk.new_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 1
    assert (kiosk.given.text(), kiosk.family.text()) == ("Ngọc", "Trâm")
    kiosk.may_contact.setChecked(True)
    with qtbot.waitSignal(kiosk.signed_in, timeout=5000) as done:
        qtbot.keyClick(kiosk.family, Qt.Key.Key_Return)
    result = done.args[0]
    assert result.attendance.walk_in and result.person.may_contact
    assert kiosk.pages.currentIndex() == 0


def test_new_here_without_a_name_says_what_to_do(qtbot, kiosk):
    qtbot.mouseClick(kiosk.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(kiosk.given, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.new_problem.isVisible(), timeout=5000)
    assert "name" in kiosk.new_problem.text()


def test_leaving_needs_the_right_pin(qtbot, kiosk):
    closed = []
    kiosk.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(kiosk.search, Qt.Key.Key_Escape)
    dialog = kiosk.pin_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert kiosk.isVisible() and not closed
    assert "not right" in kiosk.message.text()

    kiosk.close()  # the window's close button asks for the PIN too
    assert kiosk.isVisible()
    dialog = kiosk.pin_dialog
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=2000)
    assert closed == [True]


def test_setting_a_pin_needs_four_digits_typed_twice(qtbot):
    dialog = PinDialog(setting=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "12")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and "at least 4 digits" in dialog.problem.text()
    dialog.pin.setText("1234")
    dialog.again.setText("1243")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not the same" in dialog.problem.text()
    dialog.again.setText("1234")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
