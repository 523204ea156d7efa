"""When things happened: temporal expressions, resolved against publication dates.

Absolute dates ('25 August 2016', 'August 25', 'in 2015', 'March 2016') and relative
ones ('today (Mon)', 'yesterday', 'last night', 'on Wednesday', 'next month', 'last
year', 'this week') are found in each sentence. A relative expression needs the
article's publication date; without one it stays undated — storyline never invents a
date. Weekdays follow news usage: past tense points back ('Corbyn announced on
Wednesday' → the latest Wednesday on or before publication), future tense forward
('the visit starts on Thursday' → the next Thursday).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from storyline.model import Claim, Document, Event

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split(), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
WEEKDAYS.update({d[:3]: i for d, i in list(WEEKDAYS.items())})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|" \
         r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FUTURE = re.compile(r"\b(?:will|'ll|shall|is to|are to|going to|due|plans? to|planning|"
                     r"set to|expected|starts?|begins?|upcoming|scheduled|would)\b",
                     re.I)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?")),
    ("my", re.compile(rf"\b(?:in|since|until|by|from|of|during|early|late|mid)[\s-]+"
                      rf"{_MONTH}(?:\s+{_YEAR})?\b")),
    ("year", re.compile(rf"\b(?:in|since|until|by|from|during|early|late|before|after)\s+"
                        # (not a decade, 'the late 1970's'; but 'since 2015's vote')
                        rf"{_YEAR}\b(?![/-]\d|(?<=0)['’]s\b)")),
    ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"
                         r"(?:\s*\((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\))?",
                         re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?{_WEEKDAY}\b")),
    ("week", re.compile(r"\b(?P<rel>last|next|this)\s+week\b", re.I)),
    ("month", re.compile(r"\b(?P<rel>last|next|this)\s+month\b", re.I)),
    ("yearrel", re.compile(r"\b(?P<rel>last|next|this)\s+year\b", re.I)),
]


_RANK = {kind: i for i, (kind, _) in enumerate(PATTERNS)}  # earlier is more specific
# Words a pattern cannot match without: it runs only on a sentence holding one (most
# sentences hold no date at all, and the patterns are the timeline's main cost). Month
# names are looked for capitalised, as the patterns want them ('may', 'market' and
# 'decision' are no reason to run three patterns).
_MONTH_CUES = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
# (a weekday's name is looked for as written, once its 'day' is there: 'day' alone is in
# 'today', 'days' and 'holiday', no reason to run the weekday pattern)
_WEEKDAY_CUES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_KEYWORDS = {
    "dmy": _MONTH_CUES, "mdy": _MONTH_CUES, "my": _MONTH_CUES,
    "year": frozenset({"19", "20"}),
    "today": frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"}),
    "yesterday": frozenset({"yesterday", "last night"}), "tomorrow": frozenset({"tomorrow"}),
    "weekday": _WEEKDAY_CUES, "week": frozenset({"week"}), "month": frozenset({"month"}),
    "yearrel": frozenset({"year"}),
}
_LOWER_CUES = tuple(sorted(set().union(*_KEYWORDS.values()) - _MONTH_CUES - _WEEKDAY_CUES
                           | {"day"}))
_MONTH_CUE_LIST = tuple(sorted(_MONTH_CUES))
# Whether a sentence holds any cue at all: one search each (the literals open on a few
# letters, which the regex engine skips ahead to), a fifth cheaper than the substring
# tests for the two sentences in three that hold none
_ANY_LOWER_CUE = re.compile("|".join(map(re.escape, _LOWER_CUES)))
_ANY_MONTH_CUE = re.compile("|".join(_MONTH_CUE_LIST))


_NAME_BEFORE = re.compile(r"[A-Z][\w.'’]*\s+$")


@functools.lru_cache(maxsize=8192)
def expressions(text: str) -> tuple[tuple[str, str, re.Match[str]], ...]:
    """(kind, expression, match) for each temporal expression, longest first when they
    overlap ('25 August 2016' rather than 'August 2016')."""
    lower = text.lower()
    if not _ANY_LOWER_CUE.search(lower) and not _ANY_MONTH_CUE.search(text):
        return ()
    # one substring test per cue word (a regex of all of them is slower: it tries each
    # word at every letter), then the patterns whose cues are there
    cues = {w for w in _LOWER_CUES if w in lower}
    cues.update(w for w in _MONTH_CUE_LIST if w in text)
    if "day" in cues:
        cues.update(w for w in _WEEKDAY_CUES if w in text)
    if not cues:
        return ()
    found = []
    for kind, pattern in PATTERNS:
        if cues.isdisjoint(_KEYWORDS[kind]):
            continue
        for m in pattern.finditer(text):
            if kind == "today" and m.group()[:1] == "T" \
                    and _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # ('USA Today', NBC's 'Today' show: a title's word, not the day)
            found.append((kind, m.group().strip(), m))
    # Where two overlap, the more specific wins ('until Nov. 20' is a day, not a month).
    found.sort(key=lambda f: (_RANK[f[0]], -(f[2].end() - f[2].start()), f[2].start()))
    kept: list[tuple[str, str, re.Match[str]]] = []
    starts: list[int] = []  # the kept spans, by start; being disjoint, their ends rise too
    ends: list[int] = []
    for f in found:
        start, end = f[2].span()
        at = bisect.bisect_left(starts, end)  # the kept spans opening before this one ends
        if at and ends[at - 1] > start:
            continue  # (a bisect, not a test of every kept span: a text of thousands of
            # dates made that quadratic)
        starts.insert(at, start)
        ends.insert(at, end)
        kept.append(f)
    return tuple(sorted(kept, key=lambda f: f[2].start()))


def resolve(kind: str, m: re.Match[str], sentence: str,
            published: date | None) -> tuple[date | None, str | None]:
    """The date an expression refers to and its precision (day, week, month, year)."""
    g = m.groupdict()
    if kind in ("dmy", "mdy", "my"):
        month = MONTHS[g["month"].lower().rstrip(".")[:4].rstrip("t") if g["month"].lower()
                       .startswith("sept") else g["month"].lower().rstrip(".")[:3]]
        year = int(g["year"]) if g.get("year") else None
        if year is None:
            if published is None:
                return None, None
            year = published.year
            # 'in March' in an October report: this March if it is past, next if ahead
            future = _looks_ahead(m, sentence)
            if future and month < published.month:
                year += 1
            elif not future and month > published.month:
                year -= 1
        if kind == "my":
            return date(year, month, 1), "month"
        try:
            return date(year, month, int(g["day"])), "day"
        except ValueError:
            return None, None
    if kind == "year":
        return date(int(g["year"]), 1, 1), "year"
    if published is None:
        return None, None
    rel = (g.get("rel") or "").lower()
    if kind == "today":
        return published, "day"
    if kind == "yesterday":
        return published - timedelta(days=1), "day"
    if kind == "tomorrow":
        return published + timedelta(days=1), "day"
    if kind == "weekday":
        target = WEEKDAYS[g["weekday"].lower()]
        delta = (target - published.weekday()) % 7
        if rel == "next" or (rel != "last" and _looks_ahead(m, sentence)):
            return published + timedelta(days=delta or (7 if rel == "next" else 0)), "day"
        back = (published.weekday() - target) % 7
        if rel == "last":  # (yesterday is 'yesterday' or its day's name: 'last Thursday'
            back = {0: 7, 1: 8}.get(back, back)  # in a Friday's report is a week before)
        return published - timedelta(days=back), "day"
    if kind == "week":
        monday = published - timedelta(days=published.weekday())
        shift = {"last": -7, "next": 7}.get(rel, 0)
        return monday + timedelta(days=shift), "week"
    if kind == "month":
        y, mth = published.year, published.month + {"last": -1, "next": 1}.get(rel, 0)
        y, mth = (y - 1, 12) if mth == 0 else (y + 1, 1) if mth == 13 else (y, mth)
        return date(y, mth, 1), "month"
    if kind == "yearrel":
        return date(published.year + {"last": -1, "next": 1}.get(rel, 0), 1, 1), "year"
    return None, None


def _looks_ahead(m: re.Match[str], sentence: str) -> bool:
    """Tense from the words before the expression in its sentence, other dates left out:
    'is planning on Monday to send' looks ahead, 'left hospital on Wednesday' back.
    Asked only where tense decides the date (a bare month or weekday): it reads the
    sentence again, which most expressions need not pay for."""
    lead = sentence[:m.start()] if m.string == sentence else sentence
    for _, _, other in reversed(expressions(lead)):
        lead = lead[:other.start()] + " " + lead[other.end():]
    return bool(_FUTURE.search(lead))


def timeline(docs: Sequence[Document], number: Mapping[str, int]) -> list[Event]:
    """Every dated (or undatable) event of a story, in time order; undated last."""
    events = []
    for doc in docs:
        published = doc.article.published
        day = published.date() if isinstance(published, datetime) else None
        told: set[str] = set()  # (a page may print a sentence twice: its events once)
        for s in doc.sentences:
            if s.kind != "body" or s.text in told:
                continue
            told.add(s.text)
            seen = set()
            for kind, expression, m in expressions(s.text):
                when, precision = resolve(kind, m, s.text, day)
                if (when, precision, expression.lower()) in seen:
                    continue  # 'last year' twice in one sentence is one event
                seen.add((when, precision, expression.lower()))
                events.append(Event(when, precision, expression,
                                    Claim(number[doc.article.id], s.id, s.text, expression)))
    return sorted(events, key=lambda e: (e.when is None, e.when or date.min,
                                         e.claim.source_id, _pos(e.claim.sentence_id)))


def _pos(sentence_id: str) -> int:
    return int(sentence_id.rsplit("#", 1)[1])
