"""Likely duplicate people: found during an import and on demand, never merged silently.

Two records are proposed as the same person when they share an e-mail (whatever its case) or
phone digits, or when their names are close (accents, case, typos, nicknames and swapped
given/family names forgiven) and they live at the same address or in the same postal code.  A
close name alone is not enough: two different Maria Garcias in different postal codes are two
people.

Matching uses blocks so that it scales: a person is compared only with people who share their
e-mail, their phone, or their postal code (or street) together with the first letters of one
word of their name.  :class:`DuplicateIndex` holds the blocks in memory; 100,000 lookups take a
few seconds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from engagedesk.domain.i18n import translate
from engagedesk.domain.validation import fold, phone_digits
from engagedesk.store import duplicates as duplicates_table
from engagedesk.store.store import Store

NAME_WITH_ADDRESS = 80  # name similarity (0-100) from which the same address makes a likely match
NAME_WITH_POSTAL_CODE = 86  # ... and the same postal code (a wider place: a closer name is needed)
NAME_AGREES = 70  # with the same e-mail or phone, a name this close makes it near certain
MIN_PHONE_DIGITS = 7
# rapidfuzz's pre-filter (in C) keeps a little more than any rule needs, so it drops only what
# cannot match; the rules then judge in full.
PREFILTER = min(NAME_WITH_ADDRESS, NAME_WITH_POSTAL_CODE) - 5
BLOCK_LETTERS = 3  # a name word's first letters that, with a place, make a block
CROWDED = 12  # an e-mail or phone shared by more people than this is an office's, not a person's
SMALL_BLOCK = 8  # a block this small is compared person by person, without rapidfuzz's pre-filter

# Short forms of given names, to the name they stand for (folded).  English and Spanish; applied
# to every word of a name, so "Smith, Bob" (swapped) still finds Robert Smith.
NICKNAMES = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "robert",
    "bill": "william", "billy": "william", "will": "william", "willy": "william", "liam": "william",
    "jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael", "mick": "michael",
    "mikey": "michael", "dave": "david", "davey": "david", "dan": "daniel", "danny": "daniel",
    "tom": "thomas", "tommy": "thomas", "joe": "joseph", "joey": "joseph", "jon": "john",
    "johnny": "john", "jack": "john", "chris": "christopher", "kit": "christopher",
    "matt": "matthew", "nick": "nicholas", "nicky": "nicholas", "tony": "anthony",
    "steve": "steven", "stephen": "steven", "andy": "andrew", "drew": "andrew", "ben": "benjamin",
    "benny": "benjamin", "sam": "samuel", "sammy": "samuel", "alex": "alexander", "al": "albert",
    "ed": "edward", "eddie": "edward", "ted": "edward", "ned": "edward", "rick": "richard",
    "rich": "richard", "dick": "richard", "ricky": "richard", "greg": "gregory", "pete": "peter",
    "ron": "ronald", "ronnie": "ronald", "don": "donald", "donnie": "donald", "ken": "kenneth",
    "kenny": "kenneth", "larry": "lawrence", "jerry": "gerald", "gerry": "gerald",
    "charlie": "charles", "chuck": "charles", "hank": "henry", "harry": "henry", "fred": "frederick",
    "freddie": "frederick", "walt": "walter", "frank": "francis", "pat": "patricia",
    "patty": "patricia", "trish": "patricia", "liz": "elizabeth", "lizzie": "elizabeth",
    "beth": "elizabeth", "betty": "elizabeth", "betsy": "elizabeth", "eliza": "elizabeth",
    "kate": "katherine", "katie": "katherine", "kathy": "katherine", "cathy": "katherine",
    "catherine": "katherine", "kathryn": "katherine", "peggy": "margaret", "maggie": "margaret",
    "meg": "margaret", "sue": "susan", "susie": "susan", "jenny": "jennifer", "jen": "jennifer",
    "jess": "jessica", "jessie": "jessica", "becky": "rebecca", "becca": "rebecca",
    "debbie": "deborah", "deb": "deborah", "abby": "abigail", "mandy": "amanda",
    "cindy": "cynthia", "vicky": "victoria", "tori": "victoria", "sandy": "sandra",
    "terry": "theresa", "tess": "theresa", "val": "valerie", "nan": "ann", "annie": "ann",
    "anne": "ann", "molly": "mary", "polly": "mary", "mimi": "maria",
    "pepe": "jose", "chepe": "jose", "paco": "francisco", "pancho": "francisco", "curro": "francisco",
    "nacho": "ignacio", "lupe": "guadalupe", "lalo": "eduardo", "memo": "guillermo",
    "beto": "alberto", "tito": "alberto", "chucho": "jesus", "chuy": "jesus", "quique": "enrique",
    "rafa": "rafael", "toño": "antonio", "tono": "antonio", "pili": "pilar", "maite": "maria teresa",
    "charo": "rosario", "concha": "concepcion", "conchita": "concepcion", "lola": "dolores",
    "pepa": "josefa", "pepita": "josefa", "manolo": "manuel", "nando": "fernando",
    "fer": "fernando", "santi": "santiago", "juanjo": "juan jose", "chema": "jose maria",
}

_NOT_A_LETTER = re.compile(r"[^\w]+", re.UNICODE)
_ZIP_PLUS_FOUR = re.compile(r"(\d{5})-?\d{4}")


def _tr(text: str) -> str:
    return translate("Duplicates", text)


# ---------------------------------------------------------------------------- normal forms

@functools.lru_cache(maxsize=200_000)  # names and streets repeat: most lookups are hits
def _words(text: str) -> tuple[str, ...]:
    folded = fold(text).replace("'", "").replace("’", "")
    return tuple(_NOT_A_LETTER.sub(" ", folded).split())


def name_words(given: str, family: str) -> list[str]:
    """The words of a name as matching compares them: folded, apostrophes and hyphens dropped
    inside a word ("O'Brien" -> "obrien"), a nickname as the full name ("Bob" -> "robert", also
    when given and family names were swapped)."""
    words: list[str] = []
    for word in _words(given) + _words(family):
        words.extend(NICKNAMES[word].split() if word in NICKNAMES else (word,))
    return words


def name_key(given: str, family: str) -> str:
    return " ".join(name_words(given, family))


def squashed_key(given: str, family: str) -> str:
    """The name as typed, folded, in one run: "Smith Jones" = "Smithjones", "Chrsi" near "Chris"."""
    return "".join(_words(given) + _words(family))


def name_similarity(given_a: str, family_a: str, given_b: str, family_b: str) -> int:
    """How alike two names are, 0-100, whatever their order, accents, case and nicknames."""
    return _similarity(name_key(given_a, family_a), squashed_key(given_a, family_a),
                       name_key(given_b, family_b), squashed_key(given_b, family_b))


@functools.lru_cache(maxsize=1)
def _fuzz():  # noqa: ANN202 - rapidfuzz is imported when first needed: it costs start-up time
    from rapidfuzz import fuzz

    return fuzz


def _similarity(name_a: str, squashed_a: str, name_b: str, squashed_b: str) -> int:
    if not name_a or not name_b:
        return 0
    fuzz = _fuzz()
    # The words in any order, nicknames as full names; or the name as typed in one run (a typo
    # that hides a nickname, words split or joined differently).
    return round(max(fuzz.token_sort_ratio(name_a, name_b), fuzz.ratio(squashed_a, squashed_b)))


@functools.lru_cache(maxsize=200_000)  # a name is matched once, however many people have it
def _name_forms(given: str, family: str) -> tuple[str, str, tuple[str, ...]]:
    """(name_key, squashed_key, the starts of its blocks) of a name: see :func:`_blocks`."""
    name, squashed = name_key(given, family), squashed_key(given, family)
    starts = {word[:BLOCK_LETTERS] for word in name.split()} | {squashed[:BLOCK_LETTERS]}
    starts.discard("")
    return name, squashed, tuple(starts)


@functools.lru_cache(maxsize=65_536)  # postal codes repeat: most lookups are hits
def postal_key(postal_code: str) -> str:
    code = "".join(postal_code.split()).upper()
    plus_four = _ZIP_PLUS_FOUR.fullmatch(code)
    return plus_four.group(1) if plus_four else code


@functools.lru_cache(maxsize=65_536)  # streets repeat: most lookups are hits
def street_key(number: str, street: str) -> str:
    return " ".join(_words(number) + _words(street)) if street.strip() else ""


def email_key(email: str) -> str:
    return email.strip().lower()


# ---------------------------------------------------------------------------- the index

@dataclass(frozen=True)
class Candidate:
    person_id: str
    reason: str  # short, translated: "same e-mail", "similar name, same postal code"
    score: int  # 0-100: how likely the two are one person


@dataclass(slots=True)
class _Entry:
    person_id: str
    name: str  # name_key
    squashed: str  # squashed_key
    display: str
    email: str
    phone: str
    postal: str
    street: str
    address_id: str
    blocks: tuple = ()


@dataclass
class DuplicateIndex:
    """Everyone live, in blocks.  Load once, ask many times; add the rows an import creates."""

    entries: dict[str, _Entry] = field(default_factory=dict)
    by_email: dict[str, list[str]] = field(default_factory=dict)
    by_phone: dict[str, list[str]] = field(default_factory=dict)
    # A block: the people who share a place and the start of a name word.  Its names are sorted
    # out when the block is first compared (most blocks of a big roster never are during an import).
    by_block: dict[tuple, list[str]] = field(default_factory=dict)
    _forms: dict[tuple, _Forms] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store, progress: Callable[[int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> DuplicateIndex:
        index = cls()
        for count, row in enumerate(duplicates_table.live_people_for_matching(store), start=1):
            (person_id, given, family, preferred, email, digits, address_id, postal, number, street) = row
            index._add(person_id, given, family, email, digits, postal, street_key(number, street),
                       address_id or "", preferred)
            if count % 5000 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled
                if progress is not None:
                    progress(count)
        return index

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, person_id: str, given_name: str, family_name: str, email: str, phone: str,
            postal_code: str, street: str = "") -> None:
        """Make a person just created (by an import) findable by the rows after it."""
        self._add(person_id, given_name, family_name, email, phone_digits(phone), postal_code,
                  street_key("", street))

    def _add(self, person_id: str, given: str, family: str, email: str, digits: str, postal: str,
             street: str, address_id: str = "", preferred: str = "") -> None:
        first = preferred or given
        display = f"{first} {family}" if first and family else first or family
        name, squashed, starts = _name_forms(given, family)
        entry = _Entry(person_id, name, squashed, display, email_key(email),
                       digits if len(digits) >= MIN_PHONE_DIGITS else "", postal_key(postal), street, address_id)
        entry.blocks = _place_blocks(starts, entry.postal, street)
        if person_id in self.entries:
            self.remove(person_id)
        self.entries[person_id] = entry
        if entry.email:
            self.by_email.setdefault(entry.email, []).append(person_id)
        if entry.phone:
            self.by_phone.setdefault(entry.phone, []).append(person_id)
        for block in entry.blocks:
            ids = self.by_block.get(block)
            if ids is None:
                self.by_block[block] = [person_id]
            else:
                ids.append(person_id)
                forms = self._forms.get(block)
                if forms is not None:
                    forms.add(entry)

    def _block(self, block: tuple) -> _Forms:
        forms = self._forms.get(block)
        if forms is None:
            forms = self._forms[block] = _Forms()
            for person_id in self.by_block[block]:
                forms.add(self.entries[person_id])
        return forms

    def remove(self, person_id: str) -> None:
        entry = self.entries.pop(person_id, None)
        if entry is None:
            return
        for table, key in ((self.by_email, entry.email), (self.by_phone, entry.phone)):
            if key and person_id in table.get(key, ()):
                table[key].remove(person_id)
        for block in entry.blocks:
            self.by_block[block].remove(person_id)
            forms = self._forms.get(block)
            if forms is not None:
                forms.remove(entry)

    def name_of(self, person_id: str) -> str:
        entry = self.entries.get(person_id)
        return entry.display if entry else ""

    def candidates(self, given_name: str, family_name: str, email: str, phone: str, postal_code: str,
                   street: str = "", *, limit: int = 10, exclude: str = "") -> list[Candidate]:
        """People who are likely the one described, best first."""
        name, squashed, starts = _name_forms(given_name, family_name)
        probe = _Entry("", name, squashed, "", email_key(email), "", postal_key(postal_code), street_key("", street), "")
        digits = phone_digits(phone)
        probe.phone = digits if len(digits) >= MIN_PHONE_DIGITS else ""
        probe.blocks = _place_blocks(starts, probe.postal, probe.street)
        found = self._compare(probe, exclude)
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], self.name_of(item[0]), item[0]))
        return [Candidate(person_id, _reason(reasons), score) for person_id, (score, reasons) in ranked[:limit]]

    def _compare(self, probe: _Entry, exclude: str) -> dict[str, tuple[int, tuple[str, ...]]]:
        same_email = set(_uncrowded(self.by_email.get(probe.email, ()))) if probe.email else set()
        same_phone = set(_uncrowded(self.by_phone.get(probe.phone, ()))) if probe.phone else set()
        nearby: set[str] = set()
        if probe.name:
            extracts = _extracts()
            forms = (probe.name, probe.squashed)
            for block in probe.blocks:
                ids = self.by_block.get(block)
                if ids and len(ids) <= SMALL_BLOCK:
                    # Judged in full below: the pre-filter only drops people no rule would take
                    # (a name rule needs 80, which passes it), and costs more than it saves here.
                    nearby.update(ids)
                elif ids:
                    found_forms = self._block(block)
                    for kind, extract in enumerate(extracts):
                        members = found_forms.members[kind]
                        for name, _score, _at in extract(forms[kind], found_forms.names[kind]):
                            nearby.update(members[name])
        found: dict[str, tuple[int, tuple[str, ...]]] = {}
        for person_id in same_email | same_phone | nearby:
            if person_id == exclude:
                continue
            entry = self.entries[person_id]
            match = _judge(probe, entry, person_id in same_email, person_id in same_phone)
            if match is not None:
                found[person_id] = match
        return found


class _Forms:
    """The names of one block, each form apart (name_key, squashed_key): each distinct name once,
    as a list for rapidfuzz, and who has it."""

    __slots__ = ("names", "members")

    def __init__(self) -> None:
        self.names: tuple[list[str], list[str]] = ([], [])
        self.members: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})

    def add(self, entry: _Entry) -> None:
        if not entry.name:
            return
        for kind, form in enumerate((entry.name, entry.squashed)):
            ids = self.members[kind].get(form)
            if ids is None:
                self.members[kind][form] = [entry.person_id]
                self.names[kind].append(form)
            else:
                ids.append(entry.person_id)

    def remove(self, entry: _Entry) -> None:
        if not entry.name:
            return
        for kind, form in enumerate((entry.name, entry.squashed)):
            ids = self.members[kind][form]
            ids.remove(entry.person_id)
            if not ids:
                del self.members[kind][form]
                self.names[kind].remove(form)


class Cancelled(Exception):
    """The scan was cancelled; nothing was written."""


@functools.lru_cache(maxsize=1)
def _extracts() -> tuple[Callable[[str, list[str]], list[tuple[str, float, int]]], ...]:
    """For each form of a name, the names in a list at least as close as any rule needs,
    compared in rapidfuzz's C code (as :func:`_similarity` compares that form)."""
    from rapidfuzz import fuzz, process

    def by_words(name: str, names: list[str]) -> list[tuple[str, float, int]]:
        return process.extract(name, names, scorer=fuzz.token_sort_ratio, score_cutoff=PREFILTER, limit=None)

    def as_typed(name: str, names: list[str]) -> list[tuple[str, float, int]]:
        return process.extract(name, names, scorer=fuzz.ratio, score_cutoff=PREFILTER, limit=None)
    return by_words, as_typed


