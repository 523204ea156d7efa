"""Structured records — JSON, JSONL, CSV — to articles, with a field mapping.

Known field names are recognised (``text``/``body``/``content``, ``published``/``date``,
…); ``--field text=body_html`` style mappings override them. Unmapped fields are kept
as metadata.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from storyline.model import Article, Problem
from storyline.readers.meta import domain_of, outlet_for, parse_date
from storyline.readers.source import MAX_LINE_BYTES, lines
from storyline.readers.text import dedent_paragraphs, outlet_from_stem

FieldMap = Mapping[str, str]
FIELDS = ("text", "title", "url", "source", "published", "author", "id", "language")
_ALIASES = {
    "text": ("text", "body", "content", "article", "maintext", "article_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "uri"),
    "source": ("source", "outlet", "site_name", "publisher", "sitename"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate",
                  "publish_date"),
    "author": ("author", "authors", "byline"),
    "id": ("id", "doc_id", "article_id"),
    "language": ("language", "lang"),
}


def _pick(record: Mapping[str, Any], name: str, fields: FieldMap) -> Any:
    keys = (fields[name],) if name in fields else _ALIASES[name]
    for key in keys:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def record_to_article(
    record: Any, where: str, default_id: str, fields: FieldMap
) -> Article | Problem:
    """An article from one record, or the problem that stops it being one."""
    if not isinstance(record, dict):
        return Problem(where, f"expected an object, got {type(record).__name__}", "not an object")
    text = _pick(record, "text", fields)
    if not isinstance(text, str) or not text.strip():
        field = fields.get("text", "text")
        return Problem(where, f"record has no article text (field {field!r})", "no text")
    author = _pick(record, "author", fields)
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    url = str(_pick(record, "url", fields) or "")
    source = _pick(record, "source", fields)
    used = {fields.get(n, "") for n in FIELDS} | {k for a in _ALIASES.values() for k in a}
    return Article(
        id=str(_pick(record, "id", fields) or default_id),
        text=dedent_paragraphs(text),
        title=str(_pick(record, "title", fields) or "").strip(),
        source=str(source).strip() if source else (
            outlet_for(url) if domain_of(url) else outlet_from_stem(default_id.split(":")[0])),
        url=url,
        published=parse_date(_pick(record, "published", fields)),
        author=str(author or ""),
        origin=where,
        language=str(_pick(record, "language", fields) or ""),
        metadata={k: v for k, v in record.items() if k not in used},
    )


def iter_json_document(
    data: str, where: str, stem: str, fields: FieldMap
) -> Iterator[Article | Problem]:
    """One object, a list of objects, or ``{"articles": [...]}``."""
    try:
        doc = json.loads(data)
    except RecursionError:
        yield Problem(where, "JSON nested too deeply", "invalid JSON")
        return
    except ValueError as exc:
        yield Problem(where, f"not valid JSON ({_json_error(exc)})", "invalid JSON")
        return
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    records = doc if isinstance(doc, list) else [doc]
    for number, record in enumerate(records, start=1):
        loc = where if len(records) == 1 else f"{where}[{number - 1}]"
        yield record_to_article(record, loc, stem if len(records) == 1 else f"{stem}:{number}",
                                fields)


def iter_jsonl(
    stream: BinaryIO, where: str, stem: str, fields: FieldMap
) -> Iterator[Article | Problem]:
    """One object a line, streamed: memory stays flat however large the file."""
    for number, raw in lines(stream):
        loc = f"{where}:{number}"
        if raw is None:
            yield Problem(loc, f"line longer than {MAX_LINE_BYTES // 2**20} MB skipped",
                          "line too long")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except RecursionError:
            yield Problem(loc, "JSON nested too deeply", "invalid JSON")
            continue
        except UnicodeDecodeError:
            yield Problem(loc, "line is not UTF-8", "not UTF-8")
            continue
        except ValueError as exc:
            yield Problem(loc, f"not valid JSON ({_json_error(exc)})", "invalid JSON")
            continue
        yield record_to_article(record, loc, f"{stem}:{number}", fields)


def iter_csv(
    stream: BinaryIO, where: str, stem: str, fields: FieldMap, delimiter: str = ","
) -> Iterator[Article | Problem]:
    """A header row, then one article a row, streamed."""
    csv.field_size_limit(MAX_LINE_BYTES)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(f"{where}:{reader.line_num}", f"bad CSV row ({exc})", "bad CSV row")
            continue
        loc = f"{where}:{reader.line_num}"
        clean = {k: v for k, v in row.items() if isinstance(k, str)}
        yield record_to_article(clean, loc, f"{stem}:{reader.line_num}", fields)


def _json_error(exc: ValueError) -> str:
    return getattr(exc, "msg", None) or str(exc)[:80]
