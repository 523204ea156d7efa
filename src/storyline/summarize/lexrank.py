"""LexRank (Erkan & Radev, 2004): sentences central in the story's similarity graph."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from storyline.align import Alignment
from storyline.model import Document, Sentence
from storyline.summarize.base import Budget, candidates, greedy_fill


class LexRank:
    name = "lexrank"

    def __init__(self, threshold: float = 0.1, damping: float = 0.85, iterations: int = 100):
        self.threshold = threshold
        self.damping = damping
        self.iterations = iterations

    def select(
        self, docs: Sequence[Document], budget: Budget, alignment: Alignment
    ) -> list[Sentence]:
        scores = self.scores(alignment)
        pool = candidates(docs)
        ranked = sorted(pool, key=lambda s: (-scores[alignment.index[s.id]], s.id))
        return greedy_fill(ranked, budget, alignment)

    def scores(self, alignment: Alignment) -> np.ndarray:
        """Stationary distribution of a random walk on the thresholded similarity graph."""
        # The walk is over sentences; sentences of one text share their rank, so it is
        # taken over the texts, each weighing as many sentences as tell it.
        adjacency = alignment.pairs(self.threshold).astype(float)
        told = np.array([len(sentences) for sentences in alignment.told], dtype=float)
        n = int(told.sum())
        if n == 0:
            return np.zeros(0)
        degree = np.asarray(adjacency @ told).ravel()  # a sentence's neighbours
        degree[degree == 0] = 1.0
        step = csr_matrix(adjacency.multiply((told / degree)[:, None])).T.tocsr()
        rank = np.full(len(told), 1.0 / n)
        for _ in range(self.iterations):
            new = (1 - self.damping) / n + self.damping * (step @ rank)
            if (np.abs(new - rank) * told).sum() < 1e-8:
                return new[alignment.text_of]
            rank = new
        return rank[alignment.text_of]
