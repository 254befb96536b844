"""Canvassing services: walk order, CSV import, answers and conditions, results."""

from __future__ import annotations

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import Address, Person, Question, QuestionKind
from engagedesk.services import canvassing as cv
from engagedesk.store import canvassing as table
from engagedesk.store.people import insert_person


def addr(number: str, street: str = "Elm Street", unit: str = "", postal: str = "95001") -> Address:
    return Address(number=number, street=street, unit=unit, postal_code=postal)


def test_walk_order_street_then_odd_even_then_number_then_unit():
    doors = [addr("12B"), addr("3"), addr(""), addr("12"), addr("1/2"), addr("12 1/2"), addr("4", unit="Apt 10"),
             addr("4", unit="Apt 2"), addr("7", street="Ash Lane"), addr("101"), addr("4")]
    ordered = [(a.street[:3], a.number, a.unit) for a in sorted(doors, key=cv.walk_key)]
    assert ordered == [
        ("Ash", "7", ""),
        ("Elm", "3", ""), ("Elm", "101", ""),                       # odd side, numbers as numbers
        ("Elm", "1/2", ""), ("Elm", "4", ""), ("Elm", "4", "Apt 2"), ("Elm", "4", "Apt 10"),
        ("Elm", "12", ""), ("Elm", "12B", ""), ("Elm", "12 1/2", ""),  # even side
        ("Elm", "", ""),                                            # no number: last
    ]
    assert cv.house_number("12B") == (12.0, "b")
    assert cv.house_number("1/2") == (0.5, "")
    assert cv.house_number("") == (None, "")


@pytest.fixture
def campaign(store):
    return cv.create_campaign(store, "Spring survey", script="- Hello\n- Thanks")


def survey(store, campaign):
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
    return list(cv.save_campaign(store, campaign, questions).questions)


def turf_of(store, campaign, numbers=("1", "2", "3", "4")):
    report = cv.import_addresses(store, ("number,street\n" + "\n".join(f"{n},Elm Street" for n in numbers)).encode())
    turfs = cv.make_turfs(store, campaign.id, "street", report.address_ids, canvasser="Dana")
    return turfs[0][0], report.address_ids


def test_campaign_outcomes_are_editable_and_checked(store, campaign):
    assert campaign.outcomes[0] == "contacted" and len(campaign.outcomes) == 9
    changed = cv.save_campaign(store, campaign.__class__(id=campaign.id, name="Spring", outcomes=(
        "talked", " not home ", "Not home", "refused")), ()).campaign
    assert changed.outcomes == ("talked", "not home", "refused")
    with pytest.raises(UserError, match="at most 9"):
        cv.clean_campaign(campaign.__class__(name="x", outcomes=tuple(str(i) for i in range(10))))
    with pytest.raises(UserError, match="name"):
        cv.clean_campaign(campaign.__class__(name="  "))


def test_answers_are_checked_against_the_question(store, campaign):
    questions = survey(store, campaign)
    yes, choice, multi, scale, text = questions
    assert cv.validate_answer(yes, "Y") == "yes"
    assert cv.validate_answer(choice, "housing") == "Housing"
    assert cv.validate_answer(multi, ["Other", "English"]) == "English|Other"
    assert cv.validate_answer(scale, "4") == "4"
    assert cv.validate_answer(text, "  More trees ") == "More trees"
    with pytest.raises(UserError, match="“Gardens” is not an answer to “Fix first\\?”. Please choose one of: Parks"):
        cv.validate_answer(choice, "Gardens")
    with pytest.raises(UserError, match="not an answer"):
        cv.validate_answer(scale, "6")
    with pytest.raises(UserError, match="one answer only"):
        cv.validate_answer(choice, ["Parks", "Housing"])


