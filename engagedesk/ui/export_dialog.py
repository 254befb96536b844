"""Export a spreadsheet: what (people, attendance, notes, actions, canvass results), the format,
a byte order mark for Excel, and whether to include people who may not be contacted (off, with a
plain warning).  The file is written on the store thread, with a progress bar and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import UserError
from engagedesk.services import export
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import report_error, run_task


def choose_export_path(parent: QWidget, suggested: Path, kind: str) -> Path | None:
    """Where to save; the extension says the format (the chosen one is added when left off)."""
    filters = parent.tr("Excel workbooks (*.xlsx)") if kind == "xlsx" else parent.tr("CSV files (*.csv)")
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save the export as"), str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in (".csv", ".xlsx") else path.with_suffix("." + kind)


class _Progress(QObject):
    moved = Signal(int, int)


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportResult

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None, kind: str = "people",
                 meeting_id: str | None = None, campaign_id: str | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._cancel = threading.Event()
        self._busy = False
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._wanted = (meeting_id, campaign_id)
        self.setWindowTitle(self.tr("Export a spreadsheet"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(720, 420)
        self.resize(780, 460)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to export"))
        for value, label in (("people", self.tr("People (a contact list)")),
                             ("attendance", self.tr("Attendance of a meeting")),
                             ("notes", self.tr("Meeting notes")), ("actions", self.tr("Action items")),
                             ("canvass", self.tr("Canvass results of a campaign"))):
            self.kind.addItem(label, value)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        self.format.addItem(self.tr("CSV (any spreadsheet)"), "csv")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.bom = QCheckBox(self.tr("For &Excel: mark the CSV as UTF-8 (keeps accents right)"))
        self.bom.setChecked(True)
        self.include = QCheckBox(self.tr("&Include people who may not be contacted"))
        self.include.setAccessibleDescription(self.tr("People who asked not to be contacted or have not agreed to be. "
                                                      "Off by default; when on, the file says who they are."))
        self.warning = QLabel(self.tr(
            "Warning: this file will hold people who must not be contacted. Do not use it as a mailing or "
            "calling list; the columns \"May contact\" and \"Do not contact\" say who they are."))
        self.warning.setWordWrap(True)
        appearance.style(self.warning, "QLabel { color: #a40000; }")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Result"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("Ca&mpaign:"), self.campaign)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.bom)
        form.addRow(self.include)
        form.addRow(self.warning)
        self.save = QPushButton(self.tr("&Save…"))
        self.save.setDefault(True)
        self.save.setAccessibleName(self.tr("Choose where to save, then export"))
        self.save.clicked.connect(self.choose_and_save)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.form = form

        self.kind.currentIndexChanged.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        self.include.toggled.connect(self._update)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._update()
        run_task(self, self._load_choices())

    async def _load_choices(self) -> None:
        found = await self.worker.run(export.choices)
        for combo, items, wanted in ((self.meeting, found["meetings"], self._wanted[0]),
                                     (self.campaign, found["campaigns"], self._wanted[1])):
            combo.clear()
            for item_id, label in items:
                combo.addItem(label, item_id)
            if wanted:
                combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.meeting, kind in ("attendance", "notes", "actions"))
        self.form.setRowVisible(self.campaign, kind == "canvass")
        self.form.setRowVisible(self.include, kind in ("people", "attendance"))
        self.form.setRowVisible(self.warning, kind in ("people", "attendance") and self.include.isChecked())
        self.form.setRowVisible(self.bom, self.format.currentData() == "csv")
        if kind in ("notes", "actions") and self.meeting.findData(None) < 0:
            chosen = self.meeting.currentData()  # a meeting asked for stays chosen
            self.meeting.insertItem(0, self.tr("All meetings"), None)
            if chosen is None:
                self.meeting.setCurrentIndex(0)
        elif kind == "attendance" and self.meeting.findData(None) >= 0:
            self.meeting.removeItem(self.meeting.findData(None))

    def options(self) -> export.ExportOptions:
        kind = self.kind.currentData()
        return export.ExportOptions(
            include_do_not_contact=self.include.isChecked() and kind in ("people", "attendance"),
            bom=self.bom.isChecked(), meeting_id=self.meeting.currentData() if kind != "canvass" else None,
            campaign_id=self.campaign.currentData() if kind == "canvass" else None)

    def choose_and_save(self) -> None:
        if self._busy:
            return
        kind, file_format = self.kind.currentData(), self.format.currentData()
        if kind == "attendance" and not self.meeting.currentData():
            self.note.setText(self.tr("Choose a meeting first."))
            return
        if kind == "canvass" and not self.campaign.currentData():
            self.note.setText(self.tr("Choose a campaign first."))
            return
        target = choose_export_path(self, Path.home() / f"{kind}.{file_format}", file_format)
        if target is None:
            return
        self.save_to(target)

    def save_to(self, target: Path) -> None:
        self._busy = True
        self._cancel.clear()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.save.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.note.setText(self.tr("Writing {name}…").format(name=target.name))
        run_task(self, self._saving(target))

    async def _saving(self, target: Path) -> None:
        try:
            result = await self.worker.run(export.export, self.kind.currentData(), target, self.options(),
                                           progress=self._progress.moved.emit, cancelled=self._cancel.is_set)
        except UserError as problem:
            self.note.setText(problem.message)
            return
        except BaseException as error:
            report_error(self, error)
            return
        finally:
            self._busy = False
            self.bar.hide()
            self.save.setEnabled(True)
            self.cancel_button.setText(self.tr("Close"))
        self.note.setText(result.summary())
        self.exported.emit(result)

    def _moved(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))

    def reject(self) -> None:
        if self._busy:
            self._cancel.set()
            return
        super().reject()


def open_export(parent: QWidget | None, worker: StoreWorker, kind: str = "people", meeting_id: str | None = None,
                campaign_id: str | None = None) -> ExportDialog:
    """Show the export dialog, set to ``kind`` (and the meeting or campaign, when given)."""
    dialog = ExportDialog(worker, parent, kind, meeting_id, campaign_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
