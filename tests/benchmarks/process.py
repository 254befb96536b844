"""Run a child process and measure it: wall time to exit and peak resident memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass

from registry import ROOT, Failed


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mb: float  # ru_maxrss (KiB on Linux) / 1024
    shown_s: float | None = None  # launch until the program printed "shown <time>" (its window painted)


# ru_maxrss of a child counts the forked copy of this runner before exec (about 15 MB), so the
# runner imports neither Qt nor engagedesk: every measured program runs in its own process.


def measure(argv: list[str], env: dict[str, str], timeout: float = 120.0, what: str = "") -> Run:
    """Wall time from launch to exit; raise Failed with the tail of stderr unless it exits 0."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        launched = time.time()
        started = time.perf_counter()
        child = subprocess.Popen(argv, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                 stdout=out, stderr=err)
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)  # rusage of this child only
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip().splitlines()[-8:]
            killed = f" (killed after {timeout:.0f} s)" if seconds >= timeout else ""
            raise Failed(f"{what or argv[-1]} exited with {code}{killed}: " + "\n".join(tail))
        out.seek(0)
        shown = [line.split()[1] for line in out.read().decode(errors="replace").splitlines()
                 if line.startswith("shown ")]
    return Run(seconds, usage.ru_maxrss / 1024, float(shown[0]) - launched if shown else None)
