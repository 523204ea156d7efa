"""Summary quality: storyline against Lead and sumy's LexRank and TextRank, in one run.

    python benchmarks/quality.py [--data ../shared/data] [--methods concept,centroid,...]

Both sets of ../shared/data, scored per the protocols in ../shared/data/README.md
(duc: 100-word pooled ROUGE recall; multinews: 250-word ROUGE F1), all systems on the
same machine in the same run. Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from peers import lead, offline_punkt, sumy_method

from storyline.evaluate import PROTOCOL_WORDS, SCORERS, load_clusters, mean_score
from storyline.evaluate import summarize_cluster as storyline_summary
from storyline.model import Cluster

SETS = {"duc": "duc2003/clusters.jsonl", "multinews": "multinews-dev/clusters.jsonl"}
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
System = Callable[[Cluster, int], str]  # a cluster and a word budget to its summary
Result = tuple[float, float, float]  # seconds per cluster


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--methods", default="concept,centroid,lexrank,lead",
                        help="storyline methods to run (comma-separated)")
    parser.add_argument("--no-peers", action="store_true", help="storyline methods only")
    args = parser.parse_args()

    systems: dict[str, System] = {
        f"storyline {m}": partial(storyline_summary, method=m) for m in args.methods.split(",")}
    if not args.no_peers:
        offline_punkt()
        systems["Lead (round-robin, punkt)"] = lambda c, w: lead(c.documents, w)
        for name in ("lexrank", "textrank"):
            run = sumy_method(name)
            systems[f"sumy {name}"] = (lambda r: lambda c, w: r(c.documents, w))(run)

    results = run_systems(systems, args.data)
    print("| system | duc2003 R-1 | duc2003 R-2 | multinews-dev R-1 | multinews-dev R-2 "
          "| s per cluster (duc / multinews) |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        d, m = r["duc"], r["multinews"]
        print(f"| {name} | {d[0]:.2f} | {d[1]:.2f} | {m[0]:.2f} | {m[1]:.2f} "
              f"| {d[2]:.3f} / {m[2]:.3f} |")


def run_systems(systems: dict[str, System], data: Path) -> dict[str, dict[str, Result]]:
    """Every system over both sets: R-1, R-2 and seconds per cluster, by system and set
    (each line printed to stderr as it is measured)."""
    results: dict[str, dict[str, Result]] = {}
    for protocol, rel in SETS.items():
        clusters = list(load_clusters(data / rel, lambda p: print(p, file=sys.stderr)))
        words, scorer = PROTOCOL_WORDS[protocol], SCORERS[protocol]
        for name, system in systems.items():
            started = time.perf_counter()
            scores = [scorer(system(c, words), c.summaries) for c in clusters]
            per_cluster = (time.perf_counter() - started) / len(clusters)
            mean = mean_score(scores)
            results.setdefault(name, {})[protocol] = (mean.rouge1, mean.rouge2, per_cluster)
            print(f"{protocol:9s} {name:28s} R-1 {mean.rouge1:6.2f}  R-2 {mean.rouge2:6.2f}  "
                  f"{per_cluster:.3f} s/cluster", file=sys.stderr, flush=True)
    return results


if __name__ == "__main__":
    main()
