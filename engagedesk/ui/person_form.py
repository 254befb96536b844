"""The person form (add and edit), and the person's history shown beside it.

The form never writes: it hands what was typed to its screen (``save_requested``) and shows the
problems it gets back next to their fields.  What was typed stays in the fields until it is saved
or the user presses Discard; :meth:`PersonForm.values` and :meth:`PersonForm.set_values` let the
screen keep an unsaved draft while the user looks at the list.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import MAX_EMAIL, MAX_NAME, MAX_PHONE, MAX_SHORT_TEXT
from engagedesk.services.history import HistoryLine
from engagedesk.services.roster import PersonFile
from engagedesk.ui import appearance
from engagedesk.ui.widgets import language_name, meeting_time, shortcut

LANGUAGES = ("", "English", "Español", "Tiếng Việt", "中文", "한국어", "العربية", "Soomaali", "Русский",
             "Français", "Ελληνικά", "हिन्दी", "Polski", "Gaeilge")

TEXT_FIELDS = ("given_name", "family_name", "preferred_name", "pronouns", "email", "phone",
               "number", "street", "unit", "city", "postal_code", "do_not_contact_reason")
FLAGS = ("may_contact", "do_not_contact", "photo_consent", "quote_consent")
ADDRESS_FIELDS = ("number", "street", "unit", "city", "postal_code")
# Fields whose problems the form can show (person and address validation use these names).
PROBLEM_FIELDS = (*TEXT_FIELDS, "language", "notes")

Values = dict[str, Any]


class PersonForm(QWidget):
    """Emits ``save_requested`` (Ctrl+S), ``back_requested`` (Esc: back to the list, keeping
    what was typed) and ``discard_requested`` (the Discard button)."""

    save_requested = Signal()
    back_requested = Signal()
    discard_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.file: PersonFile | None = None
        self._loaded: Values = {}
        self._filling = False
        self._may_contact_before: bool | None = None

        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Form status"))
        self.status.hide()

        self.fields: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        self.cells: dict[str, QWidget] = {}
        limits = {"email": MAX_EMAIL, "phone": MAX_PHONE, "do_not_contact_reason": MAX_SHORT_TEXT}
        labels = {
            "given_name": self.tr("&First name"), "family_name": self.tr("&Last name"),
            "preferred_name": self.tr("P&referred name"), "pronouns": self.tr("Pro&nouns"),
            "email": self.tr("E-&mail"), "phone": self.tr("&Phone"),
            "number": self.tr("N&umber"), "street": self.tr("S&treet"), "unit": self.tr("Un&it or apartment"),
            "city": self.tr("Cit&y"), "postal_code": self.tr("Postal &code"),
            "do_not_contact_reason": self.tr("R&eason they gave"),
        }
        for name in TEXT_FIELDS:
            field = QLineEdit()
            field.setObjectName(name)
            # No length cap here: a pasted 10,000 characters stay whole and the check says why
            # they are too many; the length at which the check speaks is in the description.
            field.setAccessibleDescription(self.tr("Up to {limit} characters").format(
                limit=format_number(limits.get(name, MAX_NAME))))
            field.textEdited.connect(self._changed)
            self.fields[name] = field
            self.cells[name] = self._cell(labels[name], field, name)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language.currentTextChanged.connect(self._changed)
        self.language_name = QLabel()
        self.language_name.setObjectName("hint")
        self.language_name.setAccessibleName(self.tr("Language name"))
        self.cells["language"] = self._cell(self.tr("Lan&guage"), self.language, "language", self.language_name)
        self.language.currentTextChanged.connect(self._show_language_name)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(appearance.lines_height(3) + 16)
        self.notes.textChanged.connect(self._changed)
        self.cells["notes"] = self._cell(self.tr("N&otes"), self.notes, "notes")

        self.flags: dict[str, QCheckBox] = {}
        flag_texts = {
            "may_contact": (self.tr("OK to contact them &about meetings and news"), self.tr("OK to contact")),
            "do_not_contact": (self.tr("&Do not contact"), self.tr("Do not contact")),
            "photo_consent": (self.tr("OK to show them in p&hotos"), self.tr("Photo consent")),
            "quote_consent": (self.tr("OK to &quote what they say"), self.tr("Quote consent")),
        }
        for name, (text, accessible) in flag_texts.items():
            box = QCheckBox(text)
            box.setObjectName(name)
            box.setAccessibleName(accessible)
            box.toggled.connect(self._changed)
            self.flags[name] = box
        self.flags["do_not_contact"].setAccessibleDescription(
            self.tr("They asked not to be contacted; the date is recorded when you save"))
        self.flags["do_not_contact"].toggled.connect(self._do_not_contact_toggled)
        self.since = QLabel()
        self.since.setObjectName("hint")
        self.since.setAccessibleName(self.tr("Do not contact since"))

        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save this person"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard the changes typed in this form"))
        self.discard_button.clicked.connect(self.discard_requested)
        self.back_button = QPushButton(self.tr("Back to the list (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the list, keeping what was typed"))
        self.back_button.clicked.connect(self.back_requested)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self.save_requested.emit)
        shortcut("Escape", self, self.back_requested.emit)

        body = QWidget()
        body.setObjectName("formBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 12, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        row = 0

        def section(title: str) -> None:
            nonlocal row
            label = QLabel(title)
            label.setObjectName("formSection")
            label.setIndent(0)  # a styled label would indent its text by half an "x"
            grid.addWidget(label, row, 0, 1, 2)
            row += 1

        def pair(left: str, right: str | None = None) -> None:
            nonlocal row
            grid.addWidget(self.cells[left], row, 0, Qt.AlignmentFlag.AlignTop)
            if right:
                grid.addWidget(self.cells[right], row, 1, Qt.AlignmentFlag.AlignTop)
            row += 1

        section(self.tr("Name"))
        pair("given_name", "family_name")
        pair("preferred_name", "pronouns")
        section(self.tr("How to reach them"))
        pair("email", "phone")
        grid.addWidget(self.cells["language"], row, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        row += 1
        section(self.tr("Address"))
        pair("number", "street")
        pair("unit", "city")
        pair("postal_code")
        section(self.tr("Consent"))
        for name in ("may_contact", "do_not_contact"):
            grid.addWidget(self.flags[name], row, 0, 1, 2)
            row += 1
        reason = QHBoxLayout()
        reason.setContentsMargins(32, 0, 0, 0)
        reason.addWidget(self.cells["do_not_contact_reason"], 1)
        grid.addLayout(reason, row, 0, 1, 2)
        row += 1
        since_row = QHBoxLayout()
        since_row.setContentsMargins(32, 0, 0, 0)
        since_row.addWidget(self.since)
        grid.addLayout(since_row, row, 0, 1, 2)
        row += 1
        for name in ("photo_consent", "quote_consent"):
            grid.addWidget(self.flags[name], row, 0, 1, 2)
            row += 1
        grid.addWidget(self.cells["notes"], row, 0, 1, 2)
        row += 1
        grid.setRowStretch(row, 1)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        self.history = PersonHistory()

        fields_column = QVBoxLayout()
        fields_column.setSpacing(8)
        fields_column.addWidget(self.heading)
        fields_column.addWidget(self.status)
        fields_column.addWidget(self.scroll, 1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(fields_column, 3)
        columns.addWidget(self.history, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        order: list[QWidget] = [self.fields[name] for name in (
            "given_name", "family_name", "preferred_name", "pronouns", "email", "phone")]
        order += [self.language, *(self.fields[name] for name in ADDRESS_FIELDS)]
        order += [self.flags["may_contact"], self.flags["do_not_contact"], self.fields["do_not_contact_reason"],
                  self.flags["photo_consent"], self.flags["quote_consent"], self.notes,
                  self.save_button, self.discard_button, self.back_button, self.history.lines]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self._do_not_contact_toggled(False)

    def _cell(self, label_text: str, field: QWidget, name: str, beside: QWidget | None = None) -> QWidget:
        """A field with its label above it and its problem (hidden until there is one) below."""
        cell = QWidget()
        label = QLabel(label_text)
        label.setBuddy(field)
        field.setAccessibleName(label_text.replace("&", ""))
        if isinstance(field, QComboBox) and field.lineEdit() is not None:
            field.lineEdit().setAccessibleName(label_text.replace("&", ""))
        problem = QLabel()
        problem.setObjectName("fieldProblem")
        problem.setWordWrap(True)
        problem.setAccessibleName(self.tr("Problem with {field}").format(field=label_text.replace("&", "")))
        problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        problem.hide()
        self.problems[name] = problem
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(label)
        if beside is None:
            layout.addWidget(field)
        else:
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(field, 1)
            row.addWidget(beside, 1)
            layout.addLayout(row)
        layout.addWidget(problem)
        return cell

    # ------------------------------------------------------------------ filling and reading

    def open(self, file: PersonFile | None, draft: Values | None = None) -> None:
        """Show a person (``None``: a new one); ``draft`` puts back what was typed before."""
        self.file = file
        self._loaded = _values_of(file)
        self.set_values(draft if draft is not None else self._loaded)
        self.show_problems(None)
        if file is None:
            self.heading.setText(self.tr("New person"))
        else:
            self.heading.setText(self.tr("Edit: {name}").format(name=file.person.display_name or self.tr("(no name)")))
        person = file.person if file else None
        if person is not None and person.do_not_contact and person.do_not_contact_since:
            self.since.setText(self.tr("Asked not to be contacted on {date}.").format(date=person.do_not_contact_since))
        else:
            self.since.setText(self.tr("The date is recorded when you save."))
        self.history.show_history(file.history if file else None)
        self._update_status(restored=draft is not None and draft != self._loaded)
        self.scroll.verticalScrollBar().setValue(0)
        self.fields["given_name"].setFocus()
        self.fields["given_name"].end(False)

    def set_values(self, values: Values) -> None:
        self._may_contact_before = None
        self._filling = True
        try:
            for name in TEXT_FIELDS:
                self.fields[name].setText(values.get(name, ""))
                self.fields[name].setCursorPosition(0)  # show the start of a long e-mail
            self.language.setCurrentText(values.get("language", ""))
            self.notes.setPlainText(values.get("notes", ""))
            for name in FLAGS:
                self.flags[name].setChecked(bool(values.get(name, False)))
        finally:
            self._filling = False
        self._do_not_contact_toggled(self.flags["do_not_contact"].isChecked())

    def values(self) -> Values:
        """Everything typed, as it stands (kept as a draft while the user is elsewhere)."""
        found: Values = {name: self.fields[name].text() for name in TEXT_FIELDS}
        found["language"] = self.language.currentText()
        found["notes"] = self.notes.toPlainText()
        found.update({name: self.flags[name].isChecked() for name in FLAGS})
        return found

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    @property
    def is_new(self) -> bool:
        return self.file is None

    def key(self) -> str:
        """Whose draft this is: the person's id, or "" for a new person."""
        return self.file.person.id if self.file else ""

    def person_and_address(self) -> tuple[Person, Address | None]:
        """The person and address to save: what is stored, with what was typed on top."""
        typed = self.values()
        base = self.file.person if self.file else Person()
        person = dataclasses.replace(
            base, **{name: typed[name] for name in (
                "given_name", "family_name", "preferred_name", "pronouns", "email", "phone", "language",
                "notes", "do_not_contact_reason", *FLAGS)})
        address_values = {name: typed[name] for name in ADDRESS_FIELDS}
        if not any(value.strip() for value in address_values.values()):
            return person, None
        base_address = self.file.address if self.file and self.file.address else Address()
        return person, dataclasses.replace(base_address, **address_values)

    # ------------------------------------------------------------------ problems

    def show_problems(self, error: ValidationError | None) -> None:
        """Each message next to its field; the first field with a problem gets the focus."""
        first: QWidget | None = None
        for name in PROBLEM_FIELDS:
            message = error.for_field(name) if error else None
            label = self.problems[name]
            label.setText(message or "")
            label.setVisible(bool(message))
            widget = self._widget(name)
            widget.setProperty("problem", bool(message))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            if message and first is None:
                first = widget
        if error is not None:
            shown = {p.field for p in error.problems} & set(PROBLEM_FIELDS)
            others = [p.message for p in error.problems if p.field not in shown]
            self.status.setText(self.tr("Please fix what is marked in red; nothing was saved yet.")
                                + ("\n" + "\n".join(others) if others else ""))
            self.status.show()
            self.status.setProperty("tone", "problem")
            self._repolish(self.status)
            if first is not None:
                first.setFocus()
                self.scroll.ensureWidgetVisible(self.cells[self._cell_name(first)], 0, 40)

    def _widget(self, name: str) -> QWidget:
        if name == "language":
            return self.language
        if name == "notes":
            return self.notes
        return self.fields[name]

    def _cell_name(self, widget: QWidget) -> str:
        return widget.objectName()

    # ------------------------------------------------------------------ reacting

    def _changed(self, *_: object) -> None:
        if not self._filling:
            self._update_status()
            self.edited.emit()

    def _update_status(self, restored: bool = False) -> None:
        if restored:
            text = self.tr("These are your unsaved changes from before. Save them, or Discard.")
        elif self.is_dirty():
            text = self.tr("Unsaved changes. Ctrl+S saves; Esc goes back to the list and keeps them.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("tone", "draft" if text else "")
        self._repolish(self.status)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _show_language_name(self, value: str) -> None:
        self.language_name.setText(language_name(value) if language_name(value) != value else "")

    def _do_not_contact_toggled(self, checked: bool) -> None:
        """Do not contact withdraws "OK to contact"; unticking it again gives back what it was."""
        self.cells["do_not_contact_reason"].setEnabled(checked)
        self.since.setVisible(checked)
        may_contact = self.flags["may_contact"]
        if not self._filling:
            if checked:
                self._may_contact_before = may_contact.isChecked()
                may_contact.setChecked(False)
            elif self._may_contact_before is not None:
                may_contact.setChecked(self._may_contact_before)
                self._may_contact_before = None
        may_contact.setEnabled(not checked)


def _values_of(file: PersonFile | None) -> Values:
    person = file.person if file else Person()
    address = file.address if file and file.address else Address()
    values: Values = {name: getattr(person, name) for name in (
        "given_name", "family_name", "preferred_name", "pronouns", "email", "phone",
        "do_not_contact_reason", *FLAGS)}
    values.update({name: getattr(address, name) for name in ADDRESS_FIELDS})
    values["language"] = person.language
    values["notes"] = person.notes
    return values


class PersonHistory(QWidget):
    """Meetings attended, notes where they spoke, doors knocked at their address: newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personHistory")
        heading = QLabel(self.tr("History"))
        heading.setObjectName("formHeading")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("History summary"))
        self.lines = QListWidget()
        self.lines.setObjectName("historyList")
        self.lines.setAccessibleName(self.tr("History: meetings, notes and door knocks"))
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrap again when the width changes
        self.lines.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)

    def show_history(self, lines: list[HistoryLine] | None) -> None:
        self.lines.clear()
        if lines is None:
            self.summary.setText(self.tr("A new person has no history yet."))
            return
        kinds = {"meeting": self.tr("Meeting"), "note": self.tr("Spoke"), "knock": self.tr("Door knock")}
        counts = {kind: sum(1 for line in lines if line.what == kind) for kind in kinds}
        if not lines:
            self.summary.setText(self.tr("No meetings, notes or door knocks yet."))
        else:
            self.summary.setText(" · ".join((
                count_text(counts["meeting"], self.tr("1 meeting"), self.tr("{n} meetings")),
                count_text(counts["note"], self.tr("1 note"), self.tr("{n} notes")),
                count_text(counts["knock"], self.tr("1 door knock"), self.tr("{n} door knocks")),
            )))
        for line in lines:
            when = meeting_time(line.when[:16])
            detail = line.detail if len(line.detail) <= 300 else line.detail[:299] + "…"
            detail = detail[:1].upper() + detail[1:]
            text = f"{when} · {kinds.get(line.what, line.what)}\n{line.title}"
            if detail:
                text += f"\n{detail}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.lines.addItem(item)