def test_a_condition_on_an_earlier_answer(store, campaign):
    questions = survey(store, campaign)
    assert [q.prompt for q in cv.questions_asked(questions, {questions[0].id: "no"})][-1] == "Safe? (1-5)"
    assert cv.questions_asked(questions, {questions[0].id: "yes"})[-1].prompt == "Tell the mayor"
    bad = Question(campaign_id=campaign.id, position=0, kind=QuestionKind.FREE_TEXT, prompt="x",
                   ask_if_question_id=questions[1].id, ask_if_answer="Gardens")
    with pytest.raises(UserError, match="not an answer"):
        cv.save_campaign(store, campaign, [*questions, bad])
    first = Question(campaign_id=campaign.id, position=0, kind=QuestionKind.FREE_TEXT, prompt="y",
                     ask_if_question_id=questions[1].id, ask_if_answer="Parks")
    with pytest.raises(UserError, match="asked before"):
        cv.save_campaign(store, campaign, [first, *questions])


def test_a_door_logged_with_answers_skips_what_the_condition_skips(store, campaign):
    questions = survey(store, campaign)
    turf, ids = turf_of(store, campaign)
    yes, choice, multi, scale, text = questions
    knock = cv.log_knock(store, campaign.id, ids[0], "contacted", canvasser="Dana", note="Nice dog",
                         answers={yes.id: "no", choice.id: "Parks", multi.id: ["Spanish"], scale.id: "2",
                                  text.id: "not asked, so not kept"}, new_resident="Ana María López")
    stored = {r.question_id: r.answer for r in table.knock_responses(store, knock.id)}
    assert stored == {yes.id: "no", choice.id: "Parks", multi.id: "Spanish", scale.id: "2"}
    walk = cv.walk_list(store, turf.id)
    first = walk.doors[0]
    assert [p.display_name for p in first.residents] == ["Ana María López"]
    assert first.knocks[0].outcome == "contacted" and first.knocks[0].note == "Nice dog"
    with pytest.raises(UserError, match="not an answer"):
        cv.log_knock(store, campaign.id, ids[1], "contacted", answers={choice.id: "Gardens"})
    with pytest.raises(UserError, match="not an outcome"):
        cv.log_knock(store, campaign.id, ids[1], "asleep")
    assert store.count("knocks") == 1  # refused knocks left nothing behind


def test_a_removed_question_keeps_its_answers(store, campaign):
    questions = survey(store, campaign)
    _, ids = turf_of(store, campaign)
    cv.log_knock(store, campaign.id, ids[0], "contacted", answers={questions[1].id: "Traffic"})
    detail = cv.save_campaign(store, campaign, [q for q in questions if q.id != questions[1].id])
    assert questions[1].id not in {q.id for q in detail.questions}
    assert [q.position for q in detail.questions] == [0, 1, 2, 3]
    removed = [q for q in cv.results(store, campaign.id).questions if q.question.id == questions[1].id][0]
    assert removed.removed and dict(removed.counts)["Traffic"] == 1
    assert table.questions(store, campaign.id, include_removed=True)[-1].id == questions[1].id


def test_do_not_contact_doors_are_marked_and_skipped(store, campaign):
    turf, ids = turf_of(store, campaign)
    insert_person(store, Person(given_name="Sam", address_id=ids[1], do_not_contact=True))
    insert_person(store, Person(given_name="Kim", address_id=ids[2], do_not_contact=True))
    insert_person(store, Person(given_name="Lee", address_id=ids[2]))
    cv.log_knock(store, campaign.id, ids[3], cv.DO_NOT_CONTACT)
    walk = cv.walk_list(store, turf.id)
    # walking order: 1 and 3 (odd side), then 2 and 4; door 3 has one resident still willing
    assert [(d.address.number, d.do_not_contact) for d in walk.doors] == [
        ("1", False), ("3", False), ("2", True), ("4", True)]
    assert walk.next_door(0) == 1 and walk.next_door(1) is None
    assert cv.results(store, campaign.id).doors_left == 2


