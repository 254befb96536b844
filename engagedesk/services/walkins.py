"""Walk-ins: someone not on the roster, added and checked in from the desk in one go.

Before a new person is made, likely existing matches are shown (exact e-mail, exact phone
digits, or a name that is close, e.g. "Jose Nunez" for "José Núñez" or "Jon Smith" for
"John Smith"), so the same person is not entered twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from engagedesk.domain.models import Address, Person
from engagedesk.domain.validation import clean_text, phone_digits, validate_person
from engagedesk.services.desk import CheckIn, Desk
from engagedesk.services.duplicates import name_similarity
from engagedesk.services.people import add_person
from engagedesk.store import people as people_table
from engagedesk.store.search import roster_search
from engagedesk.store.store import Store

NAME_SIMILARITY = 85  # rapidfuzz ratio (0-100) from which two names are "probably the same"


@dataclass(frozen=True)
class WalkIn:
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    language: str = ""
    may_contact: bool = False

    def person(self) -> Person:
        return Person(given_name=self.given_name, family_name=self.family_name, email=self.email,
                      phone=self.phone, language=self.language, may_contact=self.may_contact)


@dataclass(frozen=True)
class PossibleDuplicate:
    person: Person
    reason: str  # "email", "phone" or "name"
    similarity: int


def likely_duplicates(store: Store, walk_in: WalkIn, limit: int = 5) -> list[PossibleDuplicate]:
    person = validate_person(walk_in.person())
    found: dict[str, PossibleDuplicate] = {}
    if person.email:
        for match in people_table.find_by_email(store, person.email):
            found.setdefault(match.id, PossibleDuplicate(match, "email", 100))
    digits = phone_digits(person.phone)
    if len(digits) >= 7:
        for match in people_table.find_by_phone_digits(store, digits):
            found.setdefault(match.id, PossibleDuplicate(match, "phone", 100))
    # Scored as the duplicate check scores names (engagedesk.services.duplicates): accents, case,
    # apostrophes, nicknames ("Bob" for Robert) and swapped order forgiven.
    # Candidates share the start of the family name (or, failing that, of the given name);
    # rapidfuzz then scores the whole name, so accents, typos and swapped order still match.
    for key in (person.family_name, person.given_name):
        start = clean_text(key)[:3]
        if len(start) < 2:
            continue
        for candidate in roster_search(store, start, limit=2_000).people:
            if candidate.id in found:
                continue
            similarity = name_similarity(person.given_name, person.family_name,
                                         candidate.given_name, candidate.family_name)
            if similarity >= NAME_SIMILARITY:
                found[candidate.id] = PossibleDuplicate(candidate, "name", similarity)
    ranked = sorted(found.values(), key=lambda d: (d.reason == "name", -d.similarity, d.person.display_name))
    return ranked[:limit]


def add_walk_in(store: Store, desk: Desk, walk_in: WalkIn, entered_by: str = "", now: str | None = None) -> CheckIn:
    """Create the person (with their postal code, if given) and check them in, together
    (``now``: the time in, when it is not the present one, e.g. keyed from a paper sheet)."""
    with store.transaction():
        postal = clean_text(walk_in.postal_code)
        address = Address(postal_code=postal) if postal else None
        person = add_person(store, walk_in.person(), address)
        return desk.check_in(person, walk_in=True, entered_by=entered_by, now=now)
