"""Hostile bundles are refused with a clear message and the database unchanged (property 6).

Thousands of generated cases, each imported into the same receiving laptop: truncated at every
length class, bit-flipped (every single bit of a small bundle, and random bits of a larger one),
unknown format versions, wrong or missing passphrases, wrong signatures, swapped payloads, another
organisation, and bundles signed with the real key of a trusted laptop that still hold what no
EngageDesk makes: oversized fields, unknown tables and fields, values of the wrong kind,
malformed clocks and vectors, the same change twice with different contents, a row count that
does not match, a zip bomb.  Each must raise a UserError (the message the user sees; never a
raw exception or traceback), and the database must be unchanged: the same dump, and the same
content of every table, bookkeeping included.

ENGAGEDESK_TEST_SCALE multiplies the number of random cases.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import random
import shutil
import struct
import tracemalloc
import uuid
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from engagedesk.domain.errors import UserError
from engagedesk.domain.models import Person
from engagedesk.services import people
from engagedesk.store import Store, sync_rows
from engagedesk.store.organisation import get_organisation
from engagedesk.store.store import utc_now
from engagedesk.sync import bundle, service
from engagedesk.sync.bundle import BundleRefused
from tests.sync.laptops import Org, canonical, content, scaled, send

PASSPHRASE = "correct horse battery staple"


@dataclass
class Case:
    name: str
    data: bytes
    options: dict[str, Any] = field(default_factory=dict)
    group: str = ""


@dataclass
class Site:
    org: Org
    source: Store  # the trusted laptop the hostile bundles claim to come from
    key: Ed25519PrivateKey  # its real key
    receiver: Store  # on disk; every case is imported into it
    folder: Path
    small: bytes  # one change, no passphrase
    big: bytes  # a full export
    sealed: bytes  # one change, with a passphrase
    new_row: list[Any]  # a person the receiver does not have
    changed_row: list[Any]  # a change to a person it has
    own: bytes  # made by the receiver itself


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("hostile")
    org = Org(None, people_count=8)
    source = org.first
    receiver = org.join(folder / "receiver.db", "Receiver")
    # The receiver has seen the source; the source learns what the receiver has seen.
    send(receiver, source, service.export_bundle(receiver, full=True).data)
    new = people.add_person(source, Person(given_name="Template", family_name="Newperson", email="t@example.org"))
    source.update("people", org.person_ids[0], {"phone": "555-0199"})
    small = service.export_bundle(source, for_laptop=receiver.site_id).data
    rows = bundle.unpack(small).rows
    by_id = {row[1]: row for row in rows}
    assert set(by_id) >= {new.id, org.person_ids[0]}, "the template changes must travel"
    big = service.export_bundle(source, full=True).data
    source.update("people", org.person_ids[1], {"notes": "sealed"})
    sealed = service.export_bundle(source, for_laptop=receiver.site_id, passphrase=PASSPHRASE).data
    own = service.export_bundle(receiver, full=True).data
    receiver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    made = Site(org, source, service.signing_key(source), receiver, folder, small, big, sealed,
                by_id[new.id], by_id[org.person_ids[0]], own)
    yield made
    receiver.close()
    source.close()


def header(site: Site, **changes: Any) -> dict[str, Any]:
    """A header as export_bundle writes it, for a bundle from the source to the receiver."""
    organisation = get_organisation(site.source)
    made = {
        "bundle_id": str(uuid.uuid4()), "created_at": utc_now(),
        "organisation": {"id": organisation.id, "name": organisation.name},
        "source": {"site_id": site.source.site_id, "name": "Laptop A", "public_key": b64(public(site.key))},
        "base": {}, "seen": sync_rows.seen_vector(site.source), "full": False,
    }
    made.update(changes)
    return made


def signed(site: Site, rows: list[Any], key: Ed25519PrivateKey | None = None, **changes: Any) -> bytes:
    """A bundle made with bundle.pack and the source's real key: only validation can refuse it."""
    return bundle.pack(header(site, **changes), rows, key or site.key)


