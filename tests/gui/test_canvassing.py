"""Walking a turf by keyboard, as a canvasser would, and the results checked against the data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from engagedesk.domain.models import Person, Question, QuestionKind
from engagedesk.services import canvassing as cv
from engagedesk.store import canvassing as table
from engagedesk.store.people import insert_person
from engagedesk.ui.canvassing import CanvassingScreen

CSV = "number,street\n" + "".join(f"{n},Elm Street\n" for n in (1, 2, 3, 4, 5, 6))


def setting_up(store):
    campaign = cv.create_campaign(store, "Spring survey", script="- Say hello\n- Ask about parks")
    yes = Question(campaign_id=campaign.id, position=0, kind=QuestionKind.YES_NO, prompt="Been to a meeting?")
    questions = [
        yes,
        Question(campaign_id=campaign.id, position=1, kind=QuestionKind.SINGLE_CHOICE, prompt="Fix first?",
                 options=("Parks", "Housing", "Traffic")),
        Question(campaign_id=campaign.id, position=2, kind=QuestionKind.MULTIPLE_CHOICE, prompt="Languages?",
                 options=("English", "Spanish", "Other")),
        Question(campaign_id=campaign.id, position=3, kind=QuestionKind.SCALE, prompt="Safe? (1-5)"),
        Question(campaign_id=campaign.id, position=4, kind=QuestionKind.FREE_TEXT, prompt="Tell the mayor",
                 ask_if_question_id=yes.id, ask_if_answer="yes"),
    ]
    questions = list(cv.save_campaign(store, campaign, questions).questions)
    report = cv.import_addresses(store, CSV.encode())
    turf = cv.make_turfs(store, campaign.id, "street", report.address_ids, canvasser="Dana")[0][0]
    by_number = {a.number: a.id for a in table.addresses_by_ids(store, report.address_ids)}
    insert_person(store, Person(given_name="Sam", family_name="Quiet", address_id=by_number["3"], do_not_contact=True))
    return campaign, questions, turf, by_number


@pytest.fixture
def screen(qtbot, worker, wait_tasks):
    made = worker.submit(setting_up).result()
    view = CanvassingScreen(worker)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.refresh()
    wait_tasks()
    view.made = made
    return view


def keys(qtbot, widget, *pressed):
    for key in pressed:
        qtbot.keyClick(widget, key)


def test_walk_a_turf_by_keyboard_then_check_the_results(qtbot, screen, worker, wait_tasks, shown_errors):
    campaign, questions, turf, by_number = screen.made
    assert screen.editor.name.text() == "Spring survey"
    assert screen.editor.question_list.count() == 5
    screen.tabs.setCurrentIndex(1)
    screen.walk_turf()
    wait_tasks()
    door = screen.door
    assert screen.pages.currentWidget() is door
    assert "Say hello" in door.script.text()
    # walking order: 1, 3, 5 (odd side), then 2, 4, 6; door 3's only resident asked not to be contacted
    assert [d.address.number for d in door.walk.doors] == ["1", "3", "5", "2", "4", "6"]
    assert door.doors.item(1).text().endswith("do not contact")
    assert door.current.address.number == "1" and door.doors.currentRow() == 0

    # "not home" in one key: stored, and the next door (5: 3 is skipped) is up
    with qtbot.waitSignal(door.logged, timeout=5000) as logged:
        qtbot.keyClick(door, Qt.Key.Key_2)
    assert logged.args[0].outcome == "not home"
    assert door.current.address.number == "5" and door.doors.currentRow() == 2

    # contacted, every kind of question, the condition met: yes -> "Tell the mayor" is asked
    # (multiple choice: 1 and 2 on, 3 on then off again, Enter goes on)
    keys(qtbot, door, Qt.Key.Key_1, Qt.Key.Key_Y, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3,
         Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_4)
    assert door.stage == "question" and door.free_text.isVisible() and door.free_text.hasFocus()
    qtbot.keyClicks(door.free_text, "More trees")
    qtbot.keyClick(door.free_text, Qt.Key.Key_Return)
    assert door.stage == "finish" and door.note.hasFocus()
    qtbot.keyClicks(door.note, "Big dog")
    qtbot.keyClick(door.note, Qt.Key.Key_Tab)
    qtbot.keyClicks(door.resident, "Ana Lopez")
    with qtbot.waitSignal(door.logged, timeout=5000) as logged:
        qtbot.keyClick(door.resident, Qt.Key.Key_Return)
    contacted = logged.args[0]
    assert door.current.address.number == "2"

    # contacted, condition not met: "no" skips "Tell the mayor"; Space skips a question
    keys(qtbot, door, Qt.Key.Key_1, Qt.Key.Key_N, Qt.Key.Key_3, Qt.Key.Key_Space, Qt.Key.Key_5)
    assert door.stage == "finish"
    with qtbot.waitSignal(door.logged, timeout=5000) as logged:
        qtbot.keyClick(door.note, Qt.Key.Key_Return)
    skipped = logged.args[0]
    # refused, then the walk goes on to 6
    with qtbot.waitSignal(door.logged, timeout=5000):
        qtbot.keyClick(door, Qt.Key.Key_3)
    assert door.current.address.number == "6"
    wait_tasks()
    assert shown_errors == []
    # Back to door 5 (Left moves without logging): Ana, met there, is listed without reopening the walk.
    keys(qtbot, door, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert door.current.address.number == "5" and "Ana Lopez" in door.residents.text()

    def answers(knock):
        return {r.question_id: r.answer for r in worker.submit(table.knock_responses, knock.id).result()}

    yes, choice, multi, scale, text = questions
    assert answers(contacted) == {yes.id: "yes", choice.id: "Housing", multi.id: "English|Spanish",
                                  scale.id: "4", text.id: "More trees"}
    assert answers(skipped) == {yes.id: "no", choice.id: "Traffic", scale.id: "5"}
    assert contacted.note == "Big dog" and contacted.canvasser == "Dana"
    walk = worker.submit(cv.walk_list, turf.id).result()
    assert [p.display_name for p in walk.doors[2].residents] == ["Ana Lopez"]

    # Esc leaves the walk; the results tab shows the figures of what was just logged
    qtbot.keyClick(door, Qt.Key.Key_Escape)
    wait_tasks()
    assert screen.pages.currentIndex() == 0
    screen.tabs.setCurrentIndex(2)
    wait_tasks()
    panel = screen.results
    found = panel.results
    assert (found.doors, found.knocked, found.contacted, found.knocks, found.doors_left) == (6, 4, 2, 4, 1)
    assert panel.figures["knocked"].text() == "4"
    assert panel.figures["contact_rate"].text() == "50%"
    assert panel.figures["doors_left"].text() == "1"
    assert panel.figures["do_not_contact"].text() == "1"
    charts = {chart.title.split("  —")[0]: dict(chart.rows) for chart in panel.charts}
    assert charts["Outcomes (knocks)"]["contacted"] == 2 and charts["Outcomes (knocks)"]["not home"] == 1
    assert charts["Outcomes (knocks)"]["refused"] == 1
    assert charts["Languages?"] == {"English": 1, "Spanish": 1, "Other": 0}
    assert charts["Safe? (1-5)"] == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1}
    assert charts["Knocks per canvasser"] == {"Dana": 4}
    titles = [chart.title for chart in panel.charts]
    assert "Languages?  — 1 answered" in titles
    assert panel.progress.text() == "Dana: 4 of 6 doors of their turfs knocked, 4 knocks, 2 contacts"


def test_the_editor_saves_questions_of_every_kind_with_a_condition(qtbot, screen, worker, wait_tasks, shown_errors):
    editor = screen.editor
    screen.new_campaign()
    qtbot.keyClicks(editor.name, "Tenants")
    editor.outcomes.setPlainText("talked\nnot home\nrefused")
    for kind, prompt, options in ((0, "Renting?", ""), (1, "Landlord?", "Private\nCity"),
                                  (2, "Problems?", "Heat\nMould\nRepairs"), (3, "Safe?", ""), (4, "Story", "")):
        editor.add_question()
        editor.kind.setCurrentIndex(kind)
        qtbot.keyClicks(editor.prompt, prompt)
        editor.options.setPlainText(options)
    editor.ask_if.setCurrentIndex(1)
    qtbot.keyClicks(editor.ask_answer, "yes")
    with qtbot.waitSignal(screen.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    detail = saved.args[0]
    assert detail.campaign.outcomes == ("talked", "not home", "refused")
    assert [(q.kind.value, q.prompt) for q in detail.questions] == [
        ("yes_no", "Renting?"), ("single_choice", "Landlord?"), ("multiple_choice", "Problems?"),
        ("scale", "Safe?"), ("free_text", "Story")]
    assert detail.questions[4].ask_if_question_id == detail.questions[0].id
    assert detail.questions[2].options == ("Heat", "Mould", "Repairs")
    assert shown_errors == []
    # a choice that is not an answer is refused with a message, and nothing changes
    editor.question_list.setCurrentRow(4)
    assert editor.ask_answer.text() == "yes"
    editor.ask_answer.clear()
    qtbot.keyClicks(editor.ask_answer, "maybe")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_tasks()
    assert shown_errors and "“maybe” is not an answer" in shown_errors[0][1]


def import_file(tmp_path, rows: int):
    path = tmp_path / "doors.csv"
    path.write_text("number,street,postal code\n" + "".join(f"{n},Birch Road,{95100 + n % 7}\n"
                                                            for n in range(1, rows + 1)))
    return path


def test_importing_addresses_shows_progress_then_the_report(qtbot, screen, worker, wait_tasks, monkeypatch,
                                                            tmp_path, shown_errors):
    import engagedesk.ui.canvassing as screen_module

    monkeypatch.setattr(cv, "IMPORT_CHUNK", 200)
    monkeypatch.setattr(screen_module, "choose_csv", lambda parent: str(import_file(tmp_path, 1_500)))
    seen = []
    screen.import_progress.connect(lambda done, total: seen.append((done, total, screen.import_bar.isVisible())))
    before = worker.submit(lambda store: store.count("addresses")).result()
    screen.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(screen.imported, timeout=10_000):
        screen.import_button.click()
    wait_tasks()
    assert seen and seen[-1][:2] == (3_000, 3_000) and all(shown for *_, shown in seen)
    assert not screen.import_bar.isVisible() and not screen.import_cancel.isVisible()
    assert "1,500" in screen.feedback.text() or "1500" in screen.feedback.text()
    assert worker.submit(lambda store: store.count("addresses")).result() == before + 1_500
    assert shown_errors == []


def test_cancel_during_an_import_changes_nothing(qtbot, screen, worker, wait_tasks, monkeypatch, tmp_path,
                                                 shown_errors):
    import threading

    import engagedesk.ui.canvassing as screen_module
    from PySide6.QtCore import Qt as QtCore_Qt

    monkeypatch.setattr(cv, "IMPORT_CHUNK", 200)
    monkeypatch.setattr(screen_module, "choose_csv", lambda parent: str(import_file(tmp_path, 3_000)))
    gate = threading.Event()
    # Hold the store thread at the first progress report until Cancel has been pressed.
    screen.import_progress.connect(lambda done, total: gate.wait(10), QtCore_Qt.ConnectionType.DirectConnection)
    before = worker.submit(lambda store: store.count("addresses")).result()
    screen.tabs.setCurrentIndex(1)
    screen.import_button.click()
    qtbot.waitUntil(lambda: screen.import_cancel.isVisible(), timeout=5000)
    assert screen.import_cancel.hasFocus()
    qtbot.keyClick(screen.import_cancel, Qt.Key.Key_Space)
    gate.set()
    qtbot.waitUntil(lambda: not screen.import_cancel.isVisible(), timeout=10_000)
    wait_tasks()
    assert "nothing was changed" in screen.feedback.text()
    assert worker.submit(lambda store: store.count("addresses")).result() == before
    assert shown_errors == [] and screen.import_button.isEnabled()


def test_a_turf_picked_by_hand_by_keyboard(qtbot, screen, worker, wait_tasks, shown_errors):
    from engagedesk.ui.canvass_turf_picker import TurfPicker

    from .keys import type_text

    campaign, _questions, _turf, by_number = screen.made
    worker.submit(cv.import_addresses, b"number,street\n10,Oak Avenue\n12,Oak Avenue\n14,Oak Avenue\n").result()
    screen.tabs.setCurrentIndex(1)
    screen.pick_button.click()
    picker = screen.picker
    assert isinstance(picker, TurfPicker)
    qtbot.waitUntil(lambda: picker.doors.count() == 9, timeout=5000)  # every door when nothing is typed
    assert picker.name.hasFocus()
    type_text(qtbot, picker.name, "Oak and Elm corner")
    qtbot.keyClick(picker.name, Qt.Key.Key_Tab)
    type_text(qtbot, picker.canvasser, "Rosa")
    qtbot.keyClick(picker.canvasser, Qt.Key.Key_Tab)
    assert picker.search.hasFocus()
    with qtbot.waitSignal(picker.searched, timeout=5000):
        type_text(qtbot, picker.search, "oak")
    assert [picker.doors.item(i).text() for i in range(picker.doors.count())] == \
        ["10 Oak Avenue", "12 Oak Avenue", "14 Oak Avenue"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.doors.hasFocus()
    qtbot.keyClick(picker.doors, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # all three...
    qtbot.keyClick(picker.doors, Qt.Key.Key_Down)
    qtbot.keyClick(picker.doors, Qt.Key.Key_Space)                                     # ...but not 12
    assert "Doors ticked: 2" in picker.count.text()
    picker.search.setFocus()
    picker.search.selectAll()
    with qtbot.waitSignal(picker.searched, timeout=5000):
        type_text(qtbot, picker.search, "1 elm")                                        # a door of another street
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.doors, Qt.Key.Key_Space)
    assert "Doors ticked: 3" in picker.count.text()
    with qtbot.waitSignal(picker.made, timeout=5000) as made:
        qtbot.keyClick(picker.doors, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    turf = made.args[0]
    assert turf.name == "Oak and Elm corner" and turf.canvasser == "Rosa"
    doors = sorted(a.one_line() for a in worker.submit(table.turf_addresses, turf.id).result())
    assert doors == ["1 Elm Street", "10 Oak Avenue", "14 Oak Avenue"]
    names = [screen.turfs.item(row, 0).text() for row in range(screen.turfs.rowCount())]
    assert "Oak and Elm corner" in names
    assert shown_errors == []


def test_the_picker_keeps_ticks_from_a_stray_esc_and_says_what_is_missing(qtbot, screen, wait_tasks):
    screen.tabs.setCurrentIndex(1)
    screen.pick_button.click()
    picker = screen.picker
    qtbot.waitUntil(lambda: picker.doors.count() > 0, timeout=5000)
    picker.make()
    wait_tasks()
    assert "name" in picker.problem.text() and picker.name.hasFocus()
    picker.name.setText("Corner")
    picker.make()
    wait_tasks()
    assert "Tick at least one door" in picker.problem.text()
    picker.doors.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(picker.doors, Qt.Key.Key_Escape)
    assert picker.isVisible() and "Press Esc again" in picker.problem.text()
    assert picker.problem.text().startswith("1 door is ticked and no turf is made yet.")
    qtbot.keyClick(picker.doors, Qt.Key.Key_Escape)
    assert not picker.isVisible()
