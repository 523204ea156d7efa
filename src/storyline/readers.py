"""Readers: turn files, folders and stdin into `Article`s.

Every reader yields articles one at a time and reports a bad record as a `Problem`
through `on_problem`, then carries on: one broken article never sinks a batch.

Formats:
- ``.txt`` — optional front matter (``Source:``, ``Date:``, ``URL:``, ``Author:``,
  ``Title:`` lines, then a blank line); then the first non-empty line is the headline,
  unless it reads as a sentence (ends with a full stop), in which case it is the lede
  and the article is untitled.
- ``.json`` — one article object, a list of them, or ``{"articles": [...]}``.
- ``.jsonl`` — one article object a line.
Fields: ``text`` (required), ``title``, ``url``, ``source``, ``published`` (or ``date``),
``author``, ``id``; anything else is kept in `Article.metadata`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.model import Article, Problem

ProblemHandler = Callable[[Problem], None]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

_FRONT_MATTER = re.compile(
    r"^(source|outlet|date|published|url|link|author|byline|title|headline)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_FRONT_KEYS = {
    "source": "source", "outlet": "source", "date": "published", "published": "published",
    "url": "url", "link": "url", "author": "author", "byline": "author",
    "title": "title", "headline": "title",
}
_FIELD_ALIASES = {
    "text": ("text", "body", "content", "article", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "site_name", "publisher"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate"),
    "author": ("author", "authors", "byline"),
    "id": ("id", "doc_id"),
}


class InputError(ValueError):
    """A record that cannot become an article; its message is one line for the user."""


def _raise(problem: Problem) -> None:
    raise InputError(str(problem))


def read_articles(
    inputs: Iterable[str | Path], on_problem: ProblemHandler | None = None
) -> Iterator[Article]:
    """Yield the articles found in files, folders (recursively) and ``-`` (stdin).

    Without `on_problem`, the first bad record raises `InputError`.
    """
    report = on_problem or _raise
    seen_ids: dict[str, int] = {}
    for item in inputs:
        for article in _read_input(str(item), report):
            yield _unique(article, seen_ids)


def _unique(article: Article, seen: dict[str, int]) -> Article:
    """Article ids must be unique in a run; a repeated id gets a ``~N`` suffix."""
    count = seen.get(article.id, 0)
    seen[article.id] = count + 1
    if count == 0:
        return article
    return replace(article, id=f"{article.id}~{count + 1}")


def _read_input(item: str, report: ProblemHandler) -> Iterator[Article]:
    if item == "-":
        yield from parse_bytes(sys.stdin.buffer.read(), "-", "stdin", report)
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            report(Problem(item, "folder holds no .txt, .json or .jsonl files"))
        for file in files:
            yield from read_file(file, report)
    elif path.exists():
        yield from read_file(path, report)
    else:
        report(Problem(item, "no such file or folder"))


def read_file(path: Path, report: ProblemHandler) -> Iterator[Article]:
    """Read one file of any supported format."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        report(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        return
    yield from parse_bytes(data, str(path), path.stem, report, suffix=path.suffix.lower())


def parse_bytes(
    data: bytes, where: str, stem: str, report: ProblemHandler, suffix: str = ""
) -> Iterator[Article]:
    """Decode and parse one input's bytes; the format comes from `suffix` or the content."""
    text = decode(data)
    if text is None:
        report(Problem(where, "not text in any encoding storyline recognises"))
        return
    if not text.strip():
        report(Problem(where, "empty input"))
        return
    fmt = _format_of(text, suffix)
    if fmt == "jsonl":
        yield from _parse_jsonl(text, where, stem, report)
    elif fmt == "json":
        yield from _parse_json(text, where, stem, report)
    else:
        article = parse_text(text, where, stem)
        if article.text.strip():
            yield article
        else:
            report(Problem(where, "no article text after the headline"))


