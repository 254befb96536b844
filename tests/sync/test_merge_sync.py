"""A merge travels by sync: on every laptop, in any order, the merged-away id points to the survivor,
and what another laptop did meanwhile to the merged-away person (a check-in made offline, a note)
ends up with the survivor."""

from __future__ import annotations

import itertools

import pytest

from engagedesk.domain.models import Meeting
from engagedesk.services import merge, people
from engagedesk.services.desk import Desk
from engagedesk.services.duplicates import find_duplicates, not_the_same
from engagedesk.services.meetings import create_meeting
from engagedesk.services.notes import add_note
from engagedesk.store import attendance as attendance_table
from engagedesk.store import merge as merge_table
from engagedesk.sync import service
from tests.sync.laptops import Org, canonical, introduce, send


@pytest.fixture
def org():
    made = Org(people_count=4)
    yield made
    made.first.close()


def laptops(org: Org, count: int):
    joined = [org.join(name=f"Laptop {chr(66 + n)}") for n in range(count - 1)]
    everyone = [org.first, *joined]
    introduce(*everyone)
    return everyone


def settle(everyone):
    """Two rounds of full bundles between everyone (what the convergence test does at its end)."""
    for _round in range(2):
        introduce(*everyone)


def check_the_merge_holds(everyone, survivor, merged, meeting_ids):
    dumps = [canonical(laptop) for laptop in everyone]
    assert all(d == dumps[0] for d in dumps[1:]), "every laptop holds the same"
    for laptop in everyone:
        assert merge.survivor_of(laptop, merged) == survivor
        assert people.get_person(laptop, merged) is None
        assert merge_table.person_counts(laptop, merged) == dict.fromkeys(merge_table.person_counts(laptop, merged), 0)
        for meeting_id in meeting_ids:
            assert attendance_table.get_attendance(laptop, meeting_id, survivor) is not None
        assert laptop.conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("merge_first", [True, False])
def test_a_merge_meets_an_offline_check_in_of_the_merged_away_person(org, merge_first):
    a, b = laptops(org, 2)
    survivor, merged = org.person_ids[0], org.person_ids[1]
    later = create_meeting(a, Meeting(title="Later", starts_at="2026-11-29T18:00")).id
    introduce(a, b)
    Desk.open(a, org.meeting_id).check_in(people.get_person(a, survivor), now="2026-11-22T18:10")
    # B has not heard of the merge: it checks the merged-away person in, twice, and notes what they say.
    Desk.open(b, org.meeting_id).check_in(people.get_person(b, merged), now="2026-11-22T18:03")
    Desk.open(b, later).check_in(people.get_person(b, merged), now="2026-11-29T18:00")
    add_note(b, later, "Street lights", speaker_id=merged)
    if merge_first:
        merge.merge_people(a, survivor, merged)
        from_a, from_b = service.export_bundle(a, for_laptop=b.site_id).data, service.export_bundle(b, for_laptop=a.site_id).data
    else:
        from_b = service.export_bundle(b, for_laptop=a.site_id).data
        merge.merge_people(a, survivor, merged)
        from_a = service.export_bundle(a, for_laptop=b.site_id).data
    send(a, b, from_a)
    send(b, a, from_b)
    for laptop in (a, b):
        assert merge.survivor_of(laptop, merged) == survivor
        assert merge_table.person_counts(laptop, survivor)["notes"] == 1
        assert attendance_table.get_attendance(laptop, later, survivor).time_in == "2026-11-29T18:00"
    settle([a, b])
    check_the_merge_holds([a, b], survivor, merged, [org.meeting_id, later])
    # Both checked in at the same meeting: one row, with the earlier time in.
    assert attendance_table.get_attendance(a, org.meeting_id, survivor).time_in == "2026-11-22T18:03"
    a.close(), b.close()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_laptops_in_every_order(org, order):
    a, b, c = laptops(org, 3)
    survivor, merged = org.person_ids[2], org.person_ids[3]
    merge.merge_people(a, survivor, merged, {"given_name": "merged"})
    Desk.open(b, org.meeting_id).check_in(people.get_person(b, merged), now="2026-11-22T18:30")
    add_note(c, org.meeting_id, "Parks", speaker_id=merged)
    made = [(laptop, service.export_bundle(laptop, full=True).data) for laptop in (a, b, c)]
    receiver = c if order[0] != 2 else a
    for index in order:  # one laptop receives all three changes, in this order, then relays
        source, data = made[index]
        if source is not receiver:
            send(source, receiver, data)
    assert merge.survivor_of(receiver, merged) == survivor
    assert merge_table.person_counts(receiver, survivor)["meetings"] == 1
    assert merge_table.person_counts(receiver, survivor)["notes"] == 1
    settle([a, b, c])
    check_the_merge_holds([a, b, c], survivor, merged, [org.meeting_id])
    assert people.get_person(c, survivor).given_name == "Person3"
    for laptop in (a, b, c):
        laptop.close()


def test_a_merged_away_person_brought_back_elsewhere_is_merged_again(org):
    a, b = laptops(org, 2)
    survivor, merged = org.person_ids[0], org.person_ids[1]
    merge.merge_people(a, survivor, merged)
    b.revive("people", merged, {})  # e.g. an undo of a delete, on a laptop that had not heard
    settle([a, b])
    check_the_merge_holds([a, b], survivor, merged, [])
    a.close(), b.close()


def test_an_erasure_of_the_merged_away_person_elsewhere_erases_the_survivor_too(org):
    a, b = laptops(org, 2)
    survivor, merged = org.person_ids[0], org.person_ids[1]
    merge.merge_people(a, survivor, merged)
    service.erase_person(b, merged)  # B had not heard of the merge
    settle([a, b])
    for laptop in (a, b):
        for person_id in (survivor, merged):
            row = laptop.get("people", person_id, include_deleted=True)
            assert row["erased"] == 1 and row["email"] == "" and row["given_name"] == ""
    assert canonical(a) == canonical(b)
    a.close(), b.close()


def test_the_same_pair_merged_on_two_laptops_at_once_converges(org):
    a, b = laptops(org, 2)
    first, second = org.person_ids[0], org.person_ids[1]
    merge.merge_people(a, first, second)
    merge.merge_people(b, second, first)  # each kept the other
    settle([a, b])
    dumps = canonical(a), canonical(b)
    assert dumps[0] == dumps[1]
    kept = min(first, second)
    for laptop in (a, b):
        assert merge.survivor_of(laptop, first) == merge.survivor_of(laptop, second) == kept
        assert people.get_person(laptop, kept) is not None
    a.close(), b.close()


def test_not_the_same_person_travels(org):
    a, b = laptops(org, 2)
    one, two = org.person_ids[0], org.person_ids[1]
    a.update("people", two, {"email": "p0@example.org"})
    introduce(a, b)
    assert [(p.person_a, p.person_b) for p in find_duplicates(b)] == [tuple(sorted((one, two)))]
    not_the_same(a, one, two)
    introduce(a, b)
    assert find_duplicates(b) == [] and find_duplicates(a) == []
    a.close(), b.close()