def _uncrowded(ids: Iterable[str]) -> list[str]:
    ids = list(ids)
    return ids if len(ids) <= CROWDED else []


def _place_blocks(starts: tuple[str, ...], postal: str, street: str) -> tuple:
    """:func:`_blocks` of a person whose name has these starts (see :func:`_name_forms`)."""
    blocks = []
    for start in starts:
        if postal:
            blocks.append(("p", postal, start))
        if street:
            blocks.append(("s", street, start))
    return tuple(blocks)


def _blocks(entry: _Entry) -> Iterable[tuple]:
    # A name word's first letters, within a place: a typo elsewhere in the word, a swapped order
    # or a typo in another word still land in a shared block; so does the name as typed (a
    # nickname that a typo hides).
    starts = {word[:BLOCK_LETTERS] for word in entry.name.split()} | {entry.squashed[:BLOCK_LETTERS]}
    starts.discard("")
    for start in starts:
        if entry.postal:
            yield ("p", entry.postal, start)
        if entry.street:
            yield ("s", entry.street, start)


# (reason key, translated text), in the order reasons are listed
REASONS = {
    "email": "same e-mail",
    "phone": "same phone",
    "name_address": "similar name, same address",
    "name_postal": "similar name, same postal code",
    "name": "similar name",
}


