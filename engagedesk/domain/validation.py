"""Rules for what may be stored, with messages a volunteer understands.

``clean_*`` functions tidy what was typed (Unicode NFC, no stray control characters, outer
spaces trimmed); ``validate_*`` functions return a cleaned copy or raise
:class:`~engagedesk.domain.errors.ValidationError` naming each field to fix.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import datetime

from engagedesk.domain.errors import FieldProblem, ValidationError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Address, Meeting, Person

MAX_NAME = 200
MAX_EMAIL = 254
MAX_PHONE = 40
MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 5_000
MAX_NOTE_TEXT = 100_000

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _tr(text: str) -> str:
    return translate("Validation", text)


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """NFC-normalise, drop control characters, trim; one-line text has no line breaks."""
    if not value:
        return ""
    value = unicodedata.normalize("NFC", value)
    if multiline:
        value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    else:
        value = _CONTROL_ONE_LINE.sub(" ", value)
    return value.strip()


# Between the texts of one record when they are checked at once: neither a space nor a control
# character, so a value's edges stay visible (a "|" inside a value only sends it the slow way).
_JOIN = "|"
_SPACE_AT_AN_EDGE = re.compile(r"(?:\A|\|)\s|\s(?:\||\Z)")


def _all_nfc(values: tuple[str, ...]) -> bool:
    return all(value.isascii() or unicodedata.is_normalized("NFC", value) for value in values)


def clean_texts(values: tuple[str, ...], *, multiline: bool = False) -> tuple[str, ...]:
    """``clean_text`` of each value; the same tuple when every value is clean already (the
    usual case, checked for all values at once: an import cleans millions of cells)."""
    try:
        joined = _JOIN.join(values)
    except TypeError:  # a None among them
        return tuple(clean_text(value, multiline=multiline) for value in values)
    if joined.isprintable():
        # No control character, and no space but " " (every other one is not printable).
        clean = not (joined.startswith(" ") or joined.endswith(" ") or " |" in joined or "| " in joined)
    else:
        clean = not ((_CONTROL if multiline else _CONTROL_ONE_LINE).search(joined)
                     or (multiline and "\r" in joined) or _SPACE_AT_AN_EDGE.search(joined))
    if clean and (joined.isascii() or _all_nfc(values)):  # ASCII is NFC
        return values
    return tuple(clean_text(value, multiline=multiline) for value in values)


_NOT_A_DIGIT = re.compile(r"[^0-9]+")


def phone_digits(phone: str) -> str:
    # The ASCII digits: exactly the characters that are both isdigit() and isascii().
    return _NOT_A_DIGIT.sub("", phone)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for sorting and matching ("José" -> "jose")."""
    if text.isascii():  # nothing to decompose: casefold() of ASCII is lower()
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_local_datetime(value: str) -> datetime | None:
    """A wall-clock time to the minute ("2026-11-22 18:00" or "2026-11-22T18:00"), no time zone."""
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed.replace(second=0, microsecond=0) if parsed.tzinfo is None else None


def local_datetime_text(value: datetime) -> str:
    """The one stored form of a meeting time, so that times sort as text: ``2026-11-22T18:00``."""
    return value.isoformat(timespec="minutes")


def _too_long(field: str, value: str, limit: int, label: str) -> FieldProblem | None:
    if len(value) > limit:
        return FieldProblem(
            field,
            _tr("{label} is too long: {length} characters. Please shorten it to {limit} or fewer.")
            .format(label=label, length=f"{len(value):,}", limit=f"{limit:,}"),
        )
    return None


def _person_label(field: str) -> str:
    return {
        "given_name": _tr("First name"),
        "family_name": _tr("Last name"),
        "preferred_name": _tr("Preferred name"),
        "pronouns": _tr("Pronouns"),
        "email": _tr("E-mail"),
        "phone": _tr("Phone"),
        "language": _tr("Language"),
        "notes": _tr("Notes"),
        "do_not_contact_reason": _tr("Reason"),
    }[field]


