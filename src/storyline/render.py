"""Renderers: digests out as Markdown, plain text or JSON.

Article text is untrusted. Every renderer strips terminal control characters, and
Markdown escapes the characters that would otherwise become markup or raw HTML, so
an article holding ``<script>`` or ``[a](javascript:…)`` prints as literal text.
The JSON layout is documented in docs/schema.md and checked against
storyline/schema/digest.schema.json by the tests.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from storyline.model import Digest, Problem, Source, Story

SCHEMA_VERSION = 1
FORMATS = ("markdown", "text", "json")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SAFE_URL = re.compile(r"^https?://[^\s<>]+$", re.IGNORECASE)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!&])")


def clean(text: str) -> str:
    """Drop control characters (ANSI escapes, bidi overrides) and fold whitespace."""
    return " ".join(_CONTROL.sub("", text).split())


def md_escape(text: str) -> str:
    """Escape Markdown/HTML syntax so untrusted text renders as itself."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text))


def render(digests: Sequence[Digest], fmt: str, problems: Sequence[Problem] = ()) -> str:
    if fmt == "markdown":
        return to_markdown(digests)
    if fmt == "text":
        return to_text(digests)
    if fmt == "json":
        return to_json(digests, problems)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _date(published: datetime | None) -> str:
    return f"{published.day} {published:%B %Y}" if published else ""


def _source_line(src: Source, escape: bool) -> str:
    esc = md_escape if escape else clean
    name = f"**{esc(src.name)}**" if escape else esc(src.name)
    parts = [name]
    if src.title:
        parts.append(f"“{esc(src.title)}”")
    if src.published:
        parts.append(_date(src.published))
    line = ", ".join(parts)
    if src.also_carried_by:
        names = ", ".join(esc(n) for n in src.also_carried_by)
        line += f" (also carried by {len(src.also_carried_by)} outlets: {names})" if len(
            src.also_carried_by) > 1 else f" (also carried by {names})"
    if src.url:
        url = clean(src.url)
        if not escape:
            line += f" {url}"
        elif _SAFE_URL.match(url):
            line += f" <{url.replace('>', '%3E').replace('<', '%3C')}>"
        else:  # never a live link for javascript:, data: and the like
            line += f" ({md_escape(url)})"
    return f"{src.id}. {line}"


def title_of(d: Digest, words: int = 12) -> str:
    """The headline, or for a story of untitled reports the start of its first sentence."""
    if d.headline:
        return d.headline
    if not d.sentences:
        return "Untitled story"
    head = d.sentences[0].text.split()
    return " ".join(head[:words]) + (" …" if len(head) > words else "")


def _span(d: Digest) -> str:
    """'3 reports, 22 August 2016 – 25 August 2016' (dates only when known)."""
    count = f"{len(d.sources)} report{'s' if len(d.sources) != 1 else ''}"
    copies = sum(len(s.also_carried_by) for s in d.sources)
    if copies:
        count += f" (+{copies} copies)"
    if d.first and d.last and d.first.date() != d.last.date():
        return f"{count}, {_date(d.first)} – {_date(d.last)}"
    return f"{count}, {_date(d.first)}" if d.first else count


def to_markdown(digests: Sequence[Digest]) -> str:
    blocks: list[str] = []
    for d in digests:
        blocks.append(f"## {md_escape(title_of(d))}")
        if len(digests) > 1 or d.first:
            blocks.append(f"_{_span(d)}_")
        body = " ".join(
            md_escape(s.text) + " " + "".join(f"\\[{i}\\]" for i in s.source_ids)
            for s in d.sentences
        )
        blocks.append(body or "_No sentence of these articles could be digested._")
        blocks.append("**Sources**\n\n" + "\n".join(_source_line(s, True) for s in d.sources))
    return "\n\n".join(blocks) + "\n"


def to_text(digests: Sequence[Digest], width: int = 80) -> str:
    blocks: list[str] = []
    for d in digests:
        headline = clean(title_of(d))
        blocks.append(f"{headline}\n{'=' * min(len(headline), width)}\n{_span(d)}")
        body = " ".join(
            f"{clean(s.text)} [{','.join(map(str, s.source_ids))}]" for s in d.sentences
        )
        blocks.append(textwrap.fill(body, width) if body else "(nothing could be digested)")
        blocks.append("Sources:\n" + "\n".join(_source_line(s, False) for s in d.sources))
    return "\n\n".join(blocks) + "\n"


def to_dict(digests: Sequence[Digest], problems: Sequence[Problem] = ()) -> dict[str, Any]:
    """The JSON document as plain Python data (schema version `SCHEMA_VERSION`)."""
    return {
        "schema": "storyline.digest",
        "schema_version": SCHEMA_VERSION,
        "stories": [_story(d) for d in digests],
        "problems": [{"where": p.where, "message": p.message} for p in problems],
    }


def _story(d: Digest) -> dict[str, Any]:
    return {
        "id": d.story_id,
        "headline": d.headline,
        "method": d.method,
        "words": d.words,
        "first": d.first.isoformat() if d.first else None,
        "last": d.last.isoformat() if d.last else None,
        "sentences": [
            {
                "text": s.text,
                "sentence_id": s.sentence_id,
                "citations": list(s.source_ids),
                "support": [
                    {"source": c.source_id, "sentence_ids": list(c.sentence_ids)}
                    for c in s.citations
                ],
            }
            for s in d.sentences
        ],
        "sources": [
            {
                "id": s.id,
                "article_id": s.article_id,
                "name": s.name,
                "title": s.title,
                "url": s.url,
                "published": s.published.isoformat() if s.published else None,
                "also_carried_by": list(s.also_carried_by),
                "copies": list(s.copy_ids),
            }
            for s in d.sources
        ],
    }


def membership(story: Story) -> Iterator[dict[str, str | None]]:
    """One row per article of a story, as `storyline group` writes them:
    {"id": article id, "story": story id, "copy_of": original id or None}."""
    for original in story.article_ids:
        yield {"id": original, "story": story.id, "copy_of": None}
        for copy in story.copies.get(original, ()):
            yield {"id": copy, "story": story.id, "copy_of": original}


def to_json(digests: Sequence[Digest], problems: Sequence[Problem] = ()) -> str:
    return json.dumps(to_dict(digests, problems), ensure_ascii=False, indent=2) + "\n"
