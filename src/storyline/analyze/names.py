"""People in a story: who a name, a surname, a title or a role refers to.

News names a person in full once ("Labour leader Jeremy Corbyn", "Dave Anderson, his
shadow Scottish Secretary") and then by surname ("Mr Corbyn", "Corbyn"), by role ("the
Labour leader"), or by the name's first word when that is the family name ("Paik" for
Paik Hak-soon) or the person is called by first name ("Autumn"). `People` reads all
of a story's articles first, so that every source's "Corbyn" resolves to the same
"Jeremy Corbyn" — a name one outlet gives in full serves all of them. Rule-based:
capitalised runs, titles, speech verbs and appositions; no model to download. Where the
story gives no cue, lists of common given names and surnames (`given_names`) have the
last word.
"""

from __future__ import annotations

import bisect
import copy
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from storyline.analyze.given_names import (
    formal_names,
    is_given_name,
    is_surname,
    same_given,
    sex_of,
)
from storyline.analyze.places import compass_head, place_name
from storyline.model import Document, SentenceKind
from storyline.text import SPEECH_VERBS

TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady prof professor rev president senator sen rep "
    "gov governor judge justice chancellor minister pm king queen prince princess "
    "general gen col colonel capt captain sgt sergeant constable officer detective chief "
    # 'Maj. Perry L. Nouis'; British police ranks: 'Det Insp', 'Det Supt'
    "maj adm det insp supt "
    # clergy: 'Grand Ayatollah Kazem Lankarani', 'Sheikh Ahmed Yassin'
    "ayatollah sheikh imam rabbi reverend mullah "
    # peers' ranks no given name shares: 'Viscount Arthur de Soultrait'
    "viscount vicomte viscountess marquess marchioness "
    # offices written with a hyphen: 'Secretary-General Kofi Annan'
    "secretary-general attorney-general governor-general vice-president".split()
)
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof rev".split())
# titles and qualifiers that are also surnames: 'Jeffrey Lord', 'John Tory', 'Dawn French'
# (never offices: 'the Virginia Governor said' names no one)
_TITLE_SURNAMES = frozenset("lord king judge prince bishop tory french english".split())
# offices that title a person by surname as an honorific does ('President Obama', 'Pope
# Francis', 'Sen. Warren'); not 'General', 'Chief' or 'Justice', which also open the names
# of companies and departments ('General Motors', 'Justice Department')
OFFICES = frozenset("president senator sen rep gov governor mayor pope cardinal".split())
PRONOUNS = frozenset("he she they i we him her them".split())
PLACE_WORDS = frozenset(
    "street road avenue square hospital airport station river lake mountain island city "
    "county province state republic kingdom bridge park bay coast valley university "
    "college school church cathedral hotel motel centre center hall house court arena "
    "stadium palace".split()
)
ROLE_NOUNS = frozenset(
    "pope cardinal bishop archbishop envoy negotiator diplomat judge prosecutor attorney "
    "investigator king queen prince emperor general commander colonel sheriff inspector "
    "superintendent reporter correspondent economist consultant spokesman "
    "leader secretary minister mp msp mep president spokesman spokeswoman spokesperson "
    "chairman chairwoman chair director chief executive mayor senator governor candidate nominee "
    "challenger official officer manager founder editor professor analyst economist lawyer "
    "attorney ambassador commissioner councillor member deputy head boss premier chancellor "
    "grandee adviser advisor aide campaigner activist coach captain ceo cfo coo cto producer "
    "lawmaker congressman congresswoman strategist pollster organiser organizer trustee "
    "speaker whip "  # of a house: 'House Speaker John Boehner', 'Minority Whip Steny Hoyer'
    # trades, by which news introduces people ('pop star Taylor Swift')
    "star singer rapper musician actor actress artist designer author writer novelist "
    "filmmaker comedian host anchor deejay presenter journalist columnist photographer "
    "historian scientist physicist astronomer astrophysicist statistician researcher doctor "
    "surgeon nurse teacher pilot soldier player owner entrepreneur investor billionaire "
    "publicist flack resident student "  # 'Resident Jason Parantai had called the Star'
    # relations, by which news names people after introducing them ('her father')
    "father mother son daughter brother sister husband wife uncle aunt grandfather "
    "grandmother cousin friend neighbour neighbor".split()
)
# Words that tell a person's sex where they stand next to the name ('Mrs Smith', 'mother
# Aimee Hardy', 'Todd Hardy, Josh's father'): who a later 'he' or 'she' can be.
FEMININE = frozenset(
    "mrs ms miss madam dame lady queen princess duchess countess baroness mother wife "
    "daughter sister aunt niece grandmother granddaughter widow girlfriend actress woman "
    "girl spokeswoman chairwoman congresswoman businesswoman".split()
)
MASCULINE = frozenset(
    "mr sir lord king prince duke earl baron father husband son brother uncle nephew "
    "grandfather grandson widower boyfriend man boy spokesman chairman congressman "
    "businessman".split()
)
# Honorifics that tell the sex of the one they name ('Mr', 'Mrs', 'Lady'), whichever
# family member the surname would otherwise stand for
_TITLE_SEX = {t: "f" if t in FEMININE else "m" for t in HONORIFICS & (FEMININE | MASCULINE)}
# a storm is named as people are ('Hurricane Georges', 'Super Typhoon Zeb'), but is none
STORM_WORDS = frozenset("hurricane typhoon supertyphoon cyclone storm".split())
# Words that end the names of things named like people, and described like them ('the
# Lacey Act, a century-old law'): laws, bodies, publications, events, storms. (Not
# `entities.ORG_WORDS`, which tells an organisation's name from a place's.)
THING_WORDS = frozenset(
    "act law bill treaty constitution charter amendment agency association department "
    "ministry council committee commission party company corporation corp inc ltd group "
    "union bank fund institute foundation museum trust board service services office "
    "network times post news bureau press site "
    # a publication's title: 'a weekly newsletter, Southern Africa Report, says'
    "report journal magazine gazette tribune chronicle telegraph newsletter "
    # an event, a flight, a party's members: 'Persian Gulf War', 'Tony Awards', 'Winter
    # Games', 'Air France Flight', 'Senate Democrats'
    "war awards games jubilee flight democrats republicans "
    # a programme: 'The Daily Show', 'The Larry Sanders Show'; a rock formation
    # ('the Tiaojishan Formation', where the fossil was found); a channel ('president,
    # Comedy Central'); a craft ('Solar Probe Plus', 'Hubble Space Telescope')
    "show formation central probe spacecraft telescope rover".split()
) | STORM_WORDS
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NOT_NAMES = _WEEKDAYS | frozenset(
    "the a an this that these those so "
    "january february march april may june july august september october november december "
    "but and or if when while after before however meanwhile earlier later in on at for "
    "until since unless although though because whereas during despite amid among through "
    "like unlike once whenever wherever now then also still yet even only here there "
    "yesterday today tomorrow tonight "
    "of to from by with as it its his her their our we he she they i dear "
    # a question or a quantity opening a sentence: 'What Netscape, the Internet pioneer,
    # has learned' names no one called 'What Netscape'
    "what which who whom whose where why how whether each every both either neither "
    "last next "  # ('Last November')
    # a question's verb, a preposition opening a sentence: 'Could Spain extradite him?',
    # 'About Mohawk' (a page's section) name no one called 'Could Spain'
    "could would should can might must does do did is are was were has have had "
    "about against around between over under without within toward towards into upon "
    "via across along beyond behind beside inside outside throughout "
    # a part of a series or a thing named by its number ('Season 6', 'Chapter 11', 'No.
    # 93', 'Comet 55P'), and the medium itself ('in Internet software')
    "season episode chapter no comet internet".split()
)
# A capitalised word with a lower-case letter (Corbyn, McDonald, O'Brien, Villa-Vicencio),
# or an acronym before a name (MSP Neil Findlay). It opens on [A-Z], which lets the
# regex engine skip ahead to capitals instead of trying every position.
# One way only to match a word: a greedy class checked by a lookahead, never
# `[A-Za-z]*[a-z][A-Za-z]*`, whose many splits made a 100,000-article run spend an hour
# backtracking through long capitalised text (see BENCHMARKS.md, issue #8).
# Letters are the Latin alphabet's with its accented forms (Latin-1 and Extended-A/B):
# names are written with them ('Malmö', 'Guantánamo', 'Pedro Sánchez', 'Erdoğan'),
# which an ASCII class cut ('Malm') or lost. Spelt out, not `[^\W\d_]`, because a name
# needs an upper- and a lower-case test. A run's first word opens on an ASCII capital
# all the same: with the accented ones in that class the engine's skip to a capital is
# slower, and the scan of a story took 1.7 times as long ('Édouard Philippe' is read
# from 'Philippe'; an accented capital inside a run is read: 'Ahmet Öztürk').
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
LOWER = "a-z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).islower())
# the space between a name's words: never a line break. A line break ends a paragraph,
# as the segmenter reads text (a line runs on only into one opening in lower case, and a
# name's next word opens in capitals), and no name goes on into the next ('Subscribe\n\n
# Anthony Kwan', 'June\n\nTrump', 'Russia\nTrump': 166 runs of the pile had). (Not spelt
# `[^\S\n]`, which regexploit, in tests/test_patterns.py, reads as overlapping letters.)
_GAP = r"(?:(?!\n)\s)++"
_REST = (rf"(?:(?=[{UPPER}{LOWER}'’\-]{{0,40}}[{LOWER}])[{UPPER}{LOWER}'’\-]*+"
         rf"|[{UPPER}]++(?={_GAP}[{UPPER}][{LOWER}]))")