def frame(head: dict[str, Any] | bytes, body: bytes, key: Ed25519PrivateKey, *, major: int = bundle.MAJOR,
          rows: int | None = None, checksum: bool = True) -> bytes:
    """The bundle layout written out by hand, for payloads pack() would never make."""
    if isinstance(head, dict):
        head = {"format": bundle.FORMAT, **head, "encrypted": head.get("encrypted", False)}
        head.setdefault("rows", rows if rows is not None else 1)
        if checksum:
            head["payload_sha256"] = hashlib.sha256(body).hexdigest()
        head = json.dumps(head, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = bundle.MAGIC + bytes([major, bundle.MINOR]) + struct.pack(">I", len(head)) + head
    data = prefix + struct.pack(">Q", len(body)) + body
    return data + key.sign(data)


def parts(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """Header, payload and signature of a well-formed bundle."""
    (head_len,) = struct.unpack(">I", data[8:12])
    head = json.loads(data[12:12 + head_len])
    (body_len,) = struct.unpack(">Q", data[12 + head_len:20 + head_len])
    body = data[20 + head_len:20 + head_len + body_len]
    return head, body, data[-64:]


def resign(data: bytes, key: Ed25519PrivateKey) -> bytes:
    return data[:-64] + key.sign(data[:-64])


def payload(rows: Any) -> bytes:
    return zlib.compress(json.dumps({"rows": rows}).encode("utf-8"))


# ---------------------------------------------------------------------------- the cases

def truncations(site: Site, rng: random.Random) -> Iterator[Case]:
    for label, data in (("small", site.small), ("big", site.big), ("sealed", site.sealed)):
        head_len = struct.unpack(">I", data[8:12])[0]
        boundaries = {0, 1, 2, 5, 6, 7, 8, 9, 11, 12, 13, 12 + head_len // 2, 11 + head_len, 12 + head_len,
                      13 + head_len, 19 + head_len, 20 + head_len, 21 + head_len, len(data) // 2,
                      len(data) - 65, len(data) - 64, len(data) - 63, len(data) - 2, len(data) - 1}
        lengths = boundaries | {rng.randrange(len(data)) for _ in range(scaled(40))}
        for length in sorted(n for n in lengths if 0 <= n < len(data)):
            yield Case(f"{label} cut to {length} of {len(data)} bytes", data[:length])
        yield Case(f"{label} with a byte more", data + b"\0")
        yield Case(f"{label} twice over", data + data)
        yield Case(f"{label} without its signature, re-framed", data[:-64])


def every_bit_flip(site: Site) -> Iterator[Case]:
    data = site.small
    for index in range(len(data)):
        for bit in range(8):
            flipped = bytearray(data)
            flipped[index] ^= 1 << bit
            yield Case(f"small, bit {bit} of byte {index} flipped", bytes(flipped))


def random_damage(site: Site, rng: random.Random) -> Iterator[Case]:
    for number in range(scaled(300)):
        data = bytearray(rng.choice((site.big, site.sealed, site.small)))
        flips = rng.choice((1, 2, 3, 8, 64))
        for _ in range(flips):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        yield Case(f"random damage {number} ({flips} bits)", bytes(data))
    for number in range(scaled(40)):
        data = bytearray(site.big)
        start = rng.randrange(len(data))
        data[start:start + rng.randrange(1, 200)] = os.urandom(rng.randrange(1, 200))
        yield Case(f"random bytes overwritten {number}", bytes(data))
    for number in range(scaled(20)):
        yield Case(f"random file {number}", os.urandom(rng.randrange(0, 3000)))
        yield Case(f"random file with the magic {number}", bundle.MAGIC + bytes([1, 0]) + os.urandom(rng.randrange(0, 3000)))


def versions(site: Site) -> Iterator[Case]:
    for major in range(256):
        if major == bundle.MAJOR:
            continue
        data = bytearray(site.small)
        data[len(bundle.MAGIC)] = major
        yield Case(f"format version {major}", bytes(data))
        yield Case(f"format version {major}, signed again with the real key", resign(bytes(data), site.key))
    for magic in (b"EDSYNd", b"edsync", b"PK\x03\x04\x14\x00", b"\x00" * 6, b"SQLite"):
        yield Case(f"magic {magic!r}", magic + site.small[len(magic):])
    yield Case("a SQLite database file", Path(site.receiver.path).read_bytes()[:4096])
    yield Case("a zip file", b"PK\x05\x06" + b"\0" * 18)
    yield Case("empty JSON", b"{}")


def passphrases(site: Site) -> Iterator[Case]:
    yield Case("sealed, no passphrase", site.sealed)
    yield Case("sealed, empty passphrase", site.sealed, {"passphrase": ""})
    for wrong in ("wrong", PASSPHRASE.upper(), PASSPHRASE + " ", PASSPHRASE[:-1]):
        yield Case(f"sealed, passphrase {wrong!r}", site.sealed, {"passphrase": wrong})
    head, body, _sig = parts(site.sealed)
    flipped = bytearray(body)
    flipped[len(flipped) // 2] ^= 1
    yield Case("sealed, ciphertext changed and signed again", frame(head, bytes(flipped), site.key, checksum=False),
               {"passphrase": PASSPHRASE})
    yield Case("sealed, ciphertext cut and signed again", frame(head, body[:-16], site.key, checksum=False),
               {"passphrase": PASSPHRASE})
    yield Case("sealed, other nonce, signed again",
               frame({**head, "nonce": b64(os.urandom(12))}, body, site.key, checksum=False), {"passphrase": PASSPHRASE})
    yield Case("sealed, marked not sealed, signed again",
               frame({**head, "encrypted": False}, body, site.key, checksum=False), {"passphrase": PASSPHRASE})
    yield Case("plain, marked sealed, signed again",
               frame({**parts(site.small)[0], "encrypted": True, "kdf": head["kdf"], "nonce": head["nonce"]},
                     parts(site.small)[1], site.key, checksum=False), {"passphrase": PASSPHRASE})
    for name, kdf in (("n 3", {"n": 3}), ("n 0", {"n": 0}), ("n 2**40", {"n": 2**40}), ("r 0", {"r": 0}),
                      ("p 0", {"p": 0}), ("n 2**20 r 32 (4 GiB)", {"n": 2**20, "r": 32}),
                      ("n 2**20 r 8 (1 GiB)", {"n": 2**20, "r": 8}), ("n text", {"n": "many"}),
                      ("salt missing", {"salt": None}), ("salt not base64", {"salt": "***"})):
        yield Case(f"sealed, kdf {name}, signed again", frame({**head, "kdf": {**head["kdf"], **kdf}}, body,
                                                             site.key, checksum=False), {"passphrase": PASSPHRASE})
    for name, nonce in (("empty", ""), ("7 bytes", b64(b"1234567")), ("not base64", "%%%"), ("missing", None)):
        yield Case(f"sealed, nonce {name}, signed again", frame({**head, "nonce": nonce}, body, site.key,
                                                               checksum=False), {"passphrase": PASSPHRASE})
    yield Case("sealed, kdf missing, signed again",
               frame({k: v for k, v in head.items() if k != "kdf"}, body, site.key, checksum=False),
               {"passphrase": PASSPHRASE})


def signatures(site: Site) -> Iterator[Case]:
    other = Ed25519PrivateKey.generate()
    for label, data in (("small", site.small), ("big", site.big), ("sealed", site.sealed)):
        yield Case(f"{label}, signed by another key claiming the source's key", resign(data, other))
        yield Case(f"{label}, signature zeroed", data[:-64] + b"\0" * 64)
        head, body, _sig = parts(data)
        forged = {**head, "source": {**head["source"], "public_key": b64(public(other))}}
        yield Case(f"{label}, another key presented for the known source laptop",
                   frame(forged, body, other, checksum=False), {"trust": bundle.fingerprint(public(other))})
        yield Case(f"{label}, public key not base64", frame({**head, "source": {**head["source"], "public_key": "!!"}},
                                                            body, site.key, checksum=False))
        yield Case(f"{label}, public key missing", frame({**head, "source": {"site_id": head["source"]["site_id"]}},
                                                         body, site.key, checksum=False))
    # Payloads swapped between two bundles, with either signature, or framed and signed again
    # with the real key (the header's checksum then disagrees).
    small_head, small_body, small_sig = parts(site.small)
    big_head, big_body, big_sig = parts(site.big)
    for name, head, body, sig in (("small header, big payload", small_head, big_body, small_sig),
                                  ("big header, small payload", big_head, small_body, big_sig)):
        unsigned = frame(head, body, site.key, checksum=False)[:-64]
        yield Case(f"{name}, first signature", unsigned + sig)
        yield Case(f"{name}, other signature", unsigned + (big_sig if sig is small_sig else small_sig))
        yield Case(f"{name}, signed again by the real key", frame(head, body, site.key, checksum=False))
    yield Case("signature over the header only", site.small[:-64] + site.key.sign(site.small[:12]))


def organisations(site: Site) -> Iterator[Case]:
    yield Case("another organisation id", signed(site, [site.new_row], organisation={"id": str(uuid.uuid4()),
                                                                                     "name": "Elsewhere"}))
    yield Case("no organisation", signed(site, [site.new_row], organisation={}))
    yield Case("organisation as text", signed(site, [site.new_row], organisation="Riverside"))
    yield Case("organisation as a list", signed(site, [site.new_row], organisation=["Riverside"]))
    elsewhere = Org(None, people_count=2, name="Elsewhere")
    try:
        data = service.export_bundle(elsewhere.first, full=True).data
        yield Case("a full bundle of another organisation", data, {"trust": service.my_fingerprint(elsewhere.first)})
        yield Case("a full bundle of another organisation, not trusted", data, {"trust": None})
    finally:
        elsewhere.first.close()
    yield Case("this laptop's own bundle", site.own)
    stranger = Ed25519PrivateKey.generate()
    stranger_head = header(site, source={"site_id": str(uuid.uuid4()), "name": "Stranger",
                                         "public_key": b64(public(stranger))})
    yield Case("a laptop not accepted here", bundle.pack(stranger_head, [site.new_row], stranger), {"trust": None})


def oversized(site: Site) -> Iterator[Case]:
    for size in (1_000_001, 3_000_000):
        for field_name in ("given_name", "notes", "email"):
            row = copy.deepcopy(site.new_row)
            row[3][field_name] = "x" * size
            yield Case(f"{field_name} of {size:,} characters", signed(site, [row]))
        row = copy.deepcopy(site.changed_row)
        row[3]["phone"] = "5" * size
        yield Case(f"changed phone of {size:,} characters", signed(site, [row]))
    row = copy.deepcopy(site.new_row)
    row[3]["given_name"] = "é" * 1_000_001
    yield Case("a name of a million and one accented letters", signed(site, [row]))
    row = copy.deepcopy(site.new_row)
    row[1] = "x" * 101
    yield Case("a record id of 101 characters", signed(site, [row]))
    row = copy.deepcopy(site.new_row)
    row[1] = "x" * 2_000_000
    yield Case("a record id of two million characters", signed(site, [row]))
    row = copy.deepcopy(site.new_row)
    row[2] = [row[2][0], "s" * 101]
    yield Case("a laptop id of 101 characters", signed(site, [row]))
    note = {"id": "note-x", "meeting_id": site.org.meeting_id, "kind": "comment", "at": "2026-11-22T18:30:00",
            "text": "y" * 1_000_001, "created_at": "2026-11-22T18:30:00.000Z", "deleted": 0}
    yield Case("a note of a million and one characters",
               signed(site, [["notes", "note-x", site.new_row[2], {k: v for k, v in note.items() if k != "id"}, {}]]))


def unknown(site: Site) -> Iterator[Case]:
    for table in ("nope", "sqlite_master", "local_settings", "field_clocks", "peers", "bundles", "conflicts",
                  "seen_vector", "people_fts", "people; DROP TABLE people", "", "PEOPLE", " people", None, 5,
                  ["people"], {"people": 1}, True):
        row = copy.deepcopy(site.new_row)
        row[0] = table
        yield Case(f"table {table!r}", signed(site, [row]))
    for name in ("nope", "id", "hlc", "site_id", "updated_at", "origin_hlc", "origin_site", "sort_key",
                 "phone_digits", "rowid", "", "given_name = 'x'; --", "GIVEN_NAME", "given_name "):
        for label, template in (("new", site.new_row), ("changed", site.changed_row)):
            row = copy.deepcopy(template)
            row[3][name] = "x"
            yield Case(f"{label} row, field {name!r}", signed(site, [row]))
    row = copy.deepcopy(site.new_row)
    row[3]["erased"] = 1
    row[0] = "meetings"
    yield Case("a meeting with a person's fields", signed(site, [row]))


WRONG_VALUES: list[tuple[str, str, Any]] = [
    ("given_name", "a list", ["Ana"]), ("given_name", "an object", {"first": "Ana"}), ("given_name", "true", True),
    ("given_name", "a number", 5), ("given_name", "a float", 1.5), ("given_name", "null", None),
    ("may_contact", "text", "yes"), ("may_contact", "numeric text", "1"), ("may_contact", "a float", 0.5),
    ("may_contact", "a whole float", 1.0), ("may_contact", "2", 2), ("may_contact", "-1", -1),
    ("may_contact", "true", True), ("may_contact", "a list", [1]), ("may_contact", "null", None),
    ("may_contact", "10**30", 10**30), ("may_contact", "-10**19", -10**19), ("may_contact", "2**63", 2**63),
    ("deleted", "7", 7), ("deleted", "text", "no"), ("erased", "3", 3), ("erased", "text", "yes"),
    ("created_at", "a number", 20261122), ("created_at", "null", None), ("address_id", "a number", 12),
    ("address_id", "an unknown address", "no-such-address"), ("do_not_contact_since", "a list", []),
]


def wrong_types(site: Site) -> Iterator[Case]:
    for field_name, label, value in WRONG_VALUES:
        for kind, template in (("new", site.new_row), ("changed", site.changed_row)):
            row = copy.deepcopy(template)
            row[3][field_name] = value
            if kind == "changed":  # a later clock, so that the value would win
                row[4][field_name] = [sync_rows.seen_vector(site.source)[site.source.site_id][:-5] + "99999",
                                      site.source.site_id, "", ""]
            yield Case(f"{kind} row, {field_name} = {label}", signed(site, [row]))
    address = ["addresses", str(uuid.uuid4()), site.new_row[2],
               {"number": "1", "street": "Elm", "unit": "", "city": "", "region": "", "postal_code": "",
                "lat": 1.0, "lon": 2.0, "created_at": "2026-01-01T00:00:00.000Z", "deleted": 0}, {}]
    for label, value in (("text", "north"), ("a list", [1.0]), ("true", True), ("10**400", 10**400)):
        row = copy.deepcopy(address)
        row[3]["lat"] = value
        yield Case(f"address, lat = {label}", signed(site, [row]))
    for label, token in (("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity")):
        rows = json.dumps({"rows": [address]}).replace('"lat": 1.0', f'"lat": {token}')
        yield Case(f"address, lat = {label}", frame(header(site), zlib.compress(rows.encode()), site.key))


def malformed_rows(site: Site) -> Iterator[Case]:
    good = site.new_row
    for label, row in (("text", "people"), ("null", None), ("a number", 5), ("an object", {"table": "people"}),
                       ("four parts", good[:4]), ("six parts", [*good, {}]), ("empty", []),
                       ("values as a list", [*good[:3], list(good[3].items()), good[4]]),
                       ("clocks as a list", [*good[:4], []]), ("values null", [*good[:3], None, {}])):
        yield Case(f"entry {label}", signed(site, [row]))
    hlc, origin_site = good[2]
    for label, origin in (("text", hlc), ("one part", [hlc]), ("three parts", [hlc, origin_site, "x"]),
                          ("empty clock", ["", origin_site]), ("not a clock", ["yesterday", origin_site]),
                          ("a trailing newline", [hlc + "\n", origin_site]), ("a number", [12345, origin_site]),
                          ("no laptop", [hlc, ""]), ("laptop a number", [hlc, 5]), ("laptop null", [hlc, None]),
                          ("spaces", [" " + hlc, origin_site]), ("too long", [hlc + "0", origin_site]),
                          ("year 33658", ["999999999999999-00000", origin_site]),
                          ("arabic digits", ["".join(chr(0x660 + int(c)) if c.isdigit() else c for c in hlc),
                                             origin_site])):
        row = copy.deepcopy(good)
        row[2] = origin
        yield Case(f"origin clock {label}", signed(site, [row]))
    changed = site.changed_row
    name = next(iter(changed[4]))
    clock = changed[4][name]
    for label, bad in (("three parts", clock[:3]), ("five parts", [*clock, ""]), ("text", "now"),
                       ("not a clock", ["soon", *clock[1:]]), ("a trailing newline", [clock[0] + "\n", *clock[1:]]),
                       ("prev a number", [*clock[:2], 5, clock[3]]), ("prev site too long", [*clock[:3], "s" * 101]),
                       ("no laptop", [clock[0], "", *clock[2:]]), ("year 33658", ["999999999999999-00000", *clock[1:]])):
        row = copy.deepcopy(changed)
        row[4][name] = bad
        yield Case(f"field clock {label}", signed(site, [row]))
    row = copy.deepcopy(changed)
    row[4]["given_name"] = clock
    row[3].pop("given_name", None)
    yield Case("a clock for a field not sent", signed(site, [row]))
    row = copy.deepcopy(changed)
    row[4]["nope"] = clock
    yield Case("a clock for an unknown field", signed(site, [row]))
    for label, rowid in (("empty", ""), ("a number", 5), ("null", None), ("a list", ["x"])):
        row = copy.deepcopy(good)
        row[1] = rowid
        yield Case(f"record id {label}", signed(site, [row]))


def duplicates(site: Site) -> Iterator[Case]:
    for label, template in (("new", site.new_row), ("changed", site.changed_row)):
        other = copy.deepcopy(template)
        other[3]["given_name"] = "Someone Else"
        yield Case(f"{label} row twice, other name", signed(site, [template, other]))
        other = copy.deepcopy(template)
        other[2] = [other[2][0], str(uuid.uuid4())]
        yield Case(f"{label} row twice, other origin", signed(site, [template, other]))
        other = copy.deepcopy(template)
        name = next(iter(other[3]))
        other[3].pop(name)
        other[4].pop(name, None)
        yield Case(f"{label} row twice, one field fewer", signed(site, [other, template, template]))
        different = [*template[:3], {**template[3], "phone": "1"}, template[4]]
        yield Case(f"{label} row twice among others, last different",
                   signed(site, [template, site.changed_row if label == "new" else site.new_row, different]))


def bad_headers(site: Site) -> Iterator[Case]:
    rows = [site.new_row]
    me = site.source.site_id
    hlc = site.new_row[2][0]
    for name, value in (("seen", []), ("seen", "all"), ("seen", {me: 5}), ("seen", {me: "zzz"}),
                        ("seen", {me: hlc + "\n"}), ("seen", {me: None}), ("seen", {"": hlc}),
                        ("seen", {"s" * 101: hlc}), ("seen", {me: "999999999999999-99999" + "9"}),
                        ("base", []), ("base", "none"), ("base", {me: 7}), ("base", {me: ["x"]}),
                        ("bundle_id", 5), ("bundle_id", ""), ("bundle_id", None), ("bundle_id", ["x"]),
                        ("bundle_id", "b" * 101)):
        yield Case(f"header {name} = {value!r}"[:120], signed(site, rows, **{name: value}))
    source = header(site)["source"]
    for label, value in (("site id a number", {**source, "site_id": 5}), ("site id empty", {**source, "site_id": ""}),
                         ("site id a list", {**source, "site_id": [me]}), ("site id too long", {**source, "site_id": "s" * 101}),
                         ("name an object", {**source, "name": {"x": 1}}), ("name a number", {**source, "name": 5})):
        yield Case(f"header source {label}", signed(site, rows, source=value))


def crafted_payloads(site: Site) -> Iterator[Case]:
    rows = [site.new_row, site.changed_row]
    good = json.dumps({"rows": rows}).encode()
    for label, count in (("one more", 3), ("one fewer", 1), ("none", 0), ("text", "2"), ("null", None),
                         ("negative", -1), ("huge", 10**30)):
        yield Case(f"row count {label}", frame(header(site), zlib.compress(good), site.key, rows=count))
    for label, body in (
            ("not compressed", good), ("not JSON", zlib.compress(b"hello")), ("empty", b""),
            ("compressed nothing", zlib.compress(b"")), ("a list", zlib.compress(json.dumps(rows).encode())),
            ("rows an object", zlib.compress(b'{"rows": {"a": 1}}')), ("rows null", zlib.compress(b'{"rows": null}')),
            ("no rows", zlib.compress(b'{"changes": []}')), ("bad UTF-8", zlib.compress(b'{"rows": ["\xff\xfe"]}')),
            ("UTF-16", zlib.compress(json.dumps({"rows": rows}).encode("utf-16"))),
            ("cut short", zlib.compress(good)[:-10]), ("garbage after", zlib.compress(good) + b"garbage"),
            ("two streams", zlib.compress(good) + zlib.compress(good)),
            ("deep nesting", zlib.compress(b'{"rows": [' + b"[" * 200_000 + b"]" * 200_000 + b"]}")),
            ("deep nesting, unclosed", zlib.compress(b'{"rows": [' + b"[" * 200_000)),
            ("a 5000-digit number", zlib.compress(b'{"rows": [' + b"7" * 5000 + b"]}")),
            ("a huge exponent", zlib.compress(b'{"rows": [1e999999]}')),
            ("lone surrogate", zlib.compress(b'{"rows": ["\\ud800"]}')),
            ("raw deflate", zlib.compress(good)[2:-4]), ("gzip", __import__("gzip").compress(good))):
        yield Case(f"payload {label}", frame(header(site), body, site.key, rows=2))
    deep = b"[" * 60_000 + b"]" * 60_000
    yield Case("header nested 60,000 deep", frame(b'{"a": ' + deep + b"}", zlib.compress(good), site.key))
    yield Case("header with a 5000-digit number", frame(b'{"a": ' + b"7" * 5000 + b"}", zlib.compress(good), site.key))
    yield Case("header a list", frame(b"[1, 2]", zlib.compress(good), site.key))
    yield Case("header not UTF-8", frame(b'{"a": "\xff"}', zlib.compress(good), site.key))
    yield Case("header of 70,000 bytes", frame(b'{"a": "' + b"x" * 70_000 + b'"}', zlib.compress(good), site.key))
    yield Case("header length past the end", bundle.MAGIC + b"\x01\x00" + struct.pack(">I", 2**32 - 1) + b"{}")
    head_bytes = json.dumps({**header(site), "format": bundle.FORMAT, "rows": 2, "encrypted": False,
                             "payload_sha256": hashlib.sha256(zlib.compress(good)).hexdigest()}).encode()
    unsigned = (bundle.MAGIC + b"\x01\x00" + struct.pack(">I", len(head_bytes)) + head_bytes
                + struct.pack(">Q", 2**63) + zlib.compress(good))
    yield Case("payload length of 2**63", unsigned + site.key.sign(unsigned))
    yield Case("other format name", frame({**header(site), "format": "zip"}, zlib.compress(good), site.key, rows=2))
    yield Case("the right rows, framed by hand", frame(header(site), zlib.compress(good), site.key, rows=2)[:-1])


def cases(site: Site) -> Iterator[Case]:
    rng = random.Random(20261122)
    for group in (truncations(site, rng), every_bit_flip(site), random_damage(site, rng), versions(site),
                  passphrases(site), signatures(site), organisations(site), oversized(site), unknown(site),
                  wrong_types(site), malformed_rows(site), duplicates(site), bad_headers(site),
                  crafted_payloads(site)):
        for case in group:
            case.group = group.__name__
            yield case


# ---------------------------------------------------------------------------- the checks

def refusal(receiver: Store, case: Case, trust: str) -> str | None:
    """Import the case; None when it was refused properly, else what went wrong."""
    options = {"trust": trust, **case.options}
    try:
        report = service.import_bundle(receiver, case.data, **options)
    except UserError as error:
        message = error.message
        if not isinstance(message, str) or len(message) < 20 or "Traceback" in message or "Error" in message:
            return f"{case.name}: unclear message {message!r}"
        return None
    except BaseException as error:  # noqa: BLE001 - the point is to catch what escapes
        return f"{case.name}: raw {type(error).__name__}: {str(error)[:200]}"
    return f"{case.name}: accepted ({report.summary()})"


def test_hostile_bundles_are_refused_and_change_nothing(site: Site) -> None:
    trust = service.my_fingerprint(site.source)
    path = Path(site.receiver.path)
    site.receiver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pristine = site.folder / "pristine.db"
    shutil.copyfile(path, pristine)
    dump, whole = canonical(site.receiver), content(site.receiver)
    problems: list[str] = []
    count = 0
    kinds: Counter[str] = Counter()
    for case in cases(site):
        count += 1
        kinds[case.group] += 1
        changes = site.receiver.conn.total_changes
        problem = refusal(site.receiver, case, trust)
        if problem:
            problems.append(problem)
        # When nothing was written (not even rolled back), nothing can have changed.  Else the
        # content of every table must be as it was.
        changed = site.receiver.conn.total_changes != changes and content(site.receiver) != whole
        if (changed or problem or count % 50 == 0) and canonical(site.receiver) != dump:
            problems.append(f"{case.name}: the dump changed")
            changed = True
        if changed:
            problems.append(f"{case.name}: the database changed")
            site.receiver.close()  # start the next case from the same database again
            shutil.copyfile(pristine, path)
            site.receiver = Store.open(path)
    assert (canonical(site.receiver), content(site.receiver)) == (dump, whole)
    assert site.receiver.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    print(f"{count} hostile cases:", ", ".join(f"{kind} {number}" for kind, number in kinds.items()))
    assert count >= 500, count
    assert min(kinds.values()) >= 5, kinds
    assert not problems, f"{len(problems)} of {count} cases not refused properly:\n" + "\n".join(problems[:60])


def test_the_templates_are_good(site: Site, tmp_path: Path) -> None:
    """Unaltered, the hand-made bundles import: each hostile case differs from a good one only by
    what makes it hostile."""
    copy_path = tmp_path / "copy.db"
    site.receiver.conn.execute(f"VACUUM INTO '{copy_path}'")
    with Store.open(copy_path) as fresh:
        trust = service.my_fingerprint(site.source)
        assert service.import_bundle(fresh, signed(site, [site.new_row, site.changed_row]), trust=trust).merge.changed == 2
        head = header(site)
        good = json.dumps({"rows": [site.new_row]}).encode()
        again = service.import_bundle(fresh, frame(head, zlib.compress(good), site.key), trust=trust)
        assert not again.already_imported
        note = ["notes", "note-ok", site.new_row[2], {"meeting_id": site.org.meeting_id, "kind": "comment",
                                                      "at": "2026-11-22T18:30:00", "text": "y" * 1_000_000,
                                                      "created_at": "2026-11-22T18:30:00.000Z", "deleted": 0}, {}]
        assert service.import_bundle(fresh, signed(site, [note]), trust=trust).merge.new == 1
        assert service.import_bundle(fresh, site.sealed, trust=trust, passphrase=PASSPHRASE).merge.changed == 1


def refused_with(site: Site, data: bytes, **options: Any) -> UserError:
    before = canonical(site.receiver), content(site.receiver)
    with pytest.raises(UserError) as caught:
        service.import_bundle(site.receiver, data, **{"trust": service.my_fingerprint(site.source), **options})
    assert (canonical(site.receiver), content(site.receiver)) == before
    return caught.value


def test_the_message_says_what_is_wrong(site: Site) -> None:
    """A few cases of each kind, with what the user is told."""
    cut = refused_with(site, site.small[:len(site.small) // 2])
    assert isinstance(cut, BundleRefused) and "damaged or incomplete" in cut.message
    newer = bytearray(site.small)
    newer[len(bundle.MAGIC)] = bundle.MAJOR + 1
    assert "newer version" in refused_with(site, bytes(newer)).message
    assert "passphrase" in refused_with(site, site.sealed).message
    assert "passphrase is not right" in refused_with(site, site.sealed, passphrase="wrong").message
    other = Ed25519PrivateKey.generate()
    assert "signature does not match" in refused_with(site, resign(site.small, other)).message
    head, body, _sig = parts(site.small)
    forged = frame({**head, "source": {**head["source"], "public_key": b64(public(other))}}, body, other,
                   checksum=False)
    different = refused_with(site, forged, trust=bundle.fingerprint(public(other)))
    assert "signed with a different key than before" in different.message
    elsewhere = refused_with(site, signed(site, [site.new_row], organisation={"id": "x", "name": "Elsewhere"}))
    assert isinstance(elsewhere, service.OtherOrganisation) and "Elsewhere" in elsewhere.message
    row = copy.deepcopy(site.new_row)
    row[3]["notes"] = "n" * 1_000_001
    assert "over a million characters" in refused_with(site, signed(site, [row])).message
    row = copy.deepcopy(site.new_row)
    row[0] = "local_settings"
    assert "unknown kind of record" in refused_with(site, signed(site, [row])).message
    row = copy.deepcopy(site.new_row)
    row[3]["may_contact"] = "yes"
    assert "wrong kind" in refused_with(site, signed(site, [row])).message
    row = copy.deepcopy(site.new_row)
    row[2] = ["yesterday", row[2][1]]
    assert "bad clock" in refused_with(site, signed(site, [row])).message
    twice = copy.deepcopy(site.new_row)
    twice[3]["given_name"] = "Other"
    assert "twice" in refused_with(site, signed(site, [site.new_row, twice])).message
    count = frame(header(site), payload([site.new_row]), site.key, rows=2)
    assert "does not hold the changes its header lists" in refused_with(site, count).message
    stranger = Ed25519PrivateKey.generate()
    unknown_laptop = bundle.pack(header(site, source={"site_id": "stranger", "name": "Stranger",
                                                      "public_key": b64(public(stranger))}), [site.new_row], stranger)
    untrusted = refused_with(site, unknown_laptop, trust=None)
    assert isinstance(untrusted, service.UntrustedLaptop) and untrusted.fingerprint in untrusted.message


# ---------------------------------------------------------------------------- a zip bomb

def bomb(gigabytes: int) -> bytes:
    """A zlib stream of ``{"rows": ["    ...    "]}`` that inflates to ``gigabytes`` GiB, made in a
    moment: one compressed block of 16 MiB of spaces, repeated (each ends with a full flush, so
    none refers to another)."""
    def block(data: bytes, final: bool = False) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)

    spaces = b" " * (16 << 20)
    repeats = gigabytes * 64
    checksum = zlib.adler32(b'{"rows": ["')
    for _ in range(repeats):
        checksum = zlib.adler32(spaces, checksum)
    checksum = zlib.adler32(b'"]}', checksum)
    middle = block(spaces)
    return (b"\x78\xda" + block(b'{"rows": ["') + middle * repeats + block(b'"]}', final=True)
            + struct.pack(">I", checksum))


def test_a_zip_bomb_is_refused_without_exhausting_memory(site: Site) -> None:
    body = bomb(4)
    assert len(body) < 8 << 20  # 4 GiB of JSON in a few MB
    data = frame(header(site), body, site.key, rows=1)
    dump = canonical(site.receiver)
    tracemalloc.start()
    try:
        with pytest.raises(BundleRefused):
            service.import_bundle(site.receiver, data, trust=service.my_fingerprint(site.source))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"zip bomb of 4 GiB in {len(body):,} bytes refused; peak memory {peak / 2**20:.0f} MiB")
    assert peak < 256 << 20, f"refusing the bomb took {peak / 2**20:.0f} MiB"
    assert canonical(site.receiver) == dump


# ---------------------------------------------------------------------------- path tricks

TRICKS = ("../../etc/passwd", "/etc/passwd", "..\\..\\Windows\\System32\\drivers\\etc\\hosts",
          "C:\\Windows\\win.ini", "~/.ssh/authorized_keys", "receiver.db-wal", "../receiver.db",
          "file:///etc/passwd", "\\\\server\\share\\x", "a/../../b", "\x00/etc/shadow")


def listing(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def test_paths_in_a_bundle_never_become_files(tmp_path: Path) -> None:
    """A bundle has no archive members; strings that look like paths are just text.  Importing
    never makes a file other than the database's own (-wal, -shm, .lock, the backups folder)."""
    box = tmp_path / "box"
    box.mkdir()
    org = Org(None, people_count=2)
    receiver = org.join(box / "receiver.db", "Receiver")
    try:
        source = org.first
        for number, trick in enumerate(TRICKS):
            people.add_person(source, Person(given_name=trick.replace("\x00", ""), family_name=trick.replace("\x00", ""),
                                             email=f"x{number}@example.org", notes=trick))
        source.insert("notes", {"id": "../../notes", "meeting_id": org.meeting_id, "kind": "comment",
                                "text": TRICKS[0], "at": "2026-11-22T18:30:00"})
        source.update("laptops", source.site_id, {"name": "../../etc/passwd"})
        before = listing(tmp_path)
        for trick in TRICKS:
            data = service.export_bundle(source, full=True).data
            send(source, receiver, data, file_name=trick)
        service.erase_person(source, org.person_ids[0])
        send(source, receiver, service.export_bundle(source, full=True).data, file_name="../../x.edsync")
        after = listing(tmp_path)
        allowed = {"box/receiver.db", "box/receiver.db-wal", "box/receiver.db-shm", "box/receiver.db.lock",
                   "box/receiver-backups"}
        made = after - before
        assert all(path in allowed or path.startswith("box/receiver-backups/receiver-") for path in made), made
        assert not [path for path in after if "passwd" in path or "hosts" in path or "win.ini" in path]
        assert receiver.scalar("SELECT count(*) FROM people WHERE notes = ?", (TRICKS[0],)) == 1
    finally:
        receiver.close()
        org.first.close()
