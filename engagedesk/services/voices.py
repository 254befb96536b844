"""Voices heard: who has spoken and how often, who signed in and has not spoken yet.

Every note is a contribution of its speaker (or of an unnamed participant).  The share from
first-time attendees counts the contributions whose speaker is known; facilitators and staff
are not listed among those still to be heard (they are running the meeting).

Quotes are attributed by name only to people who gave quote consent; anyone else, and anyone no
longer on the roster, is "a participant".
"""

from __future__ import annotations

from dataclasses import dataclass

from engagedesk.domain.i18n import translate
from engagedesk.domain.models import Person, Role
from engagedesk.domain.validation import fold
from engagedesk.store import notes as notes_table
from engagedesk.store.attendance import for_meeting
from engagedesk.store.store import Store

NOT_INVITED_ROLES = (Role.FACILITATOR, Role.STAFF)


def _tr(text: str) -> str:
    return translate("Voices", text)


def quote_attribution(person: Person | None) -> str:
    """Whom a quote may be credited to in anything shown or printed."""
    if person is not None and person.quote_consent and person.display_name:
        return person.display_name
    return _tr("a participant")


@dataclass(frozen=True)
class Voice:
    person_id: str
    name: str
    contributions: int
    first_time: bool     # this is their first meeting
    signed_in: bool      # False: spoke but is not on tonight's sign-in list
    role: str            # their role tonight ("" when not signed in)


@dataclass(frozen=True)
class VoicesHeard:
    spoken: list[Voice]          # most contributions first
    not_yet: list[Voice]         # signed in, not facilitating, nothing said yet
    contributions: int           # every note
    named: int                   # notes with a known speaker on the roster
    unnamed: int                 # notes by an unnamed participant
    former: int                  # notes whose speaker has left the roster
    first_time_contributions: int
    first_time_attendees: int    # signed in for the first time
    signed_in: int

    @property
    def first_time_share(self) -> float | None:
        """Share of the named contributions made by first-time attendees (None: none named)."""
        return self.first_time_contributions / self.named if self.named else None


def voices_heard(store: Store, meeting_id: str) -> VoicesHeard:
    counts = notes_table.speaker_counts(store, meeting_id)
    signed = for_meeting(store, meeting_id)
    live = notes_table.live_people(store, [*(i for i in counts if i), *(line.person.id for line in signed)])
    lines = {line.person.id: line for line in signed if line.person.id in live}  # not those deleted since
    spoken: list[Voice] = []
    named = former = first_time_contributions = 0
    for person_id, count in counts.items():
        if person_id is None:
            continue
        line = lines.get(person_id)
        person = live.get(person_id)
        if person is None:
            former += count
            continue
        first = line is not None and line.meetings_before == 0
        named += count
        if first:
            first_time_contributions += count
        spoken.append(Voice(person_id, person.display_name, count, first, line is not None,
                            line.attendance.role.value if line else ""))
    spoken.sort(key=lambda v: (-v.contributions, fold(v.name), v.person_id))
    not_yet = sorted(
        (Voice(pid, line.person.display_name, 0, line.meetings_before == 0, True, line.attendance.role.value)
         for pid, line in lines.items()
         if pid not in counts and line.attendance.role not in NOT_INVITED_ROLES),
        key=lambda v: (not v.first_time, fold(v.name), v.person_id))
    return VoicesHeard(
        spoken=spoken, not_yet=not_yet, contributions=sum(counts.values()), named=named,
        unnamed=counts.get(None, 0), former=former, first_time_contributions=first_time_contributions,
        first_time_attendees=sum(1 for line in lines.values() if line.meetings_before == 0),
        signed_in=len(lines))
