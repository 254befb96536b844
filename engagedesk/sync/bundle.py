"""The bundle file: changes carried from one laptop to others (suggested extension ``.edsync``).

Layout, format version 1 (all integers big-endian)::

    8 bytes   b"EDSYNC" + major version (1 byte) + minor version (1 byte)
    4 bytes   header length H (at most 64 KiB)
    H bytes   header, UTF-8 JSON (below)
    8 bytes   payload length P
    P bytes   payload: zlib-compressed UTF-8 JSON {"rows": [...]}, or, when the header says
              "encrypted", that compressed JSON sealed with AES-256-GCM
    64 bytes  Ed25519 signature of everything before it, by the source laptop's key

Header fields: ``format`` ("engagedesk-bundle"), ``bundle_id``, ``created_at``, ``organisation``
({id, name}), ``source`` ({site_id, name, public_key}), ``base`` (the version vector the sender
assumed the receiver had: {site id: hlc}; empty for a full export), ``seen`` (the sender's own
vector), ``full``, ``rows`` (count), ``payload_sha256``, ``encrypted``, and when encrypted ``kdf``
({name: "scrypt", salt, n, r, p}) and ``nonce``.  The header is authenticated as the AEAD's
associated data, so it cannot be swapped under an encrypted payload.

A payload row is ``[table, id, [origin_hlc, origin_site], {field: value}, {field: [hlc, site,
prev_hlc, prev_site]}]``.  Nothing in a bundle names a file: there are no archive members, so no
path in it is ever used.

Reading refuses, with a message and before anything is written: a damaged frame or header, a
bad signature, a wrong passphrase, scrypt settings beyond 256 MiB, and a payload that inflates
implausibly (past 64 MiB and 200 times the compressed bytes read so far: a zip bomb) or is
followed by anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from engagedesk.domain.errors import UserError
from engagedesk.domain.i18n import translate

MAGIC = b"EDSYNC"
MAJOR, MINOR = 1, 0
FORMAT = "engagedesk-bundle"
MAX_HEADER = 64 * 1024
MAX_PAYLOAD = 2 * 1024**3
MAX_UNPACKED = 8 * 1024**3
# A payload may inflate to UNPACKED_FLOOR, and beyond it to MAX_RATIO times what it took of the
# compressed payload so far: real bundles inflate 7 to 65 times; a zip bomb (a small file that
# inflates to gigabytes) a thousand times, and is stopped after UNPACKED_FLOOR.
UNPACKED_FLOOR = 64 * 1024**2
MAX_RATIO = 200
INFLATE_STEP = 16 * 1024**2
MAX_SCRYPT_MEMORY = 256 * 1024**2  # 128 * n * r bytes; what pack() uses takes 32 MiB
SIGNATURE = 64
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # about 0.1 s and 32 MB: slow for guessing, quick for a person


def _tr(text: str) -> str:
    return translate("Bundle", text)


class BundleRefused(UserError):
    """The file cannot be imported; nothing was changed."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError):
        raise BundleRefused(_tr("This file is damaged ({what} is unreadable). Ask for the bundle again.").format(what=what)) from None


def fingerprint(public_key: bytes) -> str:
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class Bundle:
    header: dict[str, Any]
    rows: list[Any]


