"""Print & reports by keyboard: choose a document and what it is about, then save or print it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from engagedesk.printing import preview
from engagedesk.services import demo
from engagedesk.ui import file_dialogs
from engagedesk.ui.print_screen import PrintScreen

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (.ci/run installs it)")


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def screen(qtbot, worker, wait_tasks):
    worker.submit(demo.make_demo, people=150, seed=4, today=date(2026, 11, 22)).result()
    made = PrintScreen(worker)
    qtbot.addWidget(made)
    made.resize(1050, 760)
    made.show()
    with qtbot.waitSignal(made.built, timeout=15_000):
        made.refresh()
    wait_tasks()
    return made


def test_choose_a_summary_and_save_it_by_keyboard(qtbot, screen, wait_tasks, monkeypatch, tmp_path):
    asked: list[Path] = []

    def save_as(parent, suggested):  # noqa: ANN001
        asked.append(suggested)
        return tmp_path / "summary.pdf"

    monkeypatch.setattr(file_dialogs, "save_pdf", save_as)
    screen.documents.setFocus()
    qtbot.keyClick(screen.documents, Qt.Key.Key_Down)
    qtbot.keyClick(screen.documents, Qt.Key.Key_Down)
    assert screen.kind() == "summary"
    qtbot.keyClick(screen.documents, Qt.Key.Key_Tab)
    assert screen.subject.hasFocus()
    for _ in range(screen.subject.count()):
        if "#3" in screen.subject.currentText():
            break
        qtbot.keyClick(screen.subject, Qt.Key.Key_Down)
    assert "Riverside Town Hall #3" in screen.subject.currentText()
    with qtbot.waitSignal(screen.saved, timeout=15_000) as saved:
        qtbot.keyClick(screen.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert saved.args == [tmp_path / "summary.pdf"]
    assert asked and asked[0].name == "meeting-summary-riverside-town-hall-3.pdf"
    text = text_of(tmp_path / "summary.pdf")
    assert "Riverside Town Hall #3" in text and "Meeting summary" in text
    pages = text.count("\f")
    assert 1 <= pages <= 2 and f"Page {pages} of {pages}" in text  # one or two pages for a meeting
    assert "Saved to" in screen.status.text()


def test_the_preview_shows_the_pages_and_follows_the_options(qtbot, screen, wait_tasks):
    assert screen.kind() == "signin" and screen.subject.currentData() is not None  # tonight, pre-filled
    pages = screen.pages_box.findChildren(type(screen.status))
    if preview.can_render():
        assert any(label.pixmap() is not None and not label.pixmap().isNull() for label in pages)
    assert "pages" in screen.status.text() or "page" in screen.status.text()
    before = screen.pdf
    with qtbot.waitSignal(screen.built, timeout=15_000):
        screen.large_print.setChecked(True)
    wait_tasks()
    assert screen.pdf != before and screen.request().options.large_print
    assert preview.page_count(screen.pdf) > preview.page_count(before)


def test_a_blank_sheet_for_no_meeting_and_print_to_a_pdf_printer(qtbot, screen, wait_tasks, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"

    def printer_dialog(parent, printer: QPrinter) -> bool:  # noqa: ANN001
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(file_dialogs, "choose_printer", printer_dialog)
    screen.subject.setCurrentIndex(0)  # "No meeting: a blank sheet"
    screen.rows.setValue(40)
    with qtbot.waitSignal(screen.built, timeout=15_000):
        screen.make_preview()
    qtbot.keyClick(screen.documents, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=15_000)
    wait_tasks()
    text = text_of(target)
    assert "Sign-in sheet" in text and "40" in text and "Page 2 of 2" in text
    assert screen.printer is not None  # kept for the next print


def test_one_page_and_one_row_read_in_the_singular(qtbot, screen, wait_tasks, monkeypatch, tmp_path):
    if not preview.can_render():
        pytest.skip("needs pdftoppm")
    painted: list[int] = []
    monkeypatch.setattr(file_dialogs, "choose_printer", lambda parent, printer: True)  # a real printer
    monkeypatch.setattr(screen, "_paint", lambda printer, pages: painted.append(len(pages)))
    screen.subject.setCurrentIndex(0)  # "No meeting: a blank sheet"
    screen.rows.setValue(1)
    with qtbot.waitSignal(screen.built, timeout=15_000):
        screen.make_preview()
    wait_tasks()
    assert screen.status.text().startswith("1 page · ") and screen.status.text().endswith(" · 1 row")
    qtbot.keyClick(screen.documents, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: painted == [1], timeout=15_000)
    wait_tasks()
    assert screen.status.text() == "Sent 1 page to the printer."


def test_pages_paint_onto_a_printer(qtbot, screen, tmp_path):
    if not preview.can_render():
        pytest.skip("needs pdftoppm")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    pages = preview.render_pages(screen.pdf, dpi=40, last=2)
    PrintScreen._paint(printer, pages)
    assert (tmp_path / "painted.pdf").stat().st_size > 1000


def test_an_empty_database_says_what_to_do_first(qtbot, worker, wait_tasks):
    made = PrintScreen(worker)
    qtbot.addWidget(made)
    made.show()
    made.refresh()
    wait_tasks()
    made.documents.setCurrentRow(2)  # meeting summary: needs a meeting
    assert "no meetings yet" in made.hint.text()
    assert not made.save_button.isEnabled() and not made.print_button.isEnabled()
    made.documents.setCurrentRow(3)
    assert "no turfs yet" in made.hint.text()


def test_ctrl_k_keys_in_the_chosen_meetings_filled_sheet(qtbot, screen, wait_tasks):
    from engagedesk.ui.paper_signin import PaperSignInDialog

    screen.documents.setFocus()
    assert screen.kind() == "signin" and screen.subject.currentData() is not None
    assert screen.key_in_button.isVisibleTo(screen)
    qtbot.keyClick(screen.documents, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.paper_dialog
    assert isinstance(dialog, PaperSignInDialog) and dialog.meeting_id == screen.subject.currentData()
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=5000)
    assert dialog.sheet is not None and dialog.sheet.meeting.id == screen.subject.currentData()
    dialog.close()
    # A blank sheet has nothing to key back in.
    screen.subject.setCurrentIndex(0)
    assert screen.subject.currentData() is None and not screen.key_in_button.isVisibleTo(screen)
