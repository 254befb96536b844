"""The walk-in form: a new person added and checked in, after a look for likely duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.validation import MAX_EMAIL, MAX_NAME, MAX_PHONE
from engagedesk.services import walkins
from engagedesk.services.walkins import PossibleDuplicate, WalkIn
from engagedesk.store.worker import StoreWorker
from engagedesk.ui.widgets import ProblemLabel, shortcut

LANGUAGES = ("", "English", "Español", "Tiếng Việt", "中文", "العربية", "Soomaali", "Русский", "Français")


class WalkInForm(QWidget):
    """Emits ``submitted(WalkIn)`` for a new person, ``chose_existing(Person)`` for a match,
    ``cancelled`` to go back.  What was typed stays until it is saved or cleared."""

    submitted = Signal(object)
    chose_existing = Signal(object)
    cancelled = Signal()
    draft_changed = Signal(object)  # WalkIn, to look for duplicates as the person types

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInForm")
        heading = QLabel(self.tr("New person (walk-in)"))
        heading.setObjectName("sectionHeading")
        self.given = self._line(self.tr("First name"), MAX_NAME)
        self.family = self._line(self.tr("Last name"), MAX_NAME)
        self.email = self._line(self.tr("E-mail"), MAX_EMAIL)
        self.phone = self._line(self.tr("Phone"), MAX_PHONE)
        self.postal = self._line(self.tr("Postal code"), 20)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language.setAccessibleName(self.tr("Preferred language"))
        self.language.lineEdit().setAccessibleName(self.tr("Preferred language"))
        self.may_contact = QCheckBox(self.tr("OK to contact about future meetings"))
        self.may_contact.setAccessibleName(self.tr("OK to contact"))
        self.problems = {name: ProblemLabel() for name in ("given_name", "family_name", "email", "phone")}

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: field under its label
        form.addRow(self.tr("&First name:"), self.given)
        form.addRow("", self.problems["given_name"])
        form.addRow(self.tr("&Last name:"), self.family)
        form.addRow("", self.problems["family_name"])
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow("", self.problems["email"])
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow("", self.problems["phone"])
        form.addRow(self.tr("Postal &code:"), self.postal)
        form.addRow(self.tr("Lan&guage:"), self.language)

        self.matches_label = QLabel(self.tr("Already on the roster? Pick them instead:"))
        self.matches_label.setObjectName("matchesLabel")
        self.matches_label.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Possible matches already on the roster"))
        self.matches.itemActivated.connect(self._choose_existing)
        self.matches_label.hide()
        self.matches.hide()

        self.save = QPushButton(self.tr("Add and sign in (Ctrl+Enter)"))
        self.save.setAccessibleName(self.tr("Add the new person and sign them in"))
        self.save.setDefault(True)
        self.use_match = QPushButton(self.tr("Sign in the person picked"))
        self.use_match.setAccessibleName(self.tr("Sign in the person picked from the matches"))
        self.use_match.hide()
        self.cancel = QPushButton(self.tr("Back to search (Esc)"))
        self.cancel.setAccessibleName(self.tr("Back to search, keeping what was typed"))
        self.save.clicked.connect(self._submit)
        self.use_match.clicked.connect(lambda: self._choose_existing(self.matches.currentItem()))
        self.cancel.clicked.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self._submit)
        shortcut("Escape", self, self.cancelled.emit)

        # in a row when they fit, one under the other with large text
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.save)
        buttons.addWidget(self.use_match)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.may_contact)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.matches, 3)
        layout.addStretch(1)  # takes the room while there are no matches to show
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self.draft_changed.emit(self.draft()))
        for field in (self.given, self.family, self.email, self.phone):
            field.textChanged.connect(self._debounce.start)
            field.returnPressed.connect(self._submit)

    def set_wide(self, wide: bool) -> None:
        """The buttons in a row, or (narrow, with large text) one under the other."""
        self.buttons.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.layout().invalidate()
        self.updateGeometry()

    def _line(self, name: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(limit)
        field.setAccessibleName(name)
        return field

    def start(self, typed: str) -> None:
        """Open the form; a name typed in the search box fills an empty form."""
        if typed.strip() and not any(f.text() for f in (self.given, self.family, self.email, self.phone)):
            given, _, family = typed.strip().partition(" ")
            self.given.setText(given)
            self.family.setText(family)
        self.given.setFocus()
        self.given.selectAll()

    def draft(self) -> WalkIn:
        return WalkIn(given_name=self.given.text(), family_name=self.family.text(), email=self.email.text(),
                      phone=self.phone.text(), postal_code=self.postal.text(),
                      language=self.language.currentText(), may_contact=self.may_contact.isChecked())

    def clear(self) -> None:
        for field in (self.given, self.family, self.email, self.phone, self.postal):
            field.clear()
        self.language.setCurrentIndex(0)
        self.may_contact.setChecked(False)
        self.show_matches([])
        self.show_problems(None)

    def show_problems(self, error: ValidationError | None) -> None:
        for name, label in self.problems.items():
            label.show_problem(error.for_field(name) if error else None)
        if error is not None:
            first = next((name for name in self.problems if error.for_field(name)), None)
            target = {"given_name": self.given, "family_name": self.family, "email": self.email,
                      "phone": self.phone}.get(first or "", self.given)
            target.setFocus()

    def show_matches(self, matches: list[PossibleDuplicate]) -> None:
        self.matches.clear()
        reasons = {"email": self.tr("same e-mail"), "phone": self.tr("same phone"), "name": self.tr("similar name")}
        for match in matches:
            contact = match.person.email or match.person.phone
            text = f"{match.person.display_name} — {reasons[match.reason]}" + (f" · {contact}" if contact else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, match.person)
            self.matches.addItem(item)
        if matches:
            self.matches.setCurrentRow(0)
        for widget in (self.matches_label, self.matches, self.use_match):
            widget.setVisible(bool(matches))

    def _choose_existing(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chose_existing.emit(item.data(Qt.ItemDataRole.UserRole))

    def _submit(self) -> None:
        self.submitted.emit(self.draft())


async def show_likely_duplicates(form: WalkInForm, worker: StoreWorker, draft: WalkIn) -> None:
    """Look for people already on the roster like ``draft`` (on the store thread) and show them
    in ``form``, unless the person typed on meanwhile."""
    try:
        matches = await worker.run(walkins.likely_duplicates, draft)
    except ValidationError:
        matches = []
    if draft == form.draft():
        form.show_matches(matches)
