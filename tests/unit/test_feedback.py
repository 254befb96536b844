"""Exit feedback: short answers at the kiosk, anonymous unless the person gives their name."""

from __future__ import annotations

import pytest

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.services import organisation
from engagedesk.services.feedback import (
    AGAIN, HEARD, NEXT, feedback_results, find_attendee, questions, submit_feedback, withdraw_feedback,
)
from engagedesk.store import notes as notes_table
from tests.unit.test_notes import check_in, meeting, person


@pytest.fixture
def tonight(store):
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    tonight = meeting(store, "2025-11-22T18:30")
    who = {name: person(store, name, family) for name, family in (("José", "Núñez"), ("Joanna", "Li"), ("Bo", "Ng"))}
    for one in who.values():
        check_in(store, tonight, one)
    return tonight, who


def test_there_are_two_or_three_short_questions():
    asked = questions()
    assert 2 <= len(asked) <= 3
    assert asked[0].prompt == "Did you feel heard tonight?" and asked[0].options == ("1", "2", "3", "4", "5")
    assert asked[1].prompt == "What should we do next?" and asked[1].kind == "text"


def test_answers_are_kept_anonymous_unless_a_name_is_given(store, tonight):
    meeting_, who = tonight
    anonymous = submit_feedback(store, meeting_.id, {HEARD: 4, NEXT: "  More parks\r\n please ", AGAIN: "yes"})
    named = submit_feedback(store, meeting_.id, {HEARD: "2"}, person_id=who["Bo"].id)
    stored = {s.id: s for s in notes_table.meeting_feedback(store, meeting_.id)}
    assert stored[anonymous.id].person_id is None
    assert stored[anonymous.id].answers == {HEARD: 4, NEXT: "More parks\n please", AGAIN: "yes"}
    assert stored[named.id].person_id == who["Bo"].id and stored[named.id].answers == {HEARD: 2}


@pytest.mark.parametrize(("answers", "field"), [
    ({}, HEARD), ({NEXT: "   "}, HEARD), ({HEARD: 0}, HEARD), ({HEARD: 6}, HEARD), ({HEARD: "lots"}, HEARD),
    ({AGAIN: "perhaps"}, AGAIN), ({NEXT: "x" * 1001}, NEXT),
])
def test_nothing_or_nonsense_is_refused(store, tonight, answers, field):
    with pytest.raises(ValidationError) as refused:
        submit_feedback(store, tonight[0].id, answers)
    assert refused.value.for_field(field)
    assert notes_table.meeting_feedback(store, tonight[0].id) == []


def test_results_add_up_for_the_summary(store, tonight):
    meeting_, who = tonight
    for heard, again, next_step in ((5, "yes", "Fix the swings"), (4, "maybe", ""), (2, "no", None),
                                    (None, "yes", "Meet on Saturdays")):
        answers = {AGAIN: again}
        if heard is not None:
            answers[HEARD] = heard
        if next_step is not None:
            answers[NEXT] = next_step
        submit_feedback(store, meeting_.id, answers, person_id=who["Bo"].id if heard == 2 else None)
    results = feedback_results(store, meeting_.id)
    assert (results.responses, results.named, results.heard_answers) == (4, 1, 3)
    assert results.heard_average == pytest.approx(11 / 3, abs=0.01)
    assert results.heard_counts == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert results.again_counts == {"yes": 2, "maybe": 1, "no": 1}
    assert results.next_steps == ["Fix the swings", "Meet on Saturdays"]
    sheet = notes_table.meeting_feedback(store, meeting_.id)[0]
    assert withdraw_feedback(store, sheet.id)
    assert feedback_results(store, meeting_.id).responses == 3


def test_someone_finds_their_own_name_among_those_signed_in(store, tonight):
    meeting_, who = tonight
    assert [p.given_name for p in find_attendee(store, meeting_.id, "jo")] == ["Joanna", "José"]
    assert [p.given_name for p in find_attendee(store, meeting_.id, "jose nu")] == ["José"]
    assert find_attendee(store, meeting_.id, "   ") == []
    outsider = person(store, "Jordan")
    assert outsider.id not in [p.id for p in find_attendee(store, meeting_.id, "jor")]


def test_a_name_that_left_the_roster_leaves_the_answers_anonymous(store, tonight):
    meeting_, who = tonight
    store.delete("people", who["Bo"].id)
    assert submit_feedback(store, meeting_.id, {HEARD: 3}, person_id=who["Bo"].id).person_id is None
    with pytest.raises(UserError):
        submit_feedback(store, "no-such-meeting", {HEARD: 3})


def test_feedback_rows_carry_the_sync_columns(store, tonight):
    sheet = submit_feedback(store, tonight[0].id, {HEARD: 5})
    row = store.query_one("SELECT * FROM exit_feedback WHERE id = ?", (sheet.id,))
    assert row["hlc"] and row["site_id"] == store.site_id and row["deleted"] == 0 and row["created_at"]
