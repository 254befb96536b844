"""A realistic demo organisation: people, three past meetings and one tonight, a canvass.

Deterministic: the same seed and the same ``today`` give the same people, ids and records.
Fast enough for a million people (rows go in with ``executemany`` in one transaction).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta

from engagedesk.domain.models import (
    DEFAULT_OUTCOMES, ActionItem, ActionStatus, Address, AgendaItem, Attendance, Campaign, Knock,
    Meeting, Note, NoteKind, Person, Question, QuestionKind, Response, Role, Theme, Turf,
)
from engagedesk.domain.validation import fold
from engagedesk.services import organisation
from engagedesk.services.demo_names import NAME_POOLS, NOTE_TEXTS, STREETS, THEMES
from engagedesk.store.people import insert_people_bulk, person_row
from engagedesk.store.rows import to_row
from engagedesk.store.store import Store

Progress = Callable[[int, int], None]
MAX_PEOPLE = 1_000_000


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def _ascii(text: str) -> str:
    folded = fold(text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def _people(rng: random.Random, ids: _Ids, count: int, address_ids: list[str]) -> Iterator[Person]:
    weights = [pool[0] for pool in NAME_POOLS]
    domains = ("example.org", "example.net", "example.com")
    for number in range(count):
        _, givens, families, language = rng.choices(NAME_POOLS, weights)[0]
        given, family = rng.choice(givens), rng.choice(families)
        local = _ascii(given) + "." + _ascii(family)
        email = f"{local}{number}@{rng.choice(domains)}" if rng.random() < 0.6 and local != "." else ""
        if email.startswith("."):
            email = f"neighbour{number}@{rng.choice(domains)}"
        phone = f"(555) 01{rng.randrange(10)}-{rng.randrange(10000):04d}" if rng.random() < 0.55 else ""
        dnc = rng.random() < 0.03
        yield Person(
            id=ids(), given_name=given, family_name=family, email=email, phone=phone,
            language=language, address_id=rng.choice(address_ids) if rng.random() < 0.85 else None,
            may_contact=not dnc and rng.random() < 0.7, do_not_contact=dnc,
            do_not_contact_since="2026-01-15" if dnc else None,
            do_not_contact_reason="Asked at the door" if dnc else "",
            quote_consent=rng.random() < 0.4, photo_consent=rng.random() < 0.3,
            pronouns=rng.choice(("", "", "", "she/her", "he/him", "they/them")),
        )


def _addresses(rng: random.Random, ids: _Ids, count: int) -> list[Address]:
    units = ("", "", "", "", "Apt 1", "Apt 2", "Unit B", "12B", "1/2")
    return [
        Address(id=ids(), number=str(rng.randrange(1, 400)), street=rng.choice(STREETS),
                unit=rng.choice(units), city="Riverside", region="CA",
                postal_code=f"9{rng.randrange(5000, 5040):04d}")
        for _ in range(count)
    ]


def _stamp(day: date, hour: int, minute: int) -> str:
    return datetime.combine(day, time(hour, minute)).isoformat(timespec="minutes")


def make_demo(store: Store, people: int = 2_000, seed: int = 1, today: date | None = None,
              progress: Progress | None = None, organisation_name: str = "Riverside Neighbours United",
              laptop_name: str = "Front desk") -> dict[str, int]:
    """Fill an empty database with a demo organisation; returns how many of each were made."""
    if not 0 <= people <= MAX_PEOPLE:
        raise ValueError(f"people must be between 0 and {MAX_PEOPLE:,}")
    rng = random.Random(seed)
    ids = _Ids(rng)
    today = today or date.today()
    report = (lambda done, total: None) if progress is None else progress
    total_steps = people + 10

    with store.transaction():
        organisation.set_up(store, organisation_name, laptop_name)
        addresses = _addresses(rng, ids, max(1, people * 10 // 22))
        store.insert_many("addresses", (to_row(a, store.columns("addresses")) for a in addresses))
        address_ids = [a.id for a in addresses]

        people_ids: list[str] = []
        quote_ok: set[str] = set()

        def person_rows() -> Iterator[dict]:
            for index, person in enumerate(_people(rng, ids, people, address_ids)):
                people_ids.append(person.id)
                if person.quote_consent:
                    quote_ok.add(person.id)
                if index % 10_000 == 0:
                    report(index, total_steps)
                yield person_row(store, person)

        insert_people_bulk(store, person_rows())
        themes = [Theme(id=ids(), name=name) for name in THEMES]
        store.insert_many("themes", (to_row(t, store.columns("themes")) for t in themes))
        counts = _meetings(store, rng, ids, today, people_ids, themes)
        counts.update(_canvass(store, rng, ids, today, addresses, people_ids))
        report(total_steps, total_steps)
    return {"people": people, "addresses": len(addresses), "themes": len(themes), **counts}


def _meetings(store: Store, rng: random.Random, ids: _Ids, today: date, people_ids: list[str],
              themes: list[Theme]) -> dict[str, int]:
    regulars = people_ids[:150]
    facilitators = tuple(people_ids[:2])
    agenda_titles = (("Welcome and introductions", 10), ("Updates from last meeting", 15),
                     ("Open discussion: neighbourhood priorities", 45), ("Next steps", 15))
    attendance_rows, note_rows, link_rows, action_rows = [], [], [], []
    meetings: list[Meeting] = []
    for number, days_ago in enumerate((84, 56, 28, 0), start=1):
        day = today - timedelta(days=days_ago)
        meeting_id = ids()
        agenda = tuple(AgendaItem(id=ids(), meeting_id=meeting_id, position=i, title=t, minutes=m)
                       for i, (t, m) in enumerate(agenda_titles))
        meetings.append(Meeting(
            id=meeting_id, title=f"Riverside Town Hall #{number}", series="Riverside Town Hall",
            starts_at=_stamp(day, 18, 30), ends_at=_stamp(day, 20, 0),
            place="Riverside Library, Community Room", facilitator_ids=facilitators,
            description="Monthly open meeting for neighbours. Interpretation in Spanish available.",
            agenda=agenda))
        if days_ago == 0 or not people_ids:
            continue  # tonight's meeting: the sign-in desk starts empty
        pool = regulars + rng.sample(people_ids, min(len(people_ids), 60))
        attendees = list(dict.fromkeys(rng.sample(pool, min(len(pool), rng.randrange(40, 70)))))
        for index, person_id in enumerate(attendees):
            role = Role.FACILITATOR if person_id in facilitators else (
                Role.VOLUNTEER if index < 5 else Role.STAFF if index == 5 else Role.ATTENDEE)
            arrived = datetime.combine(day, time(18, 10)) + timedelta(minutes=rng.randrange(0, 40))
            attendance_rows.append(Attendance(
                id=ids(), meeting_id=meeting_id, person_id=person_id, role=role,
                time_in=arrived.isoformat(timespec="seconds"),
                time_out=_stamp(day, 20, 15) if role in (Role.VOLUNTEER, Role.STAFF) else None,
                walk_in=rng.random() < 0.15, entered_by="Front desk"))
        for index in range(rng.randrange(15, 26)):
            kind = rng.choice(list(NoteKind))
            speaker = rng.choice(attendees) if rng.random() < 0.85 else None
            note = Note(id=ids(), meeting_id=meeting_id, agenda_item_id=agenda[min(2, index // 6)].id,
                        speaker_id=speaker, kind=kind, text=rng.choice(NOTE_TEXTS[kind.value]),
                        at=_stamp(day, 18, 40) if index < 30 else _stamp(day, 19, 30))
            note_rows.append(note)
            for theme in rng.sample(themes, rng.randrange(1, 3)):
                link_rows.append({"id": ids(), "note_id": note.id, "theme_id": theme.id})
            if kind is NoteKind.ACTION:
                action_rows.append(ActionItem(
                    id=ids(), text=note.text, owner_id=rng.choice(attendees),
                    due_on=(day + timedelta(days=21)).isoformat(), origin_meeting_id=meeting_id,
                    status=rng.choice((ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.DONE))))
    for meeting in meetings:
        store.insert("meetings", to_row(meeting, store.columns("meetings")))
        store.insert_many("agenda_items", (to_row(a, store.columns("agenda_items")) for a in meeting.agenda))
    for table, records in (("attendance", attendance_rows), ("notes", note_rows), ("action_items", action_rows)):
        store.insert_many(table, (to_row(r, store.columns(table)) for r in records))
    store.insert_many("note_themes", link_rows)
    return {"meetings": len(meetings), "attendance": len(attendance_rows), "notes": len(note_rows),
            "action_items": len(action_rows)}


def _canvass(store: Store, rng: random.Random, ids: _Ids, today: date, addresses: list[Address],
             people_ids: list[str]) -> dict[str, int]:
    campaign = Campaign(
        id=ids(), name="Neighbourhood Priorities Survey", starts_on=(today - timedelta(days=14)).isoformat(),
        ends_on=(today + timedelta(days=30)).isoformat(), outcomes=DEFAULT_OUTCOMES,
        script="Hi! I'm a volunteer with Riverside Neighbours United.\n"
               "- We're asking neighbours what matters most for our area.\n"
               "- It takes two minutes; answers are anonymous unless you want a follow-up.\n"
               "- Our next town hall is at the Riverside Library.")
    q1 = Question(id=ids(), campaign_id=campaign.id, position=0, kind=QuestionKind.YES_NO,
                  prompt="Have you been to a town hall meeting?", options=("yes", "no"))
    questions = (
        q1,
        Question(id=ids(), campaign_id=campaign.id, position=1, kind=QuestionKind.SINGLE_CHOICE,
                 prompt="What should the city fix first?",
                 options=("Traffic safety", "Parks", "Housing", "Street lighting")),
        Question(id=ids(), campaign_id=campaign.id, position=2, kind=QuestionKind.MULTIPLE_CHOICE,
                 prompt="Which languages are spoken at home?", options=("English", "Spanish", "Vietnamese", "Other")),
        Question(id=ids(), campaign_id=campaign.id, position=3, kind=QuestionKind.SCALE,
                 prompt="How safe do you feel walking at night? (1-5)", options=("1", "2", "3", "4", "5")),
        Question(id=ids(), campaign_id=campaign.id, position=4, kind=QuestionKind.FREE_TEXT,
                 prompt="What would you tell the mayor?", ask_if_question_id=q1.id, ask_if_answer="yes"),
    )
    turf = Turf(id=ids(), campaign_id=campaign.id, name="Elm Street & Oak Avenue", canvasser="Dana")
    doors = [a for a in addresses if a.street in ("Elm Street", "Oak Avenue")][:80] or addresses[:80]
    store.insert("campaigns", to_row(campaign, store.columns("campaigns")))
    store.insert_many("questions", (to_row(q, store.columns("questions")) for q in questions))
    store.insert("turfs", to_row(turf, store.columns("turfs")))
    store.insert_many("turf_addresses", ({"id": ids(), "turf_id": turf.id, "address_id": a.id} for a in doors))
    knocks, responses = [], []
    outcome_weights = (40, 35, 10, 3, 2, 2, 5, 2, 1)
    for index, door in enumerate(doors[: len(doors) * 2 // 3]):
        outcome = rng.choices(DEFAULT_OUTCOMES, outcome_weights)[0]
        knock = Knock(id=ids(), campaign_id=campaign.id, address_id=door.id, canvasser=turf.canvasser,
                      at=f"{(today - timedelta(days=index % 7)).isoformat()}T{10 + index % 8:02d}:{index % 60:02d}:00",
                      outcome=outcome)
        knocks.append(knock)
        if outcome != "contacted":
            continue
        answers = {q1.id: rng.choice(("yes", "no"))}
        answers[questions[1].id] = rng.choice(questions[1].options)
        answers[questions[2].id] = "|".join(rng.sample(questions[2].options, rng.randrange(1, 3)))
        answers[questions[3].id] = rng.choice(questions[3].options)
        if answers[q1.id] == "yes":
            answers[questions[4].id] = rng.choice(("Fix the crosswalks.", "More trees, please.", "Keep the library open late."))
        for question_id, answer in answers.items():
            responses.append(Response(id=ids(), knock_id=knock.id, question_id=question_id, answer=answer))
    store.insert_many("knocks", (to_row(k, store.columns("knocks")) for k in knocks))
    store.insert_many("responses", (to_row(r, store.columns("responses")) for r in responses))
    return {"campaigns": 1, "questions": len(questions), "turfs": 1, "knocks": len(knocks), "responses": len(responses)}
