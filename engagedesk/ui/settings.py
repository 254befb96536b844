"""Settings: the organisation's name, this laptop's name (shown to other laptops), where data lives,
and how the program looks on this laptop: language, text size, high contrast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.validation import MAX_NAME
from engagedesk.services import organisation, preferences
from engagedesk.services.preferences import HIGH_CONTRAST, STANDARD, TEXT_SCALES
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance, language
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import ProblemLabel, shortcut


def _fingerprint(store) -> str:  # noqa: ANN001 - runs on the store thread
    from engagedesk.sync.service import my_fingerprint

    return my_fingerprint(store)


class SettingsScreen(QWidget):
    saved = Signal()

    def __init__(self, worker: StoreWorker, db_path: Path | None, parent: QWidget | None = None, *,
                 preferences_path: Path | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.preferences_path = preferences_path
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("screenHeading")
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(MAX_NAME)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.laptop = QLineEdit()
        self.laptop.setMaxLength(MAX_NAME)
        self.laptop.setAccessibleName(self.tr("This laptop's name"))
        self.laptop.setAccessibleDescription(self.tr("Shown to other laptops when you share your work"))
        self.problem = ProblemLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("This laptop's fingerprint"))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        database = QLabel(str(db_path) if db_path else self.tr("In memory"))
        database.setWordWrap(True)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        self.save_button.clicked.connect(self.save)
        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        shortcut("Ctrl+S", self, self.save)
        for field in (self.organisation, self.laptop):
            field.returnPressed.connect(self.save)

        display = self._display_group()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: field under its label
        form.addRow(self.tr("&Organisation name:"), self.organisation)
        form.addRow(self.tr("This &laptop's name:"), self.laptop)
        form.addRow("", self.problem)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Database file:"), database)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.feedback)
        layout.addWidget(display)
        layout.addStretch(1)
        self.setFocusProxy(self.organisation)

    # ------------------------------------------------------------------ this laptop's display

    def _display_group(self) -> QGroupBox:
        chosen = preferences.load(self.preferences_path)
        group = QGroupBox(self.tr("On this laptop"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), preferences.SYSTEM_LANGUAGE)
        for code in language.translation_codes():
            self.language.addItem(language.language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of the program and of what it prints; "
                                                       "it changes the next time the program starts"))
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(self.tr("{percent} %").format(percent=scale), scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(chosen.text_scale)))
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setAccessibleDescription(self.tr("Makes all the text of the program larger; applied at once"))
        self.high_contrast = QCheckBox(self.tr("&High contrast (white on black)"))
        self.high_contrast.setChecked(chosen.theme == HIGH_CONTRAST)
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setAccessibleDescription(self.tr("White text on black, with yellow for focus; applied at once"))
        self.display_feedback = QLabel()
        self.display_feedback.setObjectName("hint")
        self.display_feedback.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.text_size.currentIndexChanged.connect(self._appearance_chosen)
        self.high_contrast.toggled.connect(self._appearance_chosen)

        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        size_label = QLabel(self.tr("&Text size:"))
        size_label.setBuddy(self.text_size)
        form.addRow(language_label, self.language)
        form.addRow(size_label, self.text_size)
        form.addRow("", self.high_contrast)
        form.addRow("", self.display_feedback)
        return group

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        preferences.update(self.preferences_path, language=code)
        if code == preferences.SYSTEM_LANGUAGE:
            message = self.tr("Saved. The program will follow the system's language the next time you start it.")
        else:
            message = self.tr("Saved. The program will be in {language} the next time you start it.").format(
                language=self.language.currentText())
        self.display_feedback.setText(message)

    def _appearance_chosen(self) -> None:
        scale = self.text_size.currentData()
        theme = HIGH_CONTRAST if self.high_contrast.isChecked() else STANDARD
        preferences.update(self.preferences_path, text_scale=scale, theme=theme)
        appearance.set_appearance(scale, theme)
        self.display_feedback.setText(self.tr("Saved and applied."))

    def refresh(self) -> None:
        run_task(self, self._load())

    async def _load(self) -> None:
        org = await self.worker.run(organisation.get_organisation)
        laptop = await self.worker.run(organisation.this_laptop)
        self.organisation.setText(org.name if org else "")
        self.laptop.setText(laptop.name)
        self.fingerprint.setText(await self.worker.run(_fingerprint))

    def save(self) -> None:
        run_task(self, self._save(self.organisation.text(), self.laptop.text()))

    async def _save(self, org_name: str, laptop_name: str) -> None:
        try:
            await self.worker.run(organisation.set_up, org_name, laptop_name)
        except ValidationError as problem:
            self.problem.show_problem(problem.message)
            self.feedback.clear()
            return
        self.problem.show_problem(None)
        self.feedback.setText(self.tr("Saved."))
        self.saved.emit()
