#!/usr/bin/env python3
"""An independent C2SP signed-note / tlog-checkpoint verifier, for interop tests.

Written from the specs (c2sp.org/signed-note, c2sp.org/tlog-checkpoint) with
the `cryptography` package, sharing no code with the Rust implementation.

Usage: note_check.py VKEY NOTE_FILE

Verifies that NOTE_FILE is a signed note carrying a valid Ed25519 signature
by the key VKEY (`name+hex(key id)+base64(0x01 || public key)`), then parses
the note text as a checkpoint and prints three lines: `origin <origin>`,
`size <size>`, `root <hex root>`. Exits 1 with a message on stderr when
anything is wrong.
"""

import base64
import hashlib
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def fail(message):
    sys.stderr.write("note_check: " + message + "\n")
    sys.exit(1)


def parse_vkey(vkey):
    parts = vkey.split("+", 2)  # the base64 key may itself contain '+'
    if len(parts) != 3:
        fail("verifier key must have three '+'-separated parts")
    name, id_hex, key_b64 = parts
    if not name or any(c.isspace() for c in name):
        fail("bad key name %r" % name)
    if len(id_hex) != 8:
        fail("key id must be 8 hex digits")
    key_id = bytes.fromhex(id_hex)
    material = base64.b64decode(key_b64, validate=True)
    if len(material) != 33 or material[0] != 0x01:
        fail("key must be 0x01 followed by a 32-byte Ed25519 public key")
    public = material[1:]
    computed = hashlib.sha256(name.encode() + b"\n" + b"\x01" + public).digest()[:4]
    if computed != key_id:
        fail("key id %s does not match the key (computed %s)" % (id_hex, computed.hex()))
    return name, key_id, Ed25519PublicKey.from_public_bytes(public)


def main():
    if len(sys.argv) != 3:
        fail("usage: note_check.py VKEY NOTE_FILE")
    name, key_id, public = parse_vkey(sys.argv[1])
    with open(sys.argv[2], "rb") as f:
        data = f.read()
    try:
        note = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("note is not UTF-8")
    if any(ord(c) < 0x20 and c != "\n" for c in note):
        fail("note contains a control character")
    if not note.endswith("\n"):
        fail("note does not end with a newline")
    split = note.rfind("\n\n")
    if split < 0:
        fail("no blank line before the signatures")
    text = note[: split + 1]
    signature_lines = note[split + 2 : -1].split("\n")
    verified = False
    for line in signature_lines:
        if not line.startswith("\u2014 "):
            fail("signature line %r does not start with an em dash and a space" % line)
        line_name, _, sig_b64 = line[2:].partition(" ")
        blob = base64.b64decode(sig_b64, validate=True)
        if line_name != name or blob[:4] != key_id:
            continue  # another key: ignored, as the spec requires
        try:
            public.verify(blob[4:], text.encode("utf-8"))
        except InvalidSignature:
            fail("signature by %s does not verify" % name)
        verified = True
    if not verified:
        fail("no signature by %s+%s" % (name, key_id.hex()))

    lines = text[:-1].split("\n")
    if len(lines) < 3:
        fail("checkpoint has fewer than 3 lines")
    origin, size, root_b64 = lines[0], lines[1], lines[2]
    if not size.isdigit() or (len(size) > 1 and size[0] == "0"):
        fail("bad tree size %r" % size)
    root = base64.b64decode(root_b64, validate=True)
    if len(root) != 32:
        fail("root hash has %d bytes" % len(root))
    print("origin " + origin)
    print("size " + size)
    print("root " + root.hex())


if __name__ == "__main__":
    main()
