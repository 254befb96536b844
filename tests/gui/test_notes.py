"""The live notes pane, driven by keyboard as a note-taker at a meeting would; and a crash test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt

from engagedesk.domain.models import ActionStatus, AgendaItem, Meeting, NoteKind, Person
from engagedesk.services import meetings, organisation, people
from engagedesk.services.desk import Desk
from engagedesk.services.notes import ensure_themes
from engagedesk.store import notes as notes_table
from engagedesk.ui import tasks
from engagedesk.ui.notes import NotesScreen
from engagedesk.ui.notes_timeline import KIND_KEYS
from tests.gui.keys import type_text

ROOT = Path(__file__).resolve().parents[2]
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass(frozen=True)
class Series:
    first: Meeting
    second: Meeting
    who: dict[str, Person]


def make_series(store) -> Series:
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    agenda = ("Welcome", "Playground", "Next steps")

    def meeting(starts_at: str, number: int) -> Meeting:
        return meetings.create_meeting(store, Meeting(
            title=f"Parks committee #{number}", series="Parks committee", starts_at=starts_at,
            agenda=tuple(AgendaItem(meeting_id="", position=i, title=t) for i, t in enumerate(agenda))))

    first, second = meeting("2025-10-01T18:30", 1), meeting("2025-11-01T18:30", 2)
    who = {given: people.add_person(store, Person(given_name=given, family_name=family))
           for given, family in (("Ana", "Ruiz"), ("Bo", "Li"), ("Chidi", "Okafor"), ("Dolores", "Núñez"))}
    for meeting_ in (first, second):
        desk = Desk.open(store, meeting_.id)
        for person in who.values():
            desk.check_in(person, now=f"{meeting_.starts_at[:10]}T18:20:00")
    ensure_themes(store, ["Parks", "Safety"])
    return Series(first, second, who)


@pytest.fixture
def series(worker) -> Series:
    return worker.submit(make_series).result()


def open_screen(qtbot, worker, meeting_id: str, wait_tasks) -> NotesScreen:
    screen = NotesScreen(worker)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    tasks.run_task(screen, screen.open_meeting(meeting_id))
    wait_tasks()
    return screen


@pytest.fixture
def screen(qtbot, worker, series, wait_tasks) -> NotesScreen:
    return open_screen(qtbot, worker, series.second.id, wait_tasks)


def save_note(qtbot, screen: NotesScreen, text: str, wait_tasks):
    type_text(qtbot, screen.note, text)
    with qtbot.waitSignal(screen.note_saved, timeout=5000) as saved:
        qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    wait_tasks()
    return saved.args[0]


def stored(worker, note_id: str):
    return worker.submit(notes_table.get_note, note_id).result().note


def test_every_kind_is_one_shortcut_away_and_enter_saves(qtbot, screen, worker, wait_tasks, shown_errors):
    assert screen.note.hasFocus()
    for kind, letter in KIND_KEYS.items():
        qtbot.keyClick(screen.note, getattr(Qt.Key, f"Key_{letter}"), ALT)
        assert screen.kinds.kind() is kind
        entry = save_note(qtbot, screen, f"A {kind.value} from the floor", wait_tasks)
        assert stored(worker, entry.note.id).kind is kind
        assert screen.note.toPlainText() == "" and screen.note.hasFocus()
        assert screen.kinds.kind() is NoteKind.COMMENT  # back to the usual kind for the next note
    assert screen.model.rowCount() == len(KIND_KEYS)
    assert screen.count_label.text() == f"{len(KIND_KEYS)} notes"
    assert "saved" in screen.feedback.text()
    assert shown_errors == []


def test_the_speaker_is_picked_by_typing_a_few_letters(qtbot, screen, worker, series, wait_tasks):
    qtbot.keyClick(screen.note, Qt.Key.Key_S, ALT)
    assert screen.speaker.hasFocus()
    wait_tasks()
    type_text(qtbot, screen.speaker, "dolo nu")       # accents and case do not matter
    qtbot.keyClick(screen.speaker, Qt.Key.Key_Return)
    assert screen.speaker.person_id() == series.who["Dolores"].id
    assert screen.speaker.text() == "Dolores Núñez"
    assert screen.note.hasFocus()
    entry = save_note(qtbot, screen, "Can we have a water fountain?", wait_tasks)
    assert stored(worker, entry.note.id).speaker_id == series.who["Dolores"].id
    assert screen.model.entry(screen.model.rowCount() - 1).speaker == "Dolores Núñez"
    # The next note starts with an unnamed participant: nobody is quoted by mistake.
    assert screen.speaker.person_id() is None and screen.speaker.text() == ""
    qtbot.keyClick(screen.note, Qt.Key.Key_S, ALT)
    type_text(qtbot, screen.speaker, "zed")
    qtbot.keyClick(screen.speaker, Qt.Key.Key_Return)
    assert "Nobody signed in" in screen.feedback.text() and screen.speaker.hasFocus()
    screen.speaker.selectAll()
    qtbot.keyClick(screen.speaker, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.speaker, Qt.Key.Key_Return)
    assert screen.speaker.person_id() is None and screen.note.hasFocus()
    entry = save_note(qtbot, screen, "Someone at the back agrees", wait_tasks)
    assert stored(worker, entry.note.id).speaker_id is None
    assert screen.model.entry(screen.model.rowCount() - 1).speaker == "unnamed participant"


def test_the_agenda_item_advances_with_a_shortcut(qtbot, screen, worker, series, wait_tasks):
    agenda = worker.submit(meetings.get_meeting, series.second.id).result().agenda
    assert screen.agenda.currentData() == agenda[0].id
    first = save_note(qtbot, screen, "Hello all", wait_tasks)
    qtbot.keyClick(screen.note, Qt.Key.Key_Right, ALT)
    assert screen.agenda.currentData() == agenda[1].id
    assert "Playground" in screen.feedback.text()
    second = save_note(qtbot, screen, "The swings are broken", wait_tasks)
    qtbot.keyClick(screen.note, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(screen.note, Qt.Key.Key_Right, ALT)  # past the last item it stays there
    assert screen.agenda.currentData() == agenda[2].id
    qtbot.keyClick(screen.note, Qt.Key.Key_Left, ALT)
    assert screen.agenda.currentData() == agenda[1].id
    assert stored(worker, first.note.id).agenda_item_id == agenda[0].id
    assert stored(worker, second.note.id).agenda_item_id == agenda[1].id
    assert second.agenda_title == "Playground"


def test_themes_are_tags_completed_or_made_on_the_fly(qtbot, screen, worker, wait_tasks):
    qtbot.keyClick(screen.note, Qt.Key.Key_T, ALT)
    assert screen.themes.field.hasFocus()
    type_text(qtbot, screen.themes.field, "par")
    qtbot.keyClick(screen.themes.field, Qt.Key.Key_Return)   # completes the known theme
    assert screen.themes.themes() == ("Parks",) and screen.note.hasFocus()
    qtbot.keyClick(screen.note, Qt.Key.Key_T, ALT)
    type_text(qtbot, screen.themes.field, "Drinking water,")   # a comma adds and stays
    type_text(qtbot, screen.themes.field, "oops")
    assert screen.themes.themes() == ("Parks", "Drinking water") and screen.themes.field.hasFocus()
    screen.themes.field.clear()
    qtbot.keyClick(screen.themes.field, Qt.Key.Key_Backspace)  # empty field: takes the last tag off
    assert screen.themes.themes() == ("Parks",)
    type_text(qtbot, screen.themes.field, "Água potável")
    qtbot.keyClick(screen.themes.field, Qt.Key.Key_Return)
    entry = save_note(qtbot, screen, "We need a fountain", wait_tasks)
    assert entry.themes == ("Água potável", "Parks")
    names = {t.name for t in worker.submit(notes_table.list_themes).result()}
    assert {"Parks", "Safety", "Água potável"} <= names and "Drinking water" not in names
    assert screen.themes.themes() == ()  # the next note starts without themes
    assert "Água potável" in screen.themes.field.labels()  # and the new theme now completes


def test_an_empty_note_is_not_saved_and_says_why(qtbot, screen, worker, wait_tasks):
    qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    wait_tasks()
    type_text(qtbot, screen.note, "   ")
    qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    wait_tasks()
    assert "empty" in screen.feedback.text()
    assert screen.feedback.property("tone") == "warning"
    assert worker.submit(lambda store: store.count("notes")).result() == 0
    assert screen.note.hasFocus()


def test_shift_enter_starts_a_new_line(qtbot, screen, worker, wait_tasks):
    type_text(qtbot, screen.note, "First line")
    qtbot.keyClick(screen.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    entry = save_note(qtbot, screen, "second line", wait_tasks)
    assert stored(worker, entry.note.id).text == "First line\nsecond line"


def test_a_note_is_edited_deleted_and_brought_back_by_keyboard(qtbot, screen, worker, wait_tasks):
    save_note(qtbot, screen, "First point", wait_tasks)
    entry = save_note(qtbot, screen, "Secnd point", wait_tasks)
    type_text(qtbot, screen.note, "half-typed new note")
    qtbot.keyClick(screen.note, Qt.Key.Key_L, ALT)
    assert screen.table.hasFocus() and screen.chosen_entry().note.id == entry.note.id
    assert "Secnd point" in screen.detail.toPlainText()
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    assert screen.note.hasFocus() and screen.note.toPlainText() == "Secnd point"
    assert screen.editing_banner.isVisible()
    screen.note.selectAll()
    type_text(qtbot, screen.note, "Second point")
    qtbot.keyClick(screen.note, Qt.Key.Key_Q, ALT)
    with qtbot.waitSignal(screen.note_saved, timeout=5000):
        qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    wait_tasks()
    changed = stored(worker, entry.note.id)
    assert (changed.text, changed.kind, changed.at) == ("Second point", NoteKind.QUESTION, entry.note.at)
    assert not screen.editing_banner.isVisible()
    assert screen.note.toPlainText() == "half-typed new note"  # put aside while editing, back now
    qtbot.keyClick(screen.note, Qt.Key.Key_L, ALT)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    wait_tasks()
    assert worker.submit(notes_table.get_note, entry.note.id).result() is None
    assert screen.model.rowCount() == 1 and "Ctrl+Z" in screen.feedback.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Escape)
    assert screen.note.hasFocus()
    screen.note.clear()
    qtbot.keyClick(screen.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # empty field: undo
    wait_tasks()
    assert stored(worker, entry.note.id).text == "Second point"
    assert screen.model.rowCount() == 2


def test_escape_leaves_an_edit_unchanged(qtbot, screen, worker, wait_tasks):
    entry = save_note(qtbot, screen, "Keep me", wait_tasks)
    qtbot.keyClick(screen.note, Qt.Key.Key_L, ALT)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    type_text(qtbot, screen.note, " not")
    qtbot.keyClick(screen.note, Qt.Key.Key_Escape)
    assert not screen.editing_banner.isVisible() and screen.note.toPlainText() == ""
    assert stored(worker, entry.note.id).text == "Keep me"


def test_the_timeline_filters_by_kind_theme_speaker_agenda_item_and_words(qtbot, screen, worker, series, wait_tasks):
    qtbot.keyClick(screen.note, Qt.Key.Key_Q, ALT)
    save_note(qtbot, screen, "When is the fountain coming?", wait_tasks)
    qtbot.keyClick(screen.note, Qt.Key.Key_T, ALT)
    type_text(qtbot, screen.themes.field, "Safety")
    qtbot.keyClick(screen.themes.field, Qt.Key.Key_Return)
    qtbot.keyClick(screen.note, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(screen.note, Qt.Key.Key_S, ALT)
    type_text(qtbot, screen.speaker, "bo")
    qtbot.keyClick(screen.speaker, Qt.Key.Key_Return)
    save_note(qtbot, screen, "Lights on the path", wait_tasks)
    save_note(qtbot, screen, "Thanks for coming", wait_tasks)

    def shown() -> list[str]:
        return [screen.model.entry(row).note.text for row in range(screen.model.rowCount())]

    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData(NoteKind.QUESTION))
    assert shown() == ["When is the fountain coming?"]
    assert screen.count_label.text() == "1 of 3 notes shown"
    screen.kind_filter.setCurrentIndex(0)
    screen.theme_filter.setCurrentIndex(screen.theme_filter.findText("Safety"))
    assert shown() == ["Lights on the path"]
    screen.theme_filter.setCurrentIndex(0)
    screen.speaker_filter.setCurrentIndex(screen.speaker_filter.findData(series.who["Bo"].id))
    assert shown() == ["Lights on the path"]
    screen.speaker_filter.setCurrentIndex(screen.speaker_filter.findText("unnamed participant"))
    assert shown() == ["When is the fountain coming?", "Thanks for coming"]
    screen.speaker_filter.setCurrentIndex(0)
    screen.agenda_filter.setCurrentIndex(screen.agenda_filter.findText("2. Playground"))
    assert shown() == ["Lights on the path", "Thanks for coming"]
    qtbot.keyClick(screen.note, Qt.Key.Key_F, ALT)
    type_text(qtbot, screen.find, "THANKS")
    assert shown() == ["Thanks for coming"]
    qtbot.keyClick(screen.find, Qt.Key.Key_Escape)
    assert screen.note.hasFocus()


def test_a_very_long_note_and_pasted_rich_text_are_kept_as_plain_text(qtbot, screen, worker, wait_tasks):
    long_text = "The whole testimony, word for word. " * 1389  # about 50,000 characters
    screen.note.setPlainText(long_text)
    with qtbot.waitSignal(screen.note_saved, timeout=5000) as saved:
        qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    wait_tasks()
    assert len(stored(worker, saved.args[0].note.id).text) == len(long_text.strip()) > 49_000
    assert screen.detail.toPlainText().startswith(long_text.strip() + "\n")   # shown in full
    pasted = QMimeData()
    pasted.setHtml("<html><body><p><b>Bus</b> route&nbsp;7</p><p>&amp; the <i>clinic</i></p></body></html>")
    screen.note.insertFromMimeData(pasted)
    with qtbot.waitSignal(screen.note_saved, timeout=5000) as saved:
        qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    wait_tasks()
    assert stored(worker, saved.args[0].note.id).text == "Bus route 7\n\n& the clinic"


def test_a_note_by_someone_deleted_since_shows_former_participant(qtbot, worker, series, wait_tasks):
    first = open_screen(qtbot, worker, series.second.id, wait_tasks)
    first.speaker.set_person(series.who["Chidi"].id)
    save_note(qtbot, first, "I will bring chairs", wait_tasks)
    worker.submit(lambda store: store.delete("people", series.who["Chidi"].id)).result()
    again = open_screen(qtbot, worker, series.second.id, wait_tasks)
    entry = again.model.entry(0)
    assert (entry.note.text, entry.speaker) == ("I will bring chairs", "former participant")
    qtbot.keyClick(again.note, Qt.Key.Key_V, CTRL_SHIFT)
    wait_tasks()
    assert again.voices.spoken.item(0).text() == "  1   former participant"
    assert again.voices.headline.text() == "Signed in and heard: 0 of 3. 1 note."


def test_voices_heard_follow_the_notes(qtbot, screen, series, wait_tasks):
    qtbot.keyClick(screen.note, Qt.Key.Key_V, CTRL_SHIFT)
    assert screen.tabs.currentWidget() is screen.voices
    wait_tasks()
    assert screen.voices.spoken.count() == 0 and screen.voices.not_yet.count() == 4
    screen.speaker.set_person(series.who["Ana"].id)
    with qtbot.waitSignal(screen.voices.refreshed, timeout=5000):
        save_note(qtbot, screen, "Hello", wait_tasks)
    wait_tasks()
    assert "Ana Ruiz" in screen.voices.spoken.item(0).text()
    assert screen.voices.not_yet.count() == 3
    assert screen.voices.headline.text() == "Signed in and heard: 1 of 4. 1 note."
    assert screen.count_label.text() == "1 note"


def add_action_by_keyboard(qtbot, screen: NotesScreen, text: str, owner: str, due: str, wait_tasks) -> None:
    qtbot.keyClick(screen.note, Qt.Key.Key_A, CTRL_SHIFT)
    panel = screen.actions
    assert screen.tabs.currentWidget() is panel and panel.text.hasFocus()
    type_text(qtbot, panel.text, text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    assert panel.owner.hasFocus()
    type_text(qtbot, panel.owner, owner)
    qtbot.keyClick(panel.owner, Qt.Key.Key_Return)   # picks the owner, moves on to the date
    assert panel.due.hasFocus()
    type_text(qtbot, panel.due, due)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    wait_tasks()


def test_action_items_are_made_closed_and_carried_over_to_the_next_meeting(qtbot, worker, series, wait_tasks):
    first = open_screen(qtbot, worker, series.first.id, wait_tasks)
    add_action_by_keyboard(qtbot, first, "Ask the city about the fountain", "ana", "2025-10-20", wait_tasks)
    add_action_by_keyboard(qtbot, first, "Paint the fence", "bo l", "2025-10-25", wait_tasks)
    assert first.note.hasFocus()  # done: back to the notes
    lines = first.actions.lines()
    assert [(l.item.text, l.owner, l.item.due_on) for l in lines] == [
        ("Ask the city about the fountain", "Ana Ruiz", "2025-10-20"), ("Paint the fence", "Bo Li", "2025-10-25")]
    # Close the fence by keyboard at the first meeting.
    first.actions.list.setFocus()
    first.actions.choose(lines[1].item.id)
    qtbot.keyClick(first.actions.list, Qt.Key.Key_D, CTRL_SHIFT)
    wait_tasks()
    fence, _ = worker.submit(notes_table.get_action, lines[1].item.id).result()
    assert (fence.status, fence.closed_in_meeting_id) == (ActionStatus.DONE, series.first.id) and fence.closed_at

    # At the next meeting of the series, the open one comes up for review and is closed there.
    second = open_screen(qtbot, worker, series.second.id, wait_tasks)
    carried = second.actions.lines()
    assert [(l.item.text, l.carried_over, l.origin_title) for l in carried] == [
        ("Ask the city about the fountain", True, "Parks committee #1")]
    assert "From earlier meetings" in second.actions.list.item(0).text()
    second.actions.list.setFocus()
    second.actions.choose(carried[0].item.id)
    qtbot.keyClick(second.actions.list, Qt.Key.Key_D, CTRL_SHIFT)
    wait_tasks()
    fountain, _ = worker.submit(notes_table.get_action, carried[0].item.id).result()
    assert (fountain.status, fountain.closed_in_meeting_id) == (ActionStatus.DONE, series.second.id)
    assert second.actions.lines()[0].closed_here  # still listed where it was closed, ticked
    assert second.actions.list.item(1).text().startswith("✓")
    qtbot.keyClick(second.actions.list, Qt.Key.Key_O, CTRL_SHIFT)   # reopened by mistake? back again
    wait_tasks()
    assert worker.submit(notes_table.get_action, carried[0].item.id).result()[0].status is ActionStatus.OPEN


def test_an_action_note_shows_up_among_the_action_items(qtbot, screen, series, wait_tasks):
    screen.speaker.set_person(series.who["Bo"].id)
    qtbot.keyClick(screen.note, Qt.Key.Key_A, ALT)
    save_note(qtbot, screen, "Bo calls the parks department", wait_tasks)
    assert [(l.item.text, l.owner) for l in screen.actions.lines()] == [("Bo calls the parks department", "Bo Li")]


def test_an_action_item_with_a_bad_date_is_refused_and_kept(qtbot, screen, worker, wait_tasks):
    qtbot.keyClick(screen.note, Qt.Key.Key_A, CTRL_SHIFT)
    panel = screen.actions
    type_text(qtbot, panel.text, "Order benches")
    panel.due.setText("next Tuesday")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    wait_tasks()
    assert "2026-12-01" in panel.problem.text() and panel.problem.isVisible()
    assert panel.text.text() == "Order benches" and panel.due.hasFocus()
    assert worker.submit(lambda store: store.count("action_items")).result() == 0


def test_the_draft_is_saved_as_it_is_typed_and_restored(qtbot, worker, series, wait_tasks):
    screen = open_screen(qtbot, worker, series.second.id, wait_tasks)
    qtbot.keyClick(screen.note, Qt.Key.Key_U, ALT)
    screen.speaker.set_person(series.who["Ana"].id)
    with qtbot.waitSignal(screen.draft_saved, timeout=3000):
        type_text(qtbot, screen.note, "Half a sentence, ñ")
    wait_tasks()
    again = open_screen(qtbot, worker, series.second.id, wait_tasks)
    assert again.note.toPlainText() == "Half a sentence, ñ"
    assert again.kinds.kind() is NoteKind.QUOTE and again.speaker.person_id() == series.who["Ana"].id
    assert "unsaved note is back" in again.feedback.text()
    save_note(qtbot, again, "", wait_tasks)   # Enter saves it, and the draft goes
    third = open_screen(qtbot, worker, series.second.id, wait_tasks)
    assert third.note.toPlainText() == ""


# ------------------------------------------------------------------------ the crash test

CHILD = r"""
import asyncio, json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
db, meeting_id, mode = sys.argv[1:4]
import qasync
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from engagedesk.store.worker import StoreWorker
from engagedesk.ui.notes import NotesScreen

