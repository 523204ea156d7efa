"""Centroid (MEAD, Radev et al. 2004): closeness to the story's centroid, plus position."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.align import Alignment
from storyline.model import Document, Sentence
from storyline.summarize.base import Budget, candidates, greedy_fill


class Centroid:
    name = "centroid"

    def __init__(self, position_weight: float = 1.0):
        self.position_weight = position_weight

    def select(
        self, docs: Sequence[Document], budget: Budget, alignment: Alignment
    ) -> list[Sentence]:
        # cos(x_i, sum_j x_j) is proportional to the row sum of the cosine matrix.
        centrality = alignment.centrality()
        top = float(centrality.max()) if centrality.size else 1.0
        lengths = {d.article.id: max(len(d.sentences), 1) for d in docs}

        def score(s: Sentence) -> float:
            c = centrality[alignment.index[s.id]] / (top or 1.0)
            position = 1.0 - s.index / lengths[s.article_id]
            return c + self.position_weight * position

        ranked = sorted(candidates(docs), key=lambda s: (-score(s), s.id))
        return greedy_fill(ranked, budget, alignment)
