"""Live notes: saving, themes made on the fly, the timeline and its filters, undo, the draft."""

from __future__ import annotations

import sqlite3

import pytest

from engagedesk.domain.errors import ValidationError
from engagedesk.domain.models import AgendaItem, Meeting, NoteKind, Person, Role
from engagedesk.services import meetings, organisation, people
from engagedesk.services.desk import Desk
from engagedesk.services.notes import (
    FORMER_KEY, UNNAMED_KEY, MeetingNotes, NoteDraft, TimelineFilter, add_note, ensure_themes, plain_text,
)
from engagedesk.store import Store, schema
from engagedesk.store import notes as notes_table

SERIES = "Parks committee"


def meeting(store: Store, starts_at: str, series: str = SERIES, agenda: tuple[str, ...] = ("Welcome", "Playground", "Next steps")) -> Meeting:
    return meetings.create_meeting(store, Meeting(
        title=f"{series} {starts_at[:10]}", series=series, starts_at=starts_at,
        agenda=tuple(AgendaItem(meeting_id="", position=i, title=t) for i, t in enumerate(agenda))))


def person(store: Store, given: str, family: str = "Test", *, quote_consent: bool = False) -> Person:
    return people.add_person(store, Person(given_name=given, family_name=family, quote_consent=quote_consent))


def check_in(store: Store, meeting_: Meeting, who: Person, role: Role = Role.ATTENDEE) -> None:
    Desk.open(store, meeting_.id).check_in(who, role, now=f"{meeting_.starts_at[:10]}T18:05:00")


@pytest.fixture
def tonight(store):
    organisation.set_up(store, "Riverside Neighbours", "Front desk")
    tonight = meeting(store, "2025-11-22T18:30")
    who = {name: person(store, name, quote_consent=name == "Ana") for name in ("Ana", "Bo", "Chidi", "Dolores")}
    for one in who.values():
        check_in(store, tonight, one)
    return tonight, who


def draft(text: str, **fields) -> NoteDraft:
    fields["themes"] = tuple(fields.get("themes", ()))
    return NoteDraft(text=text, **fields)


def test_a_note_is_saved_with_kind_speaker_agenda_item_themes_and_time(store, tonight):
    meeting_, who = tonight
    notes = MeetingNotes.open(store, meeting_.id)
    item = meeting_.agenda[1]
    change = notes.add(draft("The swings are broken", kind=NoteKind.CONCERN, speaker_id=who["Bo"].id,
                             agenda_item_id=item.id, themes=["Parks", "Safety"]), now="2025-11-22T18:42:10")
    entry = change.entry
    assert (entry.speaker, entry.agenda_title, entry.themes, entry.time) == ("Bo Test", "Playground", ("Parks", "Safety"), "18:42")
    stored = notes_table.get_note(store, entry.note.id)
    assert stored.note.kind is NoteKind.CONCERN and stored.note.speaker_id == who["Bo"].id
    assert stored.note.agenda_item_id == item.id and stored.note.at == "2025-11-22T18:42:10"
    assert {t.name for t in notes_table.list_themes(store)} == {"Parks", "Safety"}
    assert len(stored.note.theme_ids) == 2
    # Opened again, the timeline reads the same from the store.
    again = MeetingNotes.open(store, meeting_.id).timeline()
    assert [(e.note.text, e.speaker, e.themes) for e in again] == [("The swings are broken", "Bo Test", ("Parks", "Safety"))]


def test_a_note_without_time_is_stamped_now(store, tonight):
    entry = add_note(store, tonight[0].id, "Hello")
    assert len(entry.note.at) == 19 and entry.note.at[10] == "T"


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "<p>&nbsp;</p>"])
def test_an_empty_note_is_refused_with_a_clear_message(store, tonight, text):
    notes = MeetingNotes.open(store, tonight[0].id)
    with pytest.raises(ValidationError) as refused:
        notes.add(draft(text, themes=["Brand new theme"]))
    assert "empty" in refused.value.for_field("text")
    assert store.count("notes") == 0
    assert store.count("themes") == 0  # the theme of a refused note is not made either
    assert notes.timeline() == []


