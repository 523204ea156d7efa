"""Concept coverage: cover the most important facts of the story, each once.

After Gillick & Favre (2009) and Lin & Bilmes (2011): a story's *concepts* are its
content bigrams; a concept is worth more the more independent reports mention it and
the earlier they mention it (reporters put what matters first). The digest is the set
of sentences that covers the most concept weight within the budget, each concept
counted once — so restating a fact earns nothing. The budgeted maximum-coverage
problem is solved with the cost-scaled greedy algorithm, which is within a constant
factor of the optimum for this submodular objective and fast enough for large stories.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from storyline.align import Alignment
from storyline.model import Document, Sentence, SentenceKind
from storyline.summarize.base import Budget, candidates
from storyline.text import bigrams

Concept = tuple[str, str]


class ConceptCoverage:
    name = "concept"

    def __init__(self, position_weight: float = 3.0, single_source_weight: float = 0.5,
                 length_exponent: float = 1.0):
        self.position_weight = position_weight
        self.single_source_weight = single_source_weight
        self.length_exponent = length_exponent

    def select(
        self, docs: Sequence[Document], budget: Budget, alignment: Alignment
    ) -> list[Sentence]:
        weights = self.concept_weights(docs)
        pool = candidates(docs)
        concepts = [frozenset(c for c in bigrams(s.text) if c in weights) for s in pool]
        covered: set[Concept] = set()
        chosen: list[Sentence] = []
        used = 0

        def score(i: int) -> float:
            gain = sum(weights[c] for c in concepts[i] - covered)
            return gain / (pool[i].words ** self.length_exponent)

        # Lazy greedy (Minoux 1978): gains only shrink as coverage grows, so a stale
        # score is an upper bound and only the heap's top needs re-scoring.
        heap = [(-score(i), i) for i in range(len(pool))]
        heapq.heapify(heap)
        while heap:
            _, i = heapq.heappop(heap)
            fresh = score(i)
            if heap and -fresh > heap[0][0] + 1e-12:
                heapq.heappush(heap, (-fresh, i))
                continue
            s = pool[i]
            if fresh <= 0:
                break
            if not budget.fits(used, len(chosen), s.words) or alignment.redundant(s, chosen):
                continue
            chosen.append(s)
            covered |= concepts[i]
            used += s.words
        return chosen

    def concept_weights(self, docs: Sequence[Document]) -> dict[Concept, float]:
        """Weight of a concept: per report that mentions it, 1 plus a bonus for mentioning
        it early. Concepts only one report mentions are discounted when there are several."""
        weights: dict[Concept, float] = {}
        sources: dict[Concept, int] = {}
        for doc in docs:
            body = [s for s in doc.sentences if s.kind is SentenceKind.BODY]
            first: dict[Concept, int] = {}
            for rank, s in enumerate(body):
                for c in bigrams(s.text):
                    first.setdefault(c, rank)
            for c, rank in first.items():
                weights[c] = weights.get(c, 0.0) + 1.0 + self.position_weight / (1 + rank)
                sources[c] = sources.get(c, 0) + 1
        if len(docs) > 1:
            for c, n in sources.items():
                if n == 1:
                    weights[c] *= self.single_source_weight
        return weights
