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
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from storyline.analyze.given_names import is_given_name
from storyline.model import Analysis, Claim, Digest, Problem, Source, Story

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


def is_safe_url(url: str) -> bool:
    """Only http(s) URLs become live links: never javascript:, data: and the like."""
    return bool(_SAFE_URL.match(url))


def date_text(published: datetime | None) -> str:
    return f"{published.day} {published:%B %Y}" if published else ""


def _source_line(src: Source, escape: bool) -> str:
    esc = md_escape if escape else clean
    name = f"**{esc(src.name)}**" if escape else esc(src.name)
    parts = [name]
    if src.title:
        parts.append(f"“{esc(src.title)}”")
    if src.published:
        parts.append(date_text(src.published))
    line = ", ".join(parts)
    if src.also_carried_by:
        names = ", ".join(esc(n) for n in src.also_carried_by)
        line += f" (also carried by {len(src.also_carried_by)} outlets: {names})" if len(
            src.also_carried_by) > 1 else f" (also carried by {names})"
    if src.url:
        url = clean(src.url)
        if not escape:
            line += f" {url}"
        elif is_safe_url(url):
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
    return lead_title(d.sentences[0].text, words)


def headline_of(story: Mapping[str, Any]) -> str:
    """A story's headline as the JSON document (`to_dict`) holds it, or the title its
    first sentence makes ('' for a story of no sentence): `title_of` for stored digests."""
    if story["headline"]:
        return story["headline"]
    return lead_title(story["sentences"][0]["text"]) if story["sentences"] else ""


def lead_title(sentence: str, words: int = 12) -> str:
    """A story's first sentence cut to a title, its first word as a headline writes it
    where the paper set it in capitals ('JEREMY Corbyn will use …' -> 'Jeremy Corbyn will
    use …', 'THE government …'); an acronym stays ('NASA said', 'SNP MPs'). An excerpt's
    opening conjunction is left out ('And on Oct. 19, …' -> 'On Oct. 19, …')."""
    head = sentence.split()
    if len(head) > 2 and head[0] in ("And", "But", "So"):
        head = [head[1][:1].upper() + head[1][1:], *head[2:]]
    if len(head) > 1 and head[0].isalpha() and head[0].isupper() and len(head[0]) > 1 and (
            head[0] in ("THE", "AN") or (head[1][:1].isupper() and not head[1].isupper()
                                         and is_given_name(head[0]))):
        head[0] = head[0].capitalize()
    return " ".join(head[:words]) + (" …" if len(head) > words else "")


def _span(d: Digest) -> str:
    """'3 reports, 22 August 2016 – 25 August 2016' (dates only when known)."""
    count = f"{len(d.sources)} report{'s' if len(d.sources) != 1 else ''}"
    copies = sum(len(s.also_carried_by) for s in d.sources)
    if copies:
        count += f" (+{copies} copies)"
    if d.first and d.last and d.first.date() != d.last.date():
        return f"{count}, {date_text(d.first)} – {date_text(d.last)}"
    return f"{count}, {date_text(d.first)}" if d.first else count


def to_markdown(digests: Sequence[Digest]) -> str:
    blocks: list[str] = []
    for d in digests:
        blocks.append(f"## {md_escape(title_of(d))}")
        if len(digests) > 1 or d.first:
            blocks.append(f"_{_span(d)}_")
        body = " ".join(
            # (a transcript's turn names its speaker at each sentence: named once a turn,
            # nothing showed where the turn ended and the narrative went on)
            (f"*{md_escape(s.voice)}:* " if s.voice else "") + md_escape(s.text) + " "
            + "".join(f"\\[{i}\\]" for i in s.source_ids)
            for s in d.sentences
        )
        blocks.append(body or "_No sentence of these articles could be digested._")
        if d.analysis:
            blocks.extend(_analysis_markdown(d))
        blocks.append("**Sources**\n\n" + "\n".join(_source_line(s, True) for s in d.sources))
    return "\n\n".join(blocks) + "\n"


