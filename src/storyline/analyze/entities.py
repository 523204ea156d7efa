"""The story's people, organisations and places, with mention counts per source.

People come from `names.People` (a surname counts as a mention of the full name it
resolves to). A capitalised run is asked, in this order: is it a country, capital,
continent, US state or region (`places`: 'the United States said' is no one's
statement, though it reads like a person's); does it end in an organisation word
('Scottish Parliament', 'Palestinian Authority'; a word alone, 'Police', names no one
body) or is it what the story calls a company or a newspaper ('Microsoft' of 'Microsoft
Corp.', 'the newspaper Expressen'); does it end in a place word ('Applejack Terrace');
is it a person; else, is it written after 'in', 'at', 'from', 'to', 'near' (a town).
Acronyms ('SNP', 'NEC') are organisations, but not the words of a line in capitals
('HIGH TIMES sat down with'), nor a dateline, whose city is a place ('CAIRO, Egypt (AP)').
Measured against hand labels of what the section shows (benchmarks/analysis.py).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from storyline.analyze.given_names import is_given_name, is_surname
from storyline.analyze.names import (
    NOT_NAMES,
    PARTICLES,
    PLACE_WORDS,
    ROMAN,
    RUN,
    STORM_WORDS,
    People,
    inside,
    is_initials,
    misspelt,
    opens_sentence,
    runs_outside,
    tidy,
    unpossessive,
)
from storyline.analyze.places import (
    STATE_ABBREVIATIONS,
    compass_head,
    known_place,
    place_name,
    state_after,
)
from storyline.model import Document, Entity
from storyline.text import STOPWORDS

# the last word of a body's name ('Israeli Cabinet', 'Palestinian Airlines', 'Islamic
# Jihad', 'United Nations')
ORG_WORDS = frozenset(
    "party parliament council government committee union bank ministry department "
    "university college agency commission police army navy court senate congress assembly "
    "company corporation corp inc ltd plc group association federation institute "
    "foundation office service services board authority league club executive "
    "organisation organization fund trust network news times post herald courier daily "
    "labour conservatives tories nhs cabinet airlines airways jihad nations embassy "
    "consulate telecom telecoms communications entertainment holdings industries "
    "technologies pharmaceuticals records studios motors central".split()
)
# organisation words that alone name one body ('Congress said'); the others alone name
# none ('Police said', 'the Department')
_SOLE_BODIES = frozenset("parliament senate congress labour conservatives tories nhs".split())
# the words that make a company's name ('Microsoft Corp.', then 'Microsoft')
_CORPORATE = ("Corp", "Corporation", "Inc", "Ltd", "Plc", "PLC", "LLC", "Co", "Company")
_CORPORATE_WORDS = frozenset(w.lower() for w in _CORPORATE)
_CORPORATE_ENDS = tuple(f" {w}" for w in _CORPORATE)
# a stock's symbol in brackets after a company's name, as the wires print it
_TICKER = re.compile(r"(?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX):\s?[A-Z.]{1,6}|[A-Z]{1,5}\.[A-Z]{1,2})\)")
# words a name never holds capitalised after its first, a headline in title case does
# (not "A": "John A Smith")
_HEADLINE_WORDS = frozenset("The An By Was Were Is Are Has Have Had Will Would For To "
                            "With From After Before Into Over And Or But".split())
# a run opening on a quantity is a group, not a name ('Two Libyans', 'Many Iranians')
_QUANTITIES = frozenset("two three four five six seven eight nine ten dozens hundreds "
                        "thousands many several some most few all both".split())
# what ends a place's name ('Applejack Terrace', 'Rainy Pass'); not 'state' ('Islamic
# State'), nor the buildings of institutions ('Richmond High School' is either)
_PLACE_ENDS = (PLACE_WORDS - {"state", "republic", "kingdom", "house", "court"}) | frozenset(
    "terrace highway pass drive lane boulevard strip peninsula sea ocean gulf canyon "
    "heights hill hills islands mountains plaza beach keys belt place formation banks".split())
# more words that end the names of places and of what stands in them, to tell them from a
# given name and a surname after a preposition ('Pearl Harbor', 'Royal Infirmary')
_LAND_ENDS = frozenset("harbor harbour highlands lowlands infirmary springs falls woods "
                       "forest desert glacier cove point ridge creek field fields".split())
# a publication or broadcaster named after what it is ('the newspaper Expressen')
# (the words the shared pile writes before a name)
_MEDIA = tuple(f"{w} " for w in ("newspaper", "magazine", "daily", "weekly", "tabloid",
                                  "broadcaster", "journal"))
PLACE_PREPOSITIONS = re.compile(r"\b(?:in|at|from|to|near|across|outside|inside|around|"
                                r"throughout|visit|visited|visiting|block\s+of)\s+$", re.I)
# (opening on a capital, not on `\b`, lets the regex engine skip ahead to capitals: 3x
# faster over a whole article; the look-behind is the same word boundary)
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")
_NOT_ENTITIES = frozenset({"I", "TV", "OK", "AM", "PM", "RSVP", "CEO", "MP", "MSP", "MPS",
                           "MEP", "BST", "GMT", "UTC", "EST", "PST", "EDT", "CDT", "MDT", "PDT",
                           "CST", "MST", "ET", "PT", "PC", "GPS", "PHD", "DNA", "ID",
                           # things, units and conditions written in capitals, no bodies
                           # ('8 GB', 'the CPU', 'MRSA infections', 'a VIP')
                           "GB", "MB", "KB", "TB", "GHZ", "MHZ", "MW", "KW", "GW", "MPH", "KPH",
                           "CPU", "GPU", "RAM", "SSD", "HDD", "USB", "LED", "LCD", "HD", "DVD",
                           "CD", "ROM", "PDF", "URL", "API", "VR", "SMS", "ATM", "SUV", "MVP",
                           "VIP", "HIV", "AIDS", "SARS", "MRSA", "MSSA", "MRI", "ICU", "CPR",
                           "DUI", "ADHD", "PTSD", "IVF", "GDP", "CPI", "IPO", "ETF", "VAT",
                           "IQ", "BMI", "RNA", "ICBM", "CME", "PR",  # ('a PR flack')
                           # eras: '2,000 years ago, in AD 30'
                           "AD", "BC", "BCE",
                           # a deity, an honorific, a right written in capitals
                           "GOD", "HRH", "IP",
                           # a page's labels ('PHOTOS: BRITNEY SPEARS: …', 'UPDATE:')
                           "PHOTOS", "PHOTO", "VIDEO", "VIDEOS", "WATCH", "UPDATE", "UPDATED",
                           "RELATED", "EXCLUSIVE", "BREAKING", "GALLERY",
                           # the web's shorthand ('Why TF does anyone care …' of a post)
                           "TF", "WTF", "OMG", "LOL", "LMAO", "SMH", "IDK", "TBH", "FFS",
                           "IMO", "IMHO", "BTW", "FYI", "ICYMI", "NSFW", "ROFL", "RIP"})
# the countries news names by their letters, and the names they are counted under ('the
# USA', 5 mentions, had been a place apart from the United States of the other report)
_PLACE_ACRONYMS = {"UK": "United Kingdom", "US": "United States", "USA": "United States",
                   "UAE": "United Arab Emirates"}
_NUMBERED = re.compile(r"-?\d")  # after the letters: 'MD-11', 'COVID-19'
# A line's opening words in capitals before a comma, a bracket or a dash: a dateline
# ('CAIRO, Egypt (AP) -', 'NEW YORK (AP) —') or a caption's tag ('FILE - In this photo').
_DATELINE = r"[ \t]*([A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3})(?=, [A-Z]| \(| ?[-—–]{1,2} )"
_FIRST_LINE, _LINE = re.compile(_DATELINE), re.compile(r"\n" + _DATELINE)  # (a literal first: fast)
# a neighbouring word in capitals (not initials: 'U.S. EPA' is an agency)
_CAPS_BEFORE = re.compile(r"\b[A-Z]{2,} $")
_CAPS_AFTER = re.compile(r" [A-Z]{2,}\b")


def entities(docs: Sequence[Document], number: Mapping[str, int], people: People,
             limit: int = 30) -> list[Entity]:
    """The story's most mentioned entities, most mentioned first. `people` is the
    story's (`People.of(docs)`): its runs and the page's own lines are read here too."""
    mentions: dict[tuple[str, str], dict[int, int]] = {}  # (name, kind) -> source -> count
    bodies = _bodies((d.article.text for d in docs), people)
    known: dict[str, tuple[str, str] | None] = {}  # what each run is by its words alone
    for doc in docs:
        source = number[doc.article.id]
        # the page's own lines ('Add Donald Trump as an interest ...') mention no one
        furniture = list(people.furniture.get(doc.article.text, ()))
        names = Counter(_names(doc.article.text, furniture, people, bodies, known))
        for key, n in names.items():
            by_source = mentions.setdefault(key, {})
            by_source[source] = by_source.get(source, 0) + n
    _merge_spellings(mentions)
    _merge_acronyms(mentions)
    _merge_people(mentions)
    _merge_companies(mentions)
    _merge_shortened(mentions)
    ranked = sorted(mentions.items(), key=lambda item: (
        -len(item[1]), -sum(item[1].values()), item[0][0]))
    return [Entity(name, kind, tuple(sorted(by_source.items())))
            for (name, kind), by_source in ranked[:limit]]


def _names(text: str, furniture: list[tuple[int, int]], people: People,
           bodies: Mapping[str, str], known: dict[str, tuple[str, str] | None],
           ) -> list[tuple[str, str]]:
    """(name, kind) of each mention in a text: capitalised runs, datelines, acronyms."""
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = list(furniture)
    runs = people.runs.get(text)  # (those opening in the page's own lines left out)
    if runs is None:
        runs = runs_outside(RUN.finditer(text), furniture)
    skip = 0  # runs a name joined over 'of' or 'for' took
    for i, m in enumerate(runs):
        if skip:
            skip -= 1
            continue
        if text.startswith(_JOINS, m.end()):  # (a cheap test first: most runs end otherwise)
            whole = _and_joined(runs, i, text, people, bodies) if text[m.end() + 1] == "a" \
                else _joined(runs, i, text) if text[m.end()] == " " \
                else _town(runs, i, text, people)
            if whole:
                named, last = whole
                found.extend(named)
                taken.append((m.start(), runs[last].end()))
                skip = last - i
                continue
        # (most runs were seen before and need no context: no call for them)
        kind, name = known.get(m.group()) or _classify(m, text, known, people, bodies)
        if kind == "person" and " " not in tidy(m.group()):
            # a bare surname is whom this article names in full ('Mr Musk', 13 times, is
            # the Elon Musk of a report that names his brother Kimbal once)
            own = people.reading(text).resolve(m.group())  # (the view is memoised)
            name = own if " " in own and people.is_person(own) else name
        if kind:
            start = m.start()
            if start and text[start - 1].isdigit():  # glued to a figure: a brand ('3Com
                digits = _DIGITS_BEFORE.search(text, 0, start)  # Corp.'), or a link's
                if not digits:  # code ('t.co/2Bwhqz'), which names nothing
                    taken.append(m.span())
                    continue
                kind, name = "organisation", _company(unpossessive(digits.group() + m.group()))
            found.append((name, kind))
            taken.append(m.span())
    page_starts = [s for s, _ in furniture]
    for m in _datelines(text):  # its words in capitals are no acronyms
        taken.append(m.span(1))
        place = _dateline_place(m, text)
        if place and not inside(m.start(1), furniture, page_starts):
            found.append((place, "place"))
    # what an entity or the page took: the spans by start, and how far the spans opening
    # before each one reach (a bisect per acronym, not a mask per character)
    taken.sort()
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))
    for m in _ACRONYM.finditer(text):
        at = bisect.bisect_right(starts, m.start())
        if not (at and reach[at - 1] > m.start()):
            kind = _acronym_kind(m, text)
            if kind:
                name = m.group()
                if kind == "place":
                    name = place_name(name) or _PLACE_ACRONYMS.get(name, name)
                found.append((name, kind))
    return found


_DIGITS_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))\d{1,2}$")
_JOINS = (" of ", " for ", " and ", ", ")  # (', ': a town's state may follow)


def _and_joined(runs: list[re.Match[str]], i: int, text: str, people: People,
                bodies: Mapping[str, str]) -> tuple[list[tuple[str, str]], int] | None:
    """A body named over 'and', which capitalised runs split ('Securities and Exchange
    Commission', 'Truth and Reconciliation Commission'), and the index of its last run:
    one word that names nothing itself (no place, person or body of the story: not
    'Microsoft and Justice Department officials'), 'and', and a run ending on a panel's
    or an agency's word; or any two runs after what names one publication ('the journal
    Infection and Immunity')."""
    m = runs[i]
    after = runs[i + 1] if i + 1 < len(runs) else None
    if after is None or after.start() != m.end() + 5:
        return None
    words, rest = _past_openers(m.group().split()), unpossessive(after.group())
    if _after_medium(text, m.start()):  # one title: 'the journal Infection and Immunity'
        return [(f"{m.group()} and {rest}", "organisation")], i + 1
    word = words[0] if len(words) == 1 else ""  # ('The Securities')
    if not word or word.isupper() or rest.rsplit(None, 1)[-1].lower() not in _PANELS \
            or rest.startswith("The ") or word.lower() in NOT_NAMES \
            or word in bodies or place_name(word) or people.is_person(word):
        return None  # (nor 'the House and Senate', 'BuzzFeed and The Washington Post')
    return [(f"{word} and {rest}", "organisation")], i + 1


# the bodies named for two things joined by 'and'
_PANELS = frozenset("commission committee council administration agency board bureau "
                    "association institute foundation federation".split())


def _town(runs: list[re.Match[str]], i: int, text: str, people: People
          ) -> tuple[list[tuple[str, str]], int] | None:
    """The places of 'Medford, Mass.' or 'Marion, Montana', and the index of the last run
    they take: a run before a US state is a town, whatever else one word could be
    ('Jackson, Miss.'; but not a person the story names in full: 'Sen. Jon Tester,
    Montana,'), and the state's abbreviation after it ('Calif.', a run of its own) is the
    state; the state's full name is left to the next run."""
    m = runs[i]
    state = state_after(text, m.end() + 2)
    if not state:
        return None  # (most runs before a comma: asked nothing more)
    words = _past_openers(m.group().split())  # ('In Medford')
    if not words or (people.is_person(m.group()) and " " in people.resolve(m.group())):
        return None
    town = (unpossessive(" ".join(words)), "place")
    after = runs[i + 1] if i + 1 < len(runs) else None
    if after is not None and after.start() == m.end() + 2 and \
            after.group() in STATE_ABBREVIATIONS:
        return [town, (state, "place")], i + 1
    return [town], i


def _joined(runs: list[re.Match[str]], i: int, text: str
            ) -> tuple[list[tuple[str, str]], int] | None:
    """A body or a water named over 'of' or 'for', which capitalised runs split ('Assembly
    of Experts', 'Institute for Health Metrics and Evaluation', 'Gulf of Mexico'), and the
    index of the last run it takes: a run ending on an organisation's word, 'of' or 'for'
    (and 'the'), and the run after it, twice at most ('International Union for
    Conservation of Nature'); after 'and' one more run — after 'for', or ending on an
    organisation's word ('Department of Children and Family Services'; not 'the Bank of
    England and Barclays', nor 'the Department of Commerce and Office of …', two bodies)."""
    m = runs[i]
    last = m.group().rsplit(None, 1)[-1].lower()  # (asked first: most runs end otherwise)
    kind = "place" if last in _WATERS else "organisation" if (
        _org_word(last) or last in _INSTITUTIONS) else ""
    if not kind:
        return None
    # ('The Council', "Iran's Assembly")
    head = _past_openers(m.group().rsplit("'s ", 1)[-1].rsplit("’s ", 1)[-1].split())
    end, j = m.end(), i
    while j + 1 < len(runs) and j < i + 2:
        after = runs[j + 1]
        link = text[end:after.start()]
        if link not in (" of ", " for ", " of the ", " for the ") \
                or after.group().split(None, 1)[0].lower() in NOT_NAMES:
            break
        j += 1
        owner = _OWNER.search(after.group())
        if owner:  # ("… of Technology's Sloan School": the name ends at its owner's mark)
            end = after.start() + owner.start()
            break
        end = after.end()
        if j + 1 < len(runs) and text[end:runs[j + 1].start()] == " and ":
            more = runs[j + 1]
            word = unpossessive(more.group()).rsplit(None, 1)[-1].lower()
            if (link.startswith(" for") or _org_word(word)) \
                    and not text.startswith(_LINKS, more.end()):
                end, j = more.end(), j + 1
    if j == i:
        return None
    return [(unpossessive(" ".join(head) + text[m.end():end]), kind)], j


_LINKS = (" of ", " for ")
_OWNER = re.compile(r"['’]s\b")
# the waters named with 'of' ('Gulf of Mexico', 'Bay of Bengal', 'Strait of Hormuz'), and
# the institutions ('Center for Science …', 'School of Medicine', 'Church of England')
_WATERS = frozenset("gulf bay strait straits sea isle lake".split())
_INSTITUTIONS = frozenset("center centre school hospital academy museum church".split())


def _org_word(word: str) -> bool:
    """Whether a lower-cased word ends an organisation's name ('council', 'airlines'; not
    'banks', which ends a coast's: 'the Outer Banks')."""
    return word in ORG_WORDS or (word.rstrip("s") in ORG_WORDS and word != "banks")


def _past_openers(words: list[str]) -> list[str]:
    """A run's words after those that open a sentence or a phrase, never a name ('The',
    'While', 'In')."""
    at = 0
    while at < len(words) and words[at].lower() in NOT_NAMES:
        at += 1
    return words[at:]


def _unaccented(name: str) -> str:
    """The name without its accents: the same name as a page that cannot print them
    writes it."""
    if name.isascii():
        return name  # (nearly every name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _merge_spellings(mentions: dict[tuple[str, str], dict[int, int]]) -> None:
    """One entity for a name written in other capitals ('Osama bin Laden' and 'Osama Bin
    Laden'; 'Isis' fighters and the 'ISIS' flag, an acronym whatever the first took it
    for; 'Labour' and the 'Labour Party'): the form and kind of the acronym, else of the
    most mentioned spelling."""
    spellings: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in mentions:
        name = _unaccented(key[0].lower())  # ('Nestlé', 'Nestle')
        spellings[name.removesuffix(" party") if key[1] == "organisation" else name].append(key)
    for keys in spellings.values():
        if len({name for name, _ in keys}) < 2:
            continue  # ('Jordan' the country and a 'Jordan' resolved no further: two)
        best = max(keys, key=lambda k: (k[0].isupper() and k[1] == "organisation",
                                         sum(mentions[k].values())))
        if any(kind == "organisation" and name.endswith((" Party", " party"))
               for name, kind in keys):  # ('Islamic Virtue', whom the person cues took for
            best = (best[0], "organisation")  # someone, is the Islamic Virtue Party)
        merged: Counter[int] = Counter()
        for key in keys:
            merged.update(mentions.pop(key))
        mentions[best] = dict(merged)


def _merge_people(mentions: dict[tuple[str, str], dict[int, int]]) -> None:
    """One person for a name that ends another person's name of the story: under the
    longer when what it adds is a given name or initials ('Crotty Alexander' of Laura
    Crotty Alexander, 'Kirk McDonald' of Gabrielle Kirk McDonald; not when two such names
    end so); else under the form mentioned more, as words a caption or a sentence ran
    into a name are written once ('Getty Images Elon Musk', 'Eight-year-old Martin
    Richard'; 'Osama bin Laden' and 'Bin Laden'); a body's, when its end is one
    ('Philippine Red Cross' of the Red Cross). And one for a name a report misspells
    by a letter in a word of five letters or more ('Hilary Clinton', 'Ariel Winder'),
    under the spelling mentioned more ('Joan' and 'John Smith' may be two people)."""
    by_last: dict[str, list[str]] = defaultdict(list)  # (a name's end: its last word's)
    for name, kind in list(mentions):
        if kind == "person" and " " in name:
            if (name, "place") in mentions:  # ('to Kanye West’s claim': a preposition
                _fold(mentions, (name, "place"), (name, kind))  # before a full name)
            words = name.split()
            body = next((key for k in range(1, len(words) - 1) if (key := (
                " ".join(words[k:]), "organisation")) in mentions), None)
            if body:  # ('Philippine Red Cross': the Red Cross the story names)
                _fold(mentions, (name, kind), body)
                continue
            by_last[words[-1].lower()].append(name)
    for names in by_last.values():
        if len(names) > 1:  # (most names: the only one ending so)
            _merge_ends(mentions, sorted(names, key=lambda name: name.count(" ")))
    alike: dict[tuple[int, str], list[str]] = defaultdict(list)  # (words, initials)
    for name, kind in list(mentions):
        if kind == "person" and " " in name:
            words = name.split()
            alike[(len(words), "".join(w[0] for w in words))].append(name)
    for group in alike.values():
        for a, b in itertools.combinations(group, 2):
            if (a, "person") in mentions and (b, "person") in mentions and misspelt(a, b):
                less, more = sorted(((a, "person"), (b, "person")),
                                    key=lambda k: (sum(mentions[k].values()), k[0]))
                _fold(mentions, less, more)


def _merge_companies(mentions: dict[tuple[str, str], dict[int, int]]) -> None:
    """One company for its name with and without the word of its trade ('Cathay Pacific
    Airways' and 'Cathay Pacific', 'Netscape Communications' and 'Netscape'), under the
    shorter, as news calls it — also when the person cues took the shorter for someone."""
    for name, kind in list(mentions):
        short = called_by(name) if kind == "organisation" else name
        if short == name:
            continue  # (most names)
        company = (short, "organisation")
        if (short, "person") in mentions:
            if company not in mentions:
                mentions[company] = {}
            _fold(mentions, (short, "person"), company)
        if company in mentions:
            _fold(mentions, (name, kind), company)


def _merge_shortened(mentions: dict[tuple[str, str], dict[int, int]]) -> None:
    """One body for the last word news shortens its name to, under the full name, when
    one body of the story ends on that word ('the Brotherhood' of the Muslim Brotherhood;
    not a 'Times' of a story naming The New York Times and the Financial Times)."""
    ends: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, kind in mentions:
        if kind == "organisation" and " " in name:
            ends[name.rsplit(None, 1)[-1]].append((name, kind))
    for word, longer in ends.items():
        if len(longer) == 1 and (word, "organisation") in mentions and \
                _shortened_to(word, longer[0][0]):
            _fold(mentions, (word, "organisation"), longer[0])


def _shortened_to(word: str, name: str) -> bool:
    """Whether a body's name is what news shortens to its last word, `word`: not a
    chamber or a party many places have ('Brazil's Congress', 'Montana Senate', 'Republican
    Congress' are not the story's 'Congress' or 'Senate' alone)."""
    return not (_org_word(word.lower()) or word.lower() in _SOLE_BODIES
                or "'s " in name or "’s " in name)


# the words of a company's trade that news leaves out after naming it once
_TRADES = frozenset("airways airlines group holdings industries technologies communications "
                    "telecom telecoms entertainment studios motors records pharmaceuticals "
                    "computer foods".split())


def _merge_ends(mentions: dict[tuple[str, str], dict[int, int]], names: list[str]) -> None:
    """`_merge_people` for names ending on one word, shortest first."""
    for i, name in enumerate(names):
        tail = " " + name.lower()
        fuller = []
        for longer in names[i + 1:]:
            if longer.count(" ") > name.count(" ") and longer.lower().endswith(tail):
                added = longer.split()[:longer.count(" ") - name.count(" ")]
                if all(_given_or_initial(w) for w in added):
                    fuller.append(longer)
                elif (longer, "person") in mentions and (name, "person") in mentions:
                    less, more = sorted(((longer, "person"), (name, "person")),
                                        key=lambda k: (sum(mentions[k].values()), -len(k[0])))
                    _fold(mentions, less, more)
        if len(fuller) == 1 and (fuller[0], "person") in mentions and \
                (name, "person") in mentions:
            _fold(mentions, (name, "person"), (fuller[0], "person"))


def _given_or_initial(word: str) -> bool:
    return is_given_name(word) or word.lower() in PARTICLES or is_initials(word)


def _fold(mentions: dict[tuple[str, str], dict[int, int]], drop: tuple[str, str],
          keep: tuple[str, str]) -> None:
    """Count one entity's mentions as another's."""
    merged = Counter(mentions.pop(drop))
    merged.update(mentions[keep])
    mentions[keep] = dict(merged)


_LINKING = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _merge_acronyms(mentions: dict[tuple[str, str], dict[int, int]]) -> None:
    """One entity for an acronym and the name it stands for, under the name ('IMF' and
    'International Monetary Fund', 'CIA' and 'Central Intelligence Agency', 'US' and
    'United States'): news spells a body out once, then uses its letters. Only when one
    name of the story, no person's, has those initials; the kind is that of the form
    mentioned more (a spelt-out name after a preposition may have been taken for a place:
    'from the Associated Press')."""
    spelt: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, kind in mentions:  # (a person's initials are no acronym: 'AP' is not
        words = [w for w in name.split() if w.lower() not in _LINKING]  # Andrew Puzder)
        if kind != "person" and len(words) > 1 and all(w[:1].isupper() for w in words):
            spelt["".join(w[0] for w in words)].append((name, kind))
    for key in list(mentions):
        letters = key[0]
        if len(spelt.get(letters, ())) != 1 or not (letters.isupper() and letters.isalpha()):
            continue  # (most names: no letters of another)
        (whole,) = spelt[letters]
        if whole in mentions and key in mentions:
            kind = max((whole, key), key=lambda k: sum(mentions[k].values()))[1]
            merged = Counter(mentions.pop(whole))
            merged.update(mentions.pop(key))
            mentions[(whole[0], kind)] = dict(merged)
            spelt[letters] = [(whole[0], kind)]


def _classify(m: re.Match[str], text: str, known: dict[str, tuple[str, str] | None],
              people: People, bodies: Mapping[str, str]) -> tuple[str, str]:
    """What a capitalised run is: a place, an organisation or a person by its words
    alone (remembered in `known`), else a place by the preposition before it."""
    run = m.group()
    by_words = known.get(run, _UNSEEN)
    if by_words is _UNSEEN:
        by_words = known[run] = _by_words(run, people, bodies)
    if by_words is not None:
        return by_words
    preposition = PLACE_PREPOSITIONS.search(text, max(0, m.start() - 15), m.start())
    if not preposition:
        return "", ""  # most runs: no preposition of place before them
    if len(run) <= 3 and text.startswith(".", m.end()):
        return "", ""  # an abbreviation opening a name: 'at St. Jude Children's …'
    opener = text[max(0, m.start() - 4):m.start()].rstrip(" ")[-1:]
    if m.start() > 0 and opener not in {"", ".", "!", "?", '"', "“", "\n"}:
        name = tidy(run) or run
        if _named_like_someone(name):
            return "person", name  # ('the report from Chad Pradelli', 'like Taylor Swift')
        if _ACRONYM.fullmatch(name) or _DEMONYM.search(name):
            return "", ""  # ('from Egyptian officials', 'to Kurdish fighters')
        if _FIELD_BEFORE.search(text, max(0, m.start() - 40), preposition.start()):
            return "", ""  # a field of study: 'professor in Analytical Chemistry'
        if preposition.group().lower().startswith(_TOWARDS) and not known_place(name) \
                and name.upper() not in text:
            return "", ""  # 'to' and 'from' lead to people, bodies and things as often
            # ('gave it to Yahoo', 'a comment from Rush Limbaugh'): a place the lists know
            # (or an acronym's spelling, which `_merge_acronyms` joins: 'from Isis')
        return "place", name
    return "", ""


# what is had or taught 'in' a field, not a place ('a degree in Political Science')
# (not 'a major in Fallujah', 'a researcher in Lund': those are where people are)
_FIELD_BEFORE = re.compile(r"\b(?:professor|lecturer|degree|doctorate|PhD|Ph\.D\.|master['’]s|"
                           r"bachelor['’]s|diploma|majored)\s$", re.I)
# the prepositions that lead as often to someone or something as to somewhere
_TOWARDS = ("to", "from")
# a people's adjective, no place ('Egyptian', 'Kurdish', 'Japanese')
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ish|ese)s?$")


