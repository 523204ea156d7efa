"""Speed and memory: digesting a 10-article cluster on one core.

    python benchmarks/speed.py [--data ../shared/data]

- median and p90 time to digest one DUC 2003 cluster (10 articles, default 150-word
  digest) in a warm process pinned to one core;
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
    from storyline.summarize import Budget

    rows = [json.loads(line) for line in path.open()]
    clusters = [[Article(id=str(i), text=t) for i, t in enumerate(r["documents"])]
                for r in rows if len(r["documents"]) == 10]
    digest_articles(clusters[0])  # warm-up
    times = []
    for _ in range(3):
        for articles in clusters:
            started = time.perf_counter()
            digest_articles(articles, Budget(words=150), args.method)
            times.append(time.perf_counter() - started)
    times.sort()
    print(f"clusters of 10 articles: {len(clusters)} (x3 runs), method {args.method}, one core")
    print(f"digest time: median {statistics.median(times):.3f} s, "
          f"p90 {times[int(0.9 * len(times))]:.3f} s, max {times[-1]:.3f} s")
    print(f"import + first digest (fresh process): median {statistics.median(colds):.2f} s")
    print(f"peak memory of that process: {max(rss):.0f} MB")


if __name__ == "__main__":
    main()
