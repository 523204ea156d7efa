"""No input, however broken, raises out of a reader: a short seeded fuzz run.

The long runs (10+ minutes, `python benchmarks/fuzz.py --seconds 600`) are recorded in
BENCHMARKS.md; this keeps a fixed-seed sample of them in CI.
"""

from __future__ import annotations

import gzip
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.model import Article, Problem
from storyline.readers import read_stream

from .pages import news_page, rss, warc_bytes

SUFFIXES = ["", ".txt", ".json", ".jsonl", ".csv", ".html", ".rss", ".warc"]
SEEDS = [
    news_page().encode(),
    rss([{"title": "A", "link": "https://x.test/1", "content": "<p>Storm hits.</p>"}]).encode(),
    warc_bytes([("https://x.test/1", news_page())], gzip=True),
    gzip.compress(b'{"text": "A storm hit the coast on Tuesday."}\n' * 3),
    b'{"articles": [{"text": "One."}, {"text": "Two."}]}',
    b"title,text\nT,\"Body text here.\"\n",
]
FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


def consume(data: bytes, suffix: str) -> None:
    for item in read_stream(io.BytesIO(data), "fuzz", "fuzz", suffix, len(data), {}):
        assert isinstance(item, Article | Problem | str)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(SUFFIXES))
def test_random_bytes(data: bytes, suffix: str) -> None:
    consume(data, suffix)


@FUZZ
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.integers(0, 10**6), st.binary(max_size=16)),
                                       max_size=6),
       st.integers(0, 10**6), st.sampled_from(SUFFIXES))
def test_mutated_valid_inputs(seed: bytes, edits: list[tuple[int, bytes]], cut: int,
                              suffix: str) -> None:
    data = bytearray(seed)
    for pos, chunk in edits:
        at = pos % (len(data) + 1)
        data[at : at + len(chunk)] = chunk
    consume(bytes(data[: max(1, cut % (len(data) + 1))]), suffix)
