"""Render every screen to PNG at 1280x800 on a demo database, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engagedesk.app import _application  # noqa: E402
from engagedesk.services import demo, meetings  # noqa: E402
from engagedesk.store.worker import StoreWorker  # noqa: E402
from engagedesk.ui import tasks  # noqa: E402
from engagedesk.ui.kiosk import KioskWindow  # noqa: E402
from engagedesk.ui.main_window import MainWindow  # noqa: E402


async def settle() -> None:
    for _ in range(200):
        await asyncio.sleep(0.01)
        if not tasks.pending():
            break
    QApplication.processEvents()


async def shoot(out: Path, db: Path) -> None:
    worker = StoreWorker()
    worker.open(db).result()
    worker.submit(demo.make_demo, people=3000, seed=1, today=date.today()).result()
    window = MainWindow(worker, db, default_laptop_name="Front desk")
    window.resize(1280, 800)
    window.show()
    window.start()
    await settle()
    for row, info in enumerate(window.screens_info):
        window.show_screen(row)
        await settle()
        window.grab().save(str(out / f"screen-{info.key}.png"))
    tonight = worker.submit(meetings.list_meetings).result()[0]
    window.open_desk(tonight.id)
    await settle()
    window.desk.search.setText("mar")
    await settle()
    window.grab().save(str(out / "desk-search.png"))
    window.desk.search.submitted.emit()
    await settle()
    window.desk.search.setText("Zoë Ngata")
    await settle()
    window.desk.start_walk_in()
    window.desk.walk_in.email.setText("zoe@example")
    window.desk.walk_in.submitted.emit(window.desk.walk_in.draft())
    await settle()
    window.grab().save(str(out / "desk-walk-in-problem.png"))
    window.desk.back_to_search()
    desk = window.desk.desk
    kiosk = KioskWindow(worker, desk, "1234")
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.search.setText("mari")
    await settle()
    kiosk.grab().save(str(out / "kiosk-search.png"))
    kiosk.start_new()
    await settle()
    kiosk.grab().save(str(out / "kiosk-new.png"))
    kiosk._may_close = True
    kiosk.close()
    from engagedesk.ui.paper_signin import PaperSignInDialog

    paper = PaperSignInDialog(worker, tonight.id, window)
    paper.resize(1000, 720)
    paper.show()
    await settle()
    paper.find.setText("3")
    paper.tick_found()
    paper.find.setText(paper.sheet.rows[5].code[:3].lower() if len(paper.sheet.rows) > 5 else "")
    await settle()
    paper.grab().save(str(out / "paper-signin.png"))
    paper.start_walk_in()
    paper.walk_in.given.setText("Maria")
    paper.walk_in.family.setText("Garcia")
    await asyncio.sleep(0.3)
    await settle()
    paper.grab().save(str(out / "paper-signin-walk-in.png"))
    paper.ticked.clear()
    paper.pages.setCurrentIndex(0)
    paper.close()
    window.close()
    worker.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = _application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as temp, loop:
        loop.run_until_complete(shoot(out, Path(temp) / "shots.db"))
    print(f"screenshots in {out}/")


if __name__ == "__main__":
    main()
