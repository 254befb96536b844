"""Issue 9's packaging results: how long packaging/build takes from scratch, how big the bundle
is, and how soon the bundled program shows its window.

The build goes into the run's temp folder, so the bundle in dist/ and the build venv in build/
are left alone.  At full scale it is what a clean checkout costs: a new venv, PyInstaller and
every dependency installed from the package index, PyInstaller without its cache, the checks and
the smoke test.  ``--quick`` reuses build/bundle-venv when it is there (PyInstaller still starts
from nothing).
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from process import measure  # noqa: E402 - light modules of this folder, no engagedesk
from registry import ROOT, Context, Failed, benchmark, log  # noqa: E402

LAUNCHES = 5


def _build(ctx: Context) -> dict:
    def make() -> dict:
        dist, work = ctx.workdir / "bundle-dist", ctx.workdir / "bundle-work"
        fresh_venv = not ctx.quick or not (ROOT / "build" / "bundle-venv" / "bin" / "python").exists()
        venv = ctx.workdir / "bundle-venv" if fresh_venv else ROOT / "build" / "bundle-venv"
        log(f"building the bundle ({'new venv' if fresh_venv else 'reusing build/bundle-venv'}); about a minute")
        argv = [sys.executable, str(ROOT / "packaging" / "build"), "--venv", str(venv), "--dist", str(dist),
                "--work", str(work), "--fresh"]
        started = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, timeout=900, env=ctx.child_env(),
                              stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise Failed("packaging/build failed", stderr=(done.stdout + done.stderr).strip().splitlines()[-10:])
        found = re.search(r"^timings: (.*)$", done.stdout, re.MULTILINE)
        steps = {name: float(value) for name, value in
                 (part.split("=") for part in found.group(1).split())} if found else {}
        return {"seconds": seconds, "steps": steps, "bundle": dist / "engagedesk", "fresh_venv": fresh_venv}
    return ctx.once("bundle_build", make)


@benchmark("bundle_build_s", unit="s", target=180)
def bundle_build(ctx: Context) -> dict:
    built = _build(ctx)
    return {"value": round(built["seconds"], 1), "steps_s": built["steps"], "fresh_venv": built["fresh_venv"],
            "measured": "packaging/build from nothing into a temp folder, as from a clean checkout: "
                        + ("a new venv with PyInstaller and the project's dependencies from the package index, "
                           if built["fresh_venv"] else "the existing build venv (--quick), ")
                        + "the project installed as a wheel would be, PyInstaller with no cache (--fresh), "
                          "the content checks and the smoke test (window offscreen, demo, check, print)"}


@benchmark("bundle_size_mb", unit="MB", target=200)
def bundle_size(ctx: Context) -> dict:
    bundle = _build(ctx)["bundle"]
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    apparent = sum(p.stat().st_size for p in files)
    on_disk = subprocess.run(["du", "-sk", str(bundle)], capture_output=True, text=True).stdout.split()
    biggest = sorted(((p.stat().st_size, p.relative_to(bundle).as_posix()) for p in files), reverse=True)[:5]
    return {"value": round(apparent / 1e6, 1), "files": len(files),
            "du_mb": round(int(on_disk[0]) * 1024 / 1e6, 1) if on_disk else None,
            "largest": [f"{name} {size / 1e6:.1f} MB" for size, name in biggest],
            "measured": "bytes of every file in dist/engagedesk (MB = 10^6 bytes); du_mb is the space on disk"}


@benchmark("bundle_startup_s", unit="s", target=1.0)
def bundle_startup(ctx: Context) -> dict:
    program = _build(ctx)["bundle"] / "engagedesk"
    times = []
    for _ in range(LAUNCHES):
        run = measure([str(program), "--temp", "--quit-after-shown"], ctx.child_env(), timeout=60,
                      what="the bundled engagedesk --temp --quit-after-shown")
        if run.shown_s is None:
            raise Failed("the bundled program exited 0 without printing 'shown'")
        times.append(run.shown_s)
    return {"value": round(statistics.median(times), 3), "runs": [round(t, 3) for t in times],
            "measured": f"median of {LAUNCHES} launches of the bundled program, offscreen, with a throwaway "
                        "database (--temp), from launch until it printed 'shown' (its window painted); "
                        "the first run is the first after the build"}
