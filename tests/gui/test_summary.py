"""The summary screen: figures, the theme chart, decisions, actions, quotes, questions, feedback."""

from __future__ import annotations

import pytest

from engagedesk.domain.models import NoteKind
from engagedesk.services import actions
from engagedesk.services.feedback import AGAIN, HEARD, NEXT, submit_feedback
from engagedesk.services.notes import MeetingNotes, NoteDraft
from engagedesk.ui import tasks
from engagedesk.ui.summary import SummaryScreen
from tests.gui.test_notes import make_series


def fill(store):
    series = make_series(store)
    ana = series.who["Ana"]
    store.update("people", ana.id, {"quote_consent": 1})
    notes = MeetingNotes.open(store, series.second.id)
    for minute, (text, kind, speaker, themes) in enumerate((
        ("It finally feels like our park", NoteKind.QUOTE, ana.id, ("Parks",)),
        ("Nobody listens to renters", NoteKind.QUOTE, series.who["Bo"].id, ("Housing",)),
        ("Who pays for the lights?", NoteKind.QUESTION, None, ("Safety", "Parks")),
        ("Ask the council for a budget line", NoteKind.DECISION, None, ("Parks",)),
    )):
        notes.add(NoteDraft(text=text, kind=kind, speaker_id=speaker, themes=themes),
                  now=f"2025-11-01T18:4{minute}:00")
    actions.create_action(store, series.first.id, "Fix the gate", ana.id, "2025-10-20")
    submit_feedback(store, series.second.id, {HEARD: 5, NEXT: "Meet in the park", AGAIN: "yes"})
    submit_feedback(store, series.second.id, {HEARD: 2, AGAIN: "no"})
    return series


@pytest.fixture
def summary(qtbot, worker, wait_tasks):
    series = worker.submit(fill).result()
    screen = SummaryScreen(worker)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        tasks.run_task(screen, screen.open_meeting(series.second.id))
    wait_tasks()
    return screen


def texts(screen: SummaryScreen) -> str:
    from PySide6.QtWidgets import QLabel
    return "\n".join(label.text() for label in screen.body.findChildren(QLabel))


def test_the_summary_shows_every_section(summary):
    shown = texts(summary)
    assert summary.title.text() == "Summary: Parks committee #2"
    for expected in ("Who came", "4\nsigned in", "Top themes", "Decisions", "• Ask the council for a budget line",
                     "Action items", "Fix the gate", "from Parks committee #1", "What people said",
                     "“It finally feels like our park” — Ana Ruiz", "“Nobody listens to renters” — a participant",
                     "Questions still open", "• Who pays for the lights?", "Exit feedback", "3.5 / 5",
                     "Coming again: yes 1 · maybe 0 · no 1", "• Meet in the park"):
        assert expected in shown, expected


def test_the_theme_chart_draws_the_top_themes(summary):
    chart = summary.theme_chart
    assert chart.bars == [("Parks", 3), ("Housing", 1), ("Safety", 1)]
    assert chart.isVisible() and chart.height() >= 3 * 20
    image = chart.grab().toImage()
    bar = image.pixelColor(image.width() - 60, 18)   # the longest bar reaches the right side
    assert bar.name() != image.pixelColor(2, 2).name()
    assert "Parks: 3" in chart.accessibleDescription()


def test_the_back_button_asks_to_go_back(qtbot, summary):
    with qtbot.waitSignal(summary.back_requested, timeout=1000):
        summary.back_button.click()


def test_counts_read_right_for_more_than_1(summary):
    shown = texts(summary)
    assert "2 people spoke. 2 people who signed in were not heard." in shown
    assert "4 notes: Question 1 · Quote 2 · Decision 1" in shown


def test_counts_read_right_for_1(qtbot, worker, wait_tasks):
    def one_note(store):
        series = make_series(store)
        MeetingNotes.open(store, series.second.id).add(
            NoteDraft(text="Lights, please", kind=NoteKind.COMMENT, speaker_id=series.who["Ana"].id),
            now="2025-11-01T18:40:00")
        return series

    series = worker.submit(one_note).result()
    screen = SummaryScreen(worker)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        tasks.run_task(screen, screen.open_meeting(series.second.id))
    wait_tasks()
    shown = texts(screen)
    assert "1 person spoke. 3 people who signed in were not heard." in shown
    assert "1 note: Comment 1" in shown
    assert "By role: Attendee 4" in shown
