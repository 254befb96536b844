"""Start the window: Qt application, qasync loop, the store thread, the main window.

The order is thin and fixed (see STYLE.md): paths and logging were set up by the CLI; here the
database is opened on the store thread, then the window is built and the loop runs until quit.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

# qasync otherwise tries every Qt binding in turn before finding PySide6 (about 40 ms at start).
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from engagedesk import __version__, logs
from engagedesk.services import preferences
from engagedesk.store.errors import DatabaseProblem
from engagedesk.store.store import laptop_default_name
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance, dialogs, language, tasks
from engagedesk.ui.main_window import MainWindow

log = logging.getLogger("engagedesk.app")


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("EngageDesk")
    app.setApplicationDisplayName("EngageDesk")
    app.setOrganizationName("EngageDesk")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("engagedesk")
    # This laptop's language, text size and theme, before any window (or error) is shown.
    chosen = preferences.load()
    language.install(chosen.language)  # also points i18n.translate and its date formats at Qt
    appearance.set_appearance(chosen.text_scale, chosen.theme)
    return app


def run(db_path: Path, *, quit_after_shown: bool = False, temporary: bool = False,
        started: float | None = None) -> int:
    app = _application()
    worker = StoreWorker()
    try:
        worker.open(db_path).result()
    except DatabaseProblem as problem:
        worker.close()
        if quit_after_shown:
            print(problem.message, file=sys.stderr)
        else:
            dialogs.show_error(None, QCoreApplication.translate("App", "EngageDesk cannot open the database"),
                               problem.message)
        return 1

    sys.excepthook = lambda kind, error, trace: tasks.report_error(None, error)
    window = MainWindow(worker, db_path, temporary=temporary, default_laptop_name=laptop_default_name())
    window.show()
    app.processEvents()  # painted: the volunteer sees the window before the rest is loaded
    if started is not None:
        log.info("window shown %.3f s after start", time.perf_counter() - started)
    if quit_after_shown:
        print(f"shown {time.time():.6f}", flush=True)  # for smoke tests and start-up timing

    from engagedesk.ui.icons import app_icon

    app.setWindowIcon(app_icon())  # after the first paint: decoding the sizes takes ~15 ms
    logs.set_up(to_file=True)

    import asyncio

    import qasync  # after the first paint: with asyncio it costs about 100 ms

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(lambda _loop, context: tasks.report_error(
        None, context.get("exception") or RuntimeError(context.get("message", "error"))))
    quitting = loop.create_future()
    app.aboutToQuit.connect(lambda: quitting.done() or quitting.set_result(None))
    window.start()
    if quit_after_shown:
        QTimer.singleShot(0, app.quit)
    try:
        with loop:
            loop.run_until_complete(quitting)
    finally:
        worker.close()
    return 0
