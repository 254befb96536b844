"""Measured in a child process: export and import of a whole organisation.  Prints one JSON object.

    python sync_probe.py DB WORKDIR
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from engagedesk.store import Store
from engagedesk.store.store import utc_now
from engagedesk.sync import bundle, service


def main() -> None:
    db, work = Path(sys.argv[1]), Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    with Store.open(db) as source:
        started = time.perf_counter()
        made = service.export_bundle(source, full=True)
        service.write_bundle(made.data, work / "full.edsync")
        export_s = time.perf_counter() - started
        people = source.count("people")

    target = work / "new.db"
    with Store.open(target) as fresh:
        started = time.perf_counter()
        report = service.import_bundle(fresh, (work / "full.edsync").read_bytes())
        import_s = time.perf_counter() - started

    # The same rows put in with plain executemany, into the same schema, on another empty laptop.
    rows = bundle.unpack(made.data).rows
    with Store.open(work / "raw.db") as raw:
        tables: dict[str, list[dict]] = {}
        now = utc_now()
        for table, row_id, origin, values, _clocks in rows:
            tables.setdefault(table, []).append({**values, "id": row_id, "origin_hlc": origin[0],
                                                 "origin_site": origin[1], "hlc": origin[0],
                                                 "site_id": origin[1], "updated_at": now})
        prepared = []
        for table, items in tables.items():
            names = sorted({name for item in items for name in item})
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            prepared.append((sql, [tuple(item.get(name) for name in names) for item in items]))
        started = time.perf_counter()
        raw.conn.execute("BEGIN")
        for sql, values in prepared:
            raw.conn.executemany(sql, values)
        raw.conn.execute("COMMIT")
        raw_s = time.perf_counter() - started

    print(json.dumps({"people": people, "records": made.rows, "bytes": len(made.data),
                      "export_s": round(export_s, 2), "import_s": round(import_s, 2), "raw_s": round(raw_s, 2),
                      "imported": report.merge.new}))


if __name__ == "__main__":
    main()
