"""Logging to a file in the user's log folder.  Never log personal data: ids and counts only."""

from __future__ import annotations

import logging
from pathlib import Path

from engagedesk import paths

log = logging.getLogger("engagedesk")


def set_up(to_file: bool = True, level: int = logging.INFO) -> Path | None:
    log.setLevel(level)
    if not to_file:
        return None
    if any(getattr(h, "engagedesk", False) for h in log.handlers):
        return None  # already set up (main() called twice in one process, as tests do)
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "engagedesk.log"
        import logging.handlers  # only the window logs to a file

        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s"))
    handler.engagedesk = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    return target
