"""The `storyline` command: a thin shell over the library (see storyline.pipeline)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence

from storyline import __version__
from storyline.analyze import SECTIONS
from storyline.blocks import BLOCK_DAYS, group_blocked, lead_in
from storyline.evaluate import PROTOCOL_WORDS, SCORERS, load_clusters, mean_score
from storyline.evaluate import summarize_cluster as eval_summary
from storyline.group import chronological, group
from storyline.model import Article, Problem
from storyline.pipeline import (
    NOT_SUMMARIZED,
    digest_one_story,
    digest_stories,
    load,
    summarizable,
)
from storyline.readers import ReadStats
from storyline.readers.records import FIELDS
from storyline.render import FORMATS, clean, date_text, membership, render
from storyline.summarize import DEFAULT_METHOD, METHODS, Budget


class _Reporter:
    """Prints each bad record as one line on stderr, keeps them for the JSON output, and
    closes with what was read and skipped, by reason."""

    def __init__(self, quiet: bool = False):
        self.problems: list[Problem] = []
        self.quiet = quiet
        self.stats = ReadStats()

    def __call__(self, problem: Problem) -> None:
        self.problems.append(problem)
        if not self.quiet:
            verb = "not summarized" if problem.reason in NOT_SUMMARIZED else "skipped"
            print(f"storyline: {verb} {problem}", file=sys.stderr)

    def close(self) -> None:
        if self.quiet or not (self.problems or self.stats.skipped):
            return
        line = self.stats.summary()
        for reason in NOT_SUMMARIZED:
            count = sum(p.reason == reason for p in self.problems)
            if count:
                line += f"; {count} not summarized ({reason})"
        print(f"storyline: {line}", file=sys.stderr)


def _fields(pairs: list[str] | None) -> dict[str, str]:
    mapping = {}
    for pair in pairs or []:
        name, sep, key = pair.partition("=")
        if not sep or name not in FIELDS or not key:
            raise argparse.ArgumentTypeError(
                f"--field takes NAME=KEY with NAME one of {', '.join(FIELDS)}; got {pair!r}")
        mapping[name] = key
    return mapping


def _sections(value: str) -> tuple[str, ...]:
    if value == "all":
        return SECTIONS
    if value == "none":
        return ()
    picked = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in picked if v not in SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}, all, none")
    return picked


def _positive(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline",
        description="Turn a pile of news articles into a cited multi-source digest.",
    )
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    d = sub.add_parser(
        "digest",
        help="digest articles into one cited story summary",
        description="Group news articles into stories and digest each: every digest sentence "
        "cites all the sources that report it. Input: files, folders or - (stdin) of .txt, "
        ".json, .jsonl, .csv, HTML pages, RSS/Atom feeds or WARC archives, optionally "
        "gzip/bzip2/xz/zstd-compressed; formats are recognised by content.",
    )
    d.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or - (stdin)")
    _digest_options(d)
    d.add_argument("--format", choices=FORMATS, default="markdown",
                   help="output format (default: markdown)")
    d.add_argument("--one-story", action="store_true",
                   help="treat all input as one story (no grouping; syndicated copies "
                   "are still folded)")
    d.add_argument("--block-days", type=_positive, metavar="DAYS",
                   help="group block by block, DAYS days each, as `storyline spark` does "
                   "(default: one pass over the whole pile)")
    d.add_argument("--lead-in-days", type=_positive, metavar="DAYS",
                   help="with --block-days: days before a block whose articles re-create "
                   "the stories alive at its start (default: 14, the story window)")
    d.add_argument("--quiet", "-q", action="store_true",
                   help="do not report skipped input or progress")
    d.set_defaults(run=_digest)

    g = sub.add_parser(
        "group",
        help="group articles into stories and fold syndicated copies",
        description="Group a pile of articles into stories and write one line per article: "
        '{"id": article id, "story": story id, "copy_of": original id or null}.',
    )
    g.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or - (stdin)")
    g.add_argument("--out", metavar="STORIES.jsonl", help="write here instead of stdout")
    g.add_argument("--field", action="append", metavar="NAME=KEY",
                   help="map an input field for JSON/JSONL/CSV, e.g. text=body (repeatable)")
    g.add_argument("--block-days", type=_positive, metavar="DAYS",
                   help="group block by block, DAYS days each, as `storyline spark` does "
                   "(default: one pass over the whole pile)")
    g.add_argument("--lead-in-days", type=_positive, metavar="DAYS",
                   help="with --block-days: days before a block whose articles re-create "
                   "the stories alive at its start (default: 14, the story window)")
    g.add_argument("--quiet", "-q", action="store_true",
                   help="do not report skipped input or progress")
    g.set_defaults(run=_group)

    s = sub.add_parser(
        "spark",
        help="run the pipeline as an Apache Spark job (needs storyline[spark])",
        description="Read, group (block by block in time), digest and write a pile on "
        "Apache Spark, with the library's own functions: the output equals `storyline "
        "digest --block-days DAYS --format json`. Inputs are files or folders on any "
        "Hadoop-compatible path (file://, hdfs://, s3a://) in any format storyline reads, "
        "or Parquet. Writes OUT/stories and OUT/digests (Parquet), OUT/stories.jsonl, "
        "OUT/digests.jsonl and OUT/problems.jsonl (JSON lines in part files); a re-run "
        "replaces them whole.",
    )
    s.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder (any Hadoop path)")
    s.add_argument("--out", required=True, metavar="OUT", help="output folder")
    s.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    s.add_argument("--block-days", type=_positive, default=BLOCK_DAYS, metavar="DAYS",
                   help=f"days per grouping block (default: {BLOCK_DAYS})")
    s.add_argument("--lead-in-days", type=_positive, metavar="DAYS",
                   help="days before a block whose articles re-create "
                   "the stories alive at its start (default: 14, the story window)")
    s.add_argument("--partitions", type=_positive, metavar="N",
                   help="shuffle partitions (default: twice the default parallelism)")
    _digest_options(s)
    s.add_argument("--quiet", "-q", action="store_true",
                   help="do not report skipped input")
    s.set_defaults(run=_spark)

    i = sub.add_parser(
        "ingest",
        help="add articles to a newsroom store (SQLite), updating its stories",
        description="Read articles (any input `digest` reads), store the new ones in the "
        "SQLite file DB (created if missing) and place them in stories, then make the "
        "digests of the stories that changed. An article seen before (same URL, or same "
        "outlet, title and text) is stored once. Each batch is committed as it is stored.",
    )
    i.add_argument("inputs", nargs="+", metavar="SOURCE", help="file, folder or - (stdin)")
    i.add_argument("--db", required=True, metavar="DB", help="the store (a SQLite file)")
    i.add_argument("--field", action="append", metavar="NAME=KEY",
                   help="map an input field for JSON/JSONL/CSV, e.g. text=body (repeatable)")
    i.add_argument("--batch", type=_positive, default=500, metavar="N",
                   help="articles per transaction (default: 500)")
    i.add_argument("--no-digests", dest="digests", action="store_false",
                   help="do not make digests now (they are made when first read)")
    i.add_argument("--quiet", "-q", action="store_true",
                   help="do not report skipped input or progress")
    i.set_defaults(run=_ingest)

    t = sub.add_parser(
        "stories",
        help="list the stories of a newsroom store",
        description="List the stories of a store, most recently updated first.",
    )
    t.add_argument("--db", required=True, metavar="DB", help="the store (a SQLite file)")
    t.add_argument("--search", default="", metavar="WORDS",
                   help="only stories whose articles contain all these words")
    t.add_argument("--order", choices=("updated", "sources"), default="updated",
                   help="last update first (default) or most independent sources first")
    t.add_argument("--limit", type=_positive, default=50, help="how many (default: 50)")
    t.add_argument("--format", choices=("text", "json"), default="text",
                   help="text (default): one story a line; json: one JSON object a line")
    t.set_defaults(run=_stories)

    v = sub.add_parser(
        "serve",
        help="serve a newsroom store: web page and JSON API (needs storyline[serve])",
        description="Serve the store over HTTP: the story list and story pages at /, a JSON "
        "API under /api (OpenAPI at /docs). Articles can be posted (API) or pasted and "
        "uploaded (page). Listens on 127.0.0.1 unless told otherwise.",
    )
    v.add_argument("--db", required=True, metavar="DB", help="the store (a SQLite file)")
    v.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    v.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    v.add_argument("--max-request-mb", type=_positive, default=20, metavar="MB",
                   help="largest request body accepted (default: 20)")
    v.set_defaults(run=_serve)

    e = sub.add_parser(
        "eval",
        help="score summaries of evaluation clusters with ROUGE",
        description="Summarize every cluster of a JSONL file ({id, documents, summaries} a "
        "line) and print ROUGE-1/ROUGE-2 per the protocol.",
    )
    e.add_argument("clusters", metavar="CLUSTERS.jsonl")
    e.add_argument("--protocol", choices=sorted(SCORERS), required=True,
                   help="duc: 100-word pooled recall; multinews: 250-word F1")
    e.add_argument("--words", type=_positive,
                   help="summary word budget (default: the protocol's, 100 or 250)")
    e.add_argument("--method", choices=sorted(METHODS), default=DEFAULT_METHOD)
    e.add_argument("--out", metavar="OUT.jsonl",
                   help='write {"id", "summary"} lines, one sentence a line in summary')
    e.add_argument("--quiet", "-q", action="store_true", help="no per-cluster lines")
    e.set_defaults(run=_eval)
    return parser


def _digest_options(parser: argparse.ArgumentParser) -> None:
    """The options `digest` and `spark` share: budget, method, fields, sections."""
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--words", type=_positive, default=150,
                        help="word budget of each digest (default: 150)")
    length.add_argument("--sentences", type=_positive, help="sentence budget instead of words")
    parser.add_argument("--method", choices=sorted(METHODS), default=DEFAULT_METHOD,
                        help=f"summarization strategy (default: {DEFAULT_METHOD})")
    parser.add_argument("--field", action="append", metavar="NAME=KEY",
                        help="map an input field of JSON, JSONL, CSV (and Parquet, on Spark) "
                        "records, e.g. text=body (repeatable)")
    parser.add_argument("--min-sources", type=_positive, default=1, metavar="N",
                        help="only stories reported by at least N independent outlets")
    parser.add_argument("--sections", type=_sections, default=SECTIONS, metavar="LIST",
                        help="cross-source sections to add, comma-separated from "
                        f"{','.join(SECTIONS)}; 'all' (default) or 'none'")


def _load(args: argparse.Namespace, report: _Reporter) -> list[Article]:
    try:
        fields = _fields(args.field)
    except argparse.ArgumentTypeError as exc:
        raise ValueError(str(exc)) from None
    return load(args.inputs, report, fields=fields, stats=report.stats)


def _digest(args: argparse.Namespace) -> int:
    report = _Reporter(args.quiet)
    articles = _load(args, report)
    if not articles:
        report.close()
        print("storyline: error: no readable article in the input", file=sys.stderr)
        return 1
    budget = Budget(words=None if args.sentences else args.words, sentences=args.sentences)
    if args.one_story:
        usable = summarizable(articles, report)
        digests = [digest_one_story(usable, budget, args.method, sections=args.sections)] \
            if usable else []
    else:
        digests = digest_stories(articles, budget, args.method, args.min_sources,
                                 _progress(args.quiet, "grouped"), report, args.block_days,
                                 args.sections, args.lead_in_days)
    if not digests and sum(p.reason in NOT_SUMMARIZED for p in report.problems) == len(articles):
        report.close()  # (every article read was reported as one storyline does not summarize)
        print("storyline: error: no article in the input that storyline can summarize",
              file=sys.stderr)
        return 1
    sys.stdout.write(render(digests, args.format, report.problems))
    report.close()
    return 0


def _progress(quiet: bool, verb: str) -> Callable[[int], None] | None:
    """Progress lines on stderr, only for a person watching a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    return lambda n: print(f"\rstoryline: {verb} {n:,} articles", end="", file=sys.stderr)


