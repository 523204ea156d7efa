"""storyline on Apache Spark: the library's own steps, distributed.

    storyline spark PILE... --out OUT/ [--master local[2]] [--block-days 7]

Every step calls the library; nothing here re-implements one:

1. read — each input file (WARC, JSONL, HTML, feeds, ... from any Hadoop-compatible
   path) is parsed by `readers.read_stream` in a task; Parquet rows go through the
   JSON record mapper. Ids are made unique across the run as `read_articles` does.
2. group — articles are keyed by the time blocks they belong to (`blocks.memberships`:
   their own block, and the later blocks that start within the lead-in — 14 days by
   default — after them), each block is grouped by `blocks.group_block` in parallel
   (near-duplicates folded inside it), and `blocks.stitch` joins stories across block
   boundaries on the driver. Only articles of one block are ever compared: no all-pairs step.
3. digest — each story's articles are gathered by a shuffle and digested by
   `pipeline.digest_story`, in parallel; stories are ranked by `pipeline.rank_key`. A
   story that cannot be digested becomes a problem ("digest failed"), as in
   `pipeline.digest_stories`, and fails no task.
4. write — `OUT/stories/` and `OUT/digests/` (Parquet) and `OUT/stories.jsonl/`,
   `OUT/digests.jsonl/` (JSON lines, part files), `OUT/problems.jsonl/`. Each dataset is
   written under `OUT/_attempt/` and moved into place only when complete, so a job
   killed half-way leaves the previous output (or none) and a re-run never duplicates.

So `storyline spark PILE --block-days N` gives the stories and digests of
`storyline digest PILE --block-days N --format json`, in Parquet and JSONL.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from storyline.analyze import SECTIONS
from storyline.blocks import (
    BLOCK_DAYS,
    Placement,
    group_block,
    lead_in,
    memberships,
    number,
)
from storyline.blocks import stitch as stitch_blocks
from storyline.blocks import story_of as stitched_story
from storyline.group import chronological_key
from storyline.model import Article, Problem
from storyline.pipeline import (
    digest_story,
    independent_sources,
    rank_key,
    summarizable,
    undigested,
)
from storyline.readers import FieldMap, nth_id, prepared, read_stream, readable
from storyline.readers.records import record_to_article
from storyline.readers.source import strip_compression_suffix
from storyline.render import SCHEMA_VERSION, membership, to_dict
from storyline.summarize import DEFAULT_METHOD, Budget

DATASETS = ("stories", "digests", "stories.jsonl", "digests.jsonl", "problems.jsonl")


@dataclass
class JobReport:
    """What a job did, for the closing line."""

    articles: int = 0
    stories: int = 0
    digests: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # the first few, for stderr

    def summary(self) -> str:
        line = f"read {self.articles:,} articles; {self.stories:,} stories, " \
               f"{self.digests:,} digested"
        if self.skipped:
            parts = ", ".join(f"{n:,} {r}" for r, n in
                              sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
            line += f"; skipped {sum(self.skipped.values()):,}: {parts}"
        return line


# -- step 1: read ---------------------------------------------------------------------

Item = tuple[str, Any]  # ("article", ((input, parts, position), Article)) | ("problem", Problem)
#                          | ("skip", reason)


def read_file(where: str, content: bytes, order: tuple[int, tuple[str, ...]],
              fields: FieldMap) -> Iterator[Item]:
    """Every article, problem and skip of one input file (runs in a task)."""
    name = PurePosixPath(strip_compression_suffix(PurePosixPath(where).name))
    position = 0
    for got in read_stream(io.BufferedReader(io.BytesIO(content)), where, name.stem,
                           name.suffix.lower(), len(content), fields):
        if isinstance(got, Problem):
            yield ("problem", got)
        elif isinstance(got, str):
            yield ("skip", got)
        else:
            yield ("article", ((*order, position), prepared(got)))
            position += 1


def read_record(record: dict[str, Any], where: str, order: int, row: int,
                fields: FieldMap) -> Item:
    """One Parquet row (the `row`-th of input number `order`), mapped like a JSON record."""
    got = record_to_article(record, f"{where}[row {row + 1}]", f"parquet:{row + 1}", fields)
    if isinstance(got, Problem):
        return ("problem", got)
    return ("article", ((order, (where,), row), prepared(got)))


def unique_ids(group: tuple[str, Iterable[tuple[tuple, Article]]]) -> list[Article]:
    """Articles sharing an id, renamed a, a~2, ... in reading order, as `read_articles`
    names them."""
    _, members = group
    ordered = sorted(members, key=lambda m: m[0])
    return [a if n == 1 else replace(a, id=nth_id(a.id, n))
            for n, (_, a) in enumerate(ordered, start=1)]


def keep_summarizable(articles: Iterable[Article]) -> Iterator[Item]:
    """English articles go on; the others become problems (as in `digest_stories`)."""
    problems: list[Problem] = []
    for a in summarizable(list(articles), problems.append):
        yield ("article", a)
    for p in problems:
        yield ("problem", p)


# -- step 2: group --------------------------------------------------------------------

def block_members(article: Article, days: int, lead: timedelta
                  ) -> list[tuple[int, tuple[Article, bool]]]:
    return [(block, (article, core)) for block, core in memberships(article, days, lead)]


def placements_of(block: tuple[int, Iterable[tuple[Article, bool]]]) -> list[Placement]:
    number_, members = block
    return group_block(number_, members)


# -- step 3: digest -------------------------------------------------------------------

def digest_row(
    story: tuple[str, Iterable[tuple[Article, str]]], budget: Budget, method: str,
    min_sources: int, sections: Sequence[str] = SECTIONS,
) -> list[dict[str, Any]]:
    """One story's membership rows and, if widely enough reported, its digest — or the
    problem that it could not be digested (`pipeline.undigested`): one story's fault
    fails no task."""
    sid, members = story
    pairs = list(members)
    articles = [a for a, _ in pairs]
    roots = {a.id: root for a, root in pairs}
    built = stitched_story(sid, articles, roots)
    by_id = {a.id: a for a in articles}
    rows: list[dict[str, Any]] = [{"kind": "member", **row} for row in membership(built)]
    key = rank_key(built, by_id)
    if independent_sources(built, by_id) >= min_sources:
        try:
            d = digest_story(built, by_id, budget, method, sections)
        except Exception as exc:  # (as `digest_stories` does in one process)
            p = undigested(built, exc)
            rows.append({"kind": "problem", "where": p.where, "message": p.message,
                         "reason": p.reason})
            return rows
        rows.append({"kind": "digest", "rank": list(key), "story": to_dict([d])["stories"][0]})
    return rows


# -- the job --------------------------------------------------------------------------

def session(master: str | None = None, app: str = "storyline") -> Any:
    """A SparkSession; local mode binds to 127.0.0.1, uses this interpreter, and gives
    the driver (which is also the executor) STORYLINE_SPARK_MEMORY (default 3g): the
    default 1g loses cached partitions on a 100,000-article pile."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    log4j = Path(__file__).with_name("log4j2.properties").as_uri()
    builder = (SparkSession.builder.appName(app)
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={log4j}")
               .config("spark.executor.extraJavaOptions",
                       f"-Dlog4j2.configurationFile={log4j}"))
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.driver.memory",
                           os.environ.get("STORYLINE_SPARK_MEMORY", "3g")))
    return builder.getOrCreate()