def _named_like_someone(name: str) -> bool:
    """Whether two words after a preposition read as a person's name, not a place's: a
    listed given name that is no place, then a word that ends no place's name ('Chad
    Pradelli', 'Carl Sagan'; not 'Beverly Hills', 'Pearl Harbor', 'Logan Square')."""
    words = name.split()
    last = words[-1].lower() if len(words) == 2 else ""
    return bool(last) and is_given_name(words[0]) and not place_name(words[0]) \
        and last not in _PLACE_ENDS and last.rstrip("s") not in _PLACE_ENDS \
        and last not in _LAND_ENDS


# what ends the name of a programme or a craft, no person, body or place
_NO_ONE_ENDS = frozenset({"show", "probe", "spacecraft", "telescope", "rover"})
_PEOPLES = frozenset("muslim muslims catholics christians protestants jews croats serbs "
                     "kurds shiites sunnis arabs".split())
_PARTY_STATE = re.compile(r"[RDI]-[A-Z]")
# the web's platforms, which news names after 'on' and 'to' as if they were places: the
# companies that run them
_PLATFORMS = frozenset("Twitter Facebook Instagram YouTube TikTok Snapchat Reddit LinkedIn "
                       "WhatsApp Tumblr Pinterest Weibo WeChat Twitch".split())