CSV = (
    "Número,Calle,Apto,Ciudad,Estado,Código postal\n"
    "12,Elm Street,,Riverside,CA,95001\n"
    "12,elm st,,Riverside,CA,95001\n"       # same door, typed differently
    "12,Elm Street,Apt 2,Riverside,CA,95001\n"
    "12,Elm Street,2,Riverside,CA,95001\n"  # same as Apt 2
    ",,,Riverside,CA,\n"                    # no street, no postal code: skipped
    "7,\"Oak Avenue, North\",,Riverside,CA,95002\n"
)


def test_csv_import_merges_duplicates_and_reports_them(store):
    report = cv.import_addresses(store, CSV.encode(), name="doors.csv")
    assert (report.rows, report.imported, len(report.duplicates), len(report.skipped)) == (6, 3, 2, 1)
    assert [(d.line, d.kept_line) for d in report.duplicates] == [(3, 2), (5, 4)]
    assert report.skipped[0][0] == 6 and "street" in report.skipped[0][1]
    assert dict(report.columns)["postal_code"] == "Código postal"
    assert report.summary() == "3 addresses imported; 2 duplicates in the file merged; 1 row skipped."
    assert store.count("addresses") == 3
    again = cv.import_addresses(store, CSV.encode(), name="doors.csv")
    assert again.imported == 0 and all(d.kept_line is None for d in again.duplicates[:1])
    assert "already here" in again.summary()
    assert store.count("addresses") == 3
    streets = sorted(t.name for t, _ in cv.make_turfs(store, cv.create_campaign(store, "c").id, "street"))
    assert streets == ["Elm Street", "Oak Avenue, North"]


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n", "is empty"),
    (b"number,street,unit\n", "header row but no rows under it"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a CSV|binary|picture|image"),
    (b"name,email\nAna,ana@example.org\n", "no column for the street"),
    (b'number,street\n1,"Elm Street\n2,Oak Avenue\n', "quote"),                 # a quote never closed
    (b"number,street,street\n1,Elm,Elm\n", "column"),                          # the same header twice
    ("número;calle;código postal\n12;Calle Peña;95001\n".encode("utf-16"), None),  # UTF-16 with semicolons
])
def test_bad_files_are_refused_and_nothing_is_imported(store, data, message):
    if message is None:  # not bad at all: read as a spreadsheet saves it
        report = cv.import_addresses(store, data, name="good.csv")
        assert report.imported == 1 and dict(report.columns)["postal_code"] == "código postal"
        return
    with pytest.raises(UserError, match=message):
        cv.import_addresses(store, data, name="bad.csv")
    assert store.count("addresses") == 0


def big_csv(rows: int) -> bytes:
    lines = ["number,street,postal code"] + [f"{n},Street {n % 97},{95000 + n % 13}" for n in range(1, rows + 1)]
    return "\n".join(lines).encode()


def test_a_long_import_reports_progress_up_to_the_end(store, monkeypatch):
    monkeypatch.setattr(cv, "IMPORT_CHUNK", 500)
    seen: list[tuple[int, int]] = []
    report = cv.import_addresses(store, big_csv(3_000), progress=lambda done, total: seen.append((done, total)))
    assert report.imported == 3_000 and store.count("addresses") == 3_000
    assert seen[-1] == (6_000, 6_000) and len(seen) >= 12
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


@pytest.mark.parametrize("stop_after", [1, 4, 9])  # while checking rows, while writing them, at the very end
def test_cancel_at_any_point_leaves_the_database_as_it_was(store, monkeypatch, stop_after):
    monkeypatch.setattr(cv, "IMPORT_CHUNK", 500)
    cv.import_addresses(store, b"number,street\n1,Old Road\n")
    before = store.count("addresses")
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= stop_after

    with pytest.raises(UserError, match="cancelled; nothing was changed"):
        cv.import_addresses(store, big_csv(3_000), cancelled=cancelled)
    assert store.count("addresses") == before == 1


