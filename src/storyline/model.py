"""The plain data types every stage of storyline passes along.

The pipeline flows one way — read → segment → group → summarize/analyze → render —
and these frozen dataclasses are the only things that cross a stage boundary. No
module defines its own ad-hoc record: import from here.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any


def _no_metadata() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Article:
    """One news report as read from its input.

    `source` is the outlet ("The Herald"); `origin` says where the record was read
    from (a path, ``path:line`` or ``-``) so that any later message can name it.
    """

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: datetime | None = None
    author: str = ""
    origin: str = ""
    language: str = ""
    metadata: Mapping[str, Any] = field(default_factory=_no_metadata, compare=False, hash=False)


class SentenceKind(StrEnum):
    """What a segment of article text is; only BODY sentences are digest material."""

    BODY = "body"
    BYLINE = "byline"
    CAPTION = "caption"
    TWEET = "tweet"
    FRAGMENT = "fragment"
    FURNITURE = "furniture"  # the web page around the article: "Sign up for ...", notices


@dataclass(frozen=True)
class Sentence:
    """A span of an article's text. `start`/`end` index into `Article.text`.

    `in_quote` is true when the sentence starts inside a quotation opened by an earlier
    sentence of its paragraph: its words are someone's speech, attributed elsewhere.
    """

    article_id: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    kind: SentenceKind = SentenceKind.BODY
    in_quote: bool = False

    # Computed once per sentence (asked hundreds of thousands of times in a big run).
    # cached_property writes the instance's __dict__ directly, so it works on a frozen
    # dataclass; the cached values are no fields: equality and hashing ignore them.
    @functools.cached_property
    def id(self) -> str:
        """Stable id, ``<article id>#<index>``, used by citations."""
        return f"{self.article_id}#{self.index}"

    @functools.cached_property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Document:
    """An article with its sentences: the unit the summarizers work on."""

    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Source:
    """An article as listed under a digest; `id` is its citation number ([1], [2] …)."""

    id: int
    article_id: str
    name: str
    title: str = ""
    url: str = ""
    published: datetime | None = None
    also_carried_by: tuple[str, ...] = ()
    copy_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Citation:
    """One source backing a digest sentence, with the sentences of it that say so."""

    source_id: int
    sentence_ids: tuple[str, ...]


@dataclass(frozen=True)
class DigestSentence:
    """A sentence of the digest: copied verbatim from `sentence_id`, backed by `citations`.
    `voice`: whose words it is when its report is an interview's transcript or an oral
    history and the sentence is a turn of it ('Jon Stewart'), which no quotation marks
    or attribution in the sentence tell; "" otherwise."""

    text: str
    sentence_id: str
    citations: tuple[Citation, ...]
    voice: str = ""

    @property
    def source_ids(self) -> tuple[int, ...]:
        return tuple(c.source_id for c in self.citations)


@dataclass(frozen=True)
class Claim:
    """What one source says, in its own words: a sentence, and the part of it at issue."""

    source_id: int
    sentence_id: str
    text: str
    value: str = ""


@dataclass(frozen=True)
class Disagreement:
    """The same fact reported differently by two sources (`kind`: number, date, name, role,
    place, or claim — one source negating what the other states)."""

    kind: str
    about: str
    claims: tuple[Claim, Claim]


@dataclass(frozen=True)
class Quote:
    """A direct quotation, its speaker, and every source that carries it. `text` is the
    fullest version; `claims` hold each source's own (possibly partial) version."""

    text: str
    speaker: str
    claims: tuple[Claim, ...]

    @property
    def source_ids(self) -> tuple[int, ...]:
        return tuple(sorted({c.source_id for c in self.claims}))


@dataclass(frozen=True)
class Event:
    """A dated (or undatable) event: the expression, the date it resolves to, and the
    sentence that reports it. `precision` is day, month or year; None when undated."""

    when: date | None
    precision: str | None
    expression: str
    claim: Claim


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place of the story, with mentions per source id."""

    name: str
    kind: str
    mentions: tuple[tuple[int, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.mentions)


@dataclass(frozen=True)
class Analysis:
    """Across sources: what only one says, where they disagree, who said what, when, and
    who is involved. (Support per digest sentence is in the citations themselves.)"""

    only_in: tuple[Claim, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Digest:
    """The digest of one story: a headline, cited sentences and the sources behind them."""

    story_id: str
    headline: str
    sentences: tuple[DigestSentence, ...]
    sources: tuple[Source, ...]
    method: str = ""
    first: datetime | None = None
    last: datetime | None = None
    analysis: Analysis | None = None

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Story:
    """Reports of one story. `article_ids` are the independent reports, oldest first;
    `copies` maps each of them to the ids of its syndicated near-copies, which never
    count as independent support."""

    id: str
    article_ids: tuple[str, ...]
    copies: Mapping[str, tuple[str, ...]] = field(default_factory=_no_metadata, hash=False)
    first: datetime | None = None
    last: datetime | None = None

    @property
    def all_ids(self) -> tuple[str, ...]:
        return self.article_ids + tuple(c for a in self.article_ids for c in self.copies.get(a, ()))


@dataclass(frozen=True)
class Problem:
    """A bad input record: `where` names the file (and line/record), `message` the fault,
    `reason` a short category for the closing count ("invalid JSON", "no text" …)."""

    where: str
    message: str
    reason: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class Cluster:
    """An evaluation cluster: one story's documents and its human reference summaries."""

    id: str
    documents: tuple[str, ...]
    summaries: tuple[str, ...]


@dataclass(frozen=True)
class Ingested:
    """What the store did with one incoming article. `status` is "stored", "duplicate"
    (seen before, by URL or content: `article_id` is the stored one) or "kept" (stored,
    but in no story: in a language storyline does not summarize, or with no article
    text, only a page's own lines)."""

    article_id: str
    status: str
    story_id: str | None = None


@dataclass(frozen=True)
class StoryListing:
    """One line of the store's story list: enough to choose a story to read."""

    id: str
    headline: str
    outlets: tuple[str, ...]
    articles: int
    sources: int
    first: datetime | None
    last: datetime | None
    updated: datetime


@dataclass(frozen=True)
class CachedDigest:
    """A stored story's digest as JSON data (one story of the JSON output, schema in
    docs/schema.md) with the text of every source sentence it cites, by sentence id, so
    that a reader can check a citation without fetching the articles."""

    story: Mapping[str, Any]
    evidence: Mapping[str, str]