_UNSEEN = ("?", "?")  # not in `known` yet (None there means: ask the context)
# the churches that are bodies when named by their faith alone
_DENOMINATIONS = frozenset("catholic roman orthodox greek russian serbian coptic anglican "
                           "episcopal methodist baptist lutheran presbyterian evangelical "
                           "mormon pentecostal unification".split())


def _by_words(run: str, people: People, bodies: Mapping[str, str]) -> tuple[str, str] | None:
    """A place, an organisation or a person by the run's words; nothing if it holds no
    name ('The', 'Monday', 'Police'); None when only the context can tell (a town or
    nothing)."""
    name = tidy(run)  # ('While Microsoft', "In Microsoft's": Microsoft)
    words = run.split()
    if len(words) > 1 and 2 <= len(words[0]) <= 5 and words[0].isupper() and \
            words[0].isalpha() and words[0] not in _PLACE_ACRONYMS and \
            words[0] not in _NOT_ENTITIES and place_name(" ".join(words[1:])):
        return "organisation", run  # a body's branch in a place: 'UC San Diego', 'BBC
        # Scotland' (not the place alone, which tidying the acronym away would leave)
    if not name:  # a qualifier of roles, a title, or nothing ('The', 'Monday'); but
        # named alone a party is a body ('Labour', 'Scottish Labour', 'The Tories')
        party = unpossessive(" ".join(_past_openers(words)))
        last = party.rsplit(None, 1)[-1].lower() if party else ""
        return ("organisation", party) if last in _SOLE_BODIES else ("", "")
    if name.lower() in NOT_NAMES or words[0].lower() in _QUANTITIES:
        return "", ""  # ("Wednesday's": tidied, still a day)
    if any(w.lower() in STORM_WORDS for w in words):
        return "", ""  # a storm: no person, body or place ('Hurricane Georges')
    platforms = list(itertools.takewhile(_PLATFORMS.__contains__, name.split())) \
        if name.partition(" ")[0] in _PLATFORMS else []  # (most names: not asked further)
    if len(platforms) == 1:  # ('on Instagram', 'took to Twitter', "Yellin's Instagram
        return "organisation", platforms[0]  # page", 'Instagram Story')
    if platforms:  # a page's buttons ('Facebook Twitter Pinterest'), and what follows
        named = name.split(None, len(platforms))[len(platforms):]
        return _by_words(named[0], people, bodies) if named else ("", "")
    last = unpossessive(words[-1]).lower()
    if last in _NO_ONE_ENDS or last in _PEOPLES or ("-" in run and _PARTY_STATE.match(run)) or (
            last == "day" and not _given(words[:-1])):
        return "", ""  # a programme or a craft, named for a person or not, is no one,
        # nowhere ('The Daily Show', 'The Larry Sanders Show', 'Parker Solar Probe'); nor
        # is a people or a faith ('Roman Catholic Croats', 'Shiite Muslims'), a member's
        # party and state ('R-Texas') or a holiday ('Veterans Day'; 'Doris Day' is someone)
    words = _past_openers(words)  # 'The', 'While', 'SATURDAY'
    if not words or any(w in _HEADLINE_WORDS for w in words[1:]):
        return "", ""  # ('Gibson Guitar Was Raided By The Justice Department': a headline)
    head = compass_head(name)
    if head and (head in people.places or place_name(head)):
        return "place", name  # a part of a place the story names ('Glasgow South West')
    place = place_name(name)
    # (one word may be a person's name too: 'Jordan' of Michael Jordan; but 'China' of
    # 'South China Sea', which the person cues took for a 'China Sea', is the country)
    if place and (" " in name or not people.is_person(run)
                  or _no_one(people.resolve(run), bodies)):
        return "place", place
    # (a given name and a surname that is also a body's or a place's word: 'Tyra Banks',
    # 'Ann Park'; but 'Olympia Entertainment' is a company)
    if not (_given(words[:-1]) and is_surname(last) and people.is_person(run)):
        written = unpossessive(" ".join(words))  # ("Children's Hospital" whole)
        if _org_word(last):
            if len(words) == 1 and last not in _SOLE_BODIES:
                return "", ""  # 'Police said', 'the Department': no one body
            return "organisation", _company(written)
        if name in bodies:
            return ("organisation", bodies[name]) if bodies[name] != THING else ("", "")
        if last == "church" and len(words) > 1 and all(
                w.lower() in _DENOMINATIONS for w in words[:-1]):
            return "organisation", written  # ('the Catholic Church'; 'St. Mary's Church'
            # is a building, a place)
        if last in _PLACE_ENDS:  # (a word alone, 'the Hospital', is no one place)
            return ("place", written) if len(words) > 1 else ("", "")
    if people.is_person(run):
        person = people.resolve(run)
        if _qualified(person):  # ('Communist Croatia' is Croatia; 'Bosnian Serb' a people)
            place = place_name(person.rsplit(None, 1)[-1])
            return ("place", place) if place else ("", "")
        # ('Palestinian' -> 'Palestinian Authority', a body the cues took for a person;
        # 'Libyans' -> 'Two Libyans')
        if person in bodies:  # ('Cathay said', shortened from a company the person
            # cues took for someone; 'New Horizons found', a thing)
            return ("organisation", bodies[person]) if bodies[person] != THING \
                else ("", "")
        first, _, rest = person.partition(" ")
        if first == "Al" and rest and not is_surname(rest.split()[0]):
            return "organisation", person  # Arabic's article, no Al Gore: 'Al Qaeda', 'Al
            # Jazeera America' (bodies news names far more often than such places)
        return ("person", person) if not (_no_one(person, bodies) or _no_person(person, people)) \
            else ("", "")
    end = unpossessive(words[-1])
    if len(words) > 1 and bodies.get(end) == end and _shortened_to(end, run):
        return "organisation", unpossessive(" ".join(words))  # a body the story shortens to
        # its last word, in full: 'the Muslim Brotherhood' of 'the Brotherhood said'
    return None


