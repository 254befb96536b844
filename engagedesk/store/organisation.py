"""The organisation a database belongs to, in the store."""

from __future__ import annotations

from engagedesk.domain.models import Organisation
from engagedesk.store.rows import from_row
from engagedesk.store.store import Store


def get_organisation(store: Store) -> Organisation | None:
    """The organisation of this database (the first one named, should sync ever bring two)."""
    row = store.query_one("SELECT * FROM organisation WHERE deleted = 0 ORDER BY created_at, id LIMIT 1")
    return from_row(Organisation, row) if row else None


def this_laptop_name(store: Store) -> str:
    return store.scalar("SELECT name FROM laptops WHERE id = ?", (store.site_id,)) or ""
