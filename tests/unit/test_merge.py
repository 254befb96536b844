"""Merging two records of one person keeps everything of both."""

from __future__ import annotations

import json
import uuid

import pytest

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import Address, Meeting, Person
from engagedesk.services import merge, meetings, people
from engagedesk.services.desk import Desk
from engagedesk.services.notes import add_note
from engagedesk.store import attendance as attendance_table
from engagedesk.store import merge as merge_table
from engagedesk.sync import service


def _id() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def town(store):
    """Two records of one woman, each with a past of their own, and someone else."""
    ana = people.add_person(store, Person(given_name="Ana", family_name="Ruiz", email="ana@example.org",
                                          notes="Brings her neighbour"),
                            Address(number="12", street="Elm Street", postal_code="95001"))
    ana2 = people.add_person(store, Person(given_name="Ana María", family_name="Ruíz", phone="555-010-2000",
                                           pronouns="she/her", may_contact=True))
    other = people.add_person(store, Person(given_name="Luis", family_name="Pérez"))
    first = meetings.create_meeting(store, Meeting(title="Parks", starts_at="2026-10-01T18:00"))
    second = meetings.create_meeting(store, Meeting(title="Budget", starts_at="2026-10-08T18:00"))
    third = meetings.create_meeting(store, Meeting(title="Housing", starts_at="2026-10-15T18:00",
                                                   facilitator_ids=(ana2.id, other.id)))
    Desk.open(store, first.id).check_in(ana, now="2026-10-01T18:05")
    Desk.open(store, second.id).check_in(ana, now="2026-10-08T18:20")
    Desk.open(store, second.id).check_in(ana2, now="2026-10-08T18:02", walk_in=True)  # both, one meeting
    Desk.open(store, third.id).check_in(ana2, now="2026-10-15T18:00")
    Desk.open(store, third.id).check_in(other, now="2026-10-15T18:01")
    add_note(store, first.id, "More benches", speaker_id=ana.id)
    add_note(store, second.id, "Fix the lights", speaker_id=ana2.id)
    add_note(store, second.id, "Bus times", speaker_id=ana2.id)
    add_note(store, third.id, "Rent", speaker_id=other.id)
    campaign, address, question = _id(), _id(), _id()
    store.insert("campaigns", {"id": campaign, "name": "Survey", "outcomes": '["contacted"]'})
    store.insert("addresses", {"id": address, "number": "3", "street": "Oak"})
    store.insert("questions", {"id": question, "campaign_id": campaign, "position": 0, "kind": "yes_no",
                               "prompt": "Parks?"})
    for person, answer in ((ana2, "yes"), (ana2, "no"), (ana, "yes")):
        knock = _id()
        store.insert("knocks", {"id": knock, "campaign_id": campaign, "address_id": address,
                                "at": "2026-10-20T10:00", "outcome": "contacted"})
        store.insert("responses", {"id": _id(), "knock_id": knock, "person_id": person.id,
                                   "question_id": question, "answer": answer})
    store.insert("action_items", {"id": _id(), "text": "Call the city", "owner_id": ana2.id})
    store.insert("exit_feedback", {"id": _id(), "meeting_id": third.id, "person_id": ana2.id, "at": "2026-10-15T20:00"})
    return {"ana": ana, "ana2": ana2, "other": other, "meetings": (first, second, third)}


def test_everything_of_both_is_kept(store, town):
    ana, ana2 = town["ana"], town["ana2"]
    before_a, before_b = merge_table.person_counts(store, ana.id), merge_table.person_counts(store, ana2.id)
    assert before_a == {"meetings": 2, "notes": 1, "knocks": 1, "answers": 1, "actions": 0, "feedback": 0}
    assert before_b == {"meetings": 2, "notes": 2, "knocks": 2, "answers": 2, "actions": 1, "feedback": 1}

    result = merge.merge_people(store, ana.id, ana2.id, {})

    after = merge_table.person_counts(store, ana.id)
    assert after == {"meetings": 3,  # the meeting both attended counts once
                     "notes": 3, "knocks": 3, "answers": 3, "actions": 1, "feedback": 1}
    assert merge_table.person_counts(store, ana2.id) == dict.fromkeys(after, 0)
    assert result.moved["meetings"] == 2
    assert store.count("notes") == 4 and store.count("responses") == 3, "nothing was deleted but the duplicate"
    third = town["meetings"][2]
    facilitators = json.loads(store.get("meetings", third.id)["facilitator_ids"])
    assert facilitators == [ana.id, town["other"].id]


