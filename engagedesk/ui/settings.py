"""Settings: the organisation's name, this laptop's name (shown to other laptops), where data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.validation import MAX_NAME
from engagedesk.services import organisation
from engagedesk.store.worker import StoreWorker
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import ProblemLabel, shortcut


def _fingerprint(store) -> str:  # noqa: ANN001 - runs on the store thread
    from engagedesk.sync.service import my_fingerprint

    return my_fingerprint(store)


class SettingsScreen(QWidget):
    saved = Signal()

    def __init__(self, worker: StoreWorker, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
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

        form = QFormLayout()
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
        layout.addStretch(1)
        self.setFocusProxy(self.organisation)

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
