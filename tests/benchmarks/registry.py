"""The benchmark registry: ``@benchmark(name, unit=..., target=...)`` adds a named result.

A benchmark is a function ``(ctx) -> dict`` returning at least ``{"value": number}`` and any
extra fields worth reporting; it raises :class:`Failed` (or anything) to report
``value: null, ok: false`` with an ``error`` instead of stopping the whole run.
Measurements shared by several results are made once per run with ``ctx.once(key, make)``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class Failed(Exception):
    """A benchmark could not measure; the message is reported as its ``error``, with ``extra``."""

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.extra = extra


@dataclass(frozen=True)
class Benchmark:
    name: str
    unit: str
    target: float
    measure: Callable[[Context], dict[str, Any]]


BENCHMARKS: dict[str, Benchmark] = {}


def benchmark(name: str, *, unit: str, target: float) -> Callable:
    def register(measure: Callable[[Context], dict[str, Any]]) -> Callable:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} registered twice")
        BENCHMARKS[name] = Benchmark(name, unit, target, measure)
        return measure
    return register


@dataclass
class Context:
    quick: bool
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="engagedesk-bench-")))
    python: str = sys.executable
    _done: dict[str, Any] = field(default_factory=dict)

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()`` the first time ``key`` is asked for; later the same value (or failure)."""
        if key not in self._done:
            try:
                self._done[key] = (make(), None)
            except Exception as problem:  # remembered, so a broken step is not retried per result
                self._done[key] = (None, problem)
        value, problem = self._done[key]
        if problem is not None:
            raise problem
        return value

    def child_env(self) -> dict[str, str]:
        """Headless Qt, and user folders (logs, settings) inside the run's temp dir."""
        # PYTHONDONTWRITEBYTECODE is dropped: an installed program has its bytecode (pip and the
        # bundle compile it), so the warm-up runs leave it cached as an installation would.
        env = {k: v for k, v in os.environ.items() if k not in ("ENGAGEDESK_DB", "PYTHONDONTWRITEBYTECODE")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            env[var] = str(self.workdir / var.lower())
        return env


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_one(bench: Benchmark, ctx: Context) -> dict[str, Any]:
    result: dict[str, Any] = {"name": bench.name, "value": None, "unit": bench.unit,
                              "target": bench.target, "ok": False}
    try:
        measured = bench.measure(ctx)
    except Failed as problem:
        return {**result, **problem.extra, "error": str(problem)}
    except Exception as problem:
        return {**result, "error": f"{type(problem).__name__}: {problem}"}
    result.update(measured)
    value = result["value"]
    result["ok"] = value is not None and value <= bench.target
    return result
