"""Lead: the first sentences of each report in turn — the newsroom's own baseline."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.align import Alignment
from storyline.model import Document, Sentence
from storyline.summarize.base import Budget, candidates, greedy_fill


class Lead:
    name = "lead"

    def select(
        self, docs: Sequence[Document], budget: Budget, alignment: Alignment
    ) -> list[Sentence]:
        allowed = {s.id for s in candidates(docs)}
        per_doc = [[s for s in d.sentences if s.id in allowed] for d in docs]
        round_robin = [
            doc[i] for i in range(max((len(d) for d in per_doc), default=0))
            for doc in per_doc if i < len(doc)
        ]
        return greedy_fill(round_robin, budget, alignment)
