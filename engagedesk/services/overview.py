"""What the window shows at a glance: whose database this is and how much it holds."""

from __future__ import annotations

from dataclasses import dataclass

from engagedesk.services import organisation
from engagedesk.store.store import Store


@dataclass(frozen=True)
class Overview:
    organisation_name: str | None
    laptop_name: str
    people: int
    meetings: int
    campaigns: int
    turfs: int
    schema_version: int


def overview(store: Store) -> Overview:
    org = organisation.get_organisation(store)
    return Overview(
        organisation_name=org.name if org else None,
        laptop_name=organisation.this_laptop(store).name,
        people=store.count("people"),
        meetings=store.count("meetings"),
        campaigns=store.count("campaigns"),
        turfs=store.count("turfs"),
        schema_version=store.schema_version,
    )
