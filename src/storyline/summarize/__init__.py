"""Summarization strategies behind one interface; pick one by name with `get`."""

from __future__ import annotations

from storyline.summarize.base import Budget, Summarizer, candidates, is_dangling
from storyline.summarize.centroid import Centroid
from storyline.summarize.concept import ConceptCoverage
from storyline.summarize.lead import Lead
from storyline.summarize.lexrank import LexRank
from storyline.summarize.order import story_order

METHODS: dict[str, type] = {
    "concept": ConceptCoverage,
    "lexrank": LexRank,
    "centroid": Centroid,
    "lead": Lead,
}
DEFAULT_METHOD = "concept"


def get(name: str = DEFAULT_METHOD) -> Summarizer:
    """A summarizer by name; raises ValueError naming the choices for an unknown one."""
    try:
        return METHODS[name]()
    except KeyError:
        raise ValueError(
            f"unknown method {name!r}; choose from {', '.join(sorted(METHODS))}"
        ) from None


__all__ = [
    "DEFAULT_METHOD", "METHODS", "Budget", "Summarizer", "candidates", "get", "is_dangling",
    "story_order",
]
