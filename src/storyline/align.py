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
    """Pairwise similarity of a story's sentences, with the alignment queries built on it."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = ALIGN_THRESHOLD):
        self.sentences = list(sentences)
        self.threshold = threshold
        self.index = {s.id: i for i, s in enumerate(self.sentences)}
        self.matrix = _similarity(self.sentences)

    @functools.cached_property
    def aligned(self) -> np.ndarray:
        """Which pairs of sentences state the same fact (a boolean matrix), asked by more
        than one analysis section."""
        return self.matrix >= self.threshold

    def similarity(self, a: Sentence, b: Sentence) -> float:
        return float(self.matrix[self.index[a.id], self.index[b.id]])

    def supporters(self, sentence: Sentence) -> dict[str, tuple[str, ...]]:
        """Article id -> ids of its sentences aligned with `sentence` (its own included)."""
        row = self.matrix[self.index[sentence.id]]
        found: dict[str, list[str]] = {sentence.article_id: [sentence.id]}
        for j in np.flatnonzero(row >= self.threshold):
            other = self.sentences[j]
            if other.article_id != sentence.article_id:
                found.setdefault(other.article_id, []).append(other.id)
        return {article: tuple(ids) for article, ids in found.items()}

    def redundant(self, candidate: Sentence, chosen: Sequence[Sentence]) -> bool:
        """True when `candidate` states what one of `chosen` already states."""
        i = self.index[candidate.id]
        return any(self.matrix[i, self.index[c.id]] >= self.threshold for c in chosen)


def _similarity(sentences: Sequence[Sentence]) -> np.ndarray:
    """Dense cosine-similarity matrix of TF-IDF sentence vectors."""
    n = len(sentences)
    if n == 0:
        return np.zeros((0, 0))
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
    m = csr_matrix(m.multiply(1.0 / norms[:, None]))
    return (m @ m.T).toarray()
