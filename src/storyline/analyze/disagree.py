"""Where sources disagree: the same fact with different numbers, dates or names.

Only sentences that state the same fact are compared: pairs from different sources that
the story's `Alignment` links. In such a pair:
- numbers are compared by what they count — a currency, a percentage, or the noun that
  follows ('7,000 dead', '£14.8 billion', '23%') — rounding-aware: a figure agrees with
  another that rounds to it at its own precision (£14.8 billion ~ £15 billion, 2,345 ~
  2,300, 1.5 million ~ 1,500,000), and hedged figures ('more than 7,000', 'about 300',
  'nearly 40%') agree with what the hedge allows;
- dates (with a day) are resolved against each article's publication date and compared;
- people: the same surname with a different first name ('John Smith' / 'Jon Smith').
A disagreement is reported only when no figure of the same kind in the other sentence
agrees: 'up from 7,000 to 9,000' against '9,000' is not a conflict.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from storyline.align import Alignment
from storyline.analyze.names import RUN, tidy
from storyline.analyze.timeline import expressions, resolve
from storyline.model import Claim, Disagreement, Document, Sentence
from storyline.text import STOPWORDS, stem

SCALES = {"thousand": 1e3, "k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
          "billion": 1e9, "tn": 1e12, "trillion": 1e12}
HEDGE_UP = ("more than", "over", "at least", "upwards of", "in excess of", "above")
HEDGE_DOWN = ("less than", "fewer than", "under", "up to", "nearly", "almost", "below",
              "just under", "as many as")
HEDGE_ABOUT = ("about", "around", "some", "roughly", "approximately", "an estimated",
               "estimated", "almost", "nearly", "close to", "more than", "over")
_NUMBER = re.compile(
    r"(?P<cur>[£$€])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
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


@dataclass(frozen=True)
class Figure:
    """A number as a sentence states it."""

    value: float
    precision: float  # the unit of its last significant digit
    unit: str  # '£', '%', 'age' or the stem of the noun it counts
    text: str
    hedge: str = ""


@functools.lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Figure, ...]:
    """The numbers of a sentence with what they count (years and times of day left to
    the date comparison)."""
    out = []
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
        if m.group("cur"):
            unit = m.group("cur")
        elif m.group("pct"):
            unit = "%"
        else:
            if scale == 1.0 and "." not in raw and 1900 <= value <= 2100:
                continue  # a year
            unit = _noun_after(text[m.end():])
            if unit in _IGNORE_UNITS:
                continue
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        if decimals:
            precision = 10.0 ** -decimals
        else:
            stripped = raw.rstrip("0")
            precision = 10.0 ** (len(raw) - len(stripped)) if stripped else 1.0
        said = _HEDGE.search(before)
        hedge = said.group(1) if said else ""
        out.append(Figure(value * scale, precision * scale, unit, m.group().strip(), hedge))
    return tuple(out)


def _noun_after(rest: str) -> str:
    for w in _WORD.findall(rest[:40])[:3]:
        low = w.lower()
        if low in STOPWORDS or low in {"more", "than", "new", "other", "extra", "additional"}:
            continue
        return stem(low)
    return ""


def agree(a: Figure, b: Figure) -> bool:
    """Whether two figures of the same unit can state the same fact."""
    if _rounds_to(a, b) or _rounds_to(b, a):
        return True
    for x, y in ((a, b), (b, a)):
        if y.hedge:
            continue  # two hedged figures ('more than 400', 'more than 600'): as stated
        if x.hedge in HEDGE_UP and y.value >= x.value and y.value <= 2 * x.value:
            return True
        if x.hedge in HEDGE_DOWN and x.value >= y.value >= 0.8 * x.value:
            return True
        if x.hedge in HEDGE_ABOUT and abs(x.value - y.value) <= 0.1 * x.value:
            return True
    return False


def _rounds_to(fine: Figure, coarse: Figure) -> bool:
    """`fine` rounded at `coarse`'s precision is `coarse` (14.8 -> 15)."""
    step = coarse.precision
    if step <= 0:
        return math.isclose(fine.value, coarse.value)
    return math.isclose(math.floor(fine.value / step + 0.5) * step, coarse.value,
                        rel_tol=1e-9, abs_tol=1e-9)


