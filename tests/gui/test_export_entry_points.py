"""Exports open from where the data is: a meeting's attendance, its summary, a campaign's results."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from engagedesk.services import canvassing, demo, meetings
from engagedesk.ui.attendance import AttendanceView
from engagedesk.ui.canvassing import CanvassingScreen
from engagedesk.ui.export_dialog import ExportDialog
from engagedesk.ui.summary import SummaryScreen
from engagedesk.ui.tasks import run_task

from .keys import show_active


@pytest.fixture
def data(worker):
    worker.submit(demo.make_demo, people=120, seed=3, today=date(2026, 11, 22)).result()
    past = [m for m in worker.submit(meetings.list_meetings).result() if m.starts_at < "2026-11-22"]
    campaign = worker.submit(canvassing.list_campaigns).result()[0]
    return past[0], campaign


def chosen(dialog: ExportDialog) -> tuple[str, object, object]:
    return dialog.kind.currentData(), dialog.meeting.currentData(), dialog.campaign.currentData()


def test_ctrl_e_on_attendance_exports_that_meeting(qtbot, worker, data, wait_tasks, shown_errors):
    meeting, _ = data
    view = AttendanceView(worker)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.open_meeting(meeting.id)
    wait_tasks()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = view.export_dialog
    assert isinstance(dialog, ExportDialog)
    wait_tasks()
    assert chosen(dialog)[:2] == ("attendance", meeting.id)
    dialog.close()
    assert shown_errors == []


def test_ctrl_e_on_a_summary_exports_its_notes(qtbot, worker, data, wait_tasks, shown_errors):
    meeting, _ = data
    screen = SummaryScreen(worker)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        run_task(screen, screen.open_meeting(meeting.id))
    qtbot.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.export_dialog
    assert isinstance(dialog, ExportDialog)
    wait_tasks()
    assert chosen(dialog)[:2] == ("notes", meeting.id)
    dialog.close()
    assert shown_errors == []


def test_campaign_results_export_that_campaign(qtbot, worker, data, wait_tasks, shown_errors):
    _, campaign = data
    screen = CanvassingScreen(worker)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    wait_tasks()
    screen.tabs.setCurrentIndex(2)
    screen.export_button.click()
    dialog = screen.export_dialog
    assert isinstance(dialog, ExportDialog)
    wait_tasks()
    assert chosen(dialog)[0] == "canvass" and chosen(dialog)[2] == campaign.id
    dialog.close()
    assert shown_errors == []
