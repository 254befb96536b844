"""Translation seam for the layers that do not import Qt.

Every user-visible string outside ``engagedesk/ui`` goes through :func:`translate`, with a
context name as Qt's ``QCoreApplication.translate`` takes it, so that ``pyside6-lupdate`` finds
the strings and the user interface can install Qt's translator here when it starts.  Until then
(on the command line, in tests) the English source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)
