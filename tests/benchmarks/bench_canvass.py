"""Issue 5's results: addresses imported into turfs, a walk list shown, a "not home" knock stored."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from registry import Context, Failed, benchmark

HERE = Path(__file__).resolve().parent


def measured(ctx: Context) -> dict:
    def make() -> dict:
        command = [ctx.python, str(HERE / "canvass_probe.py"), str(ctx.workdir / "canvass"),
                   "--addresses", str(20_000 if ctx.quick else 100_000), "--knocks", str(60 if ctx.quick else 200)]
        done = subprocess.run(command, capture_output=True, text=True, env=ctx.child_env(), timeout=900)
        if done.returncode != 0 or not done.stdout.strip():
            raise Failed("canvass probe failed", stderr=done.stderr.strip().splitlines()[-6:])
        return json.loads(done.stdout.strip().splitlines()[-1])
    return ctx.once("canvass_probe", make)


@benchmark("addresses_100k_import_s", unit="s", target=15.0)
def addresses_import(ctx: Context) -> dict:
    found = measured(ctx)
    return {"value": found["import_s"], "read_and_store_s": found["read_and_store_s"], "turfs_s": found["turfs_s"],
            "imported": found["imported"], "merged": found["merged"], "turfs": found["turfs"],
            "measured": "a CSV of 100,000 addresses (200 streets, duplicates included) read, checked, merged, "
                        "stored, then grouped into one turf per street"}


@benchmark("walklist_500_ms", unit="ms", target=100.0)
def walklist(ctx: Context) -> dict:
    found = measured(ctx)
    return {"value": found["walklist_ms"], "max_ms": found["walklist_max_ms"],
            "service_ms": found["walklist_service_ms"], "doors": found["doors"],
            "measured": "median of 15: the walk list of a 500-door turf (residents, past knocks, do-not-contact) "
                        "built from the database and shown on the door screen, repainted"}


@benchmark("knock_save_ms", unit="ms", target=20.0)
def knock_save(ctx: Context) -> dict:
    found = measured(ctx)
    return {"value": found["knock_p95_ms"], "median_ms": found["knock_median_ms"], "knocks": found["knocks"],
            "measured": "a 'not home' knock stored in a database file (synchronous=FULL), p95"}
