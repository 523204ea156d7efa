"""Every strategy honours the Summarizer interface: budget, candidates only, determinism."""

from __future__ import annotations

import pytest

from storyline.align import Alignment
from storyline.pipeline import documents
from storyline.summarize import METHODS, Budget, candidates, get, is_dangling
from storyline.summarize.concept import ConceptCoverage

from ..conftest import article

REPORTS = [
    article("Floods hit the northern city of York on Monday, forcing 500 people from their "
            "homes. The river rose two metres overnight. He said it was bad. Police closed "
            "six roads near the centre.", id="r1"),
    article("Hundreds of people were forced from their homes in York after floods hit the "
            "city on Monday. Emergency crews used boats to reach stranded residents. The "
            "council opened three shelters.", id="r2"),
    article("York was flooded on Monday when the river burst its banks. Engineers said the "
            "defences had been overwhelmed. The council opened three rest centres.", id="r3"),
]


@pytest.mark.parametrize("name", sorted(METHODS))
def test_selection_fits_budget_and_uses_candidates(name: str) -> None:
    docs = documents(REPORTS)
    alignment = Alignment([s for d in docs for s in d.sentences])
    allowed = {s.id for s in candidates(docs)}
    for words in (15, 25, 60):
        chosen = get(name).select(docs, Budget(words=words), alignment)
        assert sum(s.words for s in chosen) <= words
        assert {s.id for s in chosen} <= allowed
        assert chosen == get(name).select(docs, Budget(words=words), alignment)


def test_dangling_sentences_are_not_candidates() -> None:
    ids = {s.text for s in candidates(documents(REPORTS))}
    assert "He said it was bad." not in ids
    assert is_dangling(documents([article("He added: “No.”")])[0].sentences[0])


def test_concepts_several_reports_share_outweigh_single_source_ones() -> None:
    weights = ConceptCoverage().concept_weights(documents(REPORTS))
    assert weights[("their", "home")] > weights[("emergenc", "crew")]


def test_concept_coverage_prefers_the_widely_reported_fact() -> None:
    docs = documents(REPORTS)
    alignment = Alignment([s for d in docs for s in d.sentences])
    chosen = ConceptCoverage().select(docs, Budget(words=20), alignment)
    assert any("homes" in s.text for s in chosen)
