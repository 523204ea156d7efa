"""Quotations: who said what, resolved across sources, grouped when several carry it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from storyline.analyze.names import People
from storyline.analyze.quotes import find_quotes, group_quotes
from storyline.model import Article, Document
from storyline.pipeline import digest, load
from storyline.segment import segment

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "corbyn-snp"


def quotes_of(*texts: str) -> list[tuple[str, str]]:
    articles = [Article(f"a{i}", t) for i, t in enumerate(texts)]
    people = People(a.text for a in articles)
    found = [f for a in articles for f in find_quotes(Document(a, segment(a)), people)]
    return [(f.speaker, f.text) for f in found]


def test_the_example_quotes_the_people_it_should_with_the_right_speakers() -> None:
    story = digest([EXAMPLE], sections=("quotes",))  # all three reports as one story
    by_speaker: dict[str, list[str]] = {}
    for q in story.analysis.quotes:
        by_speaker.setdefault(q.speaker, []).append(q.text)
    for person in ("Jeremy Corbyn", "Neil Findlay", "Dave Anderson", "Kezia Dugdale",
                   "Chris Stephens"):
        assert person in by_speaker, person
    assert any(t.startswith("I won’t be looking for an alliance") for t in
               by_speaker["Jeremy Corbyn"])
    assert any(t.startswith("It would be simply unforgivable") for t in
               by_speaker["Chris Stephens"])
    assert "just wouldn't work" in by_speaker["Kezia Dugdale"]


def test_attribution_after_before_and_by_pronoun() -> None:
    got = quotes_of(
        'Labour leader Jeremy Corbyn spoke in Glasgow.\n\n'
        '"We will win," said Mr Corbyn.\n\n'
        'Mr Corbyn said: "The SNP has failed Scotland."\n\n'
        '"It is time for change," he added.')
    assert got == [("Jeremy Corbyn", "We will win"),
                   ("Jeremy Corbyn", "The SNP has failed Scotland."),
                   ("Jeremy Corbyn", "It is time for change")]


def test_a_quote_continued_over_paragraphs_keeps_its_speaker() -> None:
    got = quotes_of(
        'Scottish Labour leader Kezia Dugdale said: "We will not do a deal.\n\n'
        '"Not now, not ever.\n\n'
        '"The voters deserve better."')
    assert [s for s, _ in got] == ["Kezia Dugdale"] * 3


def test_a_role_resolves_to_the_person_the_story_names() -> None:
    got = quotes_of('Labour leader Jeremy Corbyn visited Dundee on Friday.\n\n'
                    'The Labour leader added: "Only Labour can win this election."')
    assert got == [("Jeremy Corbyn", "Only Labour can win this election.")]


def test_scare_quotes_are_not_quotations() -> None:
    assert quotes_of('The so-called "progressive alliance" was debated in parliament.') == []


def test_the_same_quote_in_two_sources_is_one_quote_with_both_sources() -> None:
    a = Article("a", 'Mr Findlay, an MSP, said: "There will be no progressive alliance with '
                     'the SNP and I expect Jeremy Corbyn to rule that out this week."')
    b = Article("b", '"There will be no progressive alliance with the SNP," said Neil Findlay.')
    people = People([a.text, b.text])
    found = [f for x in (a, b) for f in find_quotes(Document(x, segment(x)), people)]
    (quote,) = group_quotes(found, {"a": 1, "b": 2})
    assert quote.speaker == "Neil Findlay" and quote.source_ids == (1, 2)
    assert quote.text.startswith("There will be no progressive alliance with the SNP and")


def test_the_example_timeline_keeps_2017_apart_from_2016() -> None:
    stories = load([EXAMPLE])
    dated = {a.id: a.published for a in stories}
    assert dated["buzzfeed-news-2017-04-19"] == datetime(2017, 4, 19)


def test_long_title_case_text_does_not_hang_the_analysis() -> None:
    """A regression: an ambiguous name pattern backtracked exponentially on runs of
    capitalised words (25 s for eight words, hours on a real pile). Hostile or odd
    input must never hang a digest; the alarm turns a hang into a failure."""
    import signal

    from storyline.analyze import SECTIONS

    title_case = " ".join(["Abcdefghij"] * 60)
    texts = [f'"{title_case} xyz," {title_case} said.', f"{title_case}, {title_case} xyz.",
             f'{title_case} told "{title_case}" to {title_case}.']
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError()))
    signal.alarm(10)
    try:
        d = digest([Article(f"t{i}", t) for i, t in enumerate(texts)], sections=SECTIONS)
    finally:
        signal.alarm(0)
    assert d.analysis is not None