def test_a_very_long_note_is_stored_whole_and_a_giant_one_refused(store, tonight):
    long_text = ("Forty-nine thousand words of testimony. " * 1300)[:50_000].strip()
    entry = add_note(store, tonight[0].id, long_text)
    assert notes_table.get_note(store, entry.note.id).note.text == long_text
    with pytest.raises(ValidationError) as refused:
        add_note(store, tonight[0].id, "x" * 100_001)
    assert "too long" in refused.value.message


def test_pasted_rich_text_is_stored_as_plain_text(store, tonight):
    pasted = ('<html><head><style>p {color: red}</style></head><body><!--StartFragment-->'
              '<p><b>Bus</b> route&nbsp;7 &amp; the <i>clinic</i></p><ul><li>Mondays</li><li>Fridays</li></ul>'
              '<p>Thanks<br>Ana</p><!--EndFragment--></body></html>')
    entry = add_note(store, tonight[0].id, pasted)
    assert entry.note.text == "Bus route 7 & the clinic\n\n• Mondays\n• Fridays\n\nThanks\nAna"
    assert "<" not in entry.note.text


def test_plain_text_that_merely_has_angle_brackets_is_kept():
    assert plain_text("rent < 30% of income, yes > no") == "rent < 30% of income, yes > no"
    assert plain_text("<3 this park") == "<3 this park"
    assert plain_text("  Café\r\nnext line\x00 ") == "Café\nnext line"


def test_themes_are_matched_whatever_their_case_and_accents_and_made_on_the_fly(store, tonight):
    first = ensure_themes(store, ["Café hours", "  parks  "])
    again = ensure_themes(store, ["CAFE HOURS", "Parks", "#parks", "New one"])
    assert [t.id for t in again[:2]] == [first[0].id, first[1].id]
    assert again[0].name == "Café hours"  # the first spelling stays
    assert len(again) == 3 and store.count("themes") == 3
    with pytest.raises(ValidationError):
        ensure_themes(store, ["x" * 61])


def test_two_laptops_making_the_same_theme_give_it_the_same_id():
    with Store.open(None) as one, Store.open(None) as two:
        assert ensure_themes(one, ["Parks"])[0].id == ensure_themes(two, ["parks"])[0].id == notes_table.theme_id("PARKS")


def test_a_deleted_theme_comes_back_under_its_id(store, tonight):
    theme = ensure_themes(store, ["Parks"])[0]
    store.delete("themes", theme.id)
    assert ensure_themes(store, ["Parks"])[0].id == theme.id
    assert store.count("themes") == 1


def test_editing_a_note_changes_it_and_undo_puts_it_back(store, tonight):
    meeting_, who = tonight
    notes = MeetingNotes.open(store, meeting_.id)
    entry = notes.add(draft("Swings broken", themes=["Parks"]), now="2025-11-22T18:40:00").entry
    changed = notes.edit(entry.note.id, draft("Swings and slide broken", kind=NoteKind.CONCERN,
                                              speaker_id=who["Ana"].id, themes=["Safety"])).entry
    assert changed.note.at == entry.note.at  # the time it was said does not move
    assert (changed.note.text, changed.note.kind, changed.themes) == ("Swings and slide broken", NoteKind.CONCERN, ("Safety",))
    assert notes_table.get_note(store, entry.note.id).note.text == "Swings and slide broken"
    assert notes.undo().message.startswith("Undone")
    back = notes_table.get_note(store, entry.note.id).note
    assert (back.text, back.kind, back.speaker_id) == ("Swings broken", NoteKind.COMMENT, None)
    assert notes.timeline()[0].themes == ("Parks",)
    assert MeetingNotes.open(store, meeting_.id).timeline()[0].themes == ("Parks",)


def test_a_deleted_note_comes_back_whole_with_undo(store, tonight):
    notes = MeetingNotes.open(store, tonight[0].id)
    first = notes.add(draft("First", themes=["Parks"]), now="2025-11-22T18:40:00").entry
    notes.add(draft("Second"), now="2025-11-22T18:41:00")
    notes.delete(first.note.id)
    assert [e.note.text for e in notes.timeline()] == ["Second"]
    assert notes_table.get_note(store, first.note.id) is None
    notes.undo()
    assert [(e.note.text, e.themes) for e in notes.timeline()] == [("First", ("Parks",)), ("Second", ())]
    assert [(e.note.text, e.themes) for e in MeetingNotes.open(store, tonight[0].id).timeline()] == [
        ("First", ("Parks",)), ("Second", ())]