def run(
    spark: Any,
    inputs: Sequence[str],
    out: str,
    *,
    budget: Budget | None = None,
    method: str = DEFAULT_METHOD,
    min_sources: int = 1,
    block_days: int = BLOCK_DAYS,
    lead_in_days: int | None = None,
    fields: FieldMap | None = None,
    partitions: int | None = None,
    sections: Sequence[str] = SECTIONS,
) -> JobReport:
    """Read, group, digest and write; see the module docstring."""
    sc = spark.sparkContext
    fields = dict(fields or {})
    budget = budget or Budget()
    parts = partitions or max(2, sc.defaultParallelism * 2)
    raw, items = _read(spark, inputs, fields, parts)
    items = items.persist(_spill())

    report = JobReport()
    report.skipped = dict(
        items.filter(lambda it: it[0] != "article")
        .map(lambda it: (it[1].reason or "bad record") if it[0] == "problem" else it[1])
        .countByValue())
    report.problems = [it[1] for it in
                       items.filter(lambda it: it[0] == "problem").take(1000)]
    articles = (items.filter(lambda it: it[0] == "article").map(lambda it: it[1])
                .persist(_spill()))
    report.articles = articles.count()
    items.unpersist()
    raw.unpersist()

    lead = lead_in(lead_in_days)
    placements = (articles.flatMap(lambda a: block_members(a, block_days, lead))
                  .groupByKey(parts).flatMap(placements_of).collect())
    final = stitch_blocks(placements)
    roots = {p.article_id: p.root for p in placements if p.core}
    firsts: dict[tuple[int, int], tuple] = {}
    for article_id, key in articles.map(lambda a: (a.id, chronological_key(a))).collect():
        story = final[article_id]
        firsts[story] = min(firsts.get(story, key), key)
    ids = number(firsts.items())
    report.stories = len(ids)
    assign = sc.parallelize([(a, (ids[s], roots.get(a, a))) for a, s in final.items()], parts)

    rows = (articles.keyBy(lambda a: a.id).join(assign)
            .map(lambda kv: (kv[1][1][0], (kv[1][0], kv[1][1][1])))
            .groupByKey(parts)
            .flatMap(lambda story: digest_row(story, budget, method, min_sources, sections))
            .persist(_spill()))
    failed = [Problem(r["where"], r["message"], r["reason"]) for r in
              rows.filter(lambda r: r["kind"] == "problem").collect()]
    if failed:
        report.skipped["digest failed"] = len(failed)
        report.problems = report.problems + failed
    _write(spark, rows, problems=items_problems(report), out=out)
    report.digests = rows.filter(lambda r: r["kind"] == "digest").count()
    rows.unpersist()
    articles.unpersist()
    return report


