"""An erasure travels and leaves nothing behind (ARCHITECTURE.md, "Sync by file", property 4).

Five laptops on disk.  Laptop A erases "Zenobia Quixotl" (a name no test data or random bytes
could hold by chance) after her record travelled everywhere, was edited on several laptops and
logged in conflicts.  The erasure reaches B incrementally, C in a full bundle, D only relayed
through B, and E joins late from an old bundle that still holds her.  Laptops that had not yet
heard of the erasure edit her meanwhile; old bundles that still hold her arrive afterwards.

Afterwards: every laptop holds the same blank, erased row; no byte of her name or e-mail (as
UTF-8, or UTF-16 either way round, in any letter case) is in any laptop's database file or WAL,
nor in any bundle any laptop exports later (the file as written, and its decompressed payload).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import organisation, people
from engagedesk.services.desk import Desk
from engagedesk.store import Store, sync_rows
from engagedesk.sync import bundle, service
from tests.sync.laptops import Org, canonical, introduce, send

GIVEN, FAMILY = "Zenobia", "Quixotl"
EMAIL = "zenobia.quixotl@example.org"
PASSPHRASE = "erase me properly"


def needles() -> list[bytes]:
    words = [GIVEN.lower(), FAMILY.lower(), EMAIL.lower()]
    found = []
    for word in words:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(word.encode(encoding))
    return found


def traces(data: bytes | bytearray) -> list[bytes]:
    """The needles in ``data``, whatever the case of the letters (bytes.lower() folds ASCII only,
    which is what the needles are made of, in UTF-8 and in UTF-16)."""
    lowered = bytes(data).lower()
    return [needle for needle in needles() if needle in lowered]


@dataclass
class Erased:
    folder: Path
    laptops: dict[str, Store]
    zenobia: str
    old: list[tuple[Store, bytes]] = field(default_factory=list)  # bundles made before the erasure
    # Backup copies holding her just after each laptop applied the erasure.
    backups_at_erasure: dict[str, list[bytes]] = field(default_factory=dict)

    def paths(self) -> dict[str, Path]:
        return {name: Path(laptop.path) for name, laptop in self.laptops.items()}


def join(path: Path, data: bytes, name: str) -> Store:
    laptop = Store.open(path)
    service.import_bundle(laptop, data)
    organisation.rename_laptop(laptop, name)
    return laptop


def backups_with_traces(erased: Erased) -> dict[str, list[bytes]]:
    found = {}
    for path in erased.paths().values():
        folder = path.parent / f"{path.stem}-backups"
        for copy in sorted(folder.glob("*")) if folder.exists() else []:
            if traces(copy.read_bytes()):
                found[copy.name] = traces(copy.read_bytes())
    return found


@pytest.fixture(scope="module")
def erased(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Erased]:
    folder = tmp_path_factory.mktemp("erasure")
    org = Org(folder / "a.db", people_count=6)
    a = org.first
    zenobia = people.add_person(a, Person(given_name=GIVEN, family_name=FAMILY, email=EMAIL, phone="555-0147",
                                          notes=f"Ask {GIVEN} about the {FAMILY} family reunion")).id
    old_full = service.export_bundle(a, full=True).data
    b, c, d = (join(folder / f"{name}.db", old_full, f"Laptop {name.upper()}") for name in "bcd")
    introduce(a, b, c, d)
    world = Erased(folder, {"a": a, "b": b, "c": c, "d": d}, zenobia)
    world.old.append((a, old_full))

    # Her record is edited here and there, with a conflict, a check-in and a note as speaker.
    a.update("people", zenobia, {"phone": "555-0148"})
    b.update("people", zenobia, {"preferred_name": f"Zen {FAMILY}"})
    c.update("people", zenobia, {"preferred_name": f"Nobi {FAMILY}"})
    Desk.open(a, org.meeting_id).check_in(people.get_person(a, zenobia))
    a.insert("notes", {"id": "note-z", "meeting_id": org.meeting_id, "speaker_id": zenobia, "kind": "comment",
                       "text": "We need lights", "at": "2026-11-22T18:30:00"})
    for source in (a, b, c):
        made = service.export_bundle(source, full=True).data
        world.old.append((source, made))
        for target in (a, b, c, d):
            if target is not source:
                send(source, target, made)
    assert any(row["row_id"] == zenobia for row in sync_rows.open_conflicts(d)), "she should be in a conflict"
    stale_for_d = service.export_bundle(a, for_laptop=d.site_id).data
    world.old.append((a, stale_for_d))
    # C edits her before it hears of the erasure.
    c.update("people", zenobia, {"given_name": f"{GIVEN}-Maria", "email": "new." + EMAIL})
    c_edit = service.export_bundle(c, full=True).data
    world.old.append((c, c_edit))

    # A erases her, and the erasure travels: incrementally to B, whole to C, to D only through B.
    assert service.erase_person(a, zenobia)
    erase_for_b = service.export_bundle(a, for_laptop=b.site_id).data
    erase_full = service.export_bundle(a, full=True).data
    assert send(a, b, erase_for_b).merge.erasures == 1
    d.update("people", zenobia, {"notes": f"{GIVEN} called back"})  # D has not heard yet
    d_edit = service.export_bundle(d, full=True).data
    world.old.append((d, d_edit))
    relay_for_d = service.export_bundle(b, for_laptop=d.site_id).data
    assert send(b, d, relay_for_d).merge.erasures == 1
    assert send(a, c, erase_full).merge.erasures == 1
    world.backups_at_erasure = backups_with_traces(world)

    # Old bundles arrive afterwards, and the edits made meanwhile.
    for source, data in world.old:
        for target in (a, b, c, d):
            if target is not source:
                send(source, target, data)
    # E joins late, from the old full bundle that still holds her, then hears of the erasure.
    e = join(folder / "e.db", old_full, "Laptop E")
    world.laptops["e"] = e
    send(a, e, erase_full)
    for source, data in world.old[1:]:
        send(source, e, data)
    introduce(a, b, c, d, e)
    introduce(a, b, c, d, e)
    yield world
    for laptop in world.laptops.values():
        laptop.close()


def test_every_laptop_holds_the_same_blank_row(erased: Erased) -> None:
    dumps = {name: canonical(laptop) for name, laptop in erased.laptops.items()}
    assert len(set(dumps.values())) == 1, "the laptops disagree"
    for laptop in erased.laptops.values():
        row = laptop.get("people", erased.zenobia, include_deleted=True)
        assert row["erased"] == 1 and row["deleted"] == 1
        assert (row["given_name"], row["family_name"], row["preferred_name"], row["email"], row["phone"],
                row["notes"], row["sort_key"].strip(), row["phone_digits"]) == ("",) * 8
        assert people.find_people(laptop, GIVEN) == [] and people.find_people(laptop, FAMILY) == []
        assert not [c for c in sync_rows.open_conflicts(laptop) if c["row_id"] == erased.zenobia]
        assert laptop.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # What was linked to her stays, linked to the blank row.
        assert laptop.scalar("SELECT count(*) FROM notes WHERE speaker_id = ?", (erased.zenobia,)) == 1


def test_no_trace_in_any_database_file_or_wal(erased: Erased) -> None:
    found = {}
    for name, path in erased.paths().items():
        for suffix in ("", "-wal"):
            file = Path(f"{path}{suffix}")
            if file.exists() and traces(file.read_bytes()):
                found[file.name] = traces(file.read_bytes())
    assert not found, f"the erased person is still in {found}"


def test_no_trace_in_any_later_bundle(erased: Erased) -> None:
    laptops = list(erased.laptops.values())
    found = {}
    for number, laptop in enumerate(laptops):
        other = laptops[(number + 1) % len(laptops)]
        made = {
            "full": service.export_bundle(laptop, full=True).data,
            "changes": service.export_bundle(laptop, for_laptop=other.site_id).data,
            "sealed": service.export_bundle(laptop, full=True, passphrase=PASSPHRASE).data,
        }
        for kind, data in made.items():
            opened = bundle.unpack(data, PASSPHRASE if kind == "sealed" else None)
            text = json.dumps({"header": opened.header, "rows": opened.rows}, ensure_ascii=False).encode("utf-8")
            for label, blob in (("file", data), ("decompressed", text)):
                if traces(blob):
                    found[f"{laptop.site_id[:8]} {kind} {label}"] = traces(blob)
            # The erased row travels, blank, so that the erasure reaches every laptop.
            rows = {row[1]: row for row in opened.rows if row[0] == "people"}
            if kind != "changes":
                assert rows[erased.zenobia][3]["erased"] == 1
        written = service.write_bundle(made["full"], erased.folder / "out" / f"{number}.edsync")
        if traces(written.read_bytes()):
            found[written.name] = traces(written.read_bytes())
    assert not found, f"the erased person is in later bundles: {found}"


def test_an_old_bundle_does_not_bring_her_back(erased: Erased) -> None:
    for laptop in erased.laptops.values():
        for source, data in erased.old:
            if source.site_id == laptop.site_id:
                continue
            send(source, laptop, data, dry_run=True)
            send(source, laptop, data)
            row = laptop.get("people", erased.zenobia, include_deleted=True)
            assert row["erased"] == 1 and row["given_name"] == "" and row["email"] == ""
    # A laptop that never heard of her, given the old bundles first, then any later bundle.
    path = erased.folder / "late.db"
    late = Store.open(path)
    try:
        source, first = erased.old[0]
        service.import_bundle(late, first)
        for source, data in erased.old[1:]:
            send(source, late, data)
        assert late.get("people", erased.zenobia)["given_name"].startswith(GIVEN)
        a = erased.laptops["a"]
        send(a, late, service.export_bundle(a, for_laptop=late.site_id).data)
        row = late.get("people", erased.zenobia, include_deleted=True)
        assert row["erased"] == 1 and row["given_name"] == ""
        for source, data in erased.old:
            send(source, late, data)
        assert late.get("people", erased.zenobia, include_deleted=True)["erased"] == 1
        for suffix in ("", "-wal"):
            file = Path(f"{path}{suffix}")
            assert not (file.exists() and traces(file.read_bytes())), f"{file.name} still holds her"
    finally:
        late.close()
    for suffix in ("", "-wal"):
        file = Path(f"{path}{suffix}")
        assert not (file.exists() and traces(file.read_bytes())), f"{file.name} still holds her, once closed"


def test_no_trace_once_the_laptops_are_closed(erased: Erased, tmp_path: Path) -> None:
    """Closing checkpoints the WAL into the file: what the file then holds is clean too."""
    found = {}
    for name, laptop in list(erased.laptops.items()):
        path = Path(laptop.path)
        laptop.close()
        for suffix in ("", "-wal"):
            file = Path(f"{path}{suffix}")
            if file.exists() and traces(file.read_bytes()):
                found[file.name] = traces(file.read_bytes())
        erased.laptops[name] = Store.open(path)
    assert not found, f"the erased person is still in {found}"


def test_old_backups_are_gone_after_enough_imports(erased: Erased) -> None:
    """The store keeps the last few backups: by now, each laptop has imported enough bundles after
    the erasure that no backup from before it is left."""
    assert backups_with_traces(erased) == {}


def test_backups_made_after_the_erasure_hold_no_trace(erased: Erased) -> None:
    """A backup made once the erasure has been applied is as clean as the database."""
    laptop = erased.laptops["b"]
    a = erased.laptops["a"]
    send(a, laptop, service.export_bundle(a, full=True).data)  # makes a backup first
    folder = Path(laptop.path).parent / "b-backups"
    newest = max(folder.glob("*.db"), key=lambda path: path.stat().st_mtime_ns)
    assert not traces(newest.read_bytes())


def test_backups_hold_no_trace_once_the_erasure_is_applied(erased: Erased) -> None:
    found = erased.backups_at_erasure
    print("backups holding the erased person just after the erasure:", sorted(found))
    assert not found
