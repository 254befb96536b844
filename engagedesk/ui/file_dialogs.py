"""The file and printer choosers of the Print & reports screen, behind one seam that tests replace.

Each returns what the user chose, or nothing when they cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def save_pdf(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a PDF; ".pdf" is added when it was left off."""
    name, _chosen = QFileDialog.getSaveFileName(parent, _tr("Save the PDF as"), str(suggested),
                                                _tr("PDF documents (*.pdf);;All files (*)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".pdf")


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Qt's print dialog for ``printer`` (the caller keeps the printer alive); True to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted
