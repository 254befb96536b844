"""A person's history: meetings attended, what they said, doors knocked at their address."""

from __future__ import annotations

from dataclasses import dataclass

from engagedesk.store import attendance as attendance_table
from engagedesk.store.people import get_person
from engagedesk.store.store import Store


@dataclass(frozen=True)
class HistoryLine:
    when: str
    what: str    # "meeting", "note" or "knock"
    title: str
    detail: str


def person_history(store: Store, person_id: str) -> list[HistoryLine]:
    person = get_person(store, person_id)
    if person is None:
        return []
    lines = [HistoryLine(row["starts_at"], "meeting", row["title"], row["role"])
             for row in attendance_table.person_meetings(store, person_id)]
    lines += [HistoryLine(row["at"], "note", row["meeting_title"], f"{row['kind']}: {row['text']}")
              for row in attendance_table.person_notes(store, person_id)]
    if person.address_id:
        lines += [HistoryLine(row["at"], "knock", row["campaign"], row["outcome"])
                  for row in attendance_table.address_knocks(store, person.address_id)]
    return sorted(lines, key=lambda line: line.when, reverse=True)