def reason_text(keys: Iterable[str]) -> str:
    return _reason(tuple(keys))


def _reason(keys: tuple[str, ...]) -> str:
    texts = [_tr(REASONS[key]) for key in REASONS if key in keys]
    return _tr("; ").join(texts) if len(texts) > 1 else (texts[0] if texts else "")


def _judge(probe: _Entry, other: _Entry, same_email: bool, same_phone: bool) -> tuple[int, tuple[str, ...]] | None:
    similarity = _similarity(probe.name, probe.squashed, other.name, other.squashed)
    same_address = bool(probe.street and probe.street == other.street and (
        not probe.postal or not other.postal or probe.postal == other.postal))
    same_postal = bool(probe.postal and probe.postal == other.postal)
    reasons: list[str] = []
    score = 0
    if same_email:
        reasons.append("email")
        score = max(score, 100 if similarity >= NAME_AGREES else 85)
    if same_phone:
        reasons.append("phone")
        score = max(score, 98 if similarity >= NAME_AGREES else 80)
    if same_address and similarity >= NAME_WITH_ADDRESS:
        reasons.append("name_address")
        score = max(score, min(99, similarity))
    elif same_postal and similarity >= NAME_WITH_POSTAL_CODE:
        reasons.append("name_postal")
        score = max(score, min(97, similarity - 3))
    if not reasons:
        return None
    if (same_email or same_phone) and similarity >= NAME_AGREES and "name_address" not in reasons \
            and "name_postal" not in reasons:
        reasons.append("name")
    return score, tuple(reasons)


