"""Across sources: what only one says, where they disagree, who said what, when, and who.

`analyze` runs after the summarizer, over the same segmented documents and the same
sentence `Alignment` that produced the citations, so every section points at source
sentences a reader can check. Each section is one module:

- support: the citations of each digest sentence are the coverage grid (sources x
  facts); `only_in` adds important sentences no other source carries;
- `disagree`: numbers, dates and names that differ between aligned sentences;
- `quotes`: direct quotations, speakers resolved across sources (`names`), and
  `quote_groups`: one quotation several sources carry, as one quote;
- `timeline`: temporal expressions resolved against publication dates;
- `entities`: people, organisations and places with mentions per source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from storyline.align import Alignment, features
from storyline.analyze.disagree import disagreements
from storyline.analyze.entities import entities
from storyline.analyze.names import People
from storyline.analyze.quote_groups import group_quotes
from storyline.analyze.quotes import find_quotes
from storyline.analyze.timeline import timeline
from storyline.model import Analysis, Claim, Document
from storyline.summarize.base import is_dangling, quotable

SECTIONS = ("support", "disagreements", "quotes", "timeline", "entities")
ONLY_IN_PER_SOURCE = 1


def analyze(
    docs: Sequence[Document],
    alignment: Alignment,
    number: Mapping[str, int],
    digest_ids: Collection[str] = (),
    sections: Collection[str] = SECTIONS,
) -> Analysis:
    """The sections asked for (see `SECTIONS`); the others stay empty."""
    people = People.of(docs) if {"quotes", "entities"} & set(sections) \
        else None
    return Analysis(
        only_in=tuple(only_in(docs, alignment, number, digest_ids))
        if "support" in sections else (),
        disagreements=tuple(disagreements(docs, alignment, number))
        if "disagreements" in sections else (),
        quotes=tuple(group_quotes([f for d in docs for f in find_quotes(d, people)], number))
        if people and "quotes" in sections else (),
        timeline=tuple(timeline(docs, number)) if "timeline" in sections else (),
        entities=tuple(entities(docs, number, people))
        if people and "entities" in sections else (),
    )


def only_in(
    docs: Sequence[Document], alignment: Alignment, number: Mapping[str, int],
    digest_ids: Collection[str] = (),
) -> list[Claim]:
    """Per source, its most on-topic sentence that no other source carries.

    On-topic = how many of the sentence's content words other reports of the story
    also use: a sentence only one outlet has, about the story everyone covers."""
    if len(docs) < 2:
        return []
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set().union(*(features(s.text) for s in d.sentences)))
    shared = {t for t, n in df.items() if n >= 2}  # the words other reports use too
    linked = alignment.told_elsewhere()  # (one pass over the story, not a query each)
    index = alignment.index
    out = []
    for d in docs:
        scored = []
        for s in d.sentences:  # the cheap tests first: most sentences fail one
            if s.id in digest_ids or linked[index[s.id]] or not quotable(s) \
                    or is_dangling(s):
                continue
            score = len(shared.intersection(features(s.text)))
            if score >= 3:
                scored.append((-score, s.index, s))
        for _, _, s in sorted(scored, key=lambda x: x[:2])[:ONLY_IN_PER_SOURCE]:
            out.append(Claim(number[d.article.id], s.id, s.text))
    return sorted(out, key=lambda c: c.source_id)
