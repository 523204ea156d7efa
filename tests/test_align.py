"""Alignment: which sentences of a story state the same fact, kept as pairs."""

from __future__ import annotations

import itertools

import pytest
from scipy import sparse

from storyline import align
from storyline.align import Alignment
from storyline.pipeline import documents

from .conftest import article

REPORTS = [
    article("Floods forced 500 people from their homes in York on Monday. The river rose "
            "two metres overnight. Police closed six roads near the centre.", id="r1"),
    article("Hundreds of people were forced from their homes in York by floods on Monday. "
            "The council opened three shelters. And so on.", id="r2"),
    article("The river in York rose two metres in one night. Engineers said the defences "
            "had been overwhelmed.", id="r3"),
]


def _alignment() -> Alignment:
    return Alignment([s for d in documents(REPORTS) for s in d.sentences])


def test_sentences_telling_one_fact_are_aligned_and_others_are_not() -> None:
    alignment = _alignment()
    text = {s.text: s for s in alignment.sentences}
    floods = text["Floods forced 500 people from their homes in York on Monday."]
    hundreds = text["Hundreds of people were forced from their homes in York by floods on "
                    "Monday."]
    river = text["The river rose two metres overnight."]
    assert alignment.redundant(hundreds, [floods])
    assert not alignment.redundant(river, [floods])
    assert alignment.supporters(floods) == {"r1": (floods.id,), "r2": (hundreds.id,)}


def test_the_pairs_are_those_whose_cosine_reaches_the_threshold() -> None:
    alignment = _alignment()
    sentences = alignment.sentences
    aligned = alignment.aligned
    assert sparse.issparse(aligned)  # (the pairs only: never a matrix of every pair)
    for a, b in itertools.product(sentences, repeat=2):
        i, j = alignment.index[a.id], alignment.index[b.id]
        similarity = alignment.similarity(a, b)
        assert bool(aligned[i, j]) == (similarity >= alignment.threshold), (a.text, b.text)
    # a sentence with content words states its own fact; one without states none
    empty = next(s for s in sentences if s.text == "And so on.")
    assert alignment.similarity(empty, empty) == 0
    assert alignment.supporters(empty) == {"r2": (empty.id,)}


def test_a_story_too_large_for_one_block_has_the_same_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _alignment().aligned
    monkeypatch.setattr(align, "_BLOCK_ENTRIES", 7)  # (a row or so at a time)
    blocked = _alignment().aligned
    assert (whole != blocked).nnz == 0
    assert blocked.has_sorted_indices


def test_centrality_sums_each_sentence_s_cosines_with_the_story() -> None:
    alignment = _alignment()
    centrality = alignment.centrality()
    for a in alignment.sentences:
        expected = sum(alignment.similarity(a, b) for b in alignment.sentences)
        assert centrality[alignment.index[a.id]] == pytest.approx(expected)
