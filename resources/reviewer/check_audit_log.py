#!/usr/bin/env python3
"""Check a CALcert Desktop audit log export (``calcert export-log -o log.jsonl``) without the
program: every entry's SHA-256, the chain of links, and the office's signature on its end.

    pip install cryptography
    python check_audit_log.py log.jsonl --key "CALKEY1:…"   # the office's published key

The file: a JSON header line, then one JSON array per entry, its fields in the header's
``fields`` order: the hashed fields (the old and new values by their SHA-256), then
``entry_hash`` = SHA-256 of the UTF-8 compact JSON array of the hashed fields (``prev_hash``
included), then the old and new values as recorded (their SHA-256 must match). Entry N's
``prev_hash`` is entry N-1's ``entry_hash`` (64 zeros for the first).

Where the law required a person's data to be erased, a value is a JSON object with that
data replaced and, under "_erased", the SHA-256 the value had ("sha256") and the id of the
erasure ("erasure"): the entry of the ``erasures`` table that records it must be in the
log.

The office's Ed25519 key signs the text ``CALcert audit log head v1\\n<position>:<hash>`` of
the last entry. Without ``--key`` the key in the file's header is used: that proves the file
is whole, not whose it is.
Exit code 0 when everything holds, 1 at the first fault (printed).
"""

import argparse
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def public_key(text: str) -> bytes:
    """A key as ``calcert keys`` prints it (CALKEY1:<id>:<base64url>) or 64 hex digits."""
    if text.startswith("CALKEY1:"):
        encoded = text.split(":")[2]
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    return bytes.fromhex(text)


def erased_digest(value: "str | None") -> "tuple[str, str] | None":
    """(the SHA-256 the value had, the erasure's id) for a value whose person's data was
    erased, None otherwise."""
    if value is None or '"_erased"' not in value:
        return None
    try:
        marker = json.loads(value)["_erased"]
        return str(marker["sha256"]), str(marker["erasure"])
    except (ValueError, KeyError, TypeError):
        return None


def check(path: str, key_text: "str | None" = None) -> "str | None":
    with open(path, encoding="utf-8") as lines:
        header = json.loads(next(lines))
        if header.get("format") != "calcert-audit-log/1":
            return f"not a CALcert audit log export: {header.get('format')!r}"
        previous, count = "0" * 64, 0
        erasures, erasures_named = set(), {}
        for count, line in enumerate(lines, start=1):
            *fields, own, old, new = json.loads(line)
            if fields[0] != count:
                return f"entry {count}: found entry number {fields[0]} (deleted or inserted)"
            if fields[-1] != previous:
                return f"entry {count}: does not follow entry {count - 1} (its link is wrong)"
            body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
            if hashlib.sha256(body.encode("utf-8")).hexdigest() != own:
                return f"entry {count}: its content does not match its hash (changed)"
            for value, digest in ((old, fields[11]), (new, fields[12])):
                erased = erased_digest(value)
                if erased is not None:  # a person's data erased: see above
                    erasures_named.setdefault(erased[1], count)
                    found = erased[0]
                else:
                    found = None if value is None else hashlib.sha256(value.encode()).hexdigest()
                if found != digest:
                    return f"entry {count}: a recorded value does not match its hash (changed)"
            if fields[7] == "erasures" and fields[10] == "insert":
                erasures.add(fields[8])
            previous = own
    for erasure, first in erasures_named.items():
        if erasure not in erasures:
            return f"entry {first}: a person's data erased without the erasure in the log"
    head = header["head"] or {"position": 0, "hash": "0" * 64}
    if (head["position"], head["hash"]) != (count, previous):
        return f"the signed end names entry {head['position']}, the file ends at {count}"
    if count == 0:
        return None
    if key_text:
        raw = public_key(key_text)
    else:
        inside = [k["public_key"] for k in header["keys"] if k["key_id"] == head["key_id"]]
        if not inside:
            return "the key that signed the end is not in the file: give --key"
        raw = bytes.fromhex(inside[0])
        print("note: checked with the key inside the file; give --key to know whose it is")
    message = f"CALcert audit log head v1\n{head['position']}:{head['hash']}".encode()
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(bytes.fromhex(head["signature"]), message)
    except (InvalidSignature, ValueError, TypeError):
        return "the signature on the end of the log is not valid for this key"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("log", help="the export (log.jsonl)")
    parser.add_argument("--key", help="the office's public key (CALKEY1:… or hex)")
    args = parser.parse_args()
    fault = check(args.log, args.key)
    if fault:
        print(f"FAULT: {fault}")
        return 1
    print("OK: every entry, every link and the signature on the end hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
