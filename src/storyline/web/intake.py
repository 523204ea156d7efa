"""What the web app receives, turned into articles by the library's own readers.

Three shapes arrive: JSON (one article object, a list of them, or ``{"articles": [...]}``),
uploaded files (any format storyline reads, recognised by content), and text pasted in
the page (articles in the ``.txt`` format, separated by a line of dashes). Each record
becomes an `Article` or a one-line `Problem` naming it; one bad record never sinks the
rest. Nothing here touches the file system: uploads are parsed in memory.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from storyline.model import Article, Problem
from storyline.readers import finish, read_stream
from storyline.readers.records import record_to_article
from storyline.readers.source import strip_compression_suffix
from storyline.readers.text import parse_text

MAX_ARTICLES = 5000  # per request
_SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)
_SAFE_NAME = re.compile(r"[^\w.\-]+")

Intake = tuple[list[Article], list[Problem]]


def from_json(payload: Any) -> Intake:
    """Articles from a decoded JSON body: an object, a list, or {"articles": [...]}."""
    if isinstance(payload, dict) and isinstance(payload.get("articles"), list):
        records = payload["articles"]
    elif isinstance(payload, list):
        records = payload
    else:
        records = [payload]
    articles: list[Article] = []
    problems: list[Problem] = []
    for i, record in enumerate(records):
        got = record_to_article(record, f"articles[{i}]", f"posted-{i + 1}", {})
        if isinstance(got, Problem):
            problems.append(got)
        else:
            articles.append(got)
    return _finish(articles), problems


def from_files(files: Iterable[tuple[str, bytes]]) -> Intake:
    """Articles from uploaded (file name, content) pairs, parsed in memory."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, (filename, content) in enumerate(files, start=1):
        name = PurePosixPath(strip_compression_suffix(_safe_name(filename, number)))
        stream = io.BufferedReader(io.BytesIO(content))
        for got in read_stream(stream, name.name, name.stem, name.suffix.lower(),
                               len(content), {}):
            if isinstance(got, Problem):
                problems.append(got)
            elif isinstance(got, Article):
                articles.append(got)
    return _finish(articles), problems


def from_paste(text: str) -> Intake:
    """Articles pasted as text: each in the .txt format (optional ``Source:``/``Date:``/
    ``URL:`` lines, a headline, the body), separated by a line of three or more dashes."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for i, part in enumerate(_SEPARATOR.split(text), start=1):
        if not part.strip():
            continue
        article = parse_text(part, f"pasted article {i}", f"pasted-{i}")
        if article.text.strip():
            articles.append(article)
        else:
            problems.append(Problem(f"pasted article {i}", "no article text after the headline",
                                    "no text"))
    return _finish(articles), problems


def too_many(articles: list[Article]) -> Problem | None:
    if len(articles) > MAX_ARTICLES:
        return Problem("request", f"{len(articles):,} articles in one request; send at most "
                       f"{MAX_ARTICLES:,} at a time", "too many articles")
    return None


def _finish(articles: list[Article]) -> list[Article]:
    """Ids unique within the request, languages detected, as `read_articles` does."""
    seen: dict[str, int] = {}
    return [finish(article, seen) for article in articles]


def _safe_name(filename: str, number: int) -> str:
    """An upload's name for messages only: its last part, in plain characters."""
    base = PurePosixPath(filename.replace("\\", "/")).name
    return _SAFE_NAME.sub("_", base)[:100] or f"upload-{number}"
