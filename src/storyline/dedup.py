"""Near-duplicate detection: fold syndicated copies under one canonical article.

A wire story republished by other outlets keeps most of its sentences word for word,
with a new headline, byline or dateline, its closing paragraphs cut or a paragraph
added. Two reports of the same event written independently share facts and names
but few runs of five words. So: each article's body is reduced to word 5-gram
shingles; MinHash LSH (datasketch) finds candidate pairs in sub-linear time; a pair is
a copy when the shorter text's shingles are mostly (`CONTAINMENT`) inside the longer
one's — containment, not Jaccard, because a copy cut to half its length is still a copy.

Copies are grouped transitively; the canonical article of a group is the earliest
published (then the longest, then the smallest id), so that the original wire report
stands for its reprints.
"""

from __future__ import annotations

import functools
import zlib
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from storyline.model import Article
from storyline.text import words

SHINGLE = 5
NUM_PERM = 64
LSH_THRESHOLD = 0.3  # Jaccard at which pairs become candidates; verified by containment
CONTAINMENT = 0.7  # share of the shorter text's shingles found in the longer one
_MIN_SHINGLES = 8  # shorter texts are too short to call copies by shingles
_MULTIPLIER = np.uint64(1_000_003)
_MASK32 = np.uint64(0xFFFFFFFF)


def _already_hashed(value: int) -> int:
    return value


@functools.cache
def _template() -> Any:
    """datasketch draws the same seeded permutations for every MinHash; draw them once.

    datasketch is imported here, not at the top: it pulls in scipy.integrate, half a
    second of start-up that a one-story digest never needs."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM)


@functools.cache
def _bands(threshold: float) -> tuple[int, int]:
    """The LSH bands and rows datasketch picks for a threshold, picked once: it finds them
    by numerical integration, 8 ms on every index made, which had been most of the cost
    of folding one story's ten articles (13.7 ms)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def shingles(text: str) -> np.ndarray:
    """32-bit hashes of the text's word 5-grams (sorted, unique).

    Each word is hashed once (CRC-32, stable across runs, unlike `hash`) and the
    5-gram hashes are combined with vectorised polynomial arithmetic."""
    toks = words(text)
    n = len(toks) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((zlib.crc32(t.encode()) for t in toks), dtype=np.uint64, count=len(toks))
    acc = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        acc = acc * _MULTIPLIER + h[k : k + n]
    acc ^= acc >> np.uint64(31)
    return np.unique(acc & _MASK32)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """|A ∩ B| / min(|A|, |B|) for sorted unique shingle arrays."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


class CopyFinder:
    """Incremental near-duplicate index: `add` an article, get its canonical article id.

    With a `horizon`, dated articles older than that behind the newest one leave the
    index (a reprint months later is a new story's article anyway), so memory and the
    cost of a look-up stay bounded on a long stream."""

    def __init__(self, containment: float = CONTAINMENT, lsh_threshold: float = LSH_THRESHOLD,
                 horizon: timedelta | None = None):
        self.containment = containment
        self.horizon = horizon
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(num_perm=NUM_PERM, params=_bands(lsh_threshold))
        self.shingles: dict[str, np.ndarray] = {}
        self.canonical: dict[str, str] = {}
        self._rank: dict[str, tuple[float, int, str]] = {}
        self._dated: deque[tuple[datetime, str]] = deque()

    def add(self, article: Article) -> str:
        """Index `article`; return the id of the canonical article of its copy group."""
        sh = shingles(article.text)
        self._rank[article.id] = _rank(article)
        self.canonical[article.id] = article.id
        self._forget_before(article.published)
        if len(sh) < _MIN_SHINGLES:
            return article.id
        template = _template()
        mh = type(template)(num_perm=NUM_PERM, hashfunc=_already_hashed,
                     permutations=template.permutations, scheme=template.scheme)
        mh.update_batch(sh.tolist())
        matches = [
            other for other in sorted(self.lsh.query(mh))
            if containment(sh, self.shingles[other]) >= self.containment
        ]
        self.lsh.insert(article.id, mh)
        self.shingles[article.id] = sh
        if self.horizon is not None and article.published is not None:
            self._dated.append((article.published.replace(tzinfo=None), article.id))
        for other in matches:
            self._union(article.id, other)
        return self.root(article.id)

    def _forget_before(self, when: datetime | None) -> None:
        if self.horizon is None or when is None:
            return
        cutoff = when.replace(tzinfo=None) - self.horizon
        while self._dated and self._dated[0][0] < cutoff:
            _, old = self._dated.popleft()
            if old in self.shingles:
                self.lsh.remove(old)
                del self.shingles[old]

    def root(self, article_id: str) -> str:
        while self.canonical[article_id] != article_id:
            self.canonical[article_id] = self.canonical[self.canonical[article_id]]
            article_id = self.canonical[article_id]
        return article_id

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=self._rank.__getitem__)
            self.canonical[drop] = keep


def _rank(article: Article) -> tuple[float, int, str]:
    """Canonical order: earliest published, then longest text, then smallest id."""
    when = article.published.timestamp() if isinstance(article.published, datetime) else 0.0
    return (when if article.published else float("inf"), -len(article.text), article.id)


def fold_copies(articles: Iterable[Article]) -> dict[str, tuple[str, ...]]:
    """Canonical article id -> ids of its copies (empty for articles with none)."""
    finder = CopyFinder()
    ids = []
    for article in articles:
        finder.add(article)
        ids.append(article.id)
    groups: dict[str, list[str]] = {}
    for article_id in ids:
        groups.setdefault(finder.root(article_id), [])
    for article_id in ids:
        root = finder.root(article_id)
        if root != article_id:
            groups[root].append(article_id)
    return {root: tuple(copies) for root, copies in groups.items()}


def copy_pairs(groups: dict[str, Sequence[str]]) -> set[frozenset[str]]:
    """All unordered pairs of articles folded together (for evaluation)."""
    pairs: set[frozenset[str]] = set()
    for root, copies in groups.items():
        members = [root, *copies]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add(frozenset((a, b)))
    return pairs