def _cite_md(source_ids: Sequence[int]) -> str:
    return "".join(f"\\[{i}\\]" for i in source_ids)


def _analysis_markdown(d: Digest) -> list[str]:
    """The cross-source sections, each only when it has something to say."""
    a = d.analysis
    assert a is not None
    names = {s.id: s.name for s in d.sources}
    out: list[str] = []
    if len(d.sources) > 1 and d.sentences:
        head = "| fact | " + " | ".join(f"\\[{s.id}\\]" for s in d.sources) + " |"
        rule = "|---|" + "---|" * len(d.sources)
        rows = [f"| {n}. {md_escape(short(s.text, 8))} | "
                + " | ".join("●" if src.id in s.source_ids else " " for src in d.sources) + " |"
                for n, s in enumerate(d.sentences, start=1)]
        out.append("**Who reports what**\n\n" + "\n".join([head, rule, *rows]))
    if a.only_in:
        out.append("**Only in one source**\n\n" + "\n".join(
            f"- only in {md_escape(names[c.source_id])}: {md_escape(c.text)} "
            f"{_cite_md([c.source_id])}" for c in a.only_in))
    if a.disagreements:
        out.append("**Where sources differ**\n\n" + "\n".join(
            f"- {x.kind} ({md_escape(x.about)}): "
            + " — vs — ".join(f"{md_escape(names[c.source_id])} says “{md_escape(c.value)}”: "
                              f"{md_escape(c.text)} {_cite_md([c.source_id])}" for c in x.claims)
            for x in a.disagreements))
    if a.quotes:
        by_speaker: dict[str, list[str]] = {}
        for q in a.quotes:
            by_speaker.setdefault(q.speaker or "unattributed", []).append(
                f"“{md_escape(q.text)}” {_cite_md(q.source_ids)}")
        out.append("**Quotes**\n\n" + "\n".join(
            f"- **{md_escape(speaker)}**: " + " · ".join(quotes)
            for speaker, quotes in by_speaker.items()))
    dated = [e for e in a.timeline if e.when]
    if dated:
        out.append("**Timeline**\n\n" + "\n".join(
            f"- {when_text(e.when, e.precision)} — "
            f"{_md_marked(*around(e.claim.text, e.expression))} "
            f"{_cite_md([e.claim.source_id])}" for e in dated))
    if a.entities:
        out.append("**Who and what**\n\n" + "\n".join(
            f"- {md_escape(e.name)} ({e.kind}): "
            + ", ".join(f"\\[{sid}\\] {n}" for sid, n in e.mentions) for e in a.entities[:15]))
    return out


def short(text: str, words: int = 12) -> str:
    """The first `words` words, with an ellipsis when there were more."""
    head = text.split()
    return " ".join(head[:words]) + (" …" if len(head) > words else "")


