"""Finding the files in ``resources/`` the portable way (``importlib.resources``)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def resource(relative: str) -> Traversable:
    """A shipped file, e.g. ``resource("fonts/DejaVuSans.ttf")``."""
    node: Traversable = resources.files("engagedesk.resources")
    for part in relative.split("/"):
        node = node / part
    return node


def resource_file(relative: str) -> AbstractContextManager[Path]:
    """A real path on disk for libraries that need one (reportlab fonts): use it in ``with``."""
    return resources.as_file(resource(relative))
