"""Story grouping: each article joins a story or starts one, online and in time order.

The grouper is single-pass and incremental (as in TDT's on-line clustering): an
article is compared with the stories that are still *alive* — that received an article
within `window` of its publication time — and joins the most similar if its *average*
cosine with the story's reports reaches `threshold`; otherwise it starts a new story.
The average (group-average link, kept as a running sum so it costs one dot product) is
stricter than the cosine with the centroid, which rises as a story grows diffuse and
let catch-all stories swallow their neighbours (BCubed F1 on the shared pile 0.823
with the centroid cosine, 0.848 with the average; see BENCHMARKS.md). Adding
articles later therefore updates the stories without regrouping everything, and
grouping a pile in one batch is the same as adding it in chronological order.

Articles are vectors of stemmed content words of title (counted twice) and text, plus
multi-word capitalised names (people, places, organisations) as features of their own,
weighted TF-IDF with document frequencies counted as articles arrive. Candidate stories
come from an inverted index over each article's most distinctive terms, so the cost
per article depends on the stories alive at the time, not on the size of the corpus.

Syndicated copies (see `dedup`) join the story of their original and never count as
independent reports.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType

from storyline.dedup import CopyFinder
from storyline.model import Article, Story
from storyline.text import STOPWORDS, stem, words

THRESHOLD = 0.15
WINDOW = timedelta(days=14)
INDEX_TERMS = 30  # of each article, used to find candidate stories
VECTOR_TERMS = 300  # an article vector keeps its heaviest terms
CENTROID_TERMS = 400
CANDIDATES = 100  # stories scored by cosine per article, best by shared index terms
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)", re.MULTILINE)

Vector = dict[str, float]


@dataclass
class _Open:
    """A story while it is being built (mutable; `Story` is its frozen public form)."""

    number: int
    centroid: Vector = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    first: datetime | None = None
    last: datetime | None = None
    indexed: set[str] = field(default_factory=set)
    reports: int = 0  # members that brought a vector (copies do not)

    def alive_at(self, when: datetime | None, window: timedelta) -> bool:
        if when is None or self.last is None or self.first is None:
            return True
        return when - self.last <= window and self.first - when <= window

    def add(self, article_id: str, vector: Vector, when: datetime | None) -> None:
        self.members.append(article_id)
        self.reports += bool(vector)
        for term, weight in vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        if len(self.centroid) > 2 * CENTROID_TERMS:
            top = sorted(self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))
            self.centroid = dict(top[:CENTROID_TERMS])
        if when is not None:
            self.first = when if self.first is None else min(self.first, when)
            self.last = when if self.last is None else max(self.last, when)


class StoryGrouper:
    """Online story grouping. `add` articles in time order; `stories()` at any point."""

    def __init__(self, threshold: float = THRESHOLD, window: timedelta = WINDOW):
        self.threshold = threshold
        self.window = window
        self.copies = CopyFinder(horizon=3 * window)
        self._df: dict[str, int] = {}
        self._n = 0
        self._open: list[_Open] = []
        self._story_of: dict[str, int] = {}
        self._published: dict[str, datetime | None] = {}
        self._index: dict[str, set[int]] = {}
        self._latest: datetime | None = None
        self._added = 0

    def add(self, article: Article) -> str:
        """Place one article; return the id of its story."""
        when = naive_utc(article.published)
        self._published[article.id] = when
        original = self.copies.add(article)
        home = self._open[self._story_of[original] - 1] if original in self._story_of else None
        if original != article.id and home is not None and home.alive_at(when, self.window):
            story = home
            story.add(article.id, {}, when)
        else:
            vector = self._vector(article)
            story = self._best_story(vector, when) or self._new_story()
            story.add(article.id, vector, when)
            for term in sorted(vector, key=lambda t: (-vector[t], t))[:INDEX_TERMS]:
                self._index.setdefault(term, set()).add(story.number)
                story.indexed.add(term)
        self._story_of[article.id] = story.number
        if when is not None and (self._latest is None or when > self._latest):
            self._latest = when
        self._added += 1
        if self._added % 1000 == 0:
            self._retire()
        return story_id(story.number)

    def _retire(self) -> None:
        """Drop stories dead for three windows from the index, so that the cost of an
        article stays bounded by the stories alive around it. An article older than that
        arriving late starts a story of its own."""
        if self._latest is None:
            return
        horizon = self._latest - 3 * self.window
        for story in self._open:
            if story.indexed and story.last is not None and story.last < horizon:
                for term in story.indexed:
                    self._index[term].discard(story.number)
                story.indexed.clear()

    def add_all(
        self, articles: Iterable[Article], progress: Callable[[int], None] | None = None
    ) -> None:
        for count, article in enumerate(articles, start=1):
            self.add(article)
            if progress and count % 1000 == 0:
                progress(count)

    def stories(self) -> list[Story]:
        """The stories so far; independent reports oldest first, copies under originals."""
        return [
            assemble(story_id(story.number), story.members, self.copies.root, self._published)
            for story in self._open
        ]

    def story(self, sid: str) -> Story:
        """One story as `stories()` would list it, without assembling the others."""
        number = int(sid.removeprefix("s"))
        if not sid.startswith("s") or not 0 < number <= len(self._open):
            raise KeyError(sid)
        members = self._open[number - 1].members
        return assemble(sid, members, self.copies.root, self._published)

    def placements(self) -> dict[str, tuple[int, str]]:
        """Article id -> (story number, canonical article of its copy group)."""
        return {a: (n, self.copies.root(a)) for a, n in self._story_of.items()}

    def _new_story(self) -> _Open:
        story = _Open(len(self._open) + 1)
        self._open.append(story)
        return story

    def _best_story(self, vector: Vector, when: datetime | None) -> _Open | None:
        shared: dict[int, int] = {}
        for term in sorted(vector, key=lambda t: (-vector[t], t))[:INDEX_TERMS]:
            for number in self._index.get(term, ()):
                shared[number] = shared.get(number, 0) + 1
        ranked = sorted(shared, key=lambda n: (-shared[n], n))
        best, best_score = None, self.threshold
        for number in ranked[:CANDIDATES]:
            story = self._open[number - 1]
            if not story.alive_at(when, self.window):
                continue
            score = _average_cosine(vector, story)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = story, score
        return best

    def _vector(self, article: Article) -> Vector:
        """TF-IDF of the article's features, with document frequencies as seen so far."""
        counts: dict[str, int] = {}
        for term in _features(article):
            counts[term] = counts.get(term, 0) + 1
        self._n += 1
        for term in counts:
            self._df[term] = self._df.get(term, 0) + 1
        vector = {
            t: (1.0 + math.log(c)) * (math.log((self._n + 1) / (self._df[t] + 1)) + 1.0)
            for t, c in counts.items()
        }
        top = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:VECTOR_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {t: w / norm for t, w in top}


