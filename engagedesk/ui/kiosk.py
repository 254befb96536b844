"""The self sign-in kiosk: attendees sign themselves in on the laptop.

Big type and one field.  Results show only a first name and a last initial, never anyone's
e-mail, phone or address.  "I'm new here" leads to a short form.  Leaving needs the PIN the
facilitator set when opening it; Esc, Alt+F4 and closing the window all ask for it.
"""

from __future__ import annotations

import hmac

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView,
    QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import Person
from engagedesk.services import walkins
from engagedesk.services.desk import CheckIn, Desk, DeskMatch
from engagedesk.services.walkins import WalkIn
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.results import MatchDelegate, MatchesModel, MatchRole
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import ProblemLabel, SearchField

MIN_PIN = 4
THANKS_MS = 4000
MIN_KIOSK_SEARCH = 2  # letters before names appear: nobody browses the roster from a blank field


class PinDialog(QDialog):
    """Ask for a PIN: to set one (typed twice) or to check one."""

    def __init__(self, *, setting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(12)
        self.again.setAccessibleName(self.tr("PIN again"))
        self.problem = ProblemLabel()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        if setting:
            intro = QLabel(self.tr("Choose a PIN of at least 4 digits. You will need it to leave the kiosk."))
            intro.setWordWrap(True)
            form.addRow(intro)
        form.addRow(self.tr("&PIN:"), self.pin)
        if setting:
            form.addRow(self.tr("PIN &again:"), self.again)
        else:
            self.again.hide()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def _check(self) -> None:
        pin = self.pin.text()
        if self.setting:
            if len(pin) < MIN_PIN or not pin.isdigit():
                self.problem.show_problem(self.tr("The PIN must be at least 4 digits."))
                return
            if pin != self.again.text():
                self.problem.show_problem(self.tr("The two PINs are not the same. Please type them again."))
                self.again.clear()
                self.again.setFocus()
                return
        self.accept()


class KioskWindow(QWidget):
    closed = Signal()
    signed_in = Signal(object)  # CheckIn

    def __init__(self, worker: StoreWorker, desk: Desk, pin: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.worker = worker
        self.desk = desk
        self._pin = pin
        self._may_close = False
        self._search_number = 0
        self.pin_dialog: PinDialog | None = None
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Sign in — {title}").format(title=desk.meeting.title))
        appearance.style(self, KIOSK_STYLE, main=True)

        heading = QLabel(self.tr("Welcome! Please sign in"))
        heading.setObjectName("kioskHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        meeting = QLabel(desk.meeting.title)
        meeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        meeting.setObjectName("kioskMeeting")

        self.model = MatchesModel(public=True)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(MatchDelegate(name_points=30, parent=self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAccessibleName(self.tr("Names found"))
        self.results.clicked.connect(lambda index: self._sign_in_row(index.row()))
        self.search = SearchField(self.results)
        self.search.setObjectName("kioskSearch")
        self.search.setPlaceholderText(self.tr("Type your name"))
        self.search.setAccessibleName(self.tr("Type your name"))
        self.search.textChanged.connect(self._text_changed)
        self.search.submitted.connect(lambda: self._sign_in_row(max(0, self.results.currentIndex().row())))
        self.message = QLabel()
        self.message.setObjectName("kioskMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("I'm new here"))
        self.new_button.setObjectName("kioskNew")
        self.new_button.setAccessibleName(self.tr("I'm new here"))
        self.new_button.clicked.connect(self.start_new)
        self.feedback_button = QPushButton(self.tr("Leaving? Tell us how it went"))
        self.feedback_button.setObjectName("kioskFeedback")
        self.feedback_button.setAccessibleName(self.tr("Give feedback before leaving"))
        self.feedback_button.clicked.connect(self.open_feedback)
        self.feedback: QWidget | None = None

        find_page = QWidget()
        find = QVBoxLayout(find_page)
        find.addWidget(self.search)
        find.addWidget(self.results, 1)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.new_button)
        choices.addSpacing(24)
        choices.addWidget(self.feedback_button)
        choices.addStretch(1)
        find.addLayout(choices)

        self.given = QLineEdit()
        self.given.setAccessibleName(self.tr("First name"))
        self.family = QLineEdit()
        self.family.setAccessibleName(self.tr("Last name"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail (optional)"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone (optional)"))
        self.may_contact = QCheckBox(self.tr("Yes, you may contact me about future meetings"))
        self.may_contact.setAccessibleName(self.tr("OK to contact"))
        self.new_problem = ProblemLabel()
        self.new_done = QPushButton(self.tr("Sign me in"))
        self.new_done.setAccessibleName(self.tr("Sign me in"))
        self.new_done.clicked.connect(lambda: run_task(self, self._add_new()))
        self.new_back = QPushButton(self.tr("Back"))
        self.new_back.setAccessibleName(self.tr("Back to the name search"))
        self.new_back.clicked.connect(self.reset)
        for field in (self.given, self.family, self.email, self.phone):
            field.returnPressed.connect(lambda: run_task(self, self._add_new()))
        new_page = QWidget()
        form = QFormLayout(new_page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        form.addRow(self.tr("First name:"), self.given)
        form.addRow(self.tr("Last name:"), self.family)
        form.addRow(self.tr("E-mail (optional):"), self.email)
        form.addRow(self.tr("Phone (optional):"), self.phone)
        form.addRow(self.may_contact)
        form.addRow(self.new_problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_back)
        buttons.addStretch(1)
        buttons.addWidget(self.new_done)
        form.addRow(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(find_page)
        self.pages.addWidget(new_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 40, 120, 40)
        layout.addWidget(heading)
        layout.addWidget(meeting)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(THANKS_MS)
        self._reset_timer.timeout.connect(self.reset)
        QShortcut(QKeySequence("Escape"), self, self.ask_to_leave)

    # ------------------------------------------------------------------ leaving

    def ask_to_leave(self) -> None:
        self.pin_dialog = PinDialog(setting=False, parent=self)
        self.pin_dialog.accepted.connect(lambda: self.try_leave(self.pin_dialog.pin.text() if self.pin_dialog else ""))
        self.pin_dialog.open()

    def try_leave(self, pin: str) -> bool:
        if hmac.compare_digest(pin.encode(), self._pin.encode()):
            self._may_close = True
            self.close()
            return True
        self.message.setText(self.tr("That PIN is not right. Ask a facilitator to leave the kiosk."))
        self.search.setFocus()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            self.closed.emit()
        else:
            event.ignore()
            self.ask_to_leave()

    # ------------------------------------------------------------------ exit feedback

    def open_feedback(self) -> None:
        """Two or three short questions for someone on their way out (anonymous unless they say)."""
        from engagedesk.ui.feedback import FeedbackWindow

        self.feedback = FeedbackWindow(self.worker, self.desk.meeting.id)
        self.feedback.finished.connect(self._feedback_done)
        if self.isFullScreen():
            self.feedback.showFullScreen()
        else:
            self.feedback.show()
        self.feedback.activateWindow()

    def _feedback_done(self) -> None:
        self.feedback = None
        self.activateWindow()
        self.reset()

    # ------------------------------------------------------------------ signing in

    def reset(self) -> None:
        self._reset_timer.stop()
        self.message.clear()
        for field in (self.search, self.given, self.family, self.email, self.phone):
            field.clear()
        self.may_contact.setChecked(False)
        self.new_problem.show_problem(None)
        self.model.set_matches([])
        self.pages.setCurrentIndex(0)
        self.search.setFocus()

    def _text_changed(self, text: str) -> None:
        self._search_number += 1
        run_task(self, self._search(text, self._search_number))

    async def _search(self, text: str, number: int) -> None:
        matches: list[DeskMatch] = []
        if len(text.strip()) >= MIN_KIOSK_SEARCH:
            result = await self.worker.run_call(self.desk.search, text, 6)
            matches = result.matches
        if number == self._search_number:
            self.model.set_matches(matches)
            if matches:
                self.results.setCurrentIndex(self.model.index(0, 0))

    def _sign_in_row(self, row: int) -> None:
        match = self.model.data(self.model.index(row, 0), MatchRole)
        if isinstance(match, DeskMatch):
            run_task(self, self._sign_in(match.person))

    async def _sign_in(self, person: Person) -> None:
        result = await self.worker.run_call(self.desk.check_in, person, entered_by="kiosk")
        self._thank(result)

    def _thank(self, result: CheckIn) -> None:
        name = result.person.preferred_name or result.person.given_name or result.person.short_name
        if result.already:
            self.message.setText(self.tr("You're already signed in, {name}. Enjoy the meeting!").format(name=name))
        else:
            self.message.setText(self.tr("Thank you, {name}! You're signed in.").format(name=name))
        self.search.clear()
        self.model.set_matches([])
        self.pages.setCurrentIndex(0)
        self.search.setFocus()
        self.signed_in.emit(result)
        self._reset_timer.start()

    def start_new(self) -> None:
        typed = self.search.text().strip()
        given, _, family = typed.partition(" ")
        self.given.setText(given)
        self.family.setText(family)
        self.pages.setCurrentIndex(1)
        self.given.setFocus()

    async def _add_new(self) -> None:
        draft = WalkIn(given_name=self.given.text(), family_name=self.family.text(), email=self.email.text(),
                       phone=self.phone.text(), may_contact=self.may_contact.isChecked())
        try:
            result = await self.worker.run(walkins.add_walk_in, self.desk, draft, "kiosk")
        except ValidationError as problem:
            self.new_problem.show_problem(problem.message)
            return
        self._thank(result)


KIOSK_STYLE = """
QWidget#kiosk { background: #fdfaf3; }
QLabel#kioskHeading { font-size: 40pt; font-weight: bold; color: #1f3a4d; }
QLabel#kioskMeeting { font-size: 22pt; color: #333; }
QLabel#kioskMessage { font-size: 26pt; color: #0b6b2f; font-weight: bold; }
QLineEdit#kioskSearch { font-size: 34pt; padding: 12px; border: 3px solid #1f3a4d; border-radius: 8px; }
QLineEdit { font-size: 24pt; padding: 6px; }
QLabel, QCheckBox { font-size: 22pt; }
QPushButton { font-size: 22pt; padding: 12px 28px; }
QPushButton#kioskNew { background: #f2b134; border-radius: 8px; }
QPushButton#kioskFeedback { background: #dbe8f0; border-radius: 8px; }
QListView { font-size: 30pt; border: none; background: transparent; }
QListView::item:selected { background: #1f3a4d; color: white; }
"""