def _no_person(name: str, people: People) -> bool:
    """A name of several words, neither a common given name first nor a common surname
    last, that the story never shortens ('Voice Recognition', 'Nonhuman Rights Project')
    nor gives a title or a role, is a thing the person cues took for someone; a person
    with such a name is called by one word of it ('Stepinac said', 'Paik') or titled
    ('President Barack Obama'). ('Planet Nine' passes: 'Nine' is a surname too.)"""
    words = name.split()
    return len(words) > 1 and not is_given_name(words[0]) and not is_surname(words[-1]) \
        and not people.alone(words[-1]) and not people.alone(words[0]) \
        and not people.described(name)


def _no_one(name: str, bodies: Mapping[str, str]) -> bool:
    """Whether a name People learned is a place's, a body's or a group's (its last word
    says so only after no given name: 'Lauryn Hill', 'Tyra Banks' are people)."""
    words = name.split()
    first, last = words[0].lower(), words[-1].lower()
    return bool(place_name(name)) or name in bodies or first in _QUANTITIES or _qualified(name) or (
        not _given(words[:-1]) and (_org_word(last) or last in _PLACE_ENDS))


def _qualified(name: str) -> bool:
    """Whether a name the person cues learned is a place or a people after words that
    only qualify it, no given name among them ('post-Communist Croatia', 'Bosnian Serb',
    'Ethnic Albanians', 'Roman Catholic Croats'; not 'Brian Croatia')."""
    words = name.split()
    return len(words) > 1 and all(
        (w.endswith(_QUALIFYING_ENDS) or w in _QUALIFYING) and not is_given_name(w)
        for w in words[:-1])