# (a run opens on a word's first letter: 'iPhone', 'eBay', '@realDonaldTrump' name no
# 'Phone', 'Bay' or 'DonaldTrump'; and a run of capitals thousands long is read once, not
# again from each of its letters, which had made it quadratic: 16,000 took 1.3 s. The
# look-ahead for a word's lower-case letter goes 40 characters at most, for the same
# reason: 'A-A-A-…', 16,000 characters, took 0.5 s)
_FIRST, _TOKEN = f"[A-Z](?<![A-Za-z][A-Z]){_REST}", f"[{UPPER}]{_REST}"
# Initials may open a name ('C.B. Thomas', 'J.K. Rowling') or stand inside one
# ('George W. Bush'). Each branch opens on [A-Z], so the engine still skips to capitals
# (an optional group in front would make it try every position: 4x slower).
# (Never initials from a word's end: 'the Palm PC. Microsoft backed down' names no 'C.
# Microsoft'.)
# Inside a name, a lower-case particle may stand before a capitalised word ('Osama bin
# Laden', 'Josue da Silva', 'Charles de Gaulle', 'Bashar al-Assad'); never first, where
# it would cost the capital-letter skip above ('bin Laden said' is read as 'Laden').
PARTICLES = ("bin", "ibn", "al", "el", "da", "de", "del", "della", "der", "di", "do", "dos", "du",
             "la", "le", "van", "von", "ter", "ten")
PARTICLE = rf"(?:(?:{'|'.join(PARTICLES)}){_GAP})+"
_JOINED = r"(?:al|el|ad|as|an|ash|at|az)-"  # 'al-Assad', 'el-Madhoun'
# initials inside a name, one to three ('George W. Bush', 'George H.W. Bush'); never a
# place's, which end a name and may end a sentence ('in Washington D.C. The …'), nor an
# office's ('Montgomery County D.A. Kevin Steele': a district attorney)
_INSIDE_INITIALS = r"(?!(?:U\.S|U\.K|U\.N|E\.U|D\.C|L\.A|D\.A)\.)(?:[A-Z]\.){1,3}"
# (initials open a run within a paragraph: 'in L.A.' ending one and 'Robert Durst'
# opening the next are two runs; spaced too: 'P. W. Botha')
RUN = re.compile(rf"(?:[A-Z](?<![A-Za-z][A-Z])\.(?: ?[A-Z]\.){{0,2}}{_GAP}"
                 rf"{_TOKEN}|{_FIRST})"
                 rf"(?:{_GAP}(?:{_INSIDE_INITIALS}{_GAP})*(?:{PARTICLE})?(?:{_JOINED})?(?:{_TOKEN}))*")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# a roman numeral: 'John Paul II', 'Carl XVI Gustaf', 'Super Bowl LIII'
ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# initials that name places, not people ('U.S. Navy', 'Washington D.C.')
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. L.A. U.A.E.".split())


def _key(name: str) -> str:
    """The word a person is looked up by: the last of a name, without a joined particle
    ('Sayeed el-Madhoun' is 'Madhoun', which is all a later 'el-Madhoun said' gives: a
    run never opens on a lower-case particle)."""
    surname = name.rsplit(None, 1)[-1]
    return surname.split("-", 1)[-1] if surname[:1].islower() else surname


@functools.lru_cache(maxsize=65536)
def tidy(name: str) -> str:
    """'JEREMY Corbyn' -> 'Jeremy Corbyn', 'Mr Corbyn's' -> 'Corbyn': the name alone.
    (Memoised: a story asks it of every capitalised run, in every section.)"""
    return " ".join(_name_words(name)[0])


def role_key(phrase: str) -> str:
    """'the Labour leader' / "his shadow Scottish Secretary" -> 'labour leader' / ..."""
    words = [w.lower().strip(",.") for w in phrase.split()]
    while words and words[0] in {"the", "a", "an", "his", "her", "their", "its", "current",
                                 "then", "former", "now"}:
        words = words[1:]
    # ages say nothing about the role: 'the 49-year-old father' is 'her father'; news
    # calls the pope 'the pontiff' ('Pope John Paul II' later 'the pontiff said')
    return " ".join(_ROLE_SYNONYMS.get(w, w) for w in words if not _AGE.fullmatch(w))


_ROLE_SYNONYMS = {"pontiff": "pope"}
# a body's head, by the generic words news uses for one ('the IMF chief') and the offices
# a story may have named instead ('IMF managing director')
_HEADS = frozenset({"chief", "head", "boss", "leader"})
_LEADING = _HEADS | {"director", "president", "chairman", "chairwoman", "chair", "executive",
                     "secretary", "minister", "governor", "commissioner", "premier"}


_AGE = re.compile(r"\d+-years?-old")
# the most forms of one name `People` folds into one ('Steve', 'Stephen', 'Stephen Lane'
# Vogelsang: three); more, and the page is a list, not a story's people
_FORMS_AT_MOST = 8


class _Names(NamedTuple):
    """Full names and what they are looked up by, the story's or one article's."""

    full: Counter[str]  # "Jeremy Corbyn" -> mentions in full
    by_surname: Mapping[str, Counter[str]]
    by_first: Mapping[str, Counter[str]]
    mentions: Counter[str]  # runs ending on a word: 'Autumn' called by first name alone


