"""Measured in a child process: the live notes pane and its timeline.  Prints one JSON object.

    python dialogue_probe.py DB note_save [--sample N]        Enter in the notes pane until saved
    python dialogue_probe.py DB timeline_filter [--sample N]  filters over a meeting of 5,000 notes
    python dialogue_probe.py DB shots --out FOLDER            screenshots of the notes and summary screens
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

THEMES = ("Parks", "Traffic safety", "Housing costs", "Youth programs", "Street lighting", "Library hours",
          "Public transit", "Flooding", "Noise", "Seniors")


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def tonight(store):
    from engagedesk.services import meetings
    return meetings.list_meetings(store)[0]


def prepare(db: str, notes: int) -> str:
    """Tonight's meeting with everyone expected signed in and ``notes`` notes already taken."""
    from engagedesk.domain.models import Note, NoteKind, Role
    from engagedesk.services.desk import Desk
    from engagedesk.services.notes import ensure_themes
    from engagedesk.store import Store
    from engagedesk.store import notes as notes_table

    rng = random.Random(4)
    with Store.open(db, lock=False) as store:
        meeting = tonight(store)
        desk = Desk.open(store, meeting.id)
        people = [e.expected.person for e in desk._entries.values()][:80]
        for person in people:
            desk.check_in(person, Role.ATTENDEE)
        themes = ensure_themes(store, THEMES)
        kinds = list(NoteKind)
        batch = []
        for number in range(notes):
            speaker = rng.choice(people).id if rng.random() < 0.8 else None
            batch.append(Note(meeting_id=meeting.id, agenda_item_id=rng.choice(meeting.agenda).id if meeting.agenda else None,
                              speaker_id=speaker, kind=rng.choice(kinds),
                              text=f"Note {number}: " + " ".join(rng.choice(("park", "bus", "rent", "lights", "school",
                                                                             "noise", "river", "library"))
                                                                 for _ in range(rng.randrange(4, 30))),
                              theme_ids=tuple(t.id for t in rng.sample(themes, rng.randrange(0, 3))),
                              at=f"{meeting.starts_at[:10]}T{18 + number * 7200 // max(1, notes) // 3600:02d}:"
                                 f"{number * 7200 // max(1, notes) % 3600 // 60:02d}:{number % 60:02d}"))
        notes_table.insert_notes_bulk(store, batch)
        return meeting.id


def _app_and_loop():
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return app, loop


