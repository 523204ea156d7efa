"""Growth: time and memory of a digest on inputs no one plans for.

    python benchmarks/growth.py [--data ../shared/data] [--quick]

Each case runs in a fresh process pinned to one core, which digests the input as one
story with all five analysis sections (`digest_articles`) and reports its wall time and
its peak resident memory:

- one story of many reports (a big event's day of coverage): the first 150, 300 and
  564 documents of the shared pile (duc2003, then multinews-dev) as one story;
- one very long report: 100 and 298 of duc2003's documents joined into one text (0.3
  and 1.1 million characters), digested with one other report;
- hostile text: a report made of one token repeated (a space, capitalised words, short
  lines, stops, dates, quotation marks …) to 16,000, 32,000 and 64,000 characters, alone
  or inside a sentence that quotes someone, next to one ordinary report. Code linear in
  its input doubles its time when the text doubles; "growth" is the time at 64,000 over
  the time at 32,000 characters (about 2 is linear, about 4 quadratic).

To measure another version of the code, put its `src` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SECTIONS = ["support", "disagreements", "quotes", "timeline", "entities"]
# tokens whose repetition drives a pattern or a loop over pairs: spaces and runs of
# capitalised words (names), short lines and stops (sentences), dates, quotation marks,
# attributions
PUMPS = [(token, "{}") for token in (
    " ", "Ab ", "Ab-", "A-", "A. ", ". ", "? ", "A\n", "Ab.\n", "Ab: ", "in Ab ", "\u201c", '"',
    "said ", "Jan. ", "on Monday ", "1,000 ",
    # quotations, one paragraph of them or a paragraph each
    "\u201cWe will win,\u201d he said. ", "\u201cWe will win,\u201d he said.\n\n")] + [
    # and inside a sentence that quotes someone, where the attribution is looked for
    (" ", "\u201cWe will win the war,\u201d {} said."),
    (" ", "The paper quoted {} officials, saying \u201cWe will win the war.\u201d"),
    ("Ab ", "{} said \u201cWe will win the war.\u201d"),
    ("said ", "{}, saying \u201cWe will win the war.\u201d"),
    # a run of capitals where a picture's credit may stand (stop 42: two credit patterns
    # had tried every way to split such a run into words)
    ("A", "({} x"), ("A", "It sank. REUTERS/{} x")]
TIMEOUT = 300  # seconds a case may take before it is reported as over

CHILD = """
import json, os, resource, sys, time
os.sched_setaffinity(0, {int(sys.argv[1])})
from storyline.model import Article
from storyline.pipeline import digest_articles
case = json.load(sys.stdin)
texts = case["texts"]
articles = [Article(str(i), t) for i, t in enumerate(texts)]
started = time.perf_counter()
digest_articles(articles, sections=case["sections"])
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak}))
"""

ORDINARY = ("Police said the fire began on Monday. The mayor said: \u201cWe are sad.\u201d "
            "Officials said 12 people died.")


def run(texts: list[str]) -> dict[str, float] | None:
    """Digest `texts` as one story in a fresh process; None when it overran."""
    case = json.dumps({"texts": texts, "sections": SECTIONS})
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    core = str(min(os.sched_getaffinity(0)))
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, core], input=case,
                              capture_output=True, text=True, timeout=TIMEOUT, env=env,
                              check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def shown(result: dict[str, float] | None) -> str:
    return f"over {TIMEOUT} s" if result is None else \
        f"{result['seconds']:.2f} s, {result['peak_mb']:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--quick", action="store_true", help="the smaller sizes only")
    args = parser.parse_args()
    import storyline
    print(f"storyline from {Path(storyline.__file__).parent}\n")
    documents = [text for name in ("duc2003", "multinews-dev")
                 for line in (args.data / name / "clusters.jsonl").open()
                 for text in json.loads(line)["documents"]]
    duc = [text for line in (args.data / "duc2003" / "clusters.jsonl").open()
           for text in json.loads(line)["documents"]]

    print("| one story of | time, peak memory |\n|---|---|")
    for n in (150, 300) if args.quick else (150, 300, 564):
        print(f"| {n} reports ({sum(map(len, documents[:n])) / 1e6:.1f} M characters) "
              f"| {shown(run(documents[:n]))} |", flush=True)

    print("\n| one report of | time, peak memory |\n|---|---|")
    for n in (100,) if args.quick else (100, 298):
        long = "\n\n".join(duc[:n])
        print(f"| {n} documents ({len(long) / 1e6:.1f} M characters) "
              f"| {shown(run([long, duc[-1]]))} |", flush=True)

    sizes = (8_000, 16_000, 32_000) if args.quick else (16_000, 32_000, 64_000)
    print(f"\n| repeated token | {' | '.join(f'{s:,} characters' for s in sizes)} "
          f"| growth |\n|---|{'---|' * len(sizes)}---|")
    for token, sentence in PUMPS:
        results = []
        for size in sizes:
            # (ended by a sentence, so that the run is body text, read by every section)
            text = f"{ORDINARY} {sentence.format(token * (size // len(token)))} The end came."
            results.append(run([text, ORDINARY]))
            if results[-1] is None:
                break
        times = [r["seconds"] for r in results if r]
        growth = f"×{times[-1] / times[-2]:.1f}" if len(times) == len(sizes) else "—"
        cells = [shown(r) for r in results] + ["—"] * (len(sizes) - len(results))
        label = json.dumps(token, ensure_ascii=False) + (
            f" in {json.dumps(sentence, ensure_ascii=False)}" if sentence != "{}" else "")
        print(f"| {label} | {' | '.join(cells)} | {growth} |", flush=True)


if __name__ == "__main__":
    main()