def around(text: str, expression: str, words: int | None = 25) -> tuple[str, str, str]:
    """A sentence cut to about `words` words (None: all) that keep `expression` in view,
    as (before, expression, after), each with its own spacing and "…" where words were
    cut.

    A timeline entry's date is read from one expression, often late in a long sentence
    ('… if he is re-elected at the Labour conference next month'); the sentence's first
    words alone ('September 2016 — Supporters will this week get assurances …') show
    another date than the entry's. The window keeps the sentence's opening, which says
    who, while the expression lies in its first two thirds; else it ends a third of the
    window after the expression."""
    at = text.find(expression) if expression else -1
    if at < 0:
        return (short(text, words) if words is not None else text), "", ""
    if words is None:
        return text[:at], expression, text[at + len(expression):]
    end = at + len(expression)
    spans = [m.span() for m in _WORD_SPAN.finditer(text)]
    ahead = [s for s in spans if s[1] <= at]  # the words wholly before the expression
    behind = [s for s in spans if s[0] >= end]
    room = max(words - len(expression.split()), 0)
    keep_ahead = len(ahead) if len(ahead) <= room * 2 // 3 or len(ahead) + len(behind) <= room \
        else room - min(len(behind), room // 3)
    keep_behind = min(room - keep_ahead, len(behind))
    # (at least the rest of the words the expression stands in: 'on Friday.', "Wednesday's")
    start = ahead[len(ahead) - keep_ahead][0] if keep_ahead else \
        max((s for s, _ in spans if s <= at), default=at)
    stop = behind[keep_behind - 1][1] if keep_behind else \
        min((e for _, e in spans if e >= end), default=end)
    return (("… " if start > 0 else "") + text[start:at], expression,
            text[end:stop] + (" …" if stop < len(text.rstrip()) else ""))


def _md_marked(before: str, expression: str, after: str) -> str:
    """Markdown of `around`'s pieces, the expression in bold (each piece escaped: all
    three are article text)."""
    if not expression:
        return md_escape(before)
    return (md_escape(before) + (" " if before[-1:].isspace() else "")
            + f"**{md_escape(expression)}**"
            + (" " if after[:1].isspace() else "") + md_escape(after))


_WORD_SPAN = re.compile(r"\S+")


def when_text(when: date | None, precision: str | None) -> str:
    if when is None:
        return "undated"
    if precision == "year":
        return f"{when.year}"
    if precision == "month":
        return f"{when:%B %Y}"
    if precision == "week":
        return f"week of {when.day} {when:%B %Y}"
    return f"{when.day} {when:%B %Y}"


def to_text(digests: Sequence[Digest], width: int = 80) -> str:
    blocks: list[str] = []
    for d in digests:
        headline = clean(title_of(d))
        blocks.append(f"{headline}\n{'=' * min(len(headline), width)}\n{_span(d)}")
        body = " ".join(
            (f"{clean(s.voice)}: " if s.voice else "")
            + f"{clean(s.text)} [{','.join(map(str, s.source_ids))}]" for s in d.sentences
        )
        blocks.append(textwrap.fill(body, width) if body else "(nothing could be digested)")
        if d.analysis and d.analysis.quotes:
            blocks.append("Quotes:\n" + "\n".join(
                textwrap.fill(f"- {clean(q.speaker or 'unattributed')}: “{clean(q.text)}” "
                              f"[{','.join(map(str, q.source_ids))}]", width,
                              subsequent_indent="  ") for q in d.analysis.quotes))
        if d.analysis and any(e.when for e in d.analysis.timeline):
            blocks.append("Timeline:\n" + "\n".join(
                textwrap.fill(f"- {when_text(e.when, e.precision)}: "
                              f"{clean(''.join(around(e.claim.text, e.expression, 20)))} "
                              f"[{e.claim.source_id}]",
                              width, subsequent_indent="  ")
                for e in d.analysis.timeline if e.when))
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
    story = _story_core(d)
    if d.analysis is not None:
        story["analysis"] = _analysis(d.analysis)
    return story


def _claim(c: Claim) -> dict[str, Any]:
    return {"source": c.source_id, "sentence_id": c.sentence_id, "text": c.text,
            "value": c.value}


def _analysis(a: Analysis) -> dict[str, Any]:
    return {
        "only_in": [_claim(c) for c in a.only_in],
        "disagreements": [{"kind": x.kind, "about": x.about,
                           "claims": [_claim(c) for c in x.claims]} for x in a.disagreements],
        "quotes": [{"text": q.text, "speaker": q.speaker, "sources": list(q.source_ids),
                    "claims": [_claim(c) for c in q.claims]} for q in a.quotes],
        "timeline": [{"date": e.when.isoformat() if e.when else None,
                      "precision": e.precision, "expression": e.expression,
                      "claim": _claim(e.claim)} for e in a.timeline],
        "entities": [{"name": e.name, "kind": e.kind,
                      "mentions": [{"source": s, "count": n} for s, n in e.mentions]}
                     for e in a.entities],
    }


def _story_core(d: Digest) -> dict[str, Any]:
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
                "voice": s.voice,
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
