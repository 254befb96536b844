"""The sign-in desk of one meeting, built for a line of people and a keyboard.

One large search field keeps the focus; results follow each key; Up/Down pick, Enter signs in
the highlighted person (the first one unless moved).  The check-in is written before the field
clears, and the field is cleared only if nothing new was typed meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import Attendance, Person, Role
from engagedesk.services import walkins
from engagedesk.services.desk import CheckIn, Desk, DeskMatch
from engagedesk.services.walkins import WalkIn
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.results import MatchDelegate, MatchesModel, MatchRole
from engagedesk.ui.tasks import run_task
from engagedesk.ui.walk_in import WalkInForm, show_likely_duplicates
from engagedesk.ui.widgets import SearchField, available_width, meeting_time, shortcut

RECENT = 6
ROLE_KEYS = (Role.ATTENDEE, Role.SPEAKER, Role.VOLUNTEER, Role.FACILITATOR, Role.STAFF)


class DeskScreen(QWidget):
    checked_in = Signal(object)   # CheckIn, after it is written
    searched = Signal(str)        # the text whose results are now on screen
    back_requested = Signal()
    kiosk_requested = Signal()

    def __init__(self, worker: StoreWorker, entered_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.entered_by = entered_by
        self.desk: Desk | None = None
        self._search_number = 0
        self._busy = False
        self.setObjectName("deskScreen")

        self.title = QLabel()
        self.title.setObjectName("screenHeading")
        self.title.setWordWrap(True)  # a long meeting title wraps instead of pushing the count away
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("bigCount")
        self.count_label.setAccessibleName(self.tr("People signed in"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = MatchesModel()
        self.results = QListView()
        self.results.setObjectName("deskResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(MatchDelegate(parent=self.results))
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(lambda index: self._sign_in_row(index.row()))
        self.results.clicked.connect(lambda index: self._sign_in_row(index.row()))

        self.search = SearchField(self.results)
        self.search.setObjectName("deskSearch")
        self.search.setPlaceholderText(self.tr("Type a name, e-mail or phone, then Enter"))
        self.search.setAccessibleName(self.tr("Find a person to sign in"))
        self.search.setAccessibleDescription(self.tr("Up and Down choose, Enter signs in, Ctrl+N adds a walk-in"))
        self.search.textChanged.connect(self._text_changed)
        self.search.undo_requested.connect(self.undo)
        self.search.submitted.connect(lambda: self._sign_in_row(max(0, self.results.currentIndex().row())))

        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Sign in as"))
        labels = {Role.ATTENDEE: self.tr("Attendee"), Role.SPEAKER: self.tr("Speaker"),
                  Role.VOLUNTEER: self.tr("Volunteer"), Role.FACILITATOR: self.tr("Facilitator"),
                  Role.STAFF: self.tr("Staff")}
        self.role_labels = labels
        for number, role in enumerate(ROLE_KEYS, start=1):
            self.role.addItem(f"{labels[role]}  (Alt+{number})")
            shortcut(f"Alt+{number}", self, lambda r=number - 1: self.role.setCurrentIndex(r))
        self.role.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("What just happened"))
        self.hint = QLabel()
        self.hint.setObjectName("hint")

        self.walk_in_button = QPushButton(self.tr("New person (Ctrl+N)"))
        self.walk_in_button.setAccessibleName(self.tr("Add a walk-in"))
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.walk_in_button.clicked.connect(self.start_walk_in)
        self.kiosk_button = QPushButton(self.tr("Self sign-in kiosk…"))
        self.kiosk_button.setAccessibleName(self.tr("Open the self sign-in kiosk"))
        self.kiosk_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.kiosk_button.clicked.connect(self.kiosk_requested)
        self.back_button = QPushButton(self.tr("← Meetings"))
        self.back_button.setAccessibleName(self.tr("Back to meetings"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.back_requested)

        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("Last sign-ins"))
        self.recent.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the chosen sign-in"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo)
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.check_out_button.setAccessibleName(self.tr("Check out the chosen volunteer or staff member"))
        self.check_out_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.check_out_button.clicked.connect(self.check_out)
        self.recent.currentRowChanged.connect(lambda _row: self._update_recent_buttons())

        self.walk_in = WalkInForm()
        self.walk_in.submitted.connect(lambda draft: run_task(self, self._add_walk_in(draft)))
        self.walk_in.chose_existing.connect(lambda person: run_task(self, self._sign_in(person)))
        self.walk_in.cancelled.connect(self.back_to_search)
        self.walk_in.draft_changed.connect(
            lambda draft: run_task(self, show_likely_duplicates(self.walk_in, self.worker, draft)))

        shortcut("Ctrl+N", self, self.start_walk_in)
        shortcut("Ctrl+Z", self, self.undo)
        shortcut("Ctrl+F", self, self.back_to_search)

        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.search)
        search_layout.addWidget(self.hint)
        search_layout.addWidget(self.results, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(search_page)
        self.pages.addWidget(self.walk_in)

        self.header = header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        header.addLayout(titles, 1)
        header.addWidget(self.count_label)

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Sign in as:")))
        side.addWidget(self.role)
        side.addSpacing(12)
        recent_label = QLabel(self.tr("Last sign-ins:"))
        side.addWidget(recent_label)
        side.addWidget(self.recent, 1)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.check_out_button)
        side.addLayout(row)
        side.addSpacing(12)
        side.addWidget(self.walk_in_button)
        side.addWidget(self.kiosk_button)

        # Side by side when there is room; the side panel goes under the search with large text.
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(self.pages, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.feedback)
        layout.addLayout(body, 1)
        self._update_recent_buttons()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        self._reflow(available_width(self))

    def _reflow(self, width: int) -> None:
        """Side by side when there is room; with large text the parts go one under the other
        (the window scrolls) rather than being cut off."""
        wide = width >= appearance.text_width(75)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() == direction:
            return
        for layout in (self.header, self.body):
            layout.setDirection(direction)
        self.walk_in.set_wide(wide)
        side = Qt.AlignmentFlag.AlignRight if wide else Qt.AlignmentFlag.AlignLeft
        self.count_label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self.pages.updateGeometry()

    # ------------------------------------------------------------------ opening

    async def open_meeting(self, meeting_id: str) -> None:
        self.desk = await self.worker.run(Desk.open, meeting_id)
        meeting = self.desk.meeting
        self.title.setText(self.tr("Sign-in: {title}").format(title=meeting.title))
        when = meeting_time(meeting.starts_at)
        self.subtitle.setText(" · ".join(part for part in (when, meeting.place) if part))
        self.feedback.clear()
        self.search.clear()
        self.walk_in.clear()
        self.pages.setCurrentIndex(0)
        await self._refresh_side()
        self.search.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()

    # ------------------------------------------------------------------ searching

    def _text_changed(self, text: str) -> None:
        self._search_number += 1
        run_task(self, self._search(text, self._search_number))

    async def _search(self, text: str, number: int) -> None:
        if self.desk is None:
            return
        result = await self.worker.run_call(self.desk.search, text)
        if number != self._search_number:
            return  # a newer search is on its way; never show stale results
        self.model.set_matches(result.matches)
        if result.matches:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if not text.strip():
            self.hint.setText("")
        elif not result.matches:
            self.hint.setText(self.tr("Nobody found. Check the spelling, or press Ctrl+N to add them as new."))
        elif not result.complete:
            self.hint.setText(self.tr("Showing the first %n; keep typing to narrow down.", "", len(result.matches)))
        else:
            self.hint.setText("")
        self.searched.emit(text)

    # ------------------------------------------------------------------ signing in

    def _sign_in_row(self, row: int) -> None:
        match = self.model.data(self.model.index(row, 0), MatchRole) if row >= 0 else None
        if isinstance(match, DeskMatch):
            run_task(self, self._sign_in(match.person))

    async def _sign_in(self, person: Person) -> None:
        if self.desk is None or self._busy:
            return
        self._busy = True
        submitted = self.search.text()
        role = self.current_role()
        try:
            result = await self.worker.run_call(self.desk.check_in, person, role, entered_by=self.entered_by)
        finally:
            self._busy = False
        self._after_check_in(result, submitted)

    def current_role(self) -> Role:
        return ROLE_KEYS[max(0, self.role.currentIndex())]

    def _after_check_in(self, result: CheckIn, submitted: str) -> None:
        self.feedback.setText(result.greeting())
        self.feedback.setProperty("tone", "warning" if result.already else "welcome")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.role.setCurrentIndex(0)
        self.pages.setCurrentIndex(0)
        if self.search.text() == submitted:
            self.search.clear()
        self.search.setFocus()
        self.checked_in.emit(result)
        run_task(self, self._refresh_side())

    async def _refresh_side(self) -> None:
        if self.desk is None:
            return
        recent = await self.worker.run_call(self.desk.recent, RECENT)
        self.count_label.setText(self.tr("%n signed in", "", self.desk.count))
        self.recent.clear()
        for attendance, person in recent:
            role = self.role_labels.get(attendance.role, attendance.role.value)
            text = f"{attendance.time_in[11:16]}  {person.display_name}"
            if attendance.role is not Role.ATTENDEE:
                text += f" ({role})"
            if attendance.time_out:
                text += self.tr(" — out {time}").format(time=attendance.time_out[11:16])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, attendance)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self._update_recent_buttons()

    def _chosen_attendance(self) -> Attendance | None:
        item = self.recent.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_recent_buttons(self) -> None:
        chosen = self._chosen_attendance()
        self.undo_button.setEnabled(chosen is not None)
        self.check_out_button.setEnabled(chosen is not None and chosen.role in (Role.VOLUNTEER, Role.STAFF, Role.FACILITATOR)
                                         and not chosen.time_out)

    def undo(self) -> None:
        chosen = self._chosen_attendance()
        if chosen is not None and self.desk is not None:
            run_task(self, self._undo(chosen))

    async def _undo(self, attendance: Attendance) -> None:
        await self.worker.run_call(self.desk.undo, attendance)
        self.feedback.setText(self.tr("Sign-in undone."))
        self.feedback.setProperty("tone", "")
        await self._refresh_side()
        self._text_changed(self.search.text())
        self.search.setFocus()

    def check_out(self) -> None:
        chosen = self._chosen_attendance()
        if chosen is not None and self.desk is not None:
            run_task(self, self._check_out(chosen))

    async def _check_out(self, attendance: Attendance) -> None:
        await self.worker.run_call(self.desk.check_out, attendance)
        self.feedback.setText(self.tr("Checked out. Thank you for your time!"))
        await self._refresh_side()
        self.search.setFocus()

    # ------------------------------------------------------------------ walk-ins

    def start_walk_in(self) -> None:
        self.pages.setCurrentIndex(1)
        self.walk_in.start(self.search.text())

    def back_to_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.search.setFocus()

    async def _add_walk_in(self, draft: WalkIn) -> None:
        if self.desk is None or self._busy:
            return
        self._busy = True
        try:
            result = await self.worker.run(walkins.add_walk_in, self.desk, draft, self.entered_by)
        except ValidationError as problem:
            self.walk_in.show_problems(problem)
            return
        finally:
            self._busy = False
        self.walk_in.clear()
        self._after_check_in(result, self.search.text())
