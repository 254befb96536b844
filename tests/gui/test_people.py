"""The People screen, driven by the keyboard: the roster, search, the person form, history."""

from __future__ import annotations

import asyncio
import threading
import time
from array import array
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit, QListWidget, QPlainTextEdit,
    QTableView,
)

from engagedesk.domain.models import Address, Meeting, Person
from engagedesk.services import demo, meetings, people, roster
from engagedesk.services.desk import Desk
from engagedesk.ui import people as people_ui
from engagedesk.ui.people import PeopleScreen, PersonRole, RosterModel
from engagedesk.ui.tasks import run_task
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def roster_people(worker) -> dict[str, Person]:
    def adding(store) -> dict[str, Person]:
        return {
            "jose": people.add_person(store, Person(given_name="José", family_name="García",
                                                    email="jose.garcia@example.org", phone="(555) 010-0134",
                                                    language="es", may_contact=True),
                                      Address(number="12", street="Calle Peña", postal_code="95001")),
            "joseph": people.add_person(store, Person(given_name="Joseph", family_name="Brown")),
            "dee": people.add_person(store, Person(given_name="Dee", family_name="Adams", do_not_contact=True,
                                                   do_not_contact_reason="Asked at the door")),
            "thao": people.add_person(store, Person(given_name="Thảo", family_name="Nguyễn")),
        }
    return worker.submit(adding).result()


def settle(qtbot, screen: PeopleScreen) -> None:
    """Wait until every search, page and save asked for has come back."""
    from engagedesk.ui import tasks
    qtbot.waitUntil(lambda: tasks.pending() == 0 and screen.model.is_idle(), timeout=5000)


def make_screen(qtbot, worker) -> PeopleScreen:
    screen = PeopleScreen(worker)
    qtbot.addWidget(screen)
    screen.resize(1050, 760)
    with qtbot.waitActive(screen):  # shortcuts reach only the active window
        screen.show()
        screen.activateWindow()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    screen.search.setFocus()
    return screen


def names(qtbot, screen: PeopleScreen) -> list[str]:
    """The Name column as shown, once the people of its rows are in."""
    model = screen.model
    qtbot.waitUntil(lambda: all(model.is_loaded(row) or model.person(row) for row in range(model.rowCount())),
                    timeout=5000)
    return [model.data(model.index(row, RosterModel.NAME)) for row in range(model.rowCount())]


def row_text(qtbot, screen: PeopleScreen, row: int) -> list[str]:
    """A row as shown, once its people are in (asking for it fetches its page)."""
    model = screen.model
    qtbot.waitUntil(lambda: model.person(row) is not None, timeout=5000)
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_here(qtbot, text: str) -> None:
    type_text(qtbot, focused(), text)


def today_utc() -> str:
    return datetime.now(timezone.utc).date().isoformat()


# ------------------------------------------------------------------ the list


def test_lists_the_roster_in_order_with_a_count(qtbot, worker, roster_people, wait_tasks, shown_errors):
    screen = make_screen(qtbot, worker)
    assert names(qtbot, screen) == ["Adams, Dee", "Brown, Joseph", "García, José", "Nguyễn, Thảo"]
    assert screen.count_label.text() == "4 people"
    assert [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "E-mail", "Phone", "Language", "Contact"]
    assert row_text(qtbot, screen, 2) == ["García, José", "jose.garcia@example.org", "(555) 010-0134", "Spanish",
                                   "OK to contact"]
    assert row_text(qtbot, screen, 1)[4] == "—"
    wait_tasks()
    assert shown_errors == []


