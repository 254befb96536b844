"""Issue 8's duplicate scan: every likely duplicate pair among 100,000 people, and how many of the
near-copies planted in the demo it finds.

The demo is copied and 2,000 near-copies of its people are planted in the copy (a typo in a name,
accents or case dropped, a nickname, given and family names swapped; the same address, or only
the same e-mail or phone).  The runner imports no engagedesk (see process.py), so the scan is
timed in a child: this file run as a script (``python bench_duplicates.py probe DB PLANT``)
prints one JSON line.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLANTED = 2_000

NICK = {"robert": "Bob", "william": "Bill", "james": "Jim", "michael": "Mike", "jose": "Pepe",
        "francisco": "Paco", "elizabeth": "Liz", "katherine": "Kate", "john": "Jon", "daniel": "Dan"}


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word + rng.choice("aeiou")
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # two letters swapped
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if kind == 1:  # a letter dropped
        return word[:at] + word[at + 1:]
    return word[:at] + rng.choice("aeiourstnl") + word[at + 1:]  # a letter mistyped


def _near_copy(rng: random.Random, person: dict) -> dict:
    """A second record of the same person, as a volunteer might have typed it."""
    import unicodedata

    given, family = person["given_name"], person["family_name"]
    kind = rng.randrange(6)
    if kind == 0:
        family = _typo(rng, family)
    elif kind == 1:
        given = _typo(rng, given)
    elif kind == 2:
        given = "".join(c for c in unicodedata.normalize("NFKD", given) if not unicodedata.combining(c)).upper()
        family = "".join(c for c in unicodedata.normalize("NFKD", family) if not unicodedata.combining(c)).upper()
    elif kind == 3:
        given, family = family, given
    elif kind == 4:
        given = NICK.get(given.lower(), _typo(rng, given))
    else:
        given, family = given.lower(), _typo(rng, family.lower())
    copy = {"given_name": given, "family_name": family, "email": "", "phone": "",
            "address_id": person["address_id"]}
    evidence = rng.random()
    if evidence < 0.25 and person["email"]:  # the same e-mail, somewhere else
        copy.update(email=person["email"].upper(), address_id=None)
    elif evidence < 0.4 and person["phone"]:
        copy.update(phone=person["phone"].replace("(", "").replace(")", "").replace(" ", "."), address_id=None)
    return copy


# ------------------------------------------------------------------ the child: plant, then scan


def _probe(db: str, plant: int) -> dict:
    sys.path.insert(0, str(HERE.parents[1]))
    from engagedesk.domain.models import new_id
    from engagedesk.services.duplicates import find_duplicates
    from engagedesk.store import Store
    from engagedesk.store import people as people_table

    rng = random.Random(8)
    with Store.open(db, create=False, lock=False) as store:
        rows = [dict(row) for row in store.query(
            "SELECT id, given_name, family_name, email, phone, address_id FROM people "
            "WHERE deleted = 0 AND address_id IS NOT NULL ORDER BY id")]
        originals = rng.sample(rows, min(plant, len(rows)))
        planted: set[tuple[str, str]] = set()
        copies = []
        for person in originals:
            copy = {"id": new_id(), **_near_copy(rng, person)}
            copy["phone_digits"] = "".join(c for c in copy["phone"] if c.isdigit())
            copy["sort_key"] = f"{copy['family_name']}\t{copy['given_name']}".casefold()
            copies.append(copy)
            planted.add(tuple(sorted((person["id"], copy["id"]))))
        people_table.insert_people_bulk(store, copies)
        total = store.count("people")
        started = time.perf_counter()
        pairs = find_duplicates(store)
        seconds = time.perf_counter() - started
        found = {(p.person_a, p.person_b) for p in pairs}
    return {"seconds": round(seconds, 2), "people": total, "pairs": len(pairs), "planted": len(planted),
            "planted_found": len(planted & found)}


# ------------------------------------------------------------------ the runner's side

sys.path.insert(0, str(HERE))
from foundation import demo_database, people  # noqa: E402
from registry import Context, Failed, benchmark  # noqa: E402


def _scan(ctx: Context) -> dict:
    def make() -> dict:
        demo, _ = demo_database(ctx)
        db = ctx.workdir / "duplicates.db"
        shutil.copyfile(demo, db)
        plant = PLANTED if not ctx.quick else PLANTED // 10
        done = subprocess.run([ctx.python, str(Path(__file__).resolve()), "probe", str(db), str(plant)],
                              capture_output=True, text=True, env=ctx.child_env(), timeout=900)
        if done.returncode != 0 or not done.stdout.strip():
            raise Failed("duplicate scan probe failed", stderr=done.stderr.strip().splitlines()[-6:])
        return json.loads(done.stdout.strip().splitlines()[-1])
    return ctx.once("duplicate_scan", make)


@benchmark("dedupe_scan_100k_s", unit="s", target=30.0)
def dedupe_scan(ctx: Context) -> dict:
    found = _scan(ctx)
    return {"value": found["seconds"], **found, "scale": people(ctx),
            "measured": "find_duplicates over every live person of the demo with near-copies planted: load "
                        "the index (one query), compare within blocks (e-mail, phone, postal code or street "
                        "with a name's first letters), rank; pairs dismissed before are left out"}


@benchmark("dedupe_planted_missed", unit="ratio", target=0.05)
def dedupe_missed(ctx: Context) -> dict:
    found = _scan(ctx)
    missed = found["planted"] - found["planted_found"]
    return {"value": round(missed / max(1, found["planted"]), 4), "recall": round(1 - missed / max(1, found["planted"]), 4),
            "planted": found["planted"], "planted_found": found["planted_found"],
            "measured": "share of the planted near-copies (typos, accents, nicknames, swapped names; same "
                        "address, or same e-mail or phone elsewhere) that the scan did not propose (1 - recall)"}


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "probe":
        print(json.dumps(_probe(sys.argv[2], int(sys.argv[3]))))
    else:
        print("usage: bench_duplicates.py probe DB PLANT", file=sys.stderr)
        sys.exit(2)
