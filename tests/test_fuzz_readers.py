"""Fuzzing the readers: mutated .txt/.html/.docx/.pdf files either read (a ``Source`` with
text) or fail with a ``RightsledgerError`` — never another exception, never a hang.

About 200 cases from a fixed seed (``RIGHTSLEDGER_FUZZ_SEED`` and ``RIGHTSLEDGER_FUZZ_CASES``
change them), mutating the fixtures in ``tests/fixtures/read/``: byte flips, insertions,
deletions, truncations, duplicated chunks, and for DOCX the XML inside the zip.
"""
from __future__ import annotations

import io
import os
import random
import threading
import time
import zipfile
from pathlib import Path

import pytest

from rightsledger.errors import RightsledgerError
from rightsledger.read import Source, read_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"
SEED = int(os.environ.get("RIGHTSLEDGER_FUZZ_SEED", "20261128"))
CASES = int(os.environ.get("RIGHTSLEDGER_FUZZ_CASES", "200"))
PER_CASE_SECONDS = 10.0        # one read, on a slow shared machine
SHARE = {".txt": 0.15, ".html": 0.2, ".docx": 0.3, ".pdf": 0.35}

NASTY = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"%PDF-1.7\n", b"PK\x03\x04", b"<", b">", b"&",
         b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", b"&a;&a;&a;", b"<script>", b"</html>",
         b"\r", b"\n\n", b"\xc3", b"\xe2\x80", b"stream\n", b"endstream", b"obj", b"<<",
         b"/Length 999999999", b"xref", b"trailer", b"0 0 obj", b"\x7f" * 20, b"9" * 40]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        if not data:
            data.extend(rng.choice(NASTY))
            continue
        op = rng.randrange(7)
        i = rng.randrange(len(data))
        if op == 0:                                   # flip bytes
            for k in range(i, min(len(data), i + rng.randint(1, 8))):
                data[k] = rng.randrange(256)
        elif op == 1:                                 # insert a nasty token
            data[i:i] = rng.choice(NASTY)
        elif op == 2:                                 # delete a stretch
            del data[i:i + rng.randint(1, 200)]
        elif op == 3:                                 # truncate
            del data[i:]
        elif op == 4:                                 # duplicate a chunk
            j = min(len(data), i + rng.randint(1, 500))
            data[j:j] = data[i:j] * rng.randint(1, 3)
        elif op == 5:                                 # swap two stretches
            j = rng.randrange(len(data))
            a, b = sorted((i, j))
            n = min(rng.randint(1, 64), b - a)
            data[a:a + n], data[b:b + n] = data[b:b + n], data[a:a + n]
        else:                                         # random bytes
            data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 32)))
    return bytes(data)


def mutate_docx(raw: bytes, rng: random.Random) -> bytes:
    """Mutate the XML parts inside the zip, then zip again (so the zip itself is valid)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        targets = {rng.choice([n for n in names if n.endswith(".xml")] or names)
                   for _ in range(rng.randint(1, 2))}
        for name in names:
            data = src.read(name)
            if name in targets:
                data = mutate(data, rng)
            if rng.random() < 0.03:
                continue                              # drop a part
            dst.writestr(name, data)
    return out.getvalue()


def cases() -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    fixtures: dict[str, list[Path]] = {}
    for p in sorted(FIXTURES.iterdir()) if FIXTURES.is_dir() else []:
        fixtures.setdefault(p.suffix, []).append(p)
    out = []
    for suffix, share in SHARE.items():
        files = fixtures.get(suffix) or []
        for k in range(round(CASES * share)):
            if not files:
                break
            f = rng.choice(files)
            raw = f.read_bytes()
            if suffix == ".docx" and rng.random() < 0.6:
                data = mutate_docx(raw, rng)
            else:
                data = mutate(raw, rng)
            # now and then read the bytes under another suffix (format sniffing)
            name = f.stem + (rng.choice(list(SHARE)) if rng.random() < 0.1 else suffix)
            out.append((f"{f.name}#{k}->{name}", data))
    return out


def read_with_deadline(data: bytes, name: str, seconds: float) -> object:
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = read_bytes(data, name)
        except BaseException as exc:  # noqa: BLE001 - judged by the caller
            box["result"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        return TimeoutError(f"{name}: still reading after {seconds:.0f} s")
    return box["result"]


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="tests/fixtures/read is absent")
def test_mutated_files_read_or_fail_with_a_catalogue_error():
    all_cases = cases()
    assert len(all_cases) >= min(CASES, 100)
    problems = []
    outcomes = {"read": 0, "refused": 0}
    slowest = (0.0, "")
    for label, data in all_cases:
        name = label.split("->")[1]
        t0 = time.perf_counter()
        result = read_with_deadline(data, name, PER_CASE_SECONDS)
        took = time.perf_counter() - t0
        slowest = max(slowest, (took, label))
        if isinstance(result, Source):
            outcomes["read"] += 1
            if not isinstance(result.text, str) or not result.text.strip() or "\x00" in result.text:
                problems.append(f"{label}: a Source with unusable text {result.text[:40]!r}")
        elif isinstance(result, RightsledgerError):
            outcomes["refused"] += 1
            if not str(result) or result.code is None:
                problems.append(f"{label}: an error without a message")
        else:
            problems.append(f"{label}: {type(result).__name__}: {str(result)[:200]}")
    assert not problems, "\n".join(problems[:20])
    # both outcomes occur: the mutations are neither all harmless nor all fatal
    assert outcomes["read"] and outcomes["refused"], outcomes
    print(f"fuzz: {len(all_cases)} cases, {outcomes}, slowest {slowest[0]:.2f} s ({slowest[1]})")
