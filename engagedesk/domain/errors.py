"""Errors sorted by who must act.

:class:`UserError` is a problem the person at the keyboard can fix; its message says what
happened and what to do, in plain words, and never carries personal data.  Anything else that
escapes is a bug: it is logged with its trace and shown as "something went wrong, your data is
safe".
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """A problem with a message the user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str
    message: str


class ValidationError(UserError):
    """One or more fields of a form need fixing; ``problems`` says which and how."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.message for p in problems))

    def for_field(self, field: str) -> str | None:
        for problem in self.problems:
            if problem.field == field:
                return problem.message
        return None
