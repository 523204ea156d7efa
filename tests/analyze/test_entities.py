"""Entities: the story's people, organisations and places, counted per source."""

from __future__ import annotations

from storyline.model import Article
from storyline.pipeline import digest


def _mentions(*texts: str) -> dict[str, int]:
    articles = [Article(f"a{i}", t, source=f"S{i}") for i, t in enumerate(texts)]
    found = digest(articles, sections=("entities",)).analysis.entities
    return {e.name: e.total for e in found}


def test_people_are_counted_in_every_source_that_names_them() -> None:
    counts = _mentions("Jeremy Corbyn spoke in Glasgow. Corbyn ruled out a pact.",
                       "Labour leader Jeremy Corbyn visited Glasgow on Thursday.")
    assert counts["Jeremy Corbyn"] == 3
    assert counts["Glasgow"] == 2


def test_the_page_s_own_lines_mention_no_one() -> None:
    counts = _mentions(
        "President Donald Trump praised the congressman at a rally.\n"
        "Get the latest on Donald Trump delivered to your inbox.\n"
        "The congressman thanked him.",
        "The congressman thanked President Donald Trump for the praise.")
    assert counts["Donald Trump"] == 2
