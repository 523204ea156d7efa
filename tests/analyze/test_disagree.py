"""Disagreements: differing figures, dates, names, roles, places and negated claims — but
not rounding, other units, a title spelt out or a role told more fully."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyze.disagree import compare, story_places
from storyline.model import Article
from storyline.pipeline import digest


@pytest.mark.parametrize(("a", "b"), [
    ("GERS revealed a Scottish deficit of £14.8 billion.", "A Scottish deficit of £15 billion."),
    ("About 1.5 million people voted.", "1,500,000 people voted."),
    ("The firm cut 2,345 jobs.", "The firm cut 2,300 jobs."),
    ("Turnout was 64.2%.", "Turnout was 64 per cent."),
    ("More than 300 people were hurt.", "312 people were hurt."),
    ("Her estate was worth more than $26 million.", "Her estate was worth $26.6 million."),
    ("Shields withstand temperatures close to 2,500 degrees.",
     "Shields withstand temperatures up to 2,550 degrees."),
    ("More than 320,000 people fled their homes.", "Nearly 400,000 people fled their homes."),
    ("The storm hit on Oct. 9.", "The storm hit on 9 October."),
    ("Sen. John McCain spoke to reporters.", "Senator John McCain spoke to reporters."),
    ("Labour leader Jeremy Corbyn ruled out a pact.", "Jeremy Corbyn ruled out a pact."),
    ("Egyptian President Hosni Mubarak flew in.", "Egyptian Hosni Mubarak flew in."),
    ("Gomes of the Popular Socialist Party came third.", "Lula of the Workers Party came third."),
    ("Climbers Jane and Gary Wilson turned back.", "Jane Wilson and her husband turned back."),
    # (one initial lost where the writer spaced them: one person)
    ("The Commission finds Mr. P. W. Botha accountable.", "It singles out President P.W. Botha."),
    ("An orchestra will play in South Korea.", "An orchestra from North Korea will play."),
    ("Now Brown believes there is a ninth planet.", "Michael Brown believes there is a planet."),
    ("He told the White House Flynn had misled them.", "Michael Flynn had misled them."),
    # a given name's short form names the same person
    ("Adviser Mike Flynn resigned on Monday.", "Adviser Michael Flynn resigned on Monday."),
    ("Winds of 120 kph (75 mph) hit the coast.", "It was moving at 10 kph (6.2 mph) to the coast."),
    ("Cardoso took 56 percent of the vote.", "His rival Lula had 32.6 percent of the vote."),
    ("He hired a press secretary, Fernando Martinez.", "His spokesman Fernando Martinez."),
    ("The talks were held in Washington.", "The talks were held in Washington, D.C."),
    ("Fighting continued in Gaza.", "Fighting continued in the Gaza Strip."),
    # one place at two scales, by the lists: a country in its continent, a capital
    ("The embassy bombed in Kenya was rebuilt.", "The embassy bombed in Africa was rebuilt."),
    ("The embassy bombed in Nairobi was rebuilt.", "The embassy bombed in Kenya was rebuilt."),
    ("The soldier was killed in Weberek.", "A soldier was found dead in Manufahi."),
    ("The embargo didn't make things hard.", "The embargo did not make things hard."),
    ("The minister was not only angry but also sad.", "The minister was angry and sad."),
    ("He did not say whether he would resign.", "He said he would resign."),
    ("It was Netscape, not Microsoft, that began.", "Microsoft began the talks."),
    ("Cathay Pacific wants to trim jobs.", "Lucio Tan did not want to cut jobs."),
    ("The causes of the crash have not been determined.", "The cause has yet to be determined."),
    # what happens for the first time never had
    ("NASA has never named a spacecraft after a living researcher.",
     "This is the first time NASA has named a spacecraft for a living researcher."),
    # figures told at different times: an update, not a conflict
    ("Unemployment was 5.2% in March.", "Unemployment was 4.9% in April."),
    ("As of Monday, $300 million had left the reserves.",
     "This year $30 billion has left the reserves."),
    # a conversion in brackets restates its figure: the figures as stated decide
    ("It moved at 11 kph (7 mph) to the coast.",
     "It moved at about 10 kph (6.2 mph) to the coast."),
    # a percentage opening its clause is a share of what follows it
    ("Eris is significantly more massive — 25 percent more massive.",
     "Sheppard significantly upped the odds of discovery – from 40 percent before."),
    ("Officials estimate that 85 percent of homes suffered damage.",
     "Officials estimate that only 40 percent of those here are covered."),
    # a figure half-way rounds either way
    ("Only 18 million of the 38.5 million eligible voters cast ballots.",
     "About 39 percent of the 38 million eligible voters will vote."),
    # a short form that drops most of a given name is the same person
    ("The rebels took his gun, said Col. Suhartono Suratman.",
     "Col. Tono Suratman threatened the rebels."),
    # parts of other wholes, distances from other places
    ("The typhoons destroyed 10.4 billion pesos (dlrs 252.8 million) worth of "
     "infrastructure, crops and other property.",
     "The typhoons destroyed some 4 billion pesos (dlrs 100 million) worth of crops."),
    ("The lion ended up in Isinya, 20 miles from Nairobi.",
     "The lion ended up in Isinya town, 12 miles away."),
    # a city and its state, by the lists; a place ending a body's name
    ("A grand jury in Manhattan returned the indictment.",
     "A grand jury in New York returned the indictment."),
    ("The Information Center of Human Rights and Democratic Movement in China said so.",
     "The Information Center for Human Rights and Democratic Movement in Hong Kong said so."),
    # one day in the same words is one day, however the tense around it reads
    ("The results were expected since moderates were dropped before Friday's election.",
     "The results came as no surprise since moderates were dropped before Friday's election."),
    # the day a thing was said, and days of other things, are no conflict
    ("The army said Wednesday that the rebels had fled.",
     "The army said Friday that the rebels had fled."),
    ("Pinochet was reported to have left the hospital Wednesday.",
     "He is in the clinic where he underwent surgery on Oct. 9."),
])
def test_these_agree(a: str, b: str) -> None:
    assert compare(a, b, date(1998, 10, 15), date(1998, 10, 15)) == []


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("The quake killed 7,000 people.", "The quake killed 9,000 people.", "number"),
    ("Turnout was 64.2%.", "Turnout was 66 per cent.", "number"),
    ("The cold killed at least 62 people.", "The cold killed at least 65 people.", "number"),
    ("More than 100,000 people fled.", "Nearly 400,000 people fled.", "number"),
    ("The storm hit on Oct. 9.", "The storm hit on Oct. 12.", "date"),
    ("John Smith, 45, was arrested.", "Jon Smith, 45, was arrested.", "name"),
    ("Joanne Smith, 45, was arrested.", "Anne Smith, 45, was arrested.", "name"),
    ("The lion was found 20 miles from Nairobi.", "The lion was found 12 miles from Nairobi.",
     "number"),
    ("The bomb exploded in Mumbai on Monday.", "The bomb exploded in Delhi on Monday.",
     "place"),
    ("Foreign Minister Ehud Barak met the envoy.", "Defense Minister Ehud Barak met the envoy.",
     "role"),
    ("President Bill Clinton spoke.", "Vice President Bill Clinton spoke.", "role"),
    ("Gen. Augusto Pinochet was arrested.", "Lt. Gen. Augusto Pinochet was arrested.", "role"),
    ("The bomb exploded in Basra on Monday.", "The bomb exploded in Baghdad on Monday.",
     "place"),
    ("Corbyn ruled out a pact with the SNP.", "Corbyn did not rule out a pact with the SNP.",
     "claim"),
    ("They were told to kneel.", "They were not told to kneel.", "claim"),
    ("Gusts of 150 kph hit the coast.", "Gusts of 160 kph hit the coast.", "number"),
    ("The cold killed 62 people, police said Monday.",
     "The cold killed 65 people, police said Monday.", "number"),
    ("It was minus 26 Celsius (minus 15 Fahrenheit) on Sunday.",
     "It was minus 26 Celsius (minus 4 Fahrenheit) on Sunday.", "number"),
    ("Nearly 70 percent have less than an elementary school education.",
     "Nearly 60 percent have less than an elementary school education.", "number"),
    # the wire's dollars before a figure are dollars ('dlrs 50 billion')
    ("Reserves fell to dlrs 50 billion.", "Reserves fell to $40 billion.", "number"),
])
def test_these_disagree(a: str, b: str, kind: str) -> None:
    found = compare(a, b, date(1998, 10, 15), date(1998, 10, 15))
    assert [f[0] for f in found] == [kind]


def test_a_conversion_conflicts_once_with_its_figure() -> None:
    found = compare("Winds of 120 kph (75 mph) hit the coast.",
                    "Winds of 130 kph (81 mph) hit the coast.")
    assert [(f[1], f[2], f[3]) for f in found] == [("kph", "120", "130")]


def test_a_figure_s_conflict_is_about_the_noun_as_written() -> None:
    # (the stem had been shown: 'number (peopl)', 'number (fahrenheit)')
    found = compare("At least 62 people died, with minus 26 Celsius (minus 15 Fahrenheit).",
                    "At least 65 people died, with minus 26 Celsius (minus 4 Fahrenheit).")
    assert {f[1] for f in found} == {"people", "Fahrenheit"}


def test_a_figure_below_zero_keeps_its_sign() -> None:
    found = compare("The lowest was minus 26 Celsius (minus 15 Fahrenheit) on Sunday.",
                    "The lowest was minus 26 Celsius (minus 4 Fahrenheit) on Sunday.")
    assert [(f[2], f[3]) for f in found] == [("minus 15", "minus 4")]
    assert compare("It was minus 15 Fahrenheit on Sunday.", "It was 15 Fahrenheit on Sunday.")
    assert not compare("It was minus 14.8 Fahrenheit on Sunday.",
                       "It was minus 15 Fahrenheit on Sunday.")  # (the same, rounded)


def test_a_toll_told_on_another_day_is_an_update() -> None:
    a, b = "The cold killed 32 people by Monday.", "The cold killed 36 people by Wednesday."
    assert compare(a, b) == []
    assert compare(a, b.replace("Wednesday", "Monday"))[0][0] == "number"


def test_reports_of_other_days_compare_only_dates_written_out() -> None:
    # ('Wednesday' in each is that report's own news day)
    a, b = "Prosecutors met the envoy Wednesday.", "Prosecutors met the envoy Wednesday."
    assert compare(a, b, date(1998, 10, 7), date(1998, 11, 4)) == []
    assert compare(a, b, date(1998, 10, 7), date(1998, 10, 7)) == []
    found = compare("The storm hit on Oct. 9.", "The storm hit on Oct. 12.",
                    date(1998, 10, 13), date(1998, 10, 20))
    assert [f[0] for f in found] == ["date"]


def test_figures_told_of_other_places_are_two_scopes() -> None:
    a = "An Arctic cold wave that hit Poland a week ago has killed 32 people."
    b = "An Arctic cold wave has killed at least 62 people throughout Europe."
    # the story names Poland after a preposition elsewhere ('the dead in Poland')
    places = story_places(["Most of the dead in Poland were homeless.", a, b])
    assert places == {"Poland", "Europe"}
    assert compare(a, b, places=places) == []
    found = compare("The cold killed 36 people in Warsaw.", "The cold killed 32 people in Poland.")
    assert "number" not in [f[0] for f in found]  # (the places are what differs)
    # ... the same place, or a place only one sentence names, still compares
    assert compare("The cold killed 32 people in Poland.",
                   "The cold killed 36 people in Poland.")[0][0] == "number"
    assert compare("The cold killed 32 people in Poland.",
                   "The cold killed 36 people.")[0][0] == "number"
    # a place the lists know is one wherever the sentence names it (no preposition)
    assert compare("China won 137 of 337 gold medals at the last games in Hiroshima, Japan.",
                   "Chinese swimmers won 12 of the 16 golds at the 1994 Rome world "
                   "championships.") == []


def test_a_digest_shows_both_wordings_with_their_sources() -> None:
    a = Article("a", "Officials said the earthquake killed 7,000 people in the region on "
                     "Monday.", source="Wire A")
    b = Article("b", "The earthquake killed 9,000 people in the region on Monday, officials "
                     "said.", source="Wire B")
    (x,) = digest([a, b], sections=("disagreements",)).analysis.disagreements
    assert x.kind == "number"
    assert [(c.source_id, c.value) for c in x.claims] == [(1, "7,000"), (2, "9,000")]


def test_a_digest_shows_a_claim_one_source_negates() -> None:
    a = Article("a", "Corbyn ruled out a pact with the SNP before the election.", source="A")
    b = Article("b", "Corbyn did not rule out a pact with the SNP before the election.",
                source="B")
    (x,) = digest([a, b], sections=("disagreements",)).analysis.disagreements
    assert x.kind == "claim"
    assert [c.value for c in x.claims] == ["Corbyn ruled out a", "Corbyn did not rule out a"]


def test_only_body_text_disagrees_not_wire_slugs() -> None:
    body = "The quake killed 7,000 people in the region on Monday, officials said."
    a = Article("a", body + "\n\nNYT-10-18-98 1807EDT", source="A")
    b = Article("b", body + "\n\nNYT-10-18-98 1742EDT", source="B")
    assert digest([a, b], sections=("disagreements",)).analysis.disagreements == ()


def test_a_body_named_for_a_group_is_no_person_whose_given_name_can_differ() -> None:
    assert compare("Five children were hurt at the Children's Learning Place in Chicago.",
                   "Five children were hurt at the Children’s Learning Place in Chicago.") == []
