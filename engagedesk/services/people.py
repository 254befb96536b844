"""Adding, editing and finding people."""

from __future__ import annotations

import dataclasses

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import validate_address, validate_person
from engagedesk.store import people as people_table
from engagedesk.store.store import Store, utc_now


def add_person(store: Store, person: Person, address: Address | None = None) -> Person:
    """Store a new person (and their address, when given); returns what was stored."""
    person = validate_person(person)
    if person.do_not_contact and not person.do_not_contact_since:
        person = dataclasses.replace(person, do_not_contact_since=utc_now()[:10])
    with store.transaction():
        if address is not None:
            address = validate_address(address)
            people_table.insert_address(store, address)
            person = dataclasses.replace(person, address_id=address.id)
        people_table.insert_person(store, person)
    return person


def edit_person(store: Store, person: Person) -> Person:
    """Save changes to a person; only the fields that changed are written (and later synced)."""
    person = validate_person(person)
    with store.transaction():
        before = people_table.get_person(store, person.id)
        if before is None:
            raise UserError(translate(
                "People", "This person is no longer in the roster (deleted, perhaps on another "
                "laptop). Your changes were not saved; add them as a new person if needed."))
        if person.do_not_contact and not before.do_not_contact and not person.do_not_contact_since:
            person = dataclasses.replace(person, do_not_contact_since=utc_now()[:10])
        if not person.do_not_contact:
            person = dataclasses.replace(person, do_not_contact_since=None)
        people_table.update_person(store, before, person)
    return person


def get_person(store: Store, person_id: str) -> Person | None:
    return people_table.get_person(store, person_id)


def find_people(store: Store, text: str, limit: int = 50) -> list[Person]:
    """People whose name, e-mail, phone digits or street start with each word typed."""
    return people_table.search_people(store, text, limit)


def count_people(store: Store) -> int:
    return store.count("people")
