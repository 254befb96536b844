"""Canvassing: campaigns and their surveys, addresses and turfs, walk lists, door knocks, results.

Plain Python over a :class:`~engagedesk.store.Store`; the Canvassing screen and the CLI call the
same functions.  The first outcome of a campaign is the one where someone answered the door
("contacted" by default): only then are the questions asked.  Outcome "do not contact" marks the
door, and the door is left out of walks from then on.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import count_text, translate
from engagedesk.domain.models import (
    DEFAULT_OUTCOMES, Address, Campaign, Knock, Person, Question, QuestionKind, Response, Turf,
)
from engagedesk.domain.validation import MAX_LONG_TEXT, MAX_NAME, clean_text, fold, validate_address, validate_person
from engagedesk.store import canvassing as table
from engagedesk.store.store import Store

DO_NOT_CONTACT = table.DO_NOT_CONTACT
MAX_OUTCOMES = 9       # one key each, 1 to 9
MAX_OPTIONS = 9
SCALE = ("1", "2", "3", "4", "5")
YES_NO = ("yes", "no")
MULTI_SEPARATOR = "|"


def outcome_labels() -> dict[str, str]:
    """The default outcomes as this laptop's language says them.  Outcomes are stored as typed
    (the defaults in English, so "do not contact" keeps its meaning on every laptop) and only
    shown translated."""
    return {
        "contacted": translate("Outcome", "contacted"),
        "not home": translate("Outcome", "not home"),
        "refused": translate("Outcome", "refused"),
        "moved": translate("Outcome", "moved"),
        "wrong address": translate("Outcome", "wrong address"),
        "inaccessible": translate("Outcome", "inaccessible"),
        "come back later": translate("Outcome", "come back later"),
        "language barrier": translate("Outcome", "language barrier"),
        "do not contact": translate("Outcome", "do not contact"),
    }


def outcome_label(outcome: str) -> str:
    # One lookup, not the whole table: this runs for every door of a walk list.
    return translate("Outcome", outcome) if outcome in DEFAULT_OUTCOMES else outcome


def outcome_from_label(label: str) -> str:
    """The stored outcome for what a person typed: a translated default becomes the default."""
    for outcome, shown in outcome_labels().items():
        if label.strip().casefold() == shown.casefold():
            return outcome
    return label.strip()


def _tr(text: str) -> str:
    return translate("Canvassing", text)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


# ------------------------------------------------------------------ campaigns and questions

def get_campaign(store: Store, campaign_id: str) -> Campaign:
    campaign = table.get_campaign(store, campaign_id)
    if campaign is None:
        raise UserError(_tr("This campaign no longer exists; it may have been removed on another laptop."))
    return campaign


def contact_outcome(campaign: Campaign) -> str:
    return campaign.outcomes[0] if campaign.outcomes else "contacted"


def clean_campaign(campaign: Campaign) -> Campaign:
    name = clean_text(campaign.name)
    if not name:
        raise UserError(_tr("Please give the campaign a name."))
    if len(name) > MAX_NAME:
        raise UserError(_tr("The campaign name is too long; please shorten it to {n} characters.").format(n=MAX_NAME))
    outcomes: list[str] = []
    for outcome in campaign.outcomes:
        text = clean_text(outcome)
        if text and fold(text) not in {fold(o) for o in outcomes}:
            outcomes.append(text)
    if not outcomes:
        raise UserError(_tr("A campaign needs at least one outcome; the first is the one where someone answered."))
    if len(outcomes) > MAX_OUTCOMES:
        raise UserError(_tr("A campaign has at most {n} outcomes, one for each key 1 to 9.").format(n=MAX_OUTCOMES))
    dates = []
    for value in (campaign.starts_on, campaign.ends_on):
        value = clean_text(value or "") or None
        if value:
            try:
                datetime.strptime(value, "%Y-%m-%d")
            except ValueError:
                raise UserError(_tr("Please write dates like 2026-11-22, or leave them empty.")) from None
        dates.append(value)
    if dates[0] and dates[1] and dates[1] < dates[0]:
        raise UserError(_tr("The campaign must end after it starts."))
    return dataclasses.replace(campaign, name=name, outcomes=tuple(outcomes), starts_on=dates[0], ends_on=dates[1],
                               script=clean_text(campaign.script, multiline=True)[:MAX_LONG_TEXT])


def clean_question(question: Question, earlier: Sequence[Question]) -> Question:
    prompt = clean_text(question.prompt, multiline=True)
    if not prompt:
        raise UserError(_tr("Every question needs its words; remove the empty ones."))
    kind = QuestionKind(question.kind)
    if kind is QuestionKind.YES_NO:
        options: tuple[str, ...] = YES_NO
    elif kind is QuestionKind.SCALE:
        options = SCALE
    elif kind is QuestionKind.FREE_TEXT:
        options = ()
    else:
        cleaned = []
        for option in question.options:
            text = clean_text(option)
            if text and fold(text) not in {fold(o) for o in cleaned}:
                cleaned.append(text)
        if len(cleaned) < 2:
            raise UserError(_tr("The question “{q}” needs at least two choices.").format(q=prompt[:60]))
        if len(cleaned) > MAX_OPTIONS:
            raise UserError(_tr("The question “{q}” has more than {n} choices; answers are keyed 1 to 9.")
                            .format(q=prompt[:60], n=MAX_OPTIONS))
        options = tuple(cleaned)
    ask_if, ask_answer = question.ask_if_question_id, question.ask_if_answer
    if ask_if:
        before = {q.id: q for q in earlier}
        if ask_if not in before:
            raise UserError(_tr("“{q}” can only depend on a question asked before it.").format(q=prompt[:60]))
        condition = before[ask_if]
        ask_answer = validate_answer(condition, ask_answer or "")
        if ask_answer is None:
            raise UserError(_tr("Please choose the answer to “{q}” that makes “{p}” asked.")
                            .format(q=condition.prompt[:60], p=prompt[:60]))
    else:
        ask_if, ask_answer = None, None
    return dataclasses.replace(question, prompt=prompt, kind=kind, options=options,
                               ask_if_question_id=ask_if, ask_if_answer=ask_answer)


@dataclass(frozen=True)
class CampaignDetail:
    campaign: Campaign
    questions: tuple[Question, ...]
    turfs: tuple[tuple[Turf, int], ...] = ()   # (turf, doors)


def campaign_detail(store: Store, campaign_id: str) -> CampaignDetail:
    from engagedesk.store.canvass import list_turfs
    campaign = get_campaign(store, campaign_id)
    turfs = tuple((t, n) for t, n in list_turfs(store) if t.campaign_id == campaign_id)
    return CampaignDetail(campaign, tuple(table.questions(store, campaign_id)), turfs)


def list_campaigns(store: Store) -> list[Campaign]:
    from engagedesk.store.canvass import list_campaigns as listing
    return listing(store)


def save_campaign(store: Store, campaign: Campaign, questions: Sequence[Question]) -> CampaignDetail:
    """Create or change a campaign with its questions, in the order given.

    Questions no longer in the list are removed (tombstoned): answers already given keep them.
    """
    campaign = clean_campaign(campaign)
    cleaned: list[Question] = []
    for position, question in enumerate(questions):
        question = dataclasses.replace(question, campaign_id=campaign.id, position=position)
        cleaned.append(clean_question(question, cleaned))
    with store.transaction():
        before = table.get_campaign(store, campaign.id)
        if before is None:
            table.insert_campaign(store, campaign)
        else:
            table.update_campaign(store, before, campaign)
        existing = {q.id: q for q in table.questions(store, campaign.id)}
        kept = {q.id for q in cleaned}
        for question_id in existing.keys() - kept:
            table.remove_question(store, question_id)
        for question in cleaned:
            if question.id in existing:
                table.update_question(store, existing[question.id], question)
            else:
                table.insert_question(store, question)
    return campaign_detail(store, campaign.id)


def create_campaign(store: Store, name: str, **fields: object) -> Campaign:
    return save_campaign(store, Campaign(name=name, **fields), ()).campaign  # type: ignore[arg-type]


def remove_question(store: Store, question_id: str) -> None:
    table.remove_question(store, question_id)


# ------------------------------------------------------------------ answers and conditions

def options_of(question: Question) -> tuple[str, ...]:
    if question.kind is QuestionKind.YES_NO:
        return YES_NO
    if question.kind is QuestionKind.SCALE:
        return question.options or SCALE
    return question.options


def validate_answer(question: Question, answer: str | Sequence[str] | None) -> str | None:
    """The answer as stored, or None for no answer; raises UserError for one that is not an option.

    Multiple choice takes a list (or text joined with "|") and is stored in the options' order.
    """
    if answer is None:
        return None
    if question.kind is QuestionKind.FREE_TEXT:
        text = clean_text(answer if isinstance(answer, str) else " ".join(answer), multiline=True)
        if len(text) > MAX_LONG_TEXT:
            raise UserError(_tr("The answer to “{q}” is too long; please shorten it to {n} characters.")
                            .format(q=question.prompt[:60], n=MAX_LONG_TEXT))
        return text or None
    options = options_of(question)
    by_fold = {fold(o): o for o in options}
    if question.kind is QuestionKind.YES_NO:
        by_fold.update({"y": "yes", "n": "no", "si": "yes", "sí": "yes"})
    parts = answer.split(MULTI_SEPARATOR) if isinstance(answer, str) else list(answer)
    parts = [clean_text(p) for p in parts if clean_text(p)]
    if not parts:
        return None
    if question.kind is not QuestionKind.MULTIPLE_CHOICE and len(parts) > 1:
        raise UserError(_tr("“{q}” takes one answer only.").format(q=question.prompt[:60]))
    chosen = []
    for part in parts:
        option = by_fold.get(fold(part))
        if option is None:
            raise UserError(_tr("“{a}” is not an answer to “{q}”. Please choose one of: {o}.")
                            .format(a=part[:60], q=question.prompt[:60], o=", ".join(options)))
        chosen.append(option)
    return MULTI_SEPARATOR.join(o for o in options if o in chosen)


def is_asked(question: Question, answers: Mapping[str, str | None], asked: set[str]) -> bool:
    """Whether the question is asked, given the answers so far (its condition met)."""
    if not question.ask_if_question_id:
        return True
    if question.ask_if_question_id not in asked:
        return False
    given = answers.get(question.ask_if_question_id)
    if given is None or question.ask_if_answer is None:
        return False
    return question.ask_if_answer in given.split(MULTI_SEPARATOR)


def questions_asked(questions: Sequence[Question], answers: Mapping[str, str | None]) -> list[Question]:
    asked: list[Question] = []
    ids: set[str] = set()
    for question in questions:
        if is_asked(question, answers, ids):
            asked.append(question)
            ids.add(question.id)
    return asked


# ------------------------------------------------------------------ walk lists

_NUMBER = re.compile(r"^\s*(\d+)(?:[\s-]+(\d+)\s*/\s*(\d+)|\s*/\s*(\d+))?\s*(.*)$")
_TOKENS = re.compile(r"\d+|\D+")


def _natural(text: str) -> tuple:
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t.strip()) for t in _TOKENS.findall(fold(text)) if t.strip())


def house_number(number: str) -> tuple[float | None, str]:
    """("12B") -> (12.0, "b"); ("12 1/2") -> (12.5, ""); ("1/2") -> (0.5, ""); ("") -> (None, "")."""
    found = _NUMBER.match(number or "")
    if not found:
        return None, fold(number or "").strip()
    whole, top, bottom, lone_bottom, rest = found.groups()
    value = float(whole)
    if top and bottom and int(bottom):
        value += int(top) / int(bottom)
    elif lone_bottom and int(lone_bottom):
        value = int(whole) / int(lone_bottom)
    return value, fold(rest).strip()


def side(number: str) -> str:
    value, _ = house_number(number)
    if value is None:
        return ""
    return "odd" if int(value) % 2 else "even"


_SIDES = {"odd": 0, "even": 1, "": 2}


def walk_key(address: Address) -> tuple:
    """Street, then side (odd, then even, then no number), then number (missing last), then unit."""
    value, rest = house_number(address.number)
    street = fold(address.street) or fold(address.postal_code)
    return (street, _SIDES[side(address.number)], value is None, value or 0.0, rest,
            _natural(address.unit), address.id)


@dataclass(frozen=True)
class PastKnock:
    at: str
    outcome: str
    canvasser: str
    campaign: str
    note: str


@dataclass(frozen=True)
class Door:
    address: Address
    residents: tuple[Person, ...] = ()
    knocks: tuple[PastKnock, ...] = ()        # newest first, every campaign, every laptop
    do_not_contact: bool = False

    @property
    def label(self) -> str:
        first = " ".join(p for p in (self.address.number, self.address.street) if p) or self.address.postal_code
        return f"{first}, {self.address.unit}" if self.address.unit else first


@dataclass(frozen=True)
class WalkList:
    turf: Turf
    campaign: Campaign
    questions: tuple[Question, ...]
    doors: tuple[Door, ...]

    def next_door(self, after: int, done: set[str] = frozenset()) -> int | None:  # type: ignore[assignment]
        """The next door to knock after index ``after``: not do-not-contact, not done."""
        for index in range(after + 1, len(self.doors)):
            door = self.doors[index]
            if not door.do_not_contact and door.address.id not in done:
                return index
        return None


def walk_list(store: Store, turf_id: str) -> WalkList:
    turf = table.get_turf(store, turf_id)
    if turf is None:
        raise UserError(_tr("This turf no longer exists; it may have been removed on another laptop."))
    campaign = get_campaign(store, turf.campaign_id)
    addresses = sorted(table.turf_addresses(store, turf_id), key=walk_key)
    residents: dict[str, list[Person]] = defaultdict(list)
    for person in table.turf_residents(store, turf_id):
        residents[person.address_id or ""].append(person)
    knocks: dict[str, list[PastKnock]] = defaultdict(list)
    for knock, campaign_name in table.turf_knocks(store, turf_id):
        knocks[knock.address_id].append(PastKnock(knock.at, knock.outcome, knock.canvasser, campaign_name, knock.note))
    refused = table.do_not_contact_doors(store, [a.id for a in addresses])
    doors = tuple(Door(a, tuple(residents.get(a.id, ())), tuple(knocks.get(a.id, ())), a.id in refused)
                  for a in addresses)
    return WalkList(turf, campaign, tuple(table.questions(store, campaign.id)), doors)


def door(store: Store, address_id: str) -> tuple[PastKnock, ...]:
    """The knocks at one door, newest first (to refresh a door after logging it)."""
    return tuple(PastKnock(k.at, k.outcome, k.canvasser, name, k.note) for k, name in table.address_knocks(store, address_id))


# ------------------------------------------------------------------ logging a door

def split_name(name: str) -> tuple[str, str]:
    words = clean_text(name).split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


def log_knock(store: Store, campaign_id: str, address_id: str, outcome: str, *,
              answers: Mapping[str, str | Sequence[str] | None] | None = None, note: str = "",
              canvasser: str = "", new_resident: str | Person | None = None, at: str | None = None,
              person_id: str | None = None) -> Knock:
    """Store what happened at a door: outcome, answers (checked, conditions applied), note, resident."""
    campaign = get_campaign(store, campaign_id)
    match = {fold(o): o for o in campaign.outcomes}.get(fold(clean_text(outcome)))
    if match is None:
        raise UserError(_tr("“{o}” is not an outcome of this campaign. Please choose one of: {all}.")
                        .format(o=outcome, all=", ".join(campaign.outcomes)))
    note = clean_text(note, multiline=True)
    if len(note) > MAX_LONG_TEXT:
        raise UserError(_tr("The note is too long; please shorten it to {n} characters.").format(n=MAX_LONG_TEXT))
    stored: dict[str, str | None] = {}
    responses: list[Response] = []
    knock = Knock(campaign_id=campaign.id, address_id=address_id, at=at or now(),
                  canvasser=clean_text(canvasser), outcome=match, note=note)
    resident: Person | None = None
    if isinstance(new_resident, Person):
        resident = validate_person(dataclasses.replace(new_resident, address_id=address_id))
    elif new_resident and clean_text(new_resident):
        given, family = split_name(new_resident)
        resident = validate_person(Person(given_name=given, family_name=family, address_id=address_id,
                                          do_not_contact=match == DO_NOT_CONTACT))
    if answers and match == contact_outcome(campaign):
        questions = table.questions(store, campaign.id)
        known = {q.id for q in questions}
        unknown = set(answers) - known
        if unknown:
            raise UserError(_tr("An answer is for a question that is no longer in the script; please start the door again."))
        asked: set[str] = set()
        for question in questions:
            if not is_asked(question, stored, asked):
                continue
            asked.add(question.id)
            value = validate_answer(question, answers.get(question.id))
            stored[question.id] = value
            if value is not None:
                responses.append(Response(knock_id=knock.id, question_id=question.id, answer=value,
                                          person_id=person_id or (resident.id if resident else None)))
    table.insert_knock(store, knock, responses, resident)
    return knock


# ------------------------------------------------------------------ addresses from CSV

_STREET_WORDS = {"st": "street", "str": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive",
                 "ln": "lane", "blvd": "boulevard", "ct": "court", "pl": "place", "hwy": "highway",
                 "n": "north", "s": "south", "e": "east", "w": "west"}
_UNIT_WORDS = {"apt", "apartment", "unit", "suite", "ste", "flat", "no", "number", "apto", "depto"}


def address_key(number: str, street: str, unit: str, postal_code: str) -> tuple[str, str, str, str]:
    """The same door however it was typed: case, accents, spacing, "St"/"Street", "Apt 2"/"2"."""
    words = [_STREET_WORDS.get(w, w) for w in re.findall(r"\w+", fold(street))]
    unit_words = [w for w in re.findall(r"\w+", fold(unit)) if w not in _UNIT_WORDS]
    return ("".join(re.findall(r"\w+", fold(number))), " ".join(words), "".join(unit_words),
            "".join(re.findall(r"\w+", fold(postal_code))))


def _split_address(text: str) -> tuple[str, str]:
    found = re.match(r"^\s*(\d+[\w/-]*(?:\s+\d+/\d+)?)\s+(.+)$", text)
    return (found.group(1), found.group(2)) if found else ("", text)


@dataclass(frozen=True)
class Duplicate:
    line: int            # line of the file that was merged into another
    kept_line: int | None  # the line it was merged into (None: an address already in the database)
    address: str


@dataclass(frozen=True)
class ImportReport:
    rows: int                                  # address rows read (header excluded)
    imported: int                              # new addresses stored
    duplicates: tuple[Duplicate, ...] = ()     # merged into an earlier line or an address already here
    skipped: tuple[tuple[int, str], ...] = ()  # (line, why)
    address_ids: tuple[str, ...] = ()          # every address of the file, new or already here, in file order
    columns: tuple[tuple[str, str], ...] = ()  # (field, header used)

    def summary(self) -> str:
        merged_file = sum(1 for d in self.duplicates if d.kept_line is not None)
        merged_here = len(self.duplicates) - merged_file
        parts = [count_text(self.imported, _tr("1 address imported"), _tr("{n} addresses imported"))]
        if merged_file:
            parts.append(count_text(merged_file, _tr("1 duplicate in the file merged"),
                                    _tr("{n} duplicates in the file merged")))
        if merged_here:
            parts.append(count_text(merged_here, _tr("1 already here"), _tr("{n} already here")))
        if self.skipped:
            parts.append(count_text(len(self.skipped), _tr("1 row skipped"), _tr("{n} rows skipped")))
        return "; ".join(parts) + "."


def read_addresses(data: bytes, name: str = "The file") -> tuple[list[tuple[int, Address]], list[tuple[int, str]], dict[str, str]]:
    """Parse CSV bytes into (row, address) pairs and skipped (row, why); raises UserError for a bad file.

    The file is read as every spreadsheet import reads it (``engagedesk.io.csv_read``: encodings,
    delimiters, rows numbered as a spreadsheet numbers them, bad files refused with the reason);
    its columns are guessed from English or Spanish headers (``engagedesk.io.mapping``).
    """
    from engagedesk.io.csv_read import read_csv
    from engagedesk.io.mapping import address_columns

    table = read_csv(data, name)
    headers = table.headers
    mapping = address_columns(headers)
    if "street" not in mapping and "address" not in mapping and "postal_code" not in mapping:
        raise UserError(_tr("{name}: no column for the street or the postal code was found. The first row should "
                            "name the columns, like number, street, unit, city, region, postal code (or numero, "
                            "calle, ciudad, codigo postal). Found: {found}.")
                        .format(name=name, found=", ".join(h for h in headers if h.strip())[:300] or "nothing"))
    addresses: list[tuple[int, Address]] = []
    skipped: list[tuple[int, str]] = [(problem.row, problem.message) for problem in table.problems]
    for line, row in table.rows:
        def cell(field: str) -> str:
            index = mapping.get(field)
            return row[index] if index is not None else ""

        number, street = cell("number"), cell("street")
        if not street and cell("address"):
            parsed_number, street = _split_address(clean_text(cell("address")))
            number = number or parsed_number
        try:
            address = validate_address(Address(number=number, street=street, unit=cell("unit"), city=cell("city"),
                                               region=cell("region"), postal_code=cell("postal_code")))
        except UserError as problem:
            skipped.append((line, problem.message))
            continue
        addresses.append((line, address))
    skipped.sort()
    return addresses, skipped, {f: headers[i] for f, i in mapping.items()}


IMPORT_CHUNK = 2_000  # rows written between two looks at Cancel


def residents_at(store: Store, address_id: str) -> tuple[Person, ...]:
    """The people known at one door now (one met at the door a moment ago included)."""
    return tuple(table.address_residents(store, address_id))


def import_addresses(store: Store, data: bytes | str | Path, *, name: str | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import addresses from CSV; duplicates (same number, street, unit and postal code, however
    typed) are merged and reported.  All or nothing: a bad file, or Cancel at any point, changes
    nothing.  ``progress(done, total)`` is called as rows are checked and written."""
    if isinstance(data, (str, Path)):
        path = Path(data)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError as error:
            raise UserError(_tr("Cannot read {name}: {why}.").format(name=name, why=error.strerror or error)) from None
    name = name or _tr("The file")
    found, skipped, columns = read_addresses(data, name)
    if not found:
        raise UserError(_tr("{name}: no row has a street or a postal code, so nothing was imported. {why}")
                        .format(name=name, why=skipped[0][1] if skipped else ""))
    known: dict[tuple, tuple[str, int | None]] = {}
    for address_id, number, street, unit, postal in table.address_keys(store):
        known.setdefault(address_key(number, street, unit, postal), (address_id, None))
    new: list[Address] = []
    duplicates: list[Duplicate] = []
    ids: list[str] = []
    total = 2 * len(found)  # checked, then written

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise UserError(_tr("Import cancelled; nothing was changed."))

    for index, (line, address) in enumerate(found):
        if index % IMPORT_CHUNK == 0:
            stop_if_cancelled()
            if progress is not None:
                progress(index, total)
        key = address_key(address.number, address.street, address.unit, address.postal_code)
        if key in known:
            kept_id, kept_line = known[key]
            duplicates.append(Duplicate(line, kept_line, address.one_line()))
            ids.append(kept_id)
            continue
        known[key] = (address.id, line)
        new.append(address)
        ids.append(address.id)
    stop_if_cancelled()
    with store.transaction():  # Cancel between chunks rolls back what was written
        for start in range(0, len(new), IMPORT_CHUNK):
            if progress is not None:
                progress(len(found) + start * len(found) // max(len(new), 1), total)
            table.insert_addresses(store, new[start:start + IMPORT_CHUNK])
            stop_if_cancelled()
    if progress is not None:
        progress(total, total)
    return ImportReport(len(found) + len(skipped), len(new), tuple(duplicates), tuple(skipped),
                        tuple(dict.fromkeys(ids)), tuple(columns.items()))


# ------------------------------------------------------------------ turfs

def make_turfs(store: Store, campaign_id: str, by: str = "street",
               address_ids: Sequence[str] | None = None, canvasser: str = "") -> list[tuple[Turf, int]]:
    """One turf per street (or postal code) of the given addresses (all addresses if none given)."""
    get_campaign(store, campaign_id)
    field_name = {"street": "street", "postal code": "postal_code", "postal_code": "postal_code",
                  "postcode": "postal_code", "zip": "postal_code"}.get(by)
    if field_name is None:
        raise UserError(_tr("Turfs can be made by street or by postal code."))
    groups: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for address_id, value in table.address_groups(store, field_name, address_ids):
        key = fold(clean_text(value)) if field_name == "street" else "".join(fold(value).split())
        names.setdefault(key, clean_text(value) or _tr("(none)"))
        groups.setdefault(key, []).append(address_id)
    if not groups:
        raise UserError(_tr("There are no addresses to group into turfs; import addresses first."))
    made = [(Turf(campaign_id=campaign_id, name=names[key], canvasser=clean_text(canvasser)), ids)
            for key, ids in sorted(groups.items())]
    table.insert_turfs(store, made)
    return [(turf, len(ids)) for turf, ids in made]


ADDRESS_PICK_LIMIT = 500


def find_addresses(store: Store, text: str, limit: int = ADDRESS_PICK_LIMIT) -> tuple[list[Address], bool]:
    """Addresses to pick a turf by hand from, in walking order; True when more match than shown."""
    words = clean_text(text).split()[:6]
    found = table.search_addresses(store, words, limit + 1)
    found.sort(key=walk_key)
    return found[:limit], len(found) > limit


def make_turf(store: Store, campaign_id: str, name: str, address_ids: Sequence[str], canvasser: str = "") -> Turf:
    """A turf of addresses picked by hand."""
    get_campaign(store, campaign_id)
    name = clean_text(name)
    if not name:
        raise UserError(_tr("Please give the turf a name."))
    ids = list(dict.fromkeys(address_ids))
    if not ids:
        raise UserError(_tr("Please pick at least one address for the turf."))
    if len(table.addresses_by_ids(store, ids)) != len(ids):
        raise UserError(_tr("Some of the picked addresses no longer exist; please pick again."))
    turf = Turf(campaign_id=campaign_id, name=name, canvasser=clean_text(canvasser))
    table.insert_turfs(store, [(turf, ids)])
    return turf


def assign_turf(store: Store, turf_id: str, canvasser: str) -> Turf:
    canvasser = clean_text(canvasser)
    if len(canvasser) > MAX_NAME:
        raise UserError(_tr("The canvasser's name is too long."))
    if not table.set_turf_canvasser(store, turf_id, canvasser):
        raise UserError(_tr("This turf no longer exists; it may have been removed on another laptop."))
    turf = table.get_turf(store, turf_id)
    assert turf is not None
    return turf


def list_turfs(store: Store, campaign_id: str) -> list[tuple[Turf, int]]:
    from engagedesk.store.canvass import list_turfs as listing
    return [(t, n) for t, n in listing(store) if t.campaign_id == campaign_id]


# ------------------------------------------------------------------ results

@dataclass(frozen=True)
class QuestionResult:
    question: Question
    counts: tuple[tuple[str, int], ...]   # (answer, how many), options' order; free text: ()
    answered: int                          # knocks with an answer
    texts: tuple[str, ...] = ()            # free-text answers (the latest few)
    removed: bool = False


@dataclass(frozen=True)
class CanvasserProgress:
    canvasser: str
    doors: int        # doors of the turfs assigned to them
    knocked: int      # of those, doors knocked (by anyone)
    knocks: int       # knocks they logged
    contacted: int    # of their knocks, where someone answered


@dataclass(frozen=True)
class Results:
    campaign: Campaign
    turf: Turf | None
    doors: int
    knocked: int           # doors knocked at least once
    contacted: int         # doors where someone answered at least once
    knocks: int
    doors_left: int        # doors not knocked yet, do-not-contact doors left out
    do_not_contact: int    # doors marked do not contact
    outcomes: tuple[tuple[str, int], ...]   # knocks per outcome, in the campaign's order (others after)
    questions: tuple[QuestionResult, ...]
    canvassers: tuple[CanvasserProgress, ...]

    @property
    def contact_rate(self) -> float:
        return self.contacted / self.knocked if self.knocked else 0.0


def results(store: Store, campaign_id: str, turf_id: str | None = None) -> Results:
    campaign = get_campaign(store, campaign_id)
    turf = table.get_turf(store, turf_id) if turf_id else None
    contact = contact_outcome(campaign)
    doors = table.campaign_doors(store, campaign_id, turf_id)
    door_ids = {a for _, a, _ in doors}
    knocks = table.campaign_knocks(store, campaign_id, turf_id)
    knocked = {k["address_id"] for k in knocks}
    contacted = {k["address_id"] for k in knocks if k["outcome"] == contact}
    refused = table.do_not_contact_doors(store, list(door_ids)) if door_ids else set()
    counts = Counter(k["outcome"] for k in knocks)
    outcomes = tuple((o, counts.get(o, 0)) for o in campaign.outcomes) + tuple(
        sorted((o, n) for o, n in counts.items() if o not in campaign.outcomes))
    answers: dict[str, list[str]] = defaultdict(list)
    for question_id, answer in table.campaign_responses(store, campaign_id, turf_id):
        answers[question_id].append(answer)
    question_results = []
    live = {q.id for q in table.questions(store, campaign_id)}
    for question in table.questions(store, campaign_id, include_removed=True):
        given = answers.get(question.id, [])
        removed = question.id not in live
        if removed and not given:
            continue
        if question.kind is QuestionKind.FREE_TEXT:
            question_results.append(QuestionResult(question, (), len(given), tuple(given[-20:]), removed))
            continue
        tally: Counter[str] = Counter()
        for answer in given:
            tally.update(answer.split(MULTI_SEPARATOR) if question.kind is QuestionKind.MULTIPLE_CHOICE else [answer])
        options = options_of(question)
        ordered = tuple((o, tally.get(o, 0)) for o in options) + tuple(
            sorted((a, n) for a, n in tally.items() if a not in options))
        question_results.append(QuestionResult(question, ordered, len(given), (), removed))
    by_canvasser: dict[str, dict[str, set | int]] = {}

    def entry(name: str) -> dict:
        return by_canvasser.setdefault(name, {"doors": set(), "knocks": 0, "contacted": 0})

    for _, address_id, canvasser in doors:
        if canvasser:
            entry(canvasser)["doors"].add(address_id)
    for knock in knocks:
        person = entry(knock["canvasser"] or _tr("(no name)"))
        person["knocks"] += 1
        person["contacted"] += knock["outcome"] == contact
    progress = tuple(CanvasserProgress(name, len(e["doors"]), len(e["doors"] & knocked), e["knocks"], e["contacted"])
                     for name, e in sorted(by_canvasser.items(), key=lambda item: fold(item[0])))
    return Results(campaign, turf, len(door_ids), len(knocked & door_ids) if door_ids else len(knocked),
                   len(contacted & door_ids) if door_ids else len(contacted), len(knocks),
                   len(door_ids - knocked - refused), len(refused & door_ids), outcomes,
                   tuple(question_results), progress)
