"""Renderers: Markdown/text/JSON, schema-valid, and untrusted text never becomes markup."""

from __future__ import annotations

import json
import re
from datetime import datetime
from importlib import resources

import jsonschema
import pytest

from storyline import Article, digest_articles
from storyline.model import Problem
from storyline.render import (
    around,
    lead_title,
    md_escape,
    render,
    to_dict,
    to_markdown,
    to_text,
)

HOSTILE = Article(
    "evil",
    'The mayor said <script>alert("x")</script> was a test. A photo '
    '<img src=x onerror=alert(1)> and a [link](javascript:alert(1)) followed. '
    "The terminal got \x1b[31mred\x1b[0m text too, officials said on Monday.",
    title="<b>Breaking</b> *news*",
    source="Evil <Times>",
    url="javascript:alert(1)",
)


def schema() -> dict:
    text = resources.files("storyline").joinpath("schema/digest.schema.json").read_text()
    return json.loads(text)


def test_json_output_validates_against_the_published_schema(example_dir) -> None:
    from storyline.pipeline import load

    d = digest_articles(load([example_dir]))
    doc = json.loads(render([d], "json", [Problem("x.json:3", "not valid JSON")]))
    jsonschema.validate(doc, schema())
    story = doc["stories"][0]
    assert {s["name"] for s in story["sources"]} == {"BuzzFeed News", "The Courier", "The Herald"}
    assert all(s["citations"] for s in story["sentences"])
    assert doc["problems"] == [{"where": "x.json:3", "message": "not valid JSON"}]


def test_json_with_every_analysis_section_validates(example_dir) -> None:
    from storyline.analyze import SECTIONS
    from storyline.pipeline import load

    d = digest_articles(load([example_dir]), sections=SECTIONS)
    doc = json.loads(render([d], "json"))
    jsonschema.validate(doc, schema())
    analysis = doc["stories"][0]["analysis"]
    assert {q["speaker"] for q in analysis["quotes"]} >= {"Jeremy Corbyn", "Neil Findlay"}
    assert analysis["timeline"][0]["date"] <= analysis["timeline"][-1]["date"]


HOSTILE_QUOTES = [
    Article("q1", 'The mayor said: "<script>alert(1)</script> is what we saw on Monday." '
                  "Officials said 7,000 people were hurt on Monday.", source="<b>A</b>"),
    Article("q2", '"<img src=x onerror=alert(1)> is what we saw on Monday," the mayor said. '
                  "Officials said 9,000 people were hurt on Monday.", source="B"),
]


def test_analysis_sections_escape_untrusted_text_too() -> None:
    from storyline.analyze import SECTIONS

    d = digest_articles(HOSTILE_QUOTES, sections=SECTIONS)
    assert d.analysis.quotes and d.analysis.disagreements
    md = to_markdown([d])
    assert "Quotes" in md and "Where sources differ" in md
    assert not re.search(r"(?<!\\)<", md), "every < of article text must be escaped"


LONG = ("However, supporters of the leader will this week get assurances in public from "
        "the party leader during one of his most wide ranging campaign visits ever that "
        "such a deal would be off the table if he is reelected next month.")


def test_around_keeps_the_opening_when_the_expression_is_early() -> None:
    before, expression, after = around(LONG, "this week", 12)
    assert (before, expression) == ("However, supporters of the leader will ", "this week")
    assert after == " get assurances in public …"


def test_around_moves_to_an_expression_late_in_a_long_sentence() -> None:
    before, expression, after = around(LONG, "next month", 12)
    assert before.startswith("… ") and before.endswith(" if he is reelected ")
    assert (expression, after) == ("next month", ".")  # (the word's end: 'month.')
    assert len(re.findall(r"\w+", before + after)) == 12 - 2


def test_around_keeps_a_short_sentence_whole_and_a_missing_expression_short() -> None:
    assert "".join(around("Corbyn spoke on Friday.", "Friday")) == "Corbyn spoke on Friday."
    assert around(LONG, "yesterday", 5) == ("However, supporters of the leader …", "", "")
    assert "".join(around(LONG, "next month", None)) == LONG


