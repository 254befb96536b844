"""A screen that is not built yet says so plainly, and shows what the database holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderScreen(QWidget):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(title)
        self.heading.setObjectName("screenHeading")
        self.purpose = QLabel(purpose)
        self.purpose.setWordWrap(True)
        self.not_yet = QLabel(self.tr("This screen is not built yet. It will come in a later version of EngageDesk."))
        self.not_yet.setWordWrap(True)
        self.not_yet.setObjectName("notYet")
        self.fact = QLabel()
        self.fact.setObjectName("screenFact")
        self.fact.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        for label in (self.heading, self.purpose, self.fact, self.not_yet):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.setAccessibleDescription(purpose)

    def set_fact(self, text: str) -> None:
        self.fact.setText(text)
        self.fact.setVisible(bool(text))
