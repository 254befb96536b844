"""Laptops that have seen the same bundles hold the same data, whatever happened on the way.

A Hypothesis state machine: 2-5 laptops make random changes of every kind (people created,
edited field by field, deleted, erased, merged; check-ins and their undo; notes; door knocks) and
exchange bundles in any order: partial (incremental) and full, duplicated, stale, relayed through
a third laptop.  After one last full exchange, every laptop's canonical dump is identical.

ENGAGEDESK_TEST_SCALE multiplies the number of examples (300 by default; 167 for 50,000 overnight).
"""

from __future__ import annotations

import os
import uuid

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from engagedesk.domain.models import Meeting, Person
from engagedesk.services import merge, organisation, people
from engagedesk.services.desk import Desk
from engagedesk.services.meetings import create_meeting
from engagedesk.store import Store, sync_rows
from engagedesk.store import merge as merge_table
from engagedesk.store.attendance import attendance_id
from engagedesk.sync import service

SCALE = float(os.environ.get("ENGAGEDESK_TEST_SCALE", "1"))
NAMES = ["José", "Ana", "Nguyễn", "O'Brien", "Иван", "王芳", ""]
FIELDS = {
    "given_name": st.sampled_from(NAMES[:-1]),
    "family_name": st.sampled_from(NAMES),
    "email": st.sampled_from(["", "a@example.org", "b@example.org"]),
    "phone": st.sampled_from(["", "555-0101", "555-0202"]),
    "notes": st.sampled_from(["", "note one", "note two", "ノート"]),
    "may_contact": st.sampled_from([0, 1]),
    "do_not_contact": st.sampled_from([0, 1]),
}


class Laptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.laptops: list[Store] = []
        self.bundles: list[tuple[int, bytes]] = []  # (source laptop, data)
        self.person_ids: list[str] = []
        self.meeting_ids: list[str] = []
        self.campaign_id = ""
        self.address_id = ""
        self.made = 0

    def new_id(self) -> str:
        """Ids that never collide within one run (Hypothesis would happily draw the same one twice)."""
        self.made += 1
        return str(uuid.UUID(int=self.made, version=4))

    @initialize(count=st.integers(2, 5))
    def start(self, count: int) -> None:
        first = Store.open(None)
        organisation.set_up(first, "Riverside", "Laptop 0")
        person = people.add_person(first, Person(given_name="Seed", family_name="Person"))
        self.person_ids.append(person.id)
        meeting = create_meeting(first, Meeting(title="Town hall", series="Hall", starts_at="2026-11-22T18:00"))
        self.meeting_ids.append(meeting.id)
        self.campaign_id, self.address_id = str(uuid.uuid4()), str(uuid.uuid4())
        first.insert("campaigns", {"id": self.campaign_id, "name": "Survey", "outcomes": "[]"})
        first.insert("addresses", {"id": self.address_id, "number": "1", "street": "Elm Street"})
        self.laptops.append(first)
        joining = service.export_bundle(first, full=True).data
        for number in range(1, count):
            laptop = Store.open(None)
            service.import_bundle(laptop, joining)
            organisation.rename_laptop(laptop, f"Laptop {number}")
            self.laptops.append(laptop)

    def teardown(self) -> None:
        for laptop in self.laptops:
            laptop.close()

    def pick(self, data: st.DataObject) -> tuple[int, Store]:
        number = data.draw(st.integers(0, len(self.laptops) - 1), label="laptop")
        return number, self.laptops[number]

    # ------------------------------------------------------------------ changes on one laptop

    @rule(data=st.data())
    def create_person(self, data: st.DataObject) -> None:
        _, laptop = self.pick(data)
        person = Person(id=self.new_id(), given_name=data.draw(FIELDS["given_name"]),
                        family_name=data.draw(FIELDS["family_name"]))
        people.add_person(laptop, person)
        self.person_ids.append(person.id)

    def _local_person(self, data: st.DataObject, laptop: Store) -> str | None:
        person_id = data.draw(st.sampled_from(self.person_ids), label="person")
        row = laptop.query_one("SELECT erased FROM people WHERE id = ?", (person_id,))
        return person_id if row is not None and not row["erased"] else None

    @rule(data=st.data(), name=st.sampled_from(sorted(FIELDS)))
    def edit_field(self, data: st.DataObject, name: str) -> None:
        _, laptop = self.pick(data)
        person_id = self._local_person(data, laptop)
        if person_id:
            laptop.update("people", person_id, {name: data.draw(FIELDS[name], label=name)})

    @rule(data=st.data())
    def delete_or_restore_person(self, data: st.DataObject) -> None:
        _, laptop = self.pick(data)
        person_id = self._local_person(data, laptop)
        if person_id is None:
            return
        if laptop.get("people", person_id) is not None:
            laptop.delete("people", person_id)
        else:
            laptop.revive("people", person_id, {})

    @rule(data=st.data())
    def erase_person(self, data: st.DataObject) -> None:
        _, laptop = self.pick(data)
        person_id = self._local_person(data, laptop)
        if person_id:
            service.erase_person(laptop, person_id)

    @rule(data=st.data())
    def merge_two_people(self, data: st.DataObject) -> None:
        _, laptop = self.pick(data)
        live = [row[0] for row in laptop.query("SELECT id FROM people WHERE deleted = 0 ORDER BY id")]
        while len(live) < 2:  # someone entered twice, on this laptop
            person = people.add_person(laptop, Person(id=self.new_id(), given_name="Twice", family_name="Entered"))
            self.person_ids.append(person.id)
            live.append(person.id)
        survivor = data.draw(st.sampled_from(live), label="survivor")
        merged = data.draw(st.sampled_from([person_id for person_id in live if person_id != survivor]), label="merged")
        merge.merge_people(laptop, survivor, merged, {"email": data.draw(st.sampled_from(["survivor", "merged"]))})

    @rule(data=st.data())
    def check_in_or_undo(self, data: st.DataObject) -> None:
        _, laptop = self.pick(data)
        person_id = self._local_person(data, laptop)
        meeting_id = data.draw(st.sampled_from(self.meeting_ids), label="meeting")
        if person_id is None or laptop.get("meetings", meeting_id) is None:
            return
        person = people.get_person(laptop, person_id)
        if person is None:
            return
        desk = Desk.open(laptop, meeting_id)
        result = desk.check_in(person)
        if result.already and data.draw(st.booleans(), label="undo"):
            desk.undo(result.attendance)

    @rule(data=st.data())
    def create_meeting(self, data: st.DataObject) -> None:
        _, laptop = self.pick(data)
        meeting = create_meeting(laptop, Meeting(id=self.new_id(), title="Follow-up", series="Hall",
                                                 starts_at="2026-12-01T18:00"))
        self.meeting_ids.append(meeting.id)

    @rule(data=st.data(), text=st.sampled_from(["We need lights", "¿Cuándo?", "公园"]))
    def note(self, data: st.DataObject, text: str) -> None:
        _, laptop = self.pick(data)
        meeting_id = data.draw(st.sampled_from(self.meeting_ids), label="meeting")
        speaker = self._local_person(data, laptop)
        if laptop.get("meetings", meeting_id, include_deleted=True) is None:
            return
        note_id = self.new_id()
        laptop.insert("notes", {"id": note_id, "meeting_id": meeting_id, "speaker_id": speaker,
                                "kind": "comment", "text": text, "at": "2026-11-22T18:30:00"})
        if data.draw(st.booleans(), label="edit note"):
            laptop.update("notes", note_id, {"text": text + "!"})

    @rule(data=st.data(), outcome=st.sampled_from(["not home", "contacted", "refused"]))
    def knock(self, data: st.DataObject, outcome: str) -> None:
        _, laptop = self.pick(data)
        laptop.insert("knocks", {"id": self.new_id(), "campaign_id": self.campaign_id,
                                 "address_id": self.address_id, "at": "2026-11-20T10:00:00",
                                 "outcome": outcome})

    @rule(data=st.data(), heard=st.sampled_from(["1", "3", "5"]))
    def exit_feedback(self, data: st.DataObject, heard: str) -> None:
        _, laptop = self.pick(data)
        meeting_id = data.draw(st.sampled_from(self.meeting_ids), label="meeting")
        if laptop.get("meetings", meeting_id, include_deleted=True) is None:
            return
        laptop.insert("exit_feedback", {"id": self.new_id(), "meeting_id": meeting_id,
                                        "answers": f'{{"heard": "{heard}"}}', "at": "2026-11-22T20:00:00"})

    # ------------------------------------------------------------------ exchanging bundles

    @rule(data=st.data(), full=st.booleans())
    def export(self, data: st.DataObject, full: bool) -> None:
        number, laptop = self.pick(data)
        target = data.draw(st.integers(0, len(self.laptops) - 1), label="for")
        made = service.export_bundle(laptop, for_laptop=None if full else self.laptops[target].site_id, full=full)
        self.bundles.append((number, made.data))

    @precondition(lambda self: self.bundles)
    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        """Any bundle, to any laptop, any number of times, in any order (stale ones too)."""
        source, bundle = data.draw(st.sampled_from(self.bundles), label="bundle")
        number, laptop = self.pick(data)
        if number == source:
            return
        before = sync_rows.dump(laptop)
        report = service.import_bundle(laptop, bundle, trust=service.my_fingerprint(self.laptops[source]))
        if report.already_imported:
            assert sync_rows.dump(laptop) == before

    @invariant()
    def databases_stay_sound(self) -> None:
        for laptop in self.laptops:
            assert laptop.conn.execute("PRAGMA foreign_key_check").fetchall() == []

    # ------------------------------------------------------------------ the end: everyone meets

    def check_convergence(self) -> None:
        for _round in range(2):
            made = [(i, service.export_bundle(laptop, full=True).data) for i, laptop in enumerate(self.laptops)]
            for i, data in made:
                for j, laptop in enumerate(self.laptops):
                    if i != j:
                        service.import_bundle(laptop, data, trust=service.my_fingerprint(self.laptops[i]))
        dumps = [sync_rows.dump(laptop) for laptop in self.laptops]
        for number, other in enumerate(dumps[1:], start=1):
            assert other == dumps[0], f"laptop {number} differs from laptop 0"
        for laptop in self.laptops:
            assert laptop.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for row in laptop.query("SELECT * FROM people WHERE erased = 1"):
                assert row["given_name"] == row["family_name"] == row["email"] == row["phone"] == ""
            merges = merge_table.live_merges(laptop)
            for merged in merges:  # a merged-away person is gone, and nothing live points to them
                root = merge_table.resolve(merges, merged)
                if root == merged:
                    continue
                assert people.get_person(laptop, merged) is None
                if laptop.get("people", root, include_deleted=True)["erased"]:
                    assert laptop.get("people", merged, include_deleted=True)["erased"], "erased as one"
                else:
                    assert not any(merge_table.person_counts(laptop, merged).values())


class Converging(Laptops):
    def teardown(self) -> None:
        try:
            self.check_convergence()
        finally:
            super().teardown()


Converging.TestCase.settings = settings(
    max_examples=max(1, int(300 * SCALE)), stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
test_laptops_converge = Converging.TestCase
