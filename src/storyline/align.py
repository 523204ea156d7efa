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
import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from scipy.sparse import csr_matrix

from storyline.model import Sentence, SentenceKind
from storyline.text import content_terms, words

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


def other_words_quoted(a: str, b: str) -> bool:
    """Whether sentence a opens on someone's words in quotation marks (four words or more)
    that sentence b does not carry, three of them in a row: a quotation is stated only by
    a source that quotes it, whatever words the two share ('"I'm not interested in what
    happens to Bill Clinton," she said.' had cited another woman's '"I'm doing everything
    I know how."'; benchmarks/citations.py)."""
    opening = _OPENING_QUOTATION.match(a)
    quoted = words(opening.group(1)) if opening else []
    if len(quoted) < 4:
        return False
    told = words(b)
    said = set(zip(told, told[1:], told[2:], strict=False))
    return not any(three in said for three in zip(quoted, quoted[1:], quoted[2:], strict=False))


_OPENING_QUOTATION = re.compile(r"\s*[\"“]([^\"“”]+)[\"”]")


class Alignment:
    """Which of a story's sentences state the same fact, with the queries built on it.

    Kept as pairs of *texts*: each distinct sentence text has one unit TF-IDF vector, and
    the pairs of texts whose cosine reaches the threshold are stored sparse; a sentence
    states what its text states. A dense matrix of every pair of sentences grows with the
    square of the story (564 reports, about 15,000 sentences, had taken 2.7 GB), and even
    sparse pairs of sentences do when a page repeats one line thousands of times (every
    copy of the line aligned with every other), while the pairs of different texts that
    align are few: a fact is told a handful of times."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = ALIGN_THRESHOLD):
        self.sentences = list(sentences)
        self.threshold = threshold
        self.index = {s.id: i for i, s in enumerate(self.sentences)}
        texts: dict[str, int] = {}
        self.text_of = [texts.setdefault(s.text, len(texts)) for s in self.sentences]
        self.told: list[list[int]] = [[] for _ in texts]  # each text's sentences, in order
        for i, t in enumerate(self.text_of):
            self.told[t].append(i)
        self.vectors = _vectors(list(texts), [len(told) for told in self.told])
        self._pairs: dict[float, csr_matrix] = {}
        self._rows: dict[int, tuple[int, ...]] = {}

    def pairs(self, threshold: float) -> csr_matrix:
        """The pairs of texts whose cosine reaches `threshold`, a sparse boolean matrix
        with sorted rows (a text with content words is paired with itself; memoised)."""
        if threshold not in self._pairs:
            self._pairs[threshold] = _pairs(self.vectors, threshold)
        return self._pairs[threshold]

    def aligned_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (i < j) of sentences in different words that state the same fact, in
        story order (by i, then j), as two arrays of sentence positions."""
        upper = sparse.triu(self.pairs(self.threshold), k=1, format="coo")  # texts t < u
        found = sorted((min(i, j), max(i, j))
                       for t, u in zip(upper.row.tolist(), upper.col.tolist(), strict=True)
                       for i in self.told[t] for j in self.told[u])
        pairs = np.array(found, dtype=np.intp).reshape(-1, 2)
        return pairs[:, 0], pairs[:, 1]

    def told_elsewhere(self) -> list[bool]:
        """For each sentence, whether a sentence of another article states its fact."""
        code: dict[str, int] = {}
        article = np.array([code.setdefault(s.article_id, len(code)) for s in self.sentences],
                           dtype=np.intp)
        text = np.array(self.text_of, dtype=np.intp)
        # Per text, the one article that tells it, or -1 where several do.
        articles = max(len(code), 1)
        told_in = np.unique(text * articles + article)  # each (text, article) once
        texts, count = np.unique(told_in // articles, return_counts=True)
        alone = texts[count == 1]
        held = np.full(len(self.told), -1, dtype=np.intp)
        held[alone] = told_in[np.isin(told_in // articles, alone)] % articles
        # A sentence is told elsewhere when the texts aligned with its own are told
        # anywhere but in its article alone: their articles (-1 for several) are summed
        # up by the least and the greatest, which then differ or are another article.
        # (Arrays, not a set per text: this runs for every story's analysis.)
        # (A text aligned with none keeps least > most: told nowhere.)
        pairs = self.pairs(self.threshold).tocoo()
        least = np.full(len(self.told), len(code), dtype=np.intp)
        most = np.full(len(self.told), -2, dtype=np.intp)
        np.minimum.at(least, pairs.row, held[pairs.col])
        np.maximum.at(most, pairs.row, held[pairs.col])
        least, most = least[text], most[text]
        return ((least <= most) & ~((least == article) & (most == article))).tolist()

    def centrality(self) -> np.ndarray:
        """Each sentence's summed cosine with every sentence of the story, itself included:
        its cosine with the story's centroid, up to a constant factor."""
        counts = np.array([len(told) for told in self.told], dtype=float)
        total = np.asarray(self.vectors.T @ counts).ravel()
        return np.asarray(self.vectors @ total).ravel()[self.text_of]

    def similarity(self, a: Sentence, b: Sentence) -> float:
        row = self.vectors[self.text_of[self.index[a.id]]]
        other = self.vectors[self.text_of[self.index[b.id]]]
        return float((row @ other.T).sum())

    def supporters(self, sentence: Sentence) -> dict[str, tuple[str, ...]]:
        """Article id -> ids of its sentences aligned with `sentence` (its own included).
        A picture's caption, the page's furniture and a byline support nothing: they are
        no report of the fact ('President Donald Trump speaks during a news conference,
        Thursday, …' had been cited for 'Trump's Thursday press conference had many
        people talking'; see benchmarks/citations.py)."""
        found: dict[str, list[str]] = {sentence.article_id: [sentence.id]}
        row = self._row(self.text_of[self.index[sentence.id]])
        for j in sorted(j for t in row for j in self.told[t]):
            other = self.sentences[j]
            if other.article_id != sentence.article_id and other.kind not in _PAGE_TEXT:
                found.setdefault(other.article_id, []).append(other.id)
        return {article: tuple(ids) for article, ids in found.items()}

    def redundant(self, candidate: Sentence, chosen: Sequence[Sentence]) -> bool:
        """True when `candidate` states what one of `chosen` already states."""
        row = self._row(self.text_of[self.index[candidate.id]])
        return any(self.text_of[self.index[c.id]] in row for c in chosen)

    def _row(self, t: int) -> tuple[int, ...]:
        """The texts aligned with text t, in order (memoised: the summarizer asks of each
        candidate again as the digest grows)."""
        row = self._rows.get(t)
        if row is None:
            pairs = self.pairs(self.threshold)
            row = tuple(pairs.indices[pairs.indptr[t]:pairs.indptr[t + 1]].tolist())
            self._rows[t] = row
        return row


# What a page prints around a report, which reports no fact (captions describe a picture)
_PAGE_TEXT = frozenset({SentenceKind.CAPTION, SentenceKind.FURNITURE, SentenceKind.BYLINE})

# Entries of the similarity product computed at a time: bounds the memory of a large
# story to a few tens of MB, while a story of ordinary size is one block.
_BLOCK_ENTRIES = 1 << 22


def _vectors(texts: Sequence[str], counts: Sequence[int]) -> csr_matrix:
    """Unit-length TF-IDF vectors of the texts (sublinear term frequency), one row each;
    a text without content words is a zero row. `counts`: how many sentences tell each
    text, which the document frequencies count (IDF is over the story's sentences)."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, text in enumerate(texts):
        terms: dict[int, int] = {}
        for f in features(text):
            j = vocab.setdefault(f, len(vocab))
            terms[j] = terms.get(j, 0) + 1
        for j, c in terms.items():
            rows.append(i)
            cols.append(j)
            vals.append(1.0 + math.log(c))
    m = csr_matrix((vals, (rows, cols)), shape=(len(texts), max(len(vocab), 1)))
    df = np.bincount(np.array(cols, dtype=np.intp), minlength=m.shape[1],
                     weights=np.array(counts, dtype=float)[rows])  # sentences with the term
    idf = np.log((sum(counts) + 1) / (df + 1)) + 1.0
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