def pack(header: dict[str, Any], rows: list[Any], signing_key: Ed25519PrivateKey,
         passphrase: str | None = None) -> bytes:
    body = zlib.compress(json.dumps({"rows": rows}, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    header = {**header, "format": FORMAT, "rows": len(rows), "encrypted": bool(passphrase)}
    if passphrase:
        salt, nonce = os.urandom(16), os.urandom(12)
        header.update(kdf={"name": "scrypt", "salt": _b64(salt), **SCRYPT}, nonce=_b64(nonce))
    header["payload_sha256"] = hashlib.sha256(body).hexdigest()
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = MAGIC + bytes([MAJOR, MINOR]) + struct.pack(">I", len(head)) + head
    if passphrase:
        key = _key(passphrase, _unb64(header["kdf"]["salt"], "salt"), **SCRYPT)
        body = AESGCM(key).encrypt(_unb64(header["nonce"], "nonce"), body, prefix)
    signed = prefix + struct.pack(">Q", len(body)) + body
    return signed + signing_key.sign(signed)


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """Check the frame and signature; return the header, the prefix, the payload, the public key."""
    damaged = _tr("This file is damaged or incomplete (it may have been cut short when copied). "
                  "Nothing was changed. Copy it again, or ask for a new bundle.")
    if len(data) < len(MAGIC) + 2 or not data.startswith(MAGIC):
        raise BundleRefused(_tr("This is not an EngageDesk sync bundle. Choose a .edsync file made by "
                                "EngageDesk. Nothing was changed."))
    major = data[len(MAGIC)]
    if major != MAJOR:
        raise BundleRefused(_tr("This bundle was made by a {newer} version of EngageDesk (format {found}; "
                                "this version reads format {known}). Update EngageDesk on both laptops. "
                                "Nothing was changed.").format(newer=_tr("newer") if major > MAJOR else _tr("different"),
                                                               found=major, known=MAJOR))
    offset = len(MAGIC) + 2
    if len(data) < offset + 4:
        raise BundleRefused(damaged)
    (head_len,) = struct.unpack(">I", data[offset:offset + 4])
    offset += 4
    if head_len > MAX_HEADER or len(data) < offset + head_len + 8 + SIGNATURE:
        raise BundleRefused(damaged)
    head = data[offset:offset + head_len]
    prefix = data[:offset + head_len]
    offset += head_len
    (body_len,) = struct.unpack(">Q", data[offset:offset + 8])
    offset += 8
    if body_len > MAX_PAYLOAD or len(data) != offset + body_len + SIGNATURE:
        raise BundleRefused(damaged)
    body = data[offset:offset + body_len]
    try:
        header = json.loads(head.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 or JSON, too deeply nested, a 5000-digit number
        raise BundleRefused(damaged) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT or not isinstance(header.get("source"), dict):
        raise BundleRefused(damaged)
    public = _unb64(header["source"].get("public_key"), "the laptop key")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(data[-SIGNATURE:], data[:-SIGNATURE])
    except (InvalidSignature, ValueError):
        raise BundleRefused(_tr("This bundle's signature does not match its contents: it was damaged or "
                                "changed after it was made. Nothing was changed. Ask for a new bundle.")) from None
    return header, prefix, body, public


def _inflate(body: bytes) -> bytearray:
    """The decompressed payload, a step at a time, refused as soon as it inflates implausibly."""
    unpacker = zlib.decompressobj()
    text = bytearray()
    pending = body
    while not unpacker.eof:
        part = unpacker.decompress(pending, INFLATE_STEP)
        pending = unpacker.unconsumed_tail
        if not part and not pending:
            break  # cut short
        text += part
        taken = len(body) - len(pending)
        if len(text) > MAX_UNPACKED or (len(text) > UNPACKED_FLOOR and len(text) > MAX_RATIO * taken):
            raise BundleRefused(_tr("This bundle is too large to import (it inflates to far more than its "
                                    "size). It was refused and nothing was changed."))
    if not unpacker.eof or unpacker.unused_data:
        raise zlib.error("cut short, or followed by something else")
    return text


def unpack(data: bytes, passphrase: str | None = None) -> Bundle:
    header, prefix, body, _public = read_header(data)
    if header.get("encrypted"):
        if not passphrase:
            raise BundleRefused(_tr("This bundle is protected by a passphrase. Enter the passphrase "
                                    "it was made with."))
        kdf = header.get("kdf")
        try:
            params = {k: int(kdf[k]) for k in ("n", "r", "p")}
        except (KeyError, TypeError, ValueError):
            raise BundleRefused(_tr("This file is damaged (its encryption settings are unreadable).")) from None
        n, r, p = params["n"], params["r"], params["p"]
        if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
                and 128 * n * r <= MAX_SCRYPT_MEMORY):
            raise BundleRefused(_tr("This bundle asks for unreasonable encryption settings and was refused."))
        salt, nonce = _unb64(kdf.get("salt"), "salt"), _unb64(header.get("nonce"), "nonce")
        if len(nonce) != 12 or not 8 <= len(salt) <= 64:
            raise BundleRefused(_tr("This file is damaged (its encryption settings are unreadable)."))
        key = _key(passphrase, salt, **params)
        try:
            body = AESGCM(key).decrypt(nonce, body, prefix)
        except InvalidTag:
            raise BundleRefused(_tr("The passphrase is not right (or the file was damaged). Check the "
                                    "passphrase with the person who made the bundle. Nothing was changed.")) from None
    if hashlib.sha256(body).hexdigest() != header.get("payload_sha256"):
        raise BundleRefused(_tr("This file is damaged: its contents do not match their checksum. "
                                "Nothing was changed. Ask for a new bundle."))
    try:
        payload = json.loads(_inflate(body).decode("utf-8"))
    except (zlib.error, ValueError, RecursionError):  # also not UTF-8, not JSON, too deeply nested
        raise BundleRefused(_tr("This file is damaged: its contents cannot be read. Ask for a new bundle.")) from None
    rows = payload.get("rows") if isinstance(payload, dict) else None
    if not isinstance(rows, list) or len(rows) != header.get("rows"):
        raise BundleRefused(_tr("This file is damaged: it does not hold the changes its header lists."))
    return Bundle(header, rows)
