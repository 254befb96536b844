"""Live notes of a meeting: what people said, by whom, on which agenda item, under which themes.

A :class:`MeetingNotes` is opened for one meeting (like the sign-in desk) and used from the store
thread.  It keeps the meeting's timeline in memory, so filtering it never waits on the disk, and
an undo list of what was added, changed and deleted.  The draft of the note being typed is saved
on this laptop as it is typed and cleared in the same transaction that saves the note, so a note
is never lost and never saved twice.

An action note makes an action item of the same text (owned by its speaker, when named); the
two stay paired: edit or delete the note and the action item follows.
"""

from __future__ import annotations

import dataclasses
import html.parser
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from engagedesk.domain.errors import FieldProblem, UserError, ValidationError
from engagedesk.domain.i18n import format_number, translate
from engagedesk.domain.models import ActionItem, ActionStatus, AgendaItem, Meeting, Note, NoteKind, Person, Theme, new_id
from engagedesk.domain.validation import MAX_NOTE_TEXT, clean_text, fold
from engagedesk.store import meetings as meetings_table
from engagedesk.store import notes as notes_table
from engagedesk.store.attendance import for_meeting
from engagedesk.store.notes import StoredNote
from engagedesk.store.store import Store

MAX_THEME = 60
MAX_THEMES = 12
UNNAMED_KEY = ""          # speaker filter: notes with no speaker
FORMER_KEY = "former"     # speaker filter: notes whose speaker has left the roster


def _tr(text: str) -> str:
    return translate("Notes", text)


def unnamed_label() -> str:
    return _tr("unnamed participant")


def former_label() -> str:
    return _tr("former participant")


def local_now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# ---------------------------------------------------------------------------------- plain text

_HTML_START = re.compile(
    r"^\s*(<!doctype\s+html|<html\b|<meta\b|<body\b|<!--StartFragment|"
    r"<(p|div|span|b|i|u|strong|em|ul|ol|li|table|tr|td|h[1-6]|br|font|a|blockquote|pre)\b[^>]*>)",
    re.IGNORECASE)
_HTML_END = re.compile(r"</\w+\s*>|<br\s*/?>", re.IGNORECASE)
_BLOCKS = {"p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table"}


