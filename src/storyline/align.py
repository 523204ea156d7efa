"""Cross-article sentence alignment: which sentences say the same thing.

One similarity serves three jobs, so that they agree with each other: a digest
sentence cites every source holding a sentence aligned with it; a candidate aligned
with a sentence already in the digest is the same fact told twice and is skipped;
and the number of independent sources aligned with a sentence is its support.

Similarity is the cosine of TF-IDF vectors over stemmed content words, with IDF
taken over the story's own sentences (so that the story's topic words, present
everywhere, count for little and the specific details count). Adding bigrams made
paraphrases from different outlets fall below any usable threshold, so they are out.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from scipy.sparse import csr_matrix

from storyline.model import Sentence
from storyline.text import content_terms

# Cosine at or above which two sentences from different articles report the same fact.
# Set by inspecting ranked pairs in examples/corbyn-snp: below ~0.25 pairs share a topic
# but not a fact; above ~0.4 the real paraphrases there ("ruled out a pact" / "ruled out
# an alliance") are lost. Lexical alignment cannot see synonyms; see docs/design.md.
ALIGN_THRESHOLD = 0.3


@functools.lru_cache(maxsize=32768)
def features(text: str) -> tuple[str, ...]:
    """The terms a sentence is compared on: stemmed content words. Cached: the analysis
    (`analyze.only_in`) asks again for the sentences the alignment has just seen."""
    return tuple(content_terms(text))


class Alignment:
    """Which of a story's sentences state the same fact, with the queries built on it.

    Kept sparse: the sentences' unit TF-IDF vectors, and the pairs whose cosine reaches
    the threshold. A dense matrix of every pair grows with the square of the story: 564
    articles (about 15,000 sentences) had taken 2.7 GB, and a story of a thousand reports
    would not fit a laptop, while the pairs that align are few (a fact is told a handful
    of times)."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = ALIGN_THRESHOLD):
        self.sentences = list(sentences)
        self.threshold = threshold
        self.index = {s.id: i for i, s in enumerate(self.sentences)}
        self.vectors = _vectors(self.sentences)
        self._pairs: dict[float, csr_matrix] = {}
        self._rows: dict[int, tuple[int, ...]] = {}

    @property
    def aligned(self) -> csr_matrix:
        """Which pairs of sentences state the same fact: a sparse boolean matrix, each
        row's columns in ascending order (a sentence with content words is aligned with
        itself)."""
        return self.pairs(self.threshold)

    def pairs(self, threshold: float) -> csr_matrix:
        """The pairs of sentences whose cosine reaches `threshold` (memoised)."""
        if threshold not in self._pairs:
            self._pairs[threshold] = _pairs(self.vectors, threshold)
        return self._pairs[threshold]

    def centrality(self) -> np.ndarray:
        """Each sentence's summed cosine with every sentence of the story, itself included:
        its cosine with the story's centroid, up to a constant factor."""
        total = np.asarray(self.vectors.sum(axis=0)).ravel()
        return np.asarray(self.vectors @ total).ravel()

    def similarity(self, a: Sentence, b: Sentence) -> float:
        row, other = self.vectors[self.index[a.id]], self.vectors[self.index[b.id]]
        return float((row @ other.T).sum())

    def supporters(self, sentence: Sentence) -> dict[str, tuple[str, ...]]:
        """Article id -> ids of its sentences aligned with `sentence` (its own included)."""
        found: dict[str, list[str]] = {sentence.article_id: [sentence.id]}
        for j in self._row(self.index[sentence.id]):
            other = self.sentences[j]
            if other.article_id != sentence.article_id:
                found.setdefault(other.article_id, []).append(other.id)
        return {article: tuple(ids) for article, ids in found.items()}

    def redundant(self, candidate: Sentence, chosen: Sequence[Sentence]) -> bool:
        """True when `candidate` states what one of `chosen` already states."""
        row = self._row(self.index[candidate.id])
        return any(self.index[c.id] in row for c in chosen)

    def _row(self, i: int) -> tuple[int, ...]:
        """The sentences aligned with sentence i, in story order (memoised: the
        summarizer asks of each candidate again as the digest grows)."""
        row = self._rows.get(i)
        if row is None:
            aligned = self.aligned
            row = self._rows[i] = tuple(
                aligned.indices[aligned.indptr[i]:aligned.indptr[i + 1]].tolist())
        return row


# Entries of the similarity product computed at a time: bounds the memory of a large
# story to a few tens of MB, while a story of ordinary size is one block.
_BLOCK_ENTRIES = 1 << 22


def _vectors(sentences: Sequence[Sentence]) -> csr_matrix:
    """Unit-length TF-IDF vectors of the sentences (sublinear term frequency), one row
    each; a sentence without content words is a zero row."""
    n = len(sentences)
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, s in enumerate(sentences):
        counts: dict[int, int] = {}
        for f in features(s.text):
            j = vocab.setdefault(f, len(vocab))
            counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            rows.append(i)
            cols.append(j)
            vals.append(1.0 + math.log(c))
    m = csr_matrix((vals, (rows, cols)), shape=(n, max(len(vocab), 1)))
    df = np.bincount(cols, minlength=m.shape[1]) if cols else np.zeros(m.shape[1])
    idf = np.log((n + 1) / (df + 1)) + 1.0
    m = m.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(m.multiply(1.0 / norms[:, None]))


def _pairs(vectors: csr_matrix, threshold: float) -> csr_matrix:
    """The pairs whose cosine reaches `threshold`, as a sparse boolean matrix with sorted
    rows: the product of the vectors a block of rows at a time, each block thresholded
    before the next is made."""
    n = vectors.shape[0]
    step = max(1, _BLOCK_ENTRIES // max(n, 1))
    other = vectors.T.tocsr()
    if n <= step:  # (most stories: one product, no slicing or stacking)
        return _at_least(vectors @ other, threshold)
    return sparse.vstack([_at_least(vectors[start:start + step] @ other, threshold)
                          for start in range(0, n, step)], format="csr")


def _at_least(product: csr_matrix, threshold: float) -> csr_matrix:
    """The entries of a product that reach `threshold`, read off its data (scipy's own
    comparison first sorts every entry of the product, most of which are dropped)."""
    keep = product.data >= threshold
    indptr = np.concatenate(([0], np.cumsum(keep)))[product.indptr]
    found = csr_matrix((np.ones(int(indptr[-1]), dtype=bool), product.indices[keep], indptr),
                       shape=product.shape)
    found.sort_indices()
    return found
