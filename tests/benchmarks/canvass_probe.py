"""Measured in a child process: canvassing on a fresh database.  Prints one JSON object.

    python canvass_probe.py WORKDIR [--addresses N] [--knocks N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def write_csv(path: Path, count: int) -> None:
    rng = random.Random(5)
    streets = [f"{name} {kind}" for name in ("Elm", "Oak", "Maple", "Cedar", "Pine", "Birch", "Walnut", "Ash", "Lake",
                                             "Hill", "River", "Park", "Church", "Mill", "Spring", "Sunset", "Valle",
                                             "Rosa", "Sol", "Luna")
               for kind in ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Way", "Place", "Boulevard", "Terrace")]
    units = ("", "", "", "", "Apt 1", "Apt 2", "12B", "1/2")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("number,street,unit,city,region,postal code\n")
        for index in range(count):
            street = streets[index % len(streets)]
            handle.write(f"{rng.randrange(1, 3000)},{street},{rng.choice(units)},Riverside,CA,9{5000 + index % 40:04d}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir")
    parser.add_argument("--addresses", type=int, default=100_000)
    parser.add_argument("--knocks", type=int, default=200)
    args = parser.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    from engagedesk.domain.models import Person
    from engagedesk.services import canvassing as cv
    from engagedesk.store import Store
    from engagedesk.store.people import insert_people_bulk, person_row

    result: dict = {}
    # 1. import 100,000 addresses from CSV and group them into turfs by street
    csv_path = work / "addresses.csv"
    write_csv(csv_path, args.addresses)
    with Store.open(work / "import.db") as store:
        campaign = cv.create_campaign(store, "Benchmark")
        started = time.perf_counter()
        report = cv.import_addresses(store, csv_path)
        middle = time.perf_counter()
        turfs = cv.make_turfs(store, campaign.id, "street", report.address_ids)
        done = time.perf_counter()
    result.update(import_s=round(done - started, 2), read_and_store_s=round(middle - started, 2),
                  turfs_s=round(done - middle, 2), imported=report.imported, merged=len(report.duplicates),
                  turfs=len(turfs))

    # 2. a 500-door walk list, built and shown; 3. "not home" knocks stored
    with Store.open(work / "walk.db") as store:
        campaign = cv.create_campaign(store, "Walk")
        rows = "number,street,unit\n" + "".join(f"{n},Elm Street,{'Apt 2' if n % 7 == 0 else ''}\n" for n in range(1, 501))
        found = cv.import_addresses(store, rows.encode())
        turf = cv.make_turfs(store, campaign.id, "street", found.address_ids, canvasser="Dana")[0][0]
        rng = random.Random(3)
        insert_people_bulk(store, (person_row(store, Person(given_name=f"Resident{i}", family_name="Test",
                                                            address_id=rng.choice(found.address_ids),
                                                            do_not_contact=i % 40 == 0))
                                   for i in range(800)))
        for address_id in found.address_ids[:200]:
            cv.log_knock(store, campaign.id, address_id, "not home", canvasser="Dana")
        from PySide6.QtWidgets import QApplication
        from engagedesk.ui.door import DoorScreen
        app = QApplication([])

        class Worker:  # the door screen is shown with a walk list made here, not through the store thread
            pass

        screen = DoorScreen(Worker())  # type: ignore[arg-type]
        screen.resize(1280, 800)
        screen.show()
        app.processEvents()
        timings, service = [], []
        for _ in range(15):
            started = time.perf_counter()
            walk = cv.walk_list(store, turf.id)
            middle = time.perf_counter()
            screen.show_walk(walk)
            screen.repaint()
            done = time.perf_counter()
            timings.append((done - started) * 1000)
            service.append((middle - started) * 1000)
        result.update(walklist_ms=round(statistics.median(timings), 2), walklist_max_ms=round(max(timings), 2),
                      walklist_service_ms=round(statistics.median(service), 2), doors=len(walk.doors))
        saves = []
        for address_id in found.address_ids[200:200 + args.knocks]:
            started = time.perf_counter()
            cv.log_knock(store, campaign.id, address_id, "not home", canvasser="Dana")
            saves.append((time.perf_counter() - started) * 1000)
        result.update(knock_p95_ms=round(p(saves, 0.95), 2), knock_median_ms=round(statistics.median(saves), 2),
                      knocks=len(saves))
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
