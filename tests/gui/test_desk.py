"""The sign-in desk, driven by keyboard as a volunteer at the door would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from engagedesk.domain.models import Role
from engagedesk.services import demo, meetings
from engagedesk.services.desk import Desk
from engagedesk.store import attendance as attendance_table
from engagedesk.ui import tasks
from engagedesk.ui.desk import DeskScreen
from tests.gui.keys import type_text


@pytest.fixture
def tonight(worker) -> str:
    worker.submit(demo.make_demo, people=300, seed=5, today=date.today()).result()
    upcoming = worker.submit(meetings.list_meetings).result()[0]
    assert upcoming.starts_at.startswith(date.today().isoformat())
    return upcoming.id


@pytest.fixture
def desk(qtbot, worker, tonight, wait_tasks) -> DeskScreen:
    screen = DeskScreen(worker, entered_by="Front desk")
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    tasks.run_task(screen, screen.open_meeting(tonight))
    wait_tasks()
    return screen


def search(qtbot, desk: DeskScreen, text: str) -> None:
    with qtbot.waitSignal(desk.searched, timeout=5000, check_params_cb=lambda shown: shown == text):
        type_text(qtbot, desk.search, text)


def regular(worker, meeting_id):
    """Someone who came to this series before, and a short way to type their name."""
    desk = worker.submit(Desk.open, meeting_id).result()
    entry = max(desk._entries.values(), key=lambda e: (e.expected.times, e.expected.person.id))
    return entry.expected.person


def signed_in(worker, meeting_id, person_id):
    return worker.submit(attendance_table.get_attendance, meeting_id, person_id).result()


def test_type_a_name_and_press_enter_to_sign_in(qtbot, desk, worker, tonight, wait_tasks, shown_errors):
    person = regular(worker, tonight)
    assert desk.search.hasFocus()
    search(qtbot, desk, f"{person.given_name} {person.family_name}")
    first = desk.model.match(0)
    assert first is not None and first.person.id == person.id
    with qtbot.waitSignal(desk.checked_in, timeout=5000) as done:
        qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    wait_tasks()
    assert done.args[0].person.id == person.id
    assert signed_in(worker, tonight, person.id) is not None
    assert "Welcome back" in desk.feedback.text()
    assert desk.search.text() == ""
    assert desk.search.hasFocus()
    assert desk.count_label.text() == "1 signed in"
    assert person.display_name in desk.recent.item(0).text()
    assert shown_errors == []


def test_down_arrow_then_enter_signs_in_the_second_result(qtbot, desk, worker, tonight, wait_tasks):
    search(qtbot, desk, "ma")
    assert desk.model.rowCount() >= 2
    first, second = desk.model.match(0).person, desk.model.match(1).person
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(desk.checked_in, timeout=5000):
        qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    wait_tasks()
    assert signed_in(worker, tonight, second.id) is not None
    assert signed_in(worker, tonight, first.id) is None


def test_signing_in_twice_says_when_and_changes_nothing(qtbot, desk, worker, tonight, wait_tasks):
    person = regular(worker, tonight)
    for _ in range(2):
        search(qtbot, desk, f"{person.given_name} {person.family_name}")
        with qtbot.waitSignal(desk.checked_in, timeout=5000) as done:
            qtbot.keyClick(desk.search, Qt.Key.Key_Return)
        wait_tasks()
    assert done.args[0].already
    first = signed_in(worker, tonight, person.id)
    assert f"already signed in (at {first.time_in[11:16]})" in desk.feedback.text()
    assert desk.count_label.text() == "1 signed in"


def test_undo_takes_the_last_sign_in_back(qtbot, desk, worker, tonight, wait_tasks):
    person = regular(worker, tonight)
    search(qtbot, desk, f"{person.given_name} {person.family_name}")
    with qtbot.waitSignal(desk.checked_in, timeout=5000):
        qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    wait_tasks()
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert signed_in(worker, tonight, person.id) is None
    assert desk.count_label.text() == "0 signed in"
    assert desk.recent.count() == 0
    assert desk.feedback.text() == "Sign-in undone."


def test_a_volunteer_is_signed_in_with_their_role_and_checked_out(qtbot, desk, worker, tonight, wait_tasks):
    person = regular(worker, tonight)
    qtbot.keyClick(desk.search, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert desk.current_role() is Role.VOLUNTEER
    search(qtbot, desk, f"{person.given_name} {person.family_name}")
    with qtbot.waitSignal(desk.checked_in, timeout=5000):
        qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    wait_tasks()
    assert signed_in(worker, tonight, person.id).role is Role.VOLUNTEER
    assert desk.current_role() is Role.ATTENDEE  # back to the usual role for the next person
    assert desk.check_out_button.isEnabled()
    qtbot.mouseClick(desk.check_out_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert signed_in(worker, tonight, person.id).time_out is not None
    assert not desk.check_out_button.isEnabled()


def test_what_is_typed_during_a_sign_in_is_not_cleared(qtbot, desk, worker, tonight, wait_tasks):
    person = regular(worker, tonight)
    search(qtbot, desk, person.given_name)
    result = worker.submit(lambda store: desk.desk.check_in(person)).result()
    desk.search.setText("next pers")  # the volunteer already started on the next name
    desk._after_check_in(result, submitted=person.given_name)
    wait_tasks()
    assert desk.search.text() == "next pers"


def test_a_walk_in_is_added_and_signed_in_by_keyboard(qtbot, desk, worker, tonight, wait_tasks, shown_errors):
    search(qtbot, desk, "Zoë Ngata")
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = desk.walk_in
    assert desk.pages.currentWidget() is form
    assert (form.given.text(), form.family.text()) == ("Zoë", "Ngata")
    qtbot.keyClick(form.given, Qt.Key.Key_Tab)  # to last name
    qtbot.keyClick(form.family, Qt.Key.Key_Tab)  # to e-mail
    qtbot.keyClicks(form.email, "zoe.ngata@example.org")
    with qtbot.waitSignal(desk.checked_in, timeout=5000) as done:
        qtbot.keyClick(form.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    result = done.args[0]
    assert result.attendance.walk_in and result.meeting_number == 1
    assert result.person.email == "zoe.ngata@example.org"
    assert "first meeting" in desk.feedback.text()
    assert desk.pages.currentIndex() == 0 and desk.search.hasFocus()
    assert form.given.text() == ""  # saved, so the form is ready for the next walk-in
    assert shown_errors == []


def test_a_walk_in_without_a_name_is_refused_and_the_draft_kept(qtbot, desk, worker, tonight, wait_tasks):
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = desk.walk_in
    qtbot.keyClick(form.given, Qt.Key.Key_Tab)
    qtbot.keyClick(form.family, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.email, "someone@example.org")
    qtbot.keyClick(form.email, Qt.Key.Key_Return)
    wait_tasks()
    assert form.problems["given_name"].isVisible()
    assert "name" in form.problems["given_name"].text()
    assert form.email.text() == "someone@example.org"
    assert form.given.hasFocus()
    assert desk.count_label.text() == "0 signed in"


def test_a_walk_in_who_is_already_on_the_roster_is_offered(qtbot, desk, worker, tonight, wait_tasks):
    person = regular(worker, tonight)
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = desk.walk_in
    type_text(qtbot, form.given, person.given_name)
    type_text(qtbot, form.family, person.family_name)
    qtbot.waitUntil(lambda: form.matches.count() > 0, timeout=5000)
    ids = [form.matches.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(form.matches.count())]
    assert person.id in ids
    form.matches.setCurrentRow(ids.index(person.id))
    with qtbot.waitSignal(desk.checked_in, timeout=5000) as done:
        qtbot.mouseClick(form.use_match, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert done.args[0].person.id == person.id and not done.args[0].attendance.walk_in


def test_leaving_the_walk_in_form_keeps_what_was_typed(qtbot, desk, wait_tasks):
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, desk.walk_in.given, "Łukasz")
    qtbot.keyClick(desk.walk_in.given, Qt.Key.Key_Escape)
    assert desk.pages.currentIndex() == 0
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.walk_in.given.text() == "Łukasz"