def test_both_at_one_meeting_become_one_check_in_with_the_earlier_time(store, town):
    ana, ana2 = town["ana"], town["ana2"]
    second = town["meetings"][1]
    merge.merge_people(store, ana.id, ana2.id)
    row = attendance_table.get_attendance(store, second.id, ana.id)
    assert row.time_in == "2026-10-08T18:02"
    assert not row.walk_in, "a walk-in only if both were"
    live = store.query("SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted = 0", (second.id,))
    assert live[0][0] == 1
    third = town["meetings"][2]
    moved = attendance_table.get_attendance(store, third.id, ana.id)
    assert moved.id == attendance_table.attendance_id(third.id, ana.id)
    assert moved.time_in == "2026-10-15T18:00"


def test_chosen_values_and_blanks_filled(store, town):
    ana, ana2 = town["ana"], town["ana2"]
    merge.merge_people(store, ana.id, ana2.id, {"given_name": "merged", "family_name": "survivor"})
    survivor = people.get_person(store, ana.id)
    assert (survivor.given_name, survivor.family_name) == ("Ana María", "Ruiz")
    assert survivor.phone == "555-010-2000", "an empty field takes the other's value by default"
    assert survivor.pronouns == "she/her"
    assert survivor.email == "ana@example.org" and survivor.notes == "Brings her neighbour"
    assert survivor.address_id == ana.address_id
    assert people.find_people(store, "5550102000")[0].id == ana.id, "phone digits follow the phone"


def test_the_merged_away_person_points_to_the_survivor(store, town):
    ana, ana2 = town["ana"], town["ana2"]
    result = merge.merge_people(store, ana.id, ana2.id)
    assert people.get_person(store, ana2.id) is None
    assert merge.survivor_of(store, ana2.id) == ana.id
    assert merge.survivor_of(store, ana.id) == ana.id
    history = merge.merge_history(store)
    assert [(h["id"], h["merged_id"], h["survivor_id"]) for h in history] == [(result.merge_id, ana2.id, ana.id)]
    assert history[0]["merged_name"] == "Ana María Ruíz"
    assert [p.id for p in people.find_people(store, "ruiz")] == [ana.id]


def test_a_merge_of_a_merge_follows_to_the_end(store, town):
    ana, ana2, other = town["ana"], town["ana2"], town["other"]
    merge.merge_people(store, ana2.id, ana.id)
    merge.merge_people(store, other.id, ana2.id)
    assert merge.survivor_of(store, ana.id) == other.id
    assert merge_table.person_counts(store, other.id)["notes"] == 4


def test_do_not_contact_on_either_record_wins(store):
    a = people.add_person(store, Person(given_name="Eva", family_name="Luna", may_contact=True))
    b = people.add_person(store, Person(given_name="Eva", family_name="Luna", do_not_contact=True,
                                        do_not_contact_reason="asked at the door"))
    merge.merge_people(store, a.id, b.id, {"do_not_contact": "survivor", "may_contact": "survivor"})
    survivor = people.get_person(store, a.id)
    assert survivor.do_not_contact and not survivor.may_contact
    assert survivor.do_not_contact_reason == "asked at the door"


@pytest.mark.parametrize("choices", [{"shoe_size": "merged"}, {"email": "both"}])
def test_bad_choices_are_refused_and_nothing_changes(store, town, choices):
    before = service.dump(store)
    with pytest.raises(UserError):
        merge.merge_people(store, town["ana"].id, town["ana2"].id, choices)
    assert service.dump(store) == before


def test_a_person_cannot_be_merged_with_themselves_or_a_gone_one(store, town):
    with pytest.raises(UserError, match="themselves"):
        merge.merge_people(store, town["ana"].id, town["ana"].id)
    store.delete("people", town["other"].id)
    with pytest.raises(UserError, match="no longer"):
        merge.merge_people(store, town["ana"].id, town["other"].id)


def test_erasing_a_merged_person_erases_both_records(store, town):
    ana, ana2 = town["ana"], town["ana2"]
    merge.merge_people(store, ana.id, ana2.id)
    assert service.erase_person(store, ana2.id)
    for person_id in (ana.id, ana2.id):
        row = store.get("people", person_id, include_deleted=True)
        assert row["erased"] == 1 and row["given_name"] == "" and row["email"] == "" and row["phone"] == ""


def test_preview_shows_the_differences_and_the_counts(store, town):
    shown = merge.preview(store, town["ana"].id, town["ana2"].id)
    assert {"given_name", "family_name", "email", "phone", "pronouns", "may_contact", "address_id",
            "notes"} <= set(shown["differing"])
    assert shown["survivor_counts"]["meetings"] == 2 and shown["merged_counts"]["notes"] == 2
    assert shown["survivor_address"].street == "Elm Street" and shown["merged_address"] is None
