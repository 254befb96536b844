"""Action items: made with an owner and a due date, closed at a meeting, carried over in a series."""

from __future__ import annotations

import pytest

from engagedesk.domain.errors import UserError, ValidationError
from engagedesk.domain.models import ActionStatus, Meeting
from engagedesk.services import actions, meetings, organisation
from engagedesk.store import notes as notes_table
from tests.unit.test_notes import check_in, meeting, person


@pytest.fixture
def series(store):
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    first = meeting(store, "2025-09-01T18:30")
    second = meeting(store, "2025-10-01T18:30")
    third = meeting(store, "2025-11-01T18:30")
    elsewhere = meeting(store, "2025-09-15T18:30", series="Library friends")
    who = {name: person(store, name) for name in ("Ana", "Bo")}
    return first, second, third, elsewhere, who


def texts(lines) -> list[str]:
    return [line.item.text for line in lines]


def test_an_action_item_is_made_with_owner_and_due_date(store, series):
    first, *_, who = series
    item = actions.create_action(store, first.id, "  Write to the council ", who["Ana"].id, "2025-9-30")
    stored = notes_table.get_action(store, item.id)[0]
    assert (stored.text, stored.owner_id, stored.due_on, stored.status, stored.origin_meeting_id) == (
        "Write to the council", who["Ana"].id, "2025-09-30", ActionStatus.OPEN, first.id)
    line = actions.meeting_actions(store, first.id)[0]
    assert (line.owner, line.carried_over, line.closed_here, line.is_open) == ("Ana Test", False, False, True)


@pytest.mark.parametrize(("text", "due", "field"), [
    ("", None, "text"), ("   ", "2025-10-01", "text"), ("Do it", "next week", "due_on"),
    ("Do it", "2025-02-30", "due_on"), ("x" * 2001, None, "text"),
])
def test_an_action_item_needs_text_and_a_real_date(store, series, text, due, field):
    with pytest.raises(ValidationError) as refused:
        actions.create_action(store, series[0].id, text, None, due)
    assert refused.value.for_field(field)
    assert store.count("action_items") == 0


def test_an_owner_who_left_the_roster_is_refused_and_old_items_say_former_participant(store, series):
    first, *_, who = series
    item = actions.create_action(store, first.id, "Bring chairs", who["Bo"].id)
    store.delete("people", who["Bo"].id)
    assert actions.meeting_actions(store, first.id)[0].owner == "former participant"
    with pytest.raises(ValidationError):
        actions.edit_action(store, item.id, "Bring chairs", who["Bo"].id, None)
    assert actions.edit_action(store, item.id, "Bring 20 chairs", None, "2025-09-10").owner_id is None


def test_closing_records_when_and_at_which_meeting(store, series):
    first, second, *_ = series
    item = actions.create_action(store, first.id, "Fix the gate")
    closed = actions.close_action(store, item.id, second.id, now="2025-10-01T19:02:00Z")
    stored = notes_table.get_action(store, item.id)[0]
    assert (stored.status, stored.closed_at, stored.closed_in_meeting_id) == (
        ActionStatus.DONE, "2025-10-01T19:02:00Z", second.id) == (closed.status, closed.closed_at, closed.closed_in_meeting_id)
    dropped = actions.close_action(store, actions.create_action(store, first.id, "Bake sale").id, second.id,
                                   ActionStatus.DROPPED)
    assert dropped.status is ActionStatus.DROPPED and dropped.closed_at.endswith("Z")
    reopened = actions.reopen_action(store, item.id)
    assert (reopened.status, reopened.closed_at, reopened.closed_in_meeting_id) == (ActionStatus.OPEN, None, None)
    with pytest.raises(ValueError):
        actions.close_action(store, item.id, second.id, ActionStatus.OPEN)


def test_open_items_carry_over_to_later_meetings_of_the_series_until_closed(store, series):
    first, second, third, elsewhere, who = series
    gate = actions.create_action(store, first.id, "Fix the gate")
    actions.create_action(store, first.id, "Plant bulbs")
    actions.create_action(store, elsewhere.id, "Library hours petition")
    actions.create_action(store, second.id, "Order benches")
    actions.create_action(store, third.id, "Thank the volunteers")
    assert texts(actions.meeting_actions(store, first.id)) == ["Fix the gate", "Plant bulbs"]
    at_second = actions.meeting_actions(store, second.id)
    assert texts(at_second) == ["Fix the gate", "Plant bulbs", "Order benches"]
    assert [line.carried_over for line in at_second] == [True, True, False]
    assert at_second[0].origin_title == first.title
    actions.close_action(store, gate.id, second.id)
    at_second = actions.meeting_actions(store, second.id)
    assert texts(at_second) == ["Fix the gate", "Plant bulbs", "Order benches"]  # closed here: still listed
    assert at_second[0].closed_here and not at_second[0].is_open
    assert texts(actions.carried_over(store, third.id)) == ["Plant bulbs", "Order benches"]
    assert texts(actions.meeting_actions(store, third.id)) == ["Plant bulbs", "Order benches", "Thank the volunteers"]
    assert texts(actions.meeting_actions(store, elsewhere.id)) == ["Library hours petition"]


def test_a_meeting_outside_any_series_reviews_only_its_own_items(store, series):
    alone = meetings.create_meeting(store, Meeting(title="One-off", starts_at="2025-12-01T18:00"))
    actions.create_action(store, series[0].id, "Fix the gate")
    assert actions.meeting_actions(store, alone.id) == []
    actions.create_action(store, alone.id, "Tidy up")
    assert texts(actions.meeting_actions(store, alone.id)) == ["Tidy up"]


def test_owners_are_chosen_from_people_signed_in_and_current_owners(store, series):
    first, second, *_, who = series
    carol = person(store, "Carol")
    check_in(store, second, who["Ana"])
    actions.create_action(store, first.id, "Fix the gate", carol.id)
    assert [p.given_name for p in actions.owner_choices(store, second.id)] == ["Ana", "Carol"]


def test_a_vanished_meeting_or_item_says_so(store, series):
    with pytest.raises(UserError):
        actions.create_action(store, "no-such-meeting", "x")
    with pytest.raises(UserError):
        actions.close_action(store, "no-such-item", series[0].id)
