"""Temporal expressions resolve against the publication date, by tense; never invented."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from storyline.analyze.timeline import expressions, resolve, timeline
from storyline.model import Article, Document
from storyline.segment import segment

MONDAY = date(2016, 8, 22)


def when(sentence: str, published: date | None = MONDAY) -> tuple[date | None, str | None]:
    (kind, _, m), *_ = expressions(sentence)
    return resolve(kind, m, sentence, published)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Party members today (Mon) start to receive ballot papers.", (MONDAY, "day")),
    ("Last night it emerged that he will visit.", (date(2016, 8, 21), "day")),
    ("The visit starts in Livingston on Thursday.", (date(2016, 8, 25), "day")),
    ("Corbyn announced on Wednesday that he would not.", (date(2016, 8, 17), "day")),
    ("He will be re-elected next month.", (date(2016, 9, 1), "month")),
    ("He abstained on the bill last year.", (date(2015, 1, 1), "year")),
    ("The deficit was revealed on 25 August 2016.", (date(2016, 8, 25), "day")),
    ("He remained army chief until March.", (date(2016, 3, 1), "month")),
    ("Talks will resume in March.", (date(2017, 3, 1), "month")),
    ("A reply is expected by Nov. 20, officials said.", (date(2016, 11, 20), "day")),
    # yesterday is named 'yesterday' or by its day: 'last Sunday' on a Monday is a week
    # before; 'Last' opening the sentence too
    ("Last Sunday, an assailant tried to ram a bus.", (date(2016, 8, 14), "day")),
    ("The talks began last Thursday.", (date(2016, 8, 18), "day")),
])
def test_expressions_resolve_by_tense(sentence: str, expected: tuple) -> None:
    assert when(sentence) == expected


@pytest.mark.parametrize(("sentence", "expression"), [
    ("The strike ends tonight, the union said.", "tonight"),
    ("Ministers met this morning in Whitehall.", "this morning"),
    ("The deal was signed yesterday.", "yesterday"),
    ("The vote is tomorrow.", "tomorrow"),
    ("He resigned last night.", "last night"),
    ("The talks resume next week.", "next week"),
    ("Prices rose last month.", "last month"),
    ("Growth will slow this year.", "this year"),
    ("The court sits on Sept. 5.", "Sept. 5"),
    ("Troops left in mid-March.", "mid-March"),
    ("It was founded on March 4, 2016.", "March 4, 2016"),
    ("The law dates from 1999.", "from 1999"),
    ("Polls open on Thursday.", "Thursday"),
])
def test_every_kind_of_expression_gets_past_the_cue_test(sentence: str, expression: str) -> None:
    # a pattern runs only when its cue words are in the sentence: none may be missed
    assert [e for _, e, _ in expressions(sentence)] == [expression]


def test_lower_case_month_words_are_no_dates() -> None:
    assert expressions("They may march to the market to oppose the decision.") == ()


def test_today_inside_a_name_is_no_date() -> None:
    # ('USA Today', NBC's 'Today' show: a title, not the day; opening a sentence it is)
    assert expressions("He works for USA Today, which prints in 33 plants.") == ()
    assert expressions("He spoke on NBC's Today show.") == ()
    assert [e for _, e, _ in expressions("Today, he said, the talks end.")] == ["Today"]


def test_a_decade_is_no_year() -> None:
    # ('the late 1970's' had been the year 1970 on the story's timeline)
    assert expressions("In the period from the late 1970's to early 1990's it grew.") == ()
    assert [e for _, e, _ in expressions("Prices rose since 2015's vote.")] == ["since 2015"]


def test_without_a_publication_date_relative_expressions_stay_undated() -> None:
    assert when("Corbyn announced on Wednesday that he would not.", None) == (None, None)
    assert when("The coup came in 1973.", None) == (date(1973, 1, 1), "year")


def test_the_timeline_is_in_time_order_with_undated_events_last() -> None:
    dated = Article("a", "Corbyn spoke in Dundee on Friday. The pact failed in 2015.",
                    published=datetime(2016, 8, 22))
    undated = Article("b", "Sturgeon replied on Tuesday.")
    docs = [Document(a, segment(a)) for a in (dated, undated)]
    events = timeline(docs, {"a": 1, "b": 2})
    assert [e.when for e in events] == [date(2015, 1, 1), date(2016, 8, 19), None]
    assert events[-1].expression == "Tuesday" and events[-1].precision is None


def test_a_sentence_a_page_prints_twice_is_one_event_but_each_source_tells_its_own() -> None:
    told = "He became an instructor in 2002 and resigned in 2011."
    twice = Article("a", f"{told}\nHe was arrested.\n{told}")
    again = Article("b", told)
    docs = [Document(a, segment(a)) for a in (twice, again)]
    events = timeline(docs, {"a": 1, "b": 2})
    assert [(e.expression, e.claim.source_id) for e in events] == [
        ("in 2002", 1), ("in 2002", 2), ("in 2011", 1), ("in 2011", 2)]
