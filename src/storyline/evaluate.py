"""Score storyline (or any summarizer) against reference summaries with ROUGE.

Protocols, as in shared/data/README.md, both with rouge-score's tokenizer and Porter
stemmer:
- ``duc``: the summary's first 100 words; ROUGE-1/2 *recall* with n-gram matches
  pooled over all references (ROUGE-1.5.5 ``-m -l 100 -f A``), averaged over clusters.
- ``multinews``: the summary cut at 250 words; ROUGE-1/2 *F1* against the reference.

Each cluster is digested as one story (`pipeline.digest_one_story`): its syndicated
copies folded first, as every storyline digest folds them, so what is scored is what a
user would read.
"""

from __future__ import annotations

import functools
import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.model import Article, Cluster, Problem
from storyline.pipeline import digest_one_story
from storyline.readers import ProblemHandler
from storyline.summarize import Budget

PROTOCOL_WORDS = {"duc": 100, "multinews": 250}


@functools.cache
def _tokenizer() -> Any:
    """rouge-score's tokenizer, imported on first use: rouge-score imports NLTK, and
    NLTK scipy.stats, 0.85 s that every storyline command paid at start-up (the CLI
    imports this module for `eval`'s options)."""
    from rouge_score.tokenizers import DefaultTokenizer

    return DefaultTokenizer(use_stemmer=True)


@dataclass(frozen=True)
class Score:
    rouge1: float
    rouge2: float


def load_clusters(path: str | Path, on_problem: ProblemHandler) -> Iterator[Cluster]:
    """Read clusters (``{"id", "documents", "summaries"}`` a line), reporting bad lines."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
                docs = tuple(str(d) for d in row["documents"])
                refs = tuple(str(s) for s in row.get("summaries", []))
                yield Cluster(str(row.get("id", number)), docs, refs)
            except (ValueError, KeyError, TypeError) as exc:
                on_problem(Problem(where, f"not a cluster record ({exc})"))


def cluster_articles(cluster: Cluster) -> list[Article]:
    """Evaluation documents have no titles or outlets: each is its own untitled source."""
    return [
        Article(id=f"{cluster.id}/{i}", text=text, source=f"document {i + 1}")
        for i, text in enumerate(cluster.documents)
        if text.strip()
    ]


def summarize_cluster(cluster: Cluster, words: int, method: str) -> str:
    """The digest of one cluster as evaluation text: one sentence a line."""
    d = digest_one_story(cluster_articles(cluster), Budget(words=words), method)
    return "\n".join(s.text for s in d.sentences)


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _first_words(text: str, limit: int) -> str:
    return " ".join(text.split()[:limit])


def score_duc(summary: str, references: Sequence[str], limit: int = 100) -> Score:
    """Pooled ROUGE-1/2 recall of the first `limit` words against all references."""
    tokens = _tokenizer().tokenize(_first_words(summary, limit))
    result = []
    for n in (1, 2):
        ours = _ngrams(tokens, n)
        matches = total = 0
        for ref in references:
            theirs = _ngrams(_tokenizer().tokenize(ref), n)
            matches += sum((ours & theirs).values())
            total += sum(theirs.values())
        result.append(100.0 * matches / total if total else 0.0)
    return Score(*result)


def score_multinews(summary: str, references: Sequence[str], limit: int = 250) -> Score:
    """ROUGE-1/2 F1 of the summary cut at `limit` words against the (first) reference."""
    tokens = _tokenizer().tokenize(_first_words(summary, limit))
    ref_tokens = _tokenizer().tokenize(references[0]) if references else []
    result = []
    for n in (1, 2):
        ours, theirs = _ngrams(tokens, n), _ngrams(ref_tokens, n)
        overlap = sum((ours & theirs).values())
        p = overlap / max(sum(ours.values()), 1)
        r = overlap / max(sum(theirs.values()), 1)
        result.append(100.0 * 2 * p * r / (p + r) if p + r else 0.0)
    return Score(*result)


SCORERS: dict[str, Callable[[str, Sequence[str]], Score]] = {
    "duc": score_duc,
    "multinews": score_multinews,
}


def mean_score(scores: Sequence[Score]) -> Score:
    if not scores:
        return Score(0.0, 0.0)
    return Score(
        statistics.fmean(s.rouge1 for s in scores), statistics.fmean(s.rouge2 for s in scores)
    )
