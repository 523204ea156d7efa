"""The library's main entry points: articles in, a cited `Digest` out.

The CLI, the evaluation command and every other shell call these functions; none of
them re-implements a step.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path

from storyline.align import Alignment, other_words_quoted
from storyline.analyze import SECTIONS, analyze
from storyline.analyze.disagree import other_figures
from storyline.analyze.turns import turn_voices
from storyline.blocks import group_blocked, lead_in
from storyline.dedup import fold_copies
from storyline.group import group
from storyline.model import (
    Article,
    Citation,
    Digest,
    DigestSentence,
    Document,
    Problem,
    Sentence,
    SentenceKind,
    Source,
    Story,
)
from storyline.readers import FieldMap, ProblemHandler, ReadStats, read_articles
from storyline.segment import segment, segments
from storyline.summarize import DEFAULT_METHOD, Budget, get, story_order


def digest(
    inputs: Iterable[str | Path | Article],
    *,
    words: int | None = 150,
    sentences: int | None = None,
    method: str = DEFAULT_METHOD,
    on_problem: ProblemHandler | None = None,
    sections: Collection[str] = SECTIONS,
) -> Digest:
    """Digest the articles in `inputs` (paths, folders, ``-`` or `Article`s) as one story,
    syndicated copies folded (`digest_one_story`).

    >>> d = digest(["examples/corbyn-snp"], words=100)   # doctest: +SKIP
    """
    articles = load(inputs, on_problem)
    return digest_one_story(articles, Budget(words=words, sentences=sentences), method,
                            sections=sections)


def load(
    inputs: Iterable[str | Path | Article],
    on_problem: ProblemHandler | None = None,
    fields: FieldMap | None = None,
    stats: ReadStats | None = None,
) -> list[Article]:
    """Articles given directly pass through; paths are read with `read_articles`."""
    articles: list[Article] = []
    paths: list[str | Path] = []
    for item in inputs:
        if isinstance(item, Article):
            articles.append(item)
        else:
            paths.append(item)
    articles.extend(read_articles(paths, on_problem, fields=fields, stats=stats))
    return articles


def documents(articles: Sequence[Article]) -> list[Document]:
    return [Document(a, segment(a)) for a in articles]


def digest_articles(
    articles: Sequence[Article],
    budget: Budget | None = None,
    method: str = DEFAULT_METHOD,
    story_id: str = "1",
    copies: Mapping[str, Sequence[Article]] | None = None,
    sections: Collection[str] = (),
) -> Digest:
    """Summarize one story's independent reports into a digest whose every sentence cites
    its sources. `copies` maps a report's id to its syndicated copies, which are listed
    with their original ("also carried by") but never cited as separate support.
    `sections` (see `analyze.SECTIONS`) adds the cross-source analysis."""
    budget = budget or Budget()
    summarizer = get(method)
    docs = documents(articles)
    alignment = Alignment([s for d in docs for s in d.sentences])
    chosen = story_order(summarizer.select(docs, budget, alignment), docs)
    sources = _sources(articles, copies or {})
    number = {s.article_id: s.id for s in sources}
    drawn = {s.article_id for s in chosen}  # (whose turns a transcript's sentences are)
    voice = {i: v for d in docs if d.article.id in drawn for i, v in turn_voices(d).items()}
    sentences = tuple(_cite(s, alignment, number, voice.get(s.id, "")) for s in chosen)
    dates = [a.published.replace(tzinfo=None) for a in articles if a.published]
    analysis = analyze(docs, alignment, number, {s.id for s in chosen}, sections) \
        if sections else None
    return Digest(
        story_id=story_id,
        headline=_headline(articles, chosen),
        sentences=sentences,
        sources=sources,
        method=summarizer.name,
        first=min(dates, default=None),
        last=max(dates, default=None),
        analysis=analysis,
    )


def digest_one_story(
    articles: Sequence[Article],
    budget: Budget | None = None,
    method: str = DEFAULT_METHOD,
    story_id: str = "1",
    sections: Collection[str] = (),
) -> Digest:
    """Digest articles known to be one story (no grouping), their syndicated copies folded
    under their originals first, as grouping folds them: a copy repeats every fact of
    its original, and counted as a report of its own it would vote twice for each."""
    copies = fold_copies(articles)
    story = Story(story_id, tuple(a.id for a in articles if a.id in copies),
                  {original: cs for original, cs in copies.items() if cs})
    return digest_story(story, {a.id: a for a in articles}, budget, method, sections)


SUPPORTED_LANGUAGES = frozenset({"en"})


# why an article is kept but not summarized (`Problem.reason`)
NOT_SUMMARIZED = ("unsupported language", "only page text")
# what someone tells in a text: its body, or a post it embeds (a page that is one tweet
# is someone's words, kept as a source though the digest quotes no post)
_TOLD = frozenset({SentenceKind.BODY, SentenceKind.TWEET})


def summarizable(
    articles: Sequence[Article], on_problem: ProblemHandler | None = None
) -> list[Article]:
    """The articles storyline can summarize: English, or too short to tell, with some
    article text. The others are reported (kept by the caller, never turned into
    nonsense digests)."""
    ok = []
    for a in articles:
        problem = unsummarizable(a)
        if problem is None:
            ok.append(a)
        elif on_problem:
            on_problem(problem)
    return ok


def unsummarizable(article: Article) -> Problem | None:
    """Why storyline cannot summarize an article, if it cannot: a language it does not
    summarize, or no article text at all, only a page's own lines (a crawl's notice in
    place of the page, "Tweet with a location …", a caption: such pages had made a
    story of their own that no sentence could digest, ranked among the others by its
    copies). A page that is one embedded post is someone's words and stays."""
    where = article.origin or article.id
    if article.language and article.language not in SUPPORTED_LANGUAGES:
        return Problem(where, f"written in {article.language!r}: kept, but storyline "
                       "summarizes English only", NOT_SUMMARIZED[0])
    if not any(s.kind in _TOLD for s in segments(article)):  # (stops at the first)
        return Problem(where, "no article text, only a page's own lines (a notice, "
                       "captions, links)", NOT_SUMMARIZED[1])
    return None


