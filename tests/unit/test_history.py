"""A person's history: meetings attended, what they said, doors knocked at their address."""

from __future__ import annotations

import pytest

from engagedesk.domain.models import Address, Campaign, Knock, Meeting, Note, NoteKind, Person, Role
from engagedesk.services import meetings, people
from engagedesk.services.desk import Desk
from engagedesk.services.history import HistoryLine, person_history
from engagedesk.store import Store
from engagedesk.store.rows import to_row


def meeting(store: Store, title: str, starts_at: str) -> Meeting:
    return meetings.create_meeting(store, Meeting(title=title, series="Town hall", starts_at=starts_at))


def note(store: Store, meeting_: Meeting, speaker: Person | None, kind: NoteKind, text: str, at: str) -> Note:
    made = Note(meeting_id=meeting_.id, speaker_id=speaker.id if speaker else None, kind=kind, text=text, at=at)
    store.insert("notes", to_row(made, store.columns("notes")))
    return made


def campaign(store: Store, name: str) -> Campaign:
    made = Campaign(name=name)
    store.insert("campaigns", to_row(made, store.columns("campaigns")))
    return made


def knock(store: Store, campaign_: Campaign, address_id: str, at: str, outcome: str) -> Knock:
    made = Knock(campaign_id=campaign_.id, address_id=address_id, at=at, outcome=outcome, canvasser="Dana")
    store.insert("knocks", to_row(made, store.columns("knocks")))
    return made


@pytest.fixture
def neighbourhood(store):
    ana = people.add_person(store, Person(given_name="Ana", family_name="Ruiz"),
                            Address(number="12", street="Elm Street", postal_code="95001"))
    ben = people.add_person(store, Person(given_name="Ben", family_name="Okafor"),
                            Address(number="7", street="Oak Avenue"))
    september = meeting(store, "Town hall #1", "2026-09-10T18:30")
    october = meeting(store, "Town hall #2", "2026-10-10T18:30")
    november = meeting(store, "Town hall #3", "2026-11-10T18:30")
    Desk.open(store, september.id).check_in(ana, Role.SPEAKER, now="2026-09-10T18:20:00")
    Desk.open(store, october.id).check_in(ana, now="2026-10-10T18:25:00")
    Desk.open(store, october.id).check_in(ben, now="2026-10-10T18:26:00")
    desk = Desk.open(store, november.id)
    desk.undo(desk.check_in(ana).attendance)  # a mistake, taken back: not in her history
    note(store, september, ana, NoteKind.CONCERN, "The crosswalk on Elm is dangerous.", "2026-09-10T18:45:00")
    note(store, october, ana, NoteKind.QUESTION, "When will the park reopen?", "2026-10-10T19:05:00")
    note(store, october, ben, NoteKind.IDEA, "A tool library.", "2026-10-10T19:10:00")
    note(store, october, None, NoteKind.DECISION, "Meet monthly.", "2026-10-10T19:50:00")
    survey = campaign(store, "Neighbourhood survey")
    knock(store, survey, ana.address_id, "2026-09-20T10:15:00", "not home")
    knock(store, survey, ana.address_id, "2026-10-20T11:00:00", "contacted")
    knock(store, survey, ben.address_id, "2026-10-21T11:00:00", "refused")
    return {"ana": ana, "ben": ben, "survey": survey, "september": september, "october": october}


def test_history_lists_meetings_notes_and_knocks_newest_first(store, neighbourhood):
    history = person_history(store, neighbourhood["ana"].id)
    assert history == [
        HistoryLine("2026-10-20T11:00:00", "knock", "Neighbourhood survey", "contacted"),
        HistoryLine("2026-10-10T19:05:00", "note", "Town hall #2", "question: When will the park reopen?"),
        HistoryLine("2026-10-10T18:30", "meeting", "Town hall #2", "attendee"),
        HistoryLine("2026-09-20T10:15:00", "knock", "Neighbourhood survey", "not home"),
        HistoryLine("2026-09-10T18:45:00", "note", "Town hall #1", "concern: The crosswalk on Elm is dangerous."),
        HistoryLine("2026-09-10T18:30", "meeting", "Town hall #1", "speaker"),
    ]


def test_history_holds_only_this_persons_lines(store, neighbourhood):
    history = person_history(store, neighbourhood["ben"].id)
    assert [(line.what, line.detail) for line in history] == [
        ("knock", "refused"), ("note", "idea: A tool library."), ("meeting", "attendee")]


def test_history_of_someone_without_an_address_has_no_knocks(store, neighbourhood):
    cleo = people.add_person(store, Person(given_name="Cleo"))
    Desk.open(store, neighbourhood["october"].id).check_in(cleo)
    assert [line.what for line in person_history(store, cleo.id)] == ["meeting"]


def test_history_of_a_newcomer_is_empty(store, neighbourhood):
    dev = people.add_person(store, Person(given_name="Dev"))
    assert person_history(store, dev.id) == []


def test_history_of_a_deleted_person_is_empty(store, neighbourhood):
    assert person_history(store, neighbourhood["ana"].id)
    store.delete("people", neighbourhood["ana"].id)
    assert person_history(store, neighbourhood["ana"].id) == []


def test_history_of_an_unknown_id_is_empty(store, neighbourhood):
    assert person_history(store, "no-such-person") == []


def test_history_leaves_out_deleted_meetings_notes_and_knocks(store, neighbourhood):
    store.delete("meetings", neighbourhood["september"].id)
    history = person_history(store, neighbourhood["ana"].id)
    assert "Town hall #1" not in {line.title for line in history}
    store.delete("campaigns", neighbourhood["survey"].id)
    assert [line.what for line in person_history(store, neighbourhood["ana"].id)] == ["note", "meeting"]


def test_deleted_knocks_and_notes_are_left_out(store, neighbourhood):
    ana = neighbourhood["ana"]
    for table, column, value in (("knocks", "address_id", ana.address_id), ("notes", "speaker_id", ana.id)):
        for row in store.query(f"SELECT id FROM {table} WHERE {column} = ?", (value,)):
            store.delete(table, row["id"])
    assert [line.what for line in person_history(store, ana.id)] == ["meeting", "meeting"]


def test_history_keeps_text_as_written(store, neighbourhood):
    fatima = people.add_person(store, Person(given_name="فاطمة", family_name="منصور"))
    Desk.open(store, neighbourhood["october"].id).check_in(fatima)
    note(store, neighbourhood["october"], fatima, NoteKind.QUOTE, "«Our street 🌳» — O'Neill-style", "2026-10-10T19:30:00")
    assert person_history(store, fatima.id)[0].detail == "quote: «Our street 🌳» — O'Neill-style"
