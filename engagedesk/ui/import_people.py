"""Import people from a spreadsheet: file, columns, preview, dry run, import, result.

Every step is reachable by keyboard: Tab moves between controls, Alt+N goes on (the button's
mnemonic), Alt+B back,
Escape closes (or cancels a running import).  Reading, checking and importing run on the store
thread; a cancelled import leaves the database as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import format_number
from engagedesk.io.mapping import check_mapping, field_label, fields
from engagedesk.services import csv_import
from engagedesk.store.worker import StoreWorker
from engagedesk.ui import appearance
from engagedesk.ui.tasks import report_error, run_task
from engagedesk.ui.widgets import shortcut

FILE, COLUMNS, PREVIEW, DRY_RUN, RUNNING, RESULT = range(6)
PREVIEW_COLUMNS = ("given_name", "family_name", "email", "phone", "address", "language", "may_contact",
                   "do_not_contact")


# ------------------------------------------------------------------ seams that tests replace


def choose_csv(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Choose the spreadsheet to import"), "",
                                          parent.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
    return Path(name) if name else None


def choose_report_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save the import report as"), str(suggested),
                                          parent.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in (".csv", ".xlsx") else path.with_suffix(".csv")


class _Progress(QObject):
    """Carries progress from the store thread to the window (a queued signal)."""

    moved = Signal(int, int)


class ImportPeopleDialog(QDialog):
    finished_import = Signal(object)  # the ImportReport of a real import

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.table: csv_import.CsvTable | None = None
        self.path: Path | None = None
        self.report: csv_import.ImportReport | None = None
        self._cancel = threading.Event()
        self._busy = False
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.setWindowTitle(self.tr("Import people from a spreadsheet"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(760, 520)
        self.resize(980, 660)

        self.step = QLabel()
        self.step.setObjectName("stepTitle")
        self.step.setStyleSheet("font-weight: bold;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._dry_run_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._result_page())

        self.back = QPushButton(self.tr("Back (Alt+B)"))
        self.back.setAccessibleName(self.tr("Back to the previous step"))
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("&Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self.go_next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the import"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next)

        shortcut(QKeySequence("Alt+B"), self, self.go_back)
        shortcut(QKeySequence("Alt+Left"), self, self.go_back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show(FILE)

    # ------------------------------------------------------------------ pages

    def _file_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "Choose a spreadsheet saved as CSV (from Excel, LibreOffice or Google Sheets: File, Save As or "
            "Download, CSV). The first row should name the columns, like First name, Last name, E-mail. "
            "Nothing is changed until the last step."))
        explain.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setAccessibleDescription(self.tr("Type the path of the CSV file, or choose it with the button"))
        self.path_edit.setPlaceholderText(self.tr("Path of the CSV file"))
        self.path_edit.returnPressed.connect(self.go_next)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.setAccessibleName(self.tr("Choose the file to import"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.file_problem = QLabel()
        self.file_problem.setWordWrap(True)
        appearance.style(self.file_problem, "QLabel { color: #a40000; }")
        self.file_problem.setAccessibleName(self.tr("Problem with the file"))
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.file_problem)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        self.file_facts = QLabel()
        self.file_facts.setWordWrap(True)
        self.columns_form = QFormLayout()
        self.columns_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        holder = QWidget()
        holder.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.mapping_problem = QLabel()
        self.mapping_problem.setWordWrap(True)
        appearance.style(self.mapping_problem, "QLabel { color: #a40000; }")
        self.update_matching = QCheckBox(self.tr("&Update matching people (same e-mail or phone) from the file"))
        self.update_matching.setAccessibleDescription(self.tr(
            "Off: rows with the e-mail or phone of someone already here are skipped and listed"))
        self.create_likely = QCheckBox(self.tr("Create rows that &look like someone already here"))
        self.create_likely.setAccessibleDescription(self.tr(
            "Off: rows with a similar name at the same address or postal code are skipped and listed; "
            "they are never merged"))
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_facts)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.mapping_problem)
        layout.addWidget(self.update_matching)
        layout.addWidget(self.create_likely)
        return page

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget()
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)
        return table

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_facts = QLabel()
        self.preview_facts.setWordWrap(True)
        self.preview_table = self._table(self.tr("The first rows as they will be stored"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_facts)
        layout.addWidget(self.preview_table, 1)
        return page

    def _dry_run_page(self) -> QWidget:
        page = QWidget()
        self.dry_summary = QLabel()
        self.dry_summary.setWordWrap(True)
        self.dry_table = self._table(self.tr("What each row would do"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.dry_summary)
        layout.addWidget(self.dry_table, 1)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        self.running_label = QLabel()
        self.running_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: nothing will be changed"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.running_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result_summary = QLabel()
        self.result_summary.setWordWrap(True)
        self.result_summary.setStyleSheet("font-weight: bold;")
        self.result_table = self._table(self.tr("What happened to each row"))
        self.save_report = QPushButton(self.tr("&Save this report…"))
        self.save_report.setAccessibleName(self.tr("Save this report as a spreadsheet"))
        self.save_report.clicked.connect(self._save_report)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_summary)
        layout.addWidget(self.result_table, 1)
        layout.addWidget(self.save_report, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # ------------------------------------------------------------------ moving between steps

    def _show(self, page: int) -> None:
        titles = {
            FILE: self.tr("Step 1 of 5: choose the file"),
            COLUMNS: self.tr("Step 2 of 5: which field each column holds"),
            PREVIEW: self.tr("Step 3 of 5: the first rows as they will be stored"),
            DRY_RUN: self.tr("Step 4 of 5: what the import would do (nothing changed yet)"),
            RUNNING: self.tr("Step 5 of 5: importing"),
            RESULT: self.tr("Done"),
        }
        self.pages.setCurrentIndex(page)
        self.step.setText(titles[page])
        self.back.setEnabled(page in (COLUMNS, PREVIEW, DRY_RUN))
        self.back.setVisible(page not in (RUNNING, RESULT))
        self.next.setVisible(page not in (RUNNING, RESULT))
        self.close_button.setEnabled(page != RUNNING)
        self.next.setText({FILE: self.tr("&Next"), COLUMNS: self.tr("&Next: preview"),
                           PREVIEW: self.tr("&Next: check every row"),
                           DRY_RUN: self.tr("Import &now")}.get(page, self.tr("&Next")))
        self.next.setAccessibleName(self.next.text().replace("&", ""))
        self.close_button.setText(self.tr("Close") if page == RESULT else self.tr("Close without importing"))
        focus = {FILE: self.path_edit, COLUMNS: self.combos[0] if self.combos else self.next,
                 PREVIEW: self.next, DRY_RUN: self.next, RUNNING: self.cancel_button, RESULT: self.save_report}[page]
        focus.setFocus()

    def go_next(self) -> None:
        if self._busy or not self.next.isVisible():
            return
        page = self.pages.currentIndex()
        if page == FILE:
            self._read()
        elif page == COLUMNS:
            self._to_preview()
        elif page == PREVIEW:
            self._run(dry_run=True)
        elif page == DRY_RUN:
            self._run(dry_run=False)

    def go_back(self) -> None:
        page = self.pages.currentIndex()
        if self._busy or page not in (COLUMNS, PREVIEW, DRY_RUN):
            return
        self._show(page - 1)

    def reject(self) -> None:
        if self._busy:
            self.cancel()
            return
        super().reject()

    # ------------------------------------------------------------------ step 1: the file

    def _choose(self) -> None:
        chosen = choose_csv(self)
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._read()

    def _read(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.file_problem.setText(self.tr("Type the path of the file, or press Choose file."))
            return
        self.file_problem.clear()
        self._busy = True
        run_task(self, self._reading(Path(text)))

    async def _reading(self, path: Path) -> None:
        def read(store: Any) -> tuple[csv_import.CsvTable, list[str | None], bool]:
            found = csv_import.read_file(path)
            mapping, remembered = csv_import.mapping_for(store, found.headers)
            return found, mapping, remembered

        try:
            found, mapping, remembered = await self.worker.run(read)
        except UserError as problem:
            self.file_problem.setText(problem.message)
            return
        finally:
            self._busy = False
        self.path, self.table = path, found
        self._fill_columns(found, mapping, remembered)
        self._show(COLUMNS)

    # ------------------------------------------------------------------ step 2: columns

    def _fill_columns(self, found: csv_import.CsvTable, mapping: list[str | None], remembered: bool) -> None:
        how = self.tr("The columns were set as last time for a file like this one.") if remembered else \
            self.tr("The columns were guessed from the header row; fix any that are wrong.")
        separated = {",": self.tr("comma-separated"), ";": self.tr("semicolon-separated"),
                     "\t": self.tr("tab-separated")}.get(found.delimiter, found.delimiter_name)
        facts = self.tr("{name} ({encoding}, {separated}): rows {rows}, columns {columns}.").format(
            name=found.name, rows=format_number(len(found.rows)), columns=len(found.headers), encoding=found.encoding,
            separated=separated)
        if found.problems:
            facts += " " + self.tr("Rows that cannot be read and will be skipped (shown in the preview): {count}.").format(
                count=format_number(len(found.problems)))
        self.file_facts.setText(f"{facts} {how}")
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.combos = []
        example = found.rows[0][1] if found.rows else [""] * len(found.headers)
        from engagedesk.io.csv_read import column_letter

        for index, header in enumerate(found.headers):
            combo = QComboBox()
            combo.addItem(self.tr("Leave out"), None)
            for name in fields("person"):
                combo.addItem(field_label("person", name), name)
            chosen = combo.findData(mapping[index]) if mapping[index] else 0
            combo.setCurrentIndex(max(0, chosen))
            sample = example[index][:40] if index < len(example) else ""
            label_text = self.tr("{letter}: {header}").format(letter=column_letter(index),
                                                             header=header or self.tr("(no header)"))
            if sample:
                label_text += self.tr("  (e.g. {sample})").format(sample=sample)
            label = QLabel(label_text)
            label.setBuddy(combo)
            combo.setAccessibleName(self.tr("Field for column {letter}, {header}").format(
                letter=column_letter(index), header=header or self.tr("no header")))
            combo.currentIndexChanged.connect(self._check_mapping)
            self.columns_form.addRow(label, combo)
            self.combos.append(combo)
        self._check_mapping()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _check_mapping(self) -> list[str]:
        problems = check_mapping(self.mapping(), "person")
        self.mapping_problem.setText(" ".join(problems))
        return problems

    # ------------------------------------------------------------------ step 3: preview

    def _to_preview(self) -> None:
        if self.table is None or self._check_mapping():
            return
        rows = csv_import.preview(self.table, self.mapping())
        labels = [self.tr("Row"), self.tr("Problems")] + [
            field_label("person", f) if f != "address" else self.tr("Address") for f in PREVIEW_COLUMNS]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(labels))
        self.preview_table.setHorizontalHeaderLabels(labels)
        self.preview_table.setRowCount(len(rows))
        bad = 0
        for r, shown in enumerate(rows):
            cells = [str(shown.row), " ".join(shown.problems)] + [shown.values.get(f, "") for f in PREVIEW_COLUMNS]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if shown.problems:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.preview_table.setItem(r, c, item)
            bad += bool(shown.problems)
        self._fit(self.preview_table, wide=1)
        self.preview_facts.setText(self.tr(
            "The first rows of the file ({shown}), cleaned as they will be stored. Rows with problems (in red) "
            "will be skipped; here: {bad}. Go back to change the columns, or check every row next.").format(
                shown=len(rows), bad=bad))
        self._show(PREVIEW)

    def _fit(self, table: QTableWidget, wide: int) -> None:
        """Columns as wide as their text (at most a third of the table), the ``wide`` one (the
        explanations) given what is left, wrapped; rows as tall as their text."""
        header = table.horizontalHeader()
        header.setStretchLastSection(wide == table.columnCount() - 1)
        table.resizeColumnsToContents()
        limit = max(160, table.viewport().width() // 3)
        for column in range(table.columnCount()):
            if column != wide:
                header.resizeSection(column, min(header.sectionSize(column), limit))
        if wide != table.columnCount() - 1:
            header.resizeSection(wide, max(260, min(420, table.viewport().width() // 3)))
        else:
            others = sum(header.sectionSize(c) for c in range(table.columnCount()) if c != wide)
            header.resizeSection(wide, max(260, table.viewport().width() - others))
        table.resizeRowsToContents()

    # ------------------------------------------------------------------ steps 4 and 5: dry run and import

    def options(self) -> csv_import.ImportOptions:
        return csv_import.ImportOptions(update_matching=self.update_matching.isChecked(),
                                        create_likely_duplicates=self.create_likely.isChecked())

    def _run(self, dry_run: bool) -> None:
        if self.table is None:
            return
        self._cancel.clear()
        self._busy = True
        self.bar.setRange(0, 0)
        self.running_label.setText(self.tr("Checking every row; nothing is changed yet…") if dry_run else
                                   self.tr("Importing. Cancel leaves the database exactly as it was."))
        self._return_to = self.pages.currentIndex()
        self._show(RUNNING)
        run_task(self, self._running(dry_run))

    async def _running(self, dry_run: bool) -> None:
        found, mapping, options = self.table, self.mapping(), self.options()
        try:
            report = await self.worker.run(
                csv_import.import_people, found, mapping, options, dry_run=dry_run,
                progress=self._progress.moved.emit, cancelled=self._cancel.is_set)
        except csv_import.ImportCancelled as cancelled:
            self._busy = False
            self._show(self._return_to)
            self.step.setText(cancelled.message)
            return
        except BaseException as error:
            self._busy = False
            self._show(self._return_to)
            report_error(self, error)
            return
        self._busy = False
        self.report = report
        if dry_run:
            self._fill_report(self.dry_table, report)
            text = report.summary()
            if report.duplicate_check == "exact":
                text += " " + self.tr("Only the same e-mail or phone was checked for people already here.")
            self.dry_summary.setText(text + " " + self.tr("Press Import now to do it."))
            self._show(DRY_RUN)
        else:
            self._fill_report(self.result_table, report)
            self.result_summary.setText(report.summary())
            self._show(RESULT)
            self.finished_import.emit(report)

    def cancel(self) -> None:
        if self._busy:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.running_label.setText(self.tr("Cancelling; nothing will be changed…"))

    def _moved(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, done * 1000 // total))

    def _fill_report(self, table: QTableWidget, report: csv_import.ImportReport) -> None:
        shown = [r for r in report.rows if r.outcome != csv_import.CREATED or r.reason] or report.rows
        shown = shown[:5000]
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("Why")])
        table.setRowCount(len(shown))
        for r, result in enumerate(shown):
            for c, text in enumerate((str(result.row), report.outcome_label(result.outcome), result.reason)):
                table.setItem(r, c, QTableWidgetItem(text))
        self._fit(table, wide=2)

    # ------------------------------------------------------------------ the report

    def _save_report(self) -> None:
        if self.report is None:
            return
        base = self.path.stem if self.path else "import"
        target = choose_report_path(self, (self.path.parent if self.path else Path.home()) / f"{base} report.csv")
        if target is None:
            return
        try:
            self.report.write_csv(target)
        except UserError as problem:
            report_error(self, problem)
            return
        self.result_summary.setText(self.report.summary() + " " + self.tr("Report saved as {name}.").format(
            name=target.name))


def open_import(parent: QWidget | None, worker: StoreWorker) -> ImportPeopleDialog:
    """Show the import dialog (window-modal, not blocking); the caller may connect
    ``finished_import`` to refresh a list of people."""
    dialog = ImportPeopleDialog(worker, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