def test_timeline_entries_show_and_mark_the_words_their_date_is_read_from() -> None:
    from storyline.analyze import SECTIONS

    late = Article("a", LONG + " The leader spoke in Glasgow on Monday.",
                   published=datetime(2016, 8, 22))
    d = digest_articles([late], sections=SECTIONS)
    assert any(e.expression == "next month" for e in d.analysis.timeline)
    entry = next(line for line in to_markdown([d]).splitlines()
                 if line.startswith("- September 2016"))
    assert entry.startswith("- September 2016 — … ")  # (not the sentence's 'this week')
    assert entry.endswith(" if he is reelected **next month**. \\[1\\]")
    assert "reelected next month." in to_text([d])


def test_a_title_from_the_lead_reads_as_a_headline_but_keeps_acronyms() -> None:
    assert lead_title("JEREMY Corbyn will use a visit to Scotland this week to rule out a "
                      "pact.") == "Jeremy Corbyn will use a visit to Scotland this week to " \
                                 "rule …"
    assert lead_title("THE government fell.") == "The government fell."
    assert lead_title("NASA said the probe was lost.") == "NASA said the probe was lost."
    assert lead_title("SNP MPs voted.") == "SNP MPs voted."
    # (an excerpt runs on from text cut before it; its title does not)
    assert lead_title("And on Oct. 19, Deputy Jack Hopkins was shot.") == \
        "On Oct. 19, Deputy Jack Hopkins was shot."


def test_markdown_escapes_untrusted_text() -> None:
    d = digest_articles([HOSTILE])
    md = to_markdown([d])
    assert not re.search(r"(?<!\\)<", md), "every < of article text must be escaped"
    assert not re.search(r"(?<!\\)\]\(javascript:", md)
    assert "<javascript:" not in md
    assert "\x1b" not in md
    assert r"\<script\>" in md


def test_text_output_drops_control_characters() -> None:
    out = to_text([digest_articles([HOSTILE])])
    assert "\x1b" not in out


def test_markdown_lists_numbered_sources_and_citation_markers(example_dir) -> None:
    from storyline.pipeline import load

    md = render([digest_articles(load([example_dir]))], "markdown")
    assert "\\[1\\]" in md or "\\[2\\]" in md or "\\[3\\]" in md
    assert "1. **BuzzFeed News**" in md and "19 April 2017" in md


def test_json_is_plain_data() -> None:
    d = digest_articles([HOSTILE])
    assert json.loads(json.dumps(to_dict([d]))) == to_dict([d])


@pytest.mark.parametrize("char", list("\\`*_{}[]<>#|~!&"))
def test_md_escape_escapes_each_special_character(char: str) -> None:
    assert md_escape(char) == "\\" + char


def test_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError, match="choose from"):
        render([], "pdf")


def test_a_transcript_s_turn_in_a_digest_names_its_speaker() -> None:
    oral = Article("oral", "JON STEWART (host, 1999-2015):\n\nMy wildest dream for the "
                   "Daily Show was a good run of shows. Success for me meant figuring the "
                   "show out for good.\n\nJAMES DIXON (manager):\n\nWe had this nice deal "
                   "with the network for many years.\n\nJON STEWART: It was the turning "
                   "point for me and for the show.", source="Vanity Fair")
    d = digest_articles([oral])
    assert {s.voice for s in d.sentences} == {"Jon Stewart", "James Dixon"}
    markdown = to_markdown([d])
    assert "*Jon Stewart:* My wildest dream" in markdown
    assert "*Jon Stewart:* Success" in markdown  # (at each sentence: where a turn ends
    # shows)
    assert "Jon Stewart: My wildest dream" in to_text([d])
    doc = json.loads(render([d], "json"))
    jsonschema.validate(doc, schema())
    assert doc["stories"][0]["sentences"][0]["voice"] == "Jon Stewart"
