"""Idempotence, order, relay and preview (ARCHITECTURE.md, "Sync by file", properties 1, 2, 3, 8).

Three laptops make overlapping and conflicting edits (the same field on two laptops, different
fields of one person, a delete, an erasure, a check-in, notes) and export six bundles between
them, incremental and full, some relaying what they received.  A fourth laptop that joined at the
start then imports them:

* again and again: every repeat says "already imported" and changes nothing;
* in every order of every subset of the six (all 1,956 orderings): the same subset gives the
  same dump whatever the order;
* relayed through a third laptop or directly: the same result;
* with a dry run first: the preview counts are what the import then does, and the dry run
  changes nothing (not one row of any table, not one byte of the file).
"""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import people
from engagedesk.services.desk import Desk
from engagedesk.store import Store, sync_rows
from engagedesk.store.organisation import get_organisation
from engagedesk.store.store import _configure
from engagedesk.sync import service
from tests.sync.laptops import Org, canonical, content, introduce, scaled, send, shared


@dataclass
class World:
    org: Org
    a: Store
    b: Store
    c: Store
    d: Store  # joined at the start, then only receives
    bundles: list[tuple[str, Store, bytes]]  # (name, source, data)

    def close(self) -> None:
        for laptop in (self.a, self.b, self.c, self.d):
            laptop.close()


def build_world(folder: Path | None = None) -> World:
    org = Org(folder / "a.db" if folder else None)
    a = org.first
    b = org.join(folder / "b.db" if folder else None, "Laptop B")
    c = org.join(folder / "c.db" if folder else None, "Laptop C")
    d = org.join(folder / "d.db" if folder else None, "Laptop D")
    introduce(a, b, c)
    p = org.person_ids
    bundles: list[tuple[str, Store, bytes]] = []

    # Round 1: the same field on two laptops, different fields of one person, new rows, a
    # delete, an erasure, a check-in and a note.
    a.update("people", p[0], {"given_name": "Ana-from-A"})
    a.update("people", p[1], {"phone": "555-0101"})
    new_a = people.add_person(a, Person(given_name="Made", family_name="OnA")).id
    a.delete("people", p[2])
    b.update("people", p[0], {"given_name": "Bo-from-B"})
    b.update("people", p[0], {"email": "bo@example.org"})
    new_b = people.add_person(b, Person(given_name="Made", family_name="OnB")).id
    b.insert("notes", {"id": "note-b-1", "meeting_id": org.meeting_id, "speaker_id": p[4], "kind": "comment",
                       "text": "We need lights", "at": "2026-11-22T18:30:00"})
    c.update("people", p[1], {"phone": "555-0202"})
    service.erase_person(c, p[3])
    desk = Desk.open(c, org.meeting_id)
    desk.check_in(people.get_person(c, p[4]))
    c.insert("knocks", {"id": "knock-c-1", "campaign_id": org.campaign_id, "address_id": org.address_id,
                        "at": "2026-11-20T10:00:00", "outcome": "not home"})

    bundles.append(("A changes for B", a, service.export_bundle(a, for_laptop=b.site_id).data))
    bundles.append(("B changes for C", b, service.export_bundle(b, for_laptop=c.site_id).data))
    bundles.append(("C full", c, service.export_bundle(c, full=True).data))
    send(a, b, bundles[0][2])
    send(b, c, bundles[1][2])

    # Round 2: more conflicts, on rows each laptop only has through a bundle.
    a.update("people", p[0], {"given_name": "Ana-again"})
    a.update("people", p[5], {"notes": "from A"})
    b.update("people", p[0], {"given_name": "Bo-again"})
    b.delete("people", new_a)
    b.update("notes", "note-b-1", {"text": "We need lights!"})
    c.update("people", p[5], {"notes": "from C"})
    c.update("people", new_b, {"family_name": "Renamed-on-C"})
    c.update("people", p[4], {"may_contact": 1})

    bundles.append(("A changes for C", a, service.export_bundle(a, for_laptop=c.site_id).data))
    bundles.append(("B full, relaying A", b, service.export_bundle(b, full=True).data))
    bundles.append(("C changes for A, relaying B", c, service.export_bundle(c, for_laptop=a.site_id).data))
    assert not any(service.peek(data)["full"] for name, _s, data in bundles if "changes" in name)
    return World(org, a, b, c, d, bundles)


