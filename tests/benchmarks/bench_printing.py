"""Issue 7's results: a pre-filled sign-in sheet of 1,000 names, a meeting packet with 500, and
the same roster through LibreOffice's headless CSV-to-PDF conversion for comparison.

The runner imports no engagedesk (see process.py), so the documents are timed in a child: this
file run as a script (``python bench_printing.py probe DB``) prints one JSON line.
"""

from __future__ import annotations

import csv
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROSTER = 1_000
PACKET = 500


# ------------------------------------------------------------------ the child: time the documents


def _probe(db: str, out: str, rounds: int) -> dict:
    sys.path.insert(0, str(HERE.parents[1]))
    from engagedesk.services import meetings, printing
    from engagedesk.store import Store
    from engagedesk.store.people import iter_people

    with Store.open(db, create=False, lock=False) as store:
        tonight = meetings.list_meetings(store)[0]
        everyone = [p.id for p, _ in zip(iter_people(store), range(ROSTER))]
        if len(everyone) < ROSTER:
            raise SystemExit(f"the database has {len(everyone)} people, not {ROSTER}")

        def signin() -> bytes:
            return printing.prepare_signin(store, tonight.id, person_ids=everyone, blank_rows=0,
                                           columns=("name", "email", "phone", "postal_code", "may_contact",
                                                    "signature")).render()

        def packet() -> bytes:
            return printing.prepare_packet(store, tonight.id, person_ids=everyone[:PACKET], blank_rows=0).render()

        results: dict = {}
        for name, make in (("signin", signin), ("packet", packet)):
            started = time.perf_counter()
            pdf = make()  # the first build also loads the fonts, as the first print in a session does
            first = time.perf_counter() - started
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                pdf = make()
                times.append(time.perf_counter() - started)
            Path(out, f"{name}.pdf").write_bytes(pdf)
            from engagedesk.printing.preview import page_count

            results[name] = {"median_s": round(statistics.median(times), 3), "first_s": round(first, 3),
                             "runs": [round(t, 3) for t in times], "pages": page_count(pdf), "bytes": len(pdf)}
        # The same roster as a nonprofit would keep it in a spreadsheet, for LibreOffice.
        with open(Path(out, "roster.csv"), "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["#", "Name", "E-mail", "Phone", "Postal code", "OK to contact", "Signature"])
            for number, row in enumerate(printing.signin_sheet(store, tonight.id, person_ids=everyone,
                                                               blank_rows=0).rows, start=1):
                writer.writerow([number, row.name, row.email, row.phone, row.postal_code,
                                 "yes" if row.may_contact else "", ""])
    return results


# ------------------------------------------------------------------ the runner's side

sys.path.insert(0, str(HERE))
from process import measure  # noqa: E402 - light modules of this folder, no engagedesk
from registry import Context, Failed, benchmark, log  # noqa: E402


def _database(ctx: Context) -> Path:
    def make() -> Path:
        db = ctx.workdir / "printing.db"
        log("making a demo of 2,000 people for the printing benchmarks")
        measure([ctx.python, "-m", "engagedesk", "demo", "--db", str(db), "--people", "2000"],
                ctx.child_env(), timeout=300, what="engagedesk demo (printing)")
        return db
    return ctx.once("printing_db", make)


def _documents(ctx: Context) -> dict:
    def make() -> dict:
        db = _database(ctx)
        out = ctx.workdir / "printing"
        out.mkdir(exist_ok=True)
        rounds = 3 if ctx.quick else 7
        done = subprocess.run([ctx.python, str(Path(__file__).resolve()), "probe", str(db), str(out), str(rounds)],
                              capture_output=True, text=True, env=ctx.child_env(), timeout=600)
        if done.returncode != 0 or not done.stdout.strip():
            raise Failed("printing probe failed", stderr=done.stderr.strip().splitlines()[-6:])
        return {**json.loads(done.stdout.strip().splitlines()[-1]), "out": out}
    return ctx.once("printing_documents", make)


@benchmark("signin_1000_s", unit="s", target=0.5)
def signin_1000(ctx: Context) -> dict:
    found = _documents(ctx)["signin"]
    return {"value": found["median_s"], **found, "names": ROSTER,
            "measured": "prepare_signin (1,000 chosen people with postal codes, from the store) and render "
                        "to PDF bytes: name, e-mail, phone, postal code, OK to contact, signature, code; "
                        "median of the runs after a first one that also loads the fonts (first_s)"}


@benchmark("packet_500_s", unit="s", target=1.0)
def packet_500(ctx: Context) -> dict:
    found = _documents(ctx)["packet"]
    return {"value": found["median_s"], **found, "names": PACKET,
            "measured": "prepare_packet (cover and agenda, open actions, last meeting's summary, a "
                        "sign-in sheet of 500 names, one note page) and render; median after a first run"}


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@benchmark("signin_ratio_to_libreoffice", unit="ratio", target=1.0)
def ratio_to_libreoffice(ctx: Context) -> dict:
    program = _libreoffice()
    if program is None:
        raise Failed("LibreOffice (soffice) is not installed, so there is nothing to compare with; "
                     "CI does not install it on purpose")
    ours = _documents(ctx)
    roster = Path(ours["out"]) / "roster.csv"
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=ctx.workdir))
    command = [program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(roster.parent / "libreoffice"), str(roster)]
    env = ctx.child_env()
    times = []
    for round_ in range((2 if ctx.quick else 4)):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        seconds = time.perf_counter() - started
        if done.returncode != 0 or not (roster.parent / "libreoffice" / "roster.pdf").exists():
            raise Failed("LibreOffice could not convert the roster", stderr=done.stderr.strip().splitlines()[-4:])
        if round_:  # the first run makes LibreOffice's profile
            times.append(seconds)
    theirs = statistics.median(times)
    value = ours["signin"]["median_s"] / theirs
    return {"value": round(value, 3), "ours_s": ours["signin"]["median_s"], "libreoffice_s": round(theirs, 3),
            "libreoffice_runs": [round(t, 2) for t in times],
            "measured": "our sign-in sheet of 1,000 names (as signin_1000_s) divided by `soffice --headless "
                        "--convert-to pdf roster.csv` of the same names (a warm profile, process start "
                        "included: that is how a volunteer runs it)"}


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "probe":
        print(json.dumps(_probe(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        print("usage: bench_printing.py probe DB OUT_DIR ROUNDS", file=sys.stderr)
        sys.exit(2)
