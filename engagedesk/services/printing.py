"""Printing: read what a document needs from the store, then lay out its pages.

Two steps, so that the window reads the database on the store thread and lays out pages on
another thread without holding the store up (a sign-in desk may be busy meanwhile):

- ``prepare_*(store, ...)`` reads and returns a :class:`Prepared` (plain data, no store);
- :meth:`Prepared.render` makes the PDF, with progress and a way to stop.

``make(store, kind, ...)`` does both, for the command line; :func:`write_pdf` saves a PDF so
that a half-written file never replaces a good one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import count_text, format_number, translate
from engagedesk.domain.models import Meeting, Question, QuestionKind
from engagedesk.domain.validation import fold, phone_digits
from engagedesk.printing import canvass as canvass_doc
from engagedesk.printing import packet as packet_doc
from engagedesk.printing import signin as signin_doc
from engagedesk.printing import summary as summary_doc
from engagedesk.printing import walklist as walk_doc
from engagedesk.printing.base import PageOptions, format_date, format_when
from engagedesk.services import actions as actions_service
from engagedesk.services import attendance as attendance_service
from engagedesk.services import canvassing
from engagedesk.services import meetings as meeting_service
from engagedesk.services import organisation
from engagedesk.services import summary as summary_service
from engagedesk.store import reports
from engagedesk.store.store import Store

KINDS = ("signin", "packet", "summary", "walklist", "canvass")
MAX_BLANK_ROWS = 5_000
MAX_NOTE_PAGES = 20
SIGNIN_COLUMNS = signin_doc.COLUMNS


def _tr(text: str) -> str:
    return translate("Printing", text)


def document_titles() -> dict[str, str]:
    return {"signin": _tr("Sign-in sheet"), "packet": _tr("Meeting packet"),
            "summary": _tr("Meeting summary"), "walklist": _tr("Walk list"),
            "canvass": _tr("Canvass summary")}


_BUILDERS: dict[str, Callable[..., bytes]] = {
    "signin": signin_doc.build_signin, "packet": packet_doc.build_packet,
    "summary": summary_doc.build_summary, "walklist": walk_doc.build_walklist,
    "canvass": canvass_doc.build_canvass,
}


@dataclass(frozen=True)
class Prepared:
    """A document's data, read from the store; :meth:`render` needs no database."""

    kind: str
    organisation: str
    subject: str          # the meeting, turf or campaign it is about
    document: Any         # SignInSheet, MeetingPacket, MeetingSummary, WalkList or CanvassSummary
    options: PageOptions
    rows: int = 0         # names or doors in it (for the window to say what it is making)

    def render(self, progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> bytes:
        """The PDF.  ``progress(pages)`` is called after each page; ``cancelled()`` returning
        True stops the layout with :class:`engagedesk.printing.base.Cancelled`."""
        return _BUILDERS[self.kind](self.organisation, self.document, self.options,
                                    progress=progress, cancelled=cancelled)

    @property
    def file_name(self) -> str:
        """A file name to suggest: "sign-in-sheet-riverside-town-hall-4.pdf"."""
        words = re.sub(r"[^a-z0-9]+", "-", fold(f"{document_titles()[self.kind]} {self.subject}")).strip("-")
        return f"{words[:80].rstrip('-') or 'document'}.pdf"


def _organisation_name(store: Store) -> str:
    found = organisation.get_organisation(store)
    return found.name if found else ""


# ------------------------------------------------------------------ sign-in sheets

_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's: no I, L, O or U to misread


def sheet_code(person_id: str, length: int = 4) -> str:
    """A short code for a person on a printed sheet, the same on every laptop."""
    number = int.from_bytes(hashlib.sha256(person_id.encode()).digest()[:8], "big")
    letters = []
    for _ in range(length):
        letters.append(_CODE_ALPHABET[number & 31])
        number >>= 5
    return "".join(letters)


def sheet_codes(person_ids: Sequence[str]) -> dict[str, str]:
    """Codes for everyone on one sheet: 4 characters, or 5 (or more) if two would be the same.

    A screen that keys a sheet back in finds a person by the start of their code.
    """
    length = 4
    while True:
        codes = {person_id: sheet_code(person_id, length) for person_id in person_ids}
        if len(set(codes.values())) == len(codes) or length >= 12:
            return codes
        length += 1


def mask_email(email: str) -> str:
    """"jo•••@example.org": enough for the person to know it is theirs, not for others to copy."""
    local, at, domain = email.partition("@")
    if not at:
        return "•••" if email else ""
    return f"{local[:2]}•••@{domain}"


def mask_phone(phone: str) -> str:
    digits = phone_digits(phone)
    if not digits:
        return ""
    return f"•••{digits[-4:]}" if len(digits) > 4 else "•••"


def _meeting(store: Store, meeting_id: str) -> Meeting:
    meeting = meeting_service.get_meeting(store, meeting_id)
    if meeting is None:
        raise UserError(_tr("There is no meeting with the id {id}. `engagedesk list meetings` shows "
                            "the ids.").format(id=meeting_id))
    return meeting


def _sheet_rows(people: Sequence[reports.SheetPerson], full_contacts: bool) -> tuple[signin_doc.SignInRow, ...]:
    codes = sheet_codes([entry.person.id for entry in people])
    rows = []
    for entry in people:
        person = entry.person
        rows.append(signin_doc.SignInRow(
            name=person.display_name, email=person.email if full_contacts else mask_email(person.email),
            phone=person.phone if full_contacts else mask_phone(person.phone),
            postal_code=entry.postal_code, may_contact=person.contactable, language=person.language,
            code=codes[person.id], signed_in=entry.signed_in))
    return tuple(rows)


def _check_rows(blank_rows: int) -> None:
    if not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise UserError(_tr("The number of blank rows must be between 0 and {n}.").format(
            n=format_number(MAX_BLANK_ROWS)))


def signin_sheet(store: Store, meeting_id: str | None = None, *, blank_rows: int | None = None,
                 person_ids: Sequence[str] | None = None, columns: Sequence[str] | None = None,
                 min_times: int = 1, full_contacts: bool = False) -> signin_doc.SignInSheet:
    """The rows of a sign-in sheet.

    With a meeting, pre-filled with the people expected there (everyone who came to the series
    at least ``min_times`` times, and anyone already checked in), or with ``person_ids``; then
    ``blank_rows`` (10 by default, 25 when nobody is expected) for people not on the list.
    Without a meeting, a blank sheet.  E-mail and phone are shown only in part unless
    ``full_contacts``: the sheet is passed around the room.
    """
    meeting = _meeting(store, meeting_id) if meeting_id else None
    if person_ids is not None:
        people = reports.people_for_sheet(store, person_ids, meeting.id if meeting else None)
    elif meeting is not None:
        people = reports.expected_for_sheet(store, meeting.id, meeting.series, min_times)
    else:
        people = []
    if blank_rows is None:
        blank_rows = 10 if people else 25
    _check_rows(blank_rows)
    rows = _sheet_rows(people, full_contacts)
    if columns is None:
        columns = signin_doc.DEFAULT_COLUMNS if rows else signin_doc.DEFAULT_BLANK_COLUMNS
    columns = tuple(dict.fromkeys(c for c in columns if c in SIGNIN_COLUMNS))
    if "name" not in columns:
        columns = ("name", *columns)
    if meeting is None:
        return signin_doc.SignInSheet(meeting_title=_tr("Sign-in sheet"),
                                      when=_tr("Date: ______________"), place=_tr("Place: ______________"),
                                      rows=rows, blank_rows=blank_rows, columns=columns)
    return signin_doc.SignInSheet(meeting_title=meeting.title, when=format_when(meeting.starts_at, meeting.ends_at),
                                  place=meeting.place, rows=rows, blank_rows=blank_rows, columns=columns)


def prepare_signin(store: Store, meeting_id: str | None = None, *, options: PageOptions = PageOptions(),
                   **choices: Any) -> Prepared:
    sheet = signin_sheet(store, meeting_id, **choices)
    subject = sheet.meeting_title if meeting_id else ""
    return Prepared("signin", _organisation_name(store), subject, sheet, options,
                    rows=len(sheet.rows) + sheet.blank_rows)


# ------------------------------------------------------------------ meeting summary and packet


def _summary_action(line: Any) -> summary_doc.ActionRow:  # a SummaryAction or an actions.ActionLine
    item = getattr(line, "item", None)
    text, due, status = (item.text, item.due_on, item.status.value) if item else (line.text, line.due_on, line.status)
    origin = line.origin_title if line.carried_over else ""
    if origin and getattr(line, "origin_starts_at", ""):
        origin = f"{origin} ({format_date(line.origin_starts_at)})"
    return summary_doc.ActionRow(text=text, owner=line.owner, due=format_date(due), status=status, origin=origin)


def _feedback_line(feedback: Any) -> str:
    if not feedback.responses:
        return ""
    text = count_text(feedback.responses, _tr("1 feedback card."), _tr("{n} feedback cards."))
    if feedback.heard_average is not None:
        text += " " + _tr("Felt heard: {avg} out of 5 on average.").format(
            avg=format_number(float(feedback.heard_average)))
    return text


def meeting_summary(store: Store, meeting_id: str) -> summary_doc.MeetingSummary:
    """The summary service's figures (see :mod:`engagedesk.services.summary`), as printed:
    quotes credited only with consent, actions carried over marked with their meeting."""
    _meeting(store, meeting_id)
    found = summary_service.meeting_summary(store, meeting_id)
    return summary_doc.MeetingSummary(
        title=found.title, when=format_when(found.starts_at, found.ends_at), place=found.place,
        total=found.attendance_total, new=found.attendance_new, returning=found.attendance_returning,
        walk_ins=found.walk_ins, by_role=found.by_role,
        volunteer_hours=attendance_service.meeting_hours(store, meeting_id),
        themes=tuple((theme.name, theme.count) for theme in found.top_themes),
        decisions=tuple(note.text for note in found.decisions),
        actions=tuple(_summary_action(action) for action in found.actions),
        quotes=tuple(summary_doc.Quote(note.text, note.credit) for note in found.quotes),
        voices=summary_doc.Voices(found.speakers, found.notes_total, found.first_time_share, found.not_heard,
                                  {kind: n for kind, n in found.notes_by_kind.items() if n}),
        open_questions=tuple(note.text for note in found.unanswered_questions),
        feedback=_feedback_line(found.feedback),
    )


def prepare_summary(store: Store, meeting_id: str, *, options: PageOptions = PageOptions()) -> Prepared:
    summary = meeting_summary(store, meeting_id)
    return Prepared("summary", _organisation_name(store), summary.title, summary, options, rows=summary.total)


def agenda_times(meeting: Meeting) -> tuple[packet_doc.AgendaLine, ...]:
    """The agenda with the time each item starts, counted from the meeting's start."""
    try:
        clock: datetime | None = datetime.fromisoformat(meeting.starts_at) if len(meeting.starts_at) > 10 else None
    except ValueError:
        clock = None
    lines = []
    for item in meeting.agenda:
        lines.append(packet_doc.AgendaLine(f"{clock:%H:%M}" if clock else "", item.title, item.minutes))
        if clock is not None:
            clock += timedelta(minutes=max(0, item.minutes))
    return tuple(lines)


def meeting_packet(store: Store, meeting_id: str, *, note_pages: int = 1, blank_rows: int | None = None,
                   full_contacts: bool = False, with_sheet: bool = True,
                   person_ids: Sequence[str] | None = None) -> packet_doc.MeetingPacket:
    """Cover and agenda with times, open actions of earlier meetings of the series, the last
    meeting's summary, the sign-in sheet (the people expected, or ``person_ids``) and note pages."""
    meeting = _meeting(store, meeting_id)
    if not 0 <= note_pages <= MAX_NOTE_PAGES:
        raise UserError(_tr("Note pages must be between 0 and {n}.").format(n=format_number(MAX_NOTE_PAGES)))
    earlier = sorted((m for m in meeting_service.list_meetings(store)
                      if meeting.series and m.series == meeting.series and m.id != meeting.id
                      and m.starts_at < meeting.starts_at), key=lambda m: m.starts_at)
    last = meeting_summary(store, earlier[-1].id) if earlier else None
    still_open = [line for line in actions_service.carried_over(store, meeting.id) if line.is_open]
    return packet_doc.MeetingPacket(
        title=meeting.title, when=format_when(meeting.starts_at, meeting.ends_at), place=meeting.place,
        description=meeting.description,
        facilitators=tuple(p.display_name for p in meeting_service.facilitators(store, meeting)),
        agenda=agenda_times(meeting),
        open_actions=tuple(_summary_action(line) for line in still_open),
        last_meeting=last,
        sheet=signin_sheet(store, meeting.id, blank_rows=blank_rows, full_contacts=full_contacts,
                           person_ids=person_ids) if with_sheet else None,
        note_pages=note_pages)


def prepare_packet(store: Store, meeting_id: str, *, options: PageOptions = PageOptions(), **choices: Any) -> Prepared:
    packet = meeting_packet(store, meeting_id, **choices)
    rows = len(packet.sheet.rows) + packet.sheet.blank_rows if packet.sheet else 0
    return Prepared("packet", _organisation_name(store), packet.title, packet, options, rows=rows)


# ------------------------------------------------------------------ walk lists

_OUTCOME_CODES = {"contacted": "C", "not home": "NH", "refused": "R", "moved": "M", "wrong address": "WA",
                  "inaccessible": "IN", "come back later": "CB", "language barrier": "LB",
                  "do not contact": "DNC"}


def outcome_codes(outcomes: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """A short code for each outcome: the usual ones ("NH" not home), else initials, kept unique."""
    seen: set[str] = set()
    result = []
    for outcome in outcomes:
        code = _OUTCOME_CODES.get(outcome.casefold()) or "".join(
            word[0] for word in re.findall(r"\w+", outcome)).upper()[:3] or "?"
        base, number = code, 2
        while code in seen:
            code = f"{base}{number}"
            number += 1
        seen.add(code)
        result.append((code, outcome))
    return tuple(result)


def _question_codes(number: int, question: Question) -> walk_doc.QuestionCodes:
    label = f"Q{number}"
    if question.kind is QuestionKind.FREE_TEXT:
        return walk_doc.QuestionCodes(label, question.prompt, (), free_text=True)
    options = canvassing.options_of(question)
    if question.kind is QuestionKind.YES_NO:
        names = {"yes": "Y", "no": "N"}
        return walk_doc.QuestionCodes(label, question.prompt, tuple(
            (names.get(o.casefold(), o[:1].upper()), o) for o in options) or (("Y", _tr("yes")), ("N", _tr("no"))))
    if question.kind is QuestionKind.SCALE:
        return walk_doc.QuestionCodes(label, question.prompt, tuple((o, o) for o in options))
    letters = "ABCDEFGHJKMNPQRSTUVWXYZ"
    return walk_doc.QuestionCodes(label, question.prompt, tuple(
        (letters[i] if i < len(letters) else str(i + 1), option) for i, option in enumerate(options)))


def _script_parts(script: str) -> tuple[str, tuple[str, ...]]:
    """The script's plain lines, and its key points (lines starting with -, * or •)."""
    text, points = [], []
    for line in script.splitlines():
        stripped = line.strip()
        if stripped[:1] in ("-", "*", "•") and stripped[1:].strip():
            points.append(stripped[1:].strip())
        elif stripped:
            text.append(stripped)
    return "\n".join(text), tuple(points)


def walk_list(store: Store, turf_id: str) -> walk_doc.WalkList:
    """The canvassing service's walk list (doors in walking order: street, odd side, even side,
    number, unit), without the doors and the people that asked not to be contacted."""
    if reports.get_turf(store, turf_id) is None:
        raise UserError(_tr("There is no turf with the id {id}. `engagedesk list turfs` shows the ids.").format(id=turf_id))
    walk = canvassing.walk_list(store, turf_id)
    groups: list[tuple[str, str, list[walk_doc.Door]]] = []
    doors_left_out = people_left_out = 0
    for door in walk.doors:
        keep = [p for p in door.residents if not p.do_not_contact]
        people_left_out += len(door.residents) - len(keep)
        if door.do_not_contact or (door.residents and not keep):
            doors_left_out += 1
            continue
        mine = [k for k in door.knocks if k.campaign == walk.campaign.name] or list(door.knocks)
        visit = f"{mine[0].outcome}, {format_date(mine[0].at)}" if mine else ""
        address = door.address
        street = address.street or address.postal_code or _tr("(no street)")
        side = canvassing.side(address.number)
        if not groups or groups[-1][:2] != (street, side):
            groups.append((street, side, []))
        groups[-1][2].append(walk_doc.Door(address.number, address.unit,
                                           tuple(walk_doc.Resident(p.display_name, p.language) for p in keep), visit))
    script, points = _script_parts(walk.campaign.script)
    return walk_doc.WalkList(
        campaign=walk.campaign.name, turf=walk.turf.name, canvasser=walk.turf.canvasser, script=script,
        key_points=points, outcomes=outcome_codes(walk.campaign.outcomes),
        questions=tuple(_question_codes(number, q) for number, q in enumerate(walk.questions, start=1)),
        groups=tuple(walk_doc.DoorGroup(street, side, tuple(doors)) for street, side, doors in groups),
        doors_left_out=doors_left_out, people_left_out=people_left_out)


def prepare_walklist(store: Store, turf_id: str, *, options: PageOptions = PageOptions()) -> Prepared:
    walk = walk_list(store, turf_id)
    return Prepared("walklist", _organisation_name(store), walk.turf, walk, options, rows=walk.doors)


# ------------------------------------------------------------------ canvass summary

MAX_FREE_TEXT = 12


def _said(texts: Sequence[str]) -> tuple[str, ...]:
    """Written answers, the same words counted once ("More trees, please." ×3), most said first."""
    said: dict[str, tuple[str, int]] = {}
    for text in texts:
        key = fold(" ".join(text.split()))
        if key:
            first, n = said.get(key, (text.strip(), 0))
            said[key] = (first, n + 1)
    ranked = sorted(said.values(), key=lambda pair: (-pair[1], fold(pair[0])))[:MAX_FREE_TEXT]
    return tuple(f"{text} ×{n}" if n > 1 else text for text, n in ranked)


def canvass_summary(store: Store, campaign_id: str) -> canvass_doc.CanvassSummary:
    """The canvassing service's results for the campaign and for each of its turfs."""
    if reports.get_campaign(store, campaign_id) is None:
        raise UserError(_tr("There is no campaign with the id {id}. `engagedesk list campaigns` shows "
                            "the ids.").format(id=campaign_id))
    found = canvassing.results(store, campaign_id)
    tallies = tuple(canvass_doc.QuestionTally(
        result.question.prompt + (" " + _tr("(removed from the survey)") if result.removed else ""),
        result.counts, result.answered, _said(result.texts))
        for result in found.questions)
    turfs = []
    for turf, _ in canvassing.list_turfs(store, campaign_id):
        by_turf = canvassing.results(store, campaign_id, turf.id)
        turfs.append(canvass_doc.TurfTally(turf.name, turf.canvasser, by_turf.doors, by_turf.knocked, by_turf.contacted))
    campaign = found.campaign
    dates = " – ".join(format_date(d) for d in (campaign.starts_on, campaign.ends_on) if d)
    return canvass_doc.CanvassSummary(
        campaign=campaign.name, dates=dates, knocks=found.knocks,
        outcomes=tuple((o, n) for o, n in found.outcomes if n), questions=tallies, turfs=tuple(turfs),
        doors_total=found.doors, knocked_total=found.knocked, contacted_total=found.contacted)


def prepare_canvass(store: Store, campaign_id: str, *, options: PageOptions = PageOptions()) -> Prepared:
    summary = canvass_summary(store, campaign_id)
    return Prepared("canvass", _organisation_name(store), summary.campaign, summary, options, rows=summary.knocks)


# ------------------------------------------------------------------ both steps, and saving

_PREPARERS: dict[str, Callable[..., Prepared]] = {
    "signin": prepare_signin, "packet": prepare_packet, "summary": prepare_summary,
    "walklist": prepare_walklist, "canvass": prepare_canvass,
}


def prepare(store: Store, kind: str, target: str | None, *, options: PageOptions = PageOptions(),
            **choices: Any) -> Prepared:
    """Read what document ``kind`` needs; ``target`` is its meeting, turf or campaign id."""
    if kind not in _PREPARERS:
        raise ValueError(f"unknown document {kind!r}")
    if kind != "signin" and not target:
        raise UserError(_tr("Choose what the document is about first."))
    return _PREPARERS[kind](store, target, options=options, **choices)


def make(store: Store, kind: str, target: str | None, *, options: PageOptions = PageOptions(),
         **choices: Any) -> bytes:
    """Read and lay out in one go (the command line)."""
    return prepare(store, kind, target, options=options, **choices).render()


def check_writable(path: str | Path) -> Path:
    """The path to save to, or a :class:`UserError` that says why it cannot be written."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(_tr("{path} is a folder. Give a file name, for example {path}/sheet.pdf.").format(path=path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(_tr("The folder {folder} does not exist. Create it or choose another place.").format(folder=folder))
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(_tr("Cannot write to {path}: permission denied. Choose another folder.").format(path=path))
    return path


def write_pdf(pdf: bytes, path: str | Path) -> Path:
    """Save the PDF; the file appears whole or not at all (written beside it, then renamed)."""
    path = check_writable(path)
    temp_name = None
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".part",
                                         delete=False) as handle:
            temp_name = handle.name
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as problem:
        raise UserError(_tr("Could not save {path}: {reason}. Choose another place.").format(
            path=path, reason=problem.strerror or problem)) from None
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass
    return path


# ------------------------------------------------------------------ what the window offers


@dataclass(frozen=True)
class Choices:
    meetings: list[tuple[str, str]]    # (id, "2026-11-22 18:30 · Riverside Town Hall #4")
    turfs: list[tuple[str, str]]       # (id, "Elm Street & Oak Avenue · Neighbourhood survey")
    campaigns: list[tuple[str, str]]   # (id, name)
    organisation: str


def choices(store: Store, now: datetime | None = None) -> Choices:
    """What each document can be made for: upcoming meetings first, then past ones."""
    meetings = [(m.id, f"{m.starts_at.replace('T', ' ')} · {m.title}") for m in meeting_service.list_meetings(store, now)]
    turfs = [(turf_id, f"{name} · {campaign}") for turf_id, name, campaign in reports.list_turf_choices(store)]
    return Choices(meetings, turfs, reports.list_campaign_choices(store), _organisation_name(store))


def with_options(prepared: Prepared, options: PageOptions) -> Prepared:
    """The same data on other paper (no need to read the store again)."""
    return dataclasses.replace(prepared, options=options)