def note_save(db: str, sample: int) -> dict:
    """Enter pressed in the notes pane, with a kind, a speaker and two themes, until the note is
    committed (synchronous=FULL) and the timeline shows it: through the real screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from engagedesk.domain.models import NoteKind
    from engagedesk.services.notes import MeetingNotes, NoteDraft
    from engagedesk.store import Store
    from engagedesk.store.worker import StoreWorker
    from engagedesk.ui import tasks
    from engagedesk.ui.notes import NotesScreen

    meeting_id = prepare(db, 300)
    with Store.open(db, lock=False) as store:  # the service alone, for comparison
        notes = MeetingNotes.open(store, meeting_id)
        speakers = notes.speakers()
        service = []
        for number in range(sample):
            draft = NoteDraft(text=f"Service note {number}", kind=NoteKind.CONCERN, speaker_id=speakers[number % len(speakers)].id,
                              themes=("Parks", f"Theme {number % 7}"))
            started = time.perf_counter()
            notes.add(draft)
            service.append((time.perf_counter() - started) * 1000)
    app, loop = _app_and_loop()
    worker = StoreWorker()
    worker.open(db).result()
    screen = NotesScreen(worker)
    screen.resize(1280, 800)
    screen.show()
    timings: list[float] = []

    async def run() -> None:
        await screen.open_meeting(meeting_id)
        kinds = list(NoteKind)
        for number in range(sample):
            screen.kinds.set_kind(kinds[number % len(kinds)])
            screen.speaker.set_person(speakers[number % len(speakers)].id)
            screen.themes.set_themes(("Parks", f"Theme {number % 7}"))
            screen.note.setPlainText(f"What was said, number {number}: the swings need fixing before spring.")
            await asyncio.sleep(0.02)  # the typed note is on screen (painted) when Enter is pressed
            saved = asyncio.get_running_loop().create_future()
            screen.note_saved.connect(lambda _e, f=saved: f.done() or f.set_result(time.perf_counter()))
            started = time.perf_counter()
            QTest.keyClick(screen.note, Qt.Key.Key_Return)
            finished = await saved
            screen.note_saved.disconnect()
            timings.append((finished - started) * 1000)
            while tasks.pending():
                await asyncio.sleep(0)

    with loop:
        loop.run_until_complete(run())
    worker.close()
    return {"notes": len(timings), "p95_ms": round(p(timings, 0.95), 2), "median_ms": round(statistics.median(timings), 2),
            "max_ms": round(max(timings), 2), "service_p95_ms": round(p(service, 0.95), 2),
            "service_median_ms": round(statistics.median(service), 2)}


def timeline_filter(db: str, sample: int) -> dict:
    """Each filter over a timeline of 5,000 notes: filter_timeline, then the model reset and the
    visible rows repainted, as the notes pane does it."""
    from PySide6.QtWidgets import QApplication
    from engagedesk.domain.models import NoteKind
    from engagedesk.services.notes import FORMER_KEY, UNNAMED_KEY, MeetingNotes, TimelineFilter
    from engagedesk.store import Store
    from engagedesk.store.worker import StoreWorker
    from engagedesk.ui.notes import NotesScreen

    meeting_id = prepare(db, 5000)
    with Store.open(db, lock=False) as store:
        notes = MeetingNotes.open(store, meeting_id)
        themes = [t.id for t in notes.used_themes()]
        speakers = [key for key, _ in notes.speaker_choices()]
        items = [item.id for item in notes.meeting.agenda]
        total = len(notes.timeline())
    app, loop = _app_and_loop()
    worker = StoreWorker()
    worker.open(db).result()
    screen = NotesScreen(worker)
    screen.resize(1280, 800)
    screen.show()
    rng = random.Random(9)
    timings, shown = [], []

    async def run() -> None:
        await screen.open_meeting(meeting_id)
        for number in range(sample):
            chosen = TimelineFilter(
                kind=rng.choice([None, *NoteKind]) if number % 4 != 1 else None,
                theme_id=rng.choice([None, *themes]) if number % 4 != 2 else None,
                speaker_key=rng.choice([None, UNNAMED_KEY, FORMER_KEY, *speakers[:20]]) if number % 4 != 3 else None,
                agenda_item_id=rng.choice([None, *items]) if number % 5 == 0 else None)
            QApplication.processEvents()
            started = time.perf_counter()
            screen.filter = chosen
            screen._show_timeline()
            screen.table.viewport().repaint()
            timings.append((time.perf_counter() - started) * 1000)
            shown.append(screen.model.rowCount())

    with loop:
        loop.run_until_complete(run())
    worker.close()
    return {"notes": total, "filters": len(timings), "p95_ms": round(p(timings, 0.95), 2),
            "median_ms": round(statistics.median(timings), 2), "max_ms": round(max(timings), 2),
            "median_rows_shown": statistics.median(shown)}


def shots(db: str, out: str) -> dict:
    """The notes pane (with notes, themes and a filter) and the summary screen, at 1280x800."""
    from PySide6.QtWidgets import QApplication
    from engagedesk.domain.models import NoteKind
    from engagedesk.services import actions, meetings
    from engagedesk.services.feedback import AGAIN, HEARD, NEXT, submit_feedback
    from engagedesk.services.notes import MeetingNotes, NoteDraft
    from engagedesk.store import Store
    from engagedesk.store.worker import StoreWorker
    from engagedesk.ui.feedback import FeedbackWindow
    from engagedesk.ui.main_window import STYLE
    from engagedesk.ui.notes import NotesScreen
    from engagedesk.ui.summary import SummaryScreen

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(db, lock=False) as store:
        listed = meetings.list_meetings(store)
        current = next(m for m in listed if m.title.endswith("#4"))
        past = next(m for m in listed if m.title.endswith("#3"))
        from engagedesk.services.desk import Desk
        desk = Desk.open(store, current.id)
        people = [e.expected.person for e in desk._entries.values()][:30]
        for person in people:
            desk.check_in(person)
        notes = MeetingNotes.open(store, current.id)
        agenda = meetings.get_meeting(store, current.id).agenda
        said = [
            ("Welcome everyone — interpretation in Spanish at the back.", NoteKind.COMMENT, None, 0, ()),
            ("The crosswalk on Elm is dangerous at school pick-up time.", NoteKind.CONCERN, 1, 1, ("Traffic safety",)),
            ("When will the park renovation start?", NoteKind.QUESTION, 2, 1, ("Parks & green space",)),
            ("My kids deserve a safe way to walk to school.", NoteKind.QUOTE, 3, 2, ("Traffic safety", "Schools")),
            ("A tool library in the old fire station.", NoteKind.IDEA, 4, 2, ("Small business",)),
            ("Rents went up 20% on our block this year; three families moved out since June.", NoteKind.COMMENT, 5, 2,
             ("Housing costs",)),
            ("Ask the council for a traffic study on Elm Street.", NoteKind.DECISION, None, 2, ("Traffic safety",)),
            ("Maria drafts the letter to the council about the crosswalk.", NoteKind.ACTION, 1, 3, ("Traffic safety",)),
            ("Is there funding for after-school programs next year?", NoteKind.QUESTION, 6, 2, ("Youth programs",)),
        ]
        for minute, (text, kind, who, item, themes) in enumerate(said):
            notes.add(NoteDraft(text=text, kind=kind, speaker_id=people[who].id if who is not None else None,
                                agenda_item_id=agenda[item].id, themes=themes), now=f"{current.starts_at[:10]}T{18 + (35 + minute * 4) // 60}:{(35 + minute * 4) % 60:02d}:00")
        notes.save_draft(NoteDraft(text="The bus shelter on Maple has no light after 6 p", kind=NoteKind.CONCERN,
                                   speaker_id=people[7].id, agenda_item_id=agenda[2].id, themes=("Public transit", "Safety")))
        carried = actions.meeting_actions(store, current.id)
        if carried:
            actions.close_action(store, carried[0].item.id, current.id)
        for heard, next_step, again in ((5, "Meet at the park in the summer", "yes"), (4, "More time for questions", "yes"),
                                        (3, "", "maybe"), (4, "Invite the transit authority", "yes"), (2, "Start on time", "no")):
            submit_feedback(store, past.id, {HEARD: heard, NEXT: next_step, AGAIN: again})
    app, loop = _app_and_loop()
    app.setStyleSheet(STYLE)
    worker = StoreWorker()
    worker.open(db).result()
    made = []

    async def save(widget, name: str) -> None:
        await asyncio.sleep(0.1)  # let pending refreshes land and the window repaint
        path = folder / name
        widget.grab().save(str(path))
        made.append(str(path))

    async def run() -> None:
        screen = NotesScreen(worker)
        screen.resize(1280, 800)
        screen.show()
        await screen.open_meeting(current.id)
        await save(screen, "notes-live.png")
        screen.speaker.setFocus()
        screen.speaker.clear()
        screen.speaker.textEdited.emit("mi")  # as if typed: the names that fit are suggested
        screen.speaker.setText("mi")
        await save(screen, "notes-speaker-typeahead.png")
        screen.speaker.hide_suggestions()
        screen.speaker.set_person(people[7].id)
        screen.kind_filter.setCurrentIndex(screen.kind_filter.findData(NoteKind.QUESTION))
        screen.table.selectRow(0)
        await save(screen, "notes-filtered.png")
        screen.kind_filter.setCurrentIndex(0)
        screen.theme_filter.setCurrentIndex(screen.theme_filter.findText("Traffic safety"))
        screen.tabs.setCurrentWidget(screen.voices)
        await screen.voices.refresh()
        await save(screen, "notes-voices.png")
        screen.resize(1050, 800)  # as it sits beside the main window's sidebar
        screen.theme_filter.setCurrentIndex(0)
        screen.tabs.setCurrentWidget(screen.actions)
        await save(screen, "notes-1050.png")
        summary = SummaryScreen(worker)
        summary.resize(1280, 800)
        summary.show()
        await summary.open_meeting(past.id)
        await save(summary, "summary-past.png")
        summary.scroll.verticalScrollBar().setValue(summary.scroll.verticalScrollBar().maximum())
        await save(summary, "summary-past-end.png")
        await summary.open_meeting(current.id)
        summary.scroll.verticalScrollBar().setValue(0)
        await save(summary, "summary-tonight.png")
        window = FeedbackWindow(worker, current.id)
        window.resize(1280, 800)
        window.show()
        await asyncio.sleep(0.2)
        window.heard_buttons[3].setChecked(True)
        window.again_buttons["yes"].setChecked(True)
        window.next_steps.setText("Meet at the park in the summer")
        await save(window, "summary-feedback-kiosk.png")

    with loop:
        loop.run_until_complete(run())
    worker.close()
    return {"shots": made}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("what", choices=("note_save", "timeline_filter", "shots"))
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--out", default="shots")
    args = parser.parse_args()
    if args.what == "shots":
        result = shots(args.db, args.out)
    else:
        result = {"note_save": note_save, "timeline_filter": timeline_filter}[args.what](args.db, args.sample)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown: the numbers are out


if __name__ == "__main__":
    main()
