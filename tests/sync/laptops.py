"""Helpers shared by the sync safety tests: laptops of one organisation, bundles between them,
and snapshots of a database's whole content to compare before and after."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

from engagedesk.domain.models import Meeting, Person
from engagedesk.services import organisation, people
from engagedesk.services.meetings import create_meeting
from engagedesk.store import Store, sync_rows
from engagedesk.sync import service
from engagedesk.sync.service import ImportReport

SCALE = float(os.environ.get("ENGAGEDESK_TEST_SCALE", "1"))


def scaled(count: int) -> int:
    return max(1, int(count * SCALE))


class Org:
    """The first laptop of an organisation, with a few people, a meeting, a campaign and an address."""

    def __init__(self, path: Path | None = None, people_count: int = 8, name: str = "Riverside") -> None:
        self.first = Store.open(path)
        organisation.set_up(self.first, name, "Laptop A")
        self.person_ids = [
            people.add_person(self.first, Person(given_name=f"Person{n}", family_name="Seed",
                                                 email=f"p{n}@example.org")).id
            for n in range(people_count)
        ]
        self.meeting_id = create_meeting(self.first, Meeting(title="Town hall", series="Hall",
                                                             starts_at="2026-11-22T18:00")).id
        self.campaign_id, self.address_id = str(uuid.uuid4()), str(uuid.uuid4())
        self.first.insert("campaigns", {"id": self.campaign_id, "name": "Survey", "outcomes": "[]"})
        self.first.insert("addresses", {"id": self.address_id, "number": "1", "street": "Elm Street"})
        self.joining = service.export_bundle(self.first, full=True).data

    def join(self, path: Path | None = None, name: str = "Laptop") -> Store:
        laptop = Store.open(path)
        service.import_bundle(laptop, self.joining)
        organisation.rename_laptop(laptop, name)
        return laptop


def send(source: Store, target: Store, data: bytes, **options: Any) -> ImportReport:
    """Import ``data`` (made by ``source``) into ``target``, accepting the source laptop."""
    return service.import_bundle(target, data, trust=service.my_fingerprint(source), **options)


def introduce(*laptops: Store) -> None:
    """Every laptop imports a full bundle from every other: all know (and have seen) each other."""
    made = [(laptop, service.export_bundle(laptop, full=True).data) for laptop in laptops]
    for source, data in made:
        for target in laptops:
            if target is not source:
                send(source, target, data)


def canonical(store: Store) -> bytes:
    """The canonical dump, as bytes (what ``engagedesk dump`` prints)."""
    return json.dumps(sync_rows.dump(store), ensure_ascii=False, sort_keys=True).encode("utf-8")


def content(store: Store) -> str:
    """A digest of every row of every table, the local bookkeeping and search index included."""
    digest = hashlib.sha256()
    tables = [row[0] for row in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for row in sorted(repr(tuple(row)) for row in store.conn.execute(f'SELECT * FROM "{table}"')):
            digest.update(row.encode())
    return digest.hexdigest()


def shared(store: Store, *hidden: Store) -> dict[str, list[dict[str, Any]]]:
    """The dump without the names of the ``hidden`` laptops (receivers that never exported, so
    that only they know their own name)."""
    data = sync_rows.dump(store)
    ids = {laptop.site_id for laptop in hidden}
    data["laptops"] = [row for row in data["laptops"] if row["id"] not in ids]
    return data
