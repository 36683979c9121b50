#!/usr/bin/env python3
"""Reference implementation of docs/checksums.md, written from the document (not from the C# code).

    python3 docs/checksums-reference.py                      # print every test vector's checksum
    python3 docs/checksums-reference.py --dump version-book  # print one vector's canonical bytes, annotated
    python3 docs/checksums-reference.py --check docs/checksums.md
        # exit 1 unless every vector in the document has the checksum computed here, and vice versa

Standard library only (hashlib, struct, uuid, json, decimal, datetime). Python 3.8+.
"""

import datetime
import decimal
import hashlib
import json
import re
import struct
import sys
import uuid

# ---------------------------------------------------------------------------------------------------------------
# Primitives (docs/checksums.md, "Primitives")

def u8(n):
    return struct.pack(">B", n)


def u32(n):
    return struct.pack(">I", n)


def i32(n):
    return struct.pack(">i", n)


def i64(n):
    return struct.pack(">q", n)


def domain(name):
    return name.encode("ascii") + b"\x00"


def check_text(s):
    """Text must have no NUL and be valid Unicode (no lone surrogates)."""
    if "\x00" in s:
        raise ValueError("text has a NUL character")
    s.encode("utf-8")  # raises UnicodeEncodeError on a lone surrogate
    return s


def string(s):
    b = check_text(s).encode("utf-8")
    return u32(len(b)) + b


def raw_string(s):
    """Names and entity types: written like strings, but Core does not validate them (see the spec)."""
    b = s.encode("utf-8")
    return u32(len(b)) + b


def uuid16(text):
    """RFC 9562 byte order: the 32 hex digits of the text form, in order."""
    return uuid.UUID(text).bytes


def utf16_key(s):
    """Ordinal (UTF-16 code unit) order, as .NET's string.CompareOrdinal; differs from Python's code point order."""
    return s.encode("utf-16-be", "surrogatepass")


# ---------------------------------------------------------------------------------------------------------------
# Time: every date-time input is given as text with up to 7 fractional digits (100 ns ticks), so no precision is
# lost before the encoding's own rules apply.

TICKS_PER_SECOND = 10_000_000
TICKS_PER_DAY = 86_400 * TICKS_PER_SECOND
UNIX_EPOCH_TICKS = (datetime.date(1970, 1, 1).toordinal() - 1) * TICKS_PER_DAY  # 621355968000000000

_DT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$")


def ticks_of(text):
    """Ticks (100 ns) since 0001-01-01T00:00:00 of the wall-clock time, and the offset in ticks (or None)."""
    m = _DT.match(text)
    if not m:
        raise ValueError(text)
    y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
    frac = int((m.group(7) or "").ljust(7, "0"))
    ticks = (datetime.date(y, mo, d).toordinal() - 1) * TICKS_PER_DAY + ((h * 60 + mi) * 60 + s) * TICKS_PER_SECOND + frac
    zone = m.group(8)
    if zone is None:
        offset = None
    elif zone == "Z":
        offset = 0
    else:
        sign = -1 if zone[0] == "-" else 1
        offset = sign * (int(zone[1:3]) * 60 + int(zone[4:6])) * 60 * TICKS_PER_SECOND
    return ticks, offset


def unix_micros_floor(ticks):
    return (ticks - UNIX_EPOCH_TICKS) // 10  # Python's // is floor division


def instant_micros(text):
    ticks, offset = ticks_of(text)
    if offset is None:
        raise ValueError("an instant needs an offset: " + text)
    return unix_micros_floor(ticks - offset)


def wallclock_micros(text):
    ticks, offset = ticks_of(text)
    if offset is not None:
        raise ValueError("a DateTime is wall-clock time, without an offset: " + text)
    return unix_micros_floor(ticks)


# ---------------------------------------------------------------------------------------------------------------
# Field values (docs/checksums.md, "Field values"). A value is (kind, payload).

NULL, BOOLEAN, INTEGER, DECIMAL, DOUBLE, STRING, BYTES, INSTANT, DATE, TIME, UUID, ETERNAL_REF, VERSION_REF, \
    POINTER, JSON, DATETIME, DURATION = range(0x11)


def decimal_text(d):
    """Canonical decimal text from a decimal.Decimal as .NET holds it (coefficient and scale, no exponent)."""
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def double_bits(x):
    x = float(x)
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("only finite doubles")
    if x == 0.0:
        x = 0.0  # folds -0.0
    return struct.pack(">d", x)


def single_bits(x):
    """A float (binary32) is widened to binary64 exactly, then encoded as a double."""
    return double_bits(struct.unpack(">f", struct.pack(">f", x))[0])