@pytest.fixture(scope="module")
def world() -> World:
    made = build_world()
    yield made
    made.close()


def snapshot(store: Store) -> bytes:
    return store.conn.serialize()


def restore(image: bytes) -> Store:
    """A laptop holding ``image`` (a snapshot of a database in memory), on a new connection set up
    as Store.open sets one up.  (Always a new connection: deserializing into one that has run
    statements before proved unsafe, its cached statements then sometimes wrote wrong values.)"""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.deserialize(image)
    _configure(conn)
    return Store(conn, None, None)


def copy_of(store: Store) -> Store:
    """Another laptop holding exactly what ``store`` holds (the same site: a copy of its file)."""
    return restore(snapshot(store))


# ---------------------------------------------------------------------------- re-import

@pytest.fixture
def d(world: World) -> Store:
    """A copy of the receiving laptop as it was at the start (each test gets its own)."""
    laptop = restore(snapshot(world.d))
    yield laptop
    laptop.close()


@pytest.mark.parametrize("repeats", range(1, 6))
@pytest.mark.parametrize("index", range(6))
def test_reimport_changes_nothing_and_says_so(world: World, d: Store, index: int, repeats: int) -> None:
    name, source, data = world.bundles[index]
    rng = random.Random(index * 10 + repeats)
    # Some other bundles first, so the repeat is not always on a fresh laptop.
    others = [bundle for number, bundle in enumerate(world.bundles) if number != index]
    for _other, other_source, other in rng.sample(others, rng.randrange(0, 3)):
        send(other_source, d, other)
    first = send(source, d, data)
    assert not first.already_imported, name
    once_dump, once_content = canonical(d), content(d)
    for repeat in range(1, repeats + 1):
        again = send(source, d, data)
        assert again.already_imported, f"{name}: repeat {repeat} was imported again"
        assert "Already imported" in again.summary()
        assert again.merge.changed == again.merge.conflicts == 0
        assert canonical(d) == once_dump
        assert content(d) == once_content, f"{name}: repeat {repeat} wrote something"
    # Another bundle in between, then the same one again: still nothing.
    other_source, other = world.bundles[(index + 1) % 6][1:]
    send(other_source, d, other)
    between = canonical(d), content(d)
    assert send(source, d, data).already_imported
    assert (canonical(d), content(d)) == between


def test_same_changes_in_a_new_bundle_change_nothing(world: World, d: Store) -> None:
    """The same content exported again (a new bundle id) is merged, and merging it changes nothing:
    no new or updated rows, and no conflict logged a second time."""
    for _name, source, data in world.bundles:
        send(source, d, data)
    for laptop in (world.a, world.b, world.c):
        send(laptop, d, service.export_bundle(laptop, full=True).data)
    once, conflicts = canonical(d), [dict(row, at="") for row in sync_rows.open_conflicts(d)]
    assert conflicts, "the world should have conflicts"
    for _round in range(2):
        for laptop in (world.a, world.b, world.c):
            repeat = send(laptop, d, service.export_bundle(laptop, full=True).data)
            assert not repeat.already_imported
            assert (repeat.merge.new, repeat.merge.updated, repeat.merge.conflicts, repeat.merge.deletions,
                    repeat.merge.erasures) == (0, 0, 0, 0, 0), repeat.summary()
    assert canonical(d) == once
    assert [dict(row, at="") for row in sync_rows.open_conflicts(d)] == conflicts, "a conflict was logged twice"


# ---------------------------------------------------------------------------- order

