"""Put chosen sentences in an order that reads as a story.

Sentences keep the order of the reports they came from: by publication date when the
articles are dated, then by relative position among their article's body sentences (a
lede before a detail from the fifth paragraph, whichever article each came from; a
page's captions above its lede do not count). A dangling sentence never opens the
digest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from storyline.model import Document, Sentence, SentenceKind
from storyline.summarize.base import antecedent, is_dangling, opens_excerpt


def story_order(chosen: Sequence[Sentence], docs: Sequence[Document]) -> list[Sentence]:
    """Order heads (sentences that stand alone) by position and date; each dangling
    sentence follows the antecedent it was chosen with."""
    picked = {s.id for s in chosen}
    follower: dict[str, Sentence] = {}
    heads: list[Sentence] = []
    for s in chosen:
        before = antecedent(s, docs) if is_dangling(s) else None
        if before is not None and before.id in picked:
            follower[before.id] = s
        else:
            heads.append(s)
    ordered: list[Sentence] = []
    for head in _named_in_full_first(_sorted_heads(heads, docs), docs):
        ordered.append(head)
        while ordered[-1].id in follower:
            ordered.append(follower.pop(ordered[-1].id))
    return ordered


def _sorted_heads(chosen: Sequence[Sentence], docs: Sequence[Document]) -> list[Sentence]:
    """By relative position among their reports' body sentences (a page's captions and
    lines before its lede do not push the lede down: an agency's photo caption printed
    twice above 'A hacker claims to have stolen …' had let another report's second
    sentence open the digest), then by date and report."""
    info: dict[str, tuple[int, datetime | None, int]] = {}
    rank: dict[str, int] = {}
    for i, d in enumerate(docs):
        body = [s for s in d.sentences if s.kind is SentenceKind.BODY]
        info[d.article.id] = (i, d.article.published, max(len(body), 1))
        rank.update((s.id, r) for r, s in enumerate(body))

    def key(s: Sentence) -> tuple[float, float, int, int]:
        doc_index, published, length = info[s.article_id]
        when = _timestamp(published)
        return (rank.get(s.id, s.index) / length, when, doc_index, s.index)

    ordered = sorted(chosen, key=key)
    for i, s in enumerate(ordered):
        if _can_open(s, docs):
            if i:
                ordered.insert(0, ordered.pop(i))
            break
    return ordered


def _can_open(sentence: Sentence, docs: Sequence[Document]) -> bool:
    """Whether a sentence may open the digest: it stands alone (an excerpt's own first
    sentence does, whatever it opens on: its report opens with it too), and it is no
    writer's exclamation ("Now that's a lot of Beggin' Strips!" had opened one; an
    exclamation inside a quotation, which ends on its mark, is someone's words and may)."""
    return (not is_dangling(sentence) or opens_excerpt(sentence, docs)) \
        and not sentence.text.rstrip().endswith("!")


def _named_in_full_first(heads: list[Sentence], docs: Sequence[Document]) -> list[Sentence]:
    """A sentence naming someone in full comes before one calling them by surname alone:
    'Marker, who was appointed …' read before 'Jamsheed Marker, the U.N. envoy for East
    Timor, said …' leaves the reader asking who Marker is. (Sentences keep their order
    otherwise; one that cannot open the digest is not moved to its start.) The names are
    read here, plainly, not by `analyze.names.People`: the summarizer runs without the
    analysis (`--sections none`), and a digest's few sentences need only the form news
    introduces someone in ('Jamsheed Marker, the …', 'Dean-Charles Chapman is …')."""
    ordered = list(heads)
    # each sentence's names in full and bare surnames, read once (a digest of a large
    # budget holds hundreds of sentences; the pairs are asked again as sentences move)
    full = {s.id: _names_in_full(s.text) for s in ordered}
    bare = {s.id: _bare_surnames(s.text) for s in ordered}
    moved: set[str] = set()  # (each sentence moves once: two that each name in full whom
    # the other calls by surname would otherwise trade places for ever)
    i = 0
    while i < len(ordered):
        here = ordered[i]
        later = next((j for j in range(i + 1, len(ordered))
                      if ordered[j].id not in moved and (i or _can_open(ordered[j], docs))
                      and _introduces(full[ordered[j].id], bare[here.id], here.text)), None)
        if later is None:
            i += 1
        else:
            moved.add(ordered[later].id)
            ordered.insert(i, ordered.pop(later))
    return ordered


def _introduces(full: set[tuple[str, str]], bare: set[str], text: str) -> bool:
    """Whether the names in `full` ('Jamsheed Marker, the U.N. envoy') give someone whom a
    sentence calls by surname alone (`bare`: 'Marker, who …', 'Mr. Marker') and never in
    full (its `text`)."""
    return any(surname in bare and f"{given} {surname}" not in text
               for given, surname in full)


def _names_in_full(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in _NAMED_IN_FULL.finditer(text)}


def _bare_surnames(text: str) -> set[str]:
    """The capitalised words a sentence writes with no capitalised word before them
    (an honorific's full stop aside: 'Mr. Marker') nor after: surnames used alone, and
    other words (which no name in full matches)."""
    words = re.findall(r"\S+", text)
    out = set()
    for k, word in enumerate(words):
        core = word.strip(".,;:!?\"'“”‘’()")
        if not core[:1].isupper() or (k + 1 < len(words) and words[k + 1][:1].isupper()):
            continue
        before = words[k - 1] if k else ""
        if not before[:1].isupper() or before.endswith(".") or before.endswith(","):
            out.add(core.removesuffix("'s").removesuffix("’s"))
    return out


# a given name and a surname, as news introduces someone: an apposition or a verb after
_NAMED_IN_FULL = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]{2,})"
                            r"(?=, (?:a|an|the|who)\b| (?:said|says|is|was|has|had)\b)")


def _timestamp(published: datetime | None) -> float:
    if published is None:
        return 0.0
    return published.replace(tzinfo=None).timestamp()