_PERSON_LIMITS = (
    ("given_name", MAX_NAME), ("family_name", MAX_NAME), ("preferred_name", MAX_NAME), ("pronouns", MAX_NAME),
    ("email", MAX_EMAIL), ("phone", MAX_PHONE), ("language", MAX_NAME), ("notes", MAX_LONG_TEXT),
    ("do_not_contact_reason", MAX_SHORT_TEXT),
)


def person_problems(given_name: str, family_name: str, preferred_name: str, pronouns: str, email: str, phone: str,
                    language: str, notes: str, do_not_contact_reason: str) -> list[FieldProblem]:
    """What is wrong with a person's cleaned texts (see :func:`validate_person`); empty when nothing."""
    problems: list[FieldProblem] = []
    if not (given_name or family_name or preferred_name):
        problems.append(FieldProblem("given_name", _tr("Please enter a name: a first or a last name is enough.")))
    values = (given_name, family_name, preferred_name, pronouns, email, phone, language, notes, do_not_contact_reason)
    if (len(notes) > MAX_LONG_TEXT or len(do_not_contact_reason) > MAX_SHORT_TEXT or len(email) > MAX_EMAIL
            or len(phone) > MAX_PHONE or max(len(given_name), len(family_name), len(preferred_name), len(pronouns),
                                            len(language)) > MAX_NAME):
        for (field, limit), value in zip(_PERSON_LIMITS, values):
            problem = _too_long(field, value, limit, _person_label(field)) if len(value) > limit else None
            if problem:
                problems.append(problem)
    if email and len(email) <= MAX_EMAIL and not _EMAIL.match(email):
        problems.append(FieldProblem("email", _tr("This e-mail address looks incomplete. It should look like name@example.org.")))
    if phone and len(phone) <= MAX_PHONE:
        digits = phone_digits(phone)
        if not 3 <= len(digits) <= 20:
            problems.append(FieldProblem("phone", _tr("A phone number needs between 3 and 20 digits.")))
    return problems


def validate_person(person: Person) -> Person:
    lines = (person.given_name, person.family_name, person.preferred_name, person.pronouns, person.email,
             person.phone, person.language)
    texts = (person.notes, person.do_not_contact_reason)
    clean_lines, clean_texts_ = clean_texts(lines), clean_texts(texts, multiline=True)
    if clean_lines is lines and clean_texts_ is texts:
        cleaned = person  # clean already: nothing to copy
    else:
        given_name, family_name, preferred_name, pronouns, email, phone, language = clean_lines
        notes, do_not_contact_reason = clean_texts_
        cleaned = dataclasses.replace(
            person, given_name=given_name, family_name=family_name, preferred_name=preferred_name,
            pronouns=pronouns, email=email, phone=phone, language=language, notes=notes,
            do_not_contact_reason=do_not_contact_reason)
    problems = person_problems(cleaned.given_name, cleaned.family_name, cleaned.preferred_name, cleaned.pronouns,
                               cleaned.email, cleaned.phone, cleaned.language, cleaned.notes,
                               cleaned.do_not_contact_reason)
    if problems:
        raise ValidationError(problems)
    return cleaned


_ADDRESS_PARTS = ("number", "street", "unit", "city", "region", "postal_code")


def address_problems(number: str, street: str, unit: str, city: str, region: str, postal_code: str,
                     lat: float | None = None, lon: float | None = None) -> list[FieldProblem]:
    """What is wrong with an address's cleaned parts (see :func:`validate_address`); empty when nothing."""
    problems: list[FieldProblem] = []
    if not (street or postal_code):
        problems.append(FieldProblem("street", _tr("Please enter a street or a postal code.")))
    if max(len(number), len(street), len(unit), len(city), len(region), len(postal_code)) > MAX_NAME:
        for field, value in zip(_ADDRESS_PARTS, (number, street, unit, city, region, postal_code)):
            problem = _too_long(field, value, MAX_NAME, field.replace("_", " ").capitalize())
            if problem:
                problems.append(problem)
    if lat is not None or lon is not None:
        for field, value, low, high in (("lat", lat, -90.0, 90.0), ("lon", lon, -180.0, 180.0)):
            if value is not None and not low <= value <= high:
                problems.append(FieldProblem(field, _tr("This map position is not on Earth; leave it empty if unsure.")))
    return problems


