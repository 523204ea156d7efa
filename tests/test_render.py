"""Renderers: Markdown/text/JSON, schema-valid, and untrusted text never becomes markup."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest

from storyline import Article, digest_articles
from storyline.model import Problem
from storyline.render import md_escape, render, to_dict, to_markdown, to_text

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