def items_problems(report: JobReport) -> list[dict[str, str]]:
    return [{"where": p.where, "message": p.message, "reason": p.reason or ""}
            for p in report.problems]


def _read(spark: Any, inputs: Sequence[str], fields: FieldMap, parts: int) -> tuple[Any, Any]:
    """(raw items as read, items with unique ids and non-English articles reported)."""
    sc = spark.sparkContext
    rdds = []
    for index, path in enumerate(inputs):
        fs, hpath = _fs(spark, path)
        if not fs.exists(hpath(path)):
            missing = Problem(path, "no such file or folder", "missing file")
            rdds.append(sc.parallelize([("problem", missing)], 1))
            continue
        if _is_parquet(spark, path):
            rows = spark.read.parquet(path).rdd.map(lambda r: r.asDict(recursive=True))
            rdds.append(rows.zipWithIndex().map(
                lambda ri, path=path, index=index: read_record(ri[0], path, index, ri[1],
                                                               fields)))
            continue
        files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                 .load(path).select("path", "content").rdd)
        root = path.rstrip("/")
        rdds.append(files.filter(lambda r: readable(PurePosixPath(r.path)))
                    .filter(lambda r, root=root: not _hidden(r.path, root))
                    .flatMap(lambda r, index=index, root=root: read_file(
                        r.path, bytes(r.content), (index, _parts(r.path, root)), fields)))
    items = (sc.union(rdds) if rdds else sc.emptyRDD()).persist(_spill())
    articles = (items.filter(lambda it: it[0] == "article")
                .map(lambda it: (it[1][1].id, it[1]))
                .groupByKey(parts).flatMap(unique_ids)
                .mapPartitions(keep_summarizable))
    return items, items.filter(lambda it: it[0] != "article").union(articles)


