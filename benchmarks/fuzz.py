"""Mutation fuzzing of every reader: no input may raise out of `read_stream`.

    python benchmarks/fuzz.py --seconds 600 [--seed 1]

The seed corpus holds valid inputs of every format (text with front matter, JSON,
JSONL, CSV, HTML page, RSS, Atom, WARC, WARC.gz) and compressed variants (gzip, bz2,
xz, zstd). Each round takes one, mutates it (bit flips, byte insertions and deletions,
truncation, splicing with another seed, repetition), and reads it as a file of its
own suffix and as a suffix-less stream. Any exception other than the reader's own
Problems is a failure: the script prints the input's hash, saves it under
benchmarks/out/fuzz-crashes/ and exits non-zero.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import hashlib
import io
import json
import lzma
import random
import sys
import time
import traceback
from pathlib import Path

import zstandard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from readers.pages import PARAGRAPHS, news_page, rss, warc_bytes

from storyline.readers import read_stream

OUT = Path(__file__).resolve().parent / "out" / "fuzz-crashes"


def corpus() -> list[tuple[str, bytes]]:
    text = ("Source: The Herald\nDate: 22 August 2016\n\nHeadline\n\n" + "\n".join(PARAGRAPHS))
    jsonl = "".join(json.dumps({"id": f"a{i}", "title": "T", "text": p}) + "\n"
                    for i, p in enumerate(PARAGRAPHS))
    seeds = [
        (".txt", text.encode()),
        (".json", json.dumps({"articles": [{"text": p} for p in PARAGRAPHS]}).encode()),
        (".jsonl", jsonl.encode()),
        (".csv", ("title,text\n" + "".join(f'T,"{p}"\n' for p in PARAGRAPHS)).encode()),
        (".html", news_page().encode()),
        (".rss", rss([{"title": "A", "link": "https://x.test/1", "content": PARAGRAPHS[0]},
                      {"title": "B", "link": "https://x.test/2", "summary": PARAGRAPHS[1]}]
                     ).encode()),
        (".xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W'
                 b'</title><entry><title>S</title><link href="https://x.test/a"/><content '
                 b'type="html">&lt;p&gt;A storm hit the coast.&lt;/p&gt;</content></entry></feed>'),
        (".warc", warc_bytes([("https://x.test/1", news_page())], gzip=False)),
        (".warc.gz", warc_bytes([("https://x.test/1", news_page()),
                                 ("https://x.test/2", news_page(title="Two"))], gzip=True)),
    ]
    compressed = [
        (".jsonl.gz", gzip.compress(jsonl.encode())),
        (".jsonl.bz2", bz2.compress(jsonl.encode())),
        (".txt.xz", lzma.compress(text.encode())),
        (".html.zst", zstandard.ZstdCompressor().compress(news_page().encode())),
    ]
    return seeds + compressed


def mutate(data: bytes, other: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        pos = rng.randrange(len(buf) + 1) if buf else 0
        if op == 0 and buf:  # bit flip
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # insert random bytes
            buf[pos:pos] = rng.randbytes(rng.randint(1, 64))
        elif op == 2 and buf:  # delete a run
            del buf[pos : pos + rng.randint(1, 256)]
        elif op == 3:  # truncate
            del buf[pos:]
        elif op == 4:  # splice another seed
            j = rng.randrange(len(other) + 1)
            buf[pos:] = other[j : j + rng.randint(1, 2048)]
        elif op == 5 and buf:  # repeat a run
            run = buf[pos : pos + rng.randint(1, 128)]
            buf[pos:pos] = run * rng.randint(2, 50)
        elif op == 6:  # interesting bytes
            buf[pos:pos] = rng.choice([b"\x00", b"\xff\xfe", b'"', b"{", b"[" * 500, b"<",
                                       b"\r\n", b"\x1f\x8b\x08", b"WARC/1.0\r\n", b"]]>"])
    return bytes(buf)


def read_all(data: bytes, suffix: str) -> int:
    n = 0
    for item in read_stream(io.BytesIO(data), "fuzz", "fuzz", suffix, len(data), {}):
        n += 1
        assert item is not None
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = corpus()
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < args.seconds:
        suffix, data = rng.choice(seeds)
        sample = mutate(data, rng.choice(seeds)[1], rng)
        plain_suffix = "." + suffix.split(".")[1]
        for sfx in (plain_suffix, ""):
            try:
                read_all(sample, sfx)
            except Exception:
                OUT.mkdir(parents=True, exist_ok=True)
                name = hashlib.sha1(sample).hexdigest()[:16]
                (OUT / f"{name}{sfx or '.bin'}").write_bytes(sample)
                print(f"CRASH after {rounds} rounds on {name}{sfx}:", file=sys.stderr)
                traceback.print_exc()
                sys.exit(1)
        rounds += 1
    elapsed = time.monotonic() - started
    print(f"fuzz: {rounds:,} mutated inputs x 2 readings in {elapsed:.0f} s, seed {args.seed}: "
          "no unhandled exception")


if __name__ == "__main__":
    main()
