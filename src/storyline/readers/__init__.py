"""Readers: turn files, folders and stdin into `Article`s, whatever the format.

Formats, chosen by content first and file name second (see `source.sniff`):
- ``.txt`` — optional front matter (``Source:``, ``Date:``, ``URL:``, ``Author:``,
  ``Title:``), then a headline line, then the body (`text.parse_text`);
- ``.json`` (object, list, or ``{"articles": [...]}``), ``.jsonl``, ``.csv`` — fields
  recognised by name, or mapped with ``fields={"text": "body"}`` (`records`);
- HTML pages (trafilatura), RSS/Atom feeds (feedparser), WARC/ARC archives (warcio);
- any of these gzip-, bzip2-, xz- or zstd-compressed.
JSONL, CSV and WARC are streamed record by record, so memory stays flat however large
the input. A bad record is reported as a `Problem` naming the file and position, and
reading goes on; a `ReadStats` tallies what was read and what was skipped, by reason.
"""

from __future__ import annotations

import lzma
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import BinaryIO

from storyline.model import Article, Problem
from storyline.readers.feed import iter_feed
from storyline.readers.html import parse_html
from storyline.readers.meta import detect_language, outlet_for, parse_date, register_outlets
from storyline.readers.records import FieldMap, iter_csv, iter_json_document, iter_jsonl
from storyline.readers.source import (
    COMPRESSED_SUFFIXES,
    DecompressionBomb,
    decode,
    describe,
    is_warc,
    open_stream,
    read_limited,
    repair,
    sniff,
    strip_compression_suffix,
)
from storyline.readers.text import parse_text
from storyline.readers.warc import iter_warc

ProblemHandler = Callable[[Problem], None]

READABLE_SUFFIXES = {
    ".txt", ".text", ".md", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".html", ".htm",
    ".xhtml", ".rss", ".atom", ".xml", ".warc", ".arc",
}


class InputError(ValueError):
    """A record that cannot become an article; its message is one line for the user."""


@dataclass
class ReadStats:
    """What a read produced: articles read, and records skipped by reason."""

    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """'read 2,000 articles; skipped 12: 10 WARC request record, 2 invalid JSON'."""
        line = f"read {self.read:,} article{'s' if self.read != 1 else ''}"
        total = sum(self.skipped.values())
        if total:
            parts = ", ".join(f"{n:,} {reason}" for reason, n in self.skipped.most_common())
            line += f"; skipped {total:,}: {parts}"
        return line


def _raise(problem: Problem) -> None:
    raise InputError(str(problem))


def read_articles(
    inputs: Iterable[str | Path],
    on_problem: ProblemHandler | None = None,
    *,
    fields: FieldMap | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Article]:
    """Yield the articles in files, folders (recursively) and ``-`` (stdin).

    Without `on_problem`, the first bad record raises `InputError`. Article ids are made
    unique within the run; missing languages are detected.
    """
    report = on_problem or _raise
    tally = stats if stats is not None else ReadStats()
    seen: dict[str, int] = {}
    for item in inputs:
        for got in _read_input(str(item), fields or {}):
            if isinstance(got, Problem):
                tally.skipped[got.reason or "bad record"] += 1
                report(got)
            elif isinstance(got, str):
                tally.skipped[got] += 1
            else:
                tally.read += 1
                yield finish(got, seen)


def finish(article: Article, seen: dict[str, int]) -> Article:
    """The article `prepared`, with an id unique among those `seen` so far (a, a~2, …)."""
    count = seen.get(article.id, 0)
    seen[article.id] = count + 1
    return prepared(replace(article, id=nth_id(article.id, count + 1)) if count else article)


def prepared(article: Article) -> Article:
    """What every reader's output gets before it is used: its text and title repaired
    where they were decoded wrongly upstream (`source.repair`), its language detected."""
    text, title = repair(article.text), repair(article.title)
    if text is not article.text or title is not article.title:
        article = replace(article, text=text, title=title)
    return with_language(article)


def nth_id(article_id: str, n: int) -> str:
    """The id of the n-th article read with the same id: a, a~2, a~3..."""
    return article_id if n == 1 else f"{article_id}~{n}"


