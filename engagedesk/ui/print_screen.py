"""Print & reports: choose a document and what it is about, see its pages, print or save it.

What a document needs is read on the store thread (``worker.run``); the pages are laid out on a
thread of this screen's own, so the store stays free for a sign-in desk meanwhile.  The preview
shows the first pages as pictures made by poppler's ``pdftoppm`` (QtPdf is a separate wheel the
app does not ship); without pdftoppm the screen says how many pages there are and offers Save.
Printing paints those pictures on Qt's printer at the printer's resolution (up to 300 dpi), or
writes the PDF itself when the printer is "print to file".
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import count_text
from engagedesk.printing import preview
from engagedesk.printing.base import Cancelled, PageOptions
from engagedesk.printing.signin import DEFAULT_BLANK_COLUMNS, DEFAULT_COLUMNS, column_titles
from engagedesk.services import printing
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance, file_dialogs
from engagedesk.ui.tasks import run_task
from engagedesk.ui.widgets import FlowLayout, available_width, shortcut

PREVIEW_PAGES = 12     # pages shown as pictures (the rest are counted)
PRINT_DPI_LIMIT = 300
SUBJECT_OF = {"signin": "meetings", "packet": "meetings", "summary": "meetings", "walklist": "turfs",
              "canvass": "campaigns"}
_layout_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="print")


@dataclass(frozen=True)
class Request:
    """What the screen's controls ask for, compared to know when the preview is out of date."""

    kind: str
    target: str | None
    options: PageOptions
    choices: tuple[tuple[str, Any], ...]


