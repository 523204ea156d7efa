"""Disagreements: differing figures, dates and names — but not rounding or other units."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyze.disagree import compare
from storyline.model import Article
from storyline.pipeline import digest


@pytest.mark.parametrize(("a", "b"), [
    ("GERS revealed a Scottish deficit of £14.8 billion.", "A Scottish deficit of £15 billion."),
    ("About 1.5 million people voted.", "1,500,000 people voted."),
    ("The firm cut 2,345 jobs.", "The firm cut 2,300 jobs."),
    ("Turnout was 64.2%.", "Turnout was 64 per cent."),
    ("More than 300 people were hurt.", "312 people were hurt."),
    ("The storm hit on Oct. 9.", "The storm hit on 9 October."),
])
def test_these_agree(a: str, b: str) -> None:
    assert compare(a, b, date(1998, 10, 15), date(1998, 10, 15)) == []


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("The quake killed 7,000 people.", "The quake killed 9,000 people.", "number"),
    ("Turnout was 64.2%.", "Turnout was 66 per cent.", "number"),
    ("The storm hit on Oct. 9.", "The storm hit on Oct. 12.", "date"),
    ("John Smith, 45, was arrested.", "Jon Smith, 45, was arrested.", "name"),
])
def test_these_disagree(a: str, b: str, kind: str) -> None:
    found = compare(a, b, date(1998, 10, 15), date(1998, 10, 15))
    assert [f[0] for f in found] == [kind]


def test_a_digest_shows_both_wordings_with_their_sources() -> None:
    a = Article("a", "Officials said the earthquake killed 7,000 people in the region on "
                     "Monday.", source="Wire A")
    b = Article("b", "The earthquake killed 9,000 people in the region on Monday, officials "
                     "said.", source="Wire B")
    (x,) = digest([a, b], sections=("disagreements",)).analysis.disagreements
    assert x.kind == "number"
    assert [(c.source_id, c.value) for c in x.claims] == [(1, "7,000"), (2, "9,000")]
