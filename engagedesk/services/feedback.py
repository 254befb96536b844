"""Exit feedback: three short questions at the kiosk as people leave.

Answers are anonymous unless the attendee picks their own name; even then the summary shows
them without names (a name is kept only so the organisers can follow up).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from engagedesk.domain.errors import FieldProblem, UserError, ValidationError
from engagedesk.domain.i18n import format_number, translate
from engagedesk.domain.models import Person
from engagedesk.domain.validation import clean_text, fold
from engagedesk.services.notes import local_now
from engagedesk.store import meetings as meetings_table
from engagedesk.store import notes as notes_table
from engagedesk.store.attendance import for_meeting
from engagedesk.store.notes import FeedbackSheet
from engagedesk.store.store import Store

MAX_FEEDBACK_TEXT = 1_000
HEARD, NEXT, AGAIN = "heard", "next", "again"
AGAIN_OPTIONS = ("yes", "maybe", "no")


def _tr(text: str) -> str:
    return translate("Feedback", text)


@dataclass(frozen=True)
class FeedbackQuestion:
    key: str
    prompt: str
    kind: str                        # "scale" (1 to 5), "choice" or "text"
    options: tuple[str, ...] = ()    # the values of a choice
    labels: tuple[str, ...] = ()     # what each value or scale end says


def questions() -> tuple[FeedbackQuestion, ...]:
    return (
        FeedbackQuestion(HEARD, _tr("Did you feel heard tonight?"), "scale", ("1", "2", "3", "4", "5"),
                         (_tr("Not at all"), _tr("Completely"))),
        FeedbackQuestion(NEXT, _tr("What should we do next?"), "text"),
        FeedbackQuestion(AGAIN, _tr("Will you come to the next meeting?"), "choice", AGAIN_OPTIONS,
                         (_tr("Yes"), _tr("Maybe"), _tr("No"))),
    )


def clean_answers(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers given, checked; unanswered questions are left out."""
    cleaned: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    heard = answers.get(HEARD)
    if heard not in (None, ""):
        try:
            value = int(heard)
        except (TypeError, ValueError):
            value = 0
        if 1 <= value <= 5:
            cleaned[HEARD] = value
        else:
            problems.append(FieldProblem(HEARD, _tr("Please choose from 1 to 5.")))
    text = clean_text(answers.get(NEXT) if isinstance(answers.get(NEXT), str) else "", multiline=True)
    if len(text) > MAX_FEEDBACK_TEXT:
        problems.append(FieldProblem(NEXT, _tr("Please keep your answer under {limit} characters.")
                                     .format(limit=format_number(MAX_FEEDBACK_TEXT))))
    elif text:
        cleaned[NEXT] = text
    again = answers.get(AGAIN)
    if again not in (None, ""):
        if again in AGAIN_OPTIONS:
            cleaned[AGAIN] = again
        else:
            problems.append(FieldProblem(AGAIN, _tr("Please choose yes, maybe or no.")))
    if problems:
        raise ValidationError(problems)
    if not cleaned:
        raise ValidationError([FieldProblem(HEARD, _tr("Please answer at least one question, or just leave: thank you for coming!"))])
    return cleaned


def submit_feedback(store: Store, meeting_id: str, answers: dict[str, Any], person_id: str | None = None,
                    now: str | None = None) -> FeedbackSheet:
    if meetings_table.get_meeting(store, meeting_id) is None:
        raise UserError(_tr("This meeting no longer exists (it may have been deleted on another laptop)."))
    cleaned = clean_answers(answers)
    if person_id is not None and person_id not in notes_table.live_people(store, [person_id]):
        person_id = None  # left the roster meanwhile: the answers count, anonymously
    sheet = FeedbackSheet(meeting_id=meeting_id, person_id=person_id, answers=cleaned, at=now or local_now())
    notes_table.insert_feedback(store, sheet)
    return sheet


def withdraw_feedback(store: Store, sheet_id: str) -> bool:
    return notes_table.delete_feedback(store, sheet_id)


def find_attendee(store: Store, meeting_id: str, text: str, limit: int = 6) -> list[Person]:
    """People signed in to the meeting whose name starts with what was typed (each word)."""
    words = fold(text).split()
    if not words:
        return []
    found = []
    for line in for_meeting(store, meeting_id):
        person = line.person
        tokens = fold(f"{person.preferred_name} {person.given_name} {person.family_name}").split()
        if all(any(token.startswith(word) for token in tokens) for word in words):
            found.append(person)
    return sorted(found, key=lambda p: (fold(p.short_name), p.id))[:limit]


@dataclass(frozen=True)
class FeedbackResults:
    responses: int = 0
    named: int = 0                                     # sheets where the person gave their name
    heard_answers: int = 0
    heard_average: float | None = None
    heard_counts: dict[int, int] = field(default_factory=dict)     # 1..5 -> how many
    again_counts: dict[str, int] = field(default_factory=dict)     # yes/maybe/no -> how many
    next_steps: list[str] = field(default_factory=list)            # what people suggested, oldest first


def feedback_results(store: Store, meeting_id: str) -> FeedbackResults:
    sheets = notes_table.meeting_feedback(store, meeting_id)
    heard = [s.answers[HEARD] for s in sheets if isinstance(s.answers.get(HEARD), int)]
    again = Counter(s.answers[AGAIN] for s in sheets if s.answers.get(AGAIN) in AGAIN_OPTIONS)
    return FeedbackResults(
        responses=len(sheets), named=sum(1 for s in sheets if s.person_id),
        heard_answers=len(heard), heard_average=round(sum(heard) / len(heard), 2) if heard else None,
        heard_counts={score: heard.count(score) for score in range(1, 6)},
        again_counts={option: again.get(option, 0) for option in AGAIN_OPTIONS},
        next_steps=[s.answers[NEXT] for s in sheets if isinstance(s.answers.get(NEXT), str) and s.answers[NEXT]])
