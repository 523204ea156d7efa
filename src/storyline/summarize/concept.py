"""Concept coverage: cover the most important facts of the story, each once.

After Gillick & Favre (2009) and Lin & Bilmes (2011): a story's *concepts* are its
content bigrams; a concept is worth more the more independent reports mention it and
the earlier they mention it (reporters put what matters first). How much "early" counts
shrinks as 1/sqrt(number of reports): with many reports, agreement between them is the
stronger evidence; with one or two, the reporter's own ordering is most of what there is.

The digest is the set of sentences that covers the most concept weight within the
budget, each concept counted once — so restating a fact earns nothing. The budgeted maximum-coverage
problem is solved with the cost-scaled lazy greedy algorithm, within a constant factor
of the optimum for this submodular objective and fast enough for large stories.

Selection works on *units* (see `base.units`): a sentence that leans on the one
before it ("He added: …") can only enter together with it.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

from storyline.align import Alignment
from storyline.model import Document, Sentence, SentenceKind
from storyline.summarize.base import Budget, units
from storyline.text import bigrams

Concept = tuple[str, str]


class ConceptCoverage:
    name = "concept"

    def __init__(self, position_weight: float = 6.0, single_source_weight: float = 0.5,
                 length_exponent: float = 1.0):
        self.position_weight = position_weight
        self.single_source_weight = single_source_weight
        self.length_exponent = length_exponent

    def select(
        self, docs: Sequence[Document], budget: Budget, alignment: Alignment
    ) -> list[Sentence]:
        weights = self.concept_weights(docs)
        pool = units(docs)
        concepts = {
            s.id: frozenset(c for c in bigrams(s.text) if c in weights)
            for unit in pool for s in unit
        }
        containing: dict[str, list[int]] = {}
        for i, unit in enumerate(pool):
            for s in unit:
                containing.setdefault(s.id, []).append(i)
        covered: set[Concept] = set()
        chosen: list[Sentence] = []
        picked: set[str] = set()
        used = 0

        def new_part(i: int) -> list[Sentence]:
            return [s for s in pool[i] if s.id not in picked]

        def score(i: int) -> float:
            fresh = new_part(i)
            if not fresh:
                return 0.0
            # fsum is exactly rounded, so the gain does not depend on the order a set
            # yields its concepts in, i.e. on the process's hash seed
            gain = math.fsum(weights[c] for c in frozenset().union(
                *(concepts[s.id] for s in fresh)) - covered)
            return gain / (sum(s.words for s in fresh) ** self.length_exponent)

        # Lazy greedy (Minoux 1978): a stale score is an upper bound because gains only
        # shrink as coverage grows. A unit's cost shrinks when part of it is picked, so
        # those units are re-queued with their fresh score.
        heap = [(-score(i), i) for i in range(len(pool))]
        heapq.heapify(heap)
        while heap:
            _, i = heapq.heappop(heap)
            fresh = score(i)
            if heap and -fresh > heap[0][0] + 1e-12:
                heapq.heappush(heap, (-fresh, i))
                continue
            if fresh <= 0:
                if not new_part(i):
                    continue
                break
            add = new_part(i)
            words = sum(s.words for s in add)
            if budget.sentences is not None and len(chosen) + len(add) > budget.sentences:
                continue
            if budget.words is not None and used + words > budget.words:
                continue
            if any(alignment.redundant(s, chosen) for s in add):
                continue
            for s in add:
                chosen.append(s)
                picked.add(s.id)
                covered |= concepts[s.id]
                for j in containing[s.id]:
                    if j != i:
                        heapq.heappush(heap, (-score(j), j))
            used += words
        return chosen

    def concept_weights(self, docs: Sequence[Document]) -> dict[Concept, float]:
        """Weight of a concept: per report that mentions it, 1 plus a bonus for mentioning
        it early. Concepts only one report mentions are discounted when there are several."""
        weights: dict[Concept, float] = {}
        sources: dict[Concept, int] = {}
        early = self.position_weight / math.sqrt(max(len(docs), 1))
        for doc in docs:
            body = [s for s in doc.sentences if s.kind is SentenceKind.BODY]
            first: dict[Concept, int] = {}
            for rank, s in enumerate(body):
                for c in bigrams(s.text):
                    first.setdefault(c, rank)
            for c, rank in first.items():
                weights[c] = weights.get(c, 0.0) + 1.0 + early / (1 + rank)
                sources[c] = sources.get(c, 0) + 1
        if len(docs) > 1:
            for c, n in sources.items():
                if n == 1:
                    weights[c] *= self.single_source_weight
        return weights
