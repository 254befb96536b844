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


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit() and ch.isascii())


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for sorting and matching ("José" -> "jose")."""
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


def validate_person(person: Person) -> Person:
    cleaned = dataclasses.replace(
        person,
        given_name=clean_text(person.given_name),
        family_name=clean_text(person.family_name),
        preferred_name=clean_text(person.preferred_name),
        pronouns=clean_text(person.pronouns),
        email=clean_text(person.email),
        phone=clean_text(person.phone),
        language=clean_text(person.language),
        notes=clean_text(person.notes, multiline=True),
        do_not_contact_reason=clean_text(person.do_not_contact_reason, multiline=True),
    )
    problems: list[FieldProblem] = []
    if not (cleaned.given_name or cleaned.family_name or cleaned.preferred_name):
        problems.append(FieldProblem("given_name", _tr("Please enter a name: a first or a last name is enough.")))
    checks = (
        ("given_name", cleaned.given_name, MAX_NAME, _tr("First name")),
        ("family_name", cleaned.family_name, MAX_NAME, _tr("Last name")),
        ("preferred_name", cleaned.preferred_name, MAX_NAME, _tr("Preferred name")),
        ("pronouns", cleaned.pronouns, MAX_NAME, _tr("Pronouns")),
        ("email", cleaned.email, MAX_EMAIL, _tr("E-mail")),
        ("phone", cleaned.phone, MAX_PHONE, _tr("Phone")),
        ("language", cleaned.language, MAX_NAME, _tr("Language")),
        ("notes", cleaned.notes, MAX_LONG_TEXT, _tr("Notes")),
        ("do_not_contact_reason", cleaned.do_not_contact_reason, MAX_SHORT_TEXT, _tr("Reason")),
    )
    for field, value, limit, label in checks:
        problem = _too_long(field, value, limit, label)
        if problem:
            problems.append(problem)
    if cleaned.email and len(cleaned.email) <= MAX_EMAIL and not _EMAIL.match(cleaned.email):
        problems.append(FieldProblem("email", _tr("This e-mail address looks incomplete. It should look like name@example.org.")))
    if cleaned.phone and len(cleaned.phone) <= MAX_PHONE:
        digits = phone_digits(cleaned.phone)
        if not 3 <= len(digits) <= 20:
            problems.append(FieldProblem("phone", _tr("A phone number needs between 3 and 20 digits.")))
    if problems:
        raise ValidationError(problems)
    return cleaned


def validate_address(address: Address) -> Address:
    cleaned = dataclasses.replace(
        address,
        number=clean_text(address.number),
        street=clean_text(address.street),
        unit=clean_text(address.unit),
        city=clean_text(address.city),
        region=clean_text(address.region),
        postal_code=clean_text(address.postal_code),
    )
    problems: list[FieldProblem] = []
    if not (cleaned.street or cleaned.postal_code):
        problems.append(FieldProblem("street", _tr("Please enter a street or a postal code.")))
    for field in ("number", "street", "unit", "city", "region", "postal_code"):
        problem = _too_long(field, getattr(cleaned, field), MAX_NAME, field.replace("_", " ").capitalize())
        if problem:
            problems.append(problem)
    for field, low, high in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
        value = getattr(cleaned, field)
        if value is not None and not low <= value <= high:
            problems.append(FieldProblem(field, _tr("This map position is not on Earth; leave it empty if unsure.")))
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
