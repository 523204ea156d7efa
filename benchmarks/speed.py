"""Speed and memory: digesting a 10-article cluster on one core.

    python benchmarks/speed.py [--data ../shared/data]

- median and p90 time to digest one DUC 2003 cluster (10 articles, default 150-word
  digest) in a warm process pinned to one core: first as a story new to the process
  (after multinews-dev's 91 other stories: its rarer words not yet stemmed, as in a
  long-running newsroom), then again and again (everything it needs cached);
- the time a one-story digest spends folding syndicated copies before it summarizes;
- import plus first digest, in a fresh interpreter (wall clock of the whole process);
- peak resident memory of that fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

COLD = """
import json, sys
from storyline import Article, digest_articles
row = json.loads(open(sys.argv[1]).readline())
docs = [Article(id=str(i), text=t) for i, t in enumerate(row["documents"])]
digest_articles(docs)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--method", default="concept")
    args = parser.parse_args()
    path = args.data / "duc2003" / "clusters.jsonl"
    os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    # Cold: a fresh interpreter imports storyline and digests the first cluster.
    colds, rss = [], []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", COLD, str(path)], check=True)
        colds.append(time.perf_counter() - started)
        rss.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)

    from storyline import Article, digest_articles
    from storyline.dedup import fold_copies
    from storyline.summarize import Budget

    def stories(file: Path) -> list[list[Article]]:
        rows = [json.loads(line) for line in file.open()]
        return [[Article(id=str(i), text=t) for i, t in enumerate(r["documents"])]
                for r in rows]

    clusters = [c for c in stories(path) if len(c) == 10]
    for articles in stories(args.data / "multinews-dev" / "clusters.jsonl"):
        digest_articles(articles, Budget(words=150), args.method)  # other stories first
    new = []
    for articles in clusters:  # each story's first digest
        started = time.perf_counter()
        digest_articles(articles, Budget(words=150), args.method)
        new.append(time.perf_counter() - started)
    new.sort()
    times = []
    for _ in range(3):
        for articles in clusters:
            started = time.perf_counter()
            digest_articles(articles, Budget(words=150), args.method)
            times.append(time.perf_counter() - started)
    times.sort()
    folds = []
    for articles in clusters:  # what a one-story digest does first (`digest_one_story`)
        started = time.perf_counter()
        fold_copies(articles)
        folds.append(time.perf_counter() - started)
    print(f"clusters of 10 articles: {len(clusters)} (x3 runs), method {args.method}, one core")
    print(f"digest time, a story new to the process: median {statistics.median(new):.3f} s, "
          f"p90 {new[int(0.9 * len(new))]:.3f} s, max {new[-1]:.3f} s")
    print(f"digest time, again: median {statistics.median(times):.3f} s, "
          f"p90 {times[int(0.9 * len(times))]:.3f} s, max {times[-1]:.3f} s")
    print(f"folding copies first (one story of 10 articles): median "
          f"{statistics.median(folds) * 1000:.1f} ms")
    print(f"import + first digest (fresh process): median {statistics.median(colds):.2f} s")
    print(f"peak memory of that process: {max(rss):.0f} MB")


if __name__ == "__main__":
    main()
