"""Keying a filled-in paper sign-in sheet back in, by keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from engagedesk.domain.models import Meeting, Person
from engagedesk.services import meetings, paper_signin, people
from engagedesk.services.desk import Desk
from engagedesk.store import attendance as attendance_table
from engagedesk.ui.paper_signin import PaperSignInDialog

from .keys import type_text


@pytest.fixture
def tonight(worker):
    def make(store):
        roster = [people.add_person(store, Person(given_name=g, family_name=f)) for g, f in
                  (("Ana", "Zapata"), ("Bo", "Young"), ("Chen", "Xu"), ("Dora", "Wells"))]
        last = meetings.create_meeting(store, Meeting(title="Parks", series="parks", starts_at="2026-11-01T18:00"))
        for person in roster:
            Desk.open(store, last.id).check_in(person)
        meeting = meetings.create_meeting(store, Meeting(title="Parks", series="parks", starts_at="2026-11-22T18:00"))
        Desk.open(store, meeting.id).check_in(roster[3])  # Dora signed in at the desk
        return meeting, roster
    return worker.submit(make).result()


@pytest.fixture
def dialog(qtbot, worker, tonight):
    made = PaperSignInDialog(worker, tonight[0].id)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.sheet is not None, timeout=5000)
    return made


def attendance_of(worker, meeting_id, person_id):
    return worker.submit(attendance_table.get_attendance, meeting_id, person_id).result()


def test_rows_by_number_code_and_space_then_record(qtbot, worker, tonight, dialog, wait_tasks, shown_errors):
    meeting, roster = tonight
    sheet = dialog.sheet
    assert [row.person.display_name for row in sheet.rows] == ["Dora Wells", "Chen Xu", "Bo Young", "Ana Zapata"]
    assert dialog.table.item(0, 3).text() == "Already signed in"
    assert dialog.find.hasFocus()
    # Row 2 by its number.
    type_text(qtbot, dialog.find, "2")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    # Ana by the start of her code, typed in lower case.
    ana = next(row for row in sheet.rows if row.person.id == roster[0].id)
    code = ana.code
    while len(code) > 2 and sheet.pick(code[:-1]) == ana:  # as few characters as make it certain
        code = code[:-1]
    type_text(qtbot, dialog.find, code.lower())
    assert "Ana Zapata" in dialog.feedback.text()
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.find.text() == ""
    # Bo (row 3) from the list with Space, then untick and tick again.
    qtbot.keyClick(dialog.find, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    dialog.table.setCurrentCell(2, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert roster[1].id not in dialog.ticked
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    # Dora was signed in at the desk: Space says so and ticks nothing.
    dialog.table.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert "already signed in" in dialog.feedback.text()
    assert dialog.ticked == {roster[0].id, roster[1].id, roster[2].id}
    assert "Ticked here: 3" in dialog.count.text()

    with qtbot.waitSignal(dialog.recorded, timeout=5000) as recorded:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert recorded.args[0].checked_in == 3
    assert dialog.feedback.text() == "Recorded: 3 signed in."
    for person in roster[:3]:
        stored = attendance_of(worker, meeting.id, person.id)
        assert stored is not None and stored.entered_by == paper_signin.PAPER
    assert all(dialog.table.item(i, 3).text() == "Already signed in" for i in range(4))
    assert not shown_errors


def test_what_was_recorded_reads_right_for_one(qtbot, worker, tonight, dialog, wait_tasks, shown_errors):
    meeting, roster = tonight
    for number in ("2", "3", "4"):   # Chen, Bo, Ana
        type_text(qtbot, dialog.find, number)
        qtbot.keyClick(dialog.find, Qt.Key.Key_Return)

    def meanwhile(store):
        Desk.open(store, meeting.id).check_in(roster[2])   # Chen, at the desk
        store.delete("people", roster[1].id)                # Bo, deleted

    worker.submit(meanwhile).result()
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert dialog.feedback.text() == ("Recorded: 1 signed in. 1 was already signed in. "
                                      "1 is no longer on the roster and was left out.")
    assert not shown_errors


def test_a_name_on_a_blank_row_goes_through_the_duplicate_check(qtbot, worker, tonight, dialog, wait_tasks,
                                                                 shown_errors):
    meeting, roster = tonight
    qtbot.keyClick(dialog.find, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.pages.currentIndex() == 1 and dialog.walk_in.given.hasFocus()
    # "Chen Xu" written again by hand: the desk's duplicate check offers the roster's Chen.
    type_text(qtbot, dialog.walk_in.given, "Chen")
    qtbot.keyClick(dialog.walk_in.given, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.walk_in.family, "Xu")
    qtbot.waitUntil(lambda: dialog.walk_in.matches.count() > 0, timeout=5000)
    dialog.walk_in.matches.setFocus()
    qtbot.keyClick(dialog.walk_in.matches, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0
    assert dialog.ticked == {roster[2].id}

    # Someone new: added and signed in at once.
    qtbot.keyClick(dialog.find, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, dialog.walk_in.given, "Zoë")
    qtbot.keyClick(dialog.walk_in.given, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.walk_in.family, "Nguyễn")
    with qtbot.waitSignal(dialog.added, timeout=5000) as added:
        qtbot.keyClick(dialog.walk_in.family, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    stored = attendance_of(worker, meeting.id, added.args[0].id)
    assert stored.walk_in and stored.entered_by == paper_signin.PAPER
    assert dialog.pages.currentIndex() == 0 and "Zoë Nguyễn added" in dialog.feedback.text()
    assert not shown_errors
    dialog.ticked.clear()


def test_unknown_code_says_what_to_do(qtbot, dialog):
    type_text(qtbot, dialog.find, "99")
    assert "No row has the number or code" in dialog.feedback.text()
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.ticked == set() and dialog.find.text() == "99"


def test_closing_with_ticks_not_recorded_asks_and_keeps_them(qtbot, worker, tonight, dialog, wait_tasks):
    meeting, roster = tonight
    type_text(qtbot, dialog.find, "2")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.find, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    assert box is not None and "1 ticked row is not recorded" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: stay, ticks kept
    assert dialog.isVisible() and dialog.ticked == {roster[2].id} and dialog.confirm_box is None

    dialog.close()
    box = dialog.confirm_box
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    wait_tasks()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert attendance_of(worker, meeting.id, roster[2].id) is not None


def test_no_closes_without_recording(qtbot, worker, tonight, dialog):
    meeting, roster = tonight
    type_text(qtbot, dialog.find, "2")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    dialog.close()
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert not dialog.isVisible()
    assert attendance_of(worker, meeting.id, roster[2].id) is None
