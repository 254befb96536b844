"""Measured in a child process: the sign-in desk on one database.  Prints one JSON object.

    python desk_probe.py DB search|keystrokes|checkin [--sample N]
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def tonight(store):
    from engagedesk.services import meetings
    return meetings.list_meetings(store)[0]


def typed_names(store, desk, sample: int, rng: random.Random) -> list[str]:
    """Names as a volunteer types them: half people expected tonight, half from the whole roster."""
    from engagedesk.store.people import list_people
    expected = [e.expected.person for e in desk._entries.values()]
    total = store.count("people")
    others = list_people(store, offset=rng.randrange(max(1, total - sample)), limit=sample)
    chosen = rng.sample(expected, min(len(expected), sample // 2)) + rng.sample(others, min(len(others), sample // 2))
    return [f"{p.preferred_name or p.given_name} {p.family_name}".strip() for p in chosen]


def search(db: str, sample: int) -> dict:
    from PySide6.QtWidgets import QApplication, QListView
    from engagedesk.services.desk import Desk
    from engagedesk.store import Store
    from engagedesk.ui.results import MatchDelegate, MatchesModel

    app = QApplication([])
    store = Store.open(db, lock=False)
    desk = Desk.open(store, tonight(store).id)
    model = MatchesModel()
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(MatchDelegate(parent=view))
    view.resize(700, 600)
    view.show()
    app.processEvents()
    service, screen = [], []
    for name in typed_names(store, desk, sample, random.Random(7)):
        for end in range(1, len(name) + 1):
            text = name[:end]
            started = time.perf_counter()
            result = desk.search(text)
            middle = time.perf_counter()
            model.set_matches(result.matches)
            view.viewport().repaint()
            done = time.perf_counter()
            service.append((middle - started) * 1000)
            screen.append((done - middle) * 1000)
    totals = [a + b for a, b in zip(service, screen)]
    store.close()
    return {"searches": len(totals), "p95_ms": round(p(totals, 0.95), 2),
            "service_p95_ms": round(p(service, 0.95), 2), "model_p95_ms": round(p(screen, 0.95), 2),
            "median_ms": round(statistics.median(totals), 2), "max_ms": round(max(totals), 2),
            "people": desk.store.count("people") if False else None}


def keystrokes(db: str, sample: int) -> dict:
    """For each known attendee: the fewest keys (letters typed, Down presses, Enter) to sign them in."""
    from engagedesk.domain.validation import fold
    from engagedesk.services.desk import Desk
    from engagedesk.store import Store

    store = Store.open(db, lock=False)
    desk = Desk.open(store, tonight(store).id)
    shown = 12

    def cost(person) -> int:
        given = fold(person.preferred_name or person.given_name)
        family = fold(person.family_name)
        tries = [given[:a] for a in range(1, len(given) + 1)]
        tries += [f"{given} {family[:b]}" for b in range(1, len(family) + 1)]
        tries += [family[:b] for b in range(1, len(family) + 1)]
        tries += [f"{given[:a]} {family[:b]}" for a in range(1, 4) for b in range(1, 4)]
        best = 99
        for text in sorted(set(tries), key=len):
            if len(text) + 1 >= best:
                break
            ids = [m.person.id for m in desk.search(text, shown).matches]
            if person.id in ids:
                best = min(best, len(text) + ids.index(person.id) + 1)
        return best

    known = [e.expected.person for e in desk._entries.values()]
    rng = random.Random(11)
    known = rng.sample(known, min(sample, len(known)))
    costs = [cost(person) for person in known]
    store.close()
    return {"people": len(costs), "p90": p(costs, 0.90), "median": statistics.median(costs),
            "within_5": round(sum(c <= 5 for c in costs) / len(costs), 3)}


def checkin(db: str, sample: int) -> dict:
    """Enter pressed to desk ready again, through the real desk screen on the store thread."""
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from engagedesk.services.desk import Desk
    from engagedesk.store import Store
    from engagedesk.store.worker import StoreWorker
    from engagedesk.ui import tasks
    from engagedesk.ui.desk import DeskScreen

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Store.open(db, lock=False) as store:
        meeting = tonight(store)
        people = [e.expected.person for e in Desk.open(store, meeting.id)._entries.values()]
    worker = StoreWorker()
    worker.open(db).result()
    screen = DeskScreen(worker, entered_by="bench")
    screen.resize(1280, 760)
    screen.show()
    timings, service = [], []

    async def run() -> None:
        await screen.open_meeting(meeting.id)
        for person in people[:sample]:
            shown = asyncio.get_running_loop().create_future()
            text = f"{person.given_name} {person.family_name}"
            screen.searched.connect(lambda t, f=shown, want=text: f.done() or t != want or f.set_result(None))
            screen.search.setText(text)
            await shown
            screen.searched.disconnect()
            ready = asyncio.get_running_loop().create_future()
            screen.checked_in.connect(lambda _r, f=ready: f.done() or f.set_result(time.perf_counter()))
            started = time.perf_counter()
            QTest.keyClick(screen.search, Qt.Key.Key_Return)
            finished = await ready
            screen.checked_in.disconnect()
            timings.append((finished - started) * 1000)
            while tasks.pending():
                await asyncio.sleep(0)
            service.append(0)

    with loop:
        loop.run_until_complete(run())
    worker.close()
    return {"checkins": len(timings), "p95_ms": round(p(timings, 0.95), 2),
            "median_ms": round(statistics.median(timings), 2), "max_ms": round(max(timings), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("what", choices=("search", "keystrokes", "checkin"))
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args()
    result = {"search": search, "keystrokes": keystrokes, "checkin": checkin}[args.what](args.db, args.sample)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown: the numbers are out


if __name__ == "__main__":
    main()
