"""Pages of a PDF as PNG images, for a preview on screen or a printer that wants pictures.

Uses poppler's ``pdftoppm`` when it is installed (Linux desktops have it; so does CI).  Without
it, :func:`can_render` is False and the window offers the page count and "Save PDF" instead.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", re.DOTALL)
_COUNT_BEFORE = re.compile(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", re.DOTALL)


def page_count(pdf: bytes) -> int:
    """How many pages a PDF made by this program has (read from its page tree)."""
    counts = [int(m.group(1)) for m in _COUNT.finditer(pdf)] + [int(m.group(1)) for m in _COUNT_BEFORE.finditer(pdf)]
    return max(counts, default=0)


def renderer() -> str | None:
    return shutil.which("pdftoppm")


def can_render() -> bool:
    return renderer() is not None


def render_pages(pdf: bytes, *, dpi: int = 60, first: int = 1, last: int | None = None,
                 timeout: float = 120) -> list[bytes]:
    """PNG images of pages ``first`` to ``last`` (all when None); [] when pdftoppm is missing."""
    program = renderer()
    if program is None:
        return []
    with tempfile.TemporaryDirectory(prefix="engagedesk-preview-") as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        command = [program, "-png", "-r", str(dpi), "-f", str(first)]
        if last is not None:
            command += ["-l", str(last)]
        command += [str(source), str(Path(folder) / "page")]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)
        pages = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [page.read_bytes() for page in pages]
