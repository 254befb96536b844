"""Likely duplicates and the side-by-side merge, driven by the keyboard."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from engagedesk.domain.models import Address, Meeting, Person
from engagedesk.services import duplicates, meetings, merge, people
from engagedesk.services.desk import Desk
from engagedesk.store import merge as merge_table
from engagedesk.ui import duplicates as duplicates_ui
from tests.gui.keys import show_active

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture
def town(worker) -> dict[str, str]:
    def adding(store) -> dict[str, str]:
        ana = people.add_person(store, Person(given_name="Ana", family_name="Ruiz", email="ana@example.org",
                                              notes="Brings her neighbour"),
                                Address(number="12", street="Calle Peña", postal_code="95001"))
        ana2 = people.add_person(store, Person(given_name="Ana María", family_name="Ruíz", phone="555-010-2000",
                                               email="ANA@example.org", pronouns="she/her", may_contact=True))
        maria = people.add_person(store, Person(given_name="María", family_name="García"), Address(postal_code="95001"))
        maria2 = people.add_person(store, Person(given_name="Maria", family_name="Garcia"), Address(postal_code="95001"))
        people.add_person(store, Person(given_name="Luis", family_name="Pérez"))
        tonight = meetings.create_meeting(store, Meeting(title="Parks", starts_at="2026-11-20T18:00"))
        Desk.open(store, tonight.id).check_in(ana2, now="2026-11-20T18:05")
        return {"ana": ana.id, "ana2": ana2.id, "maria": maria.id, "maria2": maria2.id}
    return worker.submit(adding).result()


def open_list(qtbot, worker) -> duplicates_ui.DuplicatesDialog:
    dialog = duplicates_ui.DuplicatesDialog(worker)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        dialog.scan()
    return dialog


def test_the_list_ranks_pairs_and_merges_one_by_keyboard(qtbot, worker, town, wait_tasks, shown_errors):
    dialog = open_list(qtbot, worker)
    pairs = [({p.person_a, p.person_b}, p.score) for p in dialog.model.pairs]
    assert pairs[0][0] == {town["ana"], town["ana2"]} and pairs[0][1] == 100
    assert {town["maria"], town["maria2"]} in [p for p, _ in pairs]
    assert dialog.status.text() == "Pairs that may be the same person: 2."
    assert dialog.table.hasFocus() and dialog.table.currentIndex().row() == 0
    assert dialog.model.data(dialog.model.index(0, 3)) == "same e-mail; similar name"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "dupes_list.png"))

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.merge_dialog is not None and dialog.merge_dialog.shown is not None, timeout=5000)
    view = dialog.merge_dialog
    show_active(qtbot, view)
    first, second = view.person_ids
    assert first == town["ana2"], "the record with more history (a check-in) stays"
    assert view.table.item(0, 1).text() == "1"
    # The first differing field has the focus; choose the second record's given name with Right.
    assert view.table.hasFocus()
    view.table.setCurrentCell(view.row_of("given_name"), 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    assert view.choices["given_name"] == 1
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)  # swap: the other record stays, the chosen values stay chosen
    qtbot.waitUntil(lambda: view.person_ids == (second, first) and view.swap_button.isEnabled(), timeout=5000)
    assert view.choices["given_name"] == 0 and view.table.item(0, 1).text() == "0"
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: view.person_ids == (first, second) and view.swap_button.isEnabled(), timeout=5000)
    qtbot.keyClick(view.table, Qt.Key.Key_Left)
    assert view.choices["given_name"] == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    assert view.choices["given_name"] == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Left)
    assert view.choices["given_name"] == 0
    qtbot.keyClick(view.table, Qt.Key.Key_2)
    assert view.choices["given_name"] == 1
    assert view.table.item(view.row_of("given_name"), 0).text().startswith("≠")
    assert view.table.item(view.row_of("language"), 0).text() == "Language", "same values are not marked"
    assert view.table.item(0, 0).text() == "Meetings attended"
    assert sorted(view.table.item(0, column).text() for column in (1, 2)) == ["0", "1"]
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # on a row of counts: nothing to choose
    assert view.choices["given_name"] == 1
    view.table.setCurrentCell(view.row_of("given_name"), 2)
    view.grab().save(str(SHOTS / "dupes_merge.png"))

    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)
    assert view.pages.currentIndex() == 1 and view.confirm_button.hasFocus()
    view.grab().save(str(SHOTS / "dupes_confirm.png"))
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # go back: nothing merged
    assert view.pages.currentIndex() == 0 and view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)
    with qtbot.waitSignal(view.merged, timeout=5000):
        qtbot.keyClick(view.confirm_button, Qt.Key.Key_Return)
    wait_tasks()
    assert shown_errors == []

    survivor = worker.submit(people.get_person, first).result()
    other = worker.submit(people.get_person, second).result()
    assert other is None
    assert survivor.given_name == "Ana"  # the second record's, as chosen
    assert worker.submit(merge.survivor_of, second).result() == first
    assert worker.submit(merge_table.person_counts, first).result()["meetings"] == 1
    assert len(dialog.model.pairs) == 1 and dialog.status.text() == "One pair may be the same person."

    show_active(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: dialog.history_dialog is not None, timeout=3000)
    history = dialog.history_dialog
    qtbot.waitUntil(lambda: history.table.rowCount() == 1 and history.table.item(0, 3) is not None, timeout=5000)
    assert history.table.item(0, 2).text() == survivor.display_name
    assert history.table.item(0, 3).text() == "nothing", "the record with the check-in stayed"
    history.grab().save(str(SHOTS / "dupes_history.png"))


def test_not_the_same_person_is_remembered(qtbot, worker, town, wait_tasks, shown_errors):
    dialog = open_list(qtbot, worker)
    row = next(n for n, p in enumerate(dialog.model.pairs) if town["maria"] in (p.person_a, p.person_b))
    dialog.table.selectRow(row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_N)
    wait_tasks()
    assert len(dialog.model.pairs) == 1
    assert worker.submit(duplicates.find_duplicates).result()[0].person_a in (town["ana"], town["ana2"])
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert len(dialog.model.pairs) == 1, "a dismissed pair does not come back"
    assert shown_errors == []


def test_the_merge_view_says_not_the_same(qtbot, worker, town, wait_tasks):
    view = duplicates_ui.open_merge(None, worker, town["maria"], town["maria2"])
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=5000)
    show_active(qtbot, view)
    with qtbot.waitSignal(view.dismissed, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    wait_tasks()
    assert worker.submit(duplicates.find_duplicates).result()[0].person_a in (town["ana"], town["ana2"])
    assert len(worker.submit(duplicates.find_duplicates).result()) == 1


def test_a_scan_can_be_cancelled_and_changes_nothing(qtbot, worker, town, monkeypatch, wait_tasks):
    release = threading.Event()
    real = duplicates.find_duplicates

    def slow(store, progress=None, cancelled=None):
        release.wait(5)
        return real(store, progress, cancelled)

    monkeypatch.setattr(duplicates, "find_duplicates", slow)
    dialog = duplicates_ui.DuplicatesDialog(worker)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.scan()
    qtbot.waitUntil(lambda: dialog.cancel_button.isVisible(), timeout=3000)
    assert dialog.cancel_button.hasFocus()
    with qtbot.waitSignal(dialog.scanned, timeout=10_000) as ended:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        release.set()
    assert ended.args == [-1]
    assert dialog.status.text() == "Scan cancelled. Nothing was changed."
    assert dialog.isVisible(), "Esc during a scan cancels the scan, not the window"
    wait_tasks()


@pytest.mark.parametrize("size", [(1024, 700)])
def test_screenshots_at_a_small_screen(qtbot, worker, town, size, wait_tasks):
    from engagedesk.ui import appearance

    dialog = duplicates_ui.DuplicatesDialog(worker)
    dialog.setStyleSheet(appearance.style_sheet() + duplicates_ui.DUPLICATES_STYLE)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    show_active(qtbot, dialog)
    with qtbot.waitSignal(dialog.scanned, timeout=10_000):
        dialog.scan()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "dupes_list_1024.png"))
    view = duplicates_ui.MergeDialog(worker, town["ana"], town["ana2"])
    view.setStyleSheet(appearance.style_sheet() + duplicates_ui.DUPLICATES_STYLE)
    qtbot.addWidget(view)
    view.resize(*size)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=5000)
    show_active(qtbot, view)
    view.grab().save(str(SHOTS / "dupes_merge_1024.png"))
    wait_tasks()