_QUALIFYING_ENDS = ("ian", "ist", "ese", "ish")  # 'Bosnian', 'Communist', 'Chinese'
# (not every '-ic': 'Islamic Virtue' is a party, named 'Islamic Virtue Party' too)
_QUALIFYING = frozenset({"Orthodox", "Roman", "Catholic", "Ethnic", "Soviet", "Nazi"})


def _given(words: list[str]) -> bool:
    """Whether a given name stands among these words, not a place's ('Tyra' of 'Tyra
    Banks'; not 'Virginia' of 'Virginia Beach', 'China' of 'China Sea')."""
    return any(is_given_name(w) and not place_name(w) for w in words)


def _bodies(texts: Iterable[str], people: People) -> dict[str, str]:
    """The companies and media a story names, by every name it uses for them: 'Microsoft
    Corp.' is 'Microsoft', and so is 'Microsoft' alone, which the cues that find people
    could take for a surname; 'the newspaper Expressen' is a newspaper, though it is
    also quoted 'in Expressen'; a name with a chief executive or employees is a
    company's, though the cues took it for someone ('Wells Fargo', 'Cathay Pacific');
    and a name the cues took for someone that is written before what it is ('the New
    Horizons probe') maps to `THING`: no entity at all."""
    bodies: dict[str, str] = {}
    by_first: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        runs = people.runs.get(text)
        # (string tests of each run, cheaper than searching the text for the words: a
        # regex of them tries every letter, a substring search per word reads it again)
        for m in runs if runs is not None else RUN.finditer(text):
            run = m.group()
            if run.endswith(_CORPORATE_ENDS):
                name = _company(run.removeprefix("The ").removeprefix("the "))
                bodies[name] = name
                by_first[name.split()[0]].add(name)
            elif text.startswith(" (", m.end()) and _TICKER.match(text, m.end() + 2):
                name = tidy(run) or run  # a company by its stock's symbol: "Nestle's
                bodies[name] = name  # (NESN.S)", 'Mondelez (MDLZ.O)', '(NYSE: F)'
            elif text.endswith(_MEDIA, 0, m.start()) and _after_medium(text, m.start()) \
                    and not people.is_person(run) and not text.startswith(" and ", m.end()):
                bodies[run] = run  # (not the first half of a title: 'Infection and …')
            elif " " not in run:
                continue  # (the tests below are of names of several words)
            elif text.startswith(_STAFFED, m.end()) or " CEO " in run:
                # (a name the person cues took for someone: 'Wells Fargo CEO John
                # Stumpf', one run; a place has officials too: 'Sao Paulo officials';
                # of several words, not what an opening word left: 'But Philippine')
                name = tidy(run.partition(" CEO ")[0])
                if " " in name and people.is_person(name):
                    bodies[name] = name
            elif text.startswith(_THING_NOUNS, m.end()):
                name = tidy(run)  # ('the New Horizons probe', 'the Internet Explorer
                if " " in name and people.is_person(name):  # browser')
                    bodies.setdefault(name, THING)
    for first, names in by_first.items():
        if len(names) == 1:  # ('Apple' of both 'Apple Computer Inc' and 'Apple Records
            bodies.setdefault(first, next(iter(names)))  # Ltd' is neither)
    for word in people.speaking:  # (the words People saw alone before a speech verb)
        if _speaking_body(word, people):
            bodies.setdefault(word, word)
    return bodies


