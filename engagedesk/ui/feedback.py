"""Exit feedback at the kiosk: two or three short questions for attendees as they leave.

Big type and big buttons, like the sign-in kiosk.  Answers are anonymous; a person may add their
name (picked from the people signed in, first name and last initial only) if they want a reply.
``finished`` is emitted when the person is done (answers sent and thanked, or skipped), and the
window closes itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.services import meetings
from engagedesk.services.feedback import AGAIN, HEARD, NEXT, find_attendee, questions, submit_feedback
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.notes_widgets import shortcut
from engagedesk.ui.tasks import run_task

THANKS_MS = 3000
MIN_NAME_SEARCH = 2


class FeedbackWindow(QWidget):
    finished = Signal()
    submitted = Signal(object)  # FeedbackSheet, once written

    def __init__(self, worker: StoreWorker, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.worker = worker
        self.meeting_id = meeting_id
        self.thanks_ms = THANKS_MS
        self._person_id: str | None = None
        self._search_number = 0
        self._finished = False
        self._busy = False
        self.setObjectName("feedbackKiosk")
        self.setWindowTitle(self.tr("Before you go"))
        appearance.style(self, FEEDBACK_STYLE)
        asked = {q.key: q for q in questions()}

        heading = QLabel(self.tr("Before you go…"))
        heading.setObjectName("kioskHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("kioskMeeting")
        self.meeting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        anonymous = QLabel(self.tr("Your answers are anonymous. Every question may be left out."))
        anonymous.setObjectName("kioskNote")
        anonymous.setAlignment(Qt.AlignmentFlag.AlignCenter)
        anonymous.setWordWrap(True)

        heard = asked[HEARD]
        self.heard_group = QButtonGroup(self)
        self.heard_group.setExclusive(True)
        scale = QHBoxLayout()
        scale.addWidget(self._quiet(heard.labels[0]))
        self.heard_buttons: list[QPushButton] = []
        for value in heard.options:
            button = QPushButton(value)
            button.setObjectName("scaleButton")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("{value} of 5").format(value=value))
            self.heard_group.addButton(button, int(value))
            self.heard_buttons.append(button)
            scale.addWidget(button)
        scale.addWidget(self._quiet(heard.labels[1]))

        self.next_steps = QLineEdit()
        self.next_steps.setObjectName("nextSteps")
        self.next_steps.setMaxLength(1000)
        self.next_steps.setPlaceholderText(self.tr("An idea, a wish, a worry…"))
        self.next_steps.setAccessibleName(asked[NEXT].prompt)

        again = asked[AGAIN]
        self.again_group = QButtonGroup(self)
        self.again_group.setExclusive(True)
        choices = QHBoxLayout()
        choices.addStretch(1)
        self.again_buttons: dict[str, QPushButton] = {}
        for value, label in zip(again.options, again.labels):
            button = QPushButton(label)
            button.setObjectName("choiceButton")
            button.setCheckable(True)
            button.setAccessibleName(label)
            self.again_group.addButton(button)
            self.again_buttons[value] = button
            choices.addWidget(button)
        choices.addStretch(1)

        self.name = QLineEdit()
        self.name.setObjectName("feedbackName")
        self.name.setPlaceholderText(self.tr("Your name (optional, if you want a reply)"))
        self.name.setAccessibleName(self.tr("Your name (optional)"))
        self.name.textEdited.connect(self._name_typed)
        self.names = QListWidget()
        self.names.setObjectName("feedbackNames")
        self.names.setAccessibleName(self.tr("Choose your name"))
        self.names.setMaximumHeight(150)
        self.names.hide()
        self.names.itemClicked.connect(self._name_chosen)
        self.names.itemActivated.connect(self._name_chosen)

        self.problem = QLabel()
        self.problem.setObjectName("kioskProblem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send my answers"))
        self.send_button.setObjectName("kioskSend")
        self.send_button.clicked.connect(self.send)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the questions"))
        self.skip_button.clicked.connect(self.finish)
        self.next_steps.returnPressed.connect(self.send)

        questions_page = QWidget()
        form = QVBoxLayout(questions_page)
        form.setSpacing(10)
        form.addWidget(self._prompt(heard.prompt))
        form.addLayout(scale)
        form.addSpacing(2)
        form.addWidget(self._prompt(asked[NEXT].prompt))
        form.addWidget(self.next_steps)
        form.addSpacing(2)
        form.addWidget(self._prompt(again.prompt))
        form.addLayout(choices)
        form.addSpacing(2)
        form.addWidget(self.name)
        form.addWidget(self.names)
        form.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        form.addLayout(buttons)
        form.addStretch(1)

        self.thanks = QLabel(self.tr("Thank you! Your answers help us plan the next meeting."))
        self.thanks.setObjectName("kioskThanks")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(questions_page)
        self.pages.addWidget(self.thanks)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(100, 14, 100, 14)
        layout.addWidget(heading)
        layout.addWidget(self.meeting_label)
        layout.addWidget(anonymous)
        layout.addWidget(self.pages, 1)

        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.timeout.connect(self.finish)
        shortcut("Escape", self, self.finish, Qt.ShortcutContext.WindowShortcut)
        run_task(self, self._load_title())

    def _prompt(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("kioskQuestion")
        label.setWordWrap(True)
        return label

    def _quiet(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("scaleEnd")
        return label

    async def _load_title(self) -> None:
        meeting = await self.worker.run(meetings.get_meeting, self.meeting_id)
        if meeting is not None:
            self.meeting_label.setText(meeting.title)

    # ------------------------------------------------------------------ answers

    def answers(self) -> dict:
        chosen_again = next((value for value, button in self.again_buttons.items() if button.isChecked()), None)
        heard = self.heard_group.checkedId()
        return {HEARD: heard if heard > 0 else None, NEXT: self.next_steps.text(), AGAIN: chosen_again}

    def _name_typed(self, text: str) -> None:
        self._person_id = None
        self._search_number += 1
        run_task(self, self._find_names(text, self._search_number))

    async def _find_names(self, text: str, number: int) -> None:
        found = []
        if len(text.strip()) >= MIN_NAME_SEARCH:
            found = await self.worker.run(find_attendee, self.meeting_id, text)
        if number != self._search_number:
            return
        self.names.clear()
        for person in found:
            item = QListWidgetItem(person.short_name)  # never more than the first name and an initial
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.names.addItem(item)
        self.names.setVisible(bool(found))
        if found:
            self.names.setCurrentRow(0)

    def _name_chosen(self, item: QListWidgetItem) -> None:
        self._person_id = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(item.text())
        self.names.hide()

    def send(self) -> None:
        if self._busy:
            return
        if self.name.text().strip() and self._person_id is None:
            if self.names.isVisible() and self.names.count() == 1:
                self._name_chosen(self.names.item(0))
            else:
                self.problem.setText(self.tr("Please tap your name in the list, or empty the name field."))
                return
        run_task(self, self._send(self.answers(), self._person_id))

    async def _send(self, answers: dict, person_id: str | None) -> None:
        self._busy = True
        try:
            sheet = await self.worker.run(submit_feedback, self.meeting_id, answers, person_id)
        except ValidationError as problem:
            self.problem.setText(problem.message)
            return
        finally:
            self._busy = False
        self.problem.clear()
        self.pages.setCurrentWidget(self.thanks)
        self.submitted.emit(sheet)
        self._done_timer.start(self.thanks_ms)

    # ------------------------------------------------------------------ leaving

    def reset(self) -> None:
        self._done_timer.stop()
        for group in (self.heard_group, self.again_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.next_steps.clear()
        self.name.clear()
        self.names.clear()
        self.names.hide()
        self._person_id = None
        self.problem.clear()
        self.pages.setCurrentIndex(0)

    def finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._done_timer.stop()
        self.close()
        self.finished.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        if not self._finished:
            self._finished = True
            self.finished.emit()


FEEDBACK_STYLE = """
QWidget#feedbackKiosk { background: #fdfaf3; }
QLabel#kioskHeading { font-size: 32pt; font-weight: bold; color: #1f3a4d; }
QLabel#kioskMeeting { font-size: 20pt; color: #333; }
QLabel#kioskNote { font-size: 16pt; color: #444; }
QLabel#kioskQuestion { font-size: 24pt; font-weight: bold; color: #1f3a4d; }
QLabel#scaleEnd { font-size: 16pt; color: #444; }
QLabel#kioskProblem { font-size: 18pt; color: #b00020; font-weight: bold; }
QLabel#kioskThanks { font-size: 32pt; color: #0b6b2f; font-weight: bold; }
QPushButton { font-size: 20pt; padding: 10px 24px; }
QPushButton#scaleButton { font-size: 26pt; min-width: 70px; min-height: 56px; border: 2px solid #1f3a4d;
                          border-radius: 10px; background: white; }
QPushButton#choiceButton { font-size: 22pt; min-width: 130px; border: 2px solid #1f3a4d; border-radius: 10px;
                           background: white; }
QPushButton#scaleButton:checked, QPushButton#choiceButton:checked { background: #1f3a4d; color: white; }
QPushButton#kioskSend { background: #f2b134; border-radius: 8px; font-weight: bold; }
QLineEdit { font-size: 22pt; padding: 8px; border: 2px solid #1f3a4d; border-radius: 8px; }
QListWidget { font-size: 22pt; }
QListWidget::item:selected { background: #1f3a4d; color: white; }
"""