def decode(data: bytes) -> str | None:
    """UTF-8 first (BOM tolerated); otherwise the encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _format_of(text: str, suffix: str) -> str:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        first_line = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first_line)
            return "jsonl"
        except ValueError:
            return "json"
    return "text"


def parse_text(text: str, where: str, stem: str) -> Article:
    """Parse a plain-text article: front matter, headline, body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    block_end = i
    while block_end < len(lines) and lines[block_end].strip():
        block_end += 1
    block = lines[i:block_end]
    if block and all(_FRONT_MATTER.match(line.strip()) for line in block):
        for line in block:
            m = _FRONT_MATTER.match(line.strip())
            assert m is not None
            fields[_FRONT_KEYS[m.group(1).lower()]] = m.group(2).strip()
        i = block_end
    body_lines = lines[i:]
    title = fields.get("title", "")
    if not title:
        j = 0
        while j < len(body_lines) and not body_lines[j].strip():
            j += 1
        if j < len(body_lines) and _is_headline(body_lines[j].strip()):
            title = body_lines[j].strip()
            body_lines = body_lines[j + 1 :]
    body = _dedent_paragraphs("\n".join(body_lines))
    return Article(
        id=stem,
        text=body,
        title=title,
        source=fields.get("source") or _outlet_from_stem(stem),
        url=fields.get("url", ""),
        published=parse_date(fields.get("published", "")),
        author=fields.get("author", ""),
        origin=where,
    )


def _is_headline(line: str) -> bool:
    """A headline does not end with a full stop; a first line that does is the lede."""
    return not re.search(r"\.[\"'”’)\]]*$", line)


def _dedent_paragraphs(body: str) -> str:
    """Strip each line's indentation and the body's outer blank lines."""
    return "\n".join(line.strip() for line in body.split("\n")).strip()


def _outlet_from_stem(stem: str) -> str:
    """'the-herald' -> 'The Herald'; used only when no metadata names the outlet."""
    words = re.split(r"[-_\s]+", stem)
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or stem


def parse_date(value: Any) -> datetime | None:
    """Parse a publication date; aware times are normalised to UTC, bad ones dropped."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, int | float):
        dt = datetime.fromtimestamp(value, tz=UTC)
    else:
        from dateutil import parser as date_parser

        try:
            dt = date_parser.parse(str(value))
        except (ValueError, OverflowError):
            return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt


def _parse_jsonl(text: str, where: str, stem: str, report: ProblemHandler) -> Iterator[Article]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        loc = f"{where}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            report(Problem(loc, f"not valid JSON ({exc.msg})"))
            continue
        article = _from_record(record, loc, f"{stem}:{number}", report)
        if article is not None:
            yield article


def _parse_json(text: str, where: str, stem: str, report: ProblemHandler) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        report(Problem(where, f"not valid JSON ({exc.msg} at line {exc.lineno})"))
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        loc = where if len(records) == 1 else f"{where}[{number - 1}]"
        default_id = stem if len(records) == 1 else f"{stem}:{number}"
        article = _from_record(record, loc, default_id, report)
        if article is not None:
            yield article


def _pick(record: dict[str, Any], name: str) -> Any:
    for key in _FIELD_ALIASES[name]:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _from_record(
    record: Any, where: str, default_id: str, report: ProblemHandler
) -> Article | None:
    """Build an article from a JSON object, or report why it cannot be one."""
    if not isinstance(record, dict):
        report(Problem(where, f"expected a JSON object, got {type(record).__name__}"))
        return None
    text = _pick(record, "text")
    if not isinstance(text, str) or not text.strip():
        report(Problem(where, "record has no article text (field 'text')"))
        return None
    author = _pick(record, "author")
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    known = {key for aliases in _FIELD_ALIASES.values() for key in aliases}
    raw_date = _pick(record, "published")
    published = parse_date(raw_date)
    if raw_date not in (None, "") and published is None:
        report(Problem(where, f"unreadable date {str(raw_date)[:40]!r}; kept the article undated"))
    source = _pick(record, "source")
    stem = default_id.split(":")[0]
    return Article(
        id=str(_pick(record, "id") or default_id),
        text=_dedent_paragraphs(text.replace("\r\n", "\n")),
        title=str(_pick(record, "title") or "").strip(),
        source=str(source).strip() if source else _outlet_from_stem(stem),
        url=str(_pick(record, "url") or ""),
        published=published,
        author=str(author or ""),
        origin=where,
        metadata={k: v for k, v in record.items() if k not in known},
    )