# what a name can be written before that makes it a thing's, no one's and no body's (not
# 'film', 'novel', 'album' or 'mission': 'a Will Smith film', 'the Arafat mission')
_THING_NOUNS = tuple(f" {noun}" for noun in (
    "probe", "spacecraft", "telescope", "rover", "flyby", "browser", "software", "headset",
    "console", "smartphone"))
# in `_bodies`: a name the story writes as a thing's ('the New Horizons probe'), no entity
THING = ""
# what only a company or a body has, written right after its name: 'Wells Fargo
# employees', 'Red Cross officials', 'Cathay Pacific management', 'the Kit Kat logo'
_STAFFED = tuple(f" {noun}" for noun in (
    "employees", "staff", "officials", "executives", "management", "shareholders",
    "shares", "stock", "logo", "headquarters", "subsidiary", "earnings"))
_SAYS = tuple(f" {verb}" for verb in (  # (a tuple for str.startswith: no regex per run)
    "said", "say", "announced", "told", "added", "confirmed", "denied", "reported",
    "stated", "insisted", "has said", "have said", "had said", "also said"))


def _speaking_body(word: str, people: People) -> bool:
    """Whether one capitalised word that says something is a body the story names by it
    ('Swissair said', 'Xinhua reported', 'the Taliban say'; 42 mentions of Swissair had
    been no entity): no person the story names, no place, no listed given name or surname
    ('Maxwell said'), no group ('Americans said', 'Democrats'), never after a given name
    ("Jessica Yellin's page"), and written so inside a sentence too, where only a name is
    capitalised ('Officials said' is not one); never the object of a preposition,
    whatever it says ('prosecutors in Manhattan said', 'The Star of Johannesburg
    reported', 'the Institute of Technology announced')."""
    if word.isupper() or word.endswith("s") or word.lower() in NOT_NAMES or "’" in word \
            or "'" in word or people.is_person(word) or place_name(word) \
            or is_given_name(word) or is_surname(word):
        return False  # ('I’ve said')
    mentions = people.lone_mentions(word)
    return any(not opens_sentence(text, m.start()) for text, m in mentions) and any(
        text.startswith(_SAYS, m.end())
        and not _AFTER_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
        for text, m in mentions) and not _after_given_name(word, people.runs.keys())


