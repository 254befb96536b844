"""Voices heard: who spoke and how often, who has not spoken yet, first-timers' share, quotes."""

from __future__ import annotations

import pytest

from engagedesk.domain.models import NoteKind, Person, Role
from engagedesk.services import organisation
from engagedesk.services.notes import add_note
from engagedesk.services.voices import quote_attribution, voices_heard
from tests.unit.test_notes import check_in, meeting, person


@pytest.fixture
def evening(store):
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    earlier = meeting(store, "2025-10-22T18:30")
    tonight = meeting(store, "2025-11-22T18:30")
    who = {name: person(store, name) for name in ("Ana", "Bo", "Chidi", "Dolores", "Emeka", "Fern")}
    for name in ("Ana", "Bo"):
        check_in(store, earlier, who[name])             # regulars
    for name in ("Ana", "Bo", "Chidi", "Dolores"):
        check_in(store, tonight, who[name])             # Chidi and Dolores: first time
    check_in(store, tonight, who["Emeka"], Role.FACILITATOR)
    return tonight, who


def say(store, meeting_, who: Person | None, times: int = 1) -> None:
    for _ in range(times):
        add_note(store, meeting_.id, "Something", speaker_id=who.id if who else None)


def test_who_spoke_how_often_and_who_has_not_yet(store, evening):
    tonight, who = evening
    say(store, tonight, who["Ana"], 3)
    say(store, tonight, who["Chidi"], 1)
    say(store, tonight, who["Fern"], 1)      # spoke without signing in
    say(store, tonight, None, 2)
    heard = voices_heard(store, tonight.id)
    assert [(v.name, v.contributions, v.first_time, v.signed_in) for v in heard.spoken] == [
        ("Ana Test", 3, False, True), ("Chidi Test", 1, True, True), ("Fern Test", 1, False, False)]
    # The facilitator is not someone to invite; first-timers come first.
    assert [(v.name, v.first_time) for v in heard.not_yet] == [("Dolores Test", True), ("Bo Test", False)]
    assert (heard.contributions, heard.named, heard.unnamed, heard.former) == (7, 5, 2, 0)
    assert (heard.first_time_contributions, heard.first_time_attendees, heard.signed_in) == (1, 3, 5)  # Emeka too
    assert heard.first_time_share == pytest.approx(1 / 5)


def test_a_quiet_meeting_has_no_share_yet(store, evening):
    heard = voices_heard(store, evening[0].id)
    assert heard.spoken == [] and heard.first_time_share is None
    assert len(heard.not_yet) == 4


def test_someone_deleted_since_counts_as_former_not_as_a_voice(store, evening):
    tonight, who = evening
    say(store, tonight, who["Bo"], 2)
    store.delete("people", who["Bo"].id)
    heard = voices_heard(store, tonight.id)
    assert heard.spoken == [] and heard.former == 2 and heard.named == 0


def test_quotes_are_credited_only_with_consent():
    assert quote_attribution(Person(given_name="Ana", family_name="Ruiz", quote_consent=True)) == "Ana Ruiz"
    assert quote_attribution(Person(given_name="Bo", family_name="Li")) == "a participant"
    assert quote_attribution(None) == "a participant"


def test_every_kind_of_note_is_a_contribution(store, evening):
    tonight, who = evening
    for kind in NoteKind:
        add_note(store, tonight.id, f"A {kind.value}", kind, speaker_id=who["Dolores"].id)
    assert voices_heard(store, tonight.id).spoken[0].contributions == len(NoteKind)
