"""Issue 2's results: demo generation, window start-up against bare Qt, and memory."""

from __future__ import annotations

import statistics
from pathlib import Path

from process import Run, measure
from registry import Context, Failed, benchmark, log

HERE = Path(__file__).resolve().parent


def people(ctx: Context) -> int:
    return 10_000 if ctx.quick else 100_000


def demo_database(ctx: Context) -> tuple[Path, Run]:
    """The demo database, made once per run with the CLI; also how long that took."""
    def make() -> tuple[Path, Run]:
        db = ctx.workdir / "demo.db"
        log(f"making a demo of {people(ctx):,} people in {db}")
        run = measure([ctx.python, "-m", "engagedesk", "demo", "--db", str(db),
                       "--people", str(people(ctx))], ctx.child_env(), timeout=600, what="engagedesk demo")
        return db, run
    return ctx.once("demo_database", make)


def startup_runs(ctx: Context) -> tuple[dict[str, list[Run]], dict[str, Failed]]:
    """The app on the demo database and bare Qt, alternated after one warm-up each.

    A program that fails is not run again; its failure is kept so the other is still measured.
    """
    def make() -> tuple[dict[str, list[Run]], dict[str, Failed]]:
        db, _ = demo_database(ctx)
        commands = {
            "app": [ctx.python, "-m", "engagedesk", "--db", str(db), "--quit-after-shown"],
            "bare": [ctx.python, str(HERE / "bare_qt.py")],
        }
        runs: dict[str, list[Run]] = {"app": [], "bare": []}
        failures: dict[str, Failed] = {}
        count = 3 if ctx.quick else 5
        log(f"start-up: 1 warm-up and {count} runs each of the app and bare Qt")
        for round_ in range(count + 1):
            for who, argv in commands.items():
                if who in failures:
                    continue
                try:
                    run = measure(argv, ctx.child_env(), timeout=60, what=f"{who} start-up")
                except Failed as problem:
                    failures[who] = problem
                    continue
                if round_:
                    runs[who].append(run)
        return runs, failures
    return ctx.once("startup_runs", make)


def measured(ctx: Context, who: str) -> list[Run]:
    runs, failures = startup_runs(ctx)
    if who in failures:
        raise failures[who]
    return runs[who]


def median_seconds(runs: list[Run]) -> float:
    """Launch until the window is painted (both programs say when); else until the program exits."""
    return statistics.median(run.shown_s if run.shown_s is not None else run.seconds for run in runs)


@benchmark("demo_100k_s", unit="s", target=15.0)
def demo_100k(ctx: Context) -> dict:
    _, run = demo_database(ctx)
    return {"value": round(run.seconds, 2), "scale": people(ctx),
            "measured": "wall time of `python -m engagedesk demo --db NEW --people N` in a subprocess"}


@benchmark("startup_100k_s", unit="s", target=0.8)
def startup_100k(ctx: Context) -> dict:
    runs = measured(ctx, "app")
    return {"value": round(median_seconds(runs), 3), "scale": people(ctx),
            "runs": [round(run.shown_s or run.seconds, 3) for run in runs],
            "to_exit_s": round(statistics.median(run.seconds for run in runs), 3),
            "measured": "process launch until the main window is painted on the 100k demo database (median)"}


@benchmark("startup_ratio_to_bare_qt", unit="x", target=2.5)
def startup_ratio(ctx: Context) -> dict:
    bare_runs = measured(ctx, "bare")
    bare = median_seconds(bare_runs)
    baseline = {"scale": people(ctx), "bare_qt_s": round(bare, 3),
                "bare_runs": [round(run.shown_s or run.seconds, 3) for run in bare_runs]}
    try:
        app = median_seconds(measured(ctx, "app"))
    except Failed as problem:
        raise Failed(str(problem), **baseline) from problem
    return {"value": round(app / bare, 2), "app_s": round(app, 3), **baseline}


@benchmark("rss_100k_mb", unit="MB", target=250.0)
def rss_100k(ctx: Context) -> dict:
    app = max(run.max_rss_mb for run in measured(ctx, "app"))
    bare = max((run.max_rss_mb for run in startup_runs(ctx)[0]["bare"]), default=None)
    return {"value": round(app, 1), "scale": people(ctx), "bare_qt_mb": bare and round(bare, 1),
            "measured": "peak ru_maxrss (MiB) of the app's start-up runs, from os.wait4"}