class People:
    """The people of one story, from all of its articles' text."""

    @classmethod
    def of(cls, docs: Iterable[Document]) -> People:
        """The people of a story's segmented reports, their page furniture read for no one
        (a web archive's notice, 'Starting in 1996, Alexa Internet has been donating …',
        had made a person of 'Alexa Internet', and every 'Internet' of the story theirs)."""
        docs = list(docs)
        return cls((d.article.text for d in docs), {d.article.text: [
            (s.start, s.end) for s in d.sentences if s.kind is SentenceKind.FURNITURE]
            for d in docs})

    def __init__(self, texts: Iterable[str],
                 furniture: Mapping[str, Sequence[tuple[int, int]]] | None = None):
        """`furniture`: spans of a text that are the page's own lines, not the story's."""
        self.full: Counter[str] = Counter()  # "Jeremy Corbyn" -> mentions in full
        self.full_in: dict[str, Counter[str]] = defaultdict(Counter)  # the same, by text
        # the full names of the article being read (`reading`), indexed as the story's are
        self._local: _Names | None = None
        self.by_surname: dict[str, Counter[str]] = defaultdict(Counter)
        # "Paik Hak-soon" later "Paik", "Chun Hae-sung" later "Chun": names given family
        # name first, and people called by first name ("Autumn"), are found by first word
        self.by_first: dict[str, Counter[str]] = defaultdict(Counter)
        self.roles: dict[str, Counter[str]] = defaultdict(Counter)
        self.titled: set[str] = set()  # full names written after a title ('President …')
        texts = list(texts)
        # Pass 1: surnames used alone as a person's ("Mr Lewis", "Sturgeon told").
        # A surname seen only before a speech verb must also end a full name somewhere
        # ('Castro said' + 'Fidel Castro'), or countries would be people ('Britain said').
        surnames: set[str] = set()
        titled_surnames: set[str] = set()
        self.mentions: Counter[str] = Counter()  # surname -> mentions, alone or in full
        self.places: set[str] = set()  # single words seen after 'in', 'at', 'from'
        # single words seen with no title before a speech verb ('Corbyn said', 'Swissair
        # said'): a person's surname, or a body's name (`entities` asks)
        self.speaking: set[str] = set()
        # per text, the people it can name by one word only ('a woman … who identified
        # herself only as Susan' is not the Susan Ward of its clinic)
        self.named_only: dict[str, set[str]] = {}
        self.furniture: Mapping[str, Sequence[tuple[int, int]]] = furniture or {}
        self.runs = {text: runs_outside(RUN.finditer(text), self.furniture.get(text))
                     for text in texts}
        # each name word's mentions ('Hardy' -> 'Todd Hardy', 'Hardy', 'Mrs Hardy')
        self._by_word: dict[str, list[tuple[str, re.Match[str]]]] = defaultdict(list)
        named_in_full: list[tuple[str, re.Match[str]]] = []  # for pass 2, in reading order
        placed: Counter[str] = Counter()  # runs of several words written after 'in'
        mentions, by_word = self.mentions, self._by_word  # (every run of the story: hot)
        for text, runs in self.runs.items():
            for m in runs:
                run = m.group()
                words, titled, _ = _name_parts(run)
                if run.startswith("He ") and words:
                    words = _family_he(words, text, m.start())
                if not words:
                    continue  # 'The', 'In', 'Monday': no name at all
                key = _key(words[-1])
                mentions[key] += 1
                by_word[key].append((text, m))  # where to look for a sex cue
                if len(words) != 1:
                    # (three words at most, a particle apart: 'Gilberto Manuel da Silva')
                    if len(words) <= 3 or sum(w[:1].isupper() for w in words) <= 3:
                        named_in_full.append((text, m))
                        # ('in Puerto Rico': somewhere, not someone; a whole word, not
                        # '… again Donald Trump')
                        if not titled and text.endswith(("in ", "near "), 0, m.start()) \
                                and _ahead(text, m.start()):
                            placed[run] += 1
                    continue
                start = m.start()
                ahead = _ahead(text, start)  # two cues
                if ahead and ahead.lastgroup == "place":
                    self.places.add(words[0])  # 'in Glasgow': never a first name
                # (a title, or 'her first name, Arezou': a person, though never in full)
                only = _named_only(text, start)
                if only:  # (whom this article then calls so is no one named in full)
                    self.named_only.setdefault(text, set()).add(words[0])
                titled = titled or bool(ahead and ahead.lastgroup == "title") or bool(
                    only) or (  # one name and what they are:
                    # 'Roestandi, a three-star general and chairman of …, said'
                    text.startswith((", a ", ", an ", ", the "), m.end())
                    and opens_sentence(text, start) and bool(_ROLE_AFTER.match(text, m.end())))
                if titled:
                    titled_surnames.add(words[0])
                    office = run.rsplit(None, 2)[-2].lower() if " " in run else ""
                    if office in ROLE_NOUNS:  # 'Pope Francis' is the pope of 'the pope said'
                        self.roles[office][words[0]] += 1
                if titled:
                    surnames.add(words[0])
                elif _SAYS.match(text, m.end()):
                    if not _after_the(text, start + max(0, run.find(words[0]))):  # ('the
                        # Jets said': a body)
                        surnames.add(words[0])
                    self.speaking.add(words[0])
                elif text.startswith((",", "."), m.end()) and \
                        _SAID_BEFORE.search(text, start - 30 if start > 30 else 0, start):
                    surnames.add(words[0])  # '"…," said the 46-year-old Chmiel, bundled up
                    # …': the Krzysztof Chmiel of the lede, whose given name no list holds
        # Pass 2: full names, by their cues or by a surname known from pass 1.
        # (a place the story puts things in twice is no one's name, whatever cue a
        # mention seems to give: 'the insurance commissioner of Puerto Rico, also sees')
        places = {run for run, count in placed.items() if count > 1}
        self._short: dict[str, bool] = {}  # surname -> whether the story shortens to it
        for text, m in named_in_full:
            if m.group() not in places:
                self._learn(m, text, surnames)
        self._fold_forms()
        # (unless it speaks: 'staring right at Susie' and 'Susie narrates' are a person)
        self.places -= surnames
        for place in self.places & self.by_first.keys():
            del self.by_first[place]  # 'Glasgow South West' is no person called 'Glasgow'
        for surname in surnames:
            if surname in self.by_surname or surname in titled_surnames:
                self.by_surname[surname]  # a person's surname, even if never named in full
        # Answers asked again and again (every mention of a story's people), memoised:
        # the people are known now and do not change.
        self._person: dict[str, bool] = {}
        self._resolved: dict[str, str] = {}
        self._gender: dict[str, str | None] = {}
        self._text = ""  # the article a `reading` view reads
        self._views: dict[str, People] = {}  # text -> its `reading` view
        self._story = self  # what a view of one article (`reading`) asks about the story
        self._names = _Names(self.full, self.by_surname, self.by_first, self.mentions)

    def _learn(self, m: re.Match[str], text: str, surnames: set[str]) -> None:
        """Take a run of two or three name words as a person's full name if a cue or a
        known surname says it is one, or failing those, its given name and surname."""
        words, _, introduced = _name_parts(m.group())
        if m.group().startswith("He "):
            words = _family_he(words, text, m.start())
        words = _past_common_opener(words, text)
        if any(_thing_word(w) for w in words) and not (
                len(words) == 2 and is_given_name(words[0]) and is_surname(words[1])
                and not _thing_word(words[1])):
            return  # a law, a body, a place; but a given name first is a person's
            # ('Bill Ingalls'; 'the Farm Bill' is a law)
        if _acronym_first(m.group(), words):
            return  # a body's craft, station or branch: 'NCAR Electra', 'CTV Winnipeg'
        if _no_one_here(m, text, words):
            return
        name = " ".join(words)
        head = compass_head(name)
        if head and (head in self.places or place_name(head)):
            return  # a part of a place ('the SNP MP for Glasgow South West, said')
        if len(words) > 1 and place_name(name):
            return  # a place the lists know, whatever cue seems to name someone ('outside
            # New Orleans, meteorologist Robert Ricks knew', 'the Eastern Caribbean')
        named_at = m.start() + max(0, m.group().find(words[0]))
        if not introduced and _after_the(text, named_at) and \
                not (is_given_name(words[0]) and is_surname(words[-1])):
            return  # no one is 'the Buffalo Bills' or 'The New York Jets' (but 'the Hillary
            # Clinton campaign' names her; 'the Rev. Jesse Jackson', 'the Interior Bruce
            # Babbitt' of 'Secretary of the Interior Bruce Babbitt': words between)
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 60]
        if not (introduced or _key(words[-1]) in surnames or (
                (_looks_personal(before, after) or _given_and_surname(words, text, after)
                 or self._shortened(words))
                # ('in Rio de Janeiro, believed to be …', 'In New York, police said',
                # 'the State University of Rio de Janeiro, explaining …')
                and not (_after_place_word(before) or _OF_A_NAME.search(before)
                         or m.group().split(None, 1)[0] in _PLACE_OPENERS))):
            return
        self.full[name] += 1
        self.full_in[text][name] += 1
        self.by_surname[_key(words[-1])][name] += 1
        self.by_first[words[0]][name] += 1
        if introduced:
            self.titled.add(name)
        at = m.start() + m.group().find(words[0])
        role = role_before(text[max(0, at - 40):at].rstrip() + " ") or _role_after(after)
        if role:
            self.roles[role][name] += 1
            head = role.split()[-1]
            if head != role:  # 'her father' later 'the 49-year-old father': the head noun
                self.roles[head][name] += 1

    def _fold_forms(self) -> None:
        """One person for the forms a story writes one name in, under the form named
        more: with and without middle names or initials ('Donald J. Trump' and 'Donald
        Trump', 'Mohammed Saddiq Odeh' and 'Mohammed Odeh'), and with a given name's short
        form ('Steve Vogelsang' and 'Stephen Vogelsang', 'Bob Livingston' and 'Robert
        Livingston'). Every table then knows one name, so entities count them together, a
        bare surname finds its person, and every source's quotations carry the same
        speaker. Not when two longer forms share the plain one ('George H.W. Bush', 'George
        W. Bush': father and son), nor past a particle ('Gilberto Manuel da Silva')."""
        plain: dict[str, list[str]] = defaultdict(list)
        for name in self.full:
            words = name.split()
            if len(words) > 2 and all(w[:1].isupper() for w in words[1:-1]):
                plain[f"{words[0]} {words[-1]}"].append(name)
        for short, forms in plain.items():
            if short in self.full and len(forms) == 1:
                self._fold(short, forms[0])
        # short forms: the names of one surname whose given names stand for one formal
        # name (a handful in a story; a page listing more is no story's people)
        by_formal: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name in self.full:
            first, _, rest = name.partition(" ")
            for formal in formal_names(first) if rest else ():
                by_formal[(rest.rsplit(None, 1)[-1], formal)].append(name)
        for names in by_formal.values():
            if len(names) > _FORMS_AT_MOST:
                continue
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    first_a, *middle_a, _ = a.split()
                    first_b, *middle_b, _ = b.split()
                    if first_a != first_b and (
                            middle_a == middle_b or not middle_a or not middle_b) \
                            and a in self.full and b in self.full:
                        self._fold(a, b)

    def _fold(self, one: str, other: str) -> None:
        """Two forms of one name become the one named more (of as many, the first in
        alphabetical order), in every table."""
        keep, drop = sorted((one, other), key=lambda n: (-self.full[n], n))
        for table in (self.full, *self.full_in.values(), *self.by_surname.values(),
                      *self.by_first.values(), *self.roles.values()):
            if drop in table:  # (in place: the order is reading order, and an
                # article's first-named of two is whom its bare surname means)
                items = list(table.items())
                table.clear()
                for name, count in items:
                    table[keep if name == drop else name] += count
        if drop in self.titled:
            self.titled = (self.titled - {drop}) | {keep}

    def _shortened(self, words: list[str]) -> bool:
        """'Kurt Cobain', then 'Cobain' and "Cobain's": a common given name and a word
        the story writes alone at least twice, as a person's surname: never after 'the' or
        a number (a team's, an event's: 'the Bills', 'the 2000 Olympics'). Asked of a run
        no cue names. (A listed surname after any word would make people of 'Putting
        Brazil', 'Swissair Flight': a given name must open the name.)"""
        if len(words) != 2 or not is_given_name(words[0]) or place_name(words[1]):
            return False
        key = _key(words[1])
        known = self._short.get(key)
        if known is None:
            alone = self._alone(key)
            known = self._short[key] = len(alone) >= 2 and not any(
                m.group()[:4].lower() == "the "
                or _DETERMINED.search(text, max(0, m.start() - 12), m.start())
                for text, m in alone)
        return known

    def reading(self, text: str) -> People:
        """These people as one article of the story names them: a surname or a short
        name is first the person this article names in full ('Musk' is Elon in a
        report that introduced him, though the story names his brother Kimbal more)."""
        seen = self._views.get(text)
        if seen is not None:
            return seen  # (one view an article: the quotes and the entities both ask)
        full = self.full_in.get(text, Counter())
        by_surname: dict[str, Counter[str]] = defaultdict(Counter)
        by_first: dict[str, Counter[str]] = defaultdict(Counter)
        mentions: Counter[str] = Counter()  # the article's runs ending on a name's first
        # word: the one it calls by first name ('Autumn') is not the bare surname's
        for name, count in full.items():
            words = name.split()
            by_surname[_key(words[-1])][name] += count
            if words[0] not in self.places:
                by_first[words[0]][name] += count
            mentions[words[0]] = sum(t == text for t, _ in self._by_word.get(words[0], ()))
        view = copy.copy(self)
        view._local = _Names(full, by_surname, by_first, mentions)
        view._text = text
        view._resolved = {}  # its own answers; who is a person, and their sex, are the story's
        self._views[text] = view
        return view

    def is_person(self, name: str) -> bool:
        known = self._person.get(name)
        if known is None:
            tidied = self._tidy(name)
            known = self._person[name] = bool(tidied) and (
                tidied in self.full or _key(tidied) in self.by_surname
                or tidied in self.by_first)
        return known

    def resolve(self, name: str) -> str:
        """The fullest known form of a person's name (or the tidied name itself)."""
        known = self._resolved.get(name)
        if known is None:
            known = self._resolved[name] = self._resolve(name)
        return known

    def _tidy(self, name: str) -> str:
        """`tidy`, but a title word alone is the surname of a person the story names in
        full with it ('Lord said', after 'Jeffrey Lord')."""
        tidied = tidy(name)
        word = name.strip()
        return word if not tidied and word in self.by_surname and " " not in word else tidied

    def _resolve(self, name: str) -> str:
        words = name.split()
        sex = _TITLE_SEX.get(words[0].lower().rstrip(".")) if words else None
        name = self._tidy(name)
        if not name:
            return ""
        person = self._resolve_tidy(name)
        if sex and self.gender(person) not in (None, sex):
            # 'Mr Wilson' is not Jane Wilson, whom the story names more: her husband if
            # the story names him, else no one it knows
            return self.of_sex(name, sex) or name
        return person

    def _resolve_tidy(self, name: str) -> str:
        if name in self.named_only.get(self._text, ()):
            return name  # ('… identified herself only as Susan. … Susan said')
        if self._local is not None:
            # the article's own names; of two named as often, the fuller ('George H.W.
            # Bush', not 'H.W. Bush'), else the one it introduced first (a family of more
            # named as often stays unresolved)
            own = _resolve_in(name, self._local, first_wins=True)
            if own != name:
                return own
        return _resolve_in(name, self._names)

    def gender(self, name: str) -> str | None:
        """'m' or 'f' when the story tells — by a title or a relation next to the name,
        or by the pronoun that follows it as a subject ('Todd Hardy ... said he') — with
        a clear majority of its mentions. The story's own words decide, in any language's
        names; only when they do not does a given name known to be one sex's ('Martha',
        'Barry') tell. None when neither does."""
        person = self.resolve(name)
        return self._story._sex_of(person) if person else None

    def _sex_of(self, person: str) -> str | None:
        """A person's sex by the story's mentions of them, each read with the story's
        names (so it is the same whichever article asks), memoised per story."""
        if person not in self._gender:
            self._gender[person] = None  # unknown while its own mentions are read
            # ('Mrs Hardy' among them asks for Todd Hardy's sex)
            votes: Counter[str] = Counter()
            words = person.split()
            seen = self._by_word.get(_key(words[-1]), []) + (  # by surname, or by first name
                self._by_word.get(words[0], []) if len(words) > 1 else [])
            read = 0
            for text, m in seen:  # a dozen mentions tell as much as a hundred
                if read == 12 or sum(votes.values()) >= 4:
                    break
                if self.resolve(m.group()) == person and not self._titled_kin(m.group()):
                    read += 1
                    sex = _sex_near(m, text)
                    if sex:
                        votes[sex[0]] += sex[1]
            male, female = votes["m"], votes["f"]
            self._gender[person] = ("m" if male > 2 * female else
                                    "f" if female > 2 * male else
                                    sex_of(words[0]) if len(words) > 1 else None)
        return self._gender[person]

    def _titled_kin(self, run: str) -> bool:
        """'Mr Wilson' where the story names two Wilsons: the title tells the sex of
        whichever it is, not whom — so it cannot vote on the sex of either."""
        name = tidy(run)
        return bool(name) and run.split()[0].lower().rstrip(".") in _TITLE_SEX and \
            len(self.by_surname.get(_key(name), ())) > 1

    def of_sex(self, name: str, sex: str) -> str | None:
        """The person a mention names if they are of this sex; for a family's bare
        surname ('Veatch'), its one member of this sex."""
        person = self.resolve(name)
        if person and self.gender(person) == sex:
            return person
        words = tidy(name).split()
        if len(words) == 1:
            family = [n for n in self.by_surname.get(words[0], ()) if self.gender(n) == sex]
            if len(family) == 1:
                return family[0]
        return None

    def most_named(self, sex: str) -> str | None:
        """The person of this sex the article (of a `reading` view; else the story) names
        most: whom a 'she' far from any named woman means, as an obituary's subject."""
        names = self._local.full if self._local else self.full
        ranked = [(self.mentions[_key(name)], len(name.split()), name) for name in names
                  if self.gender(name) == sex]  # ('Clarissa Dickson Wright', not the
        # 'Dickson Wright' of the same mentions)
        return max(ranked)[2] if ranked else None

    def by_role(self, phrase: str) -> str | None:
        """'the Labour leader' -> 'Jeremy Corbyn' when the story says so somewhere."""
        key = role_key(phrase)
        named = self.roles.get(key)
        if not named and " " in key:
            named = self._wider_role(key)  # 'the GOP nominee': 'GOP presidential nominee …'
        if not named and key and _plain_modifiers(phrase):
            named = self.roles.get(key.split()[-1])  # 'the 49-year-old father' -> father
        if not named and key and key.split()[-1] in _HEADS:
            named = self._body_head(key)  # 'the IMF chief'
        if not named:
            return None
        # each person's mentions in the role, however named: 'President Trump' and
        # 'President Donald Trump' are one president ('Francis' of 'Pope Francis' is
        # the person the story names in full)
        votes: Counter[str] = Counter()
        for name, count in named.items():
            votes[self.resolve(name) or name] += count
        if self._local is not None and len(votes) > 1:
            # an article's 'the president' is a president it names ('Donald Trump'), not
            # the one another report of the story names more ('President George W. Bush')
            own = {n for n in votes if n in self._local.full}
            votes = Counter({n: c for n, c in votes.items() if n in own}) or votes
        if self._local is not None and not any(self._mentioned_here(n) for n in votes):
            return None  # nor one it never mentions: an article's 'the President' who is
            # Trump is not the 'President George W. Bush' of another report's history
        return min(votes, key=lambda n: (-votes[n], -self.prominence(n), n))

    def _wider_role(self, key: str) -> Counter[str] | None:
        """The holders of the roles that say more than `key` in plain words only: 'gop
        presidential nominee' for 'gop nominee' (never 'scottish labour leader' for
        'labour leader', a qualifier making another office)."""
        words = set(key.split())
        head = key.rsplit(None, 1)[-1]
        held: Counter[str] = Counter()
        for role, named in self.roles.items():
            more = set(role.split()) - words
            if role.endswith(head) and more and words <= set(role.split()) and \
                    not more & QUALIFIERS:
                held.update(named)
        return held or None

    def _mentioned_here(self, name: str) -> bool:
        """Whether the article of this `reading` view names the person, in full or by
        surname."""
        return (self._local is not None and name in self._local.full) or any(
            t == self._text for t, _ in self._by_word.get(_key(name), ()))

    def _body_head(self, key: str) -> Counter[str] | None:
        """Who heads the body a role names ('the IMF chief'): the one person the story
        gives any role of that body ('Michel Camdessus, IMF managing director')."""
        body = [w for w in key.split()[:-1] if w not in QUALIFIERS]
        if not body:
            return None
        held = [named for role, named in self.roles.items()
                if role.split()[-1] in _LEADING and all(w in role.split() for w in body)]
        people = {name for named in held for name in named}
        return held[0] if len(people) == 1 else None

    def prominence(self, name: str) -> int:
        """How often the story names this person, in full or by surname."""
        return self.mentions[_key(name)]

    def alone(self, word: str) -> int:
        """How often the story writes a name's word as the whole name ('Stepinac said',
        'Mr Stepinac', 'Paik'): what a name of no common given name and surname needs
        to be someone's."""
        return len(self._alone(_key(word)))

    def lone_mentions(self, word: str) -> list[tuple[str, re.Match[str]]]:
        """(text, match) of each mention that is this word alone, as `alone` counts them."""
        return self._alone(_key(word))

    def _alone(self, key: str) -> list[tuple[str, re.Match[str]]]:
        """The mentions that are a name's word alone ('Cobain', "Cobain's", 'Mr Cobain')."""
        return [(text, m) for text, m in self._by_word.get(key, ()) if tidy(m.group()) == key]

    def described(self, name: str) -> bool:
        """Whether the story gives this person a title or a role ('President Barack
        Obama', 'Ayatollah Ruhollah Khomeini')."""
        return name in self.titled or any(name in named for named in self.roles.values())


