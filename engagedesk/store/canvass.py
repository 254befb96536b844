"""Campaigns and turfs in the store (listing for now; the canvassing issue adds the rest)."""

from __future__ import annotations

from engagedesk.domain.models import Campaign, Turf
from engagedesk.store.rows import from_row
from engagedesk.store.store import Store


def list_campaigns(store: Store) -> list[Campaign]:
    rows = store.query("SELECT * FROM campaigns WHERE deleted = 0 ORDER BY starts_on DESC, name")
    return [from_row(Campaign, row) for row in rows]


def list_turfs(store: Store) -> list[tuple[Turf, int]]:
    """Every turf with its number of doors."""
    rows = store.query(
        "SELECT t.*, (SELECT count(*) FROM turf_addresses ta WHERE ta.turf_id = t.id AND ta.deleted = 0) AS doors "
        "FROM turfs t WHERE t.deleted = 0 ORDER BY t.name"
    )
    return [(from_row(Turf, row), row["doors"]) for row in rows]
