"""Time-blocked story grouping: the unit of parallel work for a corpus too big for one pass.

The online grouper (`group.StoryGrouper`) is sequential: each article is compared with
the stories alive when it was published. A month of news splits naturally in time, so
the pile is cut into blocks of `days` days. Each block is grouped on its own, in
parallel, after a *lead-in*: the articles of the `lead_in` days before it, which
re-create the stories still alive at the block's start. Stitching then walks the blocks
in time order and continues a block's story as the earlier story that most of its
lead-in articles belong to, so a story running over a block boundary keeps one id.
Only the lead-in articles are compared across blocks: the work is linear in the corpus
(times 1 + lead_in/days), never quadratic.

Blocked grouping is a definition of its own, not an approximation computed differently
in different places: `group.group(..., block_days=N)` and the Spark job (`storyline.spark`)
both run `group_block` per block and `stitch` over the placements, so they give the same
stories. Each block learns its own term weights (IDF) from the articles it sees, and
undated articles form one block of their own, grouped among themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from storyline.group import (
    THRESHOLD,
    WINDOW,
    StoryGrouper,
    assemble,
    chronological,
    chronological_key,
    naive_utc,
    story_id,
)
from storyline.model import Article, Story

BLOCK_DAYS = 7
LEAD_IN = WINDOW  # a story alive at a block's start received an article this recently
UNDATED = 10**9  # the block of articles without a date, after every dated block
_EPOCH = datetime(1970, 1, 1)

StoryKey = tuple[int, int]  # (block, story number within the block) where a story began


@dataclass(frozen=True)
class Placement:
    """Where one block's grouping put one article."""

    article_id: str
    block: int
    story: int  # story number within the block
    root: str  # canonical article of its copy group, as the block saw it
    core: bool  # False for a lead-in article, which belongs to an earlier block


def lead_in(days: int | None) -> timedelta:
    """The lead-in for a number of days (None: the default, the story window)."""
    return LEAD_IN if days is None else timedelta(days=days)


def block_of(when: datetime | None, days: int = BLOCK_DAYS) -> int:
    when = naive_utc(when)
    if when is None:
        return UNDATED
    return (when - _EPOCH) // timedelta(days=days)


def memberships(
    article: Article, days: int = BLOCK_DAYS, lead_in: timedelta = LEAD_IN
) -> list[tuple[int, bool]]:
    """The blocks an article is grouped in: its own (core) and the later blocks whose
    lead-in it falls in."""
    when = naive_utc(article.published)
    core = block_of(when, days)
    out = [(core, True)]
    if when is None:
        return out
    later = core + 1
    while _EPOCH + later * timedelta(days=days) - lead_in <= when:
        out.append((later, False))
        later += 1
    return out


def group_block(
    block: int,
    members: Iterable[tuple[Article, bool]],
    threshold: float = THRESHOLD,
    window: timedelta = WINDOW,
) -> list[Placement]:
    """Group one block's articles (core and lead-in) with the online grouper."""
    members = list(members)
    core = {a.id: is_core for a, is_core in members}
    grouper = StoryGrouper(threshold, window)
    grouper.add_all(chronological([a for a, _ in members]))
    return [Placement(a, block, number, root, core[a])
            for a, (number, root) in sorted(grouper.placements().items())]


def stitch(placements: Iterable[Placement]) -> dict[str, StoryKey]:
    """Article id -> key of its story, continuing stories across block boundaries.

    A block's story that holds lead-in articles continues the earlier story most of
    them belong to (ties: the earliest story); any other starts a story of its own."""
    by_block: dict[int, list[Placement]] = defaultdict(list)
    for p in placements:
        by_block[p.block].append(p)
    final: dict[str, StoryKey] = {}
    for block in sorted(by_block):
        votes: dict[int, Counter[StoryKey]] = defaultdict(Counter)
        for p in by_block[block]:
            if not p.core and p.article_id in final:
                votes[p.story][final[p.article_id]] += 1
        continued = {
            local: min(counts, key=lambda key: (-counts[key], key))
            for local, counts in votes.items()
        }
        for p in by_block[block]:
            if p.core:
                final[p.article_id] = continued.get(p.story, (block, p.story))
    return final


def number(firsts: Iterable[tuple[StoryKey, tuple]]) -> dict[StoryKey, str]:
    """Story ids s1, s2, ... in the order the stories began (their earliest article in
    `chronological` order), as the single-pass grouper numbers them."""
    return {key: story_id(n) for n, (key, _) in
            enumerate(sorted(firsts, key=lambda kv: kv[1]), start=1)}


def story_of(
    sid: str, members: Sequence[Article], roots: Mapping[str, str]
) -> Story:
    """The `Story` of one stitched group of articles."""
    ordered = chronological(members)
    published = {a.id: naive_utc(a.published) for a in ordered}
    return assemble(sid, [a.id for a in ordered], lambda a: roots.get(a, a), published)


def group_blocked(
    articles: Sequence[Article],
    days: int = BLOCK_DAYS,
    lead_in: timedelta = LEAD_IN,
    threshold: float = THRESHOLD,
    window: timedelta = WINDOW,
) -> list[Story]:
    """Group a pile block by block in one process (what the Spark job distributes)."""
    blocks: dict[int, list[tuple[Article, bool]]] = defaultdict(list)
    for a in articles:
        for block, core in memberships(a, days, lead_in):
            blocks[block].append((a, core))
    placements = [p for b in sorted(blocks) for p in group_block(b, blocks[b], threshold, window)]
    final = stitch(placements)
    roots = {p.article_id: p.root for p in placements if p.core}
    groups: dict[StoryKey, list[Article]] = defaultdict(list)
    for a in articles:
        groups[final[a.id]].append(a)
    ids = number((key, min(chronological_key(a) for a in ms)) for key, ms in groups.items())
    return sorted((story_of(ids[key], ms, roots) for key, ms in groups.items()),
                  key=lambda s: int(s.id[1:]))
