"""The door screen: walk a turf door by door, keyboard first.

Keys: 1–9 pick the outcome (anything but the contact outcome is stored at once and the next door
comes up: "not home" is one key).  After the contact outcome the questions come one at a time:
Y/N for yes-no, 1–9 for a choice (multiple choice toggles, Enter goes on), 1–5 for a scale, a
text field for free text (Enter goes on); Space skips a question.  Then the note and a new
resident's name, and Enter stores the door.  Right/Left move between doors without logging,
N goes to the note, R to the new resident, Esc cancels the door (or leaves the walk).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from engagedesk.domain.models import Question, QuestionKind
from engagedesk.services import canvassing
from engagedesk.services.canvassing import Door, PastKnock, WalkList
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import available_width

DNC_BACKGROUND = QColor("#fde3e1")
DNC_TEXT = QColor("#8f0d12")
DONE_TEXT = QColor("#52606d")
CONTRAST_DONE_TEXT = QColor("#c8c8c8")  # on the high-contrast theme's black


class _Field(QLineEdit):
    """A text field that hands Esc back to the door screen."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # QLineEdit lets Enter through to the door screen: it is handled here


class DoorScreen(QWidget):
    logged = Signal(object)        # the Knock, once stored
    door_changed = Signal(int)     # index of the door now on screen
    back_requested = Signal()

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.walk: WalkList | None = None
        self.index = -1
        self.stage = "outcome"          # outcome | question | finish
        self.outcome = ""
        self.answers: dict[str, str | None] = {}
        self.asked: list[Question] = []
        self.question_index = 0
        self.chosen: list[str] = []     # multiple choice toggles of the current question
        self.done: set[str] = set()     # doors logged in this walk
        self.canvasser = ""
        self.setObjectName("doorScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.heading.setWordWrap(True)
        self.progress = QLabel()
        self.back_button = QPushButton(self.tr("← Turfs (Esc)"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.back_requested)

        self.doors = QListWidget()
        self.doors.setObjectName("walkList")
        self.doors.setAccessibleName(self.tr("Walk list"))
        self.doors.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doors.setUniformItemSizes(True)
        self.doors.itemClicked.connect(lambda item: self.go_to(self.doors.row(item)))

        self.address = QLabel()
        self.address.setObjectName("doorAddress")
        appearance.style(self.address, "QLabel { font-size: 22pt; font-weight: bold; }")
        self.address.setWordWrap(True)
        self.dnc = QLabel(self.tr("Do not contact: skip this door."))
        self.dnc.setObjectName("doNotContact")
        appearance.style(self.dnc, f"QLabel {{ background: {DNC_BACKGROUND.name()}; color: {DNC_TEXT.name()}; "
                                   "font-weight: bold; padding: 6px; }")
        self.residents = QLabel()
        self.residents.setWordWrap(True)
        self.residents.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel()
        self.prompt.setObjectName("doorPrompt")
        appearance.style(self.prompt, "QLabel { font-size: 14pt; font-weight: bold; }")
        self.prompt.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setObjectName("doorKeys")
        self.keys.setWordWrap(True)
        appearance.style(self.keys, "QLabel { font-size: 12pt; }")
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.free_text = _Field()
        self.free_text.setAccessibleName(self.tr("Answer"))
        self.free_text.setPlaceholderText(self.tr("Type the answer, then Enter"))
        self.free_text.returnPressed.connect(self._free_text_done)
        self.free_text.escaped.connect(self.cancel_door)
        self.note = _Field()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note about this door (N)"))
        self.note.returnPressed.connect(self._field_done)
        self.note.escaped.connect(self.setFocus)
        self.resident = _Field()
        self.resident.setAccessibleName(self.tr("New resident's name"))
        self.resident.setPlaceholderText(self.tr("New resident met at the door: name (R)"))
        self.resident.returnPressed.connect(self._field_done)
        self.resident.escaped.connect(self.setFocus)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)

        self.script = QLabel()
        self.script.setObjectName("talkingPoints")
        self.script.setWordWrap(True)
        self.script.setTextFormat(Qt.TextFormat.PlainText)
        self.script.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.script_box = script_box = QFrame()
        script_box.setFrameShape(QFrame.Shape.StyledPanel)
        script_layout = QVBoxLayout(script_box)
        script_title = QLabel(self.tr("Talking points"))
        appearance.style(script_title, "QLabel { font-weight: bold; }")
        script_layout.addWidget(script_title)
        script_layout.addWidget(self.script, 1)

        self._middle = middle = QVBoxLayout()
        for widget in (self.address, self.dnc, self.residents, self.history, self.prompt, self.keys, self.free_text,
                       self.summary, self.note, self.resident, self.feedback):
            middle.addWidget(widget)
        middle.addStretch(1)
        # The walk list, the door and the talking points side by side when there is room; with
        # large text one under the other, the door first, and the screen scrolls down.
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._header = header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.addWidget(self.back_button)
        header.addWidget(self.heading, 1)
        header.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self._body, 1)
        self.free_text.hide()
        self._wide: bool | None = None
        self.set_wide(True)
        appearance.on_change(self._refit)

    # ------------------------------------------------------------------ layout

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - QResizeEvent, Qt's name
        super().resizeEvent(event)
        self._fit_width()

    def _refit(self) -> None:
        """Sizes that follow the text size, after it changes."""
        self._wide = None
        self._fit_width()

    def _fit_width(self) -> None:
        room = available_width(self)
        self.set_wide(room >= appearance.text_width(68))
        if self._wide and self.minimumSizeHint().width() > room:  # longer words need more room
            self.set_wide(False)

    def set_wide(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        body = self._body
        if body.count():
            body.removeWidget(self.doors)
            body.removeWidget(self.script_box)
            body.removeItem(self._middle)
        if wide:
            body.setDirection(QBoxLayout.Direction.LeftToRight)
            body.addWidget(self.doors, 2)
            body.addLayout(self._middle, 4)
            body.addWidget(self.script_box, 2)
            self.doors.setMinimumWidth(appearance.text_width(18))
            self.doors.setMinimumHeight(0)
            self.doors.setMaximumHeight(16777215)
            self.script_box.setMinimumWidth(appearance.text_width(19))
            self.script_box.setMaximumWidth(appearance.text_width(26))
        else:
            body.setDirection(QBoxLayout.Direction.TopToBottom)
            body.addLayout(self._middle)
            body.addWidget(self.doors)
            body.addWidget(self.script_box)
            self.doors.setMinimumWidth(0)
            self.doors.setFixedHeight(appearance.lines_height(6))
            self.script_box.setMinimumWidth(0)
            self.script_box.setMaximumWidth(16777215)
        self._header.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        for widget in (self.back_button, self.progress):
            self._header.setAlignment(widget, Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignLeft)
        self.progress.setWordWrap(not wide)
        # One under the other, a smaller heading leaves the door itself in sight.
        self.heading.setObjectName("screenHeading" if wide else "sectionHeading")
        self.heading.style().unpolish(self.heading)
        self.heading.style().polish(self.heading)
        self.heading.updateGeometry()

    # ------------------------------------------------------------------ opening a turf

    async def open_turf(self, turf_id: str, canvasser: str | None = None) -> None:
        walk = await self.worker.run(canvassing.walk_list, turf_id)
        self.show_walk(walk, canvasser)

    def show_walk(self, walk: WalkList, canvasser: str | None = None) -> None:
        self.walk = walk
        self.done = set()
        self.canvasser = walk.turf.canvasser if canvasser is None else canvasser
        self.heading.setText(f"{walk.turf.name} · {walk.campaign.name}")
        self.script.setText(walk.campaign.script or self.tr("No script for this campaign."))
        self.doors.setUpdatesEnabled(False)
        self.doors.clear()
        for door in walk.doors:
            item = QListWidgetItem()
            self._paint_item(item, door)
            self.doors.addItem(item)
        self.doors.setUpdatesEnabled(True)
        first = next((i for i, d in enumerate(walk.doors) if not d.do_not_contact and not d.knocks), None)
        if first is None:
            first = walk.next_door(-1)
        self.go_to(first if first is not None else 0)
        self.setFocus()
        QTimer.singleShot(0, self, self._show_top)

    def _show_top(self) -> None:
        """When the window scrolls (large text), start with the turf and the door in sight."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.isVisible():
            parent.ensureWidgetVisible(self.heading, 0, 0)

    def _paint_item(self, item: QListWidgetItem, door: Door) -> None:
        text = door.label
        if door.do_not_contact:
            text += "  ·  " + self.tr("do not contact")
            item.setBackground(QBrush(DNC_BACKGROUND))
            item.setForeground(QBrush(DNC_TEXT))
        elif door.address.id in self.done or door.knocks:
            text += f"  ·  {canvassing.outcome_label(door.knocks[0].outcome)}" if door.knocks else ""
            item.setForeground(QBrush(CONTRAST_DONE_TEXT if appearance.high_contrast() else DONE_TEXT))
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    @property
    def current(self) -> Door | None:
        if self.walk is None or not 0 <= self.index < len(self.walk.doors):
            return None
        return self.walk.doors[self.index]

    def go_to(self, index: int) -> None:
        if self.walk is None or not self.walk.doors:
            self.address.setText(self.tr("This turf has no doors."))
            return
        self.index = max(0, min(index, len(self.walk.doors) - 1))
        self.doors.setCurrentRow(self.index)
        self.doors.scrollToItem(self.doors.item(self.index))
        self._reset_door()
        door = self.walk.doors[self.index]
        self.address.setText(door.label)
        self.dnc.setVisible(door.do_not_contact)
        if door.residents:
            lines = []
            for person in door.residents:
                mark = "  ⛔ " + self.tr("do not contact") if person.do_not_contact else ""
                language = f" ({person.language})" if person.language else ""
                lines.append(f"• {person.display_name}{language}{mark}")
            self.residents.setText(self.tr("Residents:") + "\n" + "\n".join(lines))
        else:
            self.residents.setText(self.tr("No residents known here."))
        self.history.setText(self._history(door.knocks))
        left = sum(1 for d in self.walk.doors if not d.do_not_contact and d.address.id not in self.done)
        self.progress.setText(self.tr("Door {n} of {total} · {left} to go").format(
            n=self.index + 1, total=len(self.walk.doors), left=left))
        self.door_changed.emit(self.index)

    def _history(self, knocks: tuple[PastKnock, ...]) -> str:
        if not knocks:
            return self.tr("Not knocked before.")
        lines = [f"• {k.at[:16].replace('T', ' ')}  {canvassing.outcome_label(k.outcome)}" + (f" ({k.canvasser})" if k.canvasser else "")
                 + (f" · {k.campaign}" if k.campaign and self.walk and k.campaign != self.walk.campaign.name else "")
                 + (f" — {k.note}" if k.note else "") for k in knocks[:4]]
        return self.tr("Knocked before:") + "\n" + "\n".join(lines)

    # ------------------------------------------------------------------ stages

    def _reset_door(self) -> None:
        self.stage = "outcome"
        self.outcome = ""
        self.answers = {}
        self.asked = []
        self.question_index = 0
        self.chosen = []
        self.note.clear()
        self.resident.clear()
        self.free_text.clear()
        self.free_text.hide()
        self.summary.clear()
        self._show_stage()

    def _show_stage(self) -> None:
        door = self.current
        if self.walk is None or door is None:
            return
        if self.stage == "outcome":
            if door.do_not_contact:
                self.prompt.setText(self.tr("Do not knock here. → next door"))
                self.keys.setText(self.tr("→ next door   ← previous door"))
                return
            self.prompt.setText(self.tr("What happened at this door?"))
            # A key and its outcome stay together on a line when the keys wrap (large text).
            self.keys.setText("   ".join(f"{n}\u00a0\u00a0{canvassing.outcome_label(o)}".replace(" ", "\u00a0")
                                           for n, o in enumerate(self.walk.campaign.outcomes, start=1))
                              + "\n" + self.tr("N note · R new resident · → next door · ← previous door"))
            self.free_text.hide()
        elif self.stage == "question":
            question = self.asked[self.question_index]
            total = len(canvassing.questions_asked(self.walk.questions, self.answers))
            self.prompt.setText(self.tr("Question {n} of {total}: {prompt}").format(
                n=self.question_index + 1, total=max(total, self.question_index + 1), prompt=question.prompt))
            self.keys.setText(self._answer_keys(question))
            self.free_text.setVisible(question.kind is QuestionKind.FREE_TEXT)
            if question.kind is QuestionKind.FREE_TEXT:
                self.free_text.clear()
                self.free_text.setFocus()
        else:
            self.prompt.setText(self.tr("Note and new resident, then Enter to save this door."))
            self.keys.setText(self.tr("Enter saves and goes to the next door · Esc starts this door again"))
            self.free_text.hide()
            self.note.setFocus()
        self.summary.setText("\n".join(
            f"{q.prompt}  →  {(self.answers.get(q.id) or self.tr('(skipped)')).replace('|', ', ')}"
            for q in self.asked[: self.question_index + (self.stage == "finish")]))

    def _answer_keys(self, question: Question) -> str:
        skip = "   " + self.tr("Space skips")
        if question.kind is QuestionKind.YES_NO:
            return self.tr("Y  yes     N  no") + skip
        if question.kind is QuestionKind.FREE_TEXT:
            return self.tr("Type the answer, Enter goes on (empty: skipped)")
        options = canvassing.options_of(question)
        if question.kind is QuestionKind.MULTIPLE_CHOICE:
            marks = "   ".join(f"{n} {'☑' if o in self.chosen else '☐'} {o}".replace(" ", "\u00a0")
                               for n, o in enumerate(options, start=1))
            return marks + "\n" + self.tr("Keys toggle, Enter goes on") + skip
        return "   ".join(f"{n}  {o}".replace(" ", "\u00a0") for n, o in enumerate(options, start=1)) + skip

    def _choose_outcome(self, number: int) -> None:
        door = self.current
        if self.walk is None or door is None or door.do_not_contact:
            return
        outcomes = self.walk.campaign.outcomes
        if not 1 <= number <= len(outcomes):
            return
        self.outcome = outcomes[number - 1]
        if self.outcome == canvassing.contact_outcome(self.walk.campaign):
            self.asked = canvassing.questions_asked(self.walk.questions, {})
            self.stage = "question" if self.asked else "finish"
            self._show_stage()
            return
        self.save()

    def _answer(self, value: str | None) -> None:
        question = self.asked[self.question_index]
        self.answers[question.id] = value
        self.asked = canvassing.questions_asked(self.walk.questions, self.answers)  # type: ignore[union-attr]
        self.question_index += 1
        self.chosen = []
        if self.question_index >= len(self.asked):
            self.stage = "finish"
        self._show_stage()
        if self.stage == "question" and self.asked[self.question_index].kind is not QuestionKind.FREE_TEXT:
            self.setFocus()

    def _free_text_done(self) -> None:
        if self.stage == "question":
            self._answer(self.free_text.text().strip() or None)

    def _field_done(self) -> None:
        if self.stage == "finish":
            self.save()
        else:
            self.setFocus()

    def cancel_door(self) -> None:
        self._reset_door()
        self.setFocus()

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.walk is None:
            super().keyPressEvent(event)
            return
        key, text = event.key(), event.text().lower()
        if key == Qt.Key.Key_Escape:
            if self.stage == "outcome":
                self.back_requested.emit()
            else:
                self.cancel_door()
            return
        if self.stage == "outcome":
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self._choose_outcome(key - Qt.Key.Key_0)
            elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                following = self.walk.next_door(self.index)
                self.go_to(following if following is not None else self.index)
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
                self.go_to(self.index - 1)
            elif text == "n":
                self.note.setFocus()
            elif text == "r":
                self.resident.setFocus()
            else:
                super().keyPressEvent(event)
            return
        if self.stage == "finish":
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
            return
        question = self.asked[self.question_index]
        if key == Qt.Key.Key_Space:
            self._answer(None)
            return
        options = canvassing.options_of(question)
        if question.kind is QuestionKind.YES_NO:
            if text in ("y", "s", "n"):  # Y (yes) or S (sí), N (no / no)
                self._answer("no" if text == "n" else "yes")
        elif question.kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.SCALE):
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(options):
                self._answer(options[key - Qt.Key.Key_1])
        elif question.kind is QuestionKind.MULTIPLE_CHOICE:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(options):
                option = options[key - Qt.Key.Key_1]
                self.chosen = [o for o in self.chosen if o != option] if option in self.chosen else [*self.chosen, option]
                self.keys.setText(self._answer_keys(question))
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._answer("|".join(o for o in options if o in self.chosen) or None)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Store this door and move to the next one at once; the write runs on the store thread."""
        door = self.current
        if self.walk is None or door is None or not self.outcome:
            return
        answers = {k: v for k, v in self.answers.items() if v is not None}
        note, resident, outcome = self.note.text(), self.resident.text(), self.outcome
        run_task(self, self._store(self.index, door, outcome, answers, note, resident))
        self.done.add(door.address.id)
        self.feedback.setText(self.tr("Saved: {door} — {outcome}.").format(door=door.label, outcome=outcome))
        following = self.walk.next_door(self.index, self.done)
        if following is None:
            following = self.walk.next_door(-1, self.done)
        if following is None:
            self._paint_item(self.doors.item(self.index), door)
            self._reset_door()
            self.prompt.setText(self.tr("Every door of this turf is done. Thank you!"))
            self.keys.clear()
        else:
            self.go_to(following)
        self.setFocus()

    async def _store(self, index: int, door: Door, outcome: str, answers: dict, note: str, resident: str) -> None:
        assert self.walk is not None
        walk = self.walk
        try:
            knock = await self.worker.run(canvassing.log_knock, walk.campaign.id, door.address.id, outcome,
                                          answers=answers, note=note, canvasser=self.canvasser,
                                          new_resident=resident or None)
        except Exception:
            self.done.discard(door.address.id)
            self.feedback.setText(self.tr("Not saved: {door}. Please log it again.").format(door=door.label))
            raise
        if self.walk is not walk:
            return
        past = PastKnock(knock.at, knock.outcome, knock.canvasser, walk.campaign.name, knock.note)
        residents = door.residents
        if resident:  # shown at once when the canvasser comes back to this door
            residents = await self.worker.run(canvassing.residents_at, door.address.id)
            if self.walk is not walk:
                return
        updated = Door(door.address, residents, (past, *door.knocks),
                       door.do_not_contact or outcome == canvassing.DO_NOT_CONTACT)
        doors = list(walk.doors)
        doors[index] = updated
        self.walk = WalkList(walk.turf, walk.campaign, walk.questions, tuple(doors))
        item = self.doors.item(index)
        if item is not None:
            self._paint_item(item, updated)
        self.logged.emit(knock)