def with_language(article: Article) -> Article:
    """The article with its language detected, unless the input gave one."""
    if article.language:
        return article
    return replace(article, language=detect_language(article.text))


def _read_input(item: str, fields: FieldMap) -> Iterator[Article | Problem | str]:
    if item == "-":
        yield from read_stream(sys.stdin.buffer, "-", "stdin", "", None, fields)
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and readable(p)
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            yield Problem(item, "folder holds no file storyline can read", "empty folder")
        for file in files:
            yield from read_path(file, fields)
    elif path.exists():
        yield from read_path(path, fields)
    else:
        yield Problem(item, "no such file or folder", "missing file")


def readable(path: PurePath) -> bool:
    """Whether a file in a folder is one storyline reads (by its name)."""
    name = path.name.lower()
    if any(name.endswith(s) for s in COMPRESSED_SUFFIXES):
        name = strip_compression_suffix(name)
    return Path(name).suffix in READABLE_SUFFIXES


def read_path(path: Path, fields: FieldMap | None = None) -> Iterator[Article | Problem | str]:
    """Every article, problem and skip of one file."""
    plain = Path(strip_compression_suffix(path.name))
    try:
        handle = path.open("rb")
        size = path.stat().st_size
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}", "unreadable file")
        return
    with handle:
        yield from read_stream(handle, str(path), plain.stem, plain.suffix.lower(), size,
                               fields or {})


def read_stream(
    raw: BinaryIO, where: str, stem: str, suffix: str, size: int | None, fields: FieldMap
) -> Iterator[Article | Problem | str]:
    """Decompress, sniff and parse one input stream."""
    kind: str | None = None
    try:
        if is_warc(raw):  # warcio reads WARC.gz member by member itself
            yield from iter_warc(raw, where)
            return
        stream, kind = open_stream(raw, size)
        head = stream.peek(4096)[:4096]
        if not head.strip():
            yield Problem(where, "empty input", "empty file")
            return
        fmt = sniff(head, suffix)
        if fmt == "warc":
            yield from iter_warc(stream, where)
        elif fmt == "jsonl":
            yield from iter_jsonl(stream, where, stem, fields)
        elif fmt == "csv":
            yield from iter_csv(stream, where, stem, fields, "\t" if suffix == ".tsv" else ",")
        else:
            yield from _whole_document(stream, where, stem, fmt, fields)
    except DecompressionBomb as exc:
        yield Problem(where, str(exc), "decompression bomb")
    except (EOFError, OSError, zlib.error, lzma.LZMAError) as exc:
        what = f"{kind} data" if kind else "file"
        yield Problem(where, f"truncated or corrupt {what}; read what came before "
                             f"({describe(exc)})", "corrupt file")
    except Exception as exc:  # zstandard.ZstdError and kin: one bad file, never the batch
        if type(exc).__module__.startswith(("zstandard", "_zstd")):
            yield Problem(where, f"corrupt zstd data ({describe(exc)})", "corrupt file")
        else:
            raise


def _whole_document(
    stream: BinaryIO, where: str, stem: str, fmt: str, fields: FieldMap
) -> Iterator[Article | Problem | str]:
    data = read_limited(stream)
    if data is None:
        yield Problem(where, "document larger than 64 MB skipped", "too large")
        return
    if fmt == "html":
        yield parse_html(data, where, stem)
        return
    if fmt == "feed":
        yield from iter_feed(data, where, stem)
        return
    text = decode(data)
    if text is None:
        yield Problem(where, "not text in any encoding storyline recognises", "not text")
    elif fmt == "json":
        yield from iter_json_document(text, where, stem, fields)
    else:
        article = parse_text(text, where, stem)
        if article.text.strip():
            yield article
        else:
            yield Problem(where, "no article text after the headline", "no text")


__all__ = [
    "FieldMap", "InputError", "ProblemHandler", "ReadStats", "detect_language", "finish",
    "nth_id",
    "outlet_for", "parse_date", "read_articles", "read_path", "read_stream", "readable",
    "register_outlets", "with_language",
]
