"""The import dialog, driven by the keyboard: file, columns, preview, dry run, import, result."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from engagedesk.services import csv_import, people
from engagedesk.ui import export_dialog, import_people
from engagedesk.ui.import_people import COLUMNS, DRY_RUN, FILE, PREVIEW, RESULT, ImportPeopleDialog
from tests.gui.keys import show_active

CSV = ("Nombre;Apellido(s);Correo electrónico;Teléfono;Dirección;Código postal;Color favorito\r\n"
       "José;Pérez;jose@example.org;555 010 1234;12 Elm Street;95001;rojo\r\n"
       "Ana;Núñez;mal-correo;;;;azul\r\n"
       "Bo;Li;bo@example.org;;3 Oak Ave;95002;verde\r\n")


def people_count(worker) -> int:
    return worker.submit(people.count_people).result()


def open_dialog(qtbot, worker) -> ImportPeopleDialog:
    dialog = ImportPeopleDialog(worker)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def start(qtbot, dialog, path) -> None:
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == COLUMNS, timeout=10_000)


def next_step(qtbot, dialog, page: int) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page, timeout=20_000)


def test_the_whole_import_by_keyboard(qtbot, worker, tmp_path, wait_tasks, shown_errors, monkeypatch):
    path = tmp_path / "roster.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = open_dialog(qtbot, worker)
    assert dialog.path_edit.hasFocus()
    start(qtbot, dialog, path)
    assert dialog.mapping() == ["given_name", "family_name", "email", "phone", "address", "postal_code", None]
    assert "(cp1252, semicolon-separated): rows 3, columns 7." in dialog.file_facts.text()
    # fix a guess by keyboard: the first column is the preferred name, then back to the first name
    first = dialog.combos[0]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert dialog.mapping()[0] == "family_name"
    assert "Two columns" in dialog.mapping_problem.text()
    qtbot.keyClick(first, Qt.Key.Key_Up)
    assert dialog.mapping_problem.text() == ""

    next_step(qtbot, dialog, PREVIEW)
    table = dialog.preview_table
    assert table.rowCount() == 3
    assert table.item(0, 2).text() == "José" and table.item(0, 6).text() == "12 Elm Street, 95001"
    assert "looks incomplete" in table.item(1, 1).text()
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dialog.pages.currentIndex() == COLUMNS
    next_step(qtbot, dialog, PREVIEW)

    next_step(qtbot, dialog, DRY_RUN)
    assert "Dry run, nothing was changed. New people: 2. Updated: 0. Rows skipped: 1." in dialog.dry_summary.text()
    assert dialog.dry_table.item(0, 0).text() == "3"
    assert people_count(worker) == 0

    next_step(qtbot, dialog, RESULT)
    wait_tasks()
    assert dialog.result_summary.text() == "New people: 2. Updated: 0. Rows skipped: 1."
    assert people_count(worker) == 2
    assert dialog.save_report.hasFocus()
    target = tmp_path / "report.csv"
    monkeypatch.setattr(import_people, "choose_report_path", lambda parent, suggested: target)
    qtbot.keyClick(dialog.save_report, Qt.Key.Key_Space)
    assert target.read_bytes().decode("utf-8-sig").splitlines()[2].startswith("3,skipped,")
    assert "Report saved as report.csv." in dialog.result_summary.text()
    assert shown_errors == []

    # the same shape of file next time: the columns as they were set
    again = open_dialog(qtbot, worker)
    start(qtbot, again, path)
    assert "as last time" in again.file_facts.text()


def test_a_bad_file_says_why_and_stays_on_the_first_step(qtbot, worker, tmp_path, shown_errors):
    path = tmp_path / "bad.csv"
    path.write_bytes(b'Name,Email\r\n"Ana,a@example.org\r\n')
    dialog = open_dialog(qtbot, worker)
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "quote mark opened in row 2" in dialog.file_problem.text(), timeout=10_000)
    assert dialog.pages.currentIndex() == FILE
    assert shown_errors == []


def test_cancel_during_the_import_leaves_the_database_unchanged(qtbot, worker, tmp_path, wait_tasks, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("First name,Last name,Email\r\n" + "".join(
        f"P{n},Family{n},p{n}@example.org\r\n" for n in range(3000)), encoding="utf-8")
    dialog = open_dialog(qtbot, worker)
    start(qtbot, dialog, path)
    next_step(qtbot, dialog, PREVIEW)
    next_step(qtbot, dialog, DRY_RUN)
    real = csv_import.import_people
    reached = threading.Event()

    def slow_import(store, *args, cancelled, **kwargs):
        reached.set()
        for _ in range(500):  # wait (at most 5 s) for the person to press Escape
            if cancelled():
                break
            threading.Event().wait(0.01)
        return real(store, *args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(csv_import, "import_people", slow_import)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert dialog.cancel_button.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DRY_RUN, timeout=20_000)
    wait_tasks()
    assert "Import cancelled; nothing was changed." in dialog.step.text()
    assert dialog.isVisible()
    assert people_count(worker) == 0


def test_export_dialog_leaves_out_do_not_contact_by_default(qtbot, worker, tmp_path, wait_tasks):
    from engagedesk.domain.models import Person

    worker.submit(people.add_person, Person(given_name="Ana", family_name="Núñez", may_contact=True)).result()
    worker.submit(people.add_person, Person(given_name="Cy", family_name="Ng", do_not_contact=True)).result()
    dialog = export_dialog.ExportDialog(worker)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    wait_tasks()
    assert not dialog.include.isChecked()
    assert dialog.warning.isHidden()
    qtbot.keyClick(dialog.include, Qt.Key.Key_Space) if dialog.include.hasFocus() else dialog.include.toggle()
    assert not dialog.warning.isHidden()
    dialog.include.toggle()
    target = tmp_path / "people.csv"
    dialog.save_to(target)
    wait_tasks()
    assert "asked not to be contacted or have not agreed to be: 1." in dialog.note.text()
    text = target.read_text(encoding="utf-8-sig")
    assert "Ana" in text and "Cy" not in text
