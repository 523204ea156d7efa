"""Citations: how often a source cited in other words really states the digest's fact.

    python benchmarks/citations.py [--data ../shared/data]

A digest sentence cites every source holding a sentence aligned with it (TF-IDF cosine of
stemmed content words at or above `align.ALIGN_THRESHOLD`). Its own source and word-for-
word copies state it by construction; the citations worth measuring are the other sources'
sentences in other words. `benchmarks/labels/citations.tsv` (its header says how it was
drawn and labelled) holds 200 such pairs of the pile's default digests, each labelled by
hand: does the cited sentence state the digest sentence's claim (1) or only share its
topic, names and words (0)?

Printed: for each labelled set, the labelled pairs the digests still cite and the share
of them that state the fact (precision); the labelled pairs no longer cited (the digest
sentence no longer chosen, or the pair no longer aligned), true and false; and, as a
guide to the trade-off, what a stricter cosine would keep.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from storyline.align import Alignment
from storyline.dedup import fold_copies
from storyline.model import Article
from storyline.pipeline import digest_one_story, documents

HERE = Path(__file__).parent
DATA = HERE.parents[1] / "shared" / "data"
LABELS = HERE / "labels" / "citations.tsv"
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def labels() -> dict[tuple[str, str, str], tuple[str, int]]:
    """(story, digest sentence, cited sentence) -> (set, states)."""
    out = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            story, digest_id, cited_id, part, states = line.split("\t")
            out[(story, digest_id, cited_id)] = (part, int(states))
    return out


def stories(data: Path, wanted: set[str]) -> dict[str, list[Article]]:
    """The labelled stories' articles, ids their places in the cluster."""
    out = {}
    for name in ("duc2003", "multinews-dev"):
        for line in (data / name / "clusters.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            key = f"{name}/{row['id']}"
            if key in wanted:
                out[key] = [Article(str(i), t) for i, t in enumerate(row["documents"])]
    return out


def cited_pairs(articles: list[Article]) -> dict[tuple[str, str], float]:
    """The (digest sentence, cited sentence) pairs of a story's default digest, in other
    words and other sources, with their cosine."""
    digest = digest_one_story(articles)
    copies = fold_copies(articles)  # (the digest's own documents: copies folded)
    docs = documents([a for a in articles if a.id in copies])
    alignment = Alignment([s for d in docs for s in d.sentences])
    by_id = {s.id: s for s in alignment.sentences}
    return {(sentence.sentence_id, cited): alignment.similarity(by_id[sentence.sentence_id],
                                                                by_id[cited])
            for sentence in digest.sentences for citation in sentence.citations
            for cited in citation.sentence_ids if by_id[cited].text != sentence.text}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    gold = labels()
    articles = stories(args.data, {story for story, _, _ in gold})
    cited = {story: cited_pairs(story_articles) for story, story_articles in articles.items()}
    print("| labelled set | pairs still cited | states the fact (precision) "
          "| no longer cited: stating / not stating |\n|---|---|---|---|")
    for part in ("dev", "test", "test2", "all"):
        rows = [(key, states) for key, (p, states) in gold.items() if part in (p, "all")]
        kept = [states for (story, a, b), states in rows if (a, b) in cited[story]]
        lost = [states for (story, a, b), states in rows if (a, b) not in cited[story]]
        print(f"| {part} | {len(kept)} of {len(rows)} | {sum(kept) / max(len(kept), 1):.3f} "
              f"| {sum(lost)} / {len(lost) - sum(lost)} |")
    # the trade-off a stricter alignment would make, over the labelled pairs still cited
    still = [(cited[story][(a, b)], states) for (story, a, b), (_, states) in gold.items()
             if (a, b) in cited[story]]
    stating = sum(states for _, states in still)
    print("\n| cited only at cosine ≥ | pairs kept | precision | stating pairs kept |\n"
          "|---|---|---|---|")
    for threshold in THRESHOLDS:
        kept = [states for cosine, states in still if cosine >= threshold]
        print(f"| {threshold} | {len(kept)} | {sum(kept) / max(len(kept), 1):.3f} "
              f"| {sum(kept) / max(stating, 1):.2f} |")


if __name__ == "__main__":
    main()
