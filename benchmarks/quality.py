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
from functools import partial
from pathlib import Path

from peers import lead, offline_punkt, sumy_method

from storyline.evaluate import PROTOCOL_WORDS, SCORERS, load_clusters, mean_score
from storyline.evaluate import summarize_cluster as storyline_summary

SETS = {"duc": "duc2003/clusters.jsonl", "multinews": "multinews-dev/clusters.jsonl"}
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--methods", default="concept,centroid,lexrank,lead",
                        help="storyline methods to run (comma-separated)")
    parser.add_argument("--no-peers", action="store_true", help="storyline methods only")
    args = parser.parse_args()

    systems = {f"storyline {m}": partial(storyline_summary, method=m)
               for m in args.methods.split(",")}
    if not args.no_peers:
        offline_punkt()
        systems["Lead (round-robin, punkt)"] = lambda c, w: lead(c.documents, w)
        for name in ("lexrank", "textrank"):
            run = sumy_method(name)
            systems[f"sumy {name}"] = (lambda r: lambda c, w: r(c.documents, w))(run)

    results: dict[str, dict[str, tuple[float, float, float]]] = {}
    for protocol, rel in SETS.items():
        clusters = list(load_clusters(args.data / rel, lambda p: print(p, file=sys.stderr)))
        words, scorer = PROTOCOL_WORDS[protocol], SCORERS[protocol]
        for name, system in systems.items():
            started = time.perf_counter()
            scores = [scorer(system(c, words), c.summaries) for c in clusters]
            per_cluster = (time.perf_counter() - started) / len(clusters)
            mean = mean_score(scores)
            results.setdefault(name, {})[protocol] = (mean.rouge1, mean.rouge2, per_cluster)
            print(f"{protocol:9s} {name:28s} R-1 {mean.rouge1:6.2f}  R-2 {mean.rouge2:6.2f}  "
                  f"{per_cluster:.3f} s/cluster", file=sys.stderr, flush=True)

    print("| system | duc2003 R-1 | duc2003 R-2 | multinews-dev R-1 | multinews-dev R-2 "
          "| s per cluster (duc / multinews) |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        d, m = r["duc"], r["multinews"]
        print(f"| {name} | {d[0]:.2f} | {d[1]:.2f} | {m[0]:.2f} | {m[1]:.2f} "
              f"| {d[2]:.3f} / {m[2]:.3f} |")


if __name__ == "__main__":
    main()