# ---------------------------------------------------------------------------- the scan

@dataclass(frozen=True)
class DuplicatePair:
    person_a: str
    person_b: str
    name_a: str
    name_b: str
    score: int
    reasons: tuple[str, ...]  # keys of REASONS

    @property
    def reason(self) -> str:
        return _reason(self.reasons)


def find_duplicates(store: Store, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, *,
                    index: DuplicateIndex | None = None) -> list[DuplicatePair]:
    """Every likely duplicate pair among live people, best first; pairs someone dismissed are left out.

    ``progress(done, total)`` is told how far it has come; when ``cancelled()`` says yes,
    :class:`Cancelled` is raised.  Nothing is written.
    """
    total = duplicates_table.count_live_people(store)
    if index is None:
        index = DuplicateIndex.load(store, (lambda n: progress(n // 4, total)) if progress else None, cancelled)
    dismissed = duplicates_table.dismissed_pairs(store)
    pairs: dict[tuple[str, str], DuplicatePair] = {}
    judged: set[tuple[str, str]] = set()

    def consider(first: str, second: str, same_email: bool = False, same_phone: bool = False) -> None:
        key = (first, second) if first < second else (second, first)
        if key in judged or key in dismissed:
            return
        judged.add(key)
        a, b = index.entries[key[0]], index.entries[key[1]]
        same_email = same_email or bool(a.email and a.email == b.email and len(index.by_email[a.email]) <= CROWDED)
        same_phone = same_phone or bool(a.phone and a.phone == b.phone and len(index.by_phone[a.phone]) <= CROWDED)
        match = _judge(a, b, same_email, same_phone)
        if match is not None:
            pairs[key] = DuplicatePair(key[0], key[1], a.display, b.display, match[0], match[1])

    if cancelled is not None and cancelled():
        raise Cancelled
    for table in (index.by_email, index.by_phone):
        for ids in table.values():
            if 1 < len(ids) <= CROWDED:
                for at, first in enumerate(ids):
                    for second in ids[at + 1:]:
                        consider(first, second)
    extracts = _extracts()
    blocks = [block for block, ids in index.by_block.items() if len(ids) > 1]
    step = max(1, len(blocks) // 100)
    for count, block in enumerate(blocks, start=1):
        found_forms = index._block(block)
        for kind, extract in enumerate(extracts):
            members, names = found_forms.members[kind], found_forms.names[kind]
            for at, name in enumerate(names):
                ids = members[name]
                for first_at, first in enumerate(ids):  # the same name twice in one place
                    for second in ids[first_at + 1:]:
                        consider(first, second)
                for other, _score, _other_at in extract(name, names[at + 1:]):
                    for first in ids:
                        for second in members[other]:
                            consider(first, second)
        if count % step == 0:
            if cancelled is not None and cancelled():
                raise Cancelled
            if progress is not None:
                progress(total // 4 + (total - total // 4) * count // len(blocks), total)
    if progress is not None:
        progress(total, total)
    return sorted(pairs.values(), key=lambda p: (-p.score, p.name_a, p.name_b, p.person_a, p.person_b))


def not_the_same(store: Store, person_a: str, person_b: str) -> None:
    """Remember that two people are different: they are not proposed again, here or (after sync)
    on any other laptop."""
    duplicates_table.dismiss(store, person_a, person_b)


def undo_not_the_same(store: Store, person_a: str, person_b: str) -> bool:
    return duplicates_table.undo_dismissal(store, person_a, person_b)