def _resolve_in(name: str, names: _Names, first_wins: bool = False) -> str:
    """A name resolved against one set of full names: an article's or the story's."""
    full, by_surname, by_first, mentions = names
    if name in full:
        # unless it is a surname of two words that ends one longer name, the one named
        # in full most often: 'Ms. Dickson Wright' is Clarissa Dickson Wright (not her
        # father Arthur); 'Donald Trump', opening on a given name, is not the 'Add
        # Donald Trump' of a web page's button
        family: Mapping[str, int] = by_surname.get(_key(name), {})
        longer = sorted((-c, n) for n, c in family.items() if n.endswith(" " + name))
        # ('Kirk McDonald said' of Gabrielle Kirk McDonald, named in full once: the
        # longer name opening on a given name is a person's whole name)
        if longer and (len(longer) == 1 or longer[0][0] < longer[1][0]) and (
                -longer[0][0] >= full[name] or not is_given_name(name.split()[0])
                or is_given_name(longer[0][1].split()[0])):
            return longer[0][1]
        if len(family) > 1:  # (asked of every mention: most surnames are one person's)
            variants = Counter({n: c for n, c in family.items() if _same_person(n, name)})
            if len(variants) > 1:
                return next(iter(_as_one(variants)))
        return name
    candidates = by_surname.get(_key(name))
    if candidates and len(name.split()) > 1:  # 'Jane B. Lathem' is not 'Ray W. Lathem',
        candidates = Counter({n: c for n, c in candidates.items()  # but 'Dickson Wright'
                              if same_given(n.split()[0], name.split()[0])  # is Clarissa's
                              or n.endswith(" " + name)})
    if candidates and len(name.split()) == 1 and len(candidates) > 1 and \
            not _dominant(candidates):
        # A family in the news: the one called by first name alone ('Autumn') is not
        # the one the bare surname means ('Veatch said' is her father, David Veatch).
        adults = Counter({n: c for n, c in candidates.items() if not mentions[n.split()[0]]})
        candidates = adults or candidates
    family_first = False
    if not candidates and len(name.split()) == 1:
        # no one has it as a surname: someone's first word ('Paik', 'Autumn'), or a
        # surname misspelt by a letter ('Lockart said' of Joe Lockhart)
        family_first = name in by_first
        candidates = by_first.get(name) or _misspelt(name, by_surname)
    if candidates and len(candidates) > 1:
        candidates = _as_one(candidates)
    if candidates:
        order = {n: i for i, n in enumerate(full)} if first_wins else {}  # reading order
        best = sorted(candidates.items(), key=lambda kv: (
            -kv[1], (-len(kv[0].split()), order[kv[0]]) if first_wins else kv[0]))
        # (in an article, a family named family name first is the one it named first:
        # 'Yao' is the dissident Yao Zhenxian, not his brother or daughter named after)
        if len(best) == 1 or best[0][1] > best[1][1] or (first_wins and (
                len(best) == 2 or family_first)):
            return best[0][0]
    return name


