"""The newsroom store: each article once, stories updated as articles arrive and equal to
grouping the same articles in one go, nothing half-written, digests cached by version."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from storyline.group import chronological, group
from storyline.model import Article, Problem
from storyline.pipeline import load, summarizable
from storyline.store import Store, StoreError, canonical_url, fts_query

from .pile import EXAMPLE, make_pile
from .test_dedup import PARAS, WIRE


def partition(groups: Iterator[tuple[str, ...]] | list[tuple[str, ...]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


def stored_partition(store: Store, ids: dict[str, str]) -> set[frozenset[str]]:
    """The store's stories as sets of input ids (`ids`: store id -> input id)."""
    stories: dict[str, set[str]] = {}
    db = sqlite3.connect(store.path)
    for aid, story in db.execute("SELECT id, story FROM articles WHERE story IS NOT NULL"):
        stories.setdefault(story, set()).add(ids[aid])
    db.close()
    return partition(tuple(s) for s in stories.values())


@pytest.fixture(scope="module")
def pile_articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    return chronological(load([make_pile(tmp_path_factory.mktemp("pile"))], lambda p: None))


def ingest(store: Store, articles: list[Article], batch: int = 1000) -> dict[str, str]:
    ids = {}
    for start in range(0, len(articles), batch):
        chunk = articles[start:start + batch]
        for article, done in zip(chunk, store.add(chunk), strict=True):
            ids[done.article_id] = article.id
    return ids


def test_a_pile_stored_in_time_order_has_the_stories_of_grouping_it_at_once(
        tmp_path: Path, pile_articles: list[Article]) -> None:
    with Store(tmp_path / "n.db") as store:
        ids = ingest(store, pile_articles)
        expected = partition(s.all_ids for s in group(summarizable(pile_articles)))
        assert stored_partition(store, ids) == expected


def test_articles_added_batch_by_batch_give_the_same_stories_as_one_batch(
        tmp_path: Path, pile_articles: list[Article]) -> None:
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "many.db") as many:
        assert stored_partition(one, ingest(one, pile_articles)) == stored_partition(
            many, ingest(many, pile_articles, batch=7))


def test_a_reopened_store_and_a_second_writer_continue_the_same_stories(
        tmp_path: Path, pile_articles: list[Article]) -> None:
    """The grouper is rebuilt from the stored articles: closing the store, or a second
    process writing to the same file in between, changes nothing."""
    half = len(pile_articles) // 2
    with Store(tmp_path / "ref.db") as ref:
        expected = stored_partition(ref, ingest(ref, pile_articles))
    path = tmp_path / "n.db"
    with Store(path) as first:
        ids = ingest(first, pile_articles[:half])
    with Store(path) as a, Store(path) as b:
        ids |= ingest(a, pile_articles[half:half + 10])
        ids |= ingest(b, pile_articles[half + 10:half + 20])  # b replays what a stored
        ids |= ingest(a, pile_articles[half + 20:])  # and a what b stored
        assert stored_partition(a, ids) == expected


def test_an_article_seen_before_is_stored_once(tmp_path: Path) -> None:
    wire = Article("w", WIRE, title="Minister resigns", source="Wire",
                   url="https://wire.example/story?id=7", published=datetime(2024, 1, 2))
    with Store(tmp_path / "n.db") as store:
        first = store.add([wire])[0]
        again = store.add([
            replace(wire, id="other-id"),  # same outlet, title, text
            replace(wire, id="spaced", text="  " + WIRE.replace(" ", "  ").upper()),
            replace(wire, id="tracked", text="Updated text.",
                    url="HTTPS://WIRE.example/story?id=7&utm_source=newsletter#top"),
        ])
        assert first.status == "stored"
        assert [(d.status, d.article_id) for d in again] == [("duplicate", first.article_id)] * 3
        assert store.article_count() == 1


def test_a_syndicated_copy_is_stored_and_folded_under_its_original(tmp_path: Path) -> None:
    wire = Article("w", WIRE, source="Wire", published=datetime(2024, 1, 2))
    copy = Article("c", "\n".join(PARAS[:3]), source="Local Daily",
                   published=datetime(2024, 1, 3))
    with Store(tmp_path / "n.db") as store:
        original, folded = store.add([wire, copy])
        assert folded.status == "stored" and folded.story_id == original.story_id
        found = store.story(original.story_id or "")
        assert found is not None
        story, _ = found
        assert story.article_ids == (original.article_id,)
        assert story.copies[original.article_id] == (folded.article_id,)
        listing = store.stories()[0]
        assert (listing.articles, listing.sources) == (2, 1)
        assert listing.outlets == ("Local Daily", "Wire")


