"""Keying a printed sign-in sheet back in: the ticked rows become check-ins.

The rows come in the order the sheet printed them (the people expected at the meeting, in roster
order), each with its number and its short code.  A volunteer finds a row by its number or by the
start of its code, ticks it, and records the sheet; people written on the blank rows are added as
walk-ins through the desk's own duplicate check (``services.walkins``).

Check-ins keyed from paper carry the meeting's start time (when people signed is not on the
paper) and "paper sheet" as who entered them, so the attendance view can tell them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Meeting, Person
from engagedesk.services import meetings as meeting_service
from engagedesk.services.desk import Desk
from engagedesk.services.printing import sheet_codes
from engagedesk.services.people import get_person
from engagedesk.services.walkins import WalkIn, add_walk_in
from engagedesk.store import reports
from engagedesk.store.store import Store

PAPER = "paper sheet"  # entered_by of check-ins keyed from paper


def _tr(text: str) -> str:
    return translate("PaperSignIn", text)


@dataclass(frozen=True)
class PaperRow:
    number: int       # the row's number on the paper
    code: str         # the short code printed at the row's end
    person: Person
    signed_in: bool   # already checked in (at the desk, or keyed earlier)


# Codes use Crockford's alphabet: letters people misread as digits are read as those digits.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_NOT_CODE = re.compile(r"[\s\-]")


def normalise_code(text: str) -> str:
    return _NOT_CODE.sub("", text).upper().translate(_READ_AS)


@dataclass(frozen=True)
class PaperSheet:
    meeting: Meeting
    rows: tuple[PaperRow, ...]

    def find(self, typed: str) -> list[PaperRow]:
        """The rows ``typed`` can mean, the surest first: a full code, then a row number ("12"),
        then the rows whose code starts with it ("K3F")."""
        text = normalise_code(typed)
        if not text:
            return []
        by_code = [row for row in self.rows if row.code.startswith(text)]
        exact = [row for row in by_code if row.code == text]
        if exact:
            return exact
        by_number = [row for row in self.rows if text.isdigit() and row.number == int(text)]
        return by_number + [row for row in by_code if row not in by_number]

    def pick(self, typed: str) -> PaperRow | None:
        """The one row ``typed`` means without doubt (a full code, a row number, or a code start
        that only one row has), else None."""
        found = self.find(typed)
        if not found:
            return None
        text = normalise_code(typed)
        if found[0].code == text or (text.isdigit() and found[0].number == int(text)) or len(found) == 1:
            return found[0]
        return None


@dataclass(frozen=True)
class PaperResult:
    checked_in: int   # new check-ins made
    already: int      # ticked, but already signed in
    missing: int      # ticked people no longer on the roster (erased or deleted since printing)


def paper_sheet(store: Store, meeting_id: str, min_times: int = 1) -> PaperSheet:
    """The pre-filled rows of the meeting's sign-in sheet, as ``services.printing`` prints them."""
    meeting = meeting_service.get_meeting(store, meeting_id)
    if meeting is None:
        raise UserError(_tr("This meeting is no longer on this laptop. Choose another meeting."))
    people = reports.expected_for_sheet(store, meeting.id, meeting.series, min_times)
    codes = sheet_codes([entry.person.id for entry in people])
    rows = tuple(PaperRow(number, codes[entry.person.id], entry.person, bool(entry.signed_in))
                 for number, entry in enumerate(people, start=1))
    return PaperSheet(meeting, rows)


def record_ticks(store: Store, meeting_id: str, person_ids: Sequence[str]) -> PaperResult:
    """Check in everyone ticked on the paper, in one transaction (all or nothing)."""
    desk = Desk.open(store, meeting_id)
    made = already = missing = 0
    with store.transaction():
        for person_id in dict.fromkeys(person_ids):
            person = get_person(store, person_id)
            if person is None:
                missing += 1
                continue
            result = desk.check_in(person, entered_by=PAPER, now=desk.meeting.starts_at)
            if result.already:
                already += 1
            else:
                made += 1
    return PaperResult(made, already, missing)


def add_written_in(store: Store, meeting_id: str, walk_in: WalkIn) -> Person:
    """Someone who wrote their name on a blank row: a new person, checked in (as at the desk)."""
    desk = Desk.open(store, meeting_id)
    return add_walk_in(store, desk, walk_in, entered_by=PAPER, now=desk.meeting.starts_at).person