def test_undo_takes_back_a_note_just_added(store, tonight):
    notes = MeetingNotes.open(store, tonight[0].id)
    notes.add(draft("Oops"))
    assert notes.can_undo
    notes.undo()
    assert notes.timeline() == [] and store.count("notes") == 0
    assert not notes.can_undo and notes.undo() is None


@pytest.fixture
def busy_meeting(store, tonight):
    meeting_, who = tonight
    notes = MeetingNotes.open(store, meeting_.id)
    welcome, playground, _ = meeting_.agenda
    rows = [
        ("Love the new benches", NoteKind.COMMENT, "Ana", welcome, ["Parks"]),
        ("When do the swings get fixed?", NoteKind.QUESTION, "Bo", playground, ["Parks", "Safety"]),
        ("Lights out on the path", NoteKind.CONCERN, None, playground, ["Safety", "Street lighting"]),
        ("Ask the council for a budget line", NoteKind.DECISION, "Chidi", None, []),
        ("Paint the fence together", NoteKind.IDEA, "Bo", playground, ["Parks"]),
    ]
    for minute, (text, kind, speaker, item, themes) in enumerate(rows):
        notes.add(draft(text, kind=kind, speaker_id=who[speaker].id if speaker else None,
                        agenda_item_id=item.id if item else None, themes=themes), now=f"2025-11-22T18:4{minute}:00")
    return notes, who


def texts(entries) -> list[str]:
    return [e.note.text for e in entries]


def test_the_timeline_filters_by_kind_theme_speaker_agenda_item_and_words(store, busy_meeting):
    notes, who = busy_meeting
    safety = notes_table.theme_id("Safety")
    assert texts(notes.timeline(TimelineFilter(kind=NoteKind.QUESTION))) == ["When do the swings get fixed?"]
    assert texts(notes.timeline(TimelineFilter(theme_id=safety))) == ["When do the swings get fixed?", "Lights out on the path"]
    assert texts(notes.timeline(TimelineFilter(speaker_key=who["Bo"].id))) == ["When do the swings get fixed?", "Paint the fence together"]
    assert texts(notes.timeline(TimelineFilter(speaker_key=UNNAMED_KEY))) == ["Lights out on the path"]
    playground = notes.meeting.agenda[1].id
    assert texts(notes.timeline(TimelineFilter(agenda_item_id=playground, theme_id=notes_table.theme_id("parks")))) == [
        "When do the swings get fixed?", "Paint the fence together"]
    assert texts(notes.timeline(TimelineFilter(agenda_item_id=""))) == ["Ask the council for a budget line"]
    assert texts(notes.timeline(TimelineFilter(text="FENCE paint"))) == ["Paint the fence together"]
    assert texts(notes.timeline(TimelineFilter(kind=NoteKind.QUOTE))) == []
    assert len(notes.timeline(TimelineFilter())) == 5
    assert notes.speaker_choices()[0] == (who["Bo"].id, "Bo Test")  # most notes first
    assert [t.name for t in notes.used_themes()] == ["Parks", "Safety", "Street lighting"]


def test_a_note_by_someone_deleted_since_keeps_its_text_and_shows_former_participant(store, busy_meeting):
    notes, who = busy_meeting
    store.delete("people", who["Bo"].id)  # deleted from the roster (or erased)
    reopened = MeetingNotes.open(store, notes.meeting.id)
    bo_notes = reopened.timeline(TimelineFilter(speaker_key=FORMER_KEY))
    assert texts(bo_notes) == ["When do the swings get fixed?", "Paint the fence together"]
    assert {e.speaker for e in bo_notes} == {"former participant"}
    with pytest.raises(ValidationError) as refused:
        reopened.add(draft("More from Bo", speaker_id=who["Bo"].id))
    assert refused.value.for_field("speaker_id")


def test_a_question_can_be_marked_answered_and_back(store, busy_meeting):
    notes, _ = busy_meeting
    question = notes.timeline(TimelineFilter(kind=NoteKind.QUESTION))[0]
    assert notes.set_answered(question.note.id, True, now="2025-11-22T19:00:00").entry.answered
    assert notes_table.get_note(store, question.note.id).answered_at == "2025-11-22T19:00:00"
    notes.undo()
    assert notes_table.get_note(store, question.note.id).answered_at is None
    comment = notes.timeline(TimelineFilter(kind=NoteKind.COMMENT))[0]
    with pytest.raises(Exception, match="Only questions"):
        notes.set_answered(comment.note.id, True)


