"""A turf picked by hand: find addresses, tick the doors, name the turf, give it to a canvasser.

Keyboard: type in the search box to find addresses (street, number, postal code); Down goes to the
list, Space ticks a door, Ctrl+A ticks every door shown; Ctrl+Enter makes the turf.  Ticks are kept
while searching again, so a turf can take doors from several streets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from engagedesk.domain.i18n import count_text, format_number
from engagedesk.domain.models import Address, Turf
from engagedesk.domain.validation import MAX_NAME
from engagedesk.services import canvassing
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.paper_signin import fit_to_text, scrolling
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import FlowLayout, shortcut

AddressRole = Qt.ItemDataRole.UserRole


class TurfPicker(QDialog):
    made = Signal(object)     # Turf
    searched = Signal()

    def __init__(self, worker: StoreWorker, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.campaign_id = campaign_id
        self.picked: dict[str, Address] = {}
        self._busy = False
        self._leaving = False
        self.setObjectName("turfPicker")
        self.setWindowTitle(self.tr("Make a turf by hand"))
        fit_to_text(self)

        heading = QLabel(self.tr("Make a turf by hand"))
        heading.setObjectName("screenHeading")
        hint = QLabel(self.tr("Find doors by street, number or postal code. Space ticks a door, Ctrl+A ticks "
                              "every door shown; ticks stay while you search again. Ctrl+Enter makes the turf."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Turf name"))
        self.canvasser = QLineEdit()
        self.canvasser.setMaxLength(MAX_NAME)
        self.canvasser.setAccessibleName(self.tr("Canvasser's name"))
        self.canvasser.setPlaceholderText(self.tr("Optional"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find addresses"))
        self.search.setAccessibleDescription(self.tr("Street, number or postal code; Down goes to the doors found"))
        self.search.setPlaceholderText(self.tr("Street, number or postal code"))
        self.search.installEventFilter(self)
        self.doors = QListWidget()
        self.doors.setObjectName("turfPickerDoors")
        self.doors.setAccessibleName(self.tr("Doors found"))
        self.doors.setAccessibleDescription(self.tr("Space ticks or unticks a door"))
        self.doors.itemChanged.connect(self._ticked)
        self.doors.setMinimumHeight(appearance.lines_height(5))
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("pickedCount")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: field under its label
        form.addRow(self.tr("Turf &name:"), self.name)
        form.addRow(self.tr("&Canvasser:"), self.canvasser)
        form.addRow(self.tr("&Find doors:"), self.search)

        self.make_button = QPushButton(self.tr("Make turf (Ctrl+Enter)"))
        self.make_button.setAccessibleName(self.tr("Make the turf of the ticked doors"))
        self.make_button.clicked.connect(self.make)
        self.all_button = QPushButton(self.tr("Tick all shown (Ctrl+A)"))
        self.all_button.setAccessibleName(self.tr("Tick every door shown"))
        self.all_button.clicked.connect(self.tick_all)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close without making a turf"))
        self.close_button.clicked.connect(self.reject)
        buttons = FlowLayout()  # wraps onto a second line with large text
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.close_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.found_label)
        layout.addWidget(self.doors, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        scrolling(self, body)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in a field must not make the turf half-filled
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self.make)
        shortcut("Ctrl+A", self.doors, self.tick_all)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: run_task(self, self._search()))
        self.search.textChanged.connect(self._debounce.start)
        self._count_changed()
        self.name.setFocus()
        run_task(self, self._search())

    # ------------------------------------------------------------------ finding doors

    async def _search(self) -> None:
        text = self.search.text()
        found, more = await self.worker.run(canvassing.find_addresses, text)
        if text != self.search.text():
            return  # typed on meanwhile: the newer search shows its own
        self.doors.blockSignals(True)
        self.doors.clear()
        for address in found:
            item = QListWidgetItem(address.one_line())
            item.setData(AddressRole, address)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if address.id in self.picked else Qt.CheckState.Unchecked)
            self.doors.addItem(item)
        self.doors.blockSignals(False)
        if found:
            self.doors.setCurrentRow(0)
        if not found:
            self.found_label.setText(self.tr("No address matches. Import addresses on the Turfs tab, or type less.")
                                     if text.strip() else self.tr("There are no addresses yet: import them first."))
        elif more:
            self.found_label.setText(self.tr("The first {n} doors found are shown: type more to narrow them down.")
                                     .format(n=format_number(len(found))))
        else:
            self.found_label.setText(self.tr("Doors found: {n}").format(n=format_number(len(found))))
        self.searched.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and self.doors.count():
            self.doors.setFocus()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ ticking

    def _ticked(self, item: QListWidgetItem) -> None:
        address: Address = item.data(AddressRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.picked[address.id] = address
        else:
            self.picked.pop(address.id, None)
        self._leaving = False
        self._count_changed()

    def tick_all(self) -> None:
        for row in range(self.doors.count()):
            self.doors.item(row).setCheckState(Qt.CheckState.Checked)

    def _count_changed(self) -> None:
        self.count.setText(self.tr("Doors ticked: {n}").format(n=format_number(len(self.picked))))

    def reject(self) -> None:
        """Esc with doors ticked asks once more, so ticks are not lost by a stray key."""
        if self.picked and not self._leaving:
            self._leaving = True
            self.problem.setText(count_text(
                len(self.picked),
                self.tr("1 door is ticked and no turf is made yet. Press Esc again to close "
                        "without making it, or Ctrl+Enter to make it."),
                self.tr("{n} doors are ticked and no turf is made yet. Press Esc again to close "
                        "without making it, or Ctrl+Enter to make it.")))
            return
        super().reject()

    # ------------------------------------------------------------------ making the turf

    def make(self) -> None:
        if not self._busy:
            run_task(self, self._make())

    async def _make(self) -> Turf | None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give the turf a name first."))
            self.name.setFocus()
            return None
        if not self.picked:
            self.problem.setText(self.tr("Tick at least one door: find it, then press Space."))
            self.search.setFocus()
            return None
        self._busy = True
        try:
            turf = await self.worker.run(canvassing.make_turf, self.campaign_id, self.name.text(),
                                         list(self.picked), self.canvasser.text())
        finally:
            self._busy = False
        self.made.emit(turf)
        self.accept()
        return turf
