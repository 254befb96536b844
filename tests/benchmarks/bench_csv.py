"""Issue 8's import results: 100,000 people from CSV with a duplicate check against 100,000 people,
and the same file without the check compared with ``sqlite-utils insert --csv``.

The runner imports no engagedesk (see process.py): the CSV is written, and the imports timed,
by children (``python bench_csv.py write|import ...``).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS = 100_000
QUICK_ROWS = 10_000
FROM_DATABASE = 2_000  # rows of the file that are people of the database (some with changed details)

GIVEN = ("Ana", "María", "José", "Luis", "Carmen", "Linh", "Mohamed", "Hodan", "James", "Mary", "Wei", "Fatima",
         "Olga", "Dmitri", "Aisha", "Sofía", "Juan", "Rosa", "Tomás", "Grace", "Kwame", "Priya", "Ravi", "Elena",
         "Miguel", "Lucía", "Pedro", "Isabel", "Jorge", "Teresa", "Omar", "Amina", "Ahmed", "Leila", "Thanh", "Minh",
         "Hui", "Jin", "Sunil", "Anjali", "Chloe", "Noah", "Liam", "Emma", "Olivia", "Ethan", "Ava", "Mateo",
         "Valentina", "Diego", "Camila", "Ibrahim", "Zainab", "Yusuf", "Keisha", "Andre", "Tanya", "Irina", "Pavel")
FAMILY = ("García", "Martínez", "López", "Nguyen", "Tran", "Smith", "Johnson", "Williams", "Abdullahi", "Hassan",
          "Kim", "Park", "Chen", "Wang", "Ivanova", "Okafor", "Patel", "Singh", "Hernández", "Rodríguez", "Brown",
          "Jones", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Thomas", "Jackson", "White", "Harris", "Clark",
          "Lewis", "Robinson", "Walker", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez",
          "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Le", "Pham", "Hoang",
          "Vu", "Ali", "Khan", "Ahmed", "Mensah", "Adeyemi", "Popescu", "Novak", "Kowalski", "Horvat", "Santos")
STREETS = ("Elm Street", "Oak Avenue", "Calle Flores", "Main Street", "River Road", "Cedar Lane", "Hill Drive")


# ------------------------------------------------------------------ the children


def _write(db: str, out: str, rows: int) -> dict:
    """A people CSV like a partner's roster; a slice of it is people of ``db``."""
    rng = random.Random(8)
    known: list[tuple] = []
    if db != "-":
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            known = conn.execute(
                "SELECT p.given_name, p.family_name, p.email, p.phone, coalesce(a.number || ' ' || a.street, ''), "
                "coalesce(a.postal_code, '') FROM people p LEFT JOIN addresses a ON a.id = p.address_id "
                "WHERE p.deleted = 0 ORDER BY p.rowid LIMIT ?", (FROM_DATABASE,)).fetchall()
    with open(out, "w", newline="", encoding="utf-8") as handle:
        import csv

        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "E-mail", "Phone", "Address", "City", "Zip", "OK to contact"])
        for number in range(rows):
            if number % (rows // max(1, len(known)) or 1) == 0 and known:
                given, family, email, phone, street, postal = known.pop()
                writer.writerow([given, family, email.upper(), phone, street, "Riverside" if street else "", postal, "yes"])
                continue
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            if rng.random() < 0.35:  # two family names, as many Spanish-speaking neighbours write them
                family = f"{family} {rng.choice(FAMILY)}"
            email = f"p{number}.{rng.randrange(10**6)}@example.org" if rng.random() < 0.7 else ""
            phone = f"(555) 2{rng.randrange(10):02d}-{rng.randrange(10000):04d}" if rng.random() < 0.5 else ""
            street = f"{rng.randrange(1, 900)} {rng.choice(STREETS)}" if rng.random() < 0.8 else ""
            postal = f"9{rng.randrange(6000, 7000):04d}" if street or rng.random() < 0.5 else ""
            writer.writerow([given, family, email, phone, street, "Riverside" if street else "", postal,
                             rng.choice(("yes", "no", ""))])
    return {"rows": rows, "bytes": Path(out).stat().st_size}


def _import(db: str, csv_path: str, check: bool) -> dict:
    sys.path.insert(0, str(HERE.parents[1]))
    started = time.perf_counter()
    from engagedesk.services import csv_import
    from engagedesk.store import Store

    with Store.open(db) as store:
        opened = time.perf_counter()
        table = csv_import.read_file(csv_path)
        read = time.perf_counter()
        mapping, _ = csv_import.mapping_for(store, table.headers)
        report = csv_import.import_people(store, table, mapping,
                                          csv_import.ImportOptions(check_duplicates=check), remember=False)
        done = time.perf_counter()
        people = store.count("people")
    return {"seconds": round(done - started, 3), "open_s": round(opened - started, 3),
            "read_s": round(read - opened, 3), "import_s": round(done - read, 3), "created": report.created,
            "updated": report.updated, "skipped": report.skipped, "people_after": people,
            "duplicate_check": report.duplicate_check}


# ------------------------------------------------------------------ the runner's side

sys.path.insert(0, str(HERE))
from process import measure  # noqa: E402
from registry import Context, Failed, benchmark, log  # noqa: E402


def _rows(ctx: Context) -> int:
    return QUICK_ROWS if ctx.quick else ROWS


def _child(ctx: Context, *args: str, timeout: float = 900) -> dict:
    done = subprocess.run([ctx.python, str(Path(__file__).resolve()), *args], capture_output=True, text=True,
                          env=ctx.child_env(), timeout=timeout)
    if done.returncode != 0 or not done.stdout.strip():
        raise Failed(f"bench_csv {args[0]} failed", stderr=done.stderr.strip().splitlines()[-8:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _database(ctx: Context) -> Path:
    def make() -> Path:
        db = ctx.workdir / "csv-people.db"
        log(f"making a demo of {_rows(ctx):,} people for the CSV import")
        measure([ctx.python, "-m", "engagedesk", "demo", "--db", str(db), "--people", str(_rows(ctx))],
                ctx.child_env(), timeout=600, what="engagedesk demo (csv)")
        return db
    return ctx.once("csv_db", make)


def _csv_file(ctx: Context) -> Path:
    def make() -> Path:
        out = ctx.workdir / "people.csv"
        _child(ctx, "write", str(_database(ctx)), str(out), str(_rows(ctx)))
        return out
    return ctx.once("csv_file", make)


@benchmark("csv_import_100k_dedupe_s", unit="s", target=15.0)
def import_with_check(ctx: Context) -> dict:
    source = _database(ctx)
    db = ctx.workdir / "csv-dedupe.db"
    shutil.copyfile(source, db)
    found = _child(ctx, "import", str(db), str(_csv_file(ctx)), "check")
    if found["duplicate_check"] != "full":
        found["note"] = "the likely-duplicate index was not installed: only exact e-mail/phone matching ran"
    return {"value": found["seconds"], **found, "rows": _rows(ctx),
            "measured": "a child process: open a database of as many people as the file has rows, read the CSV "
                        "(encoding, delimiter, header), guess the mapping, validate every row, check each against "
                        "everyone (exact e-mail/phone, then the likely-duplicate index), store in one transaction; "
                        "interpreter start not included"}


@benchmark("csv_import_ratio_to_sqlite_utils", unit="ratio", target=1.0)
def ratio_to_sqlite_utils(ctx: Context) -> dict:
    csv_path = _csv_file(ctx)
    probe = subprocess.run([ctx.python, "-m", "sqlite_utils", "--version"], capture_output=True, text=True,
                           env=ctx.child_env())
    if probe.returncode != 0:
        raise Failed("the sqlite-utils command is not installed, so there is nothing to compare with")
    ours_runs, theirs_runs, details = [], [], {}
    for round_ in range(1 if ctx.quick else 3):
        ours_db, theirs_db = ctx.workdir / f"ours-{round_}.db", ctx.workdir / f"theirs-{round_}.db"
        run = measure([ctx.python, str(Path(__file__).resolve()), "import", str(ours_db), str(csv_path), "nocheck"],
                      ctx.child_env(), timeout=600, what="our import")
        ours_runs.append(run.seconds)
        details = _child(ctx, "count", str(ours_db))
        run = measure([ctx.python, "-m", "sqlite_utils", "insert", str(theirs_db), "t", str(csv_path), "--csv"],
                      ctx.child_env(), timeout=600, what="sqlite-utils insert --csv")
        theirs_runs.append(run.seconds)
        for path in (ours_db, theirs_db):
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
                extra.unlink(missing_ok=True)
    ours, theirs = statistics.median(ours_runs), statistics.median(theirs_runs)
    return {"value": round(ours / theirs, 3), "ours_s": round(ours, 3), "sqlite_utils_s": round(theirs, 3),
            "ours_runs": [round(t, 2) for t in ours_runs], "sqlite_utils_runs": [round(t, 2) for t in theirs_runs],
            "rows": _rows(ctx), "people_stored": details.get("people"),
            "measured": "wall time of two child processes on the same file, each into a fresh database: ours "
                        "(interpreter start, new EngageDesk database with its schema, read, map, validate, store "
                        "people and addresses with search index and sync clocks, no duplicate check) against "
                        "`python -m sqlite_utils insert db t file.csv --csv` (a plain table of text); median of "
                        "the rounds"}


def _count(db: str) -> dict:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return {"people": conn.execute("SELECT count(*) FROM people").fetchone()[0]}


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "write":
        print(json.dumps(_write(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    elif len(sys.argv) == 5 and sys.argv[1] == "import":
        print(json.dumps(_import(sys.argv[2], sys.argv[3], sys.argv[4] == "check")))
    elif len(sys.argv) == 3 and sys.argv[1] == "count":
        print(json.dumps(_count(sys.argv[2])))
    else:
        print("usage: bench_csv.py write DB OUT ROWS | import DB CSV check|nocheck | count DB", file=sys.stderr)
        sys.exit(2)
