"""Setting up the organisation and naming this laptop."""

from __future__ import annotations

import pytest

from engagedesk.domain.errors import ValidationError
from engagedesk.services import organisation
from engagedesk.store import Store


def test_a_new_database_is_not_set_up(store):
    assert organisation.is_set_up(store) is False
    assert organisation.get_organisation(store) is None
    assert organisation.this_laptop(store).name == ""
    assert organisation.this_laptop(store).id == store.site_id


def test_set_up_names_the_organisation_and_this_laptop(store):
    made = organisation.set_up(store, "  Vecinos de Riverside\n", " Front desk ")
    assert made.name == "Vecinos de Riverside"
    assert organisation.is_set_up(store)
    assert organisation.get_organisation(store) == made
    laptop = organisation.this_laptop(store)
    assert (laptop.id, laptop.name) == (store.site_id, "Front desk")


def test_set_up_again_renames_and_keeps_one_organisation(store):
    first = organisation.set_up(store, "Riverside Neighbours", "Front desk")
    second = organisation.set_up(store, "Riverside Neighbours United", "Hall laptop")
    assert second.id == first.id
    assert organisation.get_organisation(store).name == "Riverside Neighbours United"
    assert organisation.this_laptop(store).name == "Hall laptop"
    assert store.count("organisation") == 1
    assert store.count("laptops") == 1


@pytest.mark.parametrize("org_name, laptop_name, field, message", [
    ("", "Front desk", "organisation", "Please enter the organisation's name."),
    ("  \t", "Front desk", "organisation", "Please enter the organisation's name."),
    ("Riverside", "", "laptop", "Please enter a name for this laptop."),
    ("R" * 10_000, "Front desk", "organisation",
     "The organisation's name is too long: 10,000 characters. Please shorten it to 200 or fewer."),
])
def test_set_up_refuses_bad_names_and_stores_nothing(store, org_name, laptop_name, field, message):
    with pytest.raises(ValidationError) as excinfo:
        organisation.set_up(store, org_name, laptop_name)
    assert excinfo.value.for_field(field) == message
    assert store.count("organisation") == 0
    assert store.count("laptops") == 0


def test_a_failed_rename_keeps_the_old_names(store):
    organisation.set_up(store, "Riverside", "Front desk")
    with pytest.raises(ValidationError):
        organisation.set_up(store, "Riverside United", "   ")
    assert organisation.get_organisation(store).name == "Riverside"


def test_rename_laptop(store):
    organisation.rename_laptop(store, "Kitchen table")
    assert organisation.this_laptop(store).name == "Kitchen table"
    renamed = organisation.rename_laptop(store, "Mesa de la cocina")
    assert renamed.name == organisation.this_laptop(store).name == "Mesa de la cocina"
    assert store.count("laptops") == 1


def test_the_organisation_survives_reopening(db_path):
    with Store.open(db_path) as store:
        made = organisation.set_up(store, "Associação de Moradores", "Portátil 1")
    with Store.open(db_path) as store:
        assert organisation.get_organisation(store) == made
        assert organisation.this_laptop(store).name == "Portátil 1"
