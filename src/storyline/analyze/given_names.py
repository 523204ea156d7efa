"""Given names and surnames, as a last clue to who is a person and of which sex.

A story usually says who its people are: a title, a role, a speech verb or an age next to
the name ('Labour leader Jeremy Corbyn', 'Mrs May', 'Corbyn said'), and a pronoun after
it. Some names come with none of these ('Martha Stewart doesn't like dirt'), and then a
later 'she said' has no woman to go to. These lists speak only when the story is silent:
a run of capitalised words is a person's name when it opens on a common given name and
ends on a surname, and a given name carried by one sex far more than the other tells
which pronoun the person takes.

The lists are the US Census Bureau's 1990 name files (public domain), as shipped in the
`names` package: 5,494 given names with their share of each sex, 88,799 surnames. They
are American, so they miss many names of other languages; that costs recall only, since
the story's own cues still decide first. Loaded once, on first use (about 0.05 s).
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files

# A given name counts for one sex when its share among that sex is at least this many
# times its share among the other ('Martha' f 0.412% / m none; 'Jordan' f 0.012% /
# m 0.056%: too mixed to tell, 4.7 times only).
_CLEAR = 10.0


def _read(name: str) -> dict[str, float]:
    """One Census file: 'MARY           2.629  2.629      1' -> {'mary': 2.629}."""
    shares = {}
    for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
        fields = line.split()
        if fields:
            shares[fields[0].lower()] = float(fields[1])
    return shares


@functools.cache
def _given() -> tuple[dict[str, float], dict[str, float]]:
    return _read("dist.female.first"), _read("dist.male.first")


@functools.cache
def _surnames() -> frozenset[str]:
    # 88,799 lines: the first field only (3x faster than reading the shares too)
    text = files("names").joinpath("dist.all.last").read_text(encoding="ascii").lower()
    return frozenset(re.findall(r"^(\S+)", text, re.M))


def is_given_name(word: str) -> bool:
    female, male = _given()
    low = word.lower()
    return low in female or low in male


def is_surname(word: str) -> bool:
    return word.lower() in _surnames()


def sex_of(given: str) -> str | None:
    """'f' or 'm' when a given name is clearly one sex's ('Martha', 'Barry'); None when it
    is shared ('Jordan', 'Kim') or unknown."""
    female, male = _given()
    low = given.lower()
    f, m = female.get(low, 0.0), male.get(low, 0.0)
    if f >= _CLEAR * m and f > 0:
        return "f"
    if m >= _CLEAR * f and m > 0:
        return "m"
    return None


# The commonest English short forms of given names, each of one formal name only ('Bert'
# and 'Ted' stand for several, so they are left out): 'Mike Brown' in a caption is the
# Michael Brown of the text.
_SHORT_FORMS = {
    "michael": "mike mikey mick", "william": "bill billy will willy", "robert": "bob bobby rob",
    "james": "jim jimmy jamie", "joseph": "joe joey", "thomas": "tom tommy",
    "richard": "rick ricky dick rich", "david": "dave", "daniel": "dan danny",
    "steven": "steve", "stephen": "steve", "christopher": "chris", "anthony": "tony",
    "edward": "ed eddie", "benjamin": "ben", "samuel": "sam", "matthew": "matt",
    "andrew": "andy drew", "nicholas": "nick", "alexander": "alex", "patrick": "pat",
    "peter": "pete", "gregory": "greg", "jeffrey": "jeff", "jonathan": "jon",
    "lawrence": "larry", "ronald": "ron ronnie", "donald": "don", "timothy": "tim",
    "kenneth": "ken kenny", "frederick": "fred freddie", "charles": "charlie chuck",
    "gerald": "jerry", "douglas": "doug", "raymond": "ray", "vincent": "vince",
    "elizabeth": "liz beth betty", "katherine": "kathy kate katie", "margaret": "maggie peggy",
    "susan": "sue", "jennifer": "jenny jen", "rebecca": "becky bekah", "rebekah": "becky bekah",
    "patricia": "patty pat",
    "deborah": "debbie deb", "cynthia": "cindy", "victoria": "vicky", "abigail": "abby",
}
# each name -> the formal names it can stand for ('steve' -> stephen, steven)
_FORMAL: dict[str, set[str]] = {}
for _formal, _shorts in _SHORT_FORMS.items():
    for _name in (_formal, *_shorts.split()):
        _FORMAL.setdefault(_name, set()).add(_formal)


def formal_names(given: str) -> frozenset[str]:
    """The formal names a given name can stand for, itself included when formal ('Steve'
    -> stephen, steven; 'Michael' -> michael); none for a name the list does not know."""
    return frozenset(_FORMAL.get(given.lower().rstrip("."), ()))


def same_given(a: str, b: str) -> bool:
    """Whether two given names can name one person: the same, or a formal name and its
    short form ('Michael' and 'Mike', 'Steve' and 'Stephen'; not 'Stephen' and 'Steven')."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    return a == b or bool(_FORMAL.get(a, set()) & _FORMAL.get(b, set()))
