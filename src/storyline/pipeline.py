"""The library's main entry points: articles in, a cited `Digest` out.

The CLI, the evaluation command and every other shell call these functions; none of
them re-implements a step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from storyline.align import Alignment
from storyline.model import Article, Citation, Digest, DigestSentence, Document, Sentence, Source
from storyline.readers import ProblemHandler, read_articles
from storyline.segment import segment
from storyline.summarize import DEFAULT_METHOD, Budget, get, story_order


def digest(
    inputs: Iterable[str | Path | Article],
    *,
    words: int | None = 150,
    sentences: int | None = None,
    method: str = DEFAULT_METHOD,
    on_problem: ProblemHandler | None = None,
) -> Digest:
    """Digest the articles in `inputs` (paths, folders, ``-`` or `Article`s) as one story.

    >>> d = digest(["examples/corbyn-snp"], words=100)   # doctest: +SKIP
    """
    articles = load(inputs, on_problem)
    return digest_articles(articles, Budget(words=words, sentences=sentences), method)


def load(
    inputs: Iterable[str | Path | Article], on_problem: ProblemHandler | None = None
) -> list[Article]:
    """Articles given directly pass through; paths are read with `read_articles`."""
    articles: list[Article] = []
    paths: list[str | Path] = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
        else:
            paths.append(item)
    articles.extend(read_articles(paths, on_problem))
    return articles


def documents(articles: Sequence[Article]) -> list[Document]:
    return [Document(a, segment(a)) for a in articles]


def digest_articles(
    articles: Sequence[Article],
    budget: Budget | None = None,
    method: str = DEFAULT_METHOD,
    story_id: str = "1",
) -> Digest:
    """Summarize one story's articles into a digest whose every sentence cites its sources."""
    budget = budget or Budget()
    summarizer = get(method)
    docs = documents(articles)
    alignment = Alignment([s for d in docs for s in d.sentences])
    chosen = story_order(summarizer.select(docs, budget, alignment), docs)
    sources = _sources(articles)
    number = {s.article_id: s.id for s in sources}
    sentences = tuple(_cite(s, alignment, number) for s in chosen)
    return Digest(
        story_id=story_id,
        headline=_headline(articles, chosen),
        sentences=sentences,
        sources=sources,
        method=summarizer.name,
    )


def _sources(articles: Sequence[Article]) -> tuple[Source, ...]:
    return tuple(
        Source(i, a.id, a.source or a.id, a.title, a.url, a.published)
        for i, a in enumerate(articles, start=1)
    )


def _cite(sentence: Sentence, alignment: Alignment, number: dict[str, int]) -> DigestSentence:
    """Cite every source holding a sentence aligned with this one, its own source first."""
    support = alignment.supporters(sentence)
    citations = sorted(
        (Citation(number[article], ids) for article, ids in support.items()),
        key=lambda c: (c.source_id != number[sentence.article_id], c.source_id),
    )
    return DigestSentence(sentence.text, sentence.id, tuple(citations))


def _headline(articles: Sequence[Article], chosen: Sequence[Sentence]) -> str:
    """The title of the report the digest draws on most; else of any titled report."""
    drawn: dict[str, int] = {}
    for s in chosen:
        drawn[s.article_id] = drawn.get(s.article_id, 0) + 1
    titled = [a for a in articles if a.title]
    if not titled:
        return ""
    return max(titled, key=lambda a: (drawn.get(a.id, 0), -articles.index(a))).title