def _dominant(candidates: Mapping[str, int]) -> bool:
    """Whether one of the people sharing a surname is named in full three times as often
    as the others together: the one the story follows, whom the bare surname means even
    if it calls them by first name too ('Kanye West', named nine times, is 'West' and
    'Kanye'; a namesake in one photo credit, 'Tabitha Renea West', is no family of his)."""
    counts = sorted(candidates.values(), reverse=True)
    return counts[0] >= 3 * sum(counts[1:])


def _as_one(candidates: Counter[str]) -> Counter[str]:
    """Full names that differ only by a given name's short form are one person, counted
    together under the form named most ('Mike Brown' in captions, 'Michael Brown' in the
    text)."""
    merged: Counter[str] = Counter()
    for name, count in sorted(candidates.items(), key=lambda kv: (-kv[1], kv[0])):
        merged[next((m for m in merged if _same_person(m, name)), name)] += count
    return merged




def _same_person(a: str, b: str) -> bool:
    """'Mike Brown' and 'Michael Brown': the same name but for a given name's short form."""
    wa, wb = a.split(), b.split()
    return len(wa) > 1 and wa[1:] == wb[1:] and same_given(wa[0], wb[0])


def _misspelt(name: str, by_surname: Mapping[str, Counter[str]]) -> Counter[str] | None:
    """The people of the one known surname a name of five letters or more misses by a
    letter left out, added or changed (not its first)."""
    if len(name) < 5:
        return None
    near = [s for s in by_surname if s[:1] == name[:1] and abs(len(s) - len(name)) <= 1
            and s != name and _one_letter_apart(s, name)]
    return by_surname[near[0]] if len(near) == 1 else None