def _after_given_name(word: str, texts: Iterable[str]) -> bool:
    """Whether a listed given name stands right before the word somewhere: a surname
    ("Jessica Yellin's page"). (A substring search, then the word before it.)"""
    for text in texts:
        at = text.find(" " + word)
        while at > 0:
            before = text[max(0, at - 20):at].rsplit(None, 1)[-1:]
            if before and before[0][:1].isupper() and is_given_name(before[0]):
                return True
            at = text.find(" " + word, at + 1)
    return False


_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|at|from|near|for|on|to|by|with|outside)\s+$")


def _after_medium(text: str, at: int) -> bool:
    """Whether a whole word naming a medium ends right before `at` ('the newspaper ',
    not 'the co-journal ')."""
    return any(text.endswith(w, 0, at) and not text[at - len(w) - 1:at - len(w)].isalpha()
               for w in _MEDIA)


def called_by(name: str) -> str:
    """The name a company is called by once named: without its corporate word or the
    word of its trade ('Cathay Pacific Airways', 'Microsoft Corp' -> 'Cathay Pacific',
    'Microsoft'); any other name as it is."""
    short = _company(name)
    head, _, trade = short.rpartition(" ")
    return head if head and trade.lower() in _TRADES else short


def _company(name: str) -> str:
    """'Microsoft Corp' -> 'Microsoft': a company by the name it is called by."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _CORPORATE_WORDS:
        words.pop()
    return " ".join(words)


def _datelines(text: str) -> list[re.Match[str]]:
    """The lines opening on words in capitals before a comma, a bracket or a dash."""
    first = _FIRST_LINE.match(text)
    return ([first] if first else []) + list(_LINE.finditer(text))


def _dateline_place(m: re.Match[str], text: str) -> str:
    """The city of a dateline ('CAIRO, Egypt (AP)' -> 'Cairo'); nothing for a caption's
    tag ('FILE - In this photo'), which only a known place's name would make one."""
    words = m.group(1)
    known = place_name(words)
    if known or text.startswith((" -", " —", " –", "-", "—", "–"), m.end(1)):
        return known or ""
    return " ".join(w.lower() if i and w.lower() in PARTICLES else w.capitalize()
                    for i, w in enumerate(words.split()))


