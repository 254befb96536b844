"""The sign-in desk: find someone in a few keystrokes, check them in, undo, check out.

A :class:`Desk` is opened for one meeting.  It keeps the people expected there (who came to
this series before, and who is already in) in memory, so they are found from the first letter
and ranked first; the rest of the roster is searched from the second letter on.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Attendance, Meeting, Person, Role
from engagedesk.domain.validation import fold, phone_digits
from engagedesk.store import attendance as attendance_table
from engagedesk.store import meetings as meetings_table
from engagedesk.store.search import roster_search
from engagedesk.store.store import Store

_WORD = re.compile(r"\w+")


def _tr(text: str) -> str:
    return translate("Desk", text)


def local_now() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class DeskMatch:
    person: Person
    signed_in_at: str | None  # time_in when already checked in to this meeting
    times: int                # meetings of this series attended
    expected: bool


@dataclass(frozen=True)
class SearchResult:
    matches: list[DeskMatch]
    roster_total: int  # how many in the whole roster match (0 when not searched)
    complete: bool     # False: more match than are shown, keep typing


@dataclass(frozen=True)
class CheckIn:
    attendance: Attendance
    person: Person
    already: bool      # was already checked in: nothing changed
    meeting_number: int  # 1 = first meeting ever, n = nth

    def greeting(self) -> str:
        if self.already:
            return _tr("{name} is already signed in (at {time}).").format(
                name=self.person.display_name, time=self.attendance.time_in[11:16])
        if self.meeting_number <= 1:
            return _tr("Welcome, {name}: first meeting!").format(name=self.person.display_name)
        return _tr("Welcome back, {name}: meeting number {n}.").format(
            name=self.person.display_name, n=self.meeting_number)


class _Entry:
    __slots__ = ("expected", "tokens", "given", "family")

    def __init__(self, expected: attendance_table.ExpectedPerson) -> None:
        person = expected.person
        self.expected = expected
        self.given = [fold(w) for w in _WORD.findall(person.preferred_name or person.given_name)]
        self.family = [fold(w) for w in _WORD.findall(person.family_name)]
        other = [fold(w) for w in _WORD.findall(f"{person.given_name} {person.email}")]
        digits = phone_digits(person.phone)
        self.tokens = self.given + self.family + other + ([digits] if digits else [])

    def score(self, words: list[str]) -> int | None:
        """None if some word starts no token; lower is better: name starts beat other hits."""
        remaining = list(self.tokens)
        for word in words:
            for index, token in enumerate(remaining):
                if token.startswith(word):
                    del remaining[index]
                    break
            else:
                return None
        names = self.given + self.family
        first = words[0]
        if names and names[0].startswith(first):
            return 0  # typed the way the name reads: "jo nu" for José Núñez
        if self.family and self.family[0].startswith(first):
            return 1  # family name first
        return 2


class Desk:
    """The sign-in desk of one meeting.  Use it from the store thread only."""

    def __init__(self, store: Store, meeting: Meeting) -> None:
        self.store = store
        self.meeting = meeting
        self._entries: dict[str, _Entry] = {}
        self._signed_in: dict[str, str] = {}
        for expected in attendance_table.expected_people(store, meeting.id, meeting.series):
            self._entries[expected.person.id] = _Entry(expected)
        for line in attendance_table.for_meeting(store, meeting.id):
            self._signed_in[line.person.id] = line.attendance.time_in

    @classmethod
    def open(cls, store: Store, meeting_id: str) -> Desk:
        meeting = meetings_table.get_meeting(store, meeting_id)
        if meeting is None:
            raise UserError(_tr("This meeting no longer exists (it may have been deleted on another laptop)."))
        return cls(store, meeting)

    # ------------------------------------------------------------------ finding people

    def search(self, text: str, limit: int = 12) -> SearchResult:
        folded = fold(text)
        digits = phone_digits(text)
        words = [digits] if digits and len(digits) >= 3 and not re.search(r"[^\d\s().+-]", text) else _WORD.findall(folded)
        if not words:
            return SearchResult([], 0, True)
        scored = []
        for entry in self._entries.values():
            score = entry.score(words)
            if score is not None:
                scored.append((score, -entry.expected.times, entry.expected.person.display_name.casefold(),
                               entry.expected.person.id, entry))
        scored.sort(key=lambda item: item[:4])
        matches = [self._match(item[4].expected.person, item[4].expected.times, True) for item in scored[:limit]]
        roster_total = 0
        complete = len(scored) <= limit
        if len(folded.strip()) >= 2:
            if len(matches) < limit:
                found = roster_search(self.store, text, limit=limit + len(matches))
                roster_total = found.total
                seen = {m.person.id for m in matches}
                for person in found.people:
                    if len(matches) >= limit:
                        break
                    if person.id not in seen:
                        seen.add(person.id)
                        # Someone expected but found only by the roster (their street, the end
                        # of their phone number) is still shown as expected, with their count.
                        entry = self._entries.get(person.id)
                        matches.append(self._match(person, entry.expected.times, True) if entry
                                       else self._match(person, 0, False))
                complete = (complete and found.total <= len(found.people)
                            and all(person.id in seen for person in found.people))
            else:
                complete = False  # the roster was not searched: more of it may match
        return SearchResult(matches, roster_total, complete)

    def _match(self, person: Person, times: int, expected: bool) -> DeskMatch:
        return DeskMatch(person, self._signed_in.get(person.id), times, expected)

    @property
    def count(self) -> int:
        return len(self._signed_in)

    def recent(self, limit: int = 5) -> list[tuple[Attendance, Person]]:
        return attendance_table.recent(self.store, self.meeting.id, limit)

    # ------------------------------------------------------------------ checking in and out

    def check_in(self, person: Person, role: Role = Role.ATTENDEE, *, walk_in: bool = False,
                 entered_by: str = "", now: str | None = None) -> CheckIn:
        """Record the check-in (written and committed before this returns)."""
        with self.store.transaction():
            existing = attendance_table.get_attendance(self.store, self.meeting.id, person.id)
            if existing is not None:
                number = attendance_table.meetings_attended_up_to(self.store, person.id, self.meeting.starts_at)
                self._signed_in[person.id] = existing.time_in  # checked in elsewhere (another desk, a sync)
                return CheckIn(existing, person, True, number)
            attendance = Attendance(
                id=attendance_table.attendance_id(self.meeting.id, person.id), meeting_id=self.meeting.id,
                person_id=person.id, role=role, time_in=now or local_now(), walk_in=walk_in,
                entered_by=entered_by)
            attendance_table.save_check_in(self.store, attendance)
            # What was stored: a check-in undone earlier comes back under its own row's id.
            attendance = attendance_table.get_attendance(self.store, self.meeting.id, person.id) or attendance
            number = attendance_table.meetings_attended_up_to(self.store, person.id, self.meeting.starts_at)
        self._signed_in[person.id] = attendance.time_in
        entry = self._entries.get(person.id)
        times = entry.expected.times + 1 if entry else 1
        self._entries[person.id] = _Entry(attendance_table.ExpectedPerson(person, times))
        return CheckIn(attendance, person, False, number)

    def undo(self, attendance: Attendance) -> None:
        """Take back a check-in made by mistake (a second undo of the same one changes nothing)."""
        if not self.store.delete("attendance", attendance.id):
            return
        self._signed_in.pop(attendance.person_id, None)
        entry = self._entries.get(attendance.person_id)
        if entry is not None:
            if entry.expected.times <= 1:
                self._entries.pop(attendance.person_id)
            else:
                self._entries[attendance.person_id] = _Entry(
                    dataclasses.replace(entry.expected, times=entry.expected.times - 1))

    def change_role(self, attendance: Attendance, role: Role) -> Attendance:
        if not self.store.update("attendance", attendance.id, {"role": role.value}):
            raise UserError(_tr("This check-in was undone, so its role cannot be changed."))
        return dataclasses.replace(attendance, role=role)

    def check_out(self, attendance: Attendance, now: str | None = None) -> Attendance:
        """Volunteers and staff sign out, so their hours add up."""
        time_out = now or local_now()
        if time_out < attendance.time_in:
            raise UserError(_tr("The time out must be after the time in ({time}).").format(time=attendance.time_in[11:16]))
        if not self.store.update("attendance", attendance.id, {"time_out": time_out}):
            raise UserError(_tr("This check-in was undone, so there is nothing to check out."))
        return dataclasses.replace(attendance, time_out=time_out)
