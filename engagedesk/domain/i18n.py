"""Translation seam for the layers that do not import Qt.

Every user-visible string outside ``engagedesk/ui`` goes through :func:`translate`, with a
context name as Qt's ``QCoreApplication.translate`` takes it, so that ``pyside6-lupdate`` finds
the strings and the user interface can install Qt's translator here when it starts.  Until then
(on the command line, in tests) the English source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)


# ------------------------------------------------------------------ dates, times and numbers
#
# Printed documents and messages made outside Qt show dates and numbers the way the chosen
# language writes them.  The user interface installs its locale-aware formats with
# :func:`set_formats` when it starts; until then (command line, tests) they are English.

class Formats:
    """English formats; the user interface installs a subclass that follows its locale."""

    def number(self, value: int | float) -> str:
        return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"

    def date(self, day: date, style: str = "medium") -> str:
        if style == "long":        # Sunday 22 November 2026
            return f"{day:%A} {day.day} {day:%B %Y}"
        if style == "weekday":     # Sun 22 Nov 2026
            return f"{day:%a} {day.day} {day:%b %Y}"
        if style == "numeric":     # 2026-11-22
            return day.isoformat()
        return f"{day.day} {day:%b %Y}"  # medium: 22 Nov 2026

    def time(self, moment: time | datetime) -> str:
        return f"{moment:%H:%M}"

    def date_time(self, moment: datetime) -> str:
        return f"{self.date(moment.date(), 'numeric')} {self.time(moment)}"


_ENGLISH = Formats()
_formats: Formats = _ENGLISH


def set_formats(formats: Formats | None) -> None:
    global _formats
    _formats = formats or _ENGLISH


def format_number(value: int | float) -> str:
    """1234 -> "1,234" in English, "1.234" in Spanish."""
    return _formats.number(value)


def count_text(n: int, one: str, other: str, **values: object) -> str:
    """A text about a number of things, with the right form for 1: "1 note" and "3 notes".

    ``one`` and ``other`` come in already translated, each from its own literal call
    (``tr("1 note")``, ``tr("{n} notes")``), so the extraction tool finds both.  The chosen text
    is formatted with ``n`` (as :func:`format_number` writes it: "1,234" or "1.234") and any other
    ``values``; ``one`` may hold ``{n}`` too ("{n} note") or spell it out.

    English and Spanish have two forms, one and other, which is all this handles.  A language
    with more forms (Polish, Russian, Arabic...) would need Qt's ``%n`` plurals instead.
    """
    return (one if n == 1 else other).format(n=format_number(n), **values)


def format_date(day: date, style: str = "medium") -> str:
    """A date as the chosen language writes it; ``style`` is "medium" (22 Nov 2026), "long"
    (Sunday 22 November 2026), "weekday" (Sun 22 Nov 2026) or "numeric" (2026-11-22)."""
    if isinstance(day, datetime):
        day = day.date()
    return _formats.date(day, style)


def format_time(moment: time | datetime) -> str:
    """A clock time: "18:30"."""
    return _formats.time(moment)


def format_date_time(moment: datetime) -> str:
    """A date and a clock time in a short form: "2026-11-22 18:30"."""
    return _formats.date_time(moment)
