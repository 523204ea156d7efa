"""What the cross-source analysis costs in instructions: a figure that wanders less.

    python benchmarks/analysis_cost.py [--clusters 3] [--data ../shared/data]

`benchmarks/analysis.py` times the analysis against the digest, as issue #5 states its
limit; on this machine two runs of one code differ by 5-15%, so a change worth a few
percent cannot be seen there. This runs the same digests under valgrind's callgrind
(Debian's `valgrind`) twice, without and with all five sections, and prints the
instructions each run executed and their difference: the analysis' cost, within about 1%
between runs of the same code (PYTHONHASHSEED is fixed; something still varies: an
allocation's address, most likely). Compare two versions of the code by running it on
each, twice. The first N duc2003 clusters of 10 articles are digested once to warm the
word caches, then once more, with every analysis cache emptied first (as the timing
does). Slow: about a minute for three clusters.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def run(sections: str, clusters: int, data: Path) -> None:
    """The digests one callgrind run counts (the child process's side)."""
    from analysis import forget

    from storyline.analyze import SECTIONS
    from storyline.model import Article
    from storyline.pipeline import digest_articles
    from storyline.summarize import Budget

    rows = [json.loads(line) for line in (data / "duc2003" / "clusters.jsonl").open()]
    stories = [[Article(str(i), t) for i, t in enumerate(r["documents"])]
               for r in rows if len(r["documents"]) == 10][:clusters]
    for articles in stories:
        digest_articles(articles)
    for articles in stories:
        forget()
        digest_articles(articles, Budget(), sections=SECTIONS if sections == "all" else ())


def count(sections: str, clusters: int, data: Path) -> int:
    """Instructions of one run of `run`, under callgrind."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, "--child", sections, "--clusters", str(clusters), "--data", str(data)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    m = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode or not m:
        which = "without the analysis" if sections == "none" else "with all sections"
        raise SystemExit(f"the run {which} failed:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--child", choices=("none", "all"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run(args.child, args.clusters, args.data)
        return
    if not (args.data / "duc2003" / "clusters.jsonl").is_file():
        raise SystemExit(f"{args.data / 'duc2003' / 'clusters.jsonl'}: no such file "
                         "(--data names the folder holding duc2003/)")
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind not found: install it (apt-get install valgrind)")
    with ThreadPoolExecutor(2) as pool:  # (the two runs side by side: one per core)
        plain, full = pool.map(lambda s: count(s, args.clusters, args.data), ("none", "all"))
    print(f"| {args.clusters} duc2003 clusters of 10 articles | instructions |\n|---|---|\n"
          f"| digest without analysis (with imports and warm-up) | {plain:,} |\n"
          f"| with all five sections | {full:,} |\n"
          f"| **the analysis** | **{full - plain:,}** |")


if __name__ == "__main__":
    main()