def spelt_alike(a: str, b: str) -> bool:
    """Whether two names of two words or more are one name spelt otherwise: the same
    words but one, a letter apart ('Hand Carlsson' / 'Hans Carlsson', 'Lasse Gustavsson'
    / 'Lasse Gustafsson'), as reports misspell the same person."""
    x, y = a.split(), b.split()
    if a == b or len(x) != len(y) or len(x) < 2:
        return a == b
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return len(apart) == 1 and apart[0][0][:1] == apart[0][1][:1] and \
        _one_letter_apart(*apart[0])


def misspelt(a: str, b: str) -> bool:
    """Whether two names are one that a report misspells by a letter, in a word of five
    letters or more: 'Hilary Clinton', 'Siavaash Mohseni' (not 'Joan' and 'John Smith',
    who may be two people)."""
    return spelt_alike(a, b) and min(len(w) for w in set(a.split()) ^ set(b.split())) >= 5


def _one_letter_apart(a: str, b: str) -> bool:
    """A letter left out, added or changed, or two next to each other swapped ('Ashely'
    for Ashley)."""
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) != len(b):
        return a[i:] == b[i + 1:]
    swapped = a[i:i + 2] == b[i + 1:i + 2] + b[i:i + 1] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i + 1:] or swapped


def _plain_modifiers(phrase: str) -> bool:
    """Whether the words before a role's head noun only describe ('the grieving father'),
    never specify it as a name or qualifier does ('the Labour leader', 'the deputy
    leader' are other roles than 'leader')."""
    words = phrase.split()[:-1]
    return not any(w[:1].isupper() or w.lower() in QUALIFIERS for w in words
                   if w.lower() not in {"the", "a", "an", "his", "her", "their", "its"})


def _name_words(run: str) -> tuple[list[str], bool]:
    words, titled, _ = _name_parts(run)
    return list(words), titled


def runs_outside(runs: Iterable[re.Match[str]], spans: Sequence[tuple[int, int]] | None
                 ) -> list[re.Match[str]]:
    """The runs that open outside the spans (most texts have none: kept as they are)."""
    if not spans:
        return list(runs)
    starts = [a for a, _ in spans]
    return [m for m in runs if not inside(m.start(), spans, starts)]