def test_do_not_contact_rows_are_marked(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    names(qtbot, screen)
    model = screen.model
    dee, joseph = model.index(0, RosterModel.CONTACT), model.index(1, RosterModel.CONTACT)
    assert model.data(dee) == "Do not contact"
    assert isinstance(model.data(dee, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.data(dee, Qt.ItemDataRole.FontRole).bold()
    assert "Asked at the door" in model.data(dee, Qt.ItemDataRole.ToolTipRole)
    assert model.data(joseph, Qt.ItemDataRole.BackgroundRole) is None
    wait_tasks()


def test_an_empty_roster_says_how_to_start(qtbot, worker, wait_tasks):
    screen = make_screen(qtbot, worker)
    assert screen.count_label.text() == "0 people"
    assert "Ctrl+N" in screen.hint.text() and screen.hint.isVisible()
    wait_tasks()


# ------------------------------------------------------------------ search


def test_search_jose_finds_josé_and_counts(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    type_here(qtbot, "jose")
    settle(qtbot, screen)
    assert names(qtbot, screen) == ["Brown, Joseph", "García, José"]
    assert screen.count_label.text() == "2 found"
    for typed, expected in (("NGUYÊN", ["Nguyễn, Thảo"]), ("0134", ["García, José"]), ("pena", ["García, José"]),
                            ("jose.garcia@", ["García, José"]), ("zzz", [])):
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_here(qtbot, typed)
        settle(qtbot, screen)
        assert names(qtbot, screen) == expected, typed
    assert screen.count_label.text() == "0 found" and "Nobody found" in screen.hint.text()
    press(qtbot, Qt.Key.Key_Escape)  # clears the search: the whole roster again
    settle(qtbot, screen)
    assert screen.count_label.text() == "4 people" and len(names(qtbot, screen)) == 4
    wait_tasks()


def test_the_latest_typing_wins_and_overtaken_searches_never_run(qtbot, worker, roster_people, monkeypatch,
                                                                 wait_tasks):
    screen = make_screen(qtbot, worker)
    ran: list[str] = []
    real = roster.search_ids
    monkeypatch.setattr(roster, "search_ids", lambda store, text: ran.append(text) or real(store, text))
    gate = threading.Event()
    worker.call(gate.wait, 5)  # the store thread is busy while the user types
    type_here(qtbot, "thao")
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Backspace)
    type_here(qtbot, "jose")
    gate.set()
    settle(qtbot, screen)
    assert ran == ["jose"]
    assert names(qtbot, screen) == ["Brown, Joseph", "García, José"]
    wait_tasks()


def test_letters_typed_in_the_list_go_to_the_search(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.table
    press(qtbot, Qt.Key.Key_N)
    assert focused() is screen.search and screen.search.text() == "n"
    settle(qtbot, screen)
    assert names(qtbot, screen) == ["Nguyễn, Thảo"]
    wait_tasks()


# ------------------------------------------------------------------ adding


def test_add_a_person_with_ctrl_n_by_keyboard(qtbot, worker, roster_people, wait_tasks, shown_errors):
    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert screen.pages.currentWidget() is screen._form_page and screen.form.heading.text() == "New person"
    assert focused() is screen.form.fields["given_name"]
    type_here(qtbot, "Zoë")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Okafor")
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.form.fields["email"]
    type_here(qtbot, "zoe@example.org")
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # S&treet
    assert focused() is screen.form.fields["street"]
    type_here(qtbot, "Elm Street")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # OK to contact them &about ...
    qtbot.waitUntil(screen.form.flags["may_contact"].isChecked)  # a mnemonic clicks after a flash
    with qtbot.waitSignal(screen.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, screen)
    file = saved.args[0]
    assert (file.person.display_name, file.person.email, file.address.street) == ("Zoë Okafor", "zoe@example.org",
                                                                                 "Elm Street")
    assert screen.pages.currentIndex() == 0 and screen.count_label.text() == "5 people"
    current = screen.table.currentIndex().row()
    assert row_text(qtbot, screen, current)[:2] == ["Okafor, Zoë", "zoe@example.org"]
    assert row_text(qtbot, screen, current)[4] == "OK to contact"
    assert "Saved Zoë Okafor" in screen.feedback.text()
    assert shown_errors == []
    wait_tasks()


def test_a_problem_shows_next_to_its_field_and_nothing_typed_is_lost(qtbot, worker, roster_people, wait_tasks,
                                                                      shown_errors):
    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_here(qtbot, "Ana")
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # E-&mail
    type_here(qtbot, "ana@nowhere")
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Cit&y, without a street or postal code
    type_here(qtbot, "Riverside")
    press(qtbot, Qt.Key.Key_S, CTRL)
    form = screen.form
    qtbot.waitUntil(lambda: form.problems["email"].isVisible(), timeout=5000)
    assert "name@example.org" in form.problems["email"].text()
    assert form.problems["street"].isVisible() and "street or a postal code" in form.problems["street"].text()
    assert not form.problems["given_name"].isVisible()
    assert focused() is form.fields["email"]  # the first field to fix
    assert form.values()["given_name"] == "Ana" and form.values()["email"] == "ana@nowhere"
    assert "nothing was saved" in form.status.text()

    press(qtbot, Qt.Key.Key_Escape)  # asks nothing, keeps the draft
    assert screen.pages.currentIndex() == 0
    assert screen.drafts_label.isVisible() and "Ana" in screen.drafts_label.text()
    assert screen.unsaved_drafts() == 1
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert form.values()["email"] == "ana@nowhere" and form.values()["city"] == "Riverside"
    assert "unsaved changes from before" in form.status.text()

    form.discard_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert screen.pages.currentIndex() == 0 and not screen.drafts_label.isVisible()
    assert screen.unsaved_drafts() == 0
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert form.values()["given_name"] == "" and form.values()["email"] == ""
    wait_tasks()
    assert worker.submit(people.count_people).result() == 4
    assert shown_errors == []


# ------------------------------------------------------------------ editing


def test_edit_a_person_and_see_the_change_in_the_list(qtbot, worker, roster_people, wait_tasks, shown_errors):
    screen = make_screen(qtbot, worker)
    type_here(qtbot, "josé gar")
    settle(qtbot, screen)
    assert names(qtbot, screen) == ["García, José"]
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    form = screen.form
    assert form.heading.text() == "Edit: José García"
    assert form.values()["street"] == "Calle Peña" and form.values()["number"] == "12"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.fields["family_name"]
    press(qtbot, Qt.Key.Key_End)
    type_here(qtbot, " López")
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, "Avenida Juárez")
    with qtbot.waitSignal(screen.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, screen)
    assert screen.pages.currentIndex() == 0
    # Still searching "josé gar": the edited person is in the list, chosen, with the new name.
    assert names(qtbot, screen) == ["García López, José"]
    assert screen.model.data(screen.table.currentIndex(), PersonRole).family_name == "García López"
    file = worker.submit(roster.person_file, roster_people["jose"].id).result()
    assert file.address.street == "Avenida Juárez" and file.address.id == roster_people["jose"].address_id
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, "juarez")
    settle(qtbot, screen)
    assert names(qtbot, screen) == ["García López, José"]
    assert shown_errors == []
    wait_tasks()


def test_mark_do_not_contact_by_keyboard(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    type_here(qtbot, "joseph")
    settle(qtbot, screen)
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    form = screen.form
    assert not form.fields["do_not_contact_reason"].isEnabled()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Do not contact
    qtbot.waitUntil(form.flags["do_not_contact"].isChecked)
    assert not form.flags["may_contact"].isEnabled() and form.fields["do_not_contact_reason"].isEnabled()
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # R&eason they gave
    assert focused() is form.fields["do_not_contact_reason"]
    type_here(qtbot, "Moved away, asked us to stop")
    with qtbot.waitSignal(screen.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, screen)
    person = saved.args[0].person
    assert person.do_not_contact and person.do_not_contact_since == today_utc()
    assert row_text(qtbot, screen, screen.table.currentIndex().row())[4] == "Do not contact"
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    assert today_utc() in form.since.text()
    wait_tasks()


def test_esc_keeps_an_edit_and_opening_them_again_brings_it_back(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.table
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)  # Brown, Joseph
    type_here(qtbot, "-Paul")
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is screen.table and screen.unsaved_drafts() == 1
    press(qtbot, Qt.Key.Key_Up)
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)  # Adams, Dee: her own form, untouched
    assert screen.form.values()["given_name"] == "Dee"
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    assert screen.form.values()["given_name"] == "Joseph-Paul"
    wait_tasks()


def test_the_history_is_shown_beside_the_form(qtbot, worker, roster_people, wait_tasks):
    def attend(store) -> None:
        meeting = meetings.create_meeting(store, Meeting(title="Riverside Town Hall #1", starts_at="2026-10-01 18:30",
                                                         series="Riverside Town Hall"))
        Desk.open(store, meeting.id).check_in(roster_people["jose"])

    worker.submit(attend).result()
    screen = make_screen(qtbot, worker)
    type_here(qtbot, "garcia")
    settle(qtbot, screen)
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    history = screen.form.history
    assert history.isVisible()
    assert history.lines.count() == 1
    assert "Riverside Town Hall #1" in history.lines.item(0).text()
    assert history.summary.text().startswith("1 meeting")
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert history.lines.count() == 0 and "no history" in history.summary.text()
    wait_tasks()


def test_someone_deleted_meanwhile_is_explained(qtbot, worker, roster_people, wait_tasks, shown_errors):
    screen = make_screen(qtbot, worker)
    names(qtbot, screen)
    worker.submit(lambda store: store.delete("people", roster_people["dee"].id)).result()
    press(qtbot, Qt.Key.Key_Return)  # Dee is the first row
    qtbot.waitUntil(lambda: "no longer on the roster" in screen.feedback.text(), timeout=5000)
    settle(qtbot, screen)
    assert screen.count_label.text() == "3 people" and screen.pages.currentIndex() == 0
    assert shown_errors == []
    wait_tasks()


# ------------------------------------------------------------------ the lazy model


def test_the_model_passes_qts_model_tester(qtbot, worker, qtmodeltester, wait_tasks):
    worker.submit(demo.make_demo, people=450, seed=5).result()
    screen = make_screen(qtbot, worker)
    qtmodeltester.check(screen.model)
    settle(qtbot, screen)
    screen.search.setText("jo")
    settle(qtbot, screen)
    qtmodeltester.check(screen.model)
    settle(qtbot, screen)
    wait_tasks()


def test_people_are_fetched_a_page_at_a_time_as_the_list_scrolls(qtbot, worker, monkeypatch, wait_tasks):
    worker.submit(demo.make_demo, people=650, seed=5).result()
    asked: list[int] = []
    real = roster.people_page
    monkeypatch.setattr(roster, "people_page", lambda store, rowids: asked.append(len(rowids)) or real(store, rowids))
    screen = make_screen(qtbot, worker)
    qtbot.waitUntil(lambda: screen.model.is_loaded(0))
    settle(qtbot, screen)
    assert asked == [200] and not screen.model.is_loaded(649)
    screen.table.setFocus()
    press(qtbot, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: screen.model.is_loaded(649), timeout=5000)
    settle(qtbot, screen)
    assert asked[-1] == 50 and len(asked) <= 3  # the last page, and at most the one above it
    assert screen.model.data(screen.model.index(649, 0)) != "…"
    wait_tasks()


def test_a_million_rows_scroll_without_loading_them(qtbot, loop, wait_tasks):
    """The model over a million ids, with a fake page loader: only pages on screen are asked for."""
    asked: list[list[int]] = []

    async def load(rowids: list[int]) -> dict[int, Person]:
        asked.append(rowids)
        return {rowid: Person(given_name=f"Given{rowid}", family_name=f"Family{rowid}") for rowid in rowids}

    view = QTableView()
    qtbot.addWidget(view)
    model = RosterModel(load, lambda coroutine: run_task(view, coroutine), view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    started = time.perf_counter()
    model.set_ids(array("q", range(1, 1_000_001)))
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_loaded(999_999), timeout=5000)
    view.scrollTo(model.index(500_000, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: model.is_loaded(500_000), timeout=5000)
    assert time.perf_counter() - started < 2
    assert model.data(model.index(500_000, 0)) == "Family500001, Given500001"
    assert all(len(page) <= people_ui.PAGE_SIZE for page in asked) and len(asked) <= 6
    wait_tasks()


def test_the_model_keeps_only_so_many_pages(qtbot, loop, wait_tasks, monkeypatch):
    monkeypatch.setattr(people_ui, "MAX_CACHED_PAGES", 3)

    async def load(rowids: list[int]) -> dict[int, Person]:
        return {rowid: Person(given_name=str(rowid)) for rowid in rowids}

    model = RosterModel(load, lambda coroutine: run_task(None, coroutine))
    model.set_ids(array("q", range(1, 2001)))
    for row in range(0, 2000, 200):
        model.person(row)
        qtbot.waitUntil(lambda row=row: model.is_loaded(row), timeout=5000)
    assert sum(model.is_loaded(row) for row in range(0, 2000, 200)) == 3
    wait_tasks()


def test_a_page_asked_for_again_after_the_rows_change_still_comes(qtbot, loop, wait_tasks):
    """A page on its way when the rows are replaced (a refresh) is thrown away and fetched again."""
    loads: list[list[int]] = []
    gate = asyncio.Event()

    async def load(rowids: list[int]) -> dict[int, Person]:
        loads.append(rowids)
        await gate.wait()
        return {rowid: Person(given_name=f"{rowid} of {len(loads)}") for rowid in rowids}

    model = RosterModel(load, lambda coroutine: run_task(None, coroutine))
    model.set_ids(array("q", range(1, 301)))
    assert model.person(0) is None  # asked for
    qtbot.waitUntil(lambda: len(loads) == 1)
    model.set_ids(array("q", range(1, 301)))  # the same rows, loaded again, while the page is on its way
    assert model.person(0) is None  # asked for again
    gate.set()
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=5000)
    assert model.person(0).given_name == "1 of 2"
    wait_tasks()


# ------------------------------------------------------------------ keyboard and accessibility


def test_every_control_has_an_accessible_name(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_N, CTRL)
    kinds = (QLineEdit, QAbstractButton, QComboBox, QPlainTextEdit, QTableView, QListWidget)
    controls = [w for kind in kinds for w in screen.findChildren(kind)]
    assert len(controls) > 20
    unnamed = [w.objectName() or type(w).__name__ for w in controls
               if not w.accessibleName() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert unnamed == []
    wait_tasks()


def test_tab_walks_the_form_in_reading_order(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = screen.form
    seen = [focused()]
    for _ in range(21):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    expected = [form.fields[name] for name in ("given_name", "family_name", "preferred_name", "pronouns", "email",
                                               "phone")]
    expected += [form.language, *(form.fields[name] for name in ("number", "street", "unit", "city", "postal_code"))]
    expected += [form.flags["may_contact"], form.flags["do_not_contact"], form.flags["photo_consent"],
                 form.flags["quote_consent"], form.notes, form.save_button, form.discard_button, form.back_button]
    assert [w.objectName() or w.accessibleName() for w in seen[:len(expected)]] == [
        w.objectName() or w.accessibleName() for w in expected]
    wait_tasks()


def test_do_not_contact_gives_back_ok_to_contact_when_unticked(qtbot, worker, roster_people, wait_tasks):
    screen = make_screen(qtbot, worker)
    type_here(qtbot, "jose gar")
    settle(qtbot, screen)
    with qtbot.waitSignal(screen.form_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    flags = screen.form.flags
    assert flags["may_contact"].isChecked()
    flags["do_not_contact"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert flags["do_not_contact"].isChecked() and not flags["may_contact"].isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert not flags["do_not_contact"].isChecked() and flags["may_contact"].isChecked()
    assert not screen.form.is_dirty()
    wait_tasks()


def test_import_export_and_duplicates_open_from_the_roster_by_keyboard(qtbot, worker, roster_people, wait_tasks,
                                                                      shown_errors):
    from engagedesk.domain.models import Person as PersonRecord
    from engagedesk.services import people as people_service
    from engagedesk.ui.duplicates import DuplicatesDialog
    from engagedesk.ui.export_dialog import ExportDialog
    from engagedesk.ui.import_people import ImportPeopleDialog

    screen = make_screen(qtbot, worker)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, ImportPeopleDialog)
    screen.dialog.close()
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, ExportDialog)
    screen.dialog.close()
    # A merge made in the duplicates window shows in the roster at once.
    twin = worker.submit(people_service.add_person, PersonRecord(
        given_name=roster_people["jose"].given_name, family_name=roster_people["jose"].family_name,
        email=roster_people["jose"].email)).result()
    screen.search.setFocus()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = screen.dialog
    assert isinstance(dialog, DuplicatesDialog)
    screen.refresh()
    settle(qtbot, screen)
    assert names(qtbot, screen).count("García, José") == 2
    from engagedesk.services import merge

    worker.submit(merge.merge_people, roster_people["jose"].id, twin.id).result()
    dialog.merged.emit(roster_people["jose"].id, twin.id)
    wait_tasks()
    settle(qtbot, screen)
    assert names(qtbot, screen).count("García, José") == 1
    dialog.close()
    assert shown_errors == []
