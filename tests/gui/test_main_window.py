from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget

from engagedesk.services import demo
from engagedesk.ui.main_window import MainWindow
from tests.gui.keys import show_active


def make_window(qtbot, worker, tmp_path, **options) -> MainWindow:
    window = MainWindow(worker, tmp_path / "test.db", **options)
    qtbot.addWidget(window)
    show_active(qtbot, window)  # shortcuts reach only the active window
    return window


def test_shows_the_organisation_the_laptop_and_the_database(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    worker.submit(demo.make_demo, people=300, seed=3).result()
    window = make_window(qtbot, worker, tmp_path)
    with qtbot.waitSignal(window.overview_changed, timeout=5000) as loaded:
        window.start()
    assert loaded.args[0].people == 300
    assert window.windowTitle() == "EngageDesk — Riverside Neighbours United"
    assert window.laptop_label.text() == "This laptop: Front desk"
    assert str(tmp_path / "test.db") in window.database_label.text()
    qtbot.waitUntil(lambda: window.people.count_label.text() == "300 people", timeout=5000)
    assert window.first_run is None
    assert shown_errors == []


def test_keyboard_moves_between_screens(qtbot, worker, tmp_path):
    window = make_window(qtbot, worker, tmp_path)
    assert window.current_screen_key() == "people"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "canvassing"
    assert window.sidebar.hasFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_screen_key() == "sync"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.current_screen_key() == "settings"


def test_every_sidebar_entry_opens_its_own_screen(qtbot, worker, tmp_path, wait_tasks):
    from engagedesk.ui.print_screen import PrintScreen

    window = make_window(qtbot, worker, tmp_path)
    shown = []
    for row in range(window.sidebar.count()):
        window.show_screen(row)
        page = window.stack.currentWidget()
        shown.append(type(page.screen() if hasattr(page, "screen") else page).__name__)
    wait_tasks()
    assert len(set(shown)) == window.sidebar.count() == 6
    assert "PrintScreen" in shown and isinstance(window.screens["print"].screen(), PrintScreen)


def test_enter_on_a_meeting_opens_its_desk(qtbot, worker, tmp_path, wait_tasks):
    from datetime import date

    worker.submit(demo.make_demo, people=100, seed=4, today=date.today()).result()
    window = make_window(qtbot, worker, tmp_path)
    with qtbot.waitSignal(window.meetings.loaded, timeout=5000):
        window.start()
    window.show_screen(1)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    wait_tasks()
    assert window.current_screen_key() == "desk"
    assert "Town Hall #4" in window.desk.title.text()
    qtbot.mouseClick(window.desk.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "meetings"


def test_every_control_has_an_accessible_name(qtbot, worker, tmp_path):
    window = make_window(qtbot, worker, tmp_path)
    controls = [w for kind in (QListWidget, QLineEdit, QAbstractButton) for w in window.findChildren(kind)]
    assert controls, "the window should have controls"
    unnamed = [w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_quit_shortcut_closes_the_window(qtbot, worker, tmp_path):
    window = make_window(qtbot, worker, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_a_meeting_opens_its_desk_and_the_kiosk_hands_over_with_a_pin(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    from datetime import date

    from engagedesk.services import meetings

    worker.submit(demo.make_demo, people=200, seed=2, today=date.today()).result()
    window = make_window(qtbot, worker, tmp_path)
    with qtbot.waitSignal(window.overview_changed, timeout=5000):
        window.start()
    tonight = worker.submit(meetings.list_meetings).result()[0]
    window.open_desk(tonight.id)
    wait_tasks()
    assert window.current_screen_key() == "desk"
    assert window.sidebar.currentItem().text() == "Meetings"
    assert tonight.title in window.desk.title.text()
    assert window.desk.entered_by == "Front desk"

    window.open_kiosk()
    pin = window.pin_dialog
    qtbot.keyClicks(pin.pin, "9753")
    qtbot.keyClicks(pin.again, "9753")
    qtbot.keyClick(pin.again, Qt.Key.Key_Return)
    kiosk = window.kiosk
    assert kiosk is not None and kiosk.isVisible() and kiosk.isFullScreen()
    person = max(kiosk.desk._entries.values(), key=lambda e: (e.expected.times, e.expected.person.id)).expected.person
    kiosk.search.setText(f"{person.given_name} {person.family_name}")
    qtbot.waitUntil(lambda: kiosk.model.rowCount() > 0, timeout=5000)
    with qtbot.waitSignal(kiosk.signed_in, timeout=5000):
        qtbot.keyClick(kiosk.search, Qt.Key.Key_Return)
    wait_tasks()
    assert window.desk.count_label.text() == "1 signed in"
    assert kiosk.try_leave("9753")
    qtbot.waitUntil(lambda: window.kiosk is None, timeout=2000)
    assert shown_errors == []


def test_a_meeting_opens_its_live_notes_and_summary(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    from datetime import date

    worker.submit(demo.make_demo, people=100, seed=4, today=date.today()).result()
    window = make_window(qtbot, worker, tmp_path)
    with qtbot.waitSignal(window.meetings.loaded, timeout=5000):
        window.start()
    window.show_screen(1)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert window.current_screen_key() == "notes"
    assert window.sidebar.currentItem().text() == "Meetings"
    qtbot.mouseClick(window.notes.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "meetings"
    window.meetings.table.setFocus()
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert window.current_screen_key() == "summary"
    assert shown_errors == []


def test_the_kiosk_offers_exit_feedback(qtbot, worker, wait_tasks):
    from datetime import date

    from engagedesk.services import meetings
    from engagedesk.services.desk import Desk
    from engagedesk.ui.kiosk import KioskWindow

    worker.submit(demo.make_demo, people=50, seed=4, today=date.today()).result()
    meeting = worker.submit(meetings.list_meetings).result()[0]
    kiosk = KioskWindow(worker, worker.submit(Desk.open, meeting.id).result(), "1234")
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.mouseClick(kiosk.feedback_button, Qt.MouseButton.LeftButton)
    feedback = kiosk.feedback
    assert feedback is not None and feedback.isVisible()
    qtbot.addWidget(feedback)
    feedback.finished.emit()
    feedback.close()
    assert kiosk.feedback is None
    kiosk.try_leave("1234")


def test_settings_rename_the_organisation_and_this_laptop(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    worker.submit(demo.make_demo, people=20, seed=4).result()
    window = make_window(qtbot, worker, tmp_path)
    with qtbot.waitSignal(window.overview_changed, timeout=5000):
        window.start()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    settings = window._settings_page.screen()
    wait_tasks()
    assert settings.organisation.text() == "Riverside Neighbours United"
    assert len(settings.fingerprint.text()) == 24
    settings.laptop.clear()
    settings.save()
    wait_tasks()
    assert "laptop" in settings.problem.text()
    settings.organisation.setText("Barrio Unido")
    settings.laptop.setText("Hall laptop")
    with qtbot.waitSignal(window.overview_changed, timeout=5000):
        qtbot.keyClick(settings.laptop, Qt.Key.Key_Return)
    wait_tasks()
    assert window.windowTitle() == "EngageDesk — Barrio Unido"
    assert window.laptop_label.text() == "This laptop: Hall laptop"
    assert shown_errors == []