def encode_value(kind, payload=None):
    out = u8(kind)
    if kind == NULL:
        return out
    if kind == BOOLEAN:
        return out + u8(1 if payload else 0)
    if kind == INTEGER:
        return out + i64(payload)
    if kind == DECIMAL:
        return out + string(decimal_text(decimal.Decimal(payload)))
    if kind == DOUBLE:
        return out + payload  # 8 bytes from double_bits / single_bits
    if kind == STRING:
        return out + string(payload)
    if kind == BYTES:
        return out + u32(len(payload)) + bytes(payload)
    if kind == INSTANT:
        return out + i64(instant_micros(payload))
    if kind == DATE:
        return out + i32(datetime.date.fromisoformat(payload).toordinal() - 1)
    if kind == TIME:
        ticks, _ = ticks_of("0001-01-01T" + payload)
        return out + i64(ticks // 10)
    if kind == DATETIME:
        return out + i64(wallclock_micros(payload))
    if kind == DURATION:
        ticks = payload  # a TimeSpan, in 100 ns ticks
        micros = ticks // 10  # floor, like instants
        return out + i64(micros)
    if kind in (UUID, ETERNAL_REF, VERSION_REF):
        return out + uuid16(payload)
    if kind == POINTER:
        assert len(payload) == 32
        return out + payload
    if kind == JSON:
        return out + string(canonical_json(payload))
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------------------------
# Canonical JSON (docs/checksums.md, "Canonical JSON")

class RawNumber(str):
    """A JSON number kept exactly as written."""


def _no_duplicates(pairs):
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        raise ValueError("duplicate member")
    return pairs  # a list, so member order and duplicates stay visible


def _json_string(s):
    check_text(s)
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\b":
            out.append("\\b")
        elif c == "\f":
            out.append("\\f")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _write_json(v):
    if isinstance(v, JsonObject):
        members = sorted(v, key=lambda kv: utf16_key(kv[0]))
        return "{" + ",".join(_json_string(k) + ":" + _write_json(x) for k, x in members) + "}"
    if isinstance(v, list):
        return "[" + ",".join(_write_json(x) for x in v) + "]"
    if isinstance(v, RawNumber):
        return str(v)
    if isinstance(v, str):
        return _json_string(v)
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    raise ValueError(v)


class JsonObject(list):
    pass


def canonical_json(text):
    value = json.loads(
        text,
        parse_int=RawNumber,
        parse_float=RawNumber,
        object_pairs_hook=lambda pairs: JsonObject(_no_duplicates(pairs)),
    )
    if not isinstance(value, (JsonObject, list)):
        raise ValueError("the Json kind holds an object or an array")
    return _write_json(value)


# ---------------------------------------------------------------------------------------------------------------
# Records (docs/checksums.md, "Version", "Commit", "Pointer records")

def version_preimage(entity_type, eternal_id, version_id, fields):
    """fields: list of (name, encoded value bytes), in any order."""
    names = [n for n, _ in fields]
    if len(set(names)) != len(names):
        raise ValueError("duplicate field")
    parts = [("domain", domain("versioner.version.v1")),
             ("entity type", raw_string(entity_type)),
             ("eternal id", uuid16(eternal_id)),
             ("version id", uuid16(version_id)),
             ("field count", u32(len(fields)))]
    for name, value in sorted(fields, key=lambda f: utf16_key(f[0])):
        parts.append(("name " + name, raw_string(name)))
        parts.append(("value " + name, value))
    return parts


def commit_preimage(parents, added, removed, author, message, timestamp):
    parts = [("domain", domain("versioner.commit.v1")), ("parent count", u32(len(parents)))]
    parts += [("parent", p) for p in parents]
    parts.append(("added count", u32(len(added))))
    parts += [("added version", a) for a in sorted(added)]
    ids = sorted(uuid16(r) for r in removed)
    parts.append(("removed count", u32(len(ids))))
    parts += [("removed id", r) for r in ids]
    parts += [("author", string(author)), ("message", string(message)), ("timestamp", i64(instant_micros(timestamp)))]
    return parts


SET, TEXT = 1, 2


def set_content(ids):
    distinct = sorted({uuid16(i) for i in ids})
    return u32(len(distinct)) + b"".join(distinct)


def text_content(text):
    return check_text(text).encode("utf-8")


def pointer_preimage(kind, content):
    return [("domain", domain("versioner.pointer.v1")), ("kind", u8(kind)), ("content", content)]


def digest(parts):
    return hashlib.sha256(b"".join(b for _, b in parts)).digest()


# ---------------------------------------------------------------------------------------------------------------
# Test vectors (docs/checksums.md, "Test vectors")

BOOK = "0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f"
BOOK_V1 = "0192f1c4-7a3f-7000-8000-000000000001"
AUTHOR = "0192f1c4-6000-7abc-9def-0123456789ab"
TAG_A = "01000000-0000-7000-8000-00000000000a"
TAG_B = "00000001-0000-7000-8000-00000000000b"
TAG_C = "f0000000-0000-7000-8000-00000000000c"
SPECIMEN = "0192f1c5-0000-7000-8000-0000000000aa"
SPECIMEN_V1 = "0192f1c5-0000-7000-8000-0000000000bb"

BOOK_TAGS_SET = pointer_preimage(SET, set_content([TAG_B, TAG_A]))


def vectors():
    v = {}
    v["version-book"] = version_preimage("Book", BOOK, BOOK_V1, [
        ("Title", encode_value(STRING, "Dune — Édition 📘")),
        ("Price", encode_value(DECIMAL, "12.50")),
        ("Subtitle", encode_value(NULL)),
        ("PublishedAt", encode_value(INSTANT, "2024-03-01T12:34:56.7891234+02:00")),
        ("Author", encode_value(ETERNAL_REF, AUTHOR)),
        ("Tags", encode_value(POINTER, digest(BOOK_TAGS_SET))),
        ("Pages", encode_value(INTEGER, 412)),
        ("InPrint", encode_value(BOOLEAN, True)),
        ("isbn", encode_value(STRING, "978-0441013593")),
    ])
    v["version-every-kind"] = version_preimage("Specimen", SPECIMEN, SPECIMEN_V1, [
        ("Bytes", encode_value(BYTES, b"\x00\xff\x10")),
        ("Ratio", encode_value(DOUBLE, double_bits(0.1))),
        ("NegativeZero", encode_value(DOUBLE, double_bits(-0.0))),
        ("Single", encode_value(DOUBLE, single_bits(0.1))),
        ("Long", encode_value(INTEGER, -9007199254740993)),
        ("Flag", encode_value(BOOLEAN, False)),
        ("Letter", encode_value(STRING, "x")),
        ("Amount", encode_value(DECIMAL, "-0.000")),
        ("Day", encode_value(DATE, "1965-08-01")),
        ("Clock", encode_value(TIME, "13:45:30.1234567")),
        ("Landing", encode_value(DATETIME, "1969-07-20T20:17:40.0000005")),
        ("Lag", encode_value(DURATION, -15)),
        ("Namespace", encode_value(UUID, "6ba7b810-9dad-11d1-80b4-00c04fd430c8")),
        ("Pinned", encode_value(VERSION_REF, BOOK_V1)),
        ("Doc", encode_value(JSON, '{"b": [1, 2.50, "x\\n\\u0001"], "a": {"z": null, "y": true}, '
                                   '"\\ufb01": 1e2, "\\ud83d\\ude00": false}')),
    ])
    version_book = digest(v["version-book"])
    version_every = digest(v["version-every-kind"])
    v["commit-root"] = commit_preimage(
        parents=[],
        added=[version_every, version_book],
        removed=[],
        author="Ursula K. Le Guin",
        message="Initial import\n\nTwo books.",
        timestamp="2024-03-01T12:35:00.1234567+02:00")
    v["commit-child"] = commit_preimage(
        parents=[digest(v["commit-root"])],
        added=[version_book],
        removed=[TAG_C, TAG_A, TAG_B],
        author="ursula@example.org",
        message="Remove three tags — they were duplicates",
        timestamp="2024-03-02T08:00:00.0000009-05:00")
    v["pointer-set"] = pointer_preimage(SET, set_content([TAG_C, TAG_A, TAG_B, TAG_A]))
    v["pointer-set-empty"] = pointer_preimage(SET, set_content([]))
    v["pointer-text"] = pointer_preimage(TEXT, text_content(
        "Many a night I saw the Pleiads, rising thro' the mellow shade,\n"
        "Glitter like a swarm of fire-flies tangled in a silver braid. ✨"))
    return v


def documented(path):
    """The vectors of the document: '### Vector `name`' headings, each followed by '**Checksum:** `hex`'."""
    found = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^### Vector `([a-z0-9-]+)`", line)
            if m:
                current = m.group(1)
                continue
            m = re.match(r"^\*\*Checksum:\*\* `([0-9a-f]{64})`", line)
            if m and current is not None:
                found[current] = m.group(1)
                current = None
    return found


def main(argv):
    all_vectors = vectors()
    if len(argv) == 2 and argv[0] == "--dump":
        for label, data in all_vectors[argv[1]]:
            print(f"{data.hex():<72} {label}")
        print(digest(all_vectors[argv[1]]).hex())
        return 0
    if len(argv) == 2 and argv[0] == "--check":
        doc = documented(argv[1])
        ok = True
        for name in sorted(set(doc) | set(all_vectors)):
            mine = digest(all_vectors[name]).hex() if name in all_vectors else None
            theirs = doc.get(name)
            status = "ok" if mine == theirs else "MISMATCH"
            ok &= mine == theirs
            print(f"{status:8} {name:20} doc={theirs} reference={mine}")
        return 0 if ok else 1
    if argv:
        print(__doc__)
        return 2
    for name, parts in all_vectors.items():
        print(f"{name:20} {digest(parts).hex()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