def test_turfs_by_postal_code_by_hand_and_assigned(store, campaign):
    report = cv.import_addresses(store, CSV.encode())
    by_code = cv.make_turfs(store, campaign.id, "postal code", report.address_ids)
    assert sorted((t.name, n) for t, n in by_code) == [("95001", 2), ("95002", 1)]
    picked = cv.make_turf(store, campaign.id, "Corner", report.address_ids[:1])
    assert cv.assign_turf(store, picked.id, " Rosa ").canvasser == "Rosa"
    with pytest.raises(UserError, match="pick at least one"):
        cv.make_turf(store, campaign.id, "Empty", [])


def test_results_match_the_data(store, campaign):
    questions = survey(store, campaign)
    turf, ids = turf_of(store, campaign, ("1", "2", "3", "4", "5"))
    yes, choice, multi, scale, text = questions
    cv.log_knock(store, campaign.id, ids[0], "not home", canvasser="Dana")
    cv.log_knock(store, campaign.id, ids[0], "contacted", canvasser="Dana",
                 answers={yes.id: "yes", choice.id: "Parks", multi.id: "English|Spanish", scale.id: "5", text.id: "Trees"})
    cv.log_knock(store, campaign.id, ids[1], "contacted", canvasser="Rosa",
                 answers={yes.id: "no", choice.id: "Parks", multi.id: "Spanish", scale.id: "3"})
    cv.log_knock(store, campaign.id, ids[2], "refused", canvasser="Rosa")
    found = cv.results(store, campaign.id)
    assert (found.doors, found.knocked, found.contacted, found.knocks, found.doors_left) == (5, 3, 2, 4, 2)
    assert found.contact_rate == pytest.approx(2 / 3)
    outcomes = dict(found.outcomes)
    assert (outcomes["contacted"], outcomes["not home"], outcomes["refused"], outcomes["moved"]) == (2, 1, 1, 0)
    by_prompt = {q.question.prompt: q for q in found.questions}
    assert dict(by_prompt["Languages?"].counts) == {"English": 1, "Spanish": 2, "Other": 0}
    assert dict(by_prompt["Fix first?"].counts)["Parks"] == 2
    assert dict(by_prompt["Safe? (1-5)"].counts) == {"1": 0, "2": 0, "3": 1, "4": 0, "5": 1}
    assert by_prompt["Tell the mayor"].texts == ("Trees",) and by_prompt["Tell the mayor"].answered == 1
    progress = {p.canvasser: p for p in found.canvassers}
    assert (progress["Dana"].doors, progress["Dana"].knocked, progress["Dana"].knocks) == (5, 3, 2)
    assert (progress["Rosa"].knocks, progress["Rosa"].contacted) == (2, 1)
    per_turf = cv.results(store, campaign.id, turf.id)
    assert per_turf.turf.id == turf.id and per_turf.knocks == 4


def test_default_outcomes_are_shown_translated_and_stored_as_they_were(monkeypatch):
    from engagedesk.domain import i18n

    spanish = {"do not contact": "no contactar", "not home": "no está"}
    i18n.set_translator(lambda context, text: spanish.get(text, text) if context == "Outcome" else text)
    try:
        from engagedesk.domain.models import DEFAULT_OUTCOMES

        assert tuple(cv.outcome_labels()) == DEFAULT_OUTCOMES  # the table the translations are read from
        assert cv.outcome_label("do not contact") == "no contactar"
        assert cv.outcome_label("Back later, ask for Ana") == "Back later, ask for Ana"  # typed by a person
        # What the editor shows comes back as the stored value, so "do not contact" keeps its meaning.
        assert cv.outcome_from_label(" No Contactar ") == "do not contact"
        assert cv.outcome_from_label("no está") == "not home"
        assert cv.outcome_from_label("nadie abrió") == "nadie abrió"
    finally:
        i18n.set_translator(None)