def test_every_order_of_every_subset_gives_the_same_dump(world: World) -> None:
    """Walk the tree of all orderings of the six bundles (every k-permutation, k = 0..6), importing
    one bundle per step into a copy of the parent's database.  Orderings of the same subset must
    give identical dumps."""
    dumps: dict[frozenset[int], bytes] = {}
    visited = 0

    def walk(image: bytes, used: tuple[int, ...]) -> None:
        nonlocal visited
        for index in range(len(world.bundles)):
            if index in used:
                continue
            store = restore(image)
            try:
                _name, source, data = world.bundles[index]
                report = send(source, store, data)
                assert not report.already_imported
                order = (*used, index)
                visited += 1
                got = canonical(store)
                expected = dumps.setdefault(frozenset(order), got)
                assert got == expected, f"order {order} gives another dump than another order of the same bundles"
                assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
                child = snapshot(store) if len(order) < len(world.bundles) else b""
            finally:
                store.close()
            if child:
                walk(child, order)

    walk(snapshot(world.d), ())
    assert visited == sum(len(list(itertools.permutations(range(6), k))) for k in range(1, 7)) == 1956
    # All six, in any order, equal what a laptop that made or saw everything holds after a
    # final full exchange among the three: the bundles carried every change.
    final = json.loads(dumps[frozenset(range(6))])
    final["laptops"] = [row for row in final["laptops"] if row["id"] != world.d.site_id]  # D's own name
    laptops = [copy_of(laptop) for laptop in (world.a, world.b, world.c)]
    try:
        introduce(*laptops)
        for laptop in laptops:
            assert json.loads(canonical(laptop)) == final
    finally:
        for laptop in laptops:
            laptop.close()


# ---------------------------------------------------------------------------- relay

def test_relayed_through_a_third_laptop_equals_direct() -> None:
    world = build_world()
    a, b, c = world.a, world.b, world.c
    try:
        from_a = service.export_bundle(a, full=True).data
        from_b = service.export_bundle(b, full=True).data
        c_direct, c_relayed = copy_of(c), copy_of(c)
        # B takes A's bundle and passes everything on: whole, and as changes only C has not seen.
        send(a, b, from_a)
        relay_full = service.export_bundle(b, full=True).data
        relay_changes = service.export_bundle(b, for_laptop=c.site_id).data
        assert not service.peek(relay_changes)["full"]

        # A laptop with nothing of A's or B's changes: A and B directly, or B's relay alone.
        direct, relayed = world.org.join(None, "Direct"), world.org.join(None, "Relayed")
        send(a, direct, from_a)
        send(b, direct, from_b)
        send(b, relayed, relay_full)
        hidden = (direct, relayed)
        assert shared(direct, *hidden) == shared(relayed, *hidden) == shared(b, *hidden)

        # A laptop with changes of its own (C): the same, with an incremental relay too.
        send(a, c_direct, from_a)
        send(b, c_direct, from_b)
        send(b, c_relayed, relay_changes)
        assert canonical(c_direct) == canonical(c_relayed)
        also_full = copy_of(c)
        send(b, also_full, relay_full)
        assert canonical(also_full) == canonical(c_direct)

        # And the order of direct and relayed bundles does not matter either.
        mixed = world.org.join(None, "Mixed")
        send(b, mixed, relay_full)
        send(a, mixed, from_a)
        send(b, mixed, from_b)
        assert shared(mixed, mixed, direct) == shared(direct, mixed, direct)
        for laptop in (c_direct, c_relayed, also_full, direct, relayed, mixed):
            laptop.close()
    finally:
        world.close()


# ---------------------------------------------------------------------------- preview

def _files(path: Path) -> dict[str, bytes]:
    return {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal")
            if Path(f"{path}{suffix}").exists()}