def compare(a: str, b: str, published_a: date | None = None,
            published_b: date | None = None) -> list[tuple[str, str, str, str]]:
    """(kind, about, a's value, b's value) for each conflict between two sentences that
    state the same fact."""
    found: list[tuple[str, str, str, str]] = []
    fa, fb = figures(a), figures(b)
    for unit in dict.fromkeys(x.unit for x in fa):
        xs = [x for x in fa if x.unit == unit]
        ys = [y for y in fb if y.unit == unit]
        if len(xs) == len(ys):  # the same figures in the same order: compare them pairwise
            found.extend(("number", unit, x.text, y.text) for x, y in zip(xs, ys, strict=True)
                         if not agree(x, y))
            continue
        for x in xs:  # otherwise a figure conflicts when nothing on the other side fits it
            if ys and not any(agree(x, y) for y in ys):
                closest = min(ys, key=lambda y: abs(y.value - x.value))
                if not any(agree(closest, z) for z in xs):
                    found.append(("number", unit, x.text, closest.text))
    da, db = _dates(a, published_a), _dates(b, published_b)
    if da and db and not set(da) & set(db):
        found.append(("date", "date", da[min(da)], db[min(db)]))
    found.extend(_names(a, b))
    return _unique(found)


@functools.lru_cache(maxsize=4096)
def _dates(text: str, published: date | None) -> dict[date, str]:
    out = {}
    for kind, expression, m in expressions(text):
        when, precision = resolve(kind, m, text, published)
        if when and precision == "day":
            out[when] = expression
    return out


@functools.lru_cache(maxsize=4096)
def _full_names(text: str) -> dict[str, str]:
    """Surname -> full name of the people named in full in a sentence."""
    full = {}
    for m in RUN.finditer(text):
        name = tidy(m.group())
        if len(name.split()) in (2, 3):
            full[name.split()[-1]] = name
    return full


def _names(a: str, b: str) -> list[tuple[str, str, str, str]]:
    pa, pb = _full_names(a), _full_names(b)
    return [("name", surname, pa[surname], pb[surname]) for surname in sorted(pa.keys() & pb.keys())
            if pa[surname].split()[0] != pb[surname].split()[0]
            and not pb[surname].startswith(pa[surname].split()[0][:1] + ".")]


def _unique(found: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    seen, out = set(), []
    for f in found:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


@functools.lru_cache(maxsize=8192)
def _checkable(text: str) -> bool:
    """Whether a sentence holds anything `compare` looks at: a digit, a month or weekday
    (dates), or a capitalised name after its first word."""
    return bool(_DIGIT_OR_DATE.search(text) or _NAME_INSIDE.search(text))


_DIGIT_OR_DATE = re.compile(r"\d|day\b|night\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                            r"Nov|Dec)[a-z]*\b|\b(?:today|tomorrow|yesterday)\b")
_NAME_INSIDE = re.compile(r"\s[A-Z][a-z]+\s+[A-Z][a-z]+")


def disagreements(
    docs: Sequence[Document], alignment: Alignment, number: Mapping[str, int]
) -> list[Disagreement]:
    """Conflicts between aligned sentences of different sources, in story order."""
    published = {d.article.id: d.article.published.date()
                 if isinstance(d.article.published, datetime) else None for d in docs}
    sentences: list[Sentence] = alignment.sentences
    out: list[Disagreement] = []
    seen: set[tuple[str, str, str]] = set()
    rows, cols = np.nonzero(np.triu(alignment.matrix >= alignment.threshold, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if a.article_id == b.article_id or number[a.article_id] == number[b.article_id]:
            continue
        if a.text == b.text or not (_checkable(a.text) and _checkable(b.text)):
            continue  # a copied sentence, or nothing a conflict could be about
        if number[a.article_id] > number[b.article_id]:
            a, b = b, a
        for kind, about, va, vb in compare(a.text, b.text, published[a.article_id],
                                           published[b.article_id]):
            key = (kind, va, vb)
            if key in seen:
                continue
            seen.add(key)
            out.append(Disagreement(kind, about, (
                Claim(number[a.article_id], a.id, a.text, va),
                Claim(number[b.article_id], b.id, b.text, vb))))
    return out
