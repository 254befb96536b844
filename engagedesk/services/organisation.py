"""The organisation this database belongs to, and this laptop's name."""

from __future__ import annotations

from engagedesk.domain.models import Laptop, Organisation
from engagedesk.domain.validation import validate_name
from engagedesk.domain.i18n import translate
from engagedesk.store import organisation as organisation_table
from engagedesk.store.rows import from_row, to_row
from engagedesk.store.store import Store


def get_organisation(store: Store) -> Organisation | None:
    return organisation_table.get_organisation(store)


def this_laptop(store: Store) -> Laptop:
    row = store.get("laptops", store.site_id)
    return from_row(Laptop, row) if row else Laptop(id=store.site_id, name="")


def is_set_up(store: Store) -> bool:
    return get_organisation(store) is not None


def set_up(store: Store, organisation_name: str, laptop_name: str) -> Organisation:
    """Name the organisation (once per database) and this laptop."""
    org_name = validate_name(organisation_name, label=translate("Setup", "the organisation's name"),
                             field="organisation")
    laptop = validate_name(laptop_name, label=translate("Setup", "a name for this laptop"), field="laptop")
    with store.transaction():
        existing = get_organisation(store)
        if existing is None:
            organisation = Organisation(name=org_name)
            store.insert("organisation", to_row(organisation, store.columns("organisation")))
        else:
            store.update("organisation", existing.id, {"name": org_name})
            organisation = Organisation(id=existing.id, name=org_name)
        rename_laptop(store, laptop)
    return organisation


def rename_laptop(store: Store, name: str) -> Laptop:
    name = validate_name(name, label=translate("Setup", "a name for this laptop"), field="laptop")
    with store.transaction():
        if store.get("laptops", store.site_id) is None:
            store.insert("laptops", {"id": store.site_id, "name": name})
        else:
            store.update("laptops", store.site_id, {"name": name})
    return Laptop(id=store.site_id, name=name)