class _TextOnly(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def plain_text(text: str | None) -> str:
    """What was typed or pasted, as plain text: rich text (HTML from a word processor or a web
    page) loses its markup and keeps its words and line breaks; then tidied like any text."""
    if not text:
        return ""
    if _HTML_START.match(text) and _HTML_END.search(text):
        parser = _TextOnly()
        parser.feed(text)
        parser.close()
        lines = [line.strip() for line in "".join(parser.parts).split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return clean_text(text, multiline=True)


# ---------------------------------------------------------------------------------- the draft


@dataclass(frozen=True)
class NoteDraft:
    """What is in the note field, and what goes with it, before Enter is pressed."""

    text: str = ""
    kind: NoteKind = NoteKind.COMMENT
    speaker_id: str | None = None
    agenda_item_id: str | None = None
    themes: tuple[str, ...] = ()
    editing: str | None = None  # the id of the note being changed; None for a new note

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind.value, "speaker_id": self.speaker_id,
                "agenda_item_id": self.agenda_item_id, "themes": list(self.themes), "editing": self.editing}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NoteDraft:
        """A saved draft, forgiving anything odd in it (it is only a draft)."""
        def text_or_none(value: Any) -> str | None:
            return value if isinstance(value, str) and value else None

        try:
            kind = NoteKind(data.get("kind"))
        except ValueError:
            kind = NoteKind.COMMENT
        themes = data.get("themes")
        return cls(
            text=data.get("text") if isinstance(data.get("text"), str) else "",
            kind=kind, speaker_id=text_or_none(data.get("speaker_id")),
            agenda_item_id=text_or_none(data.get("agenda_item_id")),
            themes=tuple(t for t in themes if isinstance(t, str)) if isinstance(themes, list) else (),
            editing=text_or_none(data.get("editing")))


# ---------------------------------------------------------------------------------- the timeline


@dataclass(frozen=True)
class TimelineEntry:
    note: Note
    speaker: str            # a name, "unnamed participant" or "former participant"
    speaker_key: str        # the person's id; UNNAMED_KEY or FORMER_KEY
    themes: tuple[str, ...]  # theme names, in the order of their names
    agenda_title: str
    answered_at: str | None

    @property
    def time(self) -> str:
        return self.note.at[11:16]

    @property
    def answered(self) -> bool:
        return self.answered_at is not None


@dataclass(frozen=True)
class TimelineFilter:
    """None lets everything through; ``agenda_item_id=""`` keeps notes taken outside the agenda."""

    kind: NoteKind | None = None
    theme_id: str | None = None
    speaker_key: str | None = None
    agenda_item_id: str | None = None
    text: str = ""

    @property
    def empty(self) -> bool:
        return self == TimelineFilter()


def filter_timeline(entries: Iterable[TimelineEntry], chosen: TimelineFilter) -> list[TimelineEntry]:
    kind, theme, speaker, item = chosen.kind, chosen.theme_id, chosen.speaker_key, chosen.agenda_item_id
    words = fold(chosen.text).split()
    result = []
    for entry in entries:
        note = entry.note
        if kind is not None and note.kind != kind:
            continue
        if theme is not None and theme not in note.theme_ids:
            continue
        if speaker is not None and entry.speaker_key != speaker:
            continue
        if item is not None and (note.agenda_item_id or "") != item:
            continue
        if words:
            haystack = fold(f"{note.text} {entry.speaker} {' '.join(entry.themes)}")
            if not all(word in haystack for word in words):
                continue
        result.append(entry)
    return result


@dataclass(frozen=True)
class Change:
    """What an operation did: said to the user, and the entry the screen should show."""

    message: str
    entry: TimelineEntry | None = None


# ---------------------------------------------------------------------------------- themes


def clean_theme_names(names: Iterable[str]) -> list[str]:
    """Tidied theme names, each once (case and accents ignored), in the order given."""
    seen: set[str] = set()
    cleaned: list[str] = []
    problems: list[FieldProblem] = []
    for name in names:
        name = " ".join(clean_text(name).lstrip("#").split())
        if not name:
            continue
        if len(name) > MAX_THEME:
            problems.append(FieldProblem("themes", _tr(
                "A theme is a few words; “{start}…” is too long. Please keep it under {limit} characters.")
                .format(start=name[:20], limit=MAX_THEME)))
            continue
        key = fold(name)
        if key not in seen:
            seen.add(key)
            cleaned.append(name)
    if len(cleaned) > MAX_THEMES:
        problems.append(FieldProblem("themes", _tr("A note can have at most {limit} themes.").format(limit=MAX_THEMES)))
    if problems:
        raise ValidationError(problems)
    return cleaned


def ensure_themes(store: Store, names: Iterable[str]) -> list[Theme]:
    """The themes of these names, made when new.  A name matches an existing theme whatever its
    case and accents; a new theme's id comes from its name, so laptops converge on one."""
    wanted = clean_theme_names(names)
    if not wanted:
        return []
    by_fold = {fold(theme.name): theme for theme in notes_table.list_themes(store)}
    themes: list[Theme] = []
    with store.transaction():
        for name in wanted:
            theme = by_fold.get(fold(name))
            if theme is None:
                theme = Theme(id=notes_table.theme_id(name), name=name)
                existing = notes_table.get_theme(store, theme.id, include_deleted=True)
                if existing is None:
                    notes_table.insert_theme(store, theme)
                elif existing[1]:
                    notes_table.revive_theme(store, theme)
                else:
                    theme = existing[0]
                by_fold[fold(name)] = theme
            themes.append(theme)
    return themes


def list_themes(store: Store) -> list[Theme]:
    return sorted(notes_table.list_themes(store), key=lambda t: (fold(t.name), t.id))


# ---------------------------------------------------------------------------------- notes of a meeting


class MeetingNotes:
    """The notes of one meeting.  Use it from the store thread only."""

    def __init__(self, store: Store, meeting: Meeting) -> None:
        self.store = store
        self.meeting = meeting
        self.agenda: tuple[AgendaItem, ...] = meeting.agenda
        self._agenda_titles = {item.id: item.title for item in meeting.agenda}
        self.themes: dict[str, Theme] = {t.id: t for t in notes_table.list_themes(store)}
        stored = notes_table.meeting_notes(store, meeting.id)
        self._people: dict[str, Person] = notes_table.live_people(
            store, (s.note.speaker_id for s in stored if s.note.speaker_id))
        self._entries: dict[str, TimelineEntry] = {}
        self._order: list[str] = []
        for item in stored:
            self._entries[item.note.id] = self._entry(item)
            self._order.append(item.note.id)
        self._undo: list[tuple[str, Any]] = []

    @classmethod
    def open(cls, store: Store, meeting_id: str) -> MeetingNotes:
        meeting = meetings_table.get_meeting(store, meeting_id)
        if meeting is None:
            raise UserError(_tr("This meeting no longer exists (it may have been deleted on another laptop)."))
        return cls(store, meeting)

    # ------------------------------------------------------------------ reading

    def _entry(self, stored: StoredNote) -> TimelineEntry:
        note = stored.note
        if note.speaker_id is None:
            speaker, key = unnamed_label(), UNNAMED_KEY
        elif note.speaker_id in self._people:
            speaker, key = self._people[note.speaker_id].display_name, note.speaker_id
        else:
            speaker, key = former_label(), FORMER_KEY
        names = sorted((self.themes[t].name for t in note.theme_ids if t in self.themes), key=fold)
        return TimelineEntry(note, speaker, key, tuple(names), self._agenda_titles.get(note.agenda_item_id or "", ""),
                             stored.answered_at)

    def timeline(self, chosen: TimelineFilter | None = None) -> list[TimelineEntry]:
        entries = [self._entries[note_id] for note_id in self._order]
        return entries if chosen is None or chosen.empty else filter_timeline(entries, chosen)

    def entry(self, note_id: str) -> TimelineEntry | None:
        return self._entries.get(note_id)

    def speakers(self) -> list[Person]:
        """The people signed in to this meeting now (read again each time: people keep arriving)."""
        signed_in = [line.person for line in for_meeting(self.store, self.meeting.id)]
        live = notes_table.live_people(self.store, (p.id for p in signed_in))
        people = [p for p in signed_in if p.id in live]  # not those deleted from the roster since
        self._people.update((p.id, p) for p in people)
        return sorted(people, key=lambda p: (fold(p.display_name), p.id))

    def theme_names(self) -> list[str]:
        return sorted((t.name for t in self.themes.values()), key=fold)

    def speaker_choices(self) -> list[tuple[str, str]]:
        """(key, label) of each speaker in the timeline, for a filter: most notes first."""
        counts: dict[str, int] = {}
        labels: dict[str, str] = {}
        for entry in self._entries.values():
            counts[entry.speaker_key] = counts.get(entry.speaker_key, 0) + 1
            labels[entry.speaker_key] = entry.speaker
        return [(key, labels[key]) for key in sorted(counts, key=lambda k: (-counts[k], fold(labels[k])))]

    def used_themes(self) -> list[Theme]:
        used = {t for entry in self._entries.values() for t in entry.note.theme_ids}
        return sorted((self.themes[t] for t in used if t in self.themes), key=lambda t: fold(t.name))

    # ------------------------------------------------------------------ writing

    def _note(self, draft: NoteDraft, note_id: str, at: str) -> Note:
        text = plain_text(draft.text)
        problems: list[FieldProblem] = []
        if not text:
            problems.append(FieldProblem("text", _tr("The note is empty, so it was not saved. Type what was said, then press Enter.")))
        elif len(text) > MAX_NOTE_TEXT:
            problems.append(FieldProblem("text", _tr(
                "This note is too long: {length} characters. Please split it into notes of {limit} or fewer.")
                .format(length=format_number(len(text)), limit=format_number(MAX_NOTE_TEXT))))
        if draft.agenda_item_id is not None and draft.agenda_item_id not in self._agenda_titles:
            problems.append(FieldProblem("agenda_item_id", _tr(
                "That agenda item is no longer on this meeting's agenda. Please choose another.")))
        if draft.speaker_id is not None and draft.speaker_id not in self._people:
            self._people.update(notes_table.live_people(self.store, [draft.speaker_id]))
            if draft.speaker_id not in self._people:
                problems.append(FieldProblem("speaker_id", _tr(
                    "That person is no longer on the roster. Choose someone else or an unnamed participant.")))
        try:
            themes = ensure_themes(self.store, draft.themes)
        except ValidationError as error:
            problems.extend(error.problems)
            themes = []
        if problems:
            raise ValidationError(problems)
        for theme in themes:
            self.themes[theme.id] = theme
        return Note(id=note_id, meeting_id=self.meeting.id, agenda_item_id=draft.agenda_item_id,
                    speaker_id=draft.speaker_id, kind=draft.kind, text=text,
                    theme_ids=tuple(dict.fromkeys(t.id for t in themes)), at=at)

    def add(self, draft: NoteDraft, now: str | None = None) -> Change:
        """Save a new note (and clear the draft, in the same transaction)."""
        with self.store.transaction():
            note = self._note(dataclasses.replace(draft, editing=None), new_id(), now or local_now())
            notes_table.insert_note(self.store, note)
            self._pair_action(note, live=True, text_changed=True)
            self._save_cleared_draft(draft)
        entry = self._put(StoredNote(note, None))
        self._undo.append(("added", note.id))
        return Change(_tr("Note saved."), entry)

    def edit(self, note_id: str, draft: NoteDraft) -> Change:
        before = self._entries.get(note_id)
        if before is None:
            raise UserError(_tr("This note was deleted meanwhile, so it cannot be changed."))
        with self.store.transaction():
            note = self._note(draft, note_id, before.note.at)
            if not notes_table.update_note(self.store, before.note, note):
                raise UserError(_tr("This note was deleted meanwhile, so it cannot be changed."))
            self._pair_action(note, live=True, text_changed=note.text != before.note.text)
            self._save_cleared_draft(draft)
        entry = self._put(StoredNote(note, before.answered_at))
        self._undo.append(("edited", StoredNote(before.note, before.answered_at)))
        return Change(_tr("Note changed."), entry)

    def delete(self, note_id: str) -> Change:
        before = self._entries.get(note_id)
        if before is None:
            return Change(_tr("This note was already deleted."))
        with self.store.transaction():
            notes_table.delete_note(self.store, note_id)
            self._pair_action(before.note, live=False, text_changed=False)
        self._drop(note_id)
        self._undo.append(("deleted", StoredNote(before.note, before.answered_at)))
        return Change(_tr("Note deleted. Ctrl+Z brings it back."), before)

    def set_answered(self, note_id: str, answered: bool, now: str | None = None) -> Change:
        entry = self._entries.get(note_id)
        if entry is None:
            raise UserError(_tr("This note was deleted meanwhile."))
        if entry.note.kind is not NoteKind.QUESTION:
            raise UserError(_tr("Only questions can be marked answered."))
        answered_at = (now or local_now()) if answered else None
        notes_table.set_answered(self.store, note_id, answered_at)
        updated = self._put(StoredNote(entry.note, answered_at))
        self._undo.append(("answered", StoredNote(entry.note, entry.answered_at)))
        return Change(_tr("Question marked answered.") if answered else _tr("Question marked not answered yet."), updated)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> Change | None:
        """Take back the last add, change, delete or answered mark made here."""
        if not self._undo:
            return None
        what, data = self._undo.pop()
        if what == "added":
            entry = self._entries.get(data)
            if entry is None:
                return Change(_tr("Nothing to undo: that note is gone already."))
            with self.store.transaction():
                notes_table.delete_note(self.store, data)
                self._pair_action(entry.note, live=False, text_changed=False)
            self._drop(data)
            return Change(_tr("Undone: the note is taken back."), entry)
        stored: StoredNote = data
        with self.store.transaction():
            if what == "deleted":
                notes_table.restore_note(self.store, stored.note, stored.answered_at)
                self._pair_action(stored.note, live=True, text_changed=False)
                message = _tr("Undone: the note is back.")
            else:
                current = self._entries.get(stored.note.id)
                if current is None:
                    return Change(_tr("Nothing to undo: that note was deleted meanwhile."))
                notes_table.update_note(self.store, current.note, stored.note)
                notes_table.set_answered(self.store, stored.note.id, stored.answered_at)
                self._pair_action(stored.note, live=True, text_changed=stored.note.text != current.note.text)
                message = _tr("Undone: the note is as it was.")
        return Change(message, self._put(stored))

    def _put(self, stored: StoredNote) -> TimelineEntry:
        if stored.note.speaker_id and stored.note.speaker_id not in self._people:
            self._people.update(notes_table.live_people(self.store, [stored.note.speaker_id]))
        entry = self._entry(stored)
        is_new = stored.note.id not in self._entries
        self._entries[stored.note.id] = entry
        if is_new:
            self._order.append(stored.note.id)
            if len(self._order) > 1 and self._entries[self._order[-2]].note.at > stored.note.at:
                self._order.sort(key=lambda i: self._entries[i].note.at)  # stable: ties keep their order
        return entry

    def _drop(self, note_id: str) -> None:
        self._entries.pop(note_id, None)
        self._order.remove(note_id)

    def _pair_action(self, note: Note, *, live: bool, text_changed: bool) -> None:
        """Keep the action item made by an action note in step with it."""
        action_id = notes_table.note_action_id(note.id)
        found = notes_table.get_action(self.store, action_id, include_deleted=True)
        wanted = live and note.kind is NoteKind.ACTION
        if not wanted:
            if found is not None and not found[1]:
                notes_table.delete_action(self.store, action_id)
            return
        if found is None:
            notes_table.insert_action(self.store, ActionItem(
                id=action_id, text=note.text, owner_id=note.speaker_id, origin_meeting_id=self.meeting.id))
        elif found[1]:
            notes_table.revive_action(self.store, dataclasses.replace(
                found[0], text=note.text if text_changed else found[0].text))
        elif text_changed and found[0].status is ActionStatus.OPEN:
            notes_table.update_action(self.store, found[0], dataclasses.replace(found[0], text=note.text))

    # ------------------------------------------------------------------ the draft

    def save_draft(self, draft: NoteDraft) -> None:
        notes_table.save_draft(self.store, self.meeting.id, draft.to_dict())

    def _save_cleared_draft(self, draft: NoteDraft) -> None:
        # The agenda item stays current for the next note; the rest starts afresh.
        self.save_draft(NoteDraft(agenda_item_id=draft.agenda_item_id))

    def load_draft(self) -> NoteDraft | None:
        """The draft saved for this meeting, if any; one about a note deleted since becomes new."""
        data = notes_table.load_draft(self.store, self.meeting.id)
        if data is None:
            return None
        draft = NoteDraft.from_dict(data)
        if draft.editing and draft.editing not in self._entries:
            draft = dataclasses.replace(draft, editing=None)
        if draft.agenda_item_id and draft.agenda_item_id not in self._agenda_titles:
            draft = dataclasses.replace(draft, agenda_item_id=None)
        return draft


# ---------------------------------------------------------------------------------- without a window


def add_note(store: Store, meeting_id: str, text: str, kind: NoteKind = NoteKind.COMMENT, *,
             speaker_id: str | None = None, agenda_item_id: str | None = None,
             themes: Iterable[str] = (), now: str | None = None) -> TimelineEntry:
    """Save one note (the command line, imports, tests)."""
    change = MeetingNotes.open(store, meeting_id).add(
        NoteDraft(text=text, kind=kind, speaker_id=speaker_id, agenda_item_id=agenda_item_id,
                  themes=tuple(themes)), now)
    assert change.entry is not None
    return change.entry


def timeline(store: Store, meeting_id: str, chosen: TimelineFilter | None = None) -> list[TimelineEntry]:
    return MeetingNotes.open(store, meeting_id).timeline(chosen)