def _spill() -> Any:
    """Cached partitions that do not fit in memory go to disk, never get lost."""
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


def _is_parquet(spark: Any, path: str) -> bool:
    if path.rstrip("/").endswith(".parquet"):
        return True
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(hpath) or not fs.getFileStatus(hpath).isDirectory():
        return False
    names = [s.getPath().getName() for s in fs.listStatus(hpath)]
    return bool(names) and all(n.endswith(".parquet") or n.startswith(("_", ".")) for n in names)


def _parts(path: str, root: str) -> tuple[str, ...]:
    """A file's path below its input, as parts: the order `read_articles` walks a folder."""
    full = PurePosixPath(path.split(":", 1)[-1].lstrip("/"))
    base = PurePosixPath(root.split(":", 1)[-1].lstrip("/"))
    try:
        return full.relative_to(base).parts
    except ValueError:
        return full.parts


def _hidden(path: str, root: str) -> bool:
    return any(part.startswith(".") for part in _parts(path, root))


def _write(spark: Any, rows: Any, problems: list[dict[str, str]], out: str) -> None:
    """Write each dataset under OUT/_attempt, then swap it into place."""
    from pyspark.sql import Row

    attempt = f"{out.rstrip('/')}/_attempt"
    fs, hpath = _fs(spark, attempt)
    fs.delete(hpath(attempt), True)  # a killed run's leftovers

    members = rows.filter(lambda r: r["kind"] == "member").map(
        lambda r: Row(id=r["id"], story=r["story"], copy_of=r["copy_of"]))
    member_df = spark.createDataFrame(members, "id string, story string, copy_of string") \
        .orderBy("story", "id")
    member_df.write.parquet(f"{attempt}/stories")
    member_df.rdd.map(lambda r: json.dumps(
        {"id": r.id, "story": r.story, "copy_of": r.copy_of}, ensure_ascii=False)
    ).saveAsTextFile(f"{attempt}/stories.jsonl")

    digests = (rows.filter(lambda r: r["kind"] == "digest")
               .sortBy(lambda r: tuple(r["rank"]))
               .zipWithIndex()
               .map(lambda ri: _digest_record(ri[0], ri[1] + 1)))
    digest_df = spark.createDataFrame(
        digests, "rank int, story string, headline string, sources int, articles int, "
                 "first string, last string, digest string").orderBy("rank")
    digest_df.write.parquet(f"{attempt}/digests")
    digest_df.select("digest").write.text(f"{attempt}/digests.jsonl")
    spark.sparkContext.parallelize([json.dumps(p) for p in problems], 1) \
        .saveAsTextFile(f"{attempt}/problems.jsonl")

    for name in DATASETS:
        fs.delete(hpath(f"{out}/{name}"), True)
        fs.rename(hpath(f"{attempt}/{name}"), hpath(f"{out}/{name}"))
    fs.delete(hpath(attempt), True)


def _digest_record(row: dict[str, Any], rank: int) -> tuple:
    story = row["story"]
    doc = {"schema": "storyline.digest", "schema_version": SCHEMA_VERSION, "rank": rank, **story}
    sources = story["sources"]
    return (rank, story["id"], story["headline"], len(sources),
            len(sources) + sum(len(s["copies"]) for s in sources),
            story["first"], story["last"], json.dumps(doc, ensure_ascii=False))


def _fs(spark: Any, path: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    make = jvm.org.apache.hadoop.fs.Path
    return make(path).getFileSystem(conf), make


def read_output(out: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The (membership rows, digests) a job wrote to a local OUT folder, in order."""
    def lines(name: str) -> list[dict[str, Any]]:
        files = sorted((Path(out) / name).glob("part-*"))
        return [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines()
                if line.strip()]

    return lines("stories.jsonl"), lines("digests.jsonl")