def _group(args: argparse.Namespace) -> int:
    report = _Reporter(args.quiet)
    articles = _load(args, report)
    report.close()
    if not articles:
        print("storyline: error: no readable article in the input", file=sys.stderr)
        return 1
    if args.block_days:
        stories = group_blocked(articles, days=args.block_days,
                                lead_in=lead_in(args.lead_in_days))
    else:
        stories = group(articles, progress=_progress(args.quiet, "grouped"))
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        for story in stories:
            for row in membership(story):
                out.write(json.dumps(row) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet:
        print(f"storyline: {len(articles)} articles in {len(stories)} stories", file=sys.stderr)
    return 0


def _missing(extra: str, exc: ImportError) -> int:
    """A command whose optional dependencies are not installed: say which, and how."""
    print(f"storyline: error: the {extra} command needs storyline[{extra}] ({exc}); "
          f'install it with: pip install "storyline[{extra}]"', file=sys.stderr)
    return 2


def _spark(args: argparse.Namespace) -> int:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        return _missing("spark", exc)
    from storyline import spark

    fields = _fields(args.field)
    budget = Budget(words=None if args.sentences else args.words, sentences=args.sentences)
    master = args.master or (None if "PYSPARK_GATEWAY_PORT" in os.environ else "local[*]")
    session = spark.session(master)
    session.sparkContext.setLogLevel("ERROR")
    try:
        job = spark.run(session, args.inputs, args.out, budget=budget, method=args.method,
                        min_sources=args.min_sources, block_days=args.block_days,
                        lead_in_days=args.lead_in_days,
                        fields=fields, partitions=args.partitions, sections=args.sections)
    finally:
        session.stop()
    report = _Reporter(args.quiet)
    for problem in job.problems:
        report(problem)
    if not args.quiet:
        print(f"storyline: {job.summary()}; wrote {args.out}", file=sys.stderr)
    return 0 if job.articles else 1


def _ingest(args: argparse.Namespace) -> int:
    from storyline.store import Store

    report = _Reporter(args.quiet)
    articles = chronological(_load(args, report))
    report.close()
    stored = duplicates = kept = 0
    touched: set[str] = set()
    with Store(args.db) as store:
        for start in range(0, len(articles), args.batch):
            for done in store.add(articles[start:start + args.batch]):
                stored += done.status == "stored"
                duplicates += done.status == "duplicate"
                kept += done.status == "kept"
                if done.status == "stored" and done.story_id:
                    touched.add(done.story_id)
            if not args.quiet and sys.stderr.isatty():
                print(f"\rstoryline: stored {stored:,} of {len(articles):,}", end="",
                      file=sys.stderr)
        digests = store.refresh(_progress(args.quiet, "digested"), report) if args.digests else 0
        total = store.count()
    if not args.quiet:
        print(f"\rstoryline: {stored:,} stored, {duplicates:,} already in the store"
              + (f", {kept:,} kept but not summarized (language or no article text)"
                 if kept else "")
              + f"; {len(touched):,} stories updated, {digests:,} digests made; "
              f"{total:,} stories in {args.db}", file=sys.stderr)
    return 0 if articles else 1


def _stories(args: argparse.Namespace) -> int:
    from storyline.store import Store

    if not os.path.exists(args.db):
        raise ValueError(f"{args.db}: no such store (create it with storyline ingest)")
    with Store(args.db) as store:
        if args.search.strip():
            total, listing = store.search(args.search, args.limit)
        else:
            listing, total = store.stories("", args.limit, 0, args.order), store.count()
    for s in listing:
        if args.format == "json":
            print(json.dumps({"id": s.id, "headline": s.headline, "outlets": list(s.outlets),
                              "articles": s.articles, "sources": s.sources,
                              "first": s.first.isoformat() if s.first else None,
                              "last": s.last.isoformat() if s.last else None,
                              "updated": s.updated.isoformat()}, ensure_ascii=False))
        else:
            span = date_text(s.first) + (f" – {date_text(s.last)}" if s.last and s.first and
                                         s.last.date() != s.first.date() else "")
            print(f"{s.id}\t{clean(s.headline)}\t{s.articles} articles, {s.sources} outlets"
                  f" ({clean(', '.join(s.outlets[:3]))}{' …' if len(s.outlets) > 3 else ''})"
                  f"\t{span}")
    if args.format == "text":
        print(f"storyline: {len(listing)} of {total:,} stories", file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from storyline.web.app import create_app
    except ImportError as exc:
        return _missing("serve", exc)
    from storyline.store import Store

    store = Store(args.db)
    threading.Thread(target=store.warm, name="warm", daemon=True).start()
    local = args.host in ("127.0.0.1", "localhost", "::1")
    app = create_app(store, max_request_bytes=args.max_request_mb * 1024 * 1024,
                     local_only=local)
    print(f"storyline: serving {args.db} ({store.count():,} stories) at "
          f"http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _eval(args: argparse.Namespace) -> int:
    report = _Reporter()
    words = args.words or PROTOCOL_WORDS[args.protocol]
    scorer = SCORERS[args.protocol]
    scores = []
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115
    started = time.perf_counter()
    try:
        for cluster in load_clusters(args.clusters, report):
            summary = eval_summary(cluster, words, args.method)
            score = scorer(summary, cluster.summaries)
            scores.append(score)
            if out:
                out.write(json.dumps({"id": cluster.id, "summary": summary}) + "\n")
            if not args.quiet:
                print(f"{cluster.id}\tR-1 {score.rouge1:.2f}\tR-2 {score.rouge2:.2f}")
    finally:
        if out:
            out.close()
    mean = mean_score(scores)
    elapsed = time.perf_counter() - started
    print(f"{args.protocol} ({len(scores)} clusters, {words} words, method {args.method}): "
          f"ROUGE-1 {mean.rouge1:.2f}  ROUGE-2 {mean.rouge2:.2f}  "
          f"({elapsed / max(len(scores), 1):.3f} s per cluster)")
    return 0 if scores else 1


def main(argv: Sequence[str] | None = None) -> int:
    # Parsing libraries log warnings that quote the (untrusted) input; storyline reports
    # bad input itself, one clean line per record.
    for name in ("warcio", "trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.ERROR)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0
    except (OSError, ValueError) as exc:
        print(f"storyline: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
