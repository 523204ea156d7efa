"""Sentence-boundary accuracy on the hand-checked fixture: storyline against punkt.

    python benchmarks/segmentation.py

The fixture (tests/fixtures/segmentation.jsonl) follows storyline's documented policy
(quotations closed within a paragraph are not split; datelines are not sentences), so
punkt is measured against a policy it does not share: read its figure as context.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from storyline.segment import split_sentences

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "segmentation.jsonl"


def boundaries(text: str, sentences: list[str]) -> set[int]:
    ends, pos = [], 0
    for s in sentences:
        start = text.find(s, pos)
        if start < 0:  # a splitter that rewrites text: align on the stripped prefix
            start = text.find(s.strip()[:20], pos)
        pos = max(start, pos) + len(s)
        ends.append(pos)
    return set(ends[:-1])


def score(split: Callable[[str], list[str]]) -> tuple[float, float, int]:
    gold_n = pred_n = hit = 0
    for line in FIXTURE.open(encoding="utf-8"):
        doc = json.loads(line)
        gold = boundaries(doc["text"], doc["sentences"])
        pred = boundaries(doc["text"], split(doc["text"]))
        gold_n, pred_n, hit = gold_n + len(gold), pred_n + len(pred), hit + len(gold & pred)
    return hit / pred_n, hit / gold_n, gold_n


def punkt_split(text: str) -> list[str]:
    import punkt

    return [s for para in text.split("\n") for s in punkt.sent_tokenize(para) if s.strip()]


def main() -> None:
    print("| splitter | precision | recall | F1 | gold boundaries |")
    print("|---|---|---|---|---|")
    for name, fn in (("storyline", split_sentences), ("punkt (per paragraph)", punkt_split)):
        p, r, n = score(fn)
        print(f"| {name} | {p:.3f} | {r:.3f} | {2 * p * r / (p + r):.3f} | {n} |")


if __name__ == "__main__":
    main()