def _features(article: Article) -> list[str]:
    content = [stem(w) for w in words(article.text) if w not in STOPWORDS and len(w) > 1
               and not w.isdigit()]
    title = [stem(w) for w in words(article.title) if w not in STOPWORDS and len(w) > 1]
    names = ["name:" + m.lower() for m in _NAME.findall(article.title + "\n" + article.text)]
    return content + title * 2 + names


def _average_cosine(vector: Vector, story: _Open) -> float:
    """Mean cosine of a unit vector with the story's reports: the centroid holds their
    sum, so this is one dot product (up to the terms the centroid has let go)."""
    if story.reports == 0:
        return 0.0
    get = story.centroid.get
    return sum(w * get(t, 0.0) for t, w in vector.items()) / story.reports


def naive_utc(when: datetime | None) -> datetime | None:
    """Readers normalise aware times to UTC; compare all times as naive UTC."""
    return None if when is None else when.replace(tzinfo=None)


def assemble(
    sid: str,
    members: Sequence[str],
    root: Callable[[str], str],
    published: Mapping[str, datetime | None],
) -> Story:
    """The frozen `Story` of `members` (in the order they were added). A member whose
    copy-group canonical is another member is listed as that member's copy."""
    inside = set(members)

    def canonical(article_id: str) -> str:
        # Follow the copy chain while it stays in the story: blocks (`storyline.blocks`)
        # each know part of a chain (a -> b in one block, b -> c in another).
        seen = {article_id}
        while (up := root(article_id)) != article_id and up in inside and up not in seen:
            seen.add(up)
            article_id = up
        return article_id

    originals: list[str] = []
    copies: dict[str, list[str]] = {}
    for article_id in members:
        head = canonical(article_id)
        if head == article_id:
            originals.append(article_id)
        else:
            copies.setdefault(head, []).append(article_id)
    order = {a: i for i, a in enumerate(members)}
    originals.sort(key=lambda a: (published[a] is None, published[a] or 0, order[a]))
    dates = [published[a] for a in members if published[a] is not None]
    return Story(
        id=sid,
        article_ids=tuple(originals),
        copies=MappingProxyType({k: tuple(v) for k, v in copies.items()}),
        first=min(dates, default=None),  # type: ignore[type-var]
        last=max(dates, default=None),  # type: ignore[type-var]
    )


def story_id(number: int) -> str:
    return f"s{number}"


def chronological_key(article: Article) -> tuple[bool, datetime, str]:
    """Batch order: dated articles oldest first, then undated ones; ties by article id, so
    that the grouping does not depend on the order of the input."""
    return (article.published is None, naive_utc(article.published) or datetime.min, article.id)


def chronological(articles: Iterable[Article]) -> list[Article]:
    return sorted(articles, key=chronological_key)


def group(
    articles: Sequence[Article],
    threshold: float = THRESHOLD,
    window: timedelta = WINDOW,
    progress: Callable[[int], None] | None = None,
) -> list[Story]:
    """Group a pile of articles into stories (batch = online in chronological order)."""
    grouper = StoryGrouper(threshold, window)
    grouper.add_all(chronological(articles), progress)
    return grouper.stories()
