"""First run: name the organisation and this laptop, and offer demo data to explore."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.validation import MAX_NAME, validate_name
from engagedesk.ui import appearance


@dataclass(frozen=True)
class FirstRunChoice:
    organisation_name: str
    laptop_name: str
    with_demo: bool


class FirstRunDialog(QDialog):
    chosen = Signal(object)  # FirstRunChoice, emitted when the form is valid
    join_requested = Signal()  # this laptop joins an organisation from another laptop's bundle

    def __init__(self, laptop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to EngageDesk"))
        self.setObjectName("firstRun")

        intro = QLabel(self.tr(
            "Let's set up this laptop. Everything stays on this computer; you can share it with "
            "other laptops later by exchanging files."))
        intro.setWordWrap(True)

        self.organisation = QLineEdit()
        self.organisation.setMaxLength(MAX_NAME)
        self.organisation.setPlaceholderText(self.tr("For example: Riverside Neighbours United"))
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setMinimumWidth(appearance.text_width(35))
        self.organisation_problem = self._problem_label()

        self.laptop = QLineEdit(laptop_name)
        self.laptop.setMaxLength(MAX_NAME)
        self.laptop.setAccessibleName(self.tr("This laptop's name"))
        self.laptop.setAccessibleDescription(self.tr("Shown to other laptops when you share your work"))
        self.laptop_problem = self._problem_label()

        self.demo = QCheckBox(self.tr("Start with &demo data"))
        self.demo.setChecked(True)
        self.demo.setAccessibleName(self.tr("Start with demo data"))
        demo_hint = QLabel(self.tr("Made-up people, meetings and a canvass to explore. Leave it "
                                   "unticked to start with an empty roster."))
        demo_hint.setWordWrap(True)
        demo_hint.setObjectName("hint")
        self.demo.setAccessibleDescription(demo_hint.text())

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        form.addRow(self.tr("&Organisation name:"), self.organisation)
        form.addRow("", self.organisation_problem)
        form.addRow(self.tr("This &laptop's name:"), self.laptop)
        form.addRow("", self.laptop_problem)
        for label_field in (self.organisation, self.laptop):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button = self.buttons.addButton(self.tr("&Join from a sync bundle…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.setAccessibleName(self.tr("Join an organisation from a sync bundle"))
        self.join_button.setAccessibleDescription(self.tr(
            "For a laptop joining a team: import the bundle another laptop exported"))
        self.join_button.clicked.connect(self._join)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never clip a message
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(demo_hint)
        layout.addWidget(self.buttons)
        self.organisation.setFocus()

    def _join(self) -> None:
        self.join_requested.emit()
        self.accept()

    def _problem_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldProblem")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.hide()
        return label

    def _show_problem(self, label: QLabel, message: str | None) -> None:
        label.setText(message or "")
        label.setVisible(bool(message))
        self.adjustSize()

    def _submit(self) -> None:
        problems: dict[QLineEdit, str] = {}
        values: dict[QLineEdit, str] = {}
        for field, what in ((self.organisation, self.tr("the organisation's name")),
                            (self.laptop, self.tr("a name for this laptop"))):
            try:
                values[field] = validate_name(field.text(), label=what)
            except ValidationError as error:
                problems[field] = error.message
        self._show_problem(self.organisation_problem, problems.get(self.organisation))
        self._show_problem(self.laptop_problem, problems.get(self.laptop))
        if problems:
            next(iter(problems)).setFocus()
            return
        self.chosen.emit(FirstRunChoice(values[self.organisation], values[self.laptop], self.demo.isChecked()))
        self.accept()