def inside(at: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether `at` falls in one of `spans` (sorted, not overlapping; `starts` their
    starts): a bisect, not a test of every span — a page of thousands of short lines
    made that quadratic."""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i][1]


# a surname in capitals keeps its prefix's small letter: 'CINDY McCAIN:' is Cindy McCain
_MC_CAPITALS = re.compile(r"^(Ma?c)([A-Z])([A-Z]+)\b")


def _mc_lowered(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2) + m.group(3).lower()


@functools.lru_cache(maxsize=65536)
def _name_parts(run: str) -> tuple[list[str], bool, bool]:
    """The name in a capitalised run, and whether a title stood before it: titles,
    roles, acronyms and qualifiers in front are dropped ('Edinburgh South MP Mr Murray'
    -> Murray, titled; 'Labour MSP Neil Findlay' -> Neil Findlay); nothing if a role
    word ends the run ('Shadow Defence Secretary')."""
    # (asked for every capitalised run of a story, so the cheap string tests go first)
    raw = run.split()
    words = [w.capitalize() if w.isupper() and len(w) > 2 and not is_initials(w)
             and not (i and ROMAN.fullmatch(w)) else _MC_CAPITALS.sub(_mc_lowered, w)
             if w.startswith(("Mc", "Mac")) else w for i, w in enumerate(raw)]
    cut, titled, introduced = 0, False, False
    for i, w in enumerate(words):
        low = w.lower().rstrip(".").removesuffix("-elect")  # 'President-elect Trump'
        if is_initials(w) and w not in _PLACE_INITIALS:
            continue  # 'C.B. Thomas'
        if i == len(words) - 1 and i > cut and low in _TITLE_SURNAMES and \
                is_given_name(words[i - 1]):
            break  # a surname that is also a title, after a given name: 'Jeffrey Lord'
        # ('Con' is a rank only after 'Det': 'Det Con Tim Bird', never 'Con Edison')
        if low in TITLES or low.rstrip("s") in ROLE_NOUNS or (
                low == "con" and cut == i > 0 and words[i - 1].lower() == "det"):
            cut, titled, introduced = i + 1, titled or low in HONORIFICS or low in OFFICES, True
        elif low in QUALIFIERS or (w.isupper() and not (  # (a numeral within a name or
                # of three letters ends one: 'Carl XVI Gustaf', 'Henry VIII'; 'John Paul
                # II' is called 'John Paul')
                cut < i and ROMAN.fullmatch(w) and (len(w) > 2 or i < len(words) - 1))) or (
                # a word in capitals before a given name, not a given name itself, is a
                # label or an acronym: 'CLOSE Ariel Winter', 'DAG Dana Boente'
                cut == i < len(words) - 1 and len(w) > 2 and raw[i].isupper()
                and is_given_name(words[i + 1]) and not is_given_name(w)) or (
                # and a people or a department before a given name: 'Britons Peter
                # Kennedy and …', 'Secretary of Agriculture Dan Glickman'
                cut == i == 0 < len(words) - 2 and is_given_name(words[1])
                and (w.endswith("ns") or low in _DEPARTMENTS) and not is_given_name(w)):
            cut = i + 1
        elif low in NOT_NAMES:
            after_title = i > 0 and words[i - 1].lower().rstrip(".") in TITLES  # 'Mrs May'
            if cut == i and not after_title:  # no name begun: 'But Corbyn', 'On Monday'
                cut = i + 1
            elif low in _WEEKDAYS:  # 'said Trump Monday': the name has ended
                words = words[:i]
                break
            # else part of a name begun: 'Theresa May', 'Jonathan Dear'
        elif i < len(words) - 1 and w.endswith(("'s", "’s")):
            if low[:-2] in _GROUP_OWNERS:  # (an institution's word: "the Children's
                continue  # Learning Place"; `_thing_word`)
            last = words[-1].lower()
            if i == len(words) - 2 and i > cut and (cut == 0 or introduced) and \
                    is_given_name(words[cut]) and not is_given_name(words[-1]) and \
                    last not in TITLES and last.rstrip("s") not in ROLE_NOUNS:
                words = words[:i + 1]  # a person's thing, one word: "President Donald
                break  # Trump's Cabinet", "Jessica Yellin's Instagram" name the owner
            cut = i + 1  # "EIA's Andrea Johnson", "Nashville's George Gruhn"
        elif cut == i and i < len(words) - 1 and _MODIFIER.fullmatch(w):
            cut = i + 1  # 'the Brexit-supporting Daily Express', 'Kremlin-backed RT'
    words = words[cut:]
    while len(words) > 1 and "-" not in words[0] and (words[0][:1].islower() or (
            words[0].lower() in PARTICLES and not is_given_name(words[0]))):
        words = words[1:]  # 'Later bin Laden': no name opens on a particle, nor on one a
        # sentence capitalised ('De Soultrait wore a cap' is Arthur de Soultrait's)
    while words and words[-1].rstrip(".,") in {"Jr", "Sr", "II", "III", "IV"}:
        words = words[:-1]
    if len(words) > 2 and words[-1] == words[-2]:
        words = words[:-1]  # a caption's title ending on the name its text opens with
        # ('… fall of O.J. Simpson Simpson, pictured in 1974'); 'Sirhan Sirhan' is a name
    if words:
        words[-1] = unpossessive(words[-1])
    return [w for w in words if w], titled, introduced


# the groups an institution is named for ("Children's Hospital"); no person's owner
_GROUP_OWNERS = frozenset({"children", "women", "men", "people", "kids", "girls", "boys"})
# a name made an adjective by a participle after it: 'Brexit-supporting', 'Saudi-led'
_MODIFIER = re.compile(r"[A-Z][\w.'’]*-(?:[a-z]+(?:ing|ed)|run|born|made|built)")


def is_initials(word: str) -> bool:
    """'C.B.', 'F.W.': a word of initials."""
    return "." in word and bool(_INITIALS.fullmatch(word))


def unpossessive(name: str) -> str:
    """'Labour's' -> 'Labour', 'Tories’' -> 'Tories'."""
    if name.endswith(("'s", "’s")):
        return name[:-2]
    return name[:-1] if name.endswith(("'", "’")) else name


def _sex_near(m: re.Match[str], text: str) -> tuple[str, int] | None:
    """The sex a mention's neighbourhood tells, with its weight: a title or relation
    inside the run or the word before it ('Mrs', 'mother Aimee Hardy', 'her father,
    David Veatch') or apposed after it (', Josh's father,') counts 2; as its sentence's
    subject, the first he/his/him or she/her in the rest of the sentence or opening the
    next one counts 1."""
    run = m.group()
    if not run[:1].isupper() or run.split()[0].lower() in NOT_NAMES:
        return None
    start = m.start()
    # the cue nearest the name, ending where it or a word of its run begins
    cue = next((c for c in reversed(list(_SEX_BEFORE.finditer(text, max(0, start - 16),
                                                              m.end())))
                if c.end() >= start), None) or (
        _SEX_APPOSED.match(text, m.end(), m.end() + 60) if text.startswith(",", m.end())
        else None)
    if cue:
        return ("f" if cue.group(1).lower() in FEMININE else "m"), 2
    named = _named_only(text, start)
    if named:  # 'who gave only her first name, Arezou,'
        return ("f" if named.lower() == "her" else "m"), 2
    if not opens_sentence(text, start):  # not after 'Stumpf, who ...': 'She ripped into'
        return None  # the next sentence is about Warren, the subject before him
    stop = _STOP.search(text, m.end(), m.end() + 300)
    end = stop.start() if stop else min(len(text), m.end() + 300)
    pronoun = _PRONOUN.search(text, m.end(), end) or (
        _NEXT_PRONOUN.match(text, end + 1) if stop and stop.group() != "\n" else None)
    if pronoun:
        return ("m" if pronoun.group(1).lower() in ("he", "his", "him") else "f"), 1
    return None


def _named_only(text: str, start: int) -> str | None:
    """The 'his' or 'her' of a person the story can name no further, by one word: 'a
    young woman who gave only her first name, Arezou,', 'identified himself only as
    George'. (A cheap test first: it is asked of every one-word name.)"""
    before = text[max(0, start - 45):start]
    if "name" not in before and " as " not in before:
        return None
    m = _NAMED_ONLY.search(before)
    return (m.group(1) or m.group(2)) if m else None


def opens_sentence(text: str, start: int) -> bool:
    """Whether a mention opens its sentence, perhaps after up to two capitalised words
    ('Later, Trump', 'Mr Trump'). A scan back over the text: cheaper than a regex
    anchored at the mention, which a story asks of every person mention."""
    i = start
    for _ in range(3):
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0 or text[j - 1] == "\n":
            return True
        before = text[j - 1]
        if before in ".!?" or (before in "\"”’'" and j > 1 and text[j - 2] in ".!?"):
            return j < i
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        if not text[k].isupper():
            return False
        i = k
    return False


def _family_he(words: list[str], text: str, start: int) -> list[str]:
    """A name's words with the Chinese family name He kept, where the pronoun cannot be:
    inside a sentence, before a given name of one word ('said He Xintong, Xu Wenli's
    wife', later 'Ms. He'); the name parts drop 'He' as the pronoun it usually is."""
    if len(words) == 1 and not opens_sentence(text, start):
        return ["He", *words]
    return words


# a run opening on letters in capitals before a word in title case ('RH Reality Check')
_OWNED_BY_ACRONYM = re.compile(r"[A-Z]{2,}\s+[A-Z][a-z]")


def _no_one_here(m: re.Match[str], text: str, words: Sequence[str]) -> bool:
    """Whether this mention of a run names no one, whatever cue seems to: a thing of a
    kind ('referred to as a Blue Moon'), a name quoted whole (a title or a nickname,
    '"Sons of Anarchy"'), a style of address ('dubbed Her Royal Hotness'), or what a
    body owns ('the publication RH Reality Check'; but 'DAG Dana Boente' is someone)."""
    run, start, end = m.group(), m.start(), m.end()
    return (text.endswith((" a ", " an ", "\na ", "\nan "), 0, start)
            or (text[start - 1:start] in ('"', "“") and text[end:end + 1] in ('"', "”"))
            or run.startswith(("Her Royal ", "His Royal "))
            or bool(_OWNED_BY_ACRONYM.match(run) and not is_given_name(words[0])))


def _acronym_first(run: str, words: Sequence[str]) -> bool:
    """Whether the name opens on a word written in capitals (three letters or more) and
    ends in lower case: a body's acronym before what it owns, no person's given name
    ('NCAR Electra'; a name written in capitals, 'JOHN McCAIN', is a heading's)."""
    if len(words) < 2 or len(words[0]) < 3 or words[0].upper() not in run:
        return False  # (most names: no word in capitals, asked nothing more)
    raw = run.split()
    return sum(c.islower() for c in raw[-1]) > 1 and any(
        w.isupper() and w.isalpha() and w.capitalize() == words[0] for w in raw)


def _thing_word(word: str) -> bool:
    """A word that makes a name a place's or an organisation's ('Lake', 'Bill', 'Party')."""
    low = word.lower()
    return low in PLACE_WORDS or low in THING_WORDS or (
        low.endswith(("'s", "’s")) and low[:-2] in _GROUP_OWNERS)


def _given_and_surname(words: list[str], text: str, after: str) -> bool:
    """'Martha Stewart', 'Honey Sherman': a given name and a surname, though nothing
    around them says so; or a surname no list holds, if the name is a verb's subject
    ('Betty Hodlen sees the issue …') and no place ('Royal Caribbean canceled …': a
    company) — unless the article also uses the first word as a common word ('the court
    may', 'by grace of'): then 'May Day' or 'Grace Church' need a cue."""
    first = words[0]
    return (is_given_name(first) and not _used_as_common_word(first, text)
            and (is_surname(words[-1]) or (len(words) == 2 and bool(_VERB_AFTER.match(after))
                                           and not place_name(words[-1]))))


def _after_the(text: str, at: int) -> bool:
    """Whether 'the' stands right before the name that starts at `at`: a team's, a
    band's, a body's ('the Jets said', 'The New York Jets cheerleaders'), not a person's.
    'The' only, not every `_DETERMINED` word: 'a', 'its' or a figure before a name do
    stand before people's ('a Donald Trump supporter'; measured: a speaker lost)."""
    return text.endswith(("the ", "The ", "THE "), 0, at) and (
        at == 4 or not text[at - 5].isalnum())


# what stands before a thing's name and never before a person's surname alone: 'the
# Bills', 'its Explorer', 'the 2000 Olympics'
_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|an?|its|their|this|that|these|those)|\d)\s+$")
_VERB_AFTER = re.compile(r"\s+(?:also\s+|still\s+)?[a-z]{2,}(?:s|ed)\b")  # '-s', '-ed'


