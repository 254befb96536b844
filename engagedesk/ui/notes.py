"""The live notes pane of a meeting: catch what people say as they say it, by keyboard alone.

The note field always has the focus and Enter saves.  The kind is one shortcut away (Alt+C
comment, Alt+Q question, Alt+N concern, Alt+I idea, Alt+U quote, Alt+D decision, Alt+A action);
Alt+S picks the speaker among the people signed in (Enter on an empty field: an unnamed
participant), Alt+T adds themes, Alt+→ and Alt+← move along the agenda.  The timeline below
filters by kind, theme, speaker, agenda item and words; F2 edits the chosen note, Delete deletes
it, Ctrl+Z takes back the last change.

Nothing typed is lost: the draft is written on the store thread at most half a second after a
keystroke, and the note replaces it in one transaction when Enter is pressed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.models import AgendaItem, NoteKind, Person, Theme
from engagedesk.services.notes import (
    FORMER_KEY, UNNAMED_KEY, Change, MeetingNotes, NoteDraft, TimelineEntry, TimelineFilter, filter_timeline,
)
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.notes_panels import ActionsPanel, VoicesPanel
from engagedesk.ui.notes_timeline import KIND_KEYS, TimelineModel, kind_label
from engagedesk.ui.notes_widgets import KindBar, NoteEdit, PersonField, ThemeTags, shortcut
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import FlowLayout, available_width, meeting_time

log = logging.getLogger("engagedesk.ui.notes")
DRAFT_DELAY_MS = 500  # a keystroke reaches the disk within this, even while typing goes on


@dataclass(frozen=True)
class Snapshot:
    """The timeline and what its filters offer, taken on the store thread after each change."""

    entries: list[TimelineEntry]
    used_themes: list[Theme]
    speakers: list[tuple[str, str]]
    theme_names: list[str]


def _snapshot(notes: MeetingNotes) -> Snapshot:
    return Snapshot(notes.timeline(), notes.used_themes(), notes.speaker_choices(), notes.theme_names())


class NotesScreen(QWidget):
    back_requested = Signal()
    summary_requested = Signal(str)    # meeting id
    note_saved = Signal(object)        # TimelineEntry, once written
    timeline_shown = Signal(int)       # rows now shown, after a change or a filter
    draft_saved = Signal()

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.notes: MeetingNotes | None = None
        self.entries: list[TimelineEntry] = []
        self.filter = TimelineFilter()
        self._editing: str | None = None
        self._set_aside: NoteDraft | None = None   # the new note put aside while one is edited
        self._busy = False
        self._loading = False
        self._agenda: tuple[AgendaItem, ...] = ()
        self._speaker_names: dict[str, str] = {}
        self.setObjectName("notesScreen")

        # ------------------------------------------------------------ header
        self.back_button = QPushButton(self.tr("← Meetings"))
        self.back_button.setAccessibleName(self.tr("Back to meetings"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("screenHeading")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.summary_button = QPushButton(self.tr("Summary…"))
        self.summary_button.setAccessibleName(self.tr("Show the meeting summary"))
        self.summary_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary_button.clicked.connect(lambda: self.notes and self.summary_requested.emit(self.notes.meeting.id))

        # ------------------------------------------------------------ the note being typed
        self.kinds = KindBar()
        self.kinds.kind_changed.connect(lambda _kind: self._draft_changed())
        self.speaker = PersonField(self.tr("unnamed participant"))
        self.speaker.setObjectName("speakerField")
        self.speaker.setMinimumWidth(appearance.text_width(17.5))
        self.speaker.setAccessibleName(self.tr("Speaker (Alt+S)"))
        self.speaker.finished.connect(self.focus_note)
        self.speaker.chosen.connect(lambda _id: self._draft_changed())
        self.speaker.unknown.connect(lambda text: self.say(self.tr(
            "Nobody signed in is called “{name}”. Choose from the list, or empty the field for an unnamed "
            "participant.").format(name=text), "warning"))
        self.agenda = QComboBox()
        self.agenda.setObjectName("agendaChoice")
        self.agenda.setAccessibleName(self.tr("Agenda item now (Alt+Right next, Alt+Left back)"))
        self.agenda.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.agenda.currentIndexChanged.connect(lambda _i: self._draft_changed())
        self.themes = ThemeTags()
        self.themes.changed.connect(self._draft_changed)
        self.themes.finished.connect(self.focus_note)
        self.note = NoteEdit()
        self.note.setObjectName("noteField")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Type what is said, then Enter. Shift+Enter starts a new line."))
        self.note.submitted.connect(self.submit)
        self.note.undo_requested.connect(self.undo)
        self.note.escape_pressed.connect(self.cancel_edit)
        self.note.textChanged.connect(self._draft_changed)
        self.editing_banner = QLabel()
        self.editing_banner.setObjectName("feedback")
        self.editing_banner.setProperty("tone", "warning")
        self.editing_banner.setWordWrap(True)
        self.editing_banner.hide()
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("What just happened"))
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.save_button.clicked.connect(self.submit)

        entry = QFrame()
        entry.setObjectName("noteEntry")
        self._entry_grid = grid = QGridLayout(entry)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.kinds, 0, 0, 1, 4)
        grid.addWidget(self._label(self.tr("Speaker"), "Alt+S"), 1, 0)
        grid.addWidget(self.speaker, 1, 1)
        self._agenda_label = self._label(self.tr("Agenda"), "Alt+← →")
        grid.addWidget(self._agenda_label, 1, 2)
        grid.addWidget(self.agenda, 1, 3)
        self._entry_narrow = False
        grid.addWidget(self._label(self.tr("Themes"), "Alt+T"), 2, 0)
        grid.addWidget(self.themes, 2, 1, 1, 3)
        grid.addWidget(self.note, 3, 0, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 4)
        under = QHBoxLayout()
        under.addWidget(self.feedback, 1)
        under.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.editing_banner, 4, 0, 1, 4)
        grid.addLayout(under, 5, 0, 1, 4)

        # ------------------------------------------------------------ the timeline
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setObjectName("timeline")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Timeline (Alt+L)"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(appearance.lines_height(1, 13) + 7)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # widths in characters of the timeline's 13 pt text, so they grow with the text size
        for column, characters in ((TimelineModel.TIME, 5.8), (TimelineModel.KIND, 12), (TimelineModel.SPEAKER, 16),
                                   (TimelineModel.THEMES, 14), (TimelineModel.AGENDA, 13)):
            self.table.setColumnWidth(column, appearance.text_width(characters, 13))
        header.setSectionResizeMode(TimelineModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_chosen())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())

        self.kind_filter = QComboBox()
        self.theme_filter = QComboBox()
        self.speaker_filter = QComboBox()
        self.agenda_filter = QComboBox()
        for combo in (self.kind_filter, self.theme_filter, self.speaker_filter, self.agenda_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole words, any language
        self.find = QLineEdit()
        self.find.setObjectName("timelineFind")
        self.find.setPlaceholderText(self.tr("Find words… (Alt+F)"))
        self.find.setClearButtonEnabled(True)
        self.find.setAccessibleName(self.tr("Find words in notes (Alt+F)"))
        self.kind_filter.setAccessibleName(self.tr("Show only this kind"))
        self.theme_filter.setAccessibleName(self.tr("Show only this theme"))
        self.speaker_filter.setAccessibleName(self.tr("Show only this speaker"))
        self.agenda_filter.setAccessibleName(self.tr("Show only this agenda item"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in NoteKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        for combo in (self.kind_filter, self.theme_filter, self.speaker_filter, self.agenda_filter):
            combo.setObjectName("timelineFilter")
            combo.setMaximumWidth(appearance.text_width(26, 13))  # a long name is cut, not the row
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.find.textChanged.connect(lambda _t: self._filter_changed())

        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("noteDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen note in full"))
        self.detail.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.detail.setFixedHeight(appearance.lines_height(2.5, 13) + 15)
        self.edit_button = QPushButton(self.tr("Edit (F2)"))
        self.edit_button.clicked.connect(self.edit_chosen)
        self.delete_button = QPushButton(self.tr("Delete (Del)"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.answered_button = QPushButton(self.tr("Answered (Ctrl+K)"))
        self.answered_button.setToolTip(self.tr("Mark the chosen question answered, or not answered"))
        self.answered_button.clicked.connect(self.toggle_answered)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        for button in (self.edit_button, self.delete_button, self.answered_button, self.undo_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setObjectName("timelineButton")

        heading = QLabel(self.tr("Timeline"))
        heading.setObjectName("sectionHeading")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        filters = FlowLayout()  # wraps with large text or longer words
        for combo in (self.kind_filter, self.theme_filter, self.speaker_filter, self.agenda_filter):
            filters.addWidget(combo)
        filters.addWidget(self.find)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.detail, 1)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for number, button in enumerate((self.edit_button, self.delete_button, self.answered_button, self.undo_button)):
            buttons.addWidget(button, number // 2, number % 2)
        actions_row.addLayout(buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(entry)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions_row)

        # ------------------------------------------------------------ side panels
        self.actions = ActionsPanel(worker)
        self.actions.changed.connect(lambda: run_task(self, self.voices.refresh()))
        self.actions.done_with_keyboard.connect(self.focus_note)
        self.voices = VoicesPanel(worker)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("notesSide")
        self.tabs.setAccessibleName(f"{self.tr('Actions')} · {self.tr('Voices heard')}")
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.addTab(self.actions, self.tr("Actions"))
        self.tabs.addTab(self.voices, self.tr("Voices heard"))
        self.tabs.setTabToolTip(0, self.tr("Action items (Ctrl+Shift+A)"))
        self.tabs.setTabToolTip(1, self.tr("Who has spoken, who has not yet (Ctrl+Shift+V)"))
        self.tabs.currentChanged.connect(lambda index: index == 1 and run_task(self, self.voices.refresh()))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.tabs.setMinimumWidth(appearance.text_width(23))
        self.tabs.setMaximumWidth(appearance.text_width(32))
        self.splitter.setChildrenCollapsible(False)

        header_row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        header_row.addLayout(titles, 1)
        header_row.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(header_row)
        layout.addWidget(self.splitter, 1)
        appearance.style(self, NOTES_STYLE)

        # ------------------------------------------------------------ keys
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for kind, letter in KIND_KEYS.items():
            shortcut(f"Alt+{letter}", self, lambda k=kind: self.choose_kind(k), context)
        shortcut("Alt+S", self, self.focus_speaker, context)
        shortcut("Alt+T", self, self.focus_themes, context)
        shortcut("Alt+Right", self, lambda: self.move_agenda(1), context)
        shortcut("Alt+Left", self, lambda: self.move_agenda(-1), context)
        shortcut("Alt+L", self, self.focus_timeline, context)
        shortcut("Alt+F", self, self.find.setFocus, context)
        shortcut("Ctrl+E", self, self.edit_chosen, context)
        shortcut("Ctrl+K", self, self.toggle_answered, context)
        shortcut("Ctrl+Z", self, self.undo, context)
        shortcut("Ctrl+Shift+A", self, self.focus_actions, context)
        shortcut("Ctrl+Shift+V", self, lambda: self.tabs.setCurrentWidget(self.voices), context)
        table_only = Qt.ShortcutContext.WidgetShortcut
        shortcut("Delete", self.table, self.delete_chosen, table_only)
        shortcut("F2", self.table, self.edit_chosen, table_only)
        shortcut("Escape", self.table, self.focus_note, table_only)
        shortcut("Escape", self.find, self.focus_note, table_only)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001 - Qt's signature
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # The note text keeps room to be read: narrow timelines leave out agenda, then themes.
            width = event.size().width()
            self.table.setColumnHidden(TimelineModel.AGENDA, width < appearance.text_width(90, 13))
            self.table.setColumnHidden(TimelineModel.THEMES, width < appearance.text_width(66, 13))
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        # Beside the main window's sidebar the screen is about 1,050 wide: the notes keep the room.
        width = available_width(self)
        wide = width >= appearance.text_width(70)
        # With large text the side panel goes under the notes and the kinds take two rows,
        # rather than the screen being cut off.
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self.tabs.setMaximumWidth(appearance.text_width(25 if width < 1150 else 32) if wide else 16_777_215)
        self.kinds.set_columns(len(KIND_KEYS) if width >= appearance.text_width(85) else 4)
        self._place_agenda(narrow=width < appearance.text_width(85))
        super().resizeEvent(event)

    def _place_agenda(self, *, narrow: bool) -> None:
        """The agenda beside the speaker, or (large text) on a row of its own under it."""
        if narrow == self._entry_narrow:
            return
        self._entry_narrow = narrow
        grid = self._entry_grid
        places = []
        for index in range(grid.count()):
            item = grid.itemAt(index)
            places.append((item.widget() or item.layout(), grid.getItemPosition(index)))
        for part, _ in places:
            if isinstance(part, QWidget):
                grid.removeWidget(part)
            else:
                grid.removeItem(part)
        for part, (row, column, rows, columns) in places:
            if part is self._agenda_label:
                row, column = (2, 0) if narrow else (1, 2)
            elif part is self.agenda:
                row, column, columns = (2, 1, 3) if narrow else (1, 3, 1)
            elif row >= 2 and narrow:
                row += 1
            elif row >= 3 and not narrow:
                row -= 1
            if isinstance(part, QWidget):
                grid.addWidget(part, row, column, rows, columns)
            else:
                grid.addLayout(part, row, column, rows, columns)

    def _label(self, text: str, keys: str) -> QLabel:
        label = QLabel(f"{text} <span style='font-size:{appearance.points(11):g}pt'>{keys}</span>")
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # ------------------------------------------------------------------ opening

    async def open_meeting(self, meeting_id: str) -> None:
        self.flush_draft()  # what was being typed for another meeting is written first
        notes = await self.worker.run(MeetingNotes.open, meeting_id)
        speakers, snapshot, draft = await self.worker.run_call(
            lambda: (notes.speakers(), _snapshot(notes), notes.load_draft()))
        self.notes = notes
        meeting = notes.meeting
        self._loading = True
        try:
            self.title.setText(self.tr("Notes: {title}").format(title=meeting.title))
            self.subtitle.setText(" · ".join(part for part in (meeting_time(meeting.starts_at), meeting.place,
                                                                 meeting.series) if part))
            self._agenda = notes.agenda
            self.agenda.clear()
            self.agenda.addItem(self.tr("No agenda item"), None)
            for number, item in enumerate(self._agenda, start=1):
                self.agenda.addItem(f"{number}. {item.title}", item.id)
            self.agenda.setCurrentIndex(1 if self._agenda else 0)
            self.agenda_filter.blockSignals(True)
            self.agenda_filter.clear()
            self.agenda_filter.addItem(self.tr("All agenda items"), None)
            for number, item in enumerate(self._agenda, start=1):
                self.agenda_filter.addItem(f"{number}. {item.title}", item.id)
            self.agenda_filter.addItem(self.tr("No agenda item"), "")
            self.agenda_filter.blockSignals(False)
            self.speaker.set_people(speakers)
            self._editing = None
            self._set_aside = None
            self.editing_banner.hide()
            self.feedback.clear()
            self.find.clear()
            for combo in (self.kind_filter, self.speaker_filter, self.theme_filter, self.agenda_filter):
                combo.setCurrentIndex(0)
            self.put_draft(draft or NoteDraft(agenda_item_id=self._agenda[0].id if self._agenda else None))
            if draft is not None and draft.editing:
                self._start_editing(draft.editing)
            if draft is not None and draft.text:
                self.say(self.tr("Your unsaved note is back, as you left it."), "welcome")
        finally:
            self._loading = False
        self._take(snapshot)
        await self.actions.load(meeting_id)
        await self.voices.load(meeting_id)
        self.focus_note()

    # ------------------------------------------------------------------ the note being typed

    def current_draft(self) -> NoteDraft:
        return NoteDraft(text=self.note.toPlainText(), kind=self.kinds.kind(), speaker_id=self.speaker.person_id(),
                         agenda_item_id=self.agenda.currentData(), themes=self.themes.themes_with_typed(),
                         editing=self._editing)

    def put_draft(self, draft: NoteDraft) -> None:
        self.note.setPlainText(draft.text)
        cursor = self.note.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.note.setTextCursor(cursor)
        self.kinds.set_kind(draft.kind)
        self.speaker.set_person(draft.speaker_id)
        self.themes.set_themes(draft.themes)
        index = self.agenda.findData(draft.agenda_item_id) if draft.agenda_item_id else 0
        self.agenda.setCurrentIndex(max(0, index))

    def choose_kind(self, kind: NoteKind) -> None:
        self.kinds.set_kind(kind)
        self.focus_note()

    def move_agenda(self, step: int) -> None:
        self.agenda.setCurrentIndex(max(0, min(self.agenda.count() - 1, self.agenda.currentIndex() + step)))
        self.say(self.tr("Agenda item now: {item}").format(item=self.agenda.currentText()), "")

    def focus_note(self) -> None:
        self.note.setFocus()

    def focus_speaker(self) -> None:
        self.speaker.setFocus()
        self.speaker.selectAll()
        if self.notes is not None:
            run_task(self, self._refresh_speakers())

    async def _refresh_speakers(self) -> None:
        notes = self.notes
        if notes is None:
            return
        people: list[Person] = await self.worker.run_call(notes.speakers)
        if notes is self.notes:
            chosen = self.speaker.person_id()
            self.speaker.set_people(people)
            if chosen and self.speaker.person_id() != chosen:
                self.speaker.set_person(chosen)

    def focus_themes(self) -> None:
        self.themes.field.setFocus()

    def focus_timeline(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)

    def focus_actions(self) -> None:
        self.tabs.setCurrentWidget(self.actions)
        self.actions.start_new()

    def say(self, message: str, tone: str = "") -> None:
        self.feedback.setText(message)
        self.feedback.setProperty("tone", tone)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    # ------------------------------------------------------------------ the draft

    def _draft_changed(self) -> None:
        if self._loading or self.notes is None:
            return
        if not self._draft_timer.isActive():
            self._draft_timer.start()  # not restarted by later keys: typing never holds it back

    def _save_draft(self) -> None:
        if self.notes is None:
            return
        if self._busy:
            self._draft_timer.start()  # a note is being saved: write the draft after it
            return
        run_task(self, self._write_draft(self.notes, self.current_draft()))

    async def _write_draft(self, notes: MeetingNotes, draft: NoteDraft) -> None:
        try:
            await self.worker.run_call(notes.save_draft, draft)
        except RuntimeError:
            log.warning("the draft could not be written: the store is closed")  # the window is closing
            return
        self.draft_saved.emit()

    def hideEvent(self, event) -> None:  # noqa: ANN001 - QHideEvent
        self.flush_draft()  # leaving the pane (another screen, the window closing)
        super().hideEvent(event)

    def flush_draft(self) -> None:
        """Write the draft now (leaving the screen, closing the window)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._save_draft()

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        if self.notes is None or self._busy:
            return
        self._draft_timer.stop()
        run_task(self, self._save(self.notes, self.current_draft()))

    async def _save(self, notes: MeetingNotes, draft: NoteDraft) -> None:
        self._busy = True
        try:
            if draft.editing:
                change, snapshot = await self.worker.run_call(
                    lambda: (notes.edit(draft.editing, draft), _snapshot(notes)))
            else:
                change, snapshot = await self.worker.run_call(lambda: (notes.add(draft), _snapshot(notes)))
        except ValidationError as problem:
            self.say(problem.message, "warning")
            field = problem.problems[0].field if problem.problems else "text"
            (self.themes.field if field == "themes" else self.speaker if field == "speaker_id" else self.note).setFocus()
            return
        finally:
            self._busy = False
        if notes is not self.notes:
            return
        if self.note.toPlainText() == draft.text:
            # Clear only what was saved: words typed meanwhile stay for the next note.
            self._loading = True
            aside = self._set_aside if draft.editing else None
            self.put_draft(aside or NoteDraft(agenda_item_id=draft.agenda_item_id))
            self._loading = False
            if aside is not None:
                self._draft_changed()
        self._stop_editing()
        self._take(snapshot, select=change.entry.note.id if change.entry else None)
        assert change.entry is not None
        self.say(f"{change.message} ({change.entry.time}, {kind_label(change.entry.note.kind).lower()}, "
                 f"{change.entry.speaker})", "welcome")
        self.focus_note()
        self.note_saved.emit(change.entry)
        await self._after_change(change)

    async def _after_change(self, change: Change | None) -> None:
        if change is not None and change.entry is not None and change.entry.note.kind is NoteKind.ACTION:
            await self.actions.refresh()
        await self.voices.refresh()

    # ------------------------------------------------------------------ the timeline

    def _take(self, snapshot: Snapshot, select: str | None = None) -> None:
        self.entries = snapshot.entries
        self.themes.set_known(snapshot.theme_names)
        self._fill(self.theme_filter, self.tr("All themes"), [(t.id, t.name) for t in snapshot.used_themes])
        self._fill(self.speaker_filter, self.tr("All speakers"), snapshot.speakers)
        self._show_timeline(select)

    def _fill(self, combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        wanted = [(None, everything)] + list(choices)
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == wanted:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, label in wanted:
            combo.addItem(label, key)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if chosen is not None and index < 0:
            self._filter_changed()

    def _filter_changed(self) -> None:
        kind = self.kind_filter.currentData()
        self.filter = TimelineFilter(
            kind=NoteKind(kind) if kind else None, theme_id=self.theme_filter.currentData(),
            speaker_key=self.speaker_filter.currentData(), agenda_item_id=self.agenda_filter.currentData(),
            text=self.find.text())
        self._show_timeline()

    def _show_timeline(self, select: str | None = None) -> None:
        chosen = select or self._chosen_id()
        shown = self.entries if self.filter.empty else filter_timeline(self.entries, self.filter)
        self.model.set_entries(shown)
        total = len(self.entries)
        if self.filter.empty:
            self.count_label.setText(count_text(total, self.tr("1 note"), self.tr("{n} notes")))
        else:
            self.count_label.setText(count_text(total, self.tr("{shown} of 1 note shown"),
                                                self.tr("{shown} of {n} notes shown"), shown=format_number(len(shown))))
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif shown:
            self.table.scrollToBottom()
        self._show_detail()
        self.timeline_shown.emit(len(shown))

    def chosen_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() and self.table.selectionModel().hasSelection() else None

    def _chosen_id(self) -> str | None:
        entry = self.chosen_entry()
        return entry.note.id if entry else None

    def choose_note(self, note_id: str) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_detail(self) -> None:
        entry = self.chosen_entry()
        if entry is None:
            self.detail.setPlainText("")
            self.detail.setPlaceholderText(self.tr("Choose a note in the timeline to read it in full here."))
        else:
            # The words first (they are what is read); who, when and where after them.
            about = " · ".join(part for part in (entry.time, kind_label(entry.note.kind), entry.speaker,
                                                 entry.agenda_title, ", ".join(entry.themes)) if part)
            self.detail.setPlainText(f"{entry.note.text}\n\n— {about}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.chosen_entry()
        self.edit_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        self.answered_button.setEnabled(entry is not None and entry.note.kind is NoteKind.QUESTION)
        if entry is not None and entry.answered:
            self.answered_button.setText(self.tr("Not answered (Ctrl+K)"))
        else:
            self.answered_button.setText(self.tr("Answered (Ctrl+K)"))

    # ------------------------------------------------------------------ edit, delete, undo

    def edit_chosen(self) -> None:
        entry = self.chosen_entry() or (self.model.entry(self.model.rowCount() - 1) if self.model.rowCount() else None)
        if entry is None or self.notes is None:
            return
        if self._editing is None:
            self._set_aside = self.current_draft()
        self._loading = True
        self.put_draft(NoteDraft(text=entry.note.text, kind=entry.note.kind, speaker_id=None,
                                 agenda_item_id=entry.note.agenda_item_id, themes=entry.themes))
        if entry.note.speaker_id and entry.speaker_key not in (UNNAMED_KEY, FORMER_KEY):
            self.speaker.set_person(entry.note.speaker_id, entry.speaker)
        self._loading = False
        self._start_editing(entry.note.id)
        self._draft_changed()
        self.focus_note()

    def _start_editing(self, note_id: str) -> None:
        entry = next((e for e in self.entries if e.note.id == note_id), None)
        self._editing = note_id
        when = entry.time if entry else ""
        self.editing_banner.setText(self.tr(
            "Changing the note from {time}. Enter saves the change; Esc leaves it as it was.").format(time=when))
        self.editing_banner.show()
        self.save_button.setText(self.tr("Save change (Enter)"))

    def _stop_editing(self) -> None:
        self._editing = None
        self._set_aside = None
        self.editing_banner.hide()
        self.save_button.setText(self.tr("Save (Enter)"))

    def cancel_edit(self) -> None:
        if self._editing is None:
            return
        aside = self._set_aside
        self._stop_editing()
        self._loading = True
        self.put_draft(aside or NoteDraft(agenda_item_id=self.agenda.currentData()))
        self._loading = False
        self._draft_changed()
        self.say(self.tr("Change left out; the note is as it was."), "")

    def delete_chosen(self) -> None:
        entry = self.chosen_entry()
        if entry is None or self.notes is None or self._busy:
            return
        notes = self.notes
        run_task(self, self._run(lambda: notes.delete(entry.note.id)))

    def toggle_answered(self) -> None:
        entry = self.chosen_entry()
        if entry is None or self.notes is None or entry.note.kind is not NoteKind.QUESTION:
            return
        notes = self.notes
        run_task(self, self._run(lambda: notes.set_answered(entry.note.id, not entry.answered), keep=entry.note.id))

    def undo(self) -> None:
        if self.notes is None or self._busy:
            return
        notes = self.notes
        run_task(self, self._run(notes.undo, undo=True))

    async def _run(self, operation, *, keep: str | None = None, undo: bool = False) -> None:  # noqa: ANN001
        notes = self.notes
        assert notes is not None
        self._busy = True
        try:
            change, snapshot = await self.worker.run_call(lambda: (operation(), _snapshot(notes)))
        except UserError as problem:
            self.say(problem.message, "warning")
            return
        finally:
            self._busy = False
        if notes is not self.notes:
            return
        if change is None:
            self.say(self.tr("Nothing to undo."), "")
            return
        if self._editing and not any(e.note.id == self._editing for e in snapshot.entries):
            self.cancel_edit()
        select = keep or (change.entry.note.id if undo and change.entry and
                          any(e.note.id == change.entry.note.id for e in snapshot.entries) else None)
        self._take(snapshot, select=select)
        self.say(change.message, "")
        await self._after_change(change)


NOTES_STYLE = """
QFrame#noteEntry { background: #f4f7fa; border: 1px solid #c9d3dc; border-radius: 8px; }
QPlainTextEdit#noteField { font-size: 17pt; background: white; border: 2px solid #9aa5b1; border-radius: 6px;
                           min-height: 70px; max-height: 90px; }
QLabel#feedback { font-size: 14pt; padding: 3px 8px; }
QPlainTextEdit#noteField:focus { border: 3px solid #1a73e8; }
QToolButton#themeChip { font-size: 12pt; background: #fff4d6; border: 1px solid #d9b44a; border-radius: 10px;
                        padding: 2px 8px; color: #4a3a00; }
QTableView#timeline { font-size: 13pt; }
QTableView#timeline QHeaderView::section { font-size: 12pt; font-weight: bold; padding: 3px; }
QComboBox#timelineFilter, QLineEdit#timelineFind { font-size: 13pt; }
QPlainTextEdit#noteDetail { font-size: 13pt; background: #fbfbf8; }
QWidget#notesScreen QPushButton#timelineButton { font-size: 13pt; padding: 2px 8px; }
QListWidget#actionsList { font-size: 13pt; }
QTabWidget#notesSide QTabBar::tab { font-size: 14pt; padding: 6px 14px; }
QLabel#voicesHeadline { font-weight: bold; }
QWidget#voicesPanel QListWidget { font-size: 13pt; }
QWidget#actionsPanel QPushButton { font-size: 13pt; padding: 3px 8px; }
QWidget#actionsPanel QLineEdit { font-size: 14pt; }
QWidget#actionsPanel QLabel { font-size: 13pt; }
"""
