"""Where sources disagree: the same fact with different numbers, dates, names, roles,
places, or a claim one source negates.

Only sentences that state the same fact are compared: pairs from different sources that
the story's `Alignment` links. In such a pair:
- numbers are compared by what they count — a currency, a percentage, or the noun that
  follows ('7,000 dead', '£14.8 billion', '23%') — rounding-aware: a figure agrees with
  another that rounds to it at its own precision (£14.8 billion ~ £15 billion, 2,345 ~
  2,300, 1.5 million ~ 1,500,000), and hedged figures ('more than 7,000', 'about 300',
  'nearly 40%') agree with what the hedge allows; a figure conflicts only with one told
  after the same word ('killed 62 people' / 'killed 65 people', not 'winds of 120 kph' /
  'moving at 10 kph') and, where both say, of the same whole or from the same point
  ('pesos worth of crops' / 'worth of infrastructure', '20 miles from Nairobi' / '12
  miles away'); figures told at different times ('on Monday' / 'on Wednesday')
  are an update, not a conflict, and a conversion in brackets ('120 kph (75 mph)') is
  compared only with the conversion of the same figure;
- dates (with a day) are resolved against each article's publication date and compared
  when written differently (the same 'Friday's election' in both is one day, however
  the tense around it reads);
- people: the same surname with a different first name ('John Smith' / 'Jon Smith'),
  for names shaped like a person's ('Workers Party', 'South Korea' are not) when the
  other first name is not in the sentence too ('Jane and Gary Wilson') nor a short form
  of it ('Mike' / 'Michael', 'Tono' / 'Suhartono');
- roles and titles: the same person in another office of the same kind ('Foreign
  Minister Ehud Barak' / 'Defence Minister Ehud Barak', 'President' / 'Vice President');
  a role told more fully ('Labour leader' / 'leader', 'Sen.' / 'Senator') agrees, and so
  do different descriptions ('press secretary' / 'spokesman'), which are usually all true;
- places: a place after 'in', 'near' or 'outside' that differs after the same word
  ('exploded in Basra' / 'exploded in Baghdad'), unless either sentence names the
  other's place anywhere ('in Washington' / 'in Washington, D.C.'), one lies in the
  other by GeoNames' lists ('in Manhattan' / 'in New York', 'in Kenya' / 'in Africa'),
  or the place follows a body's name ('Democratic Movement in China');
- claims: one sentence negates what the other states, between the same neighbouring
  words ('Corbyn ruled out a pact' / 'Corbyn did not rule out a pact').
A disagreement is reported only when no figure of the same kind in the other sentence
agrees: 'up from 7,000 to 9,000' against '9,000' is not a conflict. Everything is read
from the two sentences alone (and GeoNames' lists of places), with no parser: whose
figure a pronoun's is ('Obama won 332 electoral votes' / 'he won 306') is not known, so
a flag can still be wrong — on the pile's real reports 2 in 18 are (BENCHMARKS.md); the
two wordings side by side let a reader judge.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

import numpy as np

from storyline.align import Alignment
from storyline.analyze.entities import ORG_WORDS
from storyline.analyze.given_names import same_given
from storyline.analyze.names import (
    HONORIFICS,
    NOT_NAMES,
    PLACE_WORDS,
    ROLE_NOUNS,
    RUN,
    THING_WORDS,
    TITLES,
    is_initials,
    role_before,
    tidy,
)
from storyline.analyze.places import COMPASS, place_name, within
from storyline.analyze.timeline import expressions, resolve
from storyline.model import Claim, Disagreement, Document, Sentence, SentenceKind
from storyline.text import SPEECH_VERBS, STOPWORDS, stem

SCALES = {"thousand": 1e3, "k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
          "billion": 1e9, "tn": 1e12, "trillion": 1e12}
HEDGE_UP = ("more than", "over", "at least", "upwards of", "in excess of", "above")
HEDGE_DOWN = ("less than", "fewer than", "under", "up to", "nearly", "almost", "below",
              "just under", "as many as")
HEDGE_ABOUT = ("about", "around", "some", "roughly", "approximately", "an estimated",
               "estimated", "almost", "nearly", "close to", "more than", "over")
_DIGIT = re.compile(r"\d")
# (the look-ahead names the characters a figure can open on: without it the engine tries
# the optional currency and space at every position, twice as slow over a sentence)
_NUMBER = re.compile(
    r"(?=[£$€\s\d])(?P<cur>[£$€])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|trillion|billion|million|bn|tn|mn|m|k)\b)?"
    r"(?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b)?"
)
_HEDGE = re.compile(r"\b(" + "|".join(sorted({re.escape(h) for h in HEDGE_UP + HEDGE_DOWN
                                                + HEDGE_ABOUT}, key=len, reverse=True))
                    + r")\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_AGE = re.compile(r"\b(?:aged\s+(?P<a1>\d{1,3})|,\s*(?P<a2>\d{1,3})\s*,)")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
           r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_MONTH_NEAR = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS)
_MONTH_BEFORE = re.compile(_MONTHS.replace("(?:", "(?i:", 1) + r"\.?\s*$")
_IGNORE_UNITS = frozenset({"", "am", "pm", "a.m", "p.m"})
# A figure in brackets right after another: a conversion ('120 kph (75 mph)', 'minus 20
# Celsius (minus 4 Fahrenheit)', '10.4 billion pesos (dlrs 252.8 million)').
_CONVERSION = re.compile(
    r"\d[^\d()]{0,25}\(\s*(?:(?:minus|about|around|some|roughly|approximately|nearly|almost"
    r"|dlrs|US|USD|US\$|C|A|NZ|HK)\s?)?$"
)


@dataclass(frozen=True)
class Figure:
    """A number as a sentence states it."""

    value: float
    precision: float  # the unit of its last significant digit
    unit: str  # '£', '%', 'age' or the stem of the noun it counts
    text: str
    hedge: str = ""
    lead: str = ""  # the stem of the content word before it in its clause ('killed')
    converts: str = ""  # the figure before it that it restates: '120 kph (75 mph)'
    tail: str = ""  # the stem of the content word after it ('70 percent have less …')
    of: str = ""  # the stem of what it is a part or a distance of ('of homes', 'from Nairobi')
    noun: str = ""  # the noun it counts as written ('people'), which `unit` stems


@functools.lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Figure, ...]:
    """The numbers of a sentence with what they count (years and times of day left to
    the date comparison)."""
    out: list[Figure] = []
    if not _DIGIT.search(text):
        return ()  # most sentences: the number patterns below are slow to fail
    ages = {m.start("a1") if m.group("a1") else m.start("a2"): m for m in _AGE.finditer(text)}
    for m in _NUMBER.finditer(text):
        raw = m.group("num").replace(",", "")
        value = float(raw)
        before = text[max(0, m.start("num") - 30):m.start("num")].lower()
        if m.start("num") in ages:
            out.append(Figure(value, 1.0, "age", m.group().strip(), ""))
            continue
        if re.search(r"[\d.:/-]$", before) or re.match(r"[\d:/-]", text[m.end():m.end() + 1]):
            continue  # part of a date, time, score or range written 2015/16
        if (_MONTH_NEAR.search(text[m.end():m.end() + 12]) and not m.group("cur")) \
                or _MONTH_BEFORE.search(before):
            continue  # '3 March', 'March 4': the date comparison's business
        scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
        # (the wire's dollars before the figure, 'dlrs 50 billion', 'U.S. dlrs 1 million')
        dollars = not m.group("cur") and before.endswith(_DLRS)
        noun = ""
        if m.group("cur"):
            unit = m.group("cur")
        elif dollars:
            unit = "$"
        elif m.group("pct"):
            unit = "%"
        else:
            if scale == 1.0 and "." not in raw and 1900 <= value <= 2100:
                continue  # a year
            noun = _noun_word(text[m.end():])
            unit = stem(noun.lower()) if noun else ""
            if unit in _IGNORE_UNITS:
                continue
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        if decimals:
            precision = 10.0 ** -decimals
        else:
            stripped = raw.rstrip("0")
            precision = 10.0 ** (len(raw) - len(stripped)) if stripped else 1.0
        # (read before the currency sign too: 'more than $26 million')
        said = _HEDGE.search(text[max(0, m.start() - 30):m.start()].lower())
        hedge = said.group(1) if said else ""
        ahead = text[max(0, m.start() - 60):m.start()]
        if dollars:
            ahead = ahead.rstrip()[:-4].removesuffix("U.S. ")
        converts = ""
        if out and "(" in ahead and _CONVERSION.search(ahead):
            converts = f"{out[-1].hedge} {out[-1].text} {out[-1].unit}"
        written = m.group().strip()
        if before.endswith("minus "):
            # below zero: 'minus 15 Fahrenheit' (a figure of 15 would hide the sign), about
            # what the word before the sign says, as a figure without one is
            value, written = -value, f"minus {written}"
            ahead = ahead.rstrip().removesuffix("minus").removesuffix("Minus")
        out.append(Figure(value * scale, precision * scale, unit, written, hedge,
                          _lead(ahead), converts, _noun_after(text[m.end():]),
                          _of(text, m.end()), noun))
    return tuple(out)


# what a figure counts a part of, or measures a distance from, after its unit and any
# conversion: '85 percent of homes', '10.4 billion pesos (dlrs 252.8 million) worth of
# crops', '20 miles from Nairobi', '12 miles away'
_OF = re.compile(r"\s*(?:[A-Za-z]+\s+)?(?:\([^()]{0,40}\)\s*)?(?:worth\s+)?(?:(?:of|from)\s+"
                 r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([A-Za-z]+)|(away)\b)")


def _of(text: str, at: int) -> str:
    """The stem of what the figure ending at `at` is a part of or a distance from, ''
    when the sentence does not say or says it with a pronoun ('40 percent of those')."""
    m = _OF.match(text, at)
    if not m:
        return ""
    word = (m.group(1) or m.group(2)).lower()
    return "" if word in STOPWORDS else stem(word)


# verbs that report a clause, which tell neither what its figure counts ('officials
# estimate that 85 percent …') nor what day its fact is ('officials said Wednesday')
_REPORTING = (rf"(?:{SPEECH_VERBS}|estimates?|estimated|reports?|reported|shows?|showed|shown"
              r"|believes?|believed|according)")
_REPORTING_WORD = re.compile(_REPORTING, re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _reporting(word: str) -> bool:
    """Whether a word is a reporting verb (asked of the words before every figure)."""
    return bool(_REPORTING_WORD.fullmatch(word))


_DLRS = ("dlrs ", "dlrs")  # (the text before a figure, lower-cased)


def _lead(before: str) -> str:
    """The stem of the last content word of the clause before a figure: what the figure
    is about ('killed at least 62 people', 'winds of 120 kph'); '' at a clause's start.
    Other figures and their units are passed over, so that a conversion in brackets
    ('winds of 120 kph (75 mph)') is about what the figure before it is about."""
    clause = re.split(r"[,;:—–]|\s-\s", before)[-1]
    tokens = _LEAD_TOKEN.findall(clause)
    for i in range(len(tokens) - 1, -1, -1):
        low = tokens[i].lower()
        if low[0].isdigit() or (i and tokens[i - 1][0].isdigit()) or low == "dlrs":
            continue  # a figure, or the unit after one (or the wire's dollars before it)
        if _reporting(low):
            return ""  # ('officials estimate that 85 percent': a clause of its own)
        if low not in STOPWORDS and low not in _HEDGE_WORDS and len(low) > 1:
            return stem(low)
    return ""


_LEAD_TOKEN = re.compile(r"\d[\d,.]*|" + _WORD.pattern)  # figures and words


_HEDGE_WORDS = frozenset(w for h in HEDGE_UP + HEDGE_DOWN + HEDGE_ABOUT for w in h.split())


def _noun_after(rest: str) -> str:
    """The stem of the first content word after a figure: what it counts."""
    word = _noun_word(rest)
    return stem(word.lower()) if word else ""


def _noun_word(rest: str) -> str:
    """The first content word after a figure, as written ('people', 'Fahrenheit')."""
    for w in _WORD.findall(rest[:40])[:3]:
        low = w.lower()
        if low in STOPWORDS or low in {"more", "than", "new", "other", "extra", "additional"}:
            continue
        return w
    return ""


def other_figures(a: str, b: str) -> bool:
    """Whether sentence b counts what sentence a counts only with other figures ('has
    reached 85' for 'has reached 83', '100,000 people' for '400,000 people'): then b does
    not state a's fact, whatever words they share. Not when one figure of a unit agrees
    ('a $15.99 case now costs $26.33' states 'a $15.99 case costs an additional $10.34')."""
    told = figures(a)
    if not told:
        return False  # (most sentences: no figure, nothing to compare)
    pairs = [(x, y) for y in figures(b) for x in told if x.unit == y.unit]
    return bool(pairs) and not any(agree(x, y) for x, y in pairs)


def agree(a: Figure, b: Figure) -> bool:
    """Whether two figures of the same unit can state the same fact."""
    if a.value < 0 or b.value < 0:  # (below zero: 'minus 15 Fahrenheit')
        if (a.value < 0) != (b.value < 0):
            return False
        a, b = replace(a, value=-a.value), replace(b, value=-b.value)  # as magnitudes,
        # which the hedges are read of ('nearly minus 20')
    if _rounds_to(a, b) or _rounds_to(b, a):
        return True
    if a.hedge and b.hedge:
        # Hedged alike ('more than 400' / 'more than 600'): two figures, as stated.
        # Hedged differently ('close to 2,500' / 'up to 2,550'): the same fact when the
        # ranges the hedges allow meet.
        if a.hedge == b.hedge:
            return False
        (lo_a, hi_a), (lo_b, hi_b) = _allowed(a), _allowed(b)
        return lo_a <= hi_b and lo_b <= hi_a
    for x, y in ((a, b), (b, a)):
        if y.hedge:
            continue
        if x.hedge in HEDGE_UP and y.value >= x.value and y.value <= 2 * x.value:
            return True
        if x.hedge in HEDGE_DOWN and x.value >= y.value >= 0.8 * x.value:
            return True
        if x.hedge in HEDGE_ABOUT and abs(x.value - y.value) <= 0.1 * x.value:
            return True
    return False


def _allowed(f: Figure) -> tuple[float, float]:
    """The values a hedged figure allows, as `agree` reads each hedge: 'more than X' up
    to 2X, 'up to X' down to 0.8X, 'about X' within 10% (a hedge of two kinds allows
    both ranges: 'nearly X' is 0.8X to 1.1X)."""
    ranges = []
    if f.hedge in HEDGE_UP:
        ranges.append((f.value, 2 * f.value))
    if f.hedge in HEDGE_DOWN:
        ranges.append((0.8 * f.value, f.value))
    if f.hedge in HEDGE_ABOUT:
        ranges.append((0.9 * f.value, 1.1 * f.value))
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def _rounds_to(fine: Figure, coarse: Figure) -> bool:
    """`fine` rounded at `coarse`'s precision is `coarse` (14.8 -> 15); a figure half-way
    rounds either way, as styles differ ('38.5 million' is '38 million' to some)."""
    step = coarse.precision
    if step <= 0:
        return math.isclose(fine.value, coarse.value)
    q = fine.value / step
    ways = {math.floor(q + 0.5)}
    if math.isclose(q - math.floor(q), 0.5):
        ways.add(math.floor(q))
    return any(math.isclose(w * step, coarse.value, rel_tol=1e-9, abs_tol=1e-9) for w in ways)


def compare(a: str, b: str, published_a: date | None = None,
            published_b: date | None = None,
            places: frozenset[str] = frozenset()) -> list[tuple[str, str, str, str]]:
    """(kind, about, a's value, b's value) for each conflict between two sentences that
    state the same fact. `places` are the story's place names (`story_places`), besides
    those the two sentences themselves name after a preposition."""
    found: list[tuple[str, str, str, str]] = []
    # the second sentence is read only when the first holds something (most pairs: one
    # of the two lacks it)
    fa = figures(a)
    fb = figures(b) if fa else ()
    if fb and _told_at_other_times(a, b, published_a, published_b):
        fa = fb = ()  # a toll on Monday and another on Wednesday: an update, both true
    if fb and _told_of_other_places(a, b, places):
        fa = fb = ()  # 32 dead in Poland, 62 throughout Europe: two scopes, both true
    # A conversion restates the figure before it, so it is compared only with the
    # conversion of the same figure ('about 40 km (25 miles)' / 'about 40 km (62
    # miles)'); otherwise the figures as stated decide ('11 kph (7 mph)' / 'about 10 kph
    # (6.2 mph)' agree, as the hedge allows).
    for unit, converts in dict.fromkeys((x.unit, x.converts) for x in fa):
        xs = [x for x in fa if x.unit == unit and x.converts == converts]
        ys = [y for y in fb if y.unit == unit and y.converts == converts]
        # A conflict needs the two figures told of the same thing: the same word before
        # them ('killed 62 people' / 'killed 65 people'), not 'winds of 120 kph' / 'moving
        # at 10 kph' in two sentences that share a topic.
        if len(xs) == len(ys):  # the same figures in the same order: compare them pairwise
            found.extend(("number", x.noun or unit, x.text, y.text)
                         for x, y in zip(xs, ys, strict=True)
                         if not agree(x, y) and _same_thing(x, y))
            continue
        for x in xs:  # otherwise a figure conflicts when nothing on the other side fits it
            if ys and not any(agree(x, y) for y in ys):
                closest = min(ys, key=lambda y: abs(y.value - x.value))
                if not any(agree(closest, z) for z in xs) and _same_thing(closest, x):
                    found.append(("number", x.noun or unit, x.text, closest.text))
    # (reports of other days: only dates written out, a month and a day, are compared;
    # 'Wednesday' or 'yesterday' is each report's own news day)
    written = published_a is not None and published_b is not None and published_a != published_b
    da = _dates(a, published_a, written)
    db = _dates(b, published_b, written) if da else {}
    if da and db and not set(da) & set(db):
        # (of the same thing, as figures are: 'surgery on Oct. 9' / 'surgery on Oct. 12';
        # not 'left hospital Wednesday' / 'underwent surgery on Oct. 9'; and in other
        # words: the same 'Friday's election' read back in one sentence and ahead in the
        # other, whose 'were expected' sounded like the future, is the reading's
        # difference, not the reports')
        same = [(x, y) for x in sorted(da) for y in sorted(db)
                if da[x][1] == db[y][1] and da[x][0].lower() != db[y][0].lower()]
        if same:
            day_a, day_b = same[0]
            found.append(("date", "date", da[day_a][0], db[day_b][0]))
    found.extend(_names(a, b))
    found.extend(_roles(a, b))
    found.extend(_places(a, b))
    if _negates(a) or _negates(b):
        found.extend(_negations(a, b))
    return _unique(found)


def _same_thing(x: Figure, y: Figure) -> bool:
    """Whether two figures of one unit count the same thing: the same word before them
    ('killed 62 people' / 'killed 65 people'), and a part of or a distance from the same
    thing where both say ('pesos worth of infrastructure' / 'pesos worth of crops', '20
    miles from Nairobi' / '12 miles away' from a park). A percentage opening its clause
    is a share of what follows it ('70 percent have less than an elementary school
    education'), not of anything else ('Eris is … — 25 percent more massive' / '– from
    40 percent before')."""
    return x.lead == y.lead and (x.lead != "" or x.unit != "%" or x.tail == y.tail) and (
        not x.of or not y.of or x.of == y.of)


def _told_at_other_times(a: str, b: str, published_a: date | None,
                         published_b: date | None) -> bool:
    """Both sentences say when, and never the same time ('as of 6 p.m. Monday' / 'this
    year', 'On Wednesday' / 'on Nov. 16'): their figures may differ and both be true."""
    ta, tb = _times(a, published_a), _times(b, published_b)
    return bool(ta) and bool(tb) and ta.isdisjoint(tb)


def _told_of_other_places(a: str, b: str, places: frozenset[str]) -> bool:
    """Both sentences name a place, and never the same one ('that hit Poland' / 'throughout
    Europe', 'in Hiroshima' / 'in Rome'): their figures count different things."""
    known = places | story_places((a, b))
    pa, pb = _named_places(a, known), _named_places(b, known)
    if pa & pb:
        return False  # (one place shared: asked no more)
    # and the places the lists know wherever a sentence names them ('the 1994 Rome world
    # championships': Rome, with no preposition)
    pa, pb = pa | _listed_places(a), pb | _listed_places(b)
    return bool(pa) and bool(pb) and pa.isdisjoint(pb)


def _named_places(text: str, places: frozenset[str]) -> frozenset[str]:
    return frozenset(p for p in places if p in text and re.search(
        rf"\b{re.escape(p)}\b(?!['’])", text))


@functools.lru_cache(maxsize=4096)
def _listed_places(text: str) -> frozenset[str]:
    """The places of GeoNames' lists a sentence names (memoised: a sentence is compared
    with every sentence aligned with it)."""
    return frozenset(filter(None, (place_name(r.group()) for r in RUN.finditer(text))))


def story_places(texts: Sequence[str]) -> frozenset[str]:
    """The place names a story uses after a preposition of place anywhere, so that a
    sentence naming one without a preposition ('a cold wave that hit Poland') is known to
    name it."""
    # (one search of the texts joined by a character no name spans, not a search per
    # sentence: only the names are wanted here, not the words before them)
    return frozenset(m.group(1) for m in _PLACE.finditer("\0".join(texts)) if _placed(m))


def _times(text: str, published: date | None) -> frozenset[object]:
    """The times a sentence names: resolved dates where the publication date allows,
    else the words ('Monday')."""
    return frozenset(when or expression.lower()
                     for expression, when, _, _, _ in _when(text, published))


def _dates(text: str, published: date | None, written: bool = False
           ) -> dict[date, tuple[str, str]]:
    """The days a sentence names, resolved, with the words that name them and the stem
    of the word before them (`_lead`: what happened that day); `written`:
    only the days written out with their month ('Oct. 9', not 'Friday'). Not the day a
    thing was said ('officials said Wednesday', 'results showed Sunday'): two reports
    tell the same fact on other days."""
    return {when: (expression, _lead(text[max(0, at - 60):at]))
            for expression, when, precision, kind, at in _when(text, published)
            if when and precision == "day" and (kind in _WRITTEN or not written)
            and not _SAID_ON.search(text, max(0, at - 40), at)}


_WRITTEN = frozenset({"dmy", "mdy"})  # (the timeline's kinds of a date written out)
_SAID_ON = re.compile(rf"\b{_REPORTING}\s+(?:on\s+|late\s+|early\s+|earlier\s+)?$")


@functools.lru_cache(maxsize=4096)
def _when(text: str, published: date | None
          ) -> tuple[tuple[str, date | None, str | None, str, int], ...]:
    """(expression, date, precision, kind, where) for each temporal expression of a
    sentence, resolved once for both the date comparison and the figures' times."""
    return tuple((expression, *resolve(kind, m, text, published), kind, m.start())
                 for kind, expression, m in expressions(text))


# Words that end the names of organisations, places and days, not people ('Workers
# Party', 'Logan Square', 'Remembrance Day'), and that open the names of places ('South
# Korea'). A person's first name may be such a word ('Bill Clinton'); the last may not.
_NOT_PERSON_END = ORG_WORDS | THING_WORDS | PLACE_WORDS | frozenset("telecom day".split())


@functools.lru_cache(maxsize=4096)
def _full_names(text: str) -> dict[str, str]:
    """Surname -> full name of the people named in full in a sentence ('Now Brown' is
    Brown, named by surname only)."""
    full = {}
    for m in RUN.finditer(text):
        words = tidy(m.group()).split()
        while words and words[0].lower() in STOPWORDS:
            words = words[1:]
        low = [w.lower() for w in words]
        if len(words) not in (2, 3) or low[-1] in _NOT_PERSON_END or low[0] in COMPASS \
                or any(w in PLACE_WORDS for w in low[1:-1]) \
                or any(w.endswith(("'s", "’s")) for w in low[:-1]):
            continue  # ('White House Flynn'; "the Children's Learning Place", a body's)
        full[words[-1]] = " ".join(words)
    return full


def _names(a: str, b: str) -> list[tuple[str, str, str, str]]:
    pa = _full_names(a)
    pb = _full_names(b) if pa else {}
    out = []
    for surname in sorted(pa.keys() & pb.keys()):
        x, y = pa[surname], pb[surname]
        first_x, first_y = x.split()[0], y.split()[0]
        if same_given(first_x, first_y) or y.startswith(first_x[:1] + ".") or _within(x, y) \
                or _shortened(first_x, first_y) or _fewer_initials(first_x, first_y):
            continue  # ('Mike Flynn' / 'Michael Flynn': a short form, one person)
        if re.search(rf"\b{re.escape(first_y)}\b", a) or re.search(rf"\b{re.escape(first_x)}\b", b):
            continue  # both are named in one sentence: two people ('Jane and Gary Wilson')
        out.append(("name", surname, x, y))
    return out


def _fewer_initials(x: str, y: str) -> bool:
    """Both given names are initials, one's letters among the other's: 'W.' of 'Mr. P. W.
    Botha' (a run parted at the space) and 'P.W.'."""
    if not (is_initials(x) and is_initials(y)):
        return False
    a, b = set(x.replace(".", "")), set(y.replace(".", ""))
    return a <= b or b <= a


def _shortened(x: str, y: str) -> bool:
    """One given name is the other's end or start, at most half of it: a short form
    ('Tono' of Col. Suhartono Suratman, 'Beth' of Elizabeth, 'Chris' of Christopher;
    not 'Anne' / 'Joanne', which differ by a letter or two as a misspelling does)."""
    short, whole = sorted((x.lower(), y.lower()), key=len)
    return len(short) >= 3 and 2 * len(short) <= len(whole) and (
        whole.endswith(short) or whole.startswith(short))


def _within(x: str, y: str) -> bool:
    """One name holds the other's words ('Hosni Mubarak' / 'Egyptian Hosni Mubarak'): a
    word more in front, not another first name."""
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx


# Abbreviated titles, spelt out so that 'Sen.' and 'Senator' agree.
_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "gen": "general", "rep": "representative",
                  "pres": "president", "lt": "lieutenant", "lieut": "lieutenant",
                  "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor",
                  "supt": "superintendent", "maj": "major", "adm": "admiral",
                  "pm": "prime minister"}
_SPELT_OUT = frozenset(w for full in _ABBREVIATIONS.values() for w in full.split())
# Words that change a role's rank: 'Vice President' is not 'President'.
_RANK_WORDS = frozenset("vice deputy assistant acting interim shadow junior under associate "
                        "lieutenant".split())


def _role_of(run: str) -> tuple[str, str, frozenset[str]] | None:
    """(surname, role as written, role words) for a capitalised run that opens with a
    role or title before a person's name ('Foreign Minister Ehud Barak', 'Sen. John
    McCain')."""
    words = run.split()
    name = tidy(run).split()
    if not 2 <= len(name) <= 3 or len(words) <= len(name):
        return None
    written = " ".join(words[:len(words) - len(name)])
    role = _role_words(written)
    if not role or not any(w in TITLES or w.rstrip("s") in ROLE_NOUNS or w in _SPELT_OUT
                           for w in role):
        return None
    return name[-1], written, role


# abbreviated titles before a name, with a dot ('Lt. Gen. Augusto Pinochet'): the keys above
_ABBREVIATED = re.compile(
    r"((?:\b(?:Vice|Deputy)\s+)?(?:\b(?:"
    + "|".join(k.capitalize() for k in _ABBREVIATIONS if k != "pm") + r")\.\s+)+)$")
_RANK_BEFORE = re.compile(r"\b(Lt\.|Lieut\.|Vice|Deputy)\s+$")
_CLAUSE_BREAK = re.compile(r"[,;:\"“”(]")


def _head(written: str) -> str:
    """The noun a role is: 'Foreign Minister' -> 'minister', 'Sen.' -> 'senator'."""
    words = written.lower().strip(",.").split()
    return _ABBREVIATIONS.get(words[-1].rstrip("."), words[-1]).split()[-1] if words else ""


def _role_words(written: str) -> frozenset[str]:
    """'Sen.' -> {'senator'}; honorifics ('Mr', 'Dr') say nothing of a role."""
    words = []
    for w in written.split():
        low = w.lower().strip(",.")
        words.extend(_ABBREVIATIONS.get(low, low).split())
    return frozenset(w for w in words if w not in HONORIFICS)


def _role(m: re.Match[str], name: list[str], text: str) -> tuple[str, frozenset[str]] | None:
    """The role (as written, and its words) a sentence gives the person a name run names:
    in the run ('Foreign Minister Ehud Barak'), abbreviated before it ('Lt. Gen. Augusto
    Pinochet') or in lower case before it ('Labour leader Jeremy Corbyn')."""
    found = _role_of(m.group())
    if found:
        rank = _RANK_BEFORE.search(text, max(0, m.start() - 8), m.start())
        written = f"{rank.group(1)} {found[1]}" if rank else found[1]  # 'Lt. Gen.'
        return written, _role_words(written)
    before = text[max(0, m.start() - 40):m.start()]
    if m.group().split()[0] != name[0] or not before.endswith(" ") \
            or before.rstrip().endswith(","):
        return None  # a title inside the run, or an apposition's comma
    abbreviated = _ABBREVIATED.search(before)
    if abbreviated:
        return abbreviated.group(1).strip(), _role_words(abbreviated.group(1))
    key = role_before(_CLAUSE_BREAK.split(before)[-1])  # 'In Washington, White House …'
    return (key, _role_words(key)) if key else None


@functools.lru_cache(maxsize=4096)
def _role_map(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Surname -> (role as written, its words) for the people a sentence names with a
    role in front."""
    out = {}
    for m in RUN.finditer(text):
        name = tidy(m.group()).split()
        role = _role(m, name, text) if 2 <= len(name) <= 3 else None
        if role:
            out[name[-1]] = role
    return out


def _roles(a: str, b: str) -> list[tuple[str, str, str, str]]:
    if not _full_names(a).keys() & _full_names(b).keys():
        return []  # no one named in both (most pairs): no role to compare
    ra, rb = _role_map(a), _role_map(b)
    out = []
    for surname in sorted(ra.keys() & rb.keys()):
        (xa, x), (ya, y) = ra[surname], rb[surname]
        # The same office told apart: 'Foreign Minister' / 'Defence Minister', 'President' /
        # 'Vice President'. Other descriptions of one person are usually all true ('press
        # secretary' / 'spokesman', 'Judge' / 'tribunal president'), told fuller ('Labour
        # leader' / 'leader') or at other times ('former'): not conflicts.
        if x == y or _head(xa) != _head(ya):
            continue
        # different offices only between titles ('Foreign Minister'); descriptions in
        # lower case differ freely ('American solar astrophysicist' / 'Chicago astrophysicist')
        titles = xa[:1].isupper() and ya[:1].isupper()
        if (titles and not (x <= y or y <= x)) or (x ^ y) & _RANK_WORDS:
            out.append(("role", surname, xa, ya))
    return out


# (opening on the space, a literal, lets the regex engine skip ahead: 2x faster than
# opening on the look-behind)
_PLACE = re.compile(r" (?<=[a-z,] )(?:in|near|outside|throughout|across)\s+"
                    r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)")


@functools.lru_cache(maxsize=4096)
def _place_names(text: str) -> tuple[tuple[str, str, str, bool], ...]:
    """(place, stem of the word before its preposition, that word, whether that word
    ends a body's name) for the places a sentence names after 'in', 'near', 'outside',
    'throughout' or 'across' (not months or days): 'exploded in Basra'; 'the …
    Democratic Movement in China'."""
    out = []
    for m in _PLACE.finditer(text):
        if not _placed(m):
            continue
        before = _WORD.findall(text[max(0, m.start() - 30):m.start()])
        word = before[-1].lower() if before else ""
        named = word in _BODY_ENDS and before[-1][:1].isupper()
        out.append((m.group(1), stem(word), word, named))
    return tuple(dict.fromkeys(out))


def _placed(m: re.Match[str]) -> bool:
    """Whether what `_PLACE` found after its preposition is a name, not a month or a day."""
    return m.group(1).split()[0].lower() not in NOT_NAMES


# the words that end a body's name (capitalised): a place after one is the body's, part
# of its name or where it sits, not where the fact happened
_BODY_ENDS = ORG_WORDS | frozenset("movement center centre front alliance coalition "
                                   "society campaign".split())


def _places(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """A place told of the same thing ('exploded in Basra' / 'exploded in Baghdad': the
    same word before the preposition), where neither sentence names the other's place
    anywhere and neither place lies in the other by the lists of `places` ('in Kenya' /
    'in Africa'). Beyond those lists 'in Manhattan' / 'in New York' can still be
    reported: shown side by side, a reader sees it at once."""
    # (not after a body's name: 'the … Democratic Movement in China', its name, and
    # '… Movement in Hong Kong', where it is)
    pa = [p for p in _place_names(a) if not p[3]]
    pb = dict(reversed([(before, place) for place, before, _, named in _place_names(b)
                        if not named])) if pa else {}
    for x, before, word, _ in pa:
        y = pb.get(before)
        if not before or y is None or x == y or within(x, y) or within(y, x):
            continue  # ('in Kenya' / 'in Africa': one place at two scales)
        if not any(w in b for w in x.split()) and not any(w in a for w in y.split()):
            return [("place", word, x, y)]  # else 'in Washington' / 'in Washington, D.C.'
    return []


_TOKENS = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_NEGATION = frozenset({"not", "never", "cannot"})
# between a negation and the word it negates ('did not rule out', 'has not yet been found',
# 'were not necessarily expecting', 'not a peace treaty')
_SKIP = frozenset("be been being have has had yet ever also even so to a an the any still "
                  "really very quite always just his her its their our my your".split())
# stopwords that still state something a negation can deny ('have not said', 'not less')
_STATED = frozenset("said say says told become became becomes seem seems seemed less more "
                    "done".split())


@dataclass(frozen=True)
class _Word:
    stem: str
    text: str
    negated: bool


@functools.lru_cache(maxsize=4096)
def _polarity(text: str) -> tuple[_Word, ...]:
    """A sentence's content words in order, each marked when 'not', 'never' or '-n't'
    negates it (the first content word after the cue, auxiliaries and adverbs skipped).
    'Yet to' negates too ('has yet to be found'). A cue spent on a stopword ('did not say
    whether'), on a name ('Netscape, not Microsoft') or in an idiom ('tens, if not
    hundreds', 'not only') negates nothing."""
    tokens = _TOKENS.findall(text.replace("’", "'"))
    out: list[_Word] = []
    pending = False
    for i, token in enumerate(tokens):
        t = token.lower()
        if t in _NEGATION or t.endswith("n't") or (  # 'has yet to be determined'
                t == "yet" and i + 1 < len(tokens) and tokens[i + 1] == "to"):
            previous = tokens[i - 1].lower() if i else ""
            following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            pending = previous not in {"if", "or"} and following != "only"
            continue
        if t in _SKIP or (pending and t.endswith("ly") and len(t) > 4):
            continue
        if (t in STOPWORDS and t not in _STATED) or len(t) < 3 or (
                pending and token[:1].isupper()):
            pending = False
            continue
        out.append(_Word(stem(t), t, pending))
        pending = False
    return tuple(out)


def _negations(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """A word one sentence negates and the other states, between the same neighbours
    ('Corbyn ruled out a pact' / 'Corbyn did not rule out a pact'). Requiring the
    neighbours keeps out the many pairs where the negated verb has another subject or
    object ('Cathay wants to trim' / 'Tan did not want to cut')."""
    wa, wb = _polarity(a), _polarity(b)
    where: dict[str, list[int]] = {}
    for j, y in enumerate(wb):
        where.setdefault(y.stem, []).append(j)
    for i, x in enumerate(wa):
        for j in where.get(x.stem, ()):
            y = wb[j]
            if x.negated == y.negated:
                continue
            before = (wa[i - 1].stem if i else "", wb[j - 1].stem if j else "")
            after = (wa[i + 1].stem if i + 1 < len(wa) else "",
                     wb[j + 1].stem if j + 1 < len(wb) else "")
            if before[0] == before[1] and after[0] == after[1] and any(before + after) \
                    and not _first_time(a if x.negated else b, b if x.negated else a):
                word = x.text if x.negated else y.text
                return [("claim", word, _around(a, x.stem), _around(b, y.stem))]
    return []


def _first_time(negated: str, stated: str) -> bool:
    """Whether 'never' and 'the first time' tell one fact ('NASA has never named a
    spacecraft after a living researcher' / 'This is the first time NASA has named a
    spacecraft for a living individual'): what happens for the first time never had."""
    return "never" in negated.lower() and bool(_FIRST_TIME.search(stated))


_FIRST_TIME = re.compile(r"\bfirst(?: time|-ever| ever)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _negates(text: str) -> bool:
    """Whether a sentence holds a negation at all (most do not)."""
    return ("not" in text or "never" in text or "n't" in text or "n’t" in text) and \
        bool(_NEGATED.search(text))  # (the substrings first: 5x faster on most sentences)


def _around(text: str, verb_stem: str) -> str:
    """The words around a verb as the source put them ('Corbyn did not rule out a')."""
    tokens = text.split()
    for i, t in enumerate(tokens):
        word = _TOKENS.findall(t.lower().replace("’", "'"))
        if word and stem(word[0]) == verb_stem:
            return " ".join(tokens[max(0, i - 3):i + 3]).strip(",.;")
    return text


def _unique(found: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    seen, out = set(), []
    for f in found:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


@functools.lru_cache(maxsize=8192)
def _checkable(text: str) -> bool:
    """Whether a sentence holds anything `compare` looks at in both sentences: a digit, a
    month or weekday (dates), a capitalised name after its first word, or a place after a
    preposition. (A negation, which only one of the two holds, is tested apart.)"""
    # One simple pattern at a time, the likeliest first: one pattern of all the
    # alternatives was several times slower. ('today' and 'yesterday' need no pattern of
    # their own: they end in 'day'. The look-ahead on the month's capital lets the
    # engine skip to capitals.)
    return bool(_NAME_INSIDE.search(text) or _DIGIT.search(text)
                or any(p.search(text) for p in _DATE_WORDS)
                or ("tomorrow" in text and _TOMORROW.search(text)) or _PLACE.search(text))


_DATE_WORDS = (re.compile(r"day\b"), re.compile(r"night\b"), re.compile(
    r"(?=[ADFJMNOS])\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"))
_TOMORROW = re.compile(r"\btomorrow\b")
_NAME_INSIDE = re.compile(r"\s[A-Z][a-z]+\s+[A-Z][a-z]+")
_NEGATED = re.compile(r"\b(?:not|never|cannot)\b|n['’]t\b")


def disagreements(
    docs: Sequence[Document], alignment: Alignment, number: Mapping[str, int]
) -> list[Disagreement]:
    """Conflicts between aligned sentences of different sources, in story order."""
    published = {d.article.id: d.article.published.date()
                 if isinstance(d.article.published, datetime) else None for d in docs}
    sentences: list[Sentence] = alignment.sentences
    out: list[Disagreement] = []
    seen: set[tuple[str, str, str]] = set()
    places: frozenset[str] | None = None  # the story's, read once a pair has figures
    rows, cols = alignment.aligned_pairs()  # (in different words: no copied sentence)
    # Only two sources' body sentences can conflict (not a byline, a caption or a wire
    # slug: '1807EDT'): the pairs are sifted as arrays first.
    source = np.array([number[s.article_id] for s in sentences], dtype=np.intp)
    body = np.array([s.kind is SentenceKind.BODY for s in sentences], dtype=bool)
    keep = (source[rows] != source[cols]) & body[rows] & body[cols]
    rows, cols = rows[keep], cols[keep]
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if number[a.article_id] > number[b.article_id]:
            a, b = b, a
        if _checkable(a.text) and _checkable(b.text):
            if places is None and figures(a.text) and figures(b.text):
                places = story_places([s.text for s in sentences
                                       if s.kind is SentenceKind.BODY])
            found = compare(a.text, b.text, published[a.article_id], published[b.article_id],
                            places or frozenset())
        elif _negates(a.text) or _negates(b.text):
            found = _negations(a.text, b.text)  # the one thing one sentence alone can hold
        else:
            continue  # nothing a conflict could be about
        for kind, about, va, vb in found:
            key = (kind, va, vb)
            if key in seen:
                continue
            seen.add(key)
            out.append(Disagreement(kind, about, (
                Claim(number[a.article_id], a.id, a.text, va),
                Claim(number[b.article_id], b.id, b.text, vb))))
    return out