def digest_stories(
    articles: Sequence[Article],
    budget: Budget | None = None,
    method: str = DEFAULT_METHOD,
    min_sources: int = 1,
    progress: Callable[[int], None] | None = None,
    on_problem: ProblemHandler | None = None,
    block_days: int | None = None,
    sections: Collection[str] = (),
    lead_in_days: int | None = None,
) -> list[Digest]:
    """Group a pile into stories, then digest each, most widely reported first. Articles
    in languages storyline cannot summarize are reported through `on_problem`.
    With `block_days`, stories are grouped block by block as the Spark job does
    (see `storyline.blocks`)."""
    articles = summarizable(articles, on_problem)
    by_id = {a.id: a for a in articles}
    if block_days:
        stories = group_blocked(articles, days=block_days, lead_in=lead_in(lead_in_days))
    else:
        stories = group(articles, progress=progress)
    digests = []
    for story in rank(stories, by_id):
        if independent_sources(story, by_id) < min_sources:
            continue
        try:
            digests.append(digest_story(story, by_id, budget, method, sections))
        except Exception as exc:  # (a fault on one story's text must not lose the rest)
            if on_problem is None:
                raise
            on_problem(undigested(story, exc))
    return digests


def undigested(story: Story | str, exc: Exception) -> Problem:
    """A story (or a story id) that could not be digested, as a problem naming it: a
    fault of storyline's on one story's text (a bug to report) never loses the others."""
    if isinstance(story, str):
        where = f"story {story}"
    else:
        where = "story of " + ", ".join(story.article_ids[:3]) + (
            " …" if len(story.article_ids) > 3 else "")
    return Problem(where,
                   f"could not be digested ({type(exc).__name__}: {exc}); please report it",
                   "digest failed")