def test_an_action_note_makes_an_action_item_that_follows_it(store, tonight):
    meeting_, who = tonight
    notes = MeetingNotes.open(store, meeting_.id)
    entry = notes.add(draft("Bo writes to the council", kind=NoteKind.ACTION, speaker_id=who["Bo"].id)).entry
    action_id = notes_table.note_action_id(entry.note.id)
    item, deleted = notes_table.get_action(store, action_id, include_deleted=True)
    assert (item.text, item.owner_id, item.origin_meeting_id, deleted) == (
        "Bo writes to the council", who["Bo"].id, meeting_.id, False)
    notes.edit(entry.note.id, draft("Bo writes to the mayor", kind=NoteKind.ACTION, speaker_id=who["Bo"].id))
    assert notes_table.get_action(store, action_id)[0].text == "Bo writes to the mayor"
    notes.delete(entry.note.id)
    assert notes_table.get_action(store, action_id) is None
    notes.undo()
    assert notes_table.get_action(store, action_id)[0].text == "Bo writes to the mayor"
    notes.edit(entry.note.id, draft("Bo writes to the mayor", kind=NoteKind.COMMENT))
    assert notes_table.get_action(store, action_id) is None


def test_the_draft_is_kept_per_meeting_and_cleared_by_saving(store, tonight):
    meeting_, who = tonight
    other = meeting(store, "2025-12-22T18:30")
    notes = MeetingNotes.open(store, meeting_.id)
    assert notes.load_draft() is None
    typed = NoteDraft(text="Half a thou", kind=NoteKind.IDEA, speaker_id=who["Ana"].id,
                      agenda_item_id=meeting_.agenda[2].id, themes=("Parks", "Ñandú"))
    notes.save_draft(typed)
    assert MeetingNotes.open(store, meeting_.id).load_draft() == typed
    assert MeetingNotes.open(store, other.id).load_draft() is None
    notes.add(typed)
    assert MeetingNotes.open(store, meeting_.id).load_draft() == NoteDraft(agenda_item_id=meeting_.agenda[2].id)


def test_the_draft_stays_on_this_laptop(store, tonight):
    meeting_ = tonight[0]
    before = {table: store.scalar(f"SELECT max(hlc) FROM {table}") for table in schema.SYNCABLE_TABLES}
    MeetingNotes.open(store, meeting_.id).save_draft(NoteDraft(text="private draft"))
    after = {table: store.scalar(f"SELECT max(hlc) FROM {table}") for table in schema.SYNCABLE_TABLES}
    assert before == after  # no syncable row was touched
    assert "private draft" in store.local_setting(notes_table.DRAFT_KEY + meeting_.id)


def test_an_odd_or_stale_draft_is_forgiven(store, tonight):
    meeting_ = tonight[0]
    store.set_local_setting(notes_table.DRAFT_KEY + meeting_.id, '{"text": 5, "kind": "shout", "themes": "x",'
                            ' "editing": "gone", "agenda_item_id": "nowhere"}')
    assert MeetingNotes.open(store, meeting_.id).load_draft() == NoteDraft()
    store.set_local_setting(notes_table.DRAFT_KEY + meeting_.id, "not json")
    assert MeetingNotes.open(store, meeting_.id).load_draft() is None


def test_an_upgraded_database_gets_the_dialogue_tables(v1_copy):
    with Store.open(v1_copy) as store:
        assert store.schema_version == schema.LATEST_VERSION
        assert "answered_at" in store.columns("notes")
        columns = {row["name"] for row in store.query("PRAGMA table_info(exit_feedback)")}
        assert {"id", "created_at", "updated_at", "hlc", "site_id", "deleted", "meeting_id", "person_id",
                "answers", "at"} <= columns
        indexes = {row["name"] for row in store.query("PRAGMA index_list(exit_feedback)")}
        assert "exit_feedback_hlc" in indexes
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO exit_feedback (id) VALUES ('x')")


def test_speakers_are_the_people_signed_in_who_are_still_on_the_roster(store, tonight):
    meeting_, who = tonight
    store.delete("people", who["Dolores"].id)
    assert [p.given_name for p in MeetingNotes.open(store, meeting_.id).speakers()] == ["Ana", "Bo", "Chidi"]