def validate_address(address: Address) -> Address:
    parts = (address.number, address.street, address.unit, address.city, address.region, address.postal_code)
    clean_parts = clean_texts(parts)
    if clean_parts is parts:
        cleaned = address  # clean already: nothing to copy
    else:
        number, street, unit, city, region, postal_code = clean_parts
        cleaned = dataclasses.replace(address, number=number, street=street, unit=unit, city=city, region=region,
                                      postal_code=postal_code)
    problems = address_problems(*clean_parts, cleaned.lat, cleaned.lon)
    if problems:
        raise ValidationError(problems)
    return cleaned


def validate_meeting(meeting: Meeting) -> Meeting:
    cleaned = dataclasses.replace(
        meeting,
        title=clean_text(meeting.title),
        series=clean_text(meeting.series),
        starts_at=clean_text(meeting.starts_at),
        ends_at=clean_text(meeting.ends_at),
        place=clean_text(meeting.place),
        description=clean_text(meeting.description, multiline=True),
        agenda=tuple(
            dataclasses.replace(item, title=clean_text(item.title, multiline=True), position=index)
            for index, item in enumerate(meeting.agenda)
        ),
    )
    problems: list[FieldProblem] = []
    if not cleaned.title:
        problems.append(FieldProblem("title", _tr("Please give the meeting a title.")))
    for field, limit, label in (
        ("title", MAX_NAME, _tr("Title")),
        ("series", MAX_NAME, _tr("Series")),
        ("place", MAX_SHORT_TEXT, _tr("Place")),
        ("description", MAX_LONG_TEXT, _tr("Description")),
    ):
        problem = _too_long(field, getattr(cleaned, field), limit, label)
        if problem:
            problems.append(problem)
    start = parse_local_datetime(cleaned.starts_at)
    if start is None:
        problems.append(FieldProblem("starts_at", _tr("Please enter when the meeting starts, like 2026-11-22 18:00.")))
    else:
        cleaned = dataclasses.replace(cleaned, starts_at=local_datetime_text(start))
    if cleaned.ends_at:
        end = parse_local_datetime(cleaned.ends_at)
        if end is None:
            problems.append(FieldProblem("ends_at", _tr("Please enter when the meeting ends, like 2026-11-22 20:00, or leave it empty.")))
        elif start is not None and end <= start:
            problems.append(FieldProblem("ends_at", _tr("The meeting must end after it starts.")))
        else:
            cleaned = dataclasses.replace(cleaned, ends_at=local_datetime_text(end))
    for item in cleaned.agenda:
        if not item.title:
            problems.append(FieldProblem("agenda", _tr("Every agenda item needs a title; remove the empty ones.")))
            break
        if item.minutes < 0 or item.minutes > 24 * 60:
            problems.append(FieldProblem("agenda", _tr("An agenda item lasts between 0 and 1,440 minutes.")))
            break
    if problems:
        raise ValidationError(problems)
    return cleaned


def validate_name(value: str, *, label: str, field: str = "name") -> str:
    cleaned = clean_text(value)
    if not cleaned:
        raise ValidationError([FieldProblem(field, _tr("Please enter {label}.").format(label=label))])
    # The label may be written for the middle of a sentence ("the organisation's name").
    problem = _too_long(field, cleaned, MAX_NAME, label[:1].upper() + label[1:])
    if problem:
        raise ValidationError([problem])
    return cleaned
