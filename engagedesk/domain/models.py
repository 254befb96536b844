"""What EngageDesk keeps, as plain immutable dataclasses.

Every record that travels between laptops has an ``id`` (a UUID made on the laptop that created
it); the sync bookkeeping (created/updated times, the hybrid logical clock of the last change, the
laptop that made it, the tombstone flag) lives in the store's columns, not here.  Times are ISO
8601 text: ``*_at`` instants are UTC (``2026-11-22T18:04:05.123Z``); meeting start and end are the
wall-clock time where the meeting takes place (``2026-11-22T18:00``); dates are ``YYYY-MM-DD``.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field


def new_id() -> str:
    return str(uuid.uuid4())


record = dataclass(frozen=True, slots=True, kw_only=True)


class Role(enum.StrEnum):
    ATTENDEE = "attendee"
    SPEAKER = "speaker"
    VOLUNTEER = "volunteer"
    FACILITATOR = "facilitator"
    STAFF = "staff"


class NoteKind(enum.StrEnum):
    COMMENT = "comment"
    QUESTION = "question"
    CONCERN = "concern"
    IDEA = "idea"
    QUOTE = "quote"
    DECISION = "decision"
    ACTION = "action"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class QuestionKind(enum.StrEnum):
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"
    FREE_TEXT = "free_text"


DEFAULT_OUTCOMES: tuple[str, ...] = (
    "contacted",
    "not home",
    "refused",
    "moved",
    "wrong address",
    "inaccessible",
    "come back later",
    "language barrier",
    "do not contact",
)


@record
class Organisation:
    id: str = field(default_factory=new_id)
    name: str


@record
class Laptop:
    """This laptop, or another one seen through sync."""

    id: str = field(default_factory=new_id)
    name: str


@record
class Address:
    id: str = field(default_factory=new_id)
    number: str = ""
    street: str = ""
    unit: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    lat: float | None = None
    lon: float | None = None

    def one_line(self) -> str:
        first = " ".join(part for part in (self.number, self.street) if part)
        if self.unit:
            first = f"{first}, {self.unit}" if first else self.unit
        return ", ".join(part for part in (first, self.city, self.postal_code) if part)


@record
class Person:
    id: str = field(default_factory=new_id)
    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    address_id: str | None = None
    notes: str = ""
    may_contact: bool = False
    do_not_contact: bool = False
    do_not_contact_since: str | None = None
    do_not_contact_reason: str = ""
    photo_consent: bool = False
    quote_consent: bool = False

    @property
    def display_name(self) -> str:
        given = self.preferred_name or self.given_name
        return " ".join(part for part in (given, self.family_name) if part)

    @property
    def short_name(self) -> str:
        """First name and last initial: what a public screen may show."""
        given = self.preferred_name or self.given_name
        initial = self.family_name[:1]
        if given and initial:
            return f"{given} {initial}."
        return given or (f"{initial}." if initial else "")

    @property
    def contactable(self) -> bool:
        return self.may_contact and not self.do_not_contact


@record
class AgendaItem:
    id: str = field(default_factory=new_id)
    meeting_id: str
    position: int
    title: str
    minutes: int = 0


@record
class Meeting:
    id: str = field(default_factory=new_id)
    title: str
    series: str = ""
    starts_at: str
    ends_at: str = ""
    place: str = ""
    description: str = ""
    facilitator_ids: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()


@record
class Attendance:
    id: str = field(default_factory=new_id)
    meeting_id: str
    person_id: str
    role: Role = Role.ATTENDEE
    time_in: str
    time_out: str | None = None
    walk_in: bool = False
    entered_by: str = ""


@record
class Theme:
    id: str = field(default_factory=new_id)
    name: str


@record
class Note:
    id: str = field(default_factory=new_id)
    meeting_id: str
    agenda_item_id: str | None = None
    speaker_id: str | None = None
    kind: NoteKind = NoteKind.COMMENT
    text: str
    theme_ids: tuple[str, ...] = ()
    at: str


@record
class ActionItem:
    id: str = field(default_factory=new_id)
    text: str
    owner_id: str | None = None
    due_on: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    origin_meeting_id: str | None = None
    closed_at: str | None = None
    closed_in_meeting_id: str | None = None


@record
class Campaign:
    id: str = field(default_factory=new_id)
    name: str
    starts_on: str | None = None
    ends_on: str | None = None
    script: str = ""
    outcomes: tuple[str, ...] = DEFAULT_OUTCOMES


@record
class Question:
    id: str = field(default_factory=new_id)
    campaign_id: str
    position: int
    kind: QuestionKind
    prompt: str
    options: tuple[str, ...] = ()
    ask_if_question_id: str | None = None
    ask_if_answer: str | None = None


@record
class Turf:
    id: str = field(default_factory=new_id)
    campaign_id: str
    name: str
    canvasser: str = ""


@record
class Knock:
    id: str = field(default_factory=new_id)
    campaign_id: str
    address_id: str
    at: str
    canvasser: str = ""
    outcome: str
    note: str = ""


@record
class Response:
    id: str = field(default_factory=new_id)
    knock_id: str
    person_id: str | None = None
    question_id: str
    answer: str
