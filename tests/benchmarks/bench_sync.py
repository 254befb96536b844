"""Issue 6's results: export and import of a 100,000-person organisation, against plain inserts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from foundation import demo_database, people
from registry import Context, Failed, benchmark

HERE = Path(__file__).resolve().parent


def measured(ctx: Context) -> dict:
    def make() -> dict:
        db, _ = demo_database(ctx)
        done = subprocess.run([ctx.python, str(HERE / "sync_probe.py"), str(db), str(ctx.workdir / "sync")],
                              capture_output=True, text=True, env=ctx.child_env(), timeout=1800)
        if done.returncode != 0:
            raise Failed("sync probe failed", stderr=done.stderr.strip().splitlines()[-6:])
        return json.loads(done.stdout.strip().splitlines()[-1])
    return ctx.once("sync_probe", make)


@benchmark("sync_export_100k_s", unit="s", target=10.0)
def export_100k(ctx: Context) -> dict:
    found = measured(ctx)
    return {"value": found["export_s"], "scale": people(ctx), "records": found["records"], "bytes": found["bytes"],
            "measured": "full export of the demo organisation (people, meetings, notes, knocks): collect, "
                        "sign, write, fsync, read back and verify"}


@benchmark("sync_import_100k_s", unit="s", target=20.0)
def import_100k(ctx: Context) -> dict:
    found = measured(ctx)
    return {"value": found["import_s"], "scale": people(ctx), "records": found["imported"],
            "measured": "that bundle imported by a new, empty laptop: verify, validate, merge, index"}


@benchmark("sync_import_ratio_to_raw", unit="x", target=4.0)
def import_ratio(ctx: Context) -> dict:
    found = measured(ctx)
    return {"value": round(found["import_s"] / found["raw_s"], 2), "import_s": found["import_s"],
            "raw_executemany_s": found["raw_s"], "scale": people(ctx),
            "measured": "import time over plain executemany of the same rows into the same schema (with "
                        "its indexes and search triggers), in one transaction, on an empty laptop"}