def digest_story(
    story: Story, by_id: Mapping[str, Article], budget: Budget | None = None,
    method: str = DEFAULT_METHOD, sections: Collection[str] = (),
) -> Digest:
    """Digest one grouped story: its original reports, with their copies alongside."""
    return digest_articles(
        [by_id[i] for i in story.article_ids], budget, method, story.id,
        {orig: [by_id[c] for c in cs] for orig, cs in story.copies.items()}, sections,
    )


def evidence(digest: Digest, by_id: Mapping[str, Article]) -> dict[str, str]:
    """The text of every source sentence the digest's citations point at, by sentence id:
    what a reader needs to check a citation (the web page shows it on a click)."""
    cited = {i for s in digest.sentences for c in s.citations for i in c.sentence_ids}
    articles = sorted({i.rpartition("#")[0] for i in cited})
    return {s.id: s.text for d in documents([by_id[a] for a in articles])
            for s in d.sentences if s.id in cited}


def independent_sources(story: Story, by_id: Mapping[str, Article]) -> int:
    """Distinct outlets among a story's original reports (copies do not count)."""
    return len({by_id[i].source or i for i in story.article_ids})


def rank_key(story: Story, by_id: Mapping[str, Article]) -> tuple[int, int, float, str]:
    """Most independent sources first, then most articles, then most recent."""
    recency = story.last.timestamp() if story.last else 0.0
    return (-independent_sources(story, by_id), -len(story.all_ids), -recency, story.id)


def rank(stories: Sequence[Story], by_id: Mapping[str, Article]) -> list[Story]:
    return sorted(stories, key=lambda story: rank_key(story, by_id))


def _sources(
    articles: Sequence[Article], copies: Mapping[str, Sequence[Article]]
) -> tuple[Source, ...]:
    return tuple(
        Source(i, a.id, a.source or a.id, a.title, a.url, a.published,
               tuple(sorted({c.source or c.id for c in copies.get(a.id, ())})),
               tuple(c.id for c in copies.get(a.id, ())))
        for i, a in enumerate(articles, start=1)
    )


def _cite(sentence: Sentence, alignment: Alignment, number: dict[str, int],
          voice: str = "") -> DigestSentence:
    """Cite every source holding a sentence aligned with this one, its own source first;
    a sentence giving other figures for what this one counts, or not carrying the words it
    quotes, states another fact (see benchmarks/citations.py: a source's 'reached 85' had
    been cited for 'reached 83')."""
    support = {}
    for article, ids in alignment.supporters(sentence).items():
        stating = tuple(i for i in ids if i == sentence.id or not stated_otherwise(
            sentence.text, alignment.sentences[alignment.index[i]].text))
        if stating:
            support[article] = stating
    citations = sorted(
        (Citation(number[article], ids) for article, ids in support.items()),
        key=lambda c: (c.source_id != number[sentence.article_id], c.source_id),
    )
    return DigestSentence(sentence.text, sentence.id, tuple(citations), voice)


def stated_otherwise(a: str, b: str) -> bool:
    """Whether an aligned sentence b tells another fact than sentence a: other figures for
    what a counts, or other words than a quotes."""
    return other_figures(a, b) or other_words_quoted(a, b)


def _headline(articles: Sequence[Article], chosen: Sequence[Sentence]) -> str:
    """The title of the titled report the digest draws on most; none when it draws on no
    titled report (the page's section label of a report it does not quote, "NATIONAL
    FORECAST", had titled a story of a cold wave: the digest's lead titles it then)."""
    drawn: dict[str, int] = {}
    for s in chosen:
        drawn[s.article_id] = drawn.get(s.article_id, 0) + 1
    titled = [a for a in articles if a.title and a.id in drawn]
    if not titled:
        return ""
    return max(titled, key=lambda a: (drawn[a.id], -articles.index(a))).title