class PrintScreen(QWidget):
    pages_laid_out = Signal(int)   # emitted from the layout thread, shown on the GUI thread
    built = Signal(int)            # a PDF is ready: its page count
    saved = Signal(object)         # Path

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("printScreen")
        self.pdf: bytes | None = None
        self.prepared: printing.Prepared | None = None
        self._built_for: Request | None = None
        self._building: Request | None = None
        self._build_task: asyncio.Task | None = None
        self._stop = threading.Event()
        self._choices: printing.Choices | None = None
        self.printer: QPrinter | None = None  # kept: a dialog must never outlive its printer
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(350)
        self._preview_timer.timeout.connect(self.make_preview)

        heading = QLabel(self.tr("Print & reports"))
        heading.setObjectName("screenHeading")
        self.documents = QListWidget()
        self.documents.setObjectName("printDocuments")
        self.documents.setAccessibleName(self.tr("Documents"))
        self.documents.setAccessibleDescription(self.tr("Up and Down choose a document; Tab goes to its options"))
        descriptions = {
            "signin": self.tr("Expected people, or blank rows"),
            "packet": self.tr("Agenda, open actions, sign-in sheet"),
            "summary": self.tr("Attendance, themes, decisions"),
            "walklist": self.tr("Doors of a turf in walking order"),
            "canvass": self.tr("Outcomes and answers, with charts"),
        }
        self.descriptions = descriptions
        for kind, title in printing.document_titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {descriptions[kind]}")
            item.setToolTip(descriptions[kind])
            self.documents.addItem(item)
        self.documents.currentRowChanged.connect(lambda _row: self._kind_changed())
        self.description = QLabel()
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)

        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("What the document is about"))
        # Long meeting names are cut short in the box (its list shows them whole), never widening the screen.
        self.subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject.setMinimumContentsLength(12)
        self.subject.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        metric = QLocale().measurementSystem() == QLocale.MeasurementSystem.MetricSystem
        self.paper.setCurrentIndex(1 if metric else 0)
        self.orientation = QComboBox()
        self.orientation.setAccessibleName(self.tr("Orientation"))
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.large_print = QCheckBox(self.tr("Large print"))
        self.rows = QSpinBox()
        self.rows.setRange(0, 500)
        self.rows.setValue(10)
        self.rows.setAccessibleName(self.tr("Blank rows"))
        self.note_pages = QSpinBox()
        self.note_pages.setRange(0, printing.MAX_NOTE_PAGES)
        self.note_pages.setValue(1)
        self.note_pages.setAccessibleName(self.tr("Pages for notes"))
        self.full_contacts = QCheckBox(self.tr("Whole e-mail and phone"))
        self.full_contacts.setToolTip(self.tr("Otherwise only enough is printed for people to know their own "
                                              "(jo•••@example.org): the sheet goes round the room."))
        self.columns: dict[str, QCheckBox] = {}
        columns_box = QWidget()
        grid = QGridLayout(columns_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (name, title) in enumerate(column_titles().items()):
            box = QCheckBox(title)
            box.setChecked(name in DEFAULT_COLUMNS)
            box.setEnabled(name != "name")  # a sheet always has names
            box.toggled.connect(lambda _on, b=box: (b.setProperty("touched", True), self._options_changed()))
            self.columns[name] = box
            grid.addWidget(box, index // 2, index % 2)
        for control in (self.paper, self.orientation):
            control.currentIndexChanged.connect(lambda _i: self._options_changed())
        for control in (self.large_print, self.full_contacts):
            control.toggled.connect(lambda _on: self._options_changed())
        for control in (self.rows, self.note_pages):
            control.valueChanged.connect(lambda _v: self._options_changed())

        self.form = QFormLayout()
        self.form.addRow(self.tr("&About:"), self.subject)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        paper_row.addWidget(self.orientation, 1)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        self.form.addRow(paper_label, paper_row)
        self.form.addRow("", self.large_print)
        self.form.addRow(self.tr("Blank &rows:"), self.rows)
        self.form.addRow(self.tr("&Note pages:"), self.note_pages)
        self.form.addRow(self.tr("Columns:"), columns_box)
        self.form.addRow("", self.full_contacts)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print the document"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save PDF… (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the document as a PDF file"))
        self.save_button.clicked.connect(self.save_pdf)
        self.key_in_button = QPushButton(self.tr("Key in a filled sheet… (Ctrl+K)"))
        self.key_in_button.setAccessibleName(self.tr("Key in a filled-in paper sign-in sheet"))
        self.key_in_button.setAccessibleDescription(self.tr("Tick the rows people ticked on paper, add those "
                                                            "who wrote on blank rows"))
        self.key_in_button.clicked.connect(self.key_in_sheet)
        self.paper_dialog: QWidget | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Making the document"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop making the document"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What the document is"))
        shortcut("Ctrl+S", self, self.save_pdf)
        shortcut("Ctrl+P", self, self.print_document)
        shortcut("Ctrl+K", self, self.key_in_sheet)
        shortcut("Ctrl+Return", self, self.make_preview)
        shortcut("Escape", self, self.cancel)
        self.pages_laid_out.connect(lambda pages: self.status.setText(self.tr("Laying out page {n}…").format(n=pages + 1)))

        self.pages_box = QWidget()
        self.pages_box.setObjectName("previewPages")
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("preview")
        self.scroll.setAccessibleName(self.tr("Preview of the pages"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_box)
        self.scroll.setStyleSheet("QScrollArea#preview { background: #8a8f94; } QWidget#previewPages { background: #8a8f94; }")

        buttons = FlowLayout()  # wraps onto a second line with large text
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(self.documents)
        left.addWidget(self.description)
        left.addLayout(self.form)
        left.addWidget(self.hint)
        left.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.key_in_button)
        left.addLayout(working)
        left.addWidget(self.status)
        left_widget = QWidget()
        left_widget.setLayout(left)
        # The options scroll when the text is large or the window small; the preview keeps its room.
        self.options_area = options = QScrollArea()
        options.setObjectName("printOptions")
        options.setWidget(left_widget)
        options.setWidgetResizable(True)
        options.setFrameShape(QScrollArea.Shape.NoFrame)
        options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._options_widget = left_widget
        left_widget.installEventFilter(self)  # its height changes with the document chosen
        # The options beside the preview when there is room; with large text the preview goes
        # under the options (which then do not scroll by themselves) and the screen scrolls down.
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(20)
        layout.addWidget(options, 0)
        layout.addWidget(self.scroll, 1)
        self._wide = True
        self._wide_width: int | None = None  # the options' width with labels beside fields
        self.setFocusProxy(self.documents)
        self.documents.setCurrentRow(0)
        appearance.on_change(self._text_size_changed)

    def _text_size_changed(self) -> None:
        self._wide_width = None
        QTimer.singleShot(0, self, lambda: self._fit(measure=True))  # once the new text size has reached the options

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self._fit(measure=True)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()  # meetings, turfs and campaigns made elsewhere since it was last shown

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - QResizeEvent, Qt's name
        super().resizeEvent(event)
        self._fit(measure=self._wide)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._options_widget and event.type() == QEvent.Type.LayoutRequest:
            # a row shown or hidden: the options' height (one under the other) or width follows
            QTimer.singleShot(0, self, lambda: self._fit(measure=self._wide))
        return super().eventFilter(watched, event)

    def _options_width(self) -> int:
        """The width the options need with their labels beside their fields."""
        policy = self.form.rowWrapPolicy()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        width = self._options_widget.minimumSizeHint().width()
        self.form.setRowWrapPolicy(policy)
        return width

    def _fit(self, measure: bool = False) -> None:
        """Size the options column at whatever text size the window's style sheet sets, beside the
        preview if both fit, else above it."""
        # All five documents in view.
        self.documents.setFixedHeight(self.documents.sizeHintForRow(0) * self.documents.count()
                                      + 2 * self.documents.frameWidth() + 2)
        margins = self._layout.contentsMargins()
        room = available_width(self) - margins.left() - margins.right()
        if measure or self._wide_width is None:
            # never narrower than it was: the preview does not jump from one document to the next
            self._wide_width = max(self._wide_width or 0, self._options_width())
        options_width = self._wide_width + self.options_area.verticalScrollBar().sizeHint().width() + 4
        wide = room >= options_width + self._layout.spacing() + appearance.text_width(28)
        area = self.options_area
        if wide:
            area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            area.setMinimumHeight(0)
            area.setMaximumHeight(16777215)
            area.setFixedWidth(options_width)
            self.scroll.setMinimumHeight(0)
        else:
            area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setMaximumWidth(16777215)
            area.setMinimumWidth(self._options_widget.minimumSizeHint().width())  # never cut off at the right
            width = max(room, area.minimumWidth())
            layout = self._options_widget.layout()
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
            area.setFixedHeight(max(height, self._options_widget.minimumSizeHint().height()))
            self.scroll.setMinimumHeight(appearance.lines_height(12))
        if wide != self._wide:
            self._wide = wide
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows if wide
                                       else QFormLayout.RowWrapPolicy.WrapAllRows)
            if not wide:
                QTimer.singleShot(0, self, self._fit)  # the options' height with labels above fields

    # ------------------------------------------------------------------ what is asked for

    def kind(self) -> str:
        item = self.documents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "signin"

    def request(self) -> Request:
        kind = self.kind()
        options = PageOptions(paper=self.paper.currentData() or "letter",
                              landscape=bool(self.orientation.currentData()),
                              large_print=self.large_print.isChecked())
        target = self.subject.currentData()
        choices: dict[str, Any] = {}
        if kind == "signin":
            choices = {"blank_rows": self.rows.value(), "full_contacts": self.full_contacts.isChecked(),
                       "columns": tuple(name for name, box in self.columns.items() if box.isChecked())}
        elif kind == "packet":
            choices = {"blank_rows": self.rows.value(), "note_pages": self.note_pages.value(),
                       "full_contacts": self.full_contacts.isChecked()}
        return Request(kind, target, options, tuple(choices.items()))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.description.setText(self.descriptions[kind])
        for widget, shown in ((self.rows, kind in ("signin", "packet")), (self.note_pages, kind == "packet"),
                              (self.full_contacts, kind in ("signin", "packet")),
                              (self.columns["name"].parentWidget(), kind == "signin")):
            self.form.setRowVisible(widget, shown)
        self._fill_subjects()
        self._options_changed()

    def _fill_subjects(self) -> None:
        kind = self.kind()
        previous = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        if kind == "signin":
            self.subject.addItem(self.tr("No meeting: a blank sheet"), None)
        found = getattr(self._choices, SUBJECT_OF[kind]) if self._choices else []
        for subject_id, text in found:
            self.subject.addItem(text, subject_id)
        index = self.subject.findData(previous) if previous is not None else -1
        if index < 0 and kind == "signin" and self.subject.count() > 1:
            index = 1  # the next meeting, pre-filled
        self.subject.setCurrentIndex(max(index, 0))
        self.subject.blockSignals(False)
        self._update_hint()

    def _update_hint(self) -> None:
        kind = self.kind()
        empty = self.subject.count() == 0
        missing = {"meetings": self.tr("There are no meetings yet: add one on the Meetings screen."),
                   "turfs": self.tr("There are no turfs yet: make them on the Canvassing screen."),
                   "campaigns": self.tr("There are no campaigns yet: start one on the Canvassing screen.")}
        self.hint.setText(missing[SUBJECT_OF[kind]] if empty else "")
        for button in (self.print_button, self.save_button):
            button.setEnabled(not empty)
        self.key_in_button.setVisible(kind == "signin" and self.subject.currentData() is not None)

    def key_in_sheet(self) -> None:
        """Open the screen that keys this meeting's filled-in sheet back in."""
        meeting_id = self.subject.currentData()
        if self.kind() != "signin" or meeting_id is None:
            return
        from engagedesk.ui.paper_signin import open_paper_signin

        self.paper_dialog = open_paper_signin(self, self.worker, meeting_id)

    def _options_changed(self) -> None:
        self._update_hint()
        if self.kind() == "signin":
            prefilled = self.subject.currentData() is not None
            for name, box in self.columns.items():
                if name != "name" and not box.property("touched"):
                    box.blockSignals(True)
                    box.setChecked(name in (DEFAULT_COLUMNS if prefilled else DEFAULT_BLANK_COLUMNS))
                    box.blockSignals(False)
        if self.subject.count():
            self._preview_timer.start()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Load what documents can be made for (meetings, turfs, campaigns) and preview again."""
        run_task(self, self._load())

    async def _load(self) -> None:
        self._choices = await self.worker.run(printing.choices)
        self._fill_subjects()
        self._built_for = None
        self._options_changed()

    # ------------------------------------------------------------------ building

    def make_preview(self) -> None:
        self._preview_timer.stop()
        if self.subject.count():
            run_task(self, self._current_pdf())

    def cancel(self) -> None:
        self._stop.set()

    async def _current_pdf(self) -> bytes | None:
        """The PDF of what the controls ask for now: built (and previewed) unless it is already."""
        wanted = self.request()
        if self._built_for == wanted and self.pdf is not None:
            return self.pdf
        if self._building == wanted and self._build_task is not None:
            return await asyncio.shield(self._build_task)
        self._stop.set()  # an older build is no longer wanted
        self._stop = threading.Event()
        self._building = wanted
        self._build_task = asyncio.ensure_future(self._build(wanted, self._stop))
        return await asyncio.shield(self._build_task)

    async def _build(self, wanted: Request, stop: threading.Event) -> bytes | None:
        self._set_busy(True)
        try:
            self.status.setText(self.tr("Reading…"))
            prepared = await self.worker.run(printing.prepare, wanted.kind, wanted.target,
                                             options=wanted.options, **dict(wanted.choices))
            if stop.is_set():
                return None
            self.status.setText(self.tr("Laying out…"))
            loop = asyncio.get_running_loop()
            try:
                pdf = await loop.run_in_executor(_layout_thread, prepared.render, self.pages_laid_out.emit, stop.is_set)
            except Cancelled:
                if self._building == wanted:
                    self.status.setText(self.tr("Stopped."))
                return None
            pages = preview.page_count(pdf)
            images: list[bytes] = []
            if preview.can_render():
                dpi = self._preview_dpi(wanted.options)
                images = await loop.run_in_executor(_layout_thread, lambda: preview.render_pages(
                    pdf, dpi=dpi, last=min(pages, PREVIEW_PAGES)))
            if stop.is_set() or self._building != wanted:
                return None
            self.pdf, self.prepared, self._built_for = pdf, prepared, wanted
            self._show_pages(images, pages)
            self.built.emit(pages)
            return pdf
        finally:
            if self._building == wanted:
                self._building = None
                self._set_busy(False)

    def _preview_dpi(self, options: PageOptions) -> int:
        """Pictures as wide as the preview pane (between 40 and 110 dots per inch)."""
        room = self.scroll.viewport().width() - 40
        return max(40, min(110, int(room / (options.pagesize[0] / 72))))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _show_pages(self, images: list[bytes], pages: int) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for number, data in enumerate(images, start=1):
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(QImage.fromData(data, "PNG")))
            picture.setAccessibleName(self.tr("Page {n}").format(n=number))
            picture.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        paper = self.paper.currentText() + " " + self.orientation.currentText().lower()
        text = (self.tr("1 page") if pages == 1 else self.tr("{n} pages").format(n=pages)) + f" · {paper}"
        if self.prepared is not None and self.prepared.rows and self.prepared.kind in ("signin", "packet"):
            text += " · " + count_text(self.prepared.rows, self.tr("1 row"), self.tr("{n} rows"))
        if not images:
            note = self.tr("No preview here (it needs poppler's pdftoppm): save the PDF to see it.") \
                if not preview.can_render() else ""
            label = QLabel(note)
            label.setWordWrap(True)
            self.pages_layout.addWidget(label)
        elif pages > len(images):
            more = QLabel(self.tr("…and {n} more (all of them print)").format(n=pages - len(images)))
            more.setStyleSheet("color: white;")
            self.pages_layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        self.status.setText(text)

    # ------------------------------------------------------------------ saving and printing

    def save_pdf(self) -> None:
        if self.subject.count():
            run_task(self, self._save())

    async def _save(self) -> None:
        pdf = await self._current_pdf()
        if pdf is None or self.prepared is None:
            return
        path = file_dialogs.save_pdf(self, Path.home() / self.prepared.file_name)
        if path is None:
            return
        loop = asyncio.get_running_loop()
        written = await loop.run_in_executor(_layout_thread, printing.write_pdf, pdf, path)
        self.status.setText(self.tr("Saved to {path}").format(path=written))
        self.saved.emit(written)

    def print_document(self) -> None:
        if self.subject.count():
            run_task(self, self._print())

    async def _print(self) -> None:
        pdf = await self._current_pdf()
        if pdf is None or self.prepared is None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.prepared.file_name.removesuffix(".pdf"))
        if not file_dialogs.choose_printer(self, self.printer):
            return
        printer = self.printer
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(_layout_thread, printing.write_pdf, pdf, printer.outputFileName())
            self.status.setText(self.tr("Saved to {path}").format(path=printer.outputFileName()))
            return
        if not preview.can_render():
            raise UserError(self.tr("Printing from EngageDesk needs poppler's pdftoppm, which is not installed. "
                                    "Save the PDF and print it from your PDF viewer."))
        self._set_busy(True)
        self.status.setText(self.tr("Sending to the printer…"))
        try:
            dpi = max(72, min(printer.resolution(), PRINT_DPI_LIMIT))
            loop = asyncio.get_running_loop()
            pages = await loop.run_in_executor(_layout_thread, lambda: preview.render_pages(pdf, dpi=dpi))
            self._paint(printer, pages)
        finally:
            self._set_busy(False)
        self.status.setText(count_text(len(pages), self.tr("Sent 1 page to the printer."),
                                       self.tr("Sent {n} pages to the printer.")))

    @staticmethod
    def _paint(printer: QPrinter, pages: list[bytes]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(QLabel.tr("The printer could not be opened. Check that it is switched on, "
                                      "or save the PDF instead."))
        try:
            for number, data in enumerate(pages):
                if number:
                    printer.newPage()
                image = QImage.fromData(data, "PNG")
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()
