"""The Spark job (local[2]) against the single-process path, on the same input.

    SPARK_LOCAL_IP=127.0.0.1 python benchmarks/spark.py [--sizes 100000] [--data ../shared/data]

Corpora: the ../shared pile (564 documents of duc2003 and multinews-dev, DUC dates kept)
and N generated articles (real articles sampled and perturbed into dated stories, as in
`grouping.py scale`), each written as 8 JSONL files. For each corpus:
- single process: `storyline digest FILES --block-days 7 --format json` (one process,
  one core for the work);
- Spark: `storyline spark FILES --block-days 7 --master local[2]` (JVM start included);
- whether the two wrote the same digests, and BCubed F1 of the Spark job's stories
  against the true stories.
Wall time, and peak resident memory of each run's whole process tree (for Spark: the
driver, its JVM and the Python workers together), sampled every second.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from grouping import DATA, bcubed, load_pile, synthetic

from storyline.model import Article
from storyline.spark import read_output


def write_jsonl(articles: list[Article], folder: Path, files: int = 8) -> list[str]:
    folder.mkdir(parents=True)
    handles = [(folder / f"part-{k}.jsonl").open("w", encoding="utf-8") for k in range(files)]
    for n, a in enumerate(articles):
        handles[n % files].write(json.dumps({
            "id": a.id, "text": a.text, "source": a.source, "language": "en",
            "published": a.published.isoformat() if a.published else None}) + "\n")
    for h in handles:
        h.close()
    return [str(folder)]


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants (JVM, Python workers)."""
    parent, rss = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parent[pid], rss[pid] = int(fields[1]), int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(c for c, p in parent.items() if p == pid)
    return total / 2**20


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall time, peak resident memory of the whole process tree (sampled), stdout."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(1.0)
        seconds = time.perf_counter() - started
        out.seek(0), err.seek(0)
        if proc.returncode:
            sys.exit(f"{cmd[:3]} failed:\n{err.read()[-2000:]}")
        return seconds, peak, out.read()


def compare(name: str, articles: list[Article], gold: dict[str, str], tmp: Path) -> None:
    inputs = write_jsonl(articles, tmp / name / "in")
    storyline = [sys.executable, "-m", "storyline.cli"]
    single_s, single_mb, stdout = timed(
        [*storyline, "digest", *inputs, "--block-days", "7", "--format", "json", "--quiet"])
    single = json.loads(stdout)["stories"]
    out = tmp / name / "out"
    spark_s, spark_mb, _ = timed([*storyline, "spark", *inputs, "--out", str(out),
                                  "--block-days", "7", "--master", "local[2]", "--quiet"])
    rows, digests = read_output(str(out))
    spark = [{k: v for k, v in d.items() if k not in ("schema", "schema_version", "rank")}
             for d in digests]
    same = spark == single
    if not same:
        explain_difference(single, spark)
    pred = {r["id"]: r["story"] for r in rows}
    _, _, f1 = bcubed(pred, gold)
    print(f"| {name} | {len(articles):,} | {len(digests):,} | {single_s:.0f} s "
          f"| {single_mb:.0f} MB | {spark_s:.0f} s | {spark_mb:.0f} MB "
          f"| {single_s / spark_s:.2f}x | {'yes' if same else 'NO'} | {f1:.3f} |", flush=True)


def explain_difference(single: list[dict], spark: list[dict]) -> None:
    """Where the two outputs part: how many stories differ, and the first difference."""
    print(f"  stories: one process {len(single)}, Spark {len(spark)}", file=sys.stderr)
    differ = [(a, b) for a, b in zip(single, spark, strict=False) if a != b]
    print(f"  {len(differ)} of the paired stories differ", file=sys.stderr)
    if differ:
        a, b = differ[0]
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                print(f"  first difference, key {key!r}:\n    one process: "
                      f"{json.dumps(a.get(key))[:600]}\n    Spark:       "
                      f"{json.dumps(b.get(key))[:600]}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000])
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    print(f"{os.cpu_count()} cores; Spark local[2]; blocks of 7 days, 14-day lead-in\n")
    print("| corpus | articles | stories digested | single process | its peak "
          "| Spark local[2] | its peak (all processes) | speed-up | same digests | BCubed F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        docs = load_pile(args.data)
        pile = [Article(i.replace("/", "-"), t, published=w) for i, _, t, w in docs]
        gold = {i.replace("/", "-"): s for i, s, _, _ in docs}
        compare("shared pile", pile, gold, Path(tmp))
        for n in args.sizes:
            articles = synthetic(n, args.data)
            gold = {a.id: a.metadata["story"] for a in articles}
            compare(f"generated {n // 1000}k", articles, gold, Path(tmp))


if __name__ == "__main__":
    main()
