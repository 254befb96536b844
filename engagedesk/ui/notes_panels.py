"""The side panels of the live notes pane: action items, and voices heard."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.models import ActionStatus
from engagedesk.services import actions
from engagedesk.services.actions import ActionLine
from engagedesk.services.voices import VoicesHeard, voices_heard
from engagedesk.store.worker import StoreWorker
from engagedesk.ui.notes_widgets import PersonField, _plain_enter, shortcut
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import ProblemLabel

LineRole = Qt.ItemDataRole.UserRole + 1


def local_day(stamp: str | None) -> str:
    """The local date of a stored instant ("2026-11-22T23:10:00Z" -> "2026-11-22")."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:10]
    return (moment.astimezone() if moment.tzinfo else moment).date().isoformat()


class _EnterField(QLineEdit):
    submitted = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if _plain_enter(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ActionsPanel(QWidget):
    """The action items a meeting reviews: made here, carried over from the series, closed here.

    Keyboard: Ctrl+Shift+A (from the notes pane) comes to "What"; Tab to owner and due date;
    Enter adds.  In the list, Ctrl+Shift+D marks the chosen item done, Ctrl+Shift+X drops it,
    Ctrl+Shift+O opens it again, Ctrl+Shift+E edits it.
    """

    changed = Signal()          # an item was added, changed or closed (after it is written)
    done_with_keyboard = Signal()  # the user finished here: the notes field may take the focus

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.meeting_id: str | None = None
        self._editing: str | None = None
        self._busy = False
        self.setObjectName("actionsPanel")

        self.list = QListWidget()
        self.list.setObjectName("actionsList")
        self.list.setAccessibleName(self.tr("Action items"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the chosen item done (Ctrl+Shift+D)"))
        self.done_button.clicked.connect(lambda: self.close_chosen(ActionStatus.DONE))
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setToolTip(self.tr("Drop the chosen item: it will not be done (Ctrl+Shift+X)"))
        self.drop_button.clicked.connect(lambda: self.close_chosen(ActionStatus.DROPPED))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Open the chosen item again (Ctrl+Shift+O)"))
        self.reopen_button.clicked.connect(self.reopen_chosen)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Change the chosen item (Ctrl+Shift+E)"))
        self.edit_button.clicked.connect(self.edit_chosen)
        for button in (self.done_button, self.drop_button, self.reopen_button, self.edit_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.text = _EnterField()
        self.text.setObjectName("actionText")
        self.text.setPlaceholderText(self.tr("What is to be done?"))
        self.text.setAccessibleName(self.tr("New action item"))
        self.owner = PersonField(self.tr("no owner yet"))
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.finished.connect(lambda: self.due.setFocus())
        self.owner.unknown.connect(lambda text: self.problem.show_problem(
            self.tr("Nobody signed in is called “{name}”. Choose from the list, or leave it empty.").format(name=text)))
        self.due = _EnterField()
        self.due.setObjectName("actionDue")
        self.due.setPlaceholderText(self.tr("like 2026-12-01"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.text.submitted.connect(self.submit)
        self.due.submitted.connect(self.submit)
        self.add_button = QPushButton(self.tr("Add (Enter)"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        self.problem = ProblemLabel()

        buttons = QHBoxLayout()
        for button in (self.done_button, self.drop_button, self.reopen_button, self.edit_button):
            buttons.addWidget(button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("What:"), self.text)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Due:"), self.due)
        add_row = QHBoxLayout()
        add_row.addWidget(self.problem, 1)
        add_row.addWidget(self.cancel_button)
        add_row.addWidget(self.add_button)
        self.hint = QLabel(self.tr("Ctrl+Shift+ D done · X drop · O reopen · E edit"))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(add_row)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut("Ctrl+Shift+D", self, lambda: self.close_chosen(ActionStatus.DONE), context)
        shortcut("Ctrl+Shift+X", self, lambda: self.close_chosen(ActionStatus.DROPPED), context)
        shortcut("Ctrl+Shift+O", self, self.reopen_chosen, context)
        shortcut("Ctrl+Shift+E", self, self.edit_chosen, context)
        shortcut("Escape", self, self._escape, context)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    async def load(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.cancel_edit()
        await self.refresh()

    async def refresh(self, select: str | None = None) -> None:
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        lines, owners = await self.worker.run(
            lambda store: (actions.meeting_actions(store, meeting_id), actions.owner_choices(store, meeting_id)))
        if meeting_id != self.meeting_id:
            return
        chosen = select or self._chosen_id()
        self.owner.set_people(owners)
        self.list.clear()
        carried = [line for line in lines if line.carried_over]
        here = [line for line in lines if not line.carried_over]
        for title, group in ((self.tr("From earlier meetings"), carried), (self.tr("This meeting"), here)):
            if not group:
                continue
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.list.font())
            font.setBold(True)
            header.setFont(font)
            header.setForeground(Qt.GlobalColor.black)
            header.setBackground(Qt.GlobalColor.transparent)
            self.list.addItem(header)
            for line in group:
                item = QListWidgetItem(self._describe(line))
                item.setData(LineRole, line)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._describe(line).replace("\n", ", "))
                if not line.is_open:
                    font = QFont(self.list.font())
                    font.setStrikeOut(line.item.status is ActionStatus.DROPPED)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.list.addItem(item)
                if line.item.id == chosen:
                    self.list.setCurrentItem(item)
        if not lines:
            empty = QListWidgetItem(self.tr("No action items yet. Alt+A in the note field, or add one below."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._update_buttons()

    def _describe(self, line: ActionLine) -> str:
        mark = {ActionStatus.OPEN: "☐", ActionStatus.DONE: "✓", ActionStatus.DROPPED: "✗"}[line.item.status]
        details = [line.owner or self.tr("no owner yet")]
        if line.item.due_on:
            details.append(self.tr("due {date}").format(date=line.item.due_on))
        if line.item.status is ActionStatus.DONE:
            details.append(self.tr("done {date}").format(date=local_day(line.item.closed_at)))
        elif line.item.status is ActionStatus.DROPPED:
            details.append(self.tr("dropped {date}").format(date=local_day(line.item.closed_at)))
        if line.carried_over and line.origin_title:
            details.append(self.tr("from {meeting}").format(meeting=line.origin_title))
        return f"{mark} {line.item.text}\n" + " · ".join(details)

    def lines(self) -> list[ActionLine]:
        found = []
        for row in range(self.list.count()):
            line = self.list.item(row).data(LineRole)
            if isinstance(line, ActionLine):
                found.append(line)
        return found

    def chosen(self) -> ActionLine | None:
        item = self.list.currentItem()
        line = item.data(LineRole) if item else None
        return line if isinstance(line, ActionLine) else None

    def _chosen_id(self) -> str | None:
        line = self.chosen()
        return line.item.id if line else None

    def choose(self, action_id: str) -> None:
        for row in range(self.list.count()):
            line = self.list.item(row).data(LineRole)
            if isinstance(line, ActionLine) and line.item.id == action_id:
                self.list.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        line = self.chosen()
        self.done_button.setEnabled(line is not None and line.is_open)
        self.drop_button.setEnabled(line is not None and line.is_open)
        self.reopen_button.setEnabled(line is not None and not line.is_open)
        self.edit_button.setEnabled(line is not None)

    # ------------------------------------------------------------------ adding and changing

    def start_new(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def submit(self) -> None:
        if self.meeting_id is None or self._busy:
            return
        if not self.owner.resolve():
            self.owner.setFocus()
            return  # the owner typed matches nobody: said by the field's unknown signal
        run_task(self, self._submit())

    async def _submit(self) -> None:
        meeting_id, editing = self.meeting_id, self._editing
        text, owner_id, due = self.text.text(), self.owner.person_id(), self.due.text()
        self._busy = True
        try:
            if editing:
                item = await self.worker.run(actions.edit_action, editing, text, owner_id, due)
            else:
                item = await self.worker.run(actions.create_action, meeting_id, text, owner_id, due)
        except ValidationError as problem:
            self.problem.show_problem(problem.message)
            field = problem.problems[0].field if problem.problems else "text"
            {"due_on": self.due, "owner_id": self.owner}.get(field, self.text).setFocus()
            return
        finally:
            self._busy = False
        self.cancel_edit()
        await self.refresh(select=item.id)
        self.changed.emit()
        self.done_with_keyboard.emit()

    def edit_chosen(self) -> None:
        line = self.chosen()
        if line is None:
            return
        self._editing = line.item.id
        self.text.setText(line.item.text)
        self.owner.set_person(line.item.owner_id, line.owner)
        self.due.setText(line.item.due_on or "")
        self.add_button.setText(self.tr("Save (Enter)"))
        self.cancel_button.show()
        self.text.setFocus()

    def cancel_edit(self) -> None:
        self._editing = None
        self.text.clear()
        self.owner.set_person(None)
        self.due.clear()
        self.problem.show_problem(None)
        self.add_button.setText(self.tr("Add (Enter)"))
        self.cancel_button.hide()

    def _escape(self) -> None:
        if self._editing:
            self.cancel_edit()
        else:
            self.done_with_keyboard.emit()

    # ------------------------------------------------------------------ closing

    def close_chosen(self, status: ActionStatus) -> None:
        line = self.chosen()
        if line is None or not line.is_open or self.meeting_id is None:
            return
        run_task(self, self._close(line.item.id, status))

    async def _close(self, action_id: str, status: ActionStatus) -> None:
        await self.worker.run(actions.close_action, action_id, self.meeting_id, status)
        await self.refresh(select=action_id)
        self.changed.emit()

    def reopen_chosen(self) -> None:
        line = self.chosen()
        if line is None or line.is_open:
            return
        run_task(self, self._reopen(line.item.id))

    async def _reopen(self, action_id: str) -> None:
        await self.worker.run(actions.reopen_action, action_id)
        await self.refresh(select=action_id)
        self.changed.emit()


class VoicesPanel(QWidget):
    """Who has spoken and how often, and who signed in but has not been heard yet."""

    refreshed = Signal(object)  # VoicesHeard

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.meeting_id: str | None = None
        self.setObjectName("voicesPanel")
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setObjectName("voicesHeadline")
        self.share = QLabel()
        self.share.setWordWrap(True)
        self.share.setObjectName("hint")
        self.spoken = QListWidget()
        self.spoken.setAccessibleName(self.tr("Who has spoken"))
        self.not_yet = QListWidget()
        self.not_yet.setAccessibleName(self.tr("Signed in, not heard yet"))
        spoken_label = QLabel(self.tr("Spoken (notes):"))
        not_yet_label = QLabel(self.tr("Not heard yet — invite them:"))
        for label in (spoken_label, not_yet_label):
            label.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.headline)
        layout.addWidget(self.share)
        layout.addWidget(spoken_label)
        layout.addWidget(self.spoken, 1)
        layout.addWidget(not_yet_label)
        layout.addWidget(self.not_yet, 1)

    async def load(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        await self.refresh()

    async def refresh(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        heard = await self.worker.run(voices_heard, meeting_id)
        if meeting_id == self.meeting_id:
            self.show_voices(heard)

    def show_voices(self, heard: VoicesHeard) -> None:
        spoken = sum(1 for v in heard.spoken if v.signed_in)
        self.headline.setText(
            self.tr("Signed in and heard: {spoken} of {signed_in}.").format(
                spoken=format_number(spoken), signed_in=format_number(heard.signed_in))
            + " " + count_text(heard.contributions, self.tr("1 note."), self.tr("{n} notes.")))
        share = heard.first_time_share
        parts = []
        if share is not None:
            parts.append(self.tr("First-time attendees: {share:.0%} of named contributions ({count} of {named}).")
                         .format(share=share, count=heard.first_time_contributions, named=heard.named))
        if heard.unnamed:
            parts.append(count_text(heard.unnamed, self.tr("1 by an unnamed participant."),
                                    self.tr("{n} by unnamed participants.")))
        self.share.setText(" ".join(parts))
        self.spoken.clear()
        for voice in heard.spoken:
            new = self.tr("  (first time)") if voice.first_time else ""
            self.spoken.addItem(f"{voice.contributions:>3}   {voice.name}{new}")
        if heard.former:
            self.spoken.addItem(count_text(heard.former, self.tr("{n:>3}   former participant"),
                                           self.tr("{n:>3}   former participants")))
        self.not_yet.clear()
        for voice in heard.not_yet:
            self.not_yet.addItem(voice.name + (self.tr("  (first time)") if voice.first_time else ""))
        if not heard.not_yet and heard.signed_in:
            self.not_yet.addItem(self.tr("Everyone signed in has been heard."))
        self.refreshed.emit(heard)
