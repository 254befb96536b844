"""The main window: a sidebar of screens, the screen itself, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QScrollArea,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from engagedesk.services import organisation
from engagedesk.services.overview import Overview, overview
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.first_run import FirstRunChoice, FirstRunDialog
from engagedesk.ui.people import PeopleScreen
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import LazyPage


@dataclass(frozen=True)
class ScreenInfo:
    key: str
    title: str
    purpose: str


class MainWindow(QMainWindow):
    overview_changed = Signal(object)  # Overview, each time it is (re)loaded

    def __init__(self, worker: StoreWorker, db_path: Path | None, *, temporary: bool = False,
                 default_laptop_name: str = "") -> None:
        super().__init__()
        self.worker = worker
        self.db_path = db_path
        self.temporary = temporary
        self.default_laptop_name = default_laptop_name
        self.current_overview: Overview | None = None
        self.first_run: FirstRunDialog | None = None
        self.setObjectName("mainWindow")
        # before the children: styling them later restyles every widget
        appearance.style(self, main=True)
        self.setWindowTitle("EngageDesk")
        self.resize(1280, 800)

        self.screens_info = (
            ScreenInfo("people", self.tr("People"), self.tr("The roster: everyone you work with, their consent and do-not-contact choices, and their history.")),
            ScreenInfo("meetings", self.tr("Meetings"), self.tr("Town halls and meetings: the sign-in desk, attendance and live notes of what people said.")),
            ScreenInfo("canvassing", self.tr("Canvassing"), self.tr("Door-to-door campaigns: scripts, surveys, turfs, walk lists and results.")),
            ScreenInfo("sync", self.tr("Sync"), self.tr("Share work with other laptops by exchanging files on a USB stick or a shared folder.")),
            ScreenInfo("print", self.tr("Print & reports"), self.tr("Sign-in sheets, meeting packets, summaries and walk lists, ready to print.")),
            ScreenInfo("settings", self.tr("Settings"), self.tr("The organisation's name, this laptop's name, language and text size.")),
        )
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self.sidebar.setAccessibleDescription(self.tr("Choose a screen; Ctrl+1 to Ctrl+6 jump straight to one"))
        self._fit_sidebar()
        appearance.on_change(self._fit_sidebar)
        self.stack = QStackedWidget()
        # With large text a screen may need more room than the window has: it scrolls then,
        # instead of pushing the window past the edge of the screen.
        self.stack.currentChanged.connect(self._size_to_current)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("screenScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self.stack)
        self.people = PeopleScreen(worker)
        # Screens other than the first are built the first time they are needed: start-up stays quick.
        self._meetings_page = LazyPage(self._make_meetings)
        self._canvassing_page = LazyPage(self._make_canvassing)
        self._settings_page = LazyPage(self._make_settings)
        self._sync_page = LazyPage(self._make_sync)
        self._print_page = LazyPage(self._make_print)
        built: dict[str, QWidget] = {"people": self.people, "meetings": self._meetings_page,
                                     "canvassing": self._canvassing_page, "settings": self._settings_page,
                                     "sync": self._sync_page, "print": self._print_page}
        self.screens: dict[str, QWidget] = {}
        for number, info in enumerate(self.screens_info, start=1):
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, info.title)
            item.setToolTip(f"{info.title} (Ctrl+{number})")
            self.sidebar.addItem(item)
            screen = built[info.key]
            self.screens[info.key] = screen
            self.stack.addWidget(screen)
            action = QAction(info.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.show_screen(row))
            self.addAction(action)
        # The sign-in desk is a page of its own, reached from a meeting (not from the sidebar).
        self._desk_page = LazyPage(self._make_desk)
        self._notes_page = LazyPage(self._make_notes)
        self._summary_page = LazyPage(self._make_summary)
        for page in (self._desk_page, self._notes_page, self._summary_page):
            self.stack.addWidget(page)  # reached from a meeting, not from the sidebar
        self.kiosk: QWidget | None = None
        self.pin_dialog: QDialog | None = None
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        # Enter (or Right) in the sidebar goes into the screen; Ctrl+1..6 come back.
        self.sidebar.itemActivated.connect(lambda _item: self.stack.currentWidget().setFocus())
        self.sidebar.setCurrentRow(0)
        self._size_to_current(0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.scroller, 1)
        self.setCentralWidget(central)

        where = self.tr("Throwaway database (deleted when you quit)") if temporary else (
            self.tr("Database: {path}").format(path=db_path) if db_path else self.tr("Database in memory"))
        self.database_label = QLabel(where)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setAccessibleName(self.tr("Database file"))
        self.laptop_label = QLabel()
        self.laptop_label.setObjectName("laptopLabel")
        self.laptop_label.setAccessibleName(self.tr("This laptop"))
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.laptop_label)

        quit_action = QAction(self.tr("Quit"), self)
        # Ctrl+Q everywhere, plus the platform's own quit key where it has a different one.
        quit_keys = [QKeySequence("Ctrl+Q"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)]
        quit_action.setShortcuts(list(dict.fromkeys(quit_keys)))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.sidebar.setFocus()

    def _fit_sidebar(self) -> None:
        """As wide as its longest screen name at the current text size (Spanish names are longer)."""
        metrics = QFontMetrics(appearance.font(16))
        widest = max(metrics.horizontalAdvance(info.title) for info in self.screens_info)
        self.sidebar.setFixedWidth(max(widest + 2 * metrics.averageCharWidth() + 48, appearance.text_width(14, 16)))

    def _size_to_current(self, index: int) -> None:
        """Only the screen shown counts for the room the stack asks for (and so for scrolling)."""
        for row in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if row == index else QSizePolicy.Policy.Ignored
            self.stack.widget(row).setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep what has the keyboard focus in sight when the screen scrolls."""
        if new is not None and self.stack.isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, 16, 16)

    # ------------------------------------------------------------------ navigation

    def show_screen(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)
        self.stack.setCurrentIndex(row)  # also when the row was already current (back from the desk)
        self.sidebar.setFocus()

    def current_screen_key(self) -> str:
        pages = {self._desk_page: "desk", self._notes_page: "notes", self._summary_page: "summary"}
        if self.stack.currentWidget() in pages:
            return pages[self.stack.currentWidget()]
        return self.screens_info[self.stack.currentIndex()].key

    def _row(self, key: str) -> int:
        return next(row for row, info in enumerate(self.screens_info) if info.key == key)

    # ------------------------------------------------------------------ the desk and the kiosk

    @property
    def meetings(self):  # noqa: ANN201 - MeetingsScreen, imported when first needed
        return self._meetings_page.screen()

    @property
    def desk(self):  # noqa: ANN201 - DeskScreen, imported when first needed
        return self._desk_page.screen()

    def _make_meetings(self) -> QWidget:
        from engagedesk.ui.meetings import MeetingsScreen

        screen = MeetingsScreen(self.worker)
        screen.desk_requested.connect(self.open_desk)
        screen.notes_requested.connect(self.open_notes)
        screen.summary_requested.connect(self.open_summary)
        if self.current_overview is not None:
            screen.refresh()
        return screen

    def _make_canvassing(self) -> QWidget:
        from engagedesk.ui.canvassing import CanvassingScreen

        screen = CanvassingScreen(self.worker)
        if self.current_overview is not None:
            screen.refresh()
        return screen

    def _make_sync(self) -> QWidget:
        from engagedesk.ui.sync_screen import SyncScreen

        screen = SyncScreen(self.worker)
        screen.data_changed.connect(lambda: run_task(self, self._load()))  # people, meetings, counts
        screen.refresh()
        return screen

    def _make_print(self) -> QWidget:
        from engagedesk.ui.print_screen import PrintScreen

        return PrintScreen(self.worker)  # loads its lists each time it is shown

    def _make_settings(self) -> QWidget:
        from engagedesk.ui.settings import SettingsScreen

        screen = SettingsScreen(self.worker, self.db_path)
        screen.saved.connect(lambda: run_task(self, self._load()))
        screen.refresh()
        return screen

    def _make_desk(self) -> QWidget:
        from engagedesk.ui.desk import DeskScreen

        screen = DeskScreen(self.worker)
        screen.back_requested.connect(self._back_from_desk)
        screen.kiosk_requested.connect(self.open_kiosk)
        return screen

    @property
    def notes(self):  # noqa: ANN201 - NotesScreen
        return self._notes_page.screen()

    @property
    def summary(self):  # noqa: ANN201 - SummaryScreen
        return self._summary_page.screen()

    def _make_notes(self) -> QWidget:
        from engagedesk.ui.notes import NotesScreen

        screen = NotesScreen(self.worker)
        screen.back_requested.connect(self._back_from_desk)
        screen.summary_requested.connect(self.open_summary)
        return screen

    def _make_summary(self) -> QWidget:
        from engagedesk.ui.summary import SummaryScreen

        screen = SummaryScreen(self.worker)
        screen.back_requested.connect(self._back_from_desk)
        return screen

    def _show_meeting_page(self, page: QWidget) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self._row("meetings"))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)

    def open_notes(self, meeting_id: str) -> None:
        """The live notes pane of a meeting."""
        self._show_meeting_page(self._notes_page)
        run_task(self, self.notes.open_meeting(meeting_id))

    def open_summary(self, meeting_id: str) -> None:
        self._show_meeting_page(self._summary_page)
        run_task(self, self.summary.open_meeting(meeting_id))

    def _back_from_desk(self) -> None:
        self.show_screen(self._row("meetings"))
        self.meetings.refresh()  # the counts changed at the desk
        self.meetings.setFocus()

    def open_desk(self, meeting_id: str) -> None:
        """Show the sign-in desk of a meeting (the sidebar keeps Meetings highlighted)."""
        self._show_meeting_page(self._desk_page)
        self.desk.entered_by = self.current_overview.laptop_name if self.current_overview else ""
        run_task(self, self.desk.open_meeting(meeting_id))

    def open_kiosk(self) -> None:
        """Ask the facilitator for a PIN, then hand the laptop over to attendees."""
        if self.desk.desk is None:
            return
        from engagedesk.ui.kiosk import PinDialog

        self.pin_dialog = PinDialog(setting=True, parent=self)
        self.pin_dialog.accepted.connect(lambda: self._start_kiosk(self.pin_dialog.pin.text()))
        self.pin_dialog.open()

    def _start_kiosk(self, pin: str) -> None:
        assert self.desk.desk is not None
        from engagedesk.ui.kiosk import KioskWindow

        self.kiosk = KioskWindow(self.worker, self.desk.desk, pin)
        self.kiosk.signed_in.connect(lambda _result: run_task(self, self.desk._refresh_side()))
        self.kiosk.closed.connect(self._kiosk_closed)
        self.kiosk.showFullScreen()
        self.kiosk.activateWindow()
        self.kiosk.search.setFocus()

    def _kiosk_closed(self) -> None:
        self.kiosk = None
        self.activateWindow()
        run_task(self, self.desk._refresh_side())
        self.desk.focus_search()

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Load what the database holds; on a new database, ask the first-run questions."""
        run_task(self, self._load())

    async def _load(self) -> None:
        current = await self.worker.run(overview)
        if current.organisation_name is None:
            self.ask_first_run()
        self._apply(current)

    def ask_first_run(self) -> None:
        self.first_run = FirstRunDialog(self.default_laptop_name, self)
        self.first_run.chosen.connect(lambda choice: run_task(self, self._set_up(choice)))
        self.first_run.rejected.connect(self.close)
        self.first_run.join_requested.connect(self._join_from_bundle)
        self.first_run.open()

    def _join_from_bundle(self) -> None:
        """A new laptop joins its team: importing a bundle into this empty database takes its
        organisation.  The Sync screen does the import, with its preview."""
        self.show_screen(self._row("sync"))
        self.statusBar().showMessage(self.tr("Import the bundle exported by a laptop of your organisation."))
        self.stack.currentWidget().setFocus()

    async def _set_up(self, choice: FirstRunChoice) -> None:
        self.statusBar().showMessage(self.tr("Setting up…"))
        if choice.with_demo:
            from engagedesk.services import demo

            await self.worker.run(demo.make_demo, organisation_name=choice.organisation_name,
                                  laptop_name=choice.laptop_name)
        else:
            await self.worker.run(organisation.set_up, choice.organisation_name, choice.laptop_name)
        self.statusBar().clearMessage()
        self._apply(await self.worker.run(overview))

    def _apply(self, current: Overview) -> None:
        self.current_overview = current
        name = current.organisation_name
        self.setWindowTitle(f"EngageDesk — {name}" if name else "EngageDesk")
        self.laptop_label.setText(self.tr("This laptop: {name}").format(name=current.laptop_name)
                                  if current.laptop_name else "")
        self.people.refresh()
        for page in (self._meetings_page, self._canvassing_page, self._sync_page):
            if page.built:
                page.screen().refresh()
        self.overview_changed.emit(current)


# Readable at arm's length: large type, strong contrast, a visible focus frame.  The text is made
# by appearance.style_sheet() at the chosen text size and theme; STYLE is it at 100 %, standard.
STYLE = appearance.style_sheet(100, "standard")
