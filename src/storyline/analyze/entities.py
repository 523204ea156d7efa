"""The story's people, organisations and places, with mention counts per source.

People come from `names.People` (a surname counts as a mention of the full name it
resolves to). Organisations are capitalised runs ending in an organisation word
('Scottish Parliament', 'Labour Party') or acronyms ('SNP', 'NEC'); places are
capitalised runs after 'in', 'at', 'from', 'to', 'near' that are neither. A heuristic:
it needs no model, and it is measured only by the example's expectations (see
BENCHMARKS.md), not against a labelled set.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from storyline.analyze.names import RUN, People, tidy, unpossessive
from storyline.model import Document, Entity, SentenceKind

ORG_WORDS = frozenset(
    "party parliament council government committee union bank ministry department "
    "university college agency commission police army navy court senate congress assembly "
    "company corporation corp inc ltd plc group association federation institute "
    "foundation office service services board authority league club executive "
    "organisation organization fund trust network news times post herald courier "
    "labour conservatives tories nhs".split()
)
PLACE_PREPOSITIONS = re.compile(r"\b(?:in|at|from|to|near|across|outside|inside|around|"
                                r"throughout|visit|visited|visiting)\s+$", re.I)
# (opening on a capital, not on `\b`, lets the regex engine skip ahead to capitals: 3x
# faster over a whole article; the look-behind is the same word boundary)
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")
_NOT_ENTITIES = frozenset({"I", "TV", "OK", "AM", "PM", "RSVP", "CEO", "MP", "MSP", "MPS",
                           "MEP", "BST", "GMT", "UTC", "EST", "PST"})
_PLACE_ACRONYMS = frozenset({"UK", "US", "USA", "UAE"})


def entities(docs: Sequence[Document], number: Mapping[str, int], people: People,
             limit: int = 30) -> list[Entity]:
    """The story's most mentioned entities, most mentioned first."""
    counts: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    known: dict[str, tuple[str, str] | None] = {}  # what each run is by its words alone
    for doc in docs:
        source = number[doc.article.id]
        text = doc.article.text
        # the page's own lines ('Add Donald Trump as an interest ...') mention no one
        furniture = [(s.start, s.end) for s in doc.sentences
                     if s.kind is SentenceKind.FURNITURE]
        taken: list[tuple[int, int]] = list(furniture)
        runs = people.runs.get(text)
        for m in runs if runs is not None else RUN.finditer(text):
            if furniture and any(s <= m.start() < e for s, e in furniture):
                continue
            kind, name = _classify(m, text, known, people)
            if kind:
                counts[(name, kind)][source] += 1
                taken.append((m.start(), m.end()))
        covered = bytearray(len(text))  # the characters an entity or the page took
        for s, e in taken:
            covered[s:e] = b"\x01" * (e - s)
        for m in _ACRONYM.finditer(text):
            if m.group() in _NOT_ENTITIES or covered[m.start()]:
                continue
            kind = "place" if m.group() in _PLACE_ACRONYMS else "organisation"
            counts[(m.group(), kind)][source] += 1
    found = [Entity(name, kind, tuple(sorted(c.items())))
             for (name, kind), c in counts.items()]
    found.sort(key=lambda e: (-len(e.mentions), -e.total, e.name))
    return found[:limit]


def _classify(m: re.Match[str], text: str, known: dict[str, tuple[str, str] | None],
              people: People) -> tuple[str, str]:
    """What a capitalised run is: a person or an organisation by its words alone
    (remembered in `known`), a place by the preposition before it."""
    run = m.group()
    by_words = known.get(run, _UNSEEN)
    if by_words is _UNSEEN:
        by_words = known[run] = _by_words(run, people)
    if by_words is not None:
        return by_words
    if not PLACE_PREPOSITIONS.search(text, max(0, m.start() - 15), m.start()):
        return "", ""  # most runs: no preposition of place before them
    opener = text[max(0, m.start() - 4):m.start()].rstrip(" ")[-1:]
    if m.start() > 0 and opener not in {"", ".", "!", "?", '"', "“", "\n"}:
        name = tidy(run) or run
        if not _ACRONYM.fullmatch(name):
            return "place", name
    return "", ""


_UNSEEN = ("?", "?")  # not in `known` yet (None there means: ask the context)


def _by_words(run: str, people: People) -> tuple[str, str] | None:
    """A person or an organisation by the run's words; nothing if it holds no name
    ('The', 'Monday'); None when only the context can tell (a place or nothing)."""
    if people.is_person(run):
        return "person", people.resolve(run)
    words = run.split()
    last = unpossessive(words[-1]).lower()
    if last in ORG_WORDS or last.rstrip("s") in ORG_WORDS:
        start = 1 if words[0].lower() in {"the", "a", "an"} else 0
        return "organisation", unpossessive(" ".join(words[start:])) or run
    return None if tidy(run) else ("", "")

