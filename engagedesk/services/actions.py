"""Action items: what someone agreed to do, by when, and whether it was done.

An action item belongs to the meeting where it was made.  The open items of earlier meetings of
the same series come up again at the next meeting, to be reviewed; closing one (done or dropped)
records when and at which meeting, so each meeting's list shows what was closed there.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timezone

from engagedesk.domain.errors import FieldProblem, UserError, ValidationError
from engagedesk.domain.i18n import format_number, translate
from engagedesk.domain.models import ActionItem, ActionStatus, Meeting, Person
from engagedesk.domain.validation import clean_text, fold
from engagedesk.store import meetings as meetings_table
from engagedesk.store import notes as notes_table
from engagedesk.store.attendance import for_meeting
from engagedesk.store.store import Store

MAX_ACTION_TEXT = 2_000


def _tr(text: str) -> str:
    return translate("Actions", text)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class ActionLine:
    item: ActionItem
    owner: str              # the owner's name, "" for nobody yet, "former participant" if gone
    origin_title: str       # the meeting where it was made
    origin_starts_at: str
    carried_over: bool      # made at an earlier meeting of the series
    closed_here: bool       # closed at the meeting being looked at

    @property
    def is_open(self) -> bool:
        return self.item.status is ActionStatus.OPEN


def _meeting(store: Store, meeting_id: str) -> Meeting:
    meeting = meetings_table.get_meeting(store, meeting_id)
    if meeting is None:
        raise UserError(_tr("This meeting no longer exists (it may have been deleted on another laptop)."))
    return meeting


def parse_due(text: str | None) -> str | None:
    """A due date typed as 2026-12-01 (or 2026-12-1), or nothing."""
    text = clean_text(text)
    if not text:
        return None
    try:
        year, month, day = (int(part) for part in text.replace("/", "-").split("-"))
        return date(year, month, day).isoformat()
    except ValueError:
        raise ValidationError([FieldProblem("due_on", _tr(
            "Please write the due date like 2026-12-01, or leave it empty."))]) from None


def _validated(store: Store, text: str, owner_id: str | None, due_on: str | None) -> tuple[str, str | None, str | None]:
    problems: list[FieldProblem] = []
    text = clean_text(text, multiline=True)
    if not text:
        problems.append(FieldProblem("text", _tr("Please say what is to be done.")))
    elif len(text) > MAX_ACTION_TEXT:
        problems.append(FieldProblem("text", _tr("Please keep an action item under {limit} characters.")
                                     .format(limit=format_number(MAX_ACTION_TEXT))))
    try:
        due = parse_due(due_on)
    except ValidationError as error:
        problems.extend(error.problems)
        due = None
    if owner_id and owner_id not in notes_table.live_people(store, [owner_id]):
        problems.append(FieldProblem("owner_id", _tr("That person is no longer on the roster. Please choose another owner.")))
    if problems:
        raise ValidationError(problems)
    return text, owner_id or None, due


def create_action(store: Store, meeting_id: str, text: str, owner_id: str | None = None,
                  due_on: str | None = None) -> ActionItem:
    _meeting(store, meeting_id)
    text, owner_id, due = _validated(store, text, owner_id, due_on)
    item = ActionItem(text=text, owner_id=owner_id, due_on=due, origin_meeting_id=meeting_id)
    notes_table.insert_action(store, item)
    return item


def _get(store: Store, action_id: str) -> ActionItem:
    found = notes_table.get_action(store, action_id)
    if found is None:
        raise UserError(_tr("This action item was deleted meanwhile."))
    return found[0]


def edit_action(store: Store, action_id: str, text: str, owner_id: str | None, due_on: str | None) -> ActionItem:
    before = _get(store, action_id)
    text, owner_id, due = _validated(store, text, owner_id, due_on)
    after = dataclasses.replace(before, text=text, owner_id=owner_id, due_on=due)
    notes_table.update_action(store, before, after)
    return after


def close_action(store: Store, action_id: str, meeting_id: str, status: ActionStatus = ActionStatus.DONE,
                 now: str | None = None) -> ActionItem:
    """Mark it done (or dropped), at this meeting, now."""
    if status is ActionStatus.OPEN:
        raise ValueError("closing needs done or dropped")
    _meeting(store, meeting_id)
    before = _get(store, action_id)
    after = dataclasses.replace(before, status=status, closed_at=now or utc_now(), closed_in_meeting_id=meeting_id)
    notes_table.update_action(store, before, after)
    return after


def reopen_action(store: Store, action_id: str) -> ActionItem:
    before = _get(store, action_id)
    after = dataclasses.replace(before, status=ActionStatus.OPEN, closed_at=None, closed_in_meeting_id=None)
    notes_table.update_action(store, before, after)
    return after


def delete_action(store: Store, action_id: str) -> bool:
    return notes_table.delete_action(store, action_id)


def meeting_actions(store: Store, meeting_id: str) -> list[ActionLine]:
    """What a meeting reviews: its own items, the open ones carried over from earlier meetings
    of its series, and those closed at it.  Carried-over items first (oldest meeting first)."""
    meeting = _meeting(store, meeting_id)
    stored = notes_table.meeting_actions(store, meeting.id, meeting.series, meeting.starts_at)
    owners = notes_table.live_people(store, (s.item.owner_id for s in stored if s.item.owner_id))
    lines = []
    for found in stored:
        item = found.item
        if item.owner_id is None:
            owner = ""
        elif item.owner_id in owners:
            owner = owners[item.owner_id].display_name
        else:
            owner = translate("Notes", "former participant")
        lines.append(ActionLine(item, owner, found.origin_title, found.origin_starts_at,
                                carried_over=item.origin_meeting_id != meeting.id,
                                closed_here=item.closed_in_meeting_id == meeting.id))
    lines.sort(key=lambda line: (not line.carried_over, line.origin_starts_at))  # stable: made order kept
    return lines


def carried_over(store: Store, meeting_id: str) -> list[ActionLine]:
    """The items from earlier meetings of the series that are still open, or closed here."""
    return [line for line in meeting_actions(store, meeting_id) if line.carried_over]


def owner_choices(store: Store, meeting_id: str) -> list[Person]:
    """Who may own an action: the people signed in, the facilitators, and current owners."""
    meeting = _meeting(store, meeting_id)
    ids = [line.person.id for line in for_meeting(store, meeting_id)] + list(meeting.facilitator_ids)
    ids += [s.item.owner_id for s in notes_table.meeting_actions(store, meeting.id, meeting.series, meeting.starts_at)
            if s.item.owner_id]
    people = notes_table.live_people(store, ids)  # only people still on the roster
    return sorted(people.values(), key=lambda p: (fold(p.display_name), p.id))
