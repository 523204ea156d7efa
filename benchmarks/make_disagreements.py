"""Build benchmarks/labels/disagreements.jsonl: sentence pairs that agree or disagree.

    python benchmarks/make_disagreements.py [--data ../shared/data]

Real sentences from duc2003 are edited by fixed rules, the way one outlet's report
differs from another's, and each pair is labelled by the rule that made it:
- disagree: a figure changed by 30-200% (format kept), a day-dated date moved by 1-9 days,
  a person's first name replaced, a title changed to another office of the same kind
  ("Foreign Minister" / "Interior Minister", "President" / "Vice President"), a place
  after "in"/"near" replaced by another place named in the corpus, a claim negated
  ("will attend" / "will not attend");
- agree: a figure rounded to fewer significant digits (with or without "about"), written
  in other units ("1.5 million" / "1,500,000", "percent" / "%"), a date written in another
  format ("Oct. 9" / "9 October"), a title spelt out ("Sen." / "Senator") or left out, a
  place told as a region ("in Kosovo" / "in the Kosovo region"), a negation spelt out
  ("didn't" / "did not") or kept in a reworded sentence.
The rules know nothing of storyline's detector; the output file is checked in, so the
benchmark's pairs are fixed, readable and extendable by hand (add lines with "origin":
"hand"). Deterministic (seed 0).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from storyline.model import Article
from storyline.segment import segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
OUT = Path(__file__).parent / "labels" / "disagreements.jsonl"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {"Jan.": 1, "Feb.": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
        "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
FIGURE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\w.,/%-]|,\d)"
                    r"(?=\s+(?:people|persons|dead|killed|soldiers|troops|members|votes|"
                    r"seats|jobs|workers|passengers|refugees|prisoners|homes|houses|"
                    r"percent|students|children|victims|bodies|miles|kilometers|feet))")
MILLION = re.compile(r"(?<![\w.])(\d+(?:\.\d)?) million\b")
DATE = re.compile(r"\b(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|"
                  r"Dec\.) (\d{1,2})\b(?!,? \d{4})")
NAME = re.compile(r"\b(?:said|told)\s+([A-Z][a-z]+) ([A-Z][a-z]{2,})\b|"
                  r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,}),? (?:said|told)\b")
FIRST_NAMES = ["Michael", "Sarah", "David", "Maria", "Peter", "Anna", "James", "Elena"]


def sentences(data: Path) -> list[str]:
    out = []
    for line in (data / "duc2003" / "clusters.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        for i, text in enumerate(row["documents"]):
            for s in segment(Article(f"{row['id']}-{i}", text)):
                if s.kind == "body" and 10 <= len(s.text.split()) <= 45:
                    out.append(s.text)
    return sorted(set(out))


def fmt(value: int, like: str) -> str:
    return f"{value:,}" if "," in like or value >= 10_000 else str(value)


def significant_round(value: int, digits: int) -> int:
    size = len(str(value))
    step = 10 ** max(size - digits, 0)
    return int(value // step + (value % step * 2 >= step)) * step  # half up, as people round


def figure_pairs(sents: list[str], rng: random.Random) -> list[dict]:
    pairs = []
    for s in sents:
        m = FIGURE.search(s)
        if not m:
            continue
        raw = m.group(1)
        value = int(raw.replace(",", ""))
        if 1900 <= value <= 2100 or value < 20:
            continue
        changed = int(value * rng.choice([1.3, 1.5, 1.8, 2.0, 2.5, 3.0]))
        changed = significant_round(changed, max(len(raw.replace(",", "").rstrip("0")), 1))
        if changed == value:
            continue
        pairs.append(_pair(s, m, fmt(changed, raw), False, "figure changed"))
        rounded = significant_round(value, max(1, len(str(value).rstrip("0")) - 1))
        if rounded != value:
            about = rng.random() < 0.5
            pairs.append(_pair(s, m, ("about " if about else "") + fmt(rounded, raw), True,
                               "figure rounded" + (" with 'about'" if about else "")))
        else:
            pairs.append(_pair(s, m, raw, True, "figure repeated in a reworded sentence",
                               reword=True))
    return pairs


def million_pairs(sents: list[str]) -> list[dict]:
    pairs = []
    for s in sents:
        m = MILLION.search(s)
        if not m:
            continue
        value = float(m.group(1))
        pairs.append(_pair(s, m, f"{int(value * 1_000_000):,}", True, "other units"))
        pairs.append(_pair(s, m, f"{value * 2.4:.1f} million", False, "figure changed"))
    return pairs


def date_pairs(sents: list[str], rng: random.Random) -> list[dict]:
    pairs = []
    for s in sents:
        m = DATE.search(s)
        if not m or int(m.group(2)) > 28:
            continue
        month, day = ABBR[m.group(1)], int(m.group(2))
        pairs.append(_pair(s, m, f"{day} {MONTHS[month - 1]}", True, "date reformatted"))
        moved = day + rng.randint(1, 9) if day < 19 else day - rng.randint(1, 9)
        pairs.append(_pair(s, m, f"{m.group(1)} {moved}", False, "date moved"))
    return pairs


def name_pairs(sents: list[str], rng: random.Random) -> list[dict]:
    pairs = []
    for s in sents:
        m = NAME.search(s)
        if not m:
            continue
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if first in {"The", "A", "An", "He", "She", "It", "But", "And", "In", "On"}:
            continue
        other = rng.choice([n for n in FIRST_NAMES if n != first])
        start = s.index(f"{first} {last}")
        pairs.append(_edit(s, (start, start + len(first)), other, False, "first name replaced"))
    return pairs


ROLE = re.compile(r"\b(President|Prime Minister|Foreign Minister|Defense Minister|Interior "
                  r"Minister|Finance Minister|Secretary of State|Sen\.|Gov\.|Gen\.|Rep\.) "
                  r"([A-Z][a-z]+ [A-Z][a-z]{2,})\b")
OTHER_OFFICE = {"President": "Vice President", "Prime Minister": "Deputy Prime Minister",
                "Secretary of State": "Secretary of Defense", "Gov.": "Lt. Gov.",
                "Gen.": "Lt. Gen."}
MINISTERS = ["Foreign Minister", "Defense Minister", "Interior Minister", "Finance Minister"]
SPELT_OUT = {"Sen.": "Senator", "Gov.": "Governor", "Gen.": "General", "Rep.": "Representative"}
PLACE = re.compile(r"(?<=[a-z] )(in|near) ([A-Z][a-z]{3,})\b(?! [A-Z])")
NOT_PLACES = {m.split()[0] for m in MONTHS} | {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday", "Sept"}
AUXILIARY = re.compile(r"\b(will|would|could|can|should|has|have|had|was|were|is|are|did|"
                       r"does)\s+(?!not\b|been\b|also\b|already\b|to\b)([a-z]{4,})\b")
CONTRACTED = re.compile(r"\b(did|does|do|is|are|was|were|has|have|had|could|would|should)"
                        r"n't\b")


def role_pairs(sents: list[str], rng: random.Random) -> list[dict]:
    pairs = []
    for s in sents:
        m = ROLE.search(s)
        if not m:
            continue
        role = m.group(1)
        other = OTHER_OFFICE.get(role) or (
            rng.choice([x for x in MINISTERS if x != role]) if role in MINISTERS else None)
        if other:
            pairs.append(_edit(s, m.span(1), other, False, "title changed to another office"))
        if role in SPELT_OUT:
            pairs.append(_edit(s, m.span(1), SPELT_OUT[role], True, "title spelt out"))
        else:
            pairs.append(_edit(s, (m.start(1), m.start(2)), "", True, "title left out"))
    return pairs


def place_pairs(sents: list[str], rng: random.Random) -> list[dict]:
    found = [(s, m) for s in sents for m in [PLACE.search(s)]
             if m and m.group(2) not in NOT_PLACES and s.count(m.group(2)) == 1]
    seen = Counter(m.group(2) for _, m in found)
    pool = sorted(p for p, n in seen.items() if n >= 3)  # places, not 'in American history'
    pairs = []
    for s, m in found:
        other = rng.choice([p for p in pool if p not in s])
        pairs.append(_edit(s, m.span(2), other, False, "place replaced"))
        pairs.append(_edit(s, m.span(2), f"the {m.group(2)} region", True,
                           "place told as a region"))
    return pairs


def claim_pairs(sents: list[str]) -> list[dict]:
    pairs = []
    for s in sents:
        m = AUXILIARY.search(s)
        if m and not re.search(r"\b(?:not|never|only)\b|n't", s):
            pairs.append(_edit(s, m.span(1), m.group(1) + " not", False, "claim negated"))
        c = CONTRACTED.search(s)
        if c:
            pairs.append(_edit(s, c.span(), c.group(1) + " not", True, "negation spelt out"))
    return pairs


def negation_kept(sents: list[str]) -> list[dict]:
    return [{"a": s, "b": _reported(s), "agree": True,
             "rule": "negation kept in a reworded sentence", "origin": "edited"}
            for s in sents if " not " in s and s[:1].isupper() and not s.startswith("I ")]


def _reported(s: str) -> str:
    """The same sentence worded as another outlet's report of it."""
    return "Reports said " + s[0].lower() + s[1:]


