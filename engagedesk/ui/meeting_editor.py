"""The meeting editor: what a meeting is, when and where, its agenda and who runs it.

A dialog opened with ``open()``.  It saves through the store thread; when something needs
fixing, the message appears next to the field and everything typed stays as it was.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QCompleter, QDateTimeEdit, QDialog, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import FieldProblem, UserError, ValidationError
from engagedesk.domain.models import AgendaItem, Meeting, Person
from engagedesk.domain.validation import MAX_NAME, MAX_SHORT_TEXT, local_datetime_text, parse_local_datetime
from engagedesk.services import meetings as meeting_service
from engagedesk.services import people as people_service
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.attendance import name_inner_parts, shortcut
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import ProblemLabel

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
PersonRole = Qt.ItemDataRole.UserRole + 1
FIELDS = ("title", "series", "starts_at", "ends_at", "place", "description", "agenda", "facilitator_ids")


def default_start(now: datetime) -> datetime:
    """The next full hour: at 17:20 a new meeting starts at 18:00."""
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime("%Y-%m-%d %H:%M"), DATE_TIME_FORMAT)


def _from_qt(value: QDateTime) -> str:
    parsed = parse_local_datetime(value.toString("yyyy-MM-ddTHH:mm"))
    return local_datetime_text(parsed) if parsed else ""


def person_label(person: Person) -> str:
    """A name, with enough beside it to tell two people of the same name apart."""
    extra = person.email or person.phone
    name = f"\u2068{person.display_name}\u2069"  # an Arabic name keeps the line left to right
    return f"{name} — {extra}" if extra else name


class FacilitatorSearch(QLineEdit):
    """The search field of the facilitator picker: Enter picks the first person found."""

    pick_first = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.pick_first.emit()
            return  # never let Enter here save the whole meeting
        super().keyPressEvent(event)


class MeetingEditor(QDialog):
    """Create a meeting (``meeting`` None) or edit one.  Emits ``saved(Meeting)`` once stored."""

    saved = Signal(object)
    searched = Signal(str)   # the facilitator search whose results are now offered

    def __init__(self, worker: StoreWorker, meeting: Meeting | None = None, *,
                 series: list[str] | tuple[str, ...] = (), facilitators: list[Person] | tuple[Person, ...] = (),
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.original = meeting
        self.meeting_id = meeting.id if meeting else Meeting(title="", starts_at="").id
        self._agenda: list[AgendaItem] = list(meeting.agenda) if meeting else []
        self._facilitators: list[Person] = list(facilitators)
        self._search_number = 0
        self._saving = False
        self.setObjectName("meetingEditor")
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)

        self.problems = {name: ProblemLabel() for name in FIELDS}
        self.general_problem = ProblemLabel()

        # ------------------------------------------------------------ the meeting itself
        self.title_field = QLineEdit(meeting.title if meeting else "")
        self.title_field.setMaxLength(MAX_NAME)
        self.title_field.setAccessibleName(self.tr("Title"))
        self.title_field.setPlaceholderText(self.tr("For example: Riverside Town Hall #5"))

        self.series_field = QComboBox()
        self.series_field.setEditable(True)
        self.series_field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series_field.addItems(["", *series])
        self.series_field.setCurrentText(meeting.series if meeting else "")
        self.series_field.setAccessibleName(self.tr("Series"))
        self.series_field.setAccessibleDescription(self.tr(
            "Meetings of one series are compared in attendance; pick an existing one or type a new name"))
        self.series_field.lineEdit().setAccessibleName(self.tr("Series"))
        self.series_field.lineEdit().setMaxLength(MAX_NAME)
        self.series_field.lineEdit().setPlaceholderText(self.tr("None: a one-off meeting"))
        self.series_field.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.series_field.completer().setFilterMode(Qt.MatchFlag.MatchContains)

        start = parse_local_datetime(meeting.starts_at) if meeting else None
        end = parse_local_datetime(meeting.ends_at) if meeting and meeting.ends_at else None
        start = start or default_start(now or datetime.now())
        end = end or start + timedelta(hours=2)
        self._duration = end - start if end > start else timedelta(hours=2)
        self.starts_field = self._date_time(self.tr("Starts"), start)
        self.ends_field = self._date_time(self.tr("Ends"), end)
        self.starts_field.dateTimeChanged.connect(self._start_moved)
        self.ends_field.dateTimeChanged.connect(self._end_moved)

        self.place_field = QLineEdit(meeting.place if meeting else "")
        self.place_field.setCursorPosition(0)
        self.place_field.setMaxLength(MAX_SHORT_TEXT)
        self.place_field.setAccessibleName(self.tr("Place"))
        self.place_field.setPlaceholderText(self.tr("For example: Riverside Library, Community Room"))

        self.description_field = QPlainTextEdit(meeting.description if meeting else "")
        self.description_field.setTabChangesFocus(True)
        self.description_field.setAccessibleName(self.tr("Description"))
        self.description_field.setMinimumHeight(appearance.lines_height(3))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Title:"), self.title_field, "title")
        self._row(form, self.tr("Se&ries:"), self.series_field, "series")
        self._row(form, self.tr("&Starts:"), self.starts_field, "starts_at")
        self._row(form, self.tr("&Ends:"), self.ends_field, "ends_at")
        self._row(form, self.tr("&Place:"), self.place_field, "place")
        self._row(form, self.tr("&Description:"), self.description_field, "description")

        # ------------------------------------------------------------ the agenda
        self.agenda_list = QListWidget()
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.setAccessibleName(self.tr("Agenda items, in order"))
        self.agenda_list.setAccessibleDescription(self.tr(
            "Alt+Up and Alt+Down move the chosen item; Delete removes it"))
        self.agenda_list.currentRowChanged.connect(self._agenda_row_chosen)
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_title = QLineEdit()
        self.item_title.setMaxLength(MAX_SHORT_TEXT)
        self.item_title.setAccessibleName(self.tr("Agenda item title"))
        self.item_title.textEdited.connect(self._item_edited)
        self.item_minutes = QSpinBox()
        self.item_minutes.setRange(0, 24 * 60)
        self.item_minutes.setSingleStep(5)
        self.item_minutes.setSuffix(self.tr(" min"))
        self.item_minutes.setAccessibleName(self.tr("Agenda item minutes"))
        self.item_minutes.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.item_minutes.setMinimumWidth(appearance.text_width(9))
        self.item_minutes.valueChanged.connect(self._item_edited)
        self.add_item_button = QPushButton(self.tr("&Add item"))
        self.add_item_button.setAccessibleName(self.tr("Add an agenda item"))
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.remove_item_button = QPushButton(self.tr("Re&move"))
        self.remove_item_button.setToolTip(self.tr("Remove the chosen item (Delete)"))
        self.remove_item_button.setAccessibleName(self.tr("Remove the chosen agenda item"))
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.up_button = QPushButton(self.tr("↑ Up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move the chosen agenda item up"))
        self.up_button.setAccessibleDescription(self.tr("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.down_button = QPushButton(self.tr("↓ Down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move the chosen agenda item down"))
        self.down_button.setAccessibleDescription(self.tr("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_agenda_item(1))
        self.agenda_total = QLabel()
        self.agenda_total.setObjectName("hint")
        self.agenda_total.setAccessibleName(self.tr("Agenda length"))

        agenda_box = QGroupBox(self.tr("A&genda"))
        agenda_box.setAccessibleName(self.tr("Agenda"))
        item_row = QGridLayout()
        title_label = QLabel(self.tr("Item t&itle:"))
        title_label.setBuddy(self.item_title)
        minutes_label = QLabel(self.tr("Min&utes:"))
        minutes_label.setBuddy(self.item_minutes)
        item_row.addWidget(title_label, 0, 0)
        item_row.addWidget(self.item_title, 0, 1, 1, 3)
        item_row.addWidget(minutes_label, 1, 0)
        item_row.addWidget(self.item_minutes, 1, 1)
        item_row.addWidget(self.agenda_total, 1, 2, 1, 2)
        item_row.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        for button in (self.add_item_button, self.remove_item_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_list, 1)
        agenda_layout.addLayout(item_row)
        agenda_layout.addLayout(buttons)
        agenda_layout.addWidget(self.problems["agenda"])
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut(keys, agenda_box, lambda s=step: self.move_agenda_item(s))
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.agenda_list, self.remove_agenda_item,
                 Qt.ShortcutContext.WidgetShortcut)

        # ------------------------------------------------------------ facilitators
        self.facilitator_search = FacilitatorSearch()
        self.facilitator_search.setAccessibleName(self.tr("Find a facilitator by name"))
        self.facilitator_search.setPlaceholderText(self.tr("Type a name, then pick"))
        self.facilitator_search.textEdited.connect(self._search_people)
        self.facilitator_search.pick_first.connect(self._pick_first)
        self.found_people = QStandardItemModel(self)
        self.completer = QCompleter(self.found_people, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.completer.popup().setAccessibleName(self.tr("People found"))
        appearance.style(self.completer.popup(), "QAbstractItemView { font-size: 15pt; }", main=True)
        self.facilitator_search.setCompleter(self.completer)
        self.facilitator_list = QListWidget()
        self.facilitator_list.setAccessibleName(self.tr("Facilitators"))
        self.facilitator_list.setAccessibleDescription(self.tr("Delete removes the chosen facilitator"))
        self.facilitator_list.setMaximumHeight(130)
        self.facilitator_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facilitator_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.facilitator_list, self.remove_facilitator,
                 Qt.ShortcutContext.WidgetShortcut)
        self.remove_facilitator_button = QPushButton(self.tr("Rem&ove facilitator"))
        self.remove_facilitator_button.setToolTip(self.tr("Remove the chosen facilitator (Delete)"))
        self.remove_facilitator_button.setAccessibleName(self.tr("Remove the chosen facilitator"))
        self.remove_facilitator_button.clicked.connect(self.remove_facilitator)
        facilitator_box = QGroupBox(self.tr("Facilitators"))
        facilitator_box.setAccessibleName(self.tr("Facilitators"))
        facilitator_layout = QGridLayout(facilitator_box)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.facilitator_search)
        facilitator_layout.addWidget(find_label, 0, 0)
        facilitator_layout.addWidget(self.facilitator_search, 0, 1)
        facilitator_layout.addWidget(self.facilitator_list, 1, 0, 1, 2)
        facilitator_layout.addWidget(self.remove_facilitator_button, 2, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        facilitator_layout.addWidget(self.problems["facilitator_ids"], 3, 0, 1, 2)
        facilitator_layout.setColumnStretch(1, 1)

        # ------------------------------------------------------------ saving
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the meeting"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.add_item_button, self.remove_item_button, self.up_button, self.down_button,
                       self.remove_facilitator_button):
            button.setAutoDefault(False)
        shortcut(QKeySequence.StandardKey.Save, self, self.save, Qt.ShortcutContext.WindowShortcut)
        shortcut("Ctrl+Return", self, self.save, Qt.ShortcutContext.WindowShortcut)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(agenda_box, 3)
        right.addWidget(facilitator_box, 2)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        actions = QHBoxLayout()
        actions.addWidget(self.general_problem, 1)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(columns, 1)
        layout.addLayout(actions)

        name_inner_parts(self)
        self._fill_agenda(0 if self._agenda else -1)
        self._fill_facilitators()
        self.resize(1180, 720)
        self.title_field.setFocus()

    # ------------------------------------------------------------------ building the form

    def _date_time(self, name: str, value: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(_to_qt(value))
        edit.setDisplayFormat(DATE_TIME_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(self.tr("Year, month, day, hour and minute: type over them, or use Up and Down"))
        edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
        for inner in edit.findChildren(QLineEdit):
            inner.setAccessibleName(name)
        return edit

    def _row(self, form: QFormLayout, label_text: str, field: QWidget, problem: str) -> None:
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, field)
        form.addRow("", self.problems[problem])

    # ------------------------------------------------------------------ start and end

    def _start_moved(self, value: QDateTime) -> None:
        # The end follows the start, so that moving a meeting keeps its length.
        self.ends_field.blockSignals(True)
        self.ends_field.setDateTime(value.addSecs(int(self._duration.total_seconds())))
        self.ends_field.blockSignals(False)

    def _end_moved(self, value: QDateTime) -> None:
        seconds = self.starts_field.dateTime().secsTo(value)
        if seconds > 0:
            self._duration = timedelta(seconds=seconds)

    # ------------------------------------------------------------------ the agenda

    def _fill_agenda(self, current: int) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for position, item in enumerate(self._agenda, start=1):
            self.agenda_list.addItem(QListWidgetItem(self._agenda_text(position, item)))
        self.agenda_list.blockSignals(False)
        self.agenda_list.setCurrentRow(current)
        self._agenda_row_chosen(current)
        self._update_total()

    def _agenda_text(self, position: int, item: AgendaItem) -> str:
        title = item.title.strip() or self.tr("(no title yet)")
        return self.tr("{n}. {title} — {minutes} min").format(n=position, title=title, minutes=item.minutes)

    def _agenda_row_chosen(self, row: int) -> None:
        chosen = 0 <= row < len(self._agenda)
        for widget in (self.item_title, self.item_minutes, self.remove_item_button):
            widget.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self._agenda) - 1)
        self.item_title.blockSignals(True)
        self.item_minutes.blockSignals(True)
        self.item_title.setText(self._agenda[row].title if chosen else "")
        self.item_title.setCursorPosition(0)
        self.item_minutes.setValue(self._agenda[row].minutes if chosen else 0)
        self.item_title.blockSignals(False)
        self.item_minutes.blockSignals(False)

    def _item_edited(self, *_args: object) -> None:
        row = self.agenda_list.currentRow()
        if not 0 <= row < len(self._agenda):
            return
        self._agenda[row] = dataclasses.replace(
            self._agenda[row], title=self.item_title.text(), minutes=self.item_minutes.value())
        self.agenda_list.item(row).setText(self._agenda_text(row + 1, self._agenda[row]))
        self._update_total()

    def _update_total(self) -> None:
        total = sum(item.minutes for item in self._agenda)
        self.agenda_total.setText(self.tr("Items: {n} · in all {minutes} min").format(
            n=len(self._agenda), minutes=total))

    def add_agenda_item(self) -> None:
        """A new item after the chosen one (at the end when none is chosen), ready to be named."""
        row = self.agenda_list.currentRow()
        at = row + 1 if 0 <= row < len(self._agenda) else len(self._agenda)
        self._agenda.insert(at, AgendaItem(meeting_id=self.meeting_id, position=at, title="", minutes=10))
        self._fill_agenda(at)
        self.item_title.setFocus()

    def remove_agenda_item(self) -> None:
        row = self.agenda_list.currentRow()
        if not 0 <= row < len(self._agenda):
            return
        del self._agenda[row]
        self._fill_agenda(min(row, len(self._agenda) - 1))
        self.agenda_list.setFocus()

    def move_agenda_item(self, step: int) -> None:
        row = self.agenda_list.currentRow()
        target = row + step
        if not (0 <= row < len(self._agenda) and 0 <= target < len(self._agenda)):
            return
        focus = self.focusWidget()
        self._agenda[row], self._agenda[target] = self._agenda[target], self._agenda[row]
        self._fill_agenda(target)
        if focus is not None:
            focus.setFocus()

    def agenda(self) -> list[AgendaItem]:
        return list(self._agenda)

    # ------------------------------------------------------------------ facilitators

    def _fill_facilitators(self) -> None:
        self.facilitator_list.clear()
        for person in self._facilitators:
            item = QListWidgetItem(person_label(person))
            item.setData(PersonRole, person)
            self.facilitator_list.addItem(item)
        if self._facilitators:
            self.facilitator_list.setCurrentRow(0)
        self.remove_facilitator_button.setEnabled(bool(self._facilitators))

    def facilitators(self) -> list[Person]:
        return list(self._facilitators)

    def _search_people(self, text: str) -> None:
        self._search_number += 1
        run_task(self, self._search(text, self._search_number))

    async def _search(self, text: str, number: int) -> None:
        found = await self.worker.run(people_service.find_people, text, 8) if text.strip() else []
        if number != self._search_number:
            return  # a newer search is on its way
        chosen = {person.id for person in self._facilitators}
        self.found_people.clear()
        for person in found:
            if person.id in chosen:
                continue
            item = QStandardItem(person_label(person))
            item.setData(person, PersonRole)
            item.setEditable(False)
            self.found_people.appendRow(item)
        if self.found_people.rowCount() and self.facilitator_search.hasFocus():
            self.completer.complete()
        elif not self.found_people.rowCount():
            self.completer.popup().hide()
        self.searched.emit(text)

    def _picked(self, index: QModelIndex) -> None:
        person = index.data(PersonRole)
        if isinstance(person, Person):
            self.add_facilitator(person)

    def _pick_first(self) -> None:
        if self.found_people.rowCount():
            self.add_facilitator(self.found_people.item(0).data(PersonRole))

    def add_facilitator(self, person: Person) -> None:
        if all(existing.id != person.id for existing in self._facilitators):
            self._facilitators.append(person)
        self._fill_facilitators()
        self.facilitator_list.setCurrentRow(len(self._facilitators) - 1)
        self.found_people.clear()
        self._search_number += 1
        # The completer writes the chosen text into the field after this; clear it once it has.
        self.completer.popup().hide()
        self.facilitator_search.clear()
        QTimer.singleShot(0, self.facilitator_search.clear)
        self.facilitator_search.setFocus()

    def remove_facilitator(self) -> None:
        row = self.facilitator_list.currentRow()
        if 0 <= row < len(self._facilitators):
            del self._facilitators[row]
            self._fill_facilitators()
            self.facilitator_list.setCurrentRow(min(row, len(self._facilitators) - 1))

    # ------------------------------------------------------------------ saving

    def draft(self) -> Meeting:
        """The meeting as typed so far (not yet checked)."""
        return Meeting(
            id=self.meeting_id,
            title=self.title_field.text(),
            series=self.series_field.currentText(),
            starts_at=_from_qt(self.starts_field.dateTime()),
            ends_at=_from_qt(self.ends_field.dateTime()),
            place=self.place_field.text(),
            description=self.description_field.toPlainText(),
            facilitator_ids=tuple(person.id for person in self._facilitators),
            agenda=tuple(dataclasses.replace(item, meeting_id=self.meeting_id, position=position)
                         for position, item in enumerate(self._agenda)),
        )

    def save(self) -> None:
        if not self._saving:
            run_task(self, self._save())

    async def _save(self) -> None:
        self._saving = True
        self.save_button.setEnabled(False)
        operation = meeting_service.edit_meeting if self.original else meeting_service.create_meeting
        try:
            stored = await self.worker.run(operation, self.draft())
        except ValidationError as error:
            self.show_problems(error)
            return
        except UserError as error:
            self.show_problems(ValidationError([FieldProblem("", error.message)]))
            return
        finally:
            self._saving = False
            self.save_button.setEnabled(True)
        self.show_problems(None)
        self.saved.emit(stored)
        self.accept()

    def show_problems(self, error: ValidationError | None) -> None:
        """Each message next to its field; the first field with a problem gets the focus."""
        focus_on = {"title": self.title_field, "series": self.series_field, "starts_at": self.starts_field,
                    "ends_at": self.ends_field, "place": self.place_field,
                    "description": self.description_field, "agenda": self.agenda_list,
                    "facilitator_ids": self.facilitator_search}
        first: QWidget | None = None
        for name, label in self.problems.items():
            message = error.for_field(name) if error else None
            label.show_problem(message)
            if message and first is None:
                first = focus_on[name]
        other = [p.message for p in error.problems if p.field not in FIELDS] if error else []
        self.general_problem.show_problem("\n".join(other))
        if first is not None:
            first.setFocus()
            if first is self.agenda_list:
                empty = next((row for row, item in enumerate(self._agenda) if not item.title.strip()), None)
                if empty is not None:
                    self.agenda_list.setCurrentRow(empty)
                    self.item_title.setFocus()
