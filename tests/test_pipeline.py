"""digest(): every sentence cited by all sources that report it, no fact twice, deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import Article, digest, digest_articles, digest_one_story
from storyline.align import Alignment
from storyline.model import Problem
from storyline.pipeline import (
    digest_stories,
    documents,
    load,
    stated_otherwise,
    summarizable,
)
from storyline.summarize import METHODS, Budget, is_dangling


@pytest.fixture(scope="module")
def example() -> list[Article]:
    return load([Path(__file__).resolve().parent.parent / "examples" / "corbyn-snp"])


@pytest.mark.parametrize("method", sorted(METHODS))
def test_citation_invariants_hold_for_every_method(example: list[Article], method: str) -> None:
    d = digest_articles(example, Budget(words=150), method)
    assert d.sentences, "a digest of three real reports must say something"
    sentence_text = {s.id: s.text for doc in documents(example) for s in doc.sentences}
    article_of_source = {s.id: s.article_id for s in d.sources}
    for ds in d.sentences:
        assert ds.citations, ds.text
        assert ds.text == sentence_text[ds.sentence_id]  # verbatim, traceable
        own = ds.citations[0]
        assert ds.sentence_id in own.sentence_ids  # first citation: where it was copied from
        for c in ds.citations:
            assert c.sentence_ids
            for sid in c.sentence_ids:
                assert sid.startswith(article_of_source[c.source_id] + "#")
        assert len(set(ds.source_ids)) == len(ds.source_ids)


def test_every_aligned_source_is_cited_unless_it_tells_another_fact(
        example: list[Article]) -> None:
    d = digest_articles(example, Budget(words=300))
    alignment = Alignment([s for doc in documents(example) for s in doc.sentences])
    by_id = {s.id: s for s in alignment.sentences}
    article_to_source = {s.article_id: s.id for s in d.sources}
    for ds in d.sentences:
        expected = {article_to_source[a] for a, ids in
                    alignment.supporters(by_id[ds.sentence_id]).items()
                    if any(i == ds.sentence_id or not stated_otherwise(ds.text, by_id[i].text)
                           for i in ids)}
        assert set(ds.source_ids) == expected


def test_a_source_giving_other_figures_for_the_fact_is_not_cited_for_it() -> None:
    reports = [
        Article("a", "The death toll from the cold has reached 83, police said on Sunday. "
                     "Schools were closed across the region."),
        Article("b", "The death toll from the cold has reached 85, police said on Sunday. "
                     "Trains were cancelled."),
        Article("c", "Police said on Sunday the death toll from the cold had reached 83."),
    ]
    d = digest_articles(reports, Budget(words=40))
    toll = next(s for s in d.sentences if "reached 8" in s.text)
    sources = {s.id: s.article_id for s in d.sources}
    cited = {sources[i] for i in toll.source_ids}
    assert cited == ({"a", "c"} if "83" in toll.text else {"b"})


def test_a_source_tells_another_fact_with_other_figures_or_other_quoted_words() -> None:
    assert stated_otherwise("The death toll from the cold has reached 83, police said.",
                            "The death toll from the cold has reached 85, police said.")
    assert stated_otherwise('"I am not interested in what happens to Bill Clinton," she said.',
                            '"I am doing everything I know how."')
    assert not stated_otherwise("The death toll from the cold has reached 83, police said.",
                                "Police said the death toll from the cold had reached 83.")


def test_no_fact_is_stated_twice(example: list[Article]) -> None:
    d = digest_articles(example, Budget(words=400))
    alignment = Alignment([s for doc in documents(example) for s in doc.sentences])
    by_id = {s.id: s for s in alignment.sentences}
    chosen = [by_id[s.sentence_id] for s in d.sentences]
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            assert alignment.similarity(a, b) < alignment.threshold, (a.text, b.text)
    assert len({s.text for s in d.sentences}) == len(d.sentences)


def test_cross_source_support_is_found() -> None:
    a = Article("a", "The minister resigned on Tuesday after a row over expenses claims. "
                     "Officials declined to comment.", source="One")
    b = Article("b", "Weather was mild across the region today. The minister resigned on "
                     "Tuesday following the row over his expenses claims.", source="Two")
    d = digest_articles([a, b], Budget(words=20))
    (first,) = [s for s in d.sentences if "resigned" in s.text]
    assert sorted(first.source_ids) == [1, 2]


def test_budget_is_respected(example: list[Article]) -> None:
    for words in (30, 80, 150):
        assert digest_articles(example, Budget(words=words)).words <= words
    assert len(digest_articles(example, Budget(words=None, sentences=2)).sentences) <= 2


def test_same_input_same_digest(example: list[Article]) -> None:
    assert digest_articles(example) == digest_articles(list(example))
    assert digest_articles(example) == digest_articles(example)


def test_never_opens_on_a_dangling_sentence(example: list[Article]) -> None:
    for words in (40, 100, 150, 250):
        d = digest_articles(example, Budget(words=words))
        by_id = {s.id: s for doc in documents(example) for s in doc.sentences}
        assert not is_dangling(by_id[d.sentences[0].sentence_id])


def test_digest_accepts_paths_and_articles(example_dir: Path) -> None:
    from_paths = digest([example_dir], words=100)
    from_articles = digest(load([example_dir]), words=100)
    assert from_paths == from_articles
    assert {s.name for s in from_paths.sources} == {"BuzzFeed News", "The Courier", "The Herald"}


def test_unknown_method_names_the_choices(example: list[Article]) -> None:
    with pytest.raises(ValueError, match="choose from"):
        digest_articles(example, method="magic")


def test_a_dangling_sentence_always_follows_its_antecedent(example: list[Article]) -> None:
    docs = documents(example)
    by_id = {s.id: s for doc in docs for s in doc.sentences}
    from storyline.summarize.base import antecedent

    for words in (100, 200, 400):
        d = digest_articles(example, Budget(words=words))
        ids = [s.sentence_id for s in d.sentences]
        for i, sid in enumerate(ids):
            if is_dangling(by_id[sid]):
                assert i > 0
                assert ids[i - 1] == antecedent(by_id[sid], docs).id


def _reprint(original: Article) -> Article:
    """A syndicated copy: another outlet, a day later, the last paragraph cut."""
    body = original.text.rsplit("\n\n", 1)[0]
    return Article(id="reprint", text=body, source="The Reprinter",
                   published=original.published.replace(day=original.published.day + 1)
                   if original.published else None)


def test_one_story_folds_copies_under_their_original(example: list[Article]) -> None:
    herald = next(a for a in example if a.source == "The Herald")
    d = digest_one_story([*example, _reprint(herald)], Budget(words=150))
    assert [s.name for s in d.sources] == [a.source for a in example]  # no fourth source
    (listed,) = [s for s in d.sources if s.name == "The Herald"]
    assert listed.also_carried_by == ("The Reprinter",) and listed.copy_ids == ("reprint",)
    cited = {c.source_id for s in d.sentences for c in s.citations}
    assert cited <= {s.id for s in d.sources}


def test_a_copy_adds_no_weight_to_what_one_story_digests(example: list[Article]) -> None:
    # counted as a report of its own, a copy would vote twice for every fact it repeats
    courier = [a for a in example if a.source != "BuzzFeed News"]
    herald = next(a for a in courier if a.source == "The Herald")
    alone = digest_one_story(courier, Budget(words=100))
    copied = digest_one_story([*courier, _reprint(herald)], Budget(words=100))
    assert [s.text for s in copied.sentences] == [s.text for s in alone.sentences]


def test_digest_reads_input_as_one_story_with_copies_folded(example: list[Article]) -> None:
    herald = next(a for a in example if a.source == "The Herald")
    d = digest([*example, _reprint(herald)], words=100, sections=())
    assert len(d.sources) == 3


def test_the_package_exports_what_it_lists() -> None:
    import storyline

    assert all(hasattr(storyline, name) for name in storyline.__all__)


def test_a_story_that_fails_is_reported_and_the_others_are_digested(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.pipeline as pipeline

    real = pipeline.digest_story

    def faulty(story, by_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "bad" in story.article_ids:
            raise ValueError("a fault on this text")
        return real(story, by_id, *args, **kwargs)

    monkeypatch.setattr(pipeline, "digest_story", faulty)
    pile = [Article("bad", "A tornado struck the town of Moore, Oklahoma, on Monday. "
                           "Officials said 24 people died and hundreds were hurt."),
            Article("good", "The central bank raised interest rates by half a point on "
                            "Thursday. Markets fell sharply after the announcement.")]
    problems: list[Problem] = []
    digests = digest_stories(pile, on_problem=problems.append)
    assert [d.sources[0].article_id for d in digests] == ["good"]
    assert [(p.where, p.reason) for p in problems] == [("story of bad", "digest failed")]
    assert "ValueError: a fault on this text" in problems[0].message
    with pytest.raises(ValueError):  # (with no one to tell, the fault is raised)
        digest_stories(pile)


def test_the_headline_is_the_title_of_a_report_the_digest_quotes() -> None:
    reports = [Article("a", "Floods hit York on Monday, forcing hundreds from their homes. "
                            "The river rose two metres overnight.", title="York floods"),
               Article("b", "Rain is forecast for the weekend across the north.",
                       title="NATIONAL FORECAST")]
    d = digest_articles(reports, Budget(sentences=1))
    assert d.headline == "York floods"
    # (a title of a report it does not quote is none of its own: the lead titles it)
    d = digest_articles([Article("a", reports[0].text), reports[1]], Budget(sentences=1))
    assert d.sentences[0].text.startswith("Floods") and d.headline == ""


def test_a_page_of_only_its_own_lines_is_not_summarized_but_a_tweet_is_kept() -> None:
    notice = Article("n", "Tweet with a location\n\nYou can add location information to your "
                          "Tweets, such as your city or precise location, from the web and "
                          "via third-party applications.")
    tweet = Article("t", "bekah martinez ♡ Retweeted SFGate\n\nhonestly the scariest thing "
                         "about this story is that my efforts to conceal The Worst Drivers "
                         "License Photo Of All Time have been thwartedhttps://twitter.com/"
                         "SFGate/status/959468739862323201 …")
    report = Article("r", "Floods hit York on Monday, forcing hundreds from their homes.")
    problems: list[Problem] = []
    assert summarizable([notice, tweet, report], problems.append) == [tweet, report]
    assert [(p.where, p.reason) for p in problems] == [("n", "only page text")]