@pytest.mark.parametrize("seed", range(scaled(3)))
def test_dry_run_previews_exactly_and_changes_nothing(tmp_path: Path, seed: int) -> None:
    world = build_world(tmp_path)
    try:
        d = world.d
        order = list(range(6))
        random.Random(seed).shuffle(order)
        seen = {"new": 0, "updated": 0, "conflicts": 0, "deletions": 0, "erasures": 0}
        for index in order:
            name, source, data = world.bundles[index]
            d.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before_files, before_content, before_dump = _files(d.path), content(d), canonical(d)
            backups = sorted((d.path.parent / "d-backups").glob("*")) if (d.path.parent / "d-backups").exists() else []
            preview = send(source, d, data, dry_run=True)
            assert preview.dry_run and not preview.already_imported
            assert preview.summary().startswith("Would import")
            assert canonical(d) == before_dump, f"{name}: the dry run changed the dump"
            assert content(d) == before_content, f"{name}: the dry run changed a table"
            assert _files(d.path) == before_files, f"{name}: the dry run changed the file"
            assert not sync_rows.bundle_seen_before(d, preview.bundle_id)
            now_backups = sorted((d.path.parent / "d-backups").glob("*")) if (d.path.parent / "d-backups").exists() else []
            assert now_backups == backups, "a dry run made a backup"
            # A second preview says the same.
            assert asdict(send(source, d, data, dry_run=True).merge) == asdict(preview.merge)
            real = send(source, d, data)
            assert asdict(real.merge) == asdict(preview.merge), f"{name}: preview {preview.summary()} / {real.summary()}"
            assert real.gaps == preview.gaps
            assert canonical(d) != before_dump or preview.merge.changed == 0
            # Previewing an imported bundle says "already imported".
            assert send(source, d, data, dry_run=True).already_imported
            for kind in seen:
                seen[kind] += getattr(preview.merge, kind)
        assert all(seen.values()), f"the bundles should exercise every kind of change: {seen}"
    finally:
        world.close()


def test_dry_run_of_a_joining_laptop_changes_nothing(tmp_path: Path) -> None:
    """A new laptop (no organisation yet) previewing a full bundle: nothing is taken in."""
    org = Org(None)
    data = service.export_bundle(org.first, full=True).data
    try:
        with Store.open(tmp_path / "new.db") as laptop:
            laptop.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before, files = content(laptop), _files(laptop.path)
            preview = service.import_bundle(laptop, data, dry_run=True)
            assert preview.joined and preview.merge.new > 0
            assert content(laptop) == before and _files(laptop.path) == files
            assert get_organisation(laptop) is None
            real = service.import_bundle(laptop, data)
            assert asdict(real.merge) == asdict(preview.merge)
            assert canonical(laptop) == canonical(org.first)
    finally:
        org.first.close()


def test_a_preview_does_not_move_this_laptops_clock():
    from engagedesk.services import organisation
    from engagedesk.store import Store
    from engagedesk.store.hlc import decode
    from engagedesk.sync import service

    ahead, here = Store.open(None), Store.open(None)
    organisation.set_up(ahead, "Riverside", "Fast clock")
    ahead.clock = type(ahead.clock)(ahead.clock.last, wall_ms=lambda: 4_000_000_000_000)  # year 2096
    organisation.rename_laptop(ahead, "Fast clock laptop")
    data = service.export_bundle(ahead, full=True).data
    before = here.clock.last
    service.import_bundle(here, data, dry_run=True)
    assert here.clock.last == before
    service.import_bundle(here, data)
    assert decode(here.clock.last)[0] >= 4_000_000_000_000


def test_using_the_lost_value_of_a_deletion_deletes_or_restores():
    from engagedesk.domain.models import Person
    from engagedesk.services import organisation, people
    from engagedesk.store import Store, sync_rows
    from engagedesk.sync import service

    a, b = Store.open(None), Store.open(None)
    organisation.set_up(a, "Riverside", "A")
    person = people.add_person(a, Person(given_name="Ana"))
    service.import_bundle(b, service.export_bundle(a, full=True).data)
    a.delete("people", person.id)
    b.delete("people", person.id)
    b.revive("people", person.id, {})
    service.import_bundle(a, service.export_bundle(b, full=True).data, trust=service.my_fingerprint(b))
    conflicts = [c for c in sync_rows.open_conflicts(a) if c["field"] == "deleted"]
    assert conflicts, "the concurrent delete and restore should be a conflict"
    lost = json.loads(conflicts[0]["lost_value"])
    service.use_lost_value(a, conflicts[0]["id"])
    row = a.get("people", person.id, include_deleted=True)
    assert row["deleted"] == lost
    assert all(c["id"] != conflicts[0]["id"] for c in sync_rows.open_conflicts(a))