def _past_common_opener(words: list[str], text: str) -> list[str]:
    """'Frail Robert Durst sentenced …': a headline's first word, capitalised by its place,
    before a given name and a surname is no part of the name when the article also uses
    it as a common word ('appearing frail'). Left in, it would out-count the story's
    'Robert Durst' and take every 'Durst'."""
    if (len(words) >= 3 and not is_given_name(words[0]) and is_given_name(words[1])
            and _used_as_common_word(words[0], text)):
        return words[1:]
    return words


def _used_as_common_word(word: str, text: str) -> bool:
    """Whether an article writes a capitalised word in lower case too ('the court may',
    'appearing frail'): then its capital may be only the sentence's."""
    return f" {word.lower()} " in text


_PLACE_OPENERS = frozenset({"In", "At", "From", "Near"})
_OF_A_NAME = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")  # 'University of', 'Bank of'


def _ahead(text: str, start: int) -> re.Match[str] | None:
    """`_AHEAD` in the eight characters before `start`: searched only where they end on
    one of its words (asked of every one-word run of a story; most end otherwise)."""
    lo = start - 8 if start > 8 else 0
    if not text[lo:start].rstrip().endswith(_AHEAD_ENDS):
        return None
    return _AHEAD.search(text, lo, start)


def _after_place_word(before: str) -> bool:
    """'in Virginia Beach', 'from Georgia Southern', 'the 3100 block of West Fullerton': a
    place, whatever its words are."""
    ahead = _AHEAD.search(before)
    return bool(ahead and ahead.lastgroup == "place") or before.endswith("block of ")


def _looks_personal(before: str, after: str) -> bool:
    """A capitalised run is a person's name when a role, an age or a speech verb is
    next to it: 'Labour leader Jeremy Corbyn', 'Jeremy Corbyn, 67,', '67-year-old Jeremy
    Corbyn', 'Corbyn said'."""
    last = before.rstrip(" ,").rsplit(None, 1)[-1:]
    if last and (_is_role(last[0]) or last[0].lower().rstrip(".") in TITLES
                 or _SPEECH_WORD.fullmatch(last[0]) or _AGE.fullmatch(last[0])):
        return True  # 'minister Dave Anderson', 'Rep. Greg Gianforte', 'said Jane Lathem',
        # '33-year-old Thamarong Kudpong'
    return bool(_APPOSITION.match(after) or _SAYS_AFTER.match(after))


def _is_role(word: str) -> bool:
    low = word.lower().strip(",.")
    return low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS


# offices abbreviated before a name: 'Sen. Elizabeth Warren' is the senator
_ABBREVIATED = {"sen.": "senator", "gov.": "governor", "gen.": "general", "col.": "colonel",
                "capt.": "captain", "prof.": "professor", "supt.": "superintendent"}


def role_before(before: str) -> str | None:
    """The role just before a name ("... said Labour leader " -> 'labour leader'), if any."""
    raw = before.split()[-4:]
    if raw and raw[-1].endswith("."):
        if raw[-1].lower() not in _ABBREVIATED:
            return None  # '… said a forensic investigator. Gerard Julien / AFP': a sentence
            # ended between them
        raw[-1] = _ABBREVIATED[raw[-1].lower()]
    if not raw or not _is_role(raw[-1]):
        return None
    if any(w.lower() in {"then", "former", "ex", "late"} for w in raw):
        return None  # 'then Labour leader Ed Miliband' is not the Labour leader now
    # keep the words that qualify the role ('Scottish Labour leader'), not a verb before
    while raw and not (raw[0][:1].isupper() or raw[0].lower() in QUALIFIERS
                       or raw[0].lower().strip(",.") in ROLE_NOUNS):
        raw = raw[1:]
    return role_key(" ".join(raw)) or None


def _role_after(after: str) -> str | None:
    m = _ROLE_AFTER.match(after)
    return role_key(m.group(1)) if m else None


SPEECH = rf"(?:{SPEECH_VERBS})\b"
_SPEECH_WORD = re.compile(SPEECH)
# what stands before a single capitalised word: a title ('Mr Lewis'), or a preposition of
# place ('in Glasgow')
_AHEAD = re.compile(r"(?:\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s*"
                    r"|\b(?P<place>in|at|from|near)\s+)$")
_AHEAD_ENDS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Mr.", "Mrs.", "Ms.", "Miss.", "Dr.",
               "Sir.", "in", "at", "from", "near")  # (how text `_AHEAD` finds ends)
_NAMED_ONLY = re.compile(r"\b(?:(his|her)\s+first\s+name|identified\s+(him|her)self\s+"
                         r"(?:only\s+)?as)(?:\s*+,)?\s++$", re.I)
_SAYS = re.compile(r"\s+(?:has\s+|had\s+|also\s+|later\s+)?" + SPEECH)
# an attribution turned round, ending on the speaker's name ('said Chmiel,', 'said the
# 46-year-old Chmiel.')
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|asked)\s+(?:the\s+\d+-year-old\s+)?$")
# what a secretary of state heads, written before the name after 'Secretary of'
_DEPARTMENTS = frozenset("agriculture commerce energy labor transportation environment "
                         "housing veterans".split())
QUALIFIERS = frozenset(
    "shadow labour scottish snp tory tories conservative british uk us democrat democratic "
    "republican senior deputy former london english welsh irish american french german "
    "chinese russian european national federal state local junior acting interim vice "
    "prime foreign home defence defense justice health education finance treasury "
    "exchequer interior commons majority minority".split()
)
# (or an owner's: 'William H. Neukom, Microsoft's senior vice president')
_APPOSITION = re.compile(r"\s*,\s*(?:\d{1,3}\s*,|the\b|a\b|an\b|his\b|her\b|who\b|[a-z]+\s"
                         # ('Erskine Bowles, President Clinton's chief of staff')
                         r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+[a-z])"
                         r"|\s*\((?:@|\d{1,3}\))")
_SAYS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?" + SPEECH)
ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS)) + ")"  # a role noun, for other modules' patterns
_ROLE_AFTER = re.compile(r"\s*,\s*((?:the|his|her|a|an)\s+(?:[A-Za-z'’\-]+\s+){0,4}?"
                         + ROLE + r"\b"
                         # ('Michel Camdessus, IMF managing director, predicted': no article,
                         # an organisation's name and one word at most, closed by a comma)
                         r"|(?-i:(?:[A-Z][\w.&'’-]*\s+){1,2}(?:[a-z]+\s+)?)" + ROLE
                         + r"(?=\s*,))", re.I)
# a cue word right before the name or inside its run ('mother Aimee Hardy', 'Mrs Jones',
# 'her father, David Veatch')
_SEX_WORDS = "|".join(sorted(FEMININE | MASCULINE))
_SEX_BEFORE = re.compile(rf"\b({_SEX_WORDS})\b\.?,?\s+(?-i:(?=[A-Z]))", re.I)
_SEX_APPOSED = re.compile(rf"\s*,\s+(?:[\w'’\-]+\s+){{0,3}}?({_SEX_WORDS})\b", re.I)
# the first pronoun in the rest of the sentence, or opening the next one
_STOP = re.compile(r"[.!?\n]")
_PRONOUN = re.compile(r"\b(he|his|him|she|her)\b")
_NEXT_PRONOUN = re.compile(r"[\"”’']?\s+(He|His|She|Her)\b")
