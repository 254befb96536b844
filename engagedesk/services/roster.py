"""The roster for the People screen: ids in roster order, people by the page, a person's file.

Every function takes the :class:`Store` first, so the window runs it on the store thread with
``worker.run(function, ...)``.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from engagedesk.domain.models import Address, Person
from engagedesk.services import history, people
from engagedesk.services.history import HistoryLine
from engagedesk.store import people as people_table
from engagedesk.store import roster as roster_table
from engagedesk.store.roster import RowidMatches
from engagedesk.store.store import Store

PAGE_SIZE = 200


def roster_ids(store: Store) -> array:
    """Everyone on the roster, as rowids in roster order (8 bytes a person)."""
    return roster_table.people_rowids(store)


def search_ids(store: Store, text: str) -> RowidMatches:
    """The people whose name, e-mail, phone or street start with each word typed, as rowids."""
    return roster_table.search_rowids(store, text)


def people_page(store: Store, rowids: Sequence[int]) -> dict[int, Person]:
    """The people of one page of the list, keyed by rowid; anyone deleted since is left out."""
    return roster_table.people_by_rowids(store, rowids)


@dataclass(frozen=True)
class PersonFile:
    """What the form shows about one person."""

    person: Person
    address: Address | None
    history: list[HistoryLine]
    rowid: int


def person_file(store: Store, person_id: str) -> PersonFile | None:
    person = people_table.get_person(store, person_id)
    if person is None:
        return None
    address = people_table.get_address(store, person.address_id) if person.address_id else None
    rowid = roster_table.rowid_of(store, person_id)
    return PersonFile(person, address, history.person_history(store, person_id), rowid or 0)


def person_file_at(store: Store, rowid: int) -> PersonFile | None:
    found = roster_table.people_by_rowids(store, [rowid])
    return person_file(store, found[rowid].id) if rowid in found else None


def _empty(address: Address | None) -> bool:
    return address is None or not any(
        (address.number, address.street, address.unit, address.city, address.region, address.postal_code))


def save_person(store: Store, person: Person, address: Address | None, *, new: bool) -> PersonFile:
    """Add a new person or save changes to one, with their address, all problems reported at once.

    Raises :class:`~engagedesk.domain.errors.ValidationError` naming each field to fix (person
    and address fields together); nothing is written then.
    """
    address = None if _empty(address) else address
    if new:
        people.check_person_and_address(person, address)
        saved = people.add_person(store, person, address)
    else:
        saved = people.edit_person_with_address(store, person, address)
    found = person_file(store, saved.id)
    assert found is not None
    return found