def test_an_article_in_another_language_is_kept_in_no_story(tmp_path: Path) -> None:
    french = Article("fr", "Les inondations ont frappé la ville d'York lundi, forçant des "
                     "centaines de personnes à quitter leur domicile.", language="fr")
    with Store(tmp_path / "n.db") as store:
        (done,) = store.add([french])
        assert (done.status, done.story_id) == ("kept", None)
        assert store.count() == 0 and store.article(done.article_id) is not None


def test_a_page_with_no_article_text_is_kept_in_no_story(tmp_path: Path) -> None:
    # (a crawl's notice in place of the page had made a story of its own)
    notice = Article("n", "Tweet with a location\n\nYou can add location information to "
                          "your Tweets, such as your city or precise location, from the web "
                          "and via third-party applications.")
    with Store(tmp_path / "n.db") as store:
        (done,) = store.add([notice])
        assert (done.status, done.story_id) == ("kept", None)
        assert store.count() == 0 and store.article(done.article_id) is not None


def test_a_failed_write_stores_nothing_of_its_batch(tmp_path: Path) -> None:
    articles = chronological(load([EXAMPLE]))

    def broken() -> Iterator[Article]:
        yield articles[0]
        yield articles[1]
        raise RuntimeError("the input broke off")

    with Store(tmp_path / "n.db") as store:
        with pytest.raises(RuntimeError):
            store.add(broken())
        assert store.article_count() == 0 and store.count() == 0
        assert [d.status for d in store.add(articles)] == ["stored"] * 3
        assert len(store.stories()) == 2


def test_the_digest_is_cached_until_its_story_changes(tmp_path: Path) -> None:
    herald, courier = sorted(load([EXAMPLE]), key=lambda a: a.published or 0)[:2]
    with Store(tmp_path / "n.db") as store:
        (first,) = store.add([herald])
        sid = first.story_id or ""
        before = store.digest(sid)
        assert before is not None and len(before.story["sources"]) == 1
        assert store.digest(sid) == before  # from the cache
        assert store.add([courier])[0].story_id == sid
        after = store.digest(sid)
        assert after is not None and len(after.story["sources"]) == 2
        cited = {i for s in after.story["sentences"] for c in s["support"]
                 for i in c["sentence_ids"]}
        assert cited and set(after.evidence) == cited
        assert all(after.evidence[i] for i in cited)
        assert store.refresh() == 0  # every digest is current


def test_a_story_that_fails_to_digest_is_reported_and_the_others_are_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.store as store_module

    real = store_module.digest_story
    april = max(load([EXAMPLE]), key=lambda a: a.published or 0)  # (its own story)

    def faulty(story, by_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(by_id[i].text == april.text for i in story.article_ids):  # (stored ids)
            raise ValueError("a fault on this text")
        return real(story, by_id, *args, **kwargs)

    monkeypatch.setattr(store_module, "digest_story", faulty)
    with Store(tmp_path / "n.db") as store:
        store.add(load([EXAMPLE]))
        problems: list[Problem] = []
        assert store.refresh(on_problem=problems.append) == 1  # the August story's
        assert [p.reason for p in problems] == ["digest failed"]
        assert problems[0].where.startswith("story ") and "ValueError" in problems[0].message
        with pytest.raises(ValueError):  # (with no one to tell, the fault is raised)
            store.refresh()


def test_search_finds_stories_by_all_their_words_and_ignores_query_syntax(
        tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.add(chronological(load([EXAMPLE])))
        assert {s.id for s in store.stories("Corbyn")} == {"s1", "s2"}
        assert [s.id for s in store.stories("Corbyn Findlay")] == ["s1"]
        assert store.count("Corbyn Findlay") == 1
        for nasty in ('"', "AND OR NEAR(", "*", "title:x", "'; DROP TABLE stories; --"):
            assert store.stories(nasty) == []
    assert fts_query('say "no"') == '"say" """no"""'


def test_canonical_urls_drop_tracking_and_fragments_only() -> None:
    assert canonical_url("HTTPS://Example.COM/a?b=1&utm_medium=x&fbclid=y#c") == \
        "https://example.com/a?b=1"
    assert canonical_url("https://example.com") == "https://example.com/"
    assert canonical_url("") == ""


def test_a_file_that_is_not_a_store_is_one_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.db: not a storyline database"):
        Store(bogus)
