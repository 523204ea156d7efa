"""Blocked grouping: the parallel unit of work gives stories a user can trust."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from storyline.blocks import (
    UNDATED,
    Placement,
    block_of,
    group_blocked,
    memberships,
    stitch,
)
from storyline.group import group
from storyline.model import Article

from .test_group import FLOODS, VOTES, pile


def partition(stories: list) -> set[frozenset[str]]:
    return {frozenset(s.all_ids) for s in stories}


def test_one_block_equals_the_single_pass() -> None:
    articles = pile()
    assert group_blocked(articles, days=100_000) == group(articles)


def test_every_article_is_in_exactly_one_story() -> None:
    articles = pile()
    ids = [a for s in group_blocked(articles, days=1) for a in s.all_ids]
    assert sorted(ids) == sorted(a.id for a in articles)


def test_a_story_running_over_a_block_boundary_keeps_one_id() -> None:
    # one flood story reported daily for a week: blocks of 2 days cut it three times
    start = datetime(2024, 3, 1, 9)
    articles = [Article(f"flood{d}", FLOODS[d % 4], source=f"Outlet {d}",
                        published=start + timedelta(days=d)) for d in range(7)]
    articles += [Article(f"vote{d}", VOTES[d % 4], source=f"Outlet {d}",
                         published=start + timedelta(days=d, hours=1)) for d in range(7)]
    stories = group_blocked(articles, days=2)
    assert partition(stories) == partition(group(articles))
    assert [s.id for s in stories] == ["s1", "s2"]


def test_the_same_topic_months_apart_is_another_story_in_any_block_size() -> None:
    for days in (1, 7, 100_000):
        story = {a: s.id for s in group_blocked(pile(), days=days) for a in s.all_ids}
        assert story["flood-later"] != story["flood0"]


def test_copies_stay_folded_under_their_original() -> None:
    stories = group_blocked(pile(), days=1)
    wire = next(s for s in stories if "wire" in s.all_ids)
    assert wire.copies == {"wire": ("wire-copy",)}
    assert "wire-copy" not in wire.article_ids


def test_input_order_does_not_matter() -> None:
    articles = pile()
    assert group_blocked(articles, days=1) == group_blocked(articles[::-1], days=1)


def test_undated_articles_form_a_block_of_their_own() -> None:
    undated = [replace(a, published=None) for a in pile() if a.id.startswith("vote")]
    assert memberships(undated[0]) == [(UNDATED, True)]
    stories = group_blocked(undated, days=1)
    assert partition(stories) == {frozenset(a.id for a in undated)}


def test_an_article_leads_into_the_blocks_that_start_within_the_lead_in() -> None:
    when = datetime(2024, 3, 6, 12)  # a Wednesday; 7-day blocks count from 1970-01-01
    core = block_of(when, 7)
    got = memberships(Article("a", "x", published=when), days=7, lead_in=timedelta(days=14))
    assert got == [(core, True), (core + 1, False), (core + 2, False)]


def test_stitching_continues_the_story_most_lead_in_articles_belong_to() -> None:
    placements = [
        Placement("a", 0, 1, "a", True), Placement("b", 0, 2, "b", True),
        Placement("c", 0, 2, "c", True),
        # block 1 groups a, b and c (lead-in) with d: two votes for b's story
        Placement("a", 1, 1, "a", False), Placement("b", 1, 1, "b", False),
        Placement("c", 1, 1, "c", False), Placement("d", 1, 1, "d", True),
        Placement("e", 1, 2, "e", True),
    ]
    final = stitch(placements)
    assert final["d"] == final["b"] == (0, 2)
    assert final["e"] == (1, 2)


def test_a_short_lead_in_still_stitches_a_story_reported_daily() -> None:
    start = datetime(2024, 3, 1, 9)
    articles = [Article(f"flood{d}", FLOODS[d % 4], source=f"Outlet {d}",
                        published=start + timedelta(days=d)) for d in range(7)]
    stories = group_blocked(articles, days=1, lead_in=timedelta(days=2))
    assert partition(stories) == {frozenset(a.id for a in articles)}


def test_a_copy_chain_split_over_blocks_keeps_every_article() -> None:
    from storyline.blocks import story_of

    articles = [Article(i, FLOODS[0], published=datetime(2024, 3, 1, h))
                for h, i in ((9, "c"), (10, "b"), (11, "a"))]
    # one block saw a as a copy of b; another saw b as a copy of c
    story = story_of("s1", articles, {"a": "b", "b": "c", "c": "c"})
    assert sorted(story.all_ids) == ["a", "b", "c"]
    assert story.article_ids == ("c",) and story.copies == {"c": ("b", "a")}
