"""The main screens, each built in one window over a small database, for the tests that walk
every screen (translation, accessibility, screenshots)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from PySide6.QtWidgets import QWidget

from engagedesk.domain.models import Meeting, Person
from engagedesk.services import meetings, notes, organisation, people
from engagedesk.ui.main_window import MainWindow
from engagedesk.ui.widgets import LazyPage
from tests.gui.keys import show_active

SCREENS = ("people", "meetings", "desk", "notes", "summary", "canvassing", "sync", "print", "settings")


def fill(store) -> str:  # noqa: ANN001 - runs on the store thread
    """An organisation, a few people (names only: no English in the data) and a meeting on now,
    with a note; returns the meeting's id."""
    organisation.set_up(store, "Vecinos Unidos", "Mesa 1")
    names = [("Ana", "García"), ("Bruno", "Ferreira"), ("Chiara", "Rossi"), ("Dmitri", "Volkov")]
    made = [people.add_person(store, Person(given_name=g, family_name=f, phone="555 0101")) for g, f in names]
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=30)
    meeting = meetings.create_meeting(store, Meeting(
        title="Asamblea 5", starts_at=start.isoformat(timespec="minutes"),
        ends_at=(start + timedelta(hours=2)).isoformat(timespec="minutes"), place="Calle Mayor 3"))
    notes.add_note(store, meeting.id, "Farolas y aceras", speaker_id=made[0].id)
    return meeting.id


def make_window(qtbot, worker, tmp_path) -> tuple[MainWindow, str]:  # noqa: ANN001
    meeting_id = worker.submit(fill).result()
    window = MainWindow(worker, tmp_path / "test.db")
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window, meeting_id


def visit(window: MainWindow, meeting_id: str, wait_tasks) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """Show each main screen in turn; yields (name, screen) while it is the one shown."""
    window.start()
    wait_tasks()
    rows = {info.key: row for row, info in enumerate(window.screens_info)}
    for name in SCREENS:
        if name == "desk":
            window.open_desk(meeting_id)
        elif name == "notes":
            window.open_notes(meeting_id)
        elif name == "summary":
            window.open_summary(meeting_id)
        else:
            window.show_screen(rows[name])
        wait_tasks()
        screen = window.stack.currentWidget()
        yield name, (screen.screen() if isinstance(screen, LazyPage) else screen)
