"""Adding, editing and finding people."""

from __future__ import annotations

import dataclasses

from engagedesk.domain.errors import FieldProblem, UserError, ValidationError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Address, Person, new_id
from engagedesk.domain.validation import validate_address, validate_person
from engagedesk.store import people as people_table
from engagedesk.store import roster as roster_table
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


def check_person_and_address(person: Person, address: Address | None) -> tuple[Person, Address | None]:
    """Cleaned copies of both, or one :class:`ValidationError` naming every field to fix in either
    (a form shows all its problems at once, not the address's only after the name is fixed)."""
    problems: list[FieldProblem] = []
    try:
        person = validate_person(person)
    except ValidationError as error:
        problems.extend(error.problems)
    if address is not None:
        try:
            address = validate_address(address)
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return person, address


def edit_person_with_address(store: Store, person: Person, address: Address | None) -> Person:
    """Save changes to a person and to where they live, together or not at all.

    ``address`` None (or an address with nothing in it) means the person has no address any
    more; the address row stays, as knocks and other people may refer to it.  An address that
    only this person uses is updated in place (a typo fixed, a unit added).  One shared with a
    household is left to the others, and this person gets a new one: changing someone's address
    never moves the people they lived with.
    """
    if address is not None and not any(
            (address.number, address.street, address.unit, address.city, address.region, address.postal_code)):
        address = None
    person, address = check_person_and_address(person, address)
    with store.transaction():
        before = people_table.get_person(store, person.id)
        if before is None:
            return edit_person(store, person)  # says the person is gone, in the usual words
        if address is None:
            person = dataclasses.replace(person, address_id=None)
        else:
            current = people_table.get_address(store, before.address_id) if before.address_id else None
            if current is None:
                address = dataclasses.replace(address, id=new_id())
                people_table.insert_address(store, address)
            elif address.id == current.id and roster_table.address_sharers(store, current.id, person.id) == 0:
                roster_table.update_address(store, current, address)
            elif _same_place(address, current):
                address = current
            else:
                address = dataclasses.replace(address, id=new_id())
                people_table.insert_address(store, address)
            person = dataclasses.replace(person, address_id=address.id)
        return edit_person(store, person)


def _same_place(one: Address, other: Address) -> bool:
    fields = ("number", "street", "unit", "city", "region", "postal_code")
    return all(getattr(one, name) == getattr(other, name) for name in fields)
