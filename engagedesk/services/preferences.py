"""This laptop's preferences for the person using it: language, text size, colour theme.

They live in a small file in the platform's config folder (``paths.preferences_file()``), not in
the database: the language and the text size must be known before a database is opened (its
error messages are shown in them too), and they stay the same whichever database is open.
A damaged or missing file gives the defaults; nothing else reads or writes it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from engagedesk import paths

SYSTEM_LANGUAGE = ""  # follow the system's language
TEXT_SCALES = (100, 125, 150, 175, 200)  # per cent of the normal text size
STANDARD, HIGH_CONTRAST = "standard", "high_contrast"
THEMES = (STANDARD, HIGH_CONTRAST)


@dataclass(frozen=True)
class Preferences:
    language: str = SYSTEM_LANGUAGE  # a language code ("en", "es") or "" for the system's
    text_scale: int = 100
    theme: str = STANDARD


def load(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults for anything missing or unreadable."""
    path = path or paths.preferences_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    language = raw.get("language")
    scale = raw.get("text_scale")
    theme = raw.get("theme")
    return Preferences(
        language=language if isinstance(language, str) and len(language) <= 16 else SYSTEM_LANGUAGE,
        text_scale=scale if isinstance(scale, int) and scale in TEXT_SCALES else 100,
        theme=theme if theme in THEMES else STANDARD,
    )


def save(preferences: Preferences, path: Path | None = None) -> None:
    """Write the preferences whole (a temporary file renamed over the old one)."""
    if preferences.text_scale not in TEXT_SCALES or preferences.theme not in THEMES:
        raise ValueError("unknown text size or theme")
    path = path or paths.preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when saving: it costs start-up time

    handle, temporary = tempfile.mkstemp(prefix=".preferences-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(preferences), out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def update(path: Path | None = None, **changes: object) -> Preferences:
    """Change some preferences and keep the others; returns what was saved."""
    changed = replace(load(path), **changes)
    save(changed, path)
    return changed
