"""The Meetings screen, its editor and the attendance view, driven by keyboard."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
)

from engagedesk.domain.models import Meeting, Role
from engagedesk.services import attendance, demo, meetings
from engagedesk.services.desk import Desk
from engagedesk.ui.attendance import RETURNING, AttendanceModel
from engagedesk.ui.meeting_editor import MeetingEditor
from engagedesk.ui.meetings import MeetingsModel, MeetingsScreen
from tests.gui.keys import type_text

# The facilitator picker's pop-up is a window of its own; the offscreen platform cannot raise it
# or give it the keyboard grab, and says so (harmless: keys still reach it).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing the keyboard",
                                       extend=True)

TODAY = date(2026, 11, 22)
NOON = datetime(2026, 11, 22, 12, 0)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo_db(worker):
    worker.submit(demo.make_demo, people=300, seed=7, today=TODAY).result()
    return worker


def by_title(worker, title: str) -> Meeting:
    return next(m for m in worker.submit(meetings.list_meetings, NOON).result() if m.title == title)


def open_screen(qtbot, worker, clock: datetime = NOON) -> MeetingsScreen:
    screen = MeetingsScreen(worker)
    screen.clock = lambda: clock
    qtbot.addWidget(screen)
    screen.resize(1050, 760)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
        with qtbot.waitActive(screen):  # shortcuts reach only the active window
            screen.show()
            screen.activateWindow()
    screen.table.setFocus()
    return screen


@pytest.fixture
def screen(qtbot, demo_db) -> MeetingsScreen:
    return open_screen(qtbot, demo_db)


def titles(screen: MeetingsScreen) -> list[str]:
    return [screen.model.line(row).meeting.title for row in range(screen.model.rowCount())]


def open_editor(qtbot, screen: MeetingsScreen, key, modifier=Qt.KeyboardModifier.NoModifier) -> MeetingEditor:
    qtbot.waitUntil(screen.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(screen.editor_opened, timeout=5000) as opened:
        qtbot.keyClick(screen.table, key, modifier)
    editor = opened.args[0]
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    return editor


def replace_text(qtbot, widget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(qtbot, widget, text)


def press(qtbot, editor: MeetingEditor, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(editor.focusWidget() or editor, key, modifier)


# ------------------------------------------------------------------ the list

def test_upcoming_soonest_first_then_past_most_recent_first(qtbot, demo_db, qtmodeltester):
    for title, starts, ends in (("Budget circle", "2026-12-01T18:00", "2026-12-01T19:30"),
                                ("Workshop this morning", "2026-11-22T09:00", "2026-11-22T11:00"),
                                ("Going on now", "2026-11-22T11:00", "2026-11-22T13:00"),
                                ("Tenants' workshop", "2026-11-10T10:00", "2026-11-10T12:00")):
        demo_db.submit(meetings.create_meeting, Meeting(title=title, starts_at=starts, ends_at=ends)).result()
    screen = open_screen(qtbot, demo_db)
    assert titles(screen) == [
        "Going on now", "Riverside Town Hall #4", "Budget circle",              # upcoming, soonest first
        "Workshop this morning", "Tenants' workshop", "Riverside Town Hall #3",  # past, latest first
        "Riverside Town Hall #2", "Riverside Town Hall #1"]
    assert [screen.model.line(row).upcoming for row in range(8)] == [True] * 3 + [False] * 5
    model = screen.model
    tonight = model.index(1, MeetingsModel.WHEN)
    assert tonight.data() == "Sun 22 Nov 2026"
    assert tonight.data(Qt.ItemDataRole.AccessibleTextRole) == "Sun 22 Nov 2026, 18:30–20:00 · today"
    assert "on now" in model.index(0, MeetingsModel.WHEN).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "in 9 days" in model.index(2, MeetingsModel.WHEN).data(Qt.ItemDataRole.AccessibleTextRole)
    town_hall = model.index(1, MeetingsModel.MEETING)
    assert "Riverside Town Hall" in town_hall.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Riverside Library, Community Room" in town_hall.data(Qt.ItemDataRole.AccessibleTextRole)
    # The count of people signed in, as the service counts them.
    for row in range(model.rowCount()):
        line = model.line(row)
        expected = demo_db.submit(meetings.attendance_count, line.meeting.id).result()
        assert model.index(row, MeetingsModel.SIGNED_IN).data() == str(expected)
    assert [model.index(row, 2).data() for row in (5, 6, 7)] != ["0", "0", "0"]
    assert screen.summary.text() == "3 upcoming · 5 past"
    qtmodeltester.check(model)


def test_enter_on_a_meeting_asks_for_its_desk(qtbot, screen, demo_db):
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    chosen = screen.model.line(1).meeting
    assert screen.current_meeting_id() == chosen.id
    with qtbot.waitSignal(screen.desk_requested, timeout=2000) as asked:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert asked.args == [chosen.id]
    with qtbot.waitSignal(screen.desk_requested, timeout=2000) as asked:
        qtbot.keyClick(screen.desk_button, Qt.Key.Key_Space)
    assert asked.args == [chosen.id]


def test_an_empty_database_says_how_to_start(qtbot, worker):
    screen = open_screen(qtbot, worker)
    assert screen.model.rowCount() == 0
    assert screen.empty.isVisible() and "Ctrl+N" in screen.empty.text()
    assert not screen.edit_button.isEnabled() and not screen.desk_button.isEnabled()


# ------------------------------------------------------------------ the editor

def test_create_a_meeting_by_keyboard(qtbot, screen, demo_db, wait_tasks, shown_errors):
    editor = open_editor(qtbot, screen, Qt.Key.Key_N, CTRL)
    assert editor.windowTitle() == "New meeting"
    assert editor.title_field.hasFocus()
    # Next full hour from noon, for two hours.
    assert (editor.draft().starts_at, editor.draft().ends_at) == ("2026-11-22T13:00", "2026-11-22T15:00")
    assert [editor.series_field.itemText(i) for i in range(editor.series_field.count())] == ["", "Riverside Town Hall"]

    type_text(qtbot, editor.title_field, "Budget circle #1 — café")
    press(qtbot, editor, Qt.Key.Key_R, ALT)
    assert editor.series_field.hasFocus()
    type_text(qtbot, editor.focusWidget(), "Budget circle")
    press(qtbot, editor, Qt.Key.Key_S, ALT)
    replace_text(qtbot, editor.focusWidget(), "2026-12-01 18:00")
    press(qtbot, editor, Qt.Key.Key_P, ALT)
    type_text(qtbot, editor.focusWidget(), "Oak Avenue Centre")
    for title, minutes in (("Welcome", "10"), ("What the city proposes", "45")):
        count = len(editor.agenda())
        press(qtbot, editor, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: len(editor.agenda()) == count + 1 and editor.item_title.hasFocus())
        type_text(qtbot, editor.item_title, title)
        press(qtbot, editor, Qt.Key.Key_Tab)
        assert editor.item_minutes.hasFocus()
        type_text(qtbot, editor.item_minutes, minutes)
    # A facilitator, found by name as it is typed.
    host = demo_db.submit(meetings.facilitators, by_title(demo_db, "Riverside Town Hall #1")).result()[0]
    press(qtbot, editor, Qt.Key.Key_F, ALT)
    assert editor.facilitator_search.hasFocus()
    with qtbot.waitSignal(editor.searched, timeout=5000,
                          check_params_cb=lambda text: text == host.display_name):
        type_text(qtbot, editor.facilitator_search, host.display_name)
    qtbot.keyClick(editor.facilitator_search, Qt.Key.Key_Return)
    assert [p.id for p in editor.facilitators()] == [host.id]
    qtbot.waitUntil(lambda: editor.facilitator_search.text() == "")

    with qtbot.waitSignal(screen.loaded, timeout=5000):
        with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
            press(qtbot, editor, Qt.Key.Key_S, CTRL)
    wait_tasks()
    made = demo_db.submit(meetings.get_meeting, saved.args[0].id).result()
    assert (made.title, made.series, made.place) == ("Budget circle #1 — café", "Budget circle", "Oak Avenue Centre")
    assert (made.starts_at, made.ends_at) == ("2026-12-01T18:00", "2026-12-01T20:00")  # the end moved along
    assert [(i.position, i.title, i.minutes) for i in made.agenda] == [
        (0, "Welcome", 10), (1, "What the city proposes", 45)]
    assert made.facilitator_ids == (host.id,)
    assert screen.editor is None
    assert screen.current_meeting_id() == made.id  # the list shows it, chosen
    assert titles(screen)[:2] == ["Riverside Town Hall #4", "Budget circle #1 — café"]
    assert demo_db.submit(meetings.list_series).result() == ["Budget circle", "Riverside Town Hall"]
    assert shown_errors == []


def test_end_before_start_is_shown_next_to_the_field_and_the_draft_is_kept(qtbot, screen, demo_db, wait_tasks):
    before = len(titles(screen))
    editor = open_editor(qtbot, screen, Qt.Key.Key_N, CTRL)
    type_text(qtbot, editor.title_field, "Night walk")
    press(qtbot, editor, Qt.Key.Key_P, ALT)
    type_text(qtbot, editor.focusWidget(), "Elm Street")
    press(qtbot, editor, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: editor.item_title.hasFocus())
    type_text(qtbot, editor.item_title, "Meet at the corner")
    press(qtbot, editor, Qt.Key.Key_E, ALT)
    assert editor.ends_field.hasFocus()
    replace_text(qtbot, editor.ends_field, "2026-11-22 12:30")  # starts at 13:00
    press(qtbot, editor, Qt.Key.Key_S, CTRL)
    wait_tasks()

    problem = editor.problems["ends_at"]
    assert problem.isVisible() and problem.text() == "The meeting must end after it starts."
    assert all(not label.isVisible() for name, label in editor.problems.items() if name != "ends_at")
    # Next to its field: just under the end time, above the place.
    assert editor.ends_field.geometry().bottom() <= problem.geometry().top() < editor.place_field.geometry().top()
    assert editor.ends_field.hasFocus()
    assert editor.isVisible()
    draft = editor.draft()
    assert (draft.title, draft.place) == ("Night walk", "Elm Street")
    assert [item.title for item in draft.agenda] == ["Meet at the corner"]
    assert len(titles(screen)) == before  # nothing stored

    replace_text(qtbot, editor.ends_field, "2026-11-22 14:30")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        press(qtbot, editor, Qt.Key.Key_Return)  # Enter saves, as the default button
    assert saved.args[0].ends_at == "2026-11-22T14:30"
    assert not problem.isVisible()


def test_empty_title_and_empty_agenda_item_are_pointed_out(qtbot, screen, wait_tasks):
    editor = open_editor(qtbot, screen, Qt.Key.Key_N, CTRL)
    press(qtbot, editor, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: len(editor.agenda()) == 1)
    press(qtbot, editor, Qt.Key.Key_S, CTRL)
    wait_tasks()
    assert editor.problems["title"].text() == "Please give the meeting a title."
    assert "remove the empty ones" in editor.problems["agenda"].text()
    assert editor.title_field.hasFocus()
    assert editor.isVisible()


def test_edit_the_title_and_reorder_the_agenda(qtbot, screen, demo_db, wait_tasks):
    original = demo_db.submit(meetings.get_meeting, by_title(demo_db, "Riverside Town Hall #4").id).result()
    assert screen.current_meeting_id() == original.id
    editor = open_editor(qtbot, screen, Qt.Key.Key_F2)
    assert editor.windowTitle() == "Edit meeting"
    assert editor.title_field.text() == "Riverside Town Hall #4"
    assert [p.id for p in editor.facilitators()] == list(original.facilitator_ids)
    replace_text(qtbot, editor.title_field, "Riverside Town Hall #4 (parks)")

    press(qtbot, editor, Qt.Key.Key_G, ALT)            # to the agenda
    assert editor.agenda_list.hasFocus()
    press(qtbot, editor, Qt.Key.Key_End)               # "Next steps"
    press(qtbot, editor, Qt.Key.Key_Up, ALT)
    press(qtbot, editor, Qt.Key.Key_Up, ALT)           # now second
    assert editor.agenda_list.currentRow() == 1
    press(qtbot, editor, Qt.Key.Key_Home)
    press(qtbot, editor, Qt.Key.Key_Delete)            # "Welcome" goes
    assert editor.agenda_list.item(0).text() == "1. Next steps — 15 min"

    with qtbot.waitSignal(screen.loaded, timeout=5000):
        with qtbot.waitSignal(editor.saved, timeout=5000):
            press(qtbot, editor, Qt.Key.Key_S, CTRL)
    wait_tasks()
    stored = demo_db.submit(meetings.get_meeting, original.id).result()
    welcome, updates, discussion, steps = original.agenda
    assert stored.title == "Riverside Town Hall #4 (parks)"
    assert [(i.id, i.position) for i in stored.agenda] == [(steps.id, 0), (updates.id, 1), (discussion.id, 2)]
    assert stored.starts_at == original.starts_at and stored.facilitator_ids == original.facilitator_ids
    assert screen.model.line(0).meeting.title == "Riverside Town Hall #4 (parks)"
    assert screen.current_meeting_id() == original.id

    # Ctrl+E opens the editor too; Escape closes it without saving.
    editor = open_editor(qtbot, screen, Qt.Key.Key_E, CTRL)
    replace_text(qtbot, editor.title_field, "Not saved")
    press(qtbot, editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.editor is None)
    assert demo_db.submit(meetings.get_meeting, original.id).result().title == "Riverside Town Hall #4 (parks)"


def test_facilitators_are_removed_by_keyboard(qtbot, screen, demo_db, wait_tasks):
    editor = open_editor(qtbot, screen, Qt.Key.Key_F2)
    first, second = editor.facilitators()
    editor.facilitator_list.setFocus()
    qtbot.keyClick(editor.facilitator_list, Qt.Key.Key_Down)
    qtbot.keyClick(editor.facilitator_list, Qt.Key.Key_Delete)
    assert [p.id for p in editor.facilitators()] == [first.id]
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        press(qtbot, editor, Qt.Key.Key_S, CTRL)
    wait_tasks()
    assert saved.args[0].facilitator_ids == (first.id,)


# ------------------------------------------------------------------ attendance

def attendance_view(qtbot, screen, title: str):
    screen.select_meeting(by_title(screen.worker, title).id)
    with qtbot.waitSignal(screen.attendance.loaded, timeout=5000):
        qtbot.keyClick(screen.table, Qt.Key.Key_A, CTRL)
    view = screen.attendance
    assert screen.pages.currentWidget() is view
    return view


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry of a combo box with the keyboard: Home, then Down until it is reached."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in the combo box")


def test_attendance_counts_filters_and_sorting(qtbot, screen, demo_db, qtmodeltester):
    view = attendance_view(qtbot, screen, "Riverside Town Hall #3")
    meeting_id = view.meeting_id
    expected = demo_db.submit(attendance.meeting_attendance, meeting_id).result()
    lines = expected.lines
    assert view.title.full_text() == "Attendance: \u2068Riverside Town Hall #3\u2069"
    assert view.total_stat.number.text() == str(len(lines))
    assert view.new_stat.number.text() == str(sum(1 for l in lines if l.meetings_before == 0))
    assert view.returning_stat.number.text() == str(sum(1 for l in lines if l.meetings_before > 0))
    assert view.walk_in_stat.number.text() == str(sum(1 for l in lines if l.attendance.walk_in))
    total_hours = demo_db.submit(attendance.meeting_hours, meeting_id).result()
    assert total_hours > 0 and view.hours_stat.number.text() == f"{total_hours:.1f}"
    volunteers = [l for l in lines if l.attendance.role is Role.VOLUNTEER]
    assert f"Volunteer {len(volunteers)}" in view.by_role.text()
    assert view.showing.text() == f"Showing {len(lines)} of {len(lines)}"

    choose(qtbot, view.role_filter, "Volunteer")
    assert {l.attendance.id for l in view.shown_lines()} == {l.attendance.id for l in volunteers}
    assert view.showing.text() == f"Showing {len(volunteers)} of {len(lines)}"
    choose(qtbot, view.newness_filter, "Returning only")
    assert {l.attendance.id for l in view.shown_lines()} == {
        l.attendance.id for l in volunteers if l.meetings_before > 0}
    choose(qtbot, view.role_filter, "All roles")
    choose(qtbot, view.newness_filter, "New only")
    new_people = [l for l in lines if l.meetings_before == 0]
    assert new_people and {l.attendance.id for l in view.shown_lines()} == {l.attendance.id for l in new_people}
    assert all(view.proxy.index(r, AttendanceModel.NEWNESS).data() == "New" for r in range(view.proxy.rowCount()))
    view.set_filters(None, RETURNING)
    assert all(l.meetings_before > 0 for l in view.shown_lines())
    view.set_filters(None, None)

    # Sorted by time in to start with; by name, by role or by who came most, from the keyboard.
    assert [l.attendance.time_in for l in view.shown_lines()] == sorted(l.attendance.time_in for l in lines)
    choose(qtbot, view.sort_column, "Person")
    qtbot.keyClick(view.sort_column, Qt.Key.Key_Return)
    names = [l.person.family_name.casefold() for l in view.shown_lines()]
    assert len(names) == len(lines) and names[0] <= names[-1]
    choose(qtbot, view.sort_column, "New or returning")
    qtbot.keyClick(view.sort_column, Qt.Key.Key_Return)
    before = [l.meetings_before for l in view.shown_lines()]
    assert before == sorted(before, reverse=True)
    view.table.sortByColumn(AttendanceModel.ROLE, Qt.SortOrder.AscendingOrder)
    assert view.shown_lines()[0].attendance.role is Role.ATTENDEE
    assert view.sort_column.currentText() == "Role"

    # Hours of those checked out, beside their time out.
    checked_out = [l for l in view.shown_lines() if l.attendance.time_out]
    assert checked_out
    for line in checked_out:
        row = view.shown_lines().index(line)
        hours = attendance.line_hours(line)
        shown = view.proxy.index(row, AttendanceModel.TIME_OUT).data()
        assert shown == f"{line.attendance.time_out[11:16]} ({hours:.1f} h)"
    assert round(sum(attendance.line_hours(line) for line in checked_out), 2) == total_hours

    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert screen.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: screen.table.hasFocus())


def test_attendance_of_tonight_before_anyone_came(qtbot, screen):
    view = attendance_view(qtbot, screen, "Riverside Town Hall #4")
    assert view.total_stat.number.text() == "0"
    assert view.by_role.text() == "Nobody has signed in yet."
    assert view.model.rowCount() == 0
    with qtbot.waitSignal(view.desk_requested, timeout=2000) as asked:
        qtbot.keyClick(view.desk_button, Qt.Key.Key_Space)
    assert asked.args == [view.meeting_id]
    qtbot.keyClick(view.desk_button, Qt.Key.Key_Escape)
    assert screen.pages.currentIndex() == 0


def expected_retention(worker, series_titles: list[str]) -> tuple[set[str], set[str]]:
    """Who keeps coming and who stopped, worked out here from the raw attendance lists."""
    came = [{l.person.id for l in worker.submit(attendance.meeting_attendance, by_title(worker, t).id).result().lines}
            for t in series_titles]
    everyone = set().union(*came)
    last_two = came[-1] | came[-2]
    keep = {p for p in everyone if sum(p in c for c in came) >= 2 and p in last_two}
    stopped = {p for p in everyone if sum(p in c for c in came[:-2]) >= 2 and p not in last_two}
    return keep, stopped


def test_series_retention_lists(qtbot, demo_db, qtmodeltester):
    # Tonight's meeting is under way: some regulars came, so it counts as held.
    tonight = by_title(demo_db, "Riverside Town Hall #4")
    desk = demo_db.submit(Desk.open, tonight.id).result()
    third = demo_db.submit(attendance.meeting_attendance, by_title(demo_db, "Riverside Town Hall #3").id).result()
    for line in third.lines[:12]:
        demo_db.call(desk.check_in, line.person, now="2026-11-22T18:35:00").result()
    screen = open_screen(qtbot, demo_db, clock=datetime(2026, 11, 22, 19, 0))
    view = attendance_view(qtbot, screen, "Riverside Town Hall #4")
    assert view.total_stat.number.text() == "12"
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_E, ALT)
    assert view.tabs.currentIndex() == 1
    assert "meetings held: 4" in view.series_heading.text()

    keep, stopped = expected_retention(demo_db, [f"Riverside Town Hall #{n}" for n in (1, 2, 3, 4)])
    assert stopped, "the demo should have someone who stopped coming"
    shown_keep = {view.keep_model.line(r).person_id for r in range(view.keep_model.rowCount())}
    shown_stopped = {view.stopped_model.line(r).person_id for r in range(view.stopped_model.rowCount())}
    assert (shown_keep, shown_stopped) == (keep, stopped)
    assert view.keep_label.text() == f"&Keep coming: {len(keep)}"
    assert view.stopped_label.text() == f"Sto&pped coming: {len(stopped)}"
    first = view.stopped_model.line(0)
    assert view.stopped_model.index(0, 1).data() == f"{first.times} of 4"
    assert view.stopped_model.index(0, 2).data() in ("30 Aug 2026", "27 Sep 2026")
    qtmodeltester.check(view.keep_model)
    qtmodeltester.check(view.stopped_model)


def test_a_one_off_meeting_has_no_series_tab(qtbot, demo_db):
    made = demo_db.submit(meetings.create_meeting, Meeting(title="Open day", starts_at="2026-11-20T10:00")).result()
    screen = open_screen(qtbot, demo_db)
    screen.select_meeting(made.id)
    with qtbot.waitSignal(screen.attendance.loaded, timeout=5000):
        qtbot.keyClick(screen.table, Qt.Key.Key_A, CTRL)
    assert not screen.attendance.tabs.isTabEnabled(1)
    assert screen.attendance.series_heading.text() == "This meeting is not part of a series."


# ------------------------------------------------------------------ accessibility

def unnamed_controls(root) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)
    controls = [w for kind in kinds for w in root.findChildren(kind)]
    assert controls
    return [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.accessibleName()]


def test_every_control_has_an_accessible_name(qtbot, screen):
    assert unnamed_controls(screen) == []
    editor = open_editor(qtbot, screen, Qt.Key.Key_F2)
    assert unnamed_controls(editor) == []
    assert editor.completer.popup().accessibleName()
    editor.reject()