def _acronym_kind(m: re.Match[str], text: str) -> str:
    """An acronym's kind ('SNP' an organisation, 'UK' a place), or nothing for a word in
    capitals that is none: a time zone, 'PC', a Roman numeral, a word of a line written
    in capitals ('HIGH TIMES sat down with'), a title in quotation marks ('“SMD”'), a
    model's or a disease's letters before its number ('MD-11', 'COVID-19'), the initials
    a transcript gives a speaker's turn ('MD: I said that …')."""
    word = m.group()
    if word in _PLACE_ACRONYMS or (len(word) > 3 and place_name(word)):
        return "place"  # ('UK'; 'HAITI' of a heading or a dateline's second line)
    if word in _NOT_ENTITIES or word.lower() in STOPWORDS or ROMAN.fullmatch(word) \
            or _NUMBERED.match(text, m.end()) or text.startswith("!", m.end()):
        return ""  # (a word shouted is none: 'Follow her and VOTE!!')
    if text[m.start() - 1:m.start()] == "(" and _TICKER.match(text, m.start()):
        return ""  # a stock's symbol: 'Mondelez (MDLZ.O)'
    before = _CAPS_BEFORE.search(text, max(0, m.start() - 8), m.start())
    after = _CAPS_AFTER.match(text, m.end())
    if (before and before.group().strip() not in _NOT_ENTITIES) or \
            (after and after.group().strip() not in _NOT_ENTITIES):
        return ""
    if text[m.start() - 1:m.start()] in {'"', "“"} and text[m.end():m.end() + 1] in {'"', "”"}:
        return ""
    before_word = text[max(0, m.start() - 16):m.start() - 1].rpartition(" ")[2] \
        if len(word) == 2 and text[m.start() - 1:m.start()] == " " else ""
    if before_word[:1].isupper() and before_word[1:].islower() and is_given_name(before_word):
        return ""  # initials ending a person's name ('the comedian Louis CK')
    if len(word) == 2 and text.startswith(" ", m.end()):
        after_word = text[m.end() + 1:m.end() + 20].split(None, 1)[:1]
        next_word = unpossessive(after_word[0].rstrip(".,;:")) if after_word else ""
        if next_word[:1].isupper() and next_word[1:].islower() and is_surname(next_word) \
                and next_word.lower() not in ORG_WORDS:
            return ""  # initials opening a person's name ('JK Rowling')
    if text[m.end():m.end() + 1] == "-" or text[m.start() - 1:m.start()] == "-":
        start, end = m.start(), m.end()  # (the token of capitals and hyphens it is in)
        while start > 0 and (text[start - 1].isupper() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and (text[end].isupper() or text[end] == "-"):
            end += 1
        if start and text[start - 1].isdigit():
            return ""  # a number's letters: '1-800-CALL-FBI' calls the FBI but is a phone's
        if _CAPS_CHAIN.fullmatch(text[start:end].strip("-")):
            return ""  # a part of a name in capitals joined by hyphens ('PORT-AU-PRINCE';
            # not 'ITAR-Tass', 'CKY-TV')
    if text[m.end():m.end() + 1] == ":" and (
            m.start() == 0 or text[m.start() - 1] == "\n"
            or (m.start() > 1 and text[m.start() - 1] == " "
                and text[m.start() - 2] in _TURN_ENDS)):
        return ""  # a turn's label, at a line's start or after the last turn's end in a
        # transcript run into one paragraph ('… real leaks? TRUMP: Well, …')
    return "organisation"


_TURN_ENDS = frozenset('.?!—–-…"”')
# capitals joined by hyphens, three parts or more ('PORT-AU-PRINCE')
_CAPS_CHAIN = re.compile(r"[A-Z]+(?:-[A-Z]+){2,}")
