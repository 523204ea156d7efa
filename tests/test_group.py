"""Story grouping invariants: a partition, deterministic, online equals batch, time-bounded."""

from __future__ import annotations

from datetime import datetime, timedelta

from storyline.group import StoryGrouper, chronological, group
from storyline.model import Article

from .test_dedup import PARAS, WIRE

FLOODS = [
    "Floods hit York on Monday, forcing hundreds of people from their homes as the River "
    "Ouse burst its banks.",
    "Hundreds of York residents left their homes on Monday after the River Ouse flooded "
    "the city centre; emergency crews used boats.",
    "The River Ouse burst its banks in York, where the council opened rest centres for "
    "residents forced from flooded homes.",
    "Boats carried stranded York residents to safety as floods from the Ouse covered "
    "streets near the city centre on Monday.",
]
VOTES = [
    "Voters in Spain went to the polls on Sunday in a snap election called by Prime "
    "Minister Pedro Sanchez.",
    "Spain's snap general election on Sunday left Pedro Sanchez's Socialists and the "
    "People's Party neck and neck.",
    "Pedro Sanchez called Sunday's snap election in Spain after losing regional votes; "
    "polls showed the Socialists close behind.",
    "Spanish voters chose between Pedro Sanchez's Socialists and the People's Party in "
    "a snap election on Sunday.",
]


def pile() -> list[Article]:
    base = datetime(2024, 3, 1)
    out = []
    for i in range(4):
        out.append(Article(f"flood{i}", FLOODS[i], source=f"Outlet {i}",
                           published=base + timedelta(hours=5 * i)))
        out.append(Article(f"vote{i}", VOTES[i], source=f"Outlet {i}",
                           published=base + timedelta(hours=5 * i + 1)))
    out.append(Article("wire", WIRE, source="Wire", published=base))
    out.append(Article("wire-copy", "\n".join(PARAS[:3]), source="Local Daily",
                       published=base + timedelta(hours=3)))
    out.append(Article("flood-later", FLOODS[0], source="Outlet 9",
                       published=base + timedelta(days=200)))
    return out


def test_every_article_is_in_exactly_one_story() -> None:
    articles = pile()
    ids = [a for s in group(articles) for a in s.all_ids]
    assert sorted(ids) == sorted(a.id for a in articles)


def test_same_topic_reports_group_and_different_topics_do_not() -> None:
    story = {a: s.id for s in group(pile()) for a in s.all_ids}
    assert len({story[f"flood{i}"] for i in range(4)}) == 1
    assert len({story[f"vote{i}"] for i in range(4)}) == 1
    assert story["flood0"] != story["vote0"]


def test_the_same_topic_months_later_is_another_story() -> None:
    story = {a: s.id for s in group(pile()) for a in s.all_ids}
    assert story["flood-later"] != story["flood0"]


def test_syndicated_copy_joins_its_original_without_counting_as_a_report() -> None:
    (wire_story,) = [s for s in group(pile()) if "wire" in s.all_ids]
    assert wire_story.article_ids == ("wire",)
    assert wire_story.copies == {"wire": ("wire-copy",)}


def test_grouping_is_deterministic_and_independent_of_input_order() -> None:
    articles = pile()
    assert group(articles) == group(list(reversed(articles)))


def test_online_equals_batch() -> None:
    articles = chronological(pile())
    grouper = StoryGrouper()
    for a in articles[:5]:
        grouper.add(a)
    first_half = grouper.stories()
    for a in articles[5:]:
        grouper.add(a)
    assert grouper.stories() == group(pile())
    assert all(s.id in {t.id for t in grouper.stories()} for s in first_half)