app = QApplication([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
worker = StoreWorker()
worker.open(db).result()
screen = NotesScreen(worker)
screen.show()

async def run():
    await screen.open_meeting(meeting_id)
    if mode == "restore":
        print("RESTORED " + json.dumps(screen.note.toPlainText()), flush=True)
        os._exit(0)
    print("READY", flush=True)
    for number, char in enumerate(sys.argv[4], start=1):
        QTest.keyClicks(screen.note, char)
        print(f"TYPED {number} {time.time():.3f}", flush=True)
        await asyncio.sleep(0.04)
    await asyncio.sleep(60)  # until killed

with loop:
    loop.run_until_complete(run())
"""


def _child(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)


def test_a_note_typed_when_the_power_goes_is_found_again(tmp_path):
    from engagedesk.store import Store

    db = tmp_path / "crash.db"
    with Store.open(db) as store:
        meeting_id = make_series(store).second.id
    text = "The bridge on Mill Road floods every spring and nobody comes to clear it"
    typed: list[tuple[int, float]] = []
    with _child([str(db), meeting_id, "type", text]) as child:  # closes its pipes and waits for it
        try:
            assert child.stdout.readline().strip() == "READY", child.stderr.read()
            for line in child.stdout:
                _, count, at = line.split()
                typed.append((int(count), float(at)))
                if len(typed) >= 45:  # well into the sentence, about 1.8 s of typing
                    break
            killed_at = time.time()
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    must_have = max((count for count, at in typed if at <= killed_at - 1.0), default=0)
    assert must_have >= 10

    restart = _child([str(db), meeting_id, "restore"])
    out, err = restart.communicate(timeout=60)
    found = [line for line in out.splitlines() if line.startswith("RESTORED ")]
    assert found, err
    restored = json.loads(found[0][len("RESTORED "):])
    assert text.startswith(restored)                                      # nothing but what was typed
    assert must_have <= len(restored) <= typed[-1][0] + 1                 # at most the last second lost
    with Store.open(db) as store:
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"
        assert store.count("notes") == 0                                  # a draft, not a half note
