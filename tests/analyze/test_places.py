"""Places: names that are places whatever the sentence around them says."""

from __future__ import annotations

from storyline.analyze import places
from storyline.analyze.places import place_name, state_after


def test_countries_capitals_states_and_continents_are_places_as_usually_written() -> None:
    assert place_name("Saudi Arabia") == "Saudi Arabia"
    assert place_name("TEHRAN") == "Tehran"  # a dateline's capitals
    assert place_name("North Carolina") == "North Carolina"
    assert place_name("Africa") == "Africa"


def test_a_compass_word_before_a_place_names_a_part_of_it() -> None:
    assert place_name("East Africa") == "East Africa"
    assert place_name("southern California") == "Southern California"
    assert place_name("East Corbyn") is None


def test_a_country_is_a_place_by_the_names_news_gives_it_not_only_the_official_one() -> None:
    # ('the Netherlands' is written without its article; former countries are still
    # news's subject: 'Yugoslavia', 'the Soviet Union')
    for name, known in (("Netherlands", "Netherlands"), ("Holland", "Holland"),
                        ("Burma", "Burma"), ("Bosnia", "Bosnia"),
                        ("Yugoslavia", "Yugoslavia"), ("Soviet Union", "Soviet Union"),
                        ("Czech Republic", "Czech Republic"), ("East Timor", "East Timor"),
                        ("Congo", "Congo"), ("Hague", "The Hague")):
        assert place_name(name) == known, name


def test_cities_of_several_words_are_places_but_not_those_named_like_people() -> None:
    # (GeoNames' cities of 100,000 people and more, shipped as cities.txt)
    assert place_name("New Orleans") == "New Orleans"
    assert place_name("san diego") == "San Diego"
    assert place_name("Garden Grove") == "Garden Grove"
    assert place_name("Benito Juarez") is None  # a borough of Mexico City, and a man
    assert place_name("Charlotte") is None  # one word: a given name as often as a city


def test_a_word_of_no_place_is_none() -> None:
    assert place_name("Corbyn") is None
    assert place_name("Labour") is None


def test_a_state_after_a_town_is_read_in_full_or_abbreviated_but_only_as_the_town_s() -> None:
    text = "Richmond, Calif. Marion, Montana, then Smith, Texas attorney general, and Mass"
    assert state_after(text, text.index("Calif")) == "California"
    assert state_after(text, text.index("Montana")) == "Montana"
    assert state_after(text, text.index("Texas")) is None  # a word goes on after it
    assert state_after(text, text.index("Mass")) is None  # no full stop: no abbreviation


def test_the_first_letters_the_state_test_asks_first_are_the_states_own() -> None:
    states = places._states() | places.STATE_ABBREVIATIONS.keys()
    assert {state[0] for state in states} == places._STATE_INITIALS


def test_canada_s_provinces_and_australia_s_states_are_places() -> None:
    assert place_name("Nova Scotia") == "Nova Scotia"
    assert place_name("New South Wales") == "New South Wales"


def test_a_place_lies_in_its_country_and_continent_by_the_lists() -> None:
    assert places.within("Nairobi", "Kenya") and places.within("Kenya", "Africa")
    assert places.within("Texas", "United States") and places.within("Nairobi", "Africa")
    assert not places.within("Africa", "Kenya") and not places.within("Kenya", "Tanzania")
    assert not places.within("Corbyn", "Africa")


def test_a_city_lies_in_its_country_and_a_us_city_in_its_state() -> None:
    """Any city of 100,000 people, of one word too, though `place_name` does not take
    one-word towns for places ('Jackson' is more often someone)."""
    assert places.within("Manhattan", "New York") and places.within("Mumbai", "India")
    assert places.within("Houston", "Texas") and places.within("Houston", "United States")
    assert not places.within("New York", "Manhattan") and not places.within("Houston", "Ohio")
    assert places.place_name("Manhattan") is None
