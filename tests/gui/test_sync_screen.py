"""The Sync screen, driven as a person would: two laptops (two temporary databases) exchange
bundles through it; file choosers are replaced through ``ui.sync_dialogs``."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from engagedesk.services import demo, organisation, sync_settings
from engagedesk.store.worker import StoreWorker
from engagedesk.sync import service
from engagedesk.ui import main_window, sync_dialogs
from engagedesk.ui.sync_ops import Verdict
from engagedesk.ui.sync_screen import SYNC_STYLE, SyncScreen
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = 600  # more than one chunk of the merge (500), so an import can be cancelled half-way


# ------------------------------------------------------------------ two laptops

@pytest.fixture
def front_desk(loop, tmp_path) -> StoreWorker:
    """Laptop A: the demo organisation."""
    worker = StoreWorker()
    worker.open(tmp_path / "front-desk.db").result()
    worker.submit(demo.make_demo, people=PEOPLE, seed=3).result()
    yield worker
    worker.close()


@pytest.fixture
def canvass(worker) -> StoreWorker:
    """Laptop B: a new, empty database that joins the organisation by importing a bundle."""
    return worker


def dump(worker: StoreWorker) -> dict:
    return worker.submit(service.dump).result()


def organisation_data(worker: StoreWorker) -> dict:
    """What both laptops must agree on (each laptop adds its own name to ``laptops`` when it joins)."""
    return {table: rows for table, rows in dump(worker).items() if table != "laptops"}


def join_directly(source: StoreWorker, joiner: StoreWorker, name: str = "Canvass laptop") -> None:
    data = source.submit(lambda store: service.export_bundle(store, full=True).data).result()
    joiner.submit(service.import_bundle, data).result()
    joiner.submit(organisation.rename_laptop, name).result()


def make_screen(qtbot, worker: StoreWorker) -> SyncScreen:
    screen = SyncScreen(worker)
    screen.setStyleSheet(main_window.STYLE + SYNC_STYLE)  # as it looks inside the main window
    qtbot.addWidget(screen)
    screen.resize(1050, 760)
    with qtbot.waitActive(screen):  # shortcuts reach only the active window
        screen.show()
        screen.activateWindow()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    return screen


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def export_to_file(qtbot, screen: SyncScreen, target: Path, monkeypatch, passphrase: str = "") -> str:
    monkeypatch.setattr(sync_dialogs, "save_bundle", lambda parent, suggested: target)
    screen.to_file.setChecked(True)
    if passphrase:
        screen.passphrase.setText(passphrase)
        screen.passphrase_again.setText(passphrase)
    screen.export_button.setFocus()
    with qtbot.waitSignal(screen.finished, timeout=10_000) as said:
        press(qtbot, Qt.Key.Key_E, CTRL)
    return said.args[0]


def open_files(qtbot, screen: SyncScreen, paths: list[Path], monkeypatch, signal: str = "previewed") -> None:
    monkeypatch.setattr(sync_dialogs, "open_bundles", lambda parent, start=None: list(paths))
    screen.import_button.setFocus()
    with qtbot.waitSignal(getattr(screen, signal), timeout=10_000):
        press(qtbot, Qt.Key.Key_O, CTRL)


def import_now(qtbot, screen: SyncScreen) -> str:
    with qtbot.waitSignal(screen.finished, timeout=10_000) as said:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    return said.args[0]


# ------------------------------------------------------------------ export, then join with the preview

def test_export_to_a_file_then_join_after_accepting_the_fingerprint(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    a = make_screen(qtbot, front_desk)
    fingerprint = a.state.fingerprint
    assert fingerprint and fingerprint in a.fingerprint_label.text()
    assert "Front desk" in a.laptop_label.text()
    assert a.fingerprint_label.accessibleName()

    target = tmp_path / "stick" / "for-canvass.edsync"
    said = export_to_file(qtbot, a, target, monkeypatch)
    assert target.exists()
    assert "safe to remove the drive" in said and str(target) in said and "everything" in said
    assert a.feedback.isVisible() and a.feedback.text() == said
    assert [line.direction for line in a.state.history] == ["out"]
    assert a.history.table.item(0, 4).text() == "for-canvass.edsync (everything)"

    b = make_screen(qtbot, canvass)
    assert "not part of an organisation" in b.laptop_label.text()
    before = dump(canvass)
    open_files(qtbot, b, [target], monkeypatch)
    preview = b.preview
    assert b.share.currentWidget() is preview
    [entry] = preview.entries
    assert "Front desk" in entry.title.text()
    assert fingerprint in entry.origin.text()
    counts = entry.checked.preview.merge
    assert counts.new > PEOPLE and counts.updated == counts.conflicts == counts.deletions == 0
    assert f"{counts.new:,} new" in entry.summary.text()
    assert "joins “Riverside Neighbours United”" in " ".join(label.text() for label in entry.findChildren(QLabel))
    # A laptop seen for the first time must be accepted: nothing can be imported before.
    assert not preview.import_button.isEnabled()
    box = preview.accept_boxes[fingerprint]
    assert focused() is box and fingerprint in box.accessibleName()
    assert dump(canvass) == before  # the preview changed nothing
    press(qtbot, Qt.Key.Key_Space)
    assert box.isChecked() and preview.import_button.isEnabled()

    with qtbot.waitSignal(b.data_changed, timeout=10_000):  # the window refreshes its other screens
        said = import_now(qtbot, b)
    assert said.startswith("Imported from Front desk:")
    wait_tasks()
    assert organisation_data(canvass) == organisation_data(front_desk)
    assert b.state.organisation_name == "Riverside Neighbours United"
    [peer] = b.state.peers
    assert (peer.name, peer.fingerprint, peer.accepted) == ("Front desk", fingerprint, True)
    assert b.laptops.table.item(0, 1).text() == fingerprint
    assert [(line.direction, line.laptop) for line in b.state.history] == [("in", "Front desk")]
    assert b.history.table.item(0, 4).text() == "for-canvass.edsync"
    assert shown_errors == []


def test_cancel_during_an_import_leaves_the_database_as_it_was(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    target = tmp_path / "all.edsync"
    service.write_bundle(front_desk.submit(lambda s: service.export_bundle(s, full=True).data).result(), target)
    b = make_screen(qtbot, canvass)
    before = dump(canvass)

    real = service.import_bundle
    paused = threading.Event()

    def halting_after_first_chunk(store, data, **options):
        if options.get("dry_run"):
            return real(store, data, **options)
        given = options["progress"]

        def progress(done: int, total: int) -> None:
            given(done, total)
            if done < total:
                paused.set()
                assert b._stop.wait(5)  # the store thread waits here until Cancel is pressed

        return real(store, data, **{**options, "progress": progress})

    monkeypatch.setattr(service, "import_bundle", halting_after_first_chunk)
    open_files(qtbot, b, [target], monkeypatch)
    b.preview.accept_boxes[b.preview.entries[0].checked.fingerprint].setChecked(True)
    with qtbot.waitSignal(b.finished, timeout=10_000) as said:
        b.preview.import_button.click()
        qtbot.waitUntil(lambda: paused.is_set() and b.progress.value() > 0, timeout=5000)
        assert b.share.currentWidget() is b.busy_page and b.cancel_button.isVisible()
        assert b.progress.maximum() > b.progress.value()
        assert focused() is b.cancel_button
        press(qtbot, Qt.Key.Key_Escape)  # Esc cancels, like the button
    assert "cancelled" in said.args[0] and "Nothing was changed" in said.args[0]
    wait_tasks()
    assert dump(canvass) == before
    assert b.state.peers == [] and b.state.history == [] and b.state.organisation_name == ""

    # Nothing was left half-done: the same bundle imports in full afterwards.
    monkeypatch.setattr(service, "import_bundle", real)
    open_files(qtbot, b, [target], monkeypatch)
    b.preview.accept_boxes[b.preview.entries[0].checked.fingerprint].setChecked(True)
    assert import_now(qtbot, b).startswith("Imported from Front desk")
    assert organisation_data(canvass) == organisation_data(front_desk)
    assert shown_errors == []


def test_importing_the_same_bundle_again_says_already_imported(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    target = tmp_path / "all.edsync"
    service.write_bundle(front_desk.submit(lambda s: service.export_bundle(s, full=True).data).result(), target)
    canvass.submit(service.import_bundle, target.read_bytes()).result()
    b = make_screen(qtbot, canvass)
    before = dump(canvass)
    history = list(b.state.history)
    open_files(qtbot, b, [target], monkeypatch, signal="finished")
    assert b.share.currentWidget() is b.forms
    assert b.feedback.text() == "all.edsync: Already imported from Front desk: nothing changed."
    wait_tasks()
    assert dump(canvass) == before and b.state.history == history
    assert shown_errors == []


def test_a_damaged_file_shows_its_message_and_changes_nothing(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    join_directly(front_desk, canvass)
    data = bytearray(front_desk.submit(lambda s: service.export_bundle(s, full=True).data).result())
    cut = tmp_path / "cut-short.edsync"
    cut.write_bytes(bytes(data[: len(data) // 2]))
    data[len(data) // 2] ^= 0x10
    flipped = tmp_path / "flipped.edsync"
    flipped.write_bytes(bytes(data))
    b = make_screen(qtbot, canvass)
    before = dump(canvass)
    open_files(qtbot, b, [cut, flipped], monkeypatch, signal="finished")
    lines = b.feedback.text().splitlines()
    assert lines[0].startswith("cut-short.edsync: This file is damaged or incomplete")
    assert lines[1].startswith("flipped.edsync: This bundle's signature does not match its contents")
    assert b.feedback.property("tone") == "warning"
    wait_tasks()
    assert dump(canvass) == before
    assert shown_errors == []


# ------------------------------------------------------------------ conflicts

def test_a_conflict_is_shown_side_by_side_and_the_lost_value_can_be_used(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    join_directly(front_desk, canvass)
    person_id = front_desk.submit(lambda s: service.dump(s)["people"][5]["id"]).result()
    front_desk.submit(lambda s: s.update("people", person_id, {"email": "front.desk@example.org"})).result()
    time.sleep(0.005)  # the canvass laptop's edit is the later one
    canvass.submit(lambda s: s.update("people", person_id, {"email": "canvass@example.org"})).result()
    target = tmp_path / "from-canvass.edsync"
    service.write_bundle(canvass.submit(lambda s: service.export_bundle(s, full=True).data).result(), target)

    a = make_screen(qtbot, front_desk)
    open_files(qtbot, a, [target], monkeypatch)
    [entry] = a.preview.entries
    assert entry.checked.preview.merge.conflicts == 1 and " 1 conflict," in entry.summary.text()
    press(qtbot, Qt.Key.Key_Space)  # accept the canvass laptop
    assert " 1 conflict," in import_now(qtbot, a)
    wait_tasks()
    assert a.tabs.tabText(a.CONFLICTS) == "Co&nflicts (1)"
    [line] = a.state.conflicts
    assert (line.field, line.kept, line.kept_by, line.lost, line.lost_by) == (
        "E-mail", "canvass@example.org", "Canvass laptop", "front.desk@example.org", "Front desk")
    assert line.record.startswith("Person: ")

    a.tabs.setCurrentIndex(a.CONFLICTS)
    a.conflicts.setFocus()
    table = a.conflicts.table
    assert focused() is table
    assert table.item(0, 2).text().startswith("canvass@example.org\nby Canvass laptop")
    assert table.item(0, 3).text().startswith("front.desk@example.org\nby Front desk")
    assert a.conflicts.kept_value.text() == "canvass@example.org"
    assert a.conflicts.lost_value.text() == "front.desk@example.org"
    with qtbot.waitSignal(a.loaded, timeout=5000):
        press(qtbot, Qt.Key.Key_U, CTRL)  # "Use this value instead"
    wait_tasks()
    email = front_desk.submit(lambda s: s.get("people", person_id)["email"]).result()
    assert email == "front.desk@example.org"
    assert a.state.conflicts == [] and a.tabs.tabText(a.CONFLICTS) == "Co&nflicts"
    assert "front.desk@example.org" in a.feedback.text()
    # The restored value is a change like any other: it reaches the canvass laptop.
    back = front_desk.submit(lambda s: service.export_bundle(s, full=True).data).result()
    canvass.submit(service.import_bundle, back).result()
    assert canvass.submit(lambda s: s.get("people", person_id)["email"]).result() == "front.desk@example.org"
    assert shown_errors == []


# ------------------------------------------------------------------ the sync folder

def test_scanning_the_sync_folder_imports_the_new_bundles(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    stick = tmp_path / "stick"
    stick.mkdir()
    a = make_screen(qtbot, front_desk)
    monkeypatch.setattr(sync_dialogs, "choose_folder", lambda parent, start=None: stick)
    a.folder_button.click()
    qtbot.waitUntil(lambda: a.state.sync_folder == stick, timeout=5000)
    assert a.folder_path.text() == str(stick)
    with qtbot.waitSignal(a.finished, timeout=10_000) as said:
        a.export_button.click()  # to the sync folder, the default
    assert "safe to remove the drive" in said.args[0]
    [first] = stick.iterdir()
    assert first.name.startswith("Front-desk-") and first.suffix == ".edsync"

    b = make_screen(qtbot, canvass)
    assert not b.scan_button.isEnabled()  # no sync folder chosen on this laptop yet
    canvass.submit(sync_settings.set_sync_folder, stick).result()
    with qtbot.waitSignal(b.loaded, timeout=5000):
        b.refresh()
    with qtbot.waitSignal(b.previewed, timeout=10_000):
        b.scan_button.setFocus()
        press(qtbot, Qt.Key.Key_F5)
    press(qtbot, Qt.Key.Key_Space)  # accept the front desk laptop
    assert import_now(qtbot, b).startswith("Imported from Front desk")
    wait_tasks()
    assert b.state.laptop_name  # a laptop that joins is named after the computer until renamed
    canvass.submit(organisation.rename_laptop, "Canvass laptop").result()
    with qtbot.waitSignal(b.loaded, timeout=5000):
        b.refresh()

    # The canvass laptop's own export lands in the folder too; the next scan skips it and the old one.
    with qtbot.waitSignal(b.finished, timeout=10_000):
        b.export_button.click()
    with qtbot.waitSignal(b.finished, timeout=10_000) as said:
        b.scan_folder()
    assert said.args[0].startswith("Nothing new in the sync folder: the 2 bundles")

    # The front desk scans the same folder: only the canvass laptop's bundle is new there.
    with qtbot.waitSignal(a.previewed, timeout=10_000):
        a.scan_folder()
    [entry] = a.preview.entries
    assert entry.checked.source_name == "Canvass laptop" and entry.checked.new_laptop
    assert a.preview.skipped.text() == "Skipped: 1 made on this laptop."
    a.preview.accept_boxes[entry.checked.fingerprint].setChecked(True)
    with qtbot.waitSignal(a.finished, timeout=10_000):
        a.preview.import_button.click()

    # New work on the front desk, exported for the canvass laptop only: the scan finds just that.
    person_id = front_desk.submit(lambda s: service.dump(s)["people"][0]["id"]).result()
    front_desk.submit(lambda s: s.update("people", person_id, {"phone": "555-0199"})).result()
    with qtbot.waitSignal(a.loaded, timeout=5000):
        a.refresh()
    a.export_for.setCurrentIndex(a.export_for.findData(b.state.site_id))
    assert a.export_for.currentText() == "“Canvass laptop”: only what it has not seen"
    with qtbot.waitSignal(a.finished, timeout=10_000) as said:
        a.export_button.click()
    assert "changes for “Canvass laptop”" in said.args[0]
    with qtbot.waitSignal(b.previewed, timeout=10_000):
        b.scan_folder()
    [entry] = b.preview.entries
    assert entry.checked.verdict is Verdict.READY and not entry.checked.new_laptop
    assert entry.checked.preview.merge.updated == 1
    assert b.preview.skipped.text() == "Skipped: 1 bundle already imported; 1 made on this laptop."
    assert b.preview.import_button.isEnabled()  # a laptop accepted before needs no new accepting
    assert import_now(qtbot, b).startswith("Imported from Front desk: 0 new, 1 updated")
    assert canvass.submit(lambda s: s.get("people", person_id)["phone"]).result() == "555-0199"
    wait_tasks()
    assert shown_errors == []


def test_pressing_export_again_while_busy_starts_nothing(qtbot, front_desk, tmp_path, monkeypatch, wait_tasks,
                                                         shown_errors):
    a = make_screen(qtbot, front_desk)
    front_desk.submit(sync_settings.set_sync_folder, tmp_path / "stick").result()
    with qtbot.waitSignal(a.loaded, timeout=5000):
        a.refresh()
    with qtbot.waitSignal(a.finished, timeout=10_000):
        a.export_button.click()
        assert a.is_busy() and a.share.currentWidget() is a.busy_page
        a.export()
        a.scan_folder()
    wait_tasks()
    assert len(list((tmp_path / "stick").iterdir())) == 1
    assert [line.direction for line in a.state.history] == ["out"]
    assert shown_errors == []


# ------------------------------------------------------------------ passphrase, other organisation

def test_a_passphrase_is_typed_twice_and_asked_for_on_import(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    join_directly(front_desk, canvass)
    a = make_screen(qtbot, front_desk)
    target = tmp_path / "secret.edsync"
    monkeypatch.setattr(sync_dialogs, "save_bundle", lambda parent, suggested: target)
    a.to_file.setChecked(True)
    a.passphrase.setFocus()
    type_text(qtbot, a.passphrase, "river stones")
    type_text(qtbot, a.passphrase_again, "river stone")
    a.export_button.click()
    assert a.passphrase_problem.isVisible() and "not the same" in a.passphrase_problem.text()
    assert not target.exists()
    assert "safe to remove" in export_to_file(qtbot, a, target, monkeypatch, passphrase="river stones")
    assert a.passphrase.text() == ""

    b = make_screen(qtbot, canvass)
    open_files(qtbot, b, [target], monkeypatch)
    assert b.preview.passphrase_row.isVisible() and focused() is b.preview.passphrase
    assert not b.preview.import_button.isEnabled()
    type_text(qtbot, b.preview.passphrase, "wrong")
    with qtbot.waitSignal(b.previewed, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)
    assert "passphrase is not right" in b.preview.entries[0].problem.text()
    type_text(qtbot, b.preview.passphrase, "river stones")
    with qtbot.waitSignal(b.previewed, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)
    assert not b.preview.passphrase_row.isVisible()
    assert b.preview.import_button.isEnabled()
    assert import_now(qtbot, b).startswith("Imported from Front desk")
    wait_tasks()
    assert shown_errors == []


def test_a_bundle_of_another_organisation_is_refused_unless_joined(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    canvass.submit(organisation.set_up, "Hillside Tenants", "Hillside laptop").result()
    target = tmp_path / "riverside.edsync"
    service.write_bundle(front_desk.submit(lambda s: service.export_bundle(s, full=True).data).result(), target)
    b = make_screen(qtbot, canvass)
    before = dump(canvass)
    open_files(qtbot, b, [target], monkeypatch)
    [entry] = b.preview.entries
    assert entry.checked.verdict is Verdict.OTHER_ORGANISATION
    assert entry.problem.text().startswith("This bundle belongs to another organisation (\"Riverside Neighbours")
    b.preview.accept_boxes[entry.checked.fingerprint].setChecked(True)
    assert not b.preview.import_button.isEnabled()  # accepting the laptop is not joining
    assert entry.join_box is not None and not entry.join_box.isChecked()
    with qtbot.waitSignal(b.finished, timeout=5000) as said:
        press(qtbot, Qt.Key.Key_Escape)
    assert said.args[0] == "Nothing was imported."
    assert dump(canvass) == before

    open_files(qtbot, b, [target], monkeypatch)
    [entry] = b.preview.entries
    b.preview.accept_boxes[entry.checked.fingerprint].setChecked(True)
    entry.join_box.setChecked(True)
    assert b.preview.import_button.isEnabled()
    assert import_now(qtbot, b).startswith("Imported from Front desk")
    wait_tasks()
    assert len(dump(canvass)["people"]) == PEOPLE
    assert shown_errors == []


# ------------------------------------------------------------------ the keyboard

def test_every_control_is_reached_with_tab_and_has_a_name(qtbot, front_desk, wait_tasks, shown_errors):
    screen = make_screen(qtbot, front_desk)
    screen.tabs.tabBar().setFocus()
    reached = []
    for _ in range(40):
        widget = focused()
        if widget in reached:
            break
        reached.append(widget)
        press(qtbot, Qt.Key.Key_Tab)
    for widget in (screen.folder_button, screen.export_for, screen.to_folder, screen.passphrase,
                   screen.passphrase_again, screen.export_button, screen.import_button):
        assert widget in reached, widget.objectName()
    for widget in reached:
        assert widget is screen.tabs.tabBar() or widget.accessibleName(), widget
    # Alt + the underlined letter reaches the other sections.
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert screen.tabs.currentIndex() == screen.CONFLICTS
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert screen.tabs.currentIndex() == screen.LAPTOPS
    wait_tasks()
    assert shown_errors == []


# ------------------------------------------------------------------ what it looks like

def test_screenshots_show_every_section_unclipped(
        qtbot, front_desk, canvass, tmp_path, monkeypatch, wait_tasks, shown_errors):
    """Renders the screen at 1280x800 inside the main window; ENGAGEDESK_SHOTS=DIR keeps the PNGs."""
    join_directly(front_desk, canvass)
    person_id = front_desk.submit(lambda s: service.dump(s)["people"][7]["id"]).result()
    front_desk.submit(lambda s: s.update("people", person_id, {"phone": "(555) 010-2233"})).result()
    time.sleep(0.005)
    canvass.submit(lambda s: s.update("people", person_id, {"phone": "(555) 010-9876"})).result()
    stick = tmp_path / "USB stick"
    front_desk.submit(sync_settings.set_sync_folder, stick).result()
    service.write_bundle(canvass.submit(lambda s: service.export_bundle(s, full=True).data).result(),
                         stick / "Canvass-laptop-2026-05-02-101500.edsync")
    front_desk.submit(lambda s: service.export_bundle(s, full=True)).result()

    window = main_window.MainWindow(front_desk, None)
    qtbot.addWidget(window)
    screen = SyncScreen(front_desk)
    placeholder = window.screens["sync"]
    index = window.stack.indexOf(placeholder)
    window.stack.removeWidget(placeholder)
    window.stack.insertWidget(index, screen)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.sidebar.setCurrentRow(index)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    out = Path(os.environ.get("ENGAGEDESK_SHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        QApplication.processEvents()
        assert window.grab().save(str(out / f"sync-{name}.png"))
        for label in screen.findChildren(QLabel) + screen.findChildren(QPushButton) + screen.findChildren(QCheckBox):
            if label.isVisible() and label.text() and not (isinstance(label, QLabel) and label.wordWrap()):
                assert label.width() >= label.sizeHint().width() - 2, f"{name}: clipped {label.text()!r}"

    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        screen.scan_folder()
    shoot("preview")
    screen.preview.accept_boxes[screen.preview.entries[0].checked.fingerprint].setChecked(True)
    with qtbot.waitSignal(screen.finished, timeout=10_000):
        screen.preview.import_button.click()
    wait_tasks()
    shoot("share")
    screen._begin_busy("Importing bundle 1 of 2: from “Canvass laptop”…",
                       "Canvass-laptop-2026-05-02-101500.edsync")
    screen._progressed(500, 1285)
    shoot("busy")
    screen._end_busy()
    for tab, name in ((screen.CONFLICTS, "conflicts"), (screen.HISTORY, "history"), (screen.LAPTOPS, "laptops")):
        screen.tabs.setCurrentIndex(tab)
        shoot(name)
    assert len(screen.state.conflicts) == 1 and len(screen.state.history) == 3 and len(screen.state.peers) == 1
    window.close()
    wait_tasks()
    assert shown_errors == []


def test_import_counts_read_right_for_1_and_for_more():
    from engagedesk.store.sync_rows import MergeReport
    from engagedesk.ui.sync_ops import counts_text

    assert counts_text(MergeReport(new=1, updated=1, conflicts=1, deletions=1, erasures=1)) == \
        "1 new, 1 updated, 1 conflict, 1 deletion, 1 erasure"
    assert counts_text(MergeReport(new=1_260, updated=3, conflicts=2)) == \
        "1,260 new, 3 updated, 2 conflicts, 0 deletions, 0 erasures"