def _edit(s: str, span: tuple[int, int], replacement: str, agree: bool, rule: str) -> dict:
    b = s[:span[0]] + replacement + s[span[1]:]
    return {"a": s, "b": re.sub(r"\s{2,}", " ", b), "agree": agree, "rule": rule,
            "origin": "edited"}


def _pair(s: str, m: re.Match[str], replacement: str, agree: bool, rule: str,
          reword: bool = False) -> dict:
    start, end = m.span(1) if m.re is not DATE else m.span()
    if m.re is MILLION:
        start, end = m.span()
    b = s[:start] + replacement + s[end:]
    if reword:  # the same figure in a sentence worded differently: drop a trailing clause
        head = re.split(r",\s(?:which|who|where|after|as|but)\s", b)[0]
        b = head if head != b and len(head.split()) >= 6 else _reported(b)
    return {"a": s, "b": b, "agree": agree, "rule": rule, "origin": "edited"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    rng = random.Random(0)
    sents = sentences(args.data)
    rng.shuffle(sents)
    pairs = (figure_pairs(sents, rng)[:90] + million_pairs(sents)[:24]
             + date_pairs(sents, rng)[:30] + name_pairs(sents, rng)[:15])
    # added 2026-11-23 (after the pairs above, which stay as they were): roles, places, claims
    pairs += (role_pairs(sents, rng)[:30] + place_pairs(sents, rng)[:30]
              + claim_pairs(sents)[:40] + negation_kept(sents)[:10])
    hand = [json.loads(line) for line in OUT.open()] if OUT.exists() else []
    hand = [p for p in hand if p.get("origin") == "hand"]
    OUT.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in hand + pairs))
    agree = sum(p["agree"] for p in hand + pairs)
    print(f"{len(hand) + len(pairs)} pairs ({agree} agree, {len(hand) + len(pairs) - agree} "
          f"disagree) -> {OUT}")


if __name__ == "__main__":
    main()
