"""kill -9 during an import leaves the database as it was before or after (property 5).

A laptop that joined a demo organisation of 3,000 people and made edits of its own imports a
full bundle from the first laptop, which meanwhile edited 1,500 people, deleted 100, erased 20
and added 1,000 (the merge then inserts, updates, logs conflicts and erases).  A child process
runs that import on a copy of the database and is killed with SIGKILL at a random moment: most
kills at a random delay after the merge has begun (the child says so), the others anywhere from
the start of the import.  After every kill, ``PRAGMA integrity_check`` is ``ok``, the dump equals
the dump before or the dump after the import, and the bundle is recorded as imported exactly when
its changes are there.

At least 50 kills in CI; ENGAGEDESK_TEST_SCALE multiplies them.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from engagedesk.domain.models import Person
from engagedesk.services import demo, organisation
from engagedesk.store import Store, sync_rows
from engagedesk.store.people import insert_people_bulk, person_row
from engagedesk.sync import service
from tests.sync.laptops import canonical, scaled

pytestmark = pytest.mark.slow

KILLS = scaled(50)
ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path

    from engagedesk.store import Store, sync_rows
    from engagedesk.sync import service

    db, bundle, trust = sys.argv[1:4]
    data = Path(bundle).read_bytes()
    store = Store.open(db)
    merge = sync_rows.merge


    def announced(*args, **kwargs):
        print("MERGE", flush=True)
        return merge(*args, **kwargs)


    sync_rows.merge = announced
    print("START", flush=True)
    service.import_bundle(store, data, trust=trust)
    print("DONE", flush=True)
    store.close()
""")


@dataclass
class Prepared:
    folder: Path
    database: Path  # the laptop before the import, checkpointed into one file
    bundle: Path
    bundle_id: str
    trust: str
    before: str  # digest of the dump
    after: str
    script: Path
    import_window: float  # seconds from "START" to "DONE" in a child run to the end
    merge_window: float  # from "MERGE" to "DONE"


def digest(store: Store) -> str:
    return hashlib.sha256(canonical(store)).hexdigest()


def child(prepared: Prepared, database: Path) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, str(prepared.script), str(database), str(prepared.bundle), prepared.trust],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment, cwd=ROOT)


def fresh_copy(prepared: Prepared, folder: Path) -> Path:
    """The prepared database alone in ``folder`` (no WAL, lock or backups left from a last run)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    database = folder / "laptop.db"
    shutil.copyfile(prepared.database, database)
    return database


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    folder = tmp_path_factory.mktemp("crash")
    rng = random.Random(5)
    first = Store.open(None)
    try:
        demo.make_demo(first, people=3000)
        laptop = Store.open(folder / "prepared.db")
        service.import_bundle(laptop, service.export_bundle(first, full=True).data)
        organisation.rename_laptop(laptop, "Laptop B")
        ids = [row[0] for row in first.query("SELECT id FROM people ORDER BY id")]
        with laptop.transaction():
            for person_id in rng.sample(ids, 300):
                laptop.update("people", person_id, {"phone": "555-0000"})
        with first.transaction():
            for person_id in rng.sample(ids, 1500):
                first.update("people", person_id, {"phone": f"555-{rng.randrange(10000):04d}", "notes": "from A"})
            for person_id in rng.sample(ids, 100):
                first.delete("people", person_id)
        for person_id in rng.sample(ids, 20):
            service.erase_person(first, person_id)
        insert_people_bulk(first, (person_row(first, Person(given_name=f"New{n}", family_name="Person"))
                                   for n in range(1000)))
        data = service.export_bundle(first, full=True).data
        trust = service.my_fingerprint(first)
        laptop.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = digest(laptop)
        laptop.close()
    finally:
        first.close()
    bundle = folder / "changes.edsync"
    bundle.write_bytes(data)
    bundle_id = service.peek(data)["bundle_id"]
    script = folder / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    made = Prepared(folder, folder / "prepared.db", bundle, bundle_id, trust, before, "", script, 0.0, 0.0)

    # Child runs to the end: the state after, and how long the import and its merge take (the
    # shorter of two runs, so that a busy moment does not send the kills past the end).
    windows = []
    for run in range(2):
        database = fresh_copy(made, folder / f"whole-{run}")
        process = child(made, database)
        stamps = {}
        for line in process.stdout:
            stamps[line.strip()] = time.perf_counter()
        assert process.wait() == 0, process.stderr.read()
        process.stderr.close()
        process.stdout.close()
        windows.append((stamps["DONE"] - stamps["START"], stamps["DONE"] - stamps["MERGE"]))
        with Store.open(database) as done:
            made.after = digest(done)
            assert sync_rows.bundle_seen_before(done, bundle_id)
    assert made.after != made.before
    made.import_window, made.merge_window = min(windows)
    return made


def kill_once(prepared: Prepared, number: int) -> str:
    """One run: start the child, kill it at a random moment, check the database.  Returns where
    the kill landed: "merge" (after the merge began), "import" (before it), or "finished"."""
    rng = random.Random(number)
    database = fresh_copy(prepared, prepared.folder / f"run-{number}")
    process = child(prepared, database)
    during_merge = rng.random() < 0.7
    marker = "MERGE" if during_merge else "START"
    window = prepared.merge_window if during_merge else prepared.import_window
    for line in process.stdout:
        if line.strip() == marker:
            break
    time.sleep(rng.uniform(0, window))
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    stderr = process.stderr.read()
    rest = process.stdout.read()
    process.stdout.close()
    process.stderr.close()
    if finished or "DONE" in rest:  # the import was over (perhaps not the closing after it)
        assert process.returncode in (0, -signal.SIGKILL), stderr
        landed = "finished"
    else:
        assert process.returncode == -signal.SIGKILL, stderr
        landed = "merge" if during_merge else "import"
    with Store.open(database) as laptop:
        assert laptop.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {number}"
        state = digest(laptop)
        assert state in (prepared.before, prepared.after), f"run {number}: the database is between before and after"
        recorded = sync_rows.bundle_seen_before(laptop, prepared.bundle_id)
        assert recorded == (state == prepared.after), f"run {number}: the bundle's record and its changes disagree"
        assert laptop.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    shutil.rmtree(database.parent)
    return f"{landed}, {'after' if state == prepared.after else 'before'}"


def test_kill_9_leaves_the_database_before_or_after(prepared: Prepared) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = Counter(pool.map(lambda number: kill_once(prepared, number), range(KILLS)))
    print(f"{KILLS} kills (import {prepared.import_window:.2f} s, merge {prepared.merge_window:.2f} s):", dict(outcomes))
    killed = KILLS - outcomes["finished, after"]
    assert killed >= KILLS * 0.5, f"too few kills landed before the import ended: {dict(outcomes)}"
    assert outcomes["merge, before"] >= KILLS * 0.25, f"too few kills landed during the merge: {dict(outcomes)}"


def test_an_import_killed_then_run_again_completes(prepared: Prepared) -> None:
    """After a kill, importing the same bundle again works and gives the state after."""
    database = fresh_copy(prepared, prepared.folder / "again")
    process = child(prepared, database)
    for line in process.stdout:
        if line.strip() == "MERGE":
            break
    time.sleep(prepared.merge_window / 3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()
    with Store.open(database) as laptop:
        assert digest(laptop) == prepared.before
        report = service.import_bundle(laptop, prepared.bundle.read_bytes(), trust=prepared.trust)
        assert not report.already_imported and report.merge.erasures == 20
        assert digest(laptop) == prepared.after
        assert laptop.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
