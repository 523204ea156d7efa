"""Alignment: which sentences of a story state the same fact, kept as pairs."""

from __future__ import annotations

import itertools

import pytest
from scipy import sparse

from storyline import align
from storyline.align import Alignment, other_words_quoted
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


def test_a_caption_the_page_s_furniture_or_a_byline_supports_nothing() -> None:
    # (they are aligned all the same: a caption may still be the same fact told twice)
    told = article("Floods forced 500 people from their homes in York on Monday.", id="r1")
    pictured = article("Photo: Floods forced hundreds of people from their homes in York on "
                       "Monday.\nThe council opened three shelters.", id="r2")
    alignment = Alignment([s for d in documents([told, pictured]) for s in d.sentences])
    floods, caption = alignment.sentences[0], alignment.sentences[1]
    assert caption.kind == "caption" and alignment.redundant(caption, [floods])
    assert alignment.supporters(floods) == {"r1": (floods.id,)}


def test_a_quotation_is_stated_only_where_its_words_are_quoted() -> None:
    # ('"I'm not interested in what happens to Bill Clinton," she said.' had cited another
    # woman's '"I'm doing everything I know how."')
    said = '"I\'m not interested in what happens to Bill Clinton," she said.'
    assert other_words_quoted(said, '"I\'m doing everything I know how."')
    assert not other_words_quoted(said, 'Slaughter said she was "not interested in what '
                                        'happens to Bill Clinton."')
    # (a sentence that does not open on a quotation, or on a word or three, is not asked)
    assert not other_words_quoted("Slaughter said so.", "Slaughter did not say so.")
    assert not other_words_quoted('"Bomb," they told passersby.', "A bomb went off.")


def test_the_pairs_are_those_whose_cosine_reaches_the_threshold() -> None:
    alignment = _alignment()
    sentences = alignment.sentences
    assert sparse.issparse(alignment.pairs(alignment.threshold))  # (never every pair)
    for a, b in itertools.product(sentences, repeat=2):
        similarity = alignment.similarity(a, b)
        assert alignment.redundant(a, [b]) == (similarity >= alignment.threshold), (a, b)
    # a sentence with content words states its own fact; one without states none
    empty = next(s for s in sentences if s.text == "And so on.")
    assert alignment.similarity(empty, empty) == 0
    assert alignment.supporters(empty) == {"r2": (empty.id,)}


def test_a_story_too_large_for_one_block_has_the_same_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _alignment().pairs(0.3)
    monkeypatch.setattr(align, "_BLOCK_ENTRIES", 7)  # (a row or so at a time)
    blocked = _alignment().pairs(0.3)
    assert (whole != blocked).nnz == 0
    assert blocked.has_sorted_indices


def test_a_line_a_page_repeats_is_one_text_its_copies_each_a_sentence_telling_it() -> None:
    line = "Police urged residents to stay indoors during the floods."
    page = article(" ".join([line] * 500) + " Floods hit York on Monday.", id="page")
    other = article("Floods hit York on Monday. Police urged residents to stay indoors during "
                    "the floods.", id="other")
    alignment = Alignment([s for d in documents([page, other]) for s in d.sentences])
    assert alignment.pairs(alignment.threshold).shape == (2, 2)  # two texts, 1,002 sentences
    copies = [s for s in alignment.sentences if s.text == line]
    assert len(copies) == 501
    assert alignment.supporters(copies[0]) == {"page": (copies[0].id,), "other": (copies[-1].id,)}
    assert alignment.redundant(copies[7], [copies[3]])
    assert all(alignment.told_elsewhere())
    rows, _ = alignment.aligned_pairs()
    assert rows.size == 0  # the same words twice are no two tellings


def test_aligned_pairs_are_sentences_in_different_words_in_story_order() -> None:
    alignment = _alignment()
    rows, cols = alignment.aligned_pairs()
    pairs = list(zip(rows.tolist(), cols.tolist(), strict=True))
    assert pairs == sorted(pairs) and all(i < j for i, j in pairs)
    sentences = alignment.sentences
    expected = [(i, j) for i, j in itertools.combinations(range(len(sentences)), 2)
                if sentences[i].text != sentences[j].text
                and alignment.redundant(sentences[i], [sentences[j]])]
    assert pairs == expected
    told = alignment.told_elsewhere()
    for i, a in enumerate(sentences):
        others = [b for b in sentences if b.article_id != a.article_id]
        assert told[i] == alignment.redundant(a, others), a.text


def test_centrality_sums_each_sentence_s_cosines_with_the_story() -> None:
    alignment = _alignment()
    centrality = alignment.centrality()
    for a in alignment.sentences:
        expected = sum(alignment.similarity(a, b) for b in alignment.sentences)
        assert centrality[alignment.index[a.id]] == pytest.approx(expected)
