"""The `storyline` command: a thin shell over the library (see storyline.pipeline)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence

from storyline import __version__
from storyline.evaluate import PROTOCOL_WORDS, SCORERS, load_clusters, mean_score
from storyline.evaluate import summarize_cluster as eval_summary
from storyline.model import Problem
from storyline.pipeline import digest_articles, load
from storyline.render import FORMATS, render
from storyline.summarize import DEFAULT_METHOD, METHODS, Budget


class _Reporter:
    """Prints each bad record as one line on stderr and keeps them for the JSON output."""

    def __init__(self, quiet: bool = False):
        self.problems: list[Problem] = []
        self.quiet = quiet

    def __call__(self, problem: Problem) -> None:
        self.problems.append(problem)
        if not self.quiet:
            print(f"storyline: skipped {problem}", file=sys.stderr)


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
        description="Digest news articles (.txt, .json, .jsonl files, folders, or - for "
        "stdin) into one summary whose every sentence cites the sources that report it.",
    )
    d.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder or - (stdin)")
    length = d.add_mutually_exclusive_group()
    length.add_argument("--words", type=_positive, default=150,
                        help="word budget of the digest (default: 150)")
    length.add_argument("--sentences", type=_positive, help="sentence budget instead of words")
    d.add_argument("--method", choices=sorted(METHODS), default=DEFAULT_METHOD,
                   help=f"summarization strategy (default: {DEFAULT_METHOD})")
    d.add_argument("--format", choices=FORMATS, default="markdown",
                   help="output format (default: markdown)")
    d.add_argument("--quiet", "-q", action="store_true", help="do not report skipped input")
    d.set_defaults(run=_digest)

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


def _digest(args: argparse.Namespace) -> int:
    report = _Reporter(args.quiet)
    articles = load(args.inputs, report)
    if not articles:
        print("storyline: error: no readable article in the input", file=sys.stderr)
        return 1
    words = None if args.sentences else args.words
    d = digest_articles(articles, Budget(words=words, sentences=args.sentences), args.method)
    sys.stdout.write(render([d], args.format, report.problems))
    if report.problems and not args.quiet:
        print(f"storyline: read {len(articles)} articles, skipped {len(report.problems)}",
              file=sys.stderr)
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
