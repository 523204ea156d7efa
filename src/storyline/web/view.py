"""Shape a stored digest (the JSON story of `render.to_dict`) for the page templates.

The small types here are view models for the templates only; the pipeline's data types
live in `storyline.model`.

Only arrangement happens here — grids, timeline positions, quotes by speaker, links.
Escaping is the templates' job (Jinja autoescape), so every string stays raw data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from storyline.model import Article, CachedDigest, SentenceKind
from storyline.render import around, date_text, headline_of, is_safe_url, short, when_text
from storyline.segment import segment

TIMELINE_WIDTH = 1000  # SVG user units; the picture scales to the page
_MARGIN = 30


@dataclass(frozen=True)
class Evidence:
    """One supporting sentence of a source, with where to read it."""

    text: str
    article_href: str | None  # the stored article, at this sentence
    source_href: str | None  # the original page, scrolled to the sentence where supported


@dataclass(frozen=True)
class Cite:
    """A citation marker of a digest line: a source and the sentences of it that say so."""

    source: int
    name: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Line:
    """A digest sentence with its citation markers, and whose turn of a transcript it is
    (`DigestSentence.voice`), named before it."""

    text: str
    cites: tuple[Cite, ...]
    voice: str = ""


@dataclass(frozen=True)
class Dot:
    """An event on the drawn timeline (SVG user units)."""

    x: float
    y: float
    label: str


@dataclass(frozen=True)
class StoryView:
    """Everything a story page shows, arranged."""

    id: str
    headline: str
    span: str
    lines: tuple[Line, ...]
    sources: tuple[Mapping[str, Any], ...]
    grid: tuple[tuple[str, tuple[bool, ...]], ...]
    only_in: tuple[Mapping[str, Any], ...]
    disagreements: tuple[Mapping[str, Any], ...]
    speakers: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    events: tuple[Mapping[str, Any], ...]
    undated: tuple[Mapping[str, Any], ...]
    dots: tuple[Dot, ...]
    axis: tuple[str, str]
    entities: tuple[Mapping[str, Any], ...]
    name: Mapping[int, str] = field(default_factory=dict)


def story_view(cached: CachedDigest, stored: bool = True) -> StoryView:
    """Arrange a digest for its page; `stored` stories link to their stored articles."""
    story = cached.story
    sources = {s["id"]: s for s in story["sources"]}
    name = {sid: s["name"] for sid, s in sources.items()}
    lines = tuple(
        Line(s["text"], tuple(
            Cite(c["source"], name[c["source"]], tuple(
                _evidence(i, cached.evidence.get(i, ""), sources[c["source"]], stored)
                for i in c["sentence_ids"]))
            for c in s["support"]), s.get("voice", ""))  # (none stored before voices were)
        for s in story["sentences"]
    )
    order = sorted(sources)
    grid = tuple((short(s["text"], 10), tuple(sid in s["citations"] for sid in order))
                 for s in story["sentences"])
    analysis = story.get("analysis") or {}
    timeline = analysis.get("timeline", [])
    events = tuple(e for e in timeline if e["date"])
    dots, axis = _timeline(events)
    return StoryView(
        id=story["id"],
        headline=headline_of(story) or "Untitled story",
        span=_span(story),
        lines=lines,
        sources=tuple(_source(s, stored) for s in story["sources"]),
        grid=grid,
        only_in=tuple(analysis.get("only_in", [])),
        disagreements=tuple(analysis.get("disagreements", [])),
        speakers=_by_speaker(analysis.get("quotes", [])),
        # (the sentence in three pieces, so that the page can mark the words the date
        # was read from: a long sentence may hold other dates than the entry's)
        events=tuple({**e, "when": when_text(date.fromisoformat(e["date"]), e["precision"]),
                      "pieces": around(e["claim"]["text"], e["expression"], None)}
                     for e in events),
        undated=tuple(e for e in timeline if not e["date"]),
        dots=dots,
        axis=axis,
        entities=tuple(analysis.get("entities", [])),
        name=name,
    )


def article_paragraphs(article: Article) -> list[list[tuple[int, str]]]:
    """The article's sentences, (index, text), by paragraph: the page anchors each one
    (``#s<index>``) so that a citation can point at it."""
    paragraphs: dict[int, list[tuple[int, str]]] = {}
    for s in segment(article):
        if s.kind is not SentenceKind.FRAGMENT or s.text.strip():
            paragraphs.setdefault(s.paragraph, []).append((s.index, s.text))
    return [paragraphs[p] for p in sorted(paragraphs)]


def safe_href(url: str) -> str | None:
    return url if url and is_safe_url(url) else None


def when(value: str | None) -> str:
    return date_text(datetime.fromisoformat(value)) if value else ""


def _evidence(sentence_id: str, text: str, source: Mapping[str, Any], stored: bool) -> Evidence:
    article_id, _, index = sentence_id.rpartition("#")
    page = f"/articles/{quote(article_id, safe='')}#s{index}" if stored else None
    original = safe_href(source["url"])
    if original and text:  # a text fragment: browsers that know it scroll to the sentence
        original += "#:~:text=" + quote(" ".join(text.split()[:8]), safe="")
    return Evidence(text, page, original)


def _source(source: Mapping[str, Any], stored: bool) -> Mapping[str, Any]:
    return {**source, "href": safe_href(source["url"]), "when": when(source["published"]),
            "page": f"/articles/{quote(source['article_id'], safe='')}" if stored else None}


def _span(story: Mapping[str, Any]) -> str:
    first, last = when(story["first"]), when(story["last"])
    count = len(story["sources"])
    reports = f"{count} report{'s' if count != 1 else ''}"
    if first and last and first != last:
        return f"{reports}, {first} – {last}"
    return f"{reports}, {first}" if first else reports


def _by_speaker(quotes: Sequence[Mapping[str, Any]]) -> tuple[
        tuple[str, tuple[Mapping[str, Any], ...]], ...]:
    """Quotes grouped by speaker, the most quoted first; unattributed quotes last."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for q in quotes:
        groups.setdefault(q["speaker"] or "", []).append(q)
    ranked = sorted(groups, key=lambda s: (s == "", -len(groups[s]), s))
    return tuple((speaker or "Unattributed", tuple(groups[speaker])) for speaker in ranked)


def _timeline(events: Sequence[Mapping[str, Any]]) -> tuple[tuple[Dot, ...], tuple[str, str]]:
    """Dots on a horizontal time axis, x proportional to the date; events on the same
    day stack upwards."""
    if not events:
        return (), ("", "")
    days = [date.fromisoformat(e["date"]).toordinal() for e in events]
    low, high = min(days), max(days)
    width = TIMELINE_WIDTH - 2 * _MARGIN
    stacked: dict[int, int] = {}
    dots = []
    for event, day in zip(events, days, strict=True):
        x = _MARGIN + (width * (day - low) / (high - low) if high > low else width / 2)
        level = stacked[day] = stacked.get(day, -1) + 1
        label = f"{when_text(date.fromisoformat(event['date']), event['precision'])}: " \
                f"{short(event['claim']['text'], 16)}"
        dots.append(Dot(round(x, 1), 50 - 12 * min(level, 3), label))
    return tuple(dots), (date.fromordinal(low).isoformat(), date.fromordinal(high).isoformat())
