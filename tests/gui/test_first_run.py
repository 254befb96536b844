from __future__ import annotations

from PySide6.QtCore import Qt

from engagedesk.services import organisation
from engagedesk.services.people import count_people
from engagedesk.ui.main_window import MainWindow
from tests.gui.keys import type_text


def open_new(qtbot, worker, tmp_path) -> MainWindow:
    window = MainWindow(worker, tmp_path / "test.db", default_laptop_name="Hall laptop")
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible(), timeout=5000)
    return window


def test_a_new_database_asks_the_first_run_questions(qtbot, worker, tmp_path):
    window = open_new(qtbot, worker, tmp_path)
    dialog = window.first_run
    assert dialog.laptop.text() == "Hall laptop"
    assert dialog.demo.isChecked()
    assert dialog.focusWidget() is dialog.organisation


def test_empty_names_are_refused_with_a_message_and_nothing_is_stored(qtbot, worker, tmp_path, wait_tasks):
    window = open_new(qtbot, worker, tmp_path)
    dialog = window.first_run
    qtbot.keyClicks(dialog.organisation, "   ")
    dialog.laptop.clear()
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.organisation_problem.isVisible()
    assert "organisation" in dialog.organisation_problem.text()
    assert dialog.laptop_problem.isVisible()
    wait_tasks()
    assert worker.submit(organisation.is_set_up).result() is False


def test_setting_up_with_demo_data_by_keyboard(qtbot, worker, tmp_path, wait_tasks, shown_errors):
    window = open_new(qtbot, worker, tmp_path)
    dialog = window.first_run
    type_text(qtbot, dialog.organisation, "Barrio Unido — Asociación")
    with qtbot.waitSignal(window.overview_changed, timeout=20_000):
        qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    wait_tasks()
    assert not dialog.isVisible()
    assert window.windowTitle() == "EngageDesk — Barrio Unido — Asociación"
    assert window.laptop_label.text() == "This laptop: Hall laptop"
    assert worker.submit(count_people).result() > 0
    assert shown_errors == []


def test_setting_up_without_demo_data_starts_empty(qtbot, worker, tmp_path, wait_tasks):
    window = open_new(qtbot, worker, tmp_path)
    dialog = window.first_run
    qtbot.keyClicks(dialog.organisation, "Tenants' Council")
    dialog.demo.setChecked(False)
    with qtbot.waitSignal(window.overview_changed, timeout=10_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert worker.submit(organisation.get_organisation).result().name == "Tenants' Council"
    assert worker.submit(count_people).result() == 0


def test_quitting_the_first_run_closes_the_window(qtbot, worker, tmp_path):
    window = open_new(qtbot, worker, tmp_path)
    qtbot.keyClick(window.first_run, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_a_new_laptop_can_join_from_a_bundle_instead(qtbot, worker, tmp_path, wait_tasks):
    window = open_new(qtbot, worker, tmp_path)
    qtbot.mouseClick(window.first_run.join_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert not window.first_run.isVisible()
    assert window.isVisible()  # not closed, as Quit would
    assert window.current_screen_key() == "sync"
    assert worker.submit(organisation.is_set_up).result() is False  # nothing made up on the way
