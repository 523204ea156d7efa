"""Story grouping, near-duplicate folding and scale.

    python benchmarks/grouping.py pile            # BCubed / ARI on the shared pile
    python benchmarks/grouping.py ceiling         # what any grouping can reach on it
    python benchmarks/grouping.py dedup           # near-duplicate precision / recall
    python benchmarks/grouping.py scale 10000 30000 100000
    python benchmarks/grouping.py blocks 20000     # blocked grouping (Spark) vs one pass

pile: every document of duc2003 and multinews-dev in one shuffled pile (seed 0); the
true story of a document is its cluster id. storyline's grouping is run without dates
and with the publication dates the DUC records carry in their doc_ids (multinews has
none); a TF-IDF average-link baseline is run in the same process, its threshold chosen
with the answers (an upper bound for that baseline).

dedup: syndicated copies made from real articles of the pile (those that are already
copies of each other in the source data left out) — headline line added,
byline or dateline changed, closing paragraphs cut, a paragraph inserted from another
article — mixed with the other reports of the same story, which must not be folded.
Scored on pairs: precision and recall of "folded together".

scale: N articles made by sampling real articles and perturbing them (sentences dropped,
one sentence borrowed from another report of the story), as stories of a few days each,
the same topic recurring every 45-60 days. Each size runs in its own
process; wall time and peak memory of that process.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

from storyline.dedup import copy_pairs, fold_copies
from storyline.group import group
from storyline.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("duc2003", "multinews-dev")


def load_pile(data: Path = DATA) -> list[tuple[str, str, str, datetime | None]]:
    """(doc id, story id, text, date or None) for every document, shuffled with seed 0."""
    docs = []
    for name in SETS:
        for line in (data / name / "clusters.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            doc_ids = row.get("doc_ids") or [None] * len(row["documents"])
            for i, (text, doc_id) in enumerate(zip(row["documents"], doc_ids, strict=True)):
                m = re.search(r"(\d{8})", doc_id or "")
                when = datetime.strptime(m.group(1), "%Y%m%d") if m else None
                docs.append((f"{row['id']}/{i}", row["id"], text, when))
    random.Random(0).shuffle(docs)
    return docs


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for k in gold:
        by_pred[pred[k]].add(k)
        by_gold[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        both = len(by_pred[pred[k]] & by_gold[gold[k]])
        p += both / len(by_pred[pred[k]])
        r += both / len(by_gold[gold[k]])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


def _report(name: str, pred: dict[str, str], gold: dict[str, str], seconds: float) -> None:
    from sklearn.metrics import adjusted_rand_score

    keys = sorted(gold)
    p, r, f = bcubed(pred, gold)
    ari = adjusted_rand_score([gold[k] for k in keys], [pred[k] for k in keys])
    print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {ari:.3f} | {len(set(pred.values()))} "
          f"| {seconds:.1f} |", flush=True)


def run_pile(data: Path) -> None:
    docs = load_pile(data)
    gold = {d[0]: d[1] for d in docs}
    print(f"pile: {len(docs)} documents, {len(set(gold.values()))} stories\n")
    print("| system | BCubed P | BCubed R | BCubed F1 | ARI | stories | seconds |")
    print("|---|---|---|---|---|---|---|")
    for dated in (False, True):
        articles = [Article(i, t, published=w if dated else None) for i, _, t, w in docs]
        started = time.perf_counter()
        stories = group(articles)
        pred = {a: s.id for s in stories for a in s.all_ids}
        label = "storyline, DUC dates used" if dated else "storyline, no dates"
        _report(label, pred, gold, time.perf_counter() - started)
    _baseline(docs, gold)


def _baseline(docs: list, gold: dict[str, str]) -> None:
    """TF-IDF average-link at its best threshold (chosen with the answers)."""
    started = time.perf_counter()
    (*_, t), labels = _oracle_average_link(docs, gold, _tfidf_similarity(docs))
    _report(f"TF-IDF average-link (oracle threshold {t:.2f})", labels, gold,
            time.perf_counter() - started)


def _together(start: dict[str, str], groups: list[list[str]],
              gold: dict[str, str]) -> dict[str, str]:
    """`start` with each group of identical documents put in one story: whichever of its
    stories, or one of its own, scores best (one group at a time)."""
    labels = dict(start)
    for ids in groups:
        options = [*sorted({gold[i] for i in ids}), f"copies of {ids[0]}"]
        tries = [{**labels, **dict.fromkeys(ids, story)} for story in options]
        labels = max(tries, key=lambda tried: bcubed(tried, gold)[2])
    return labels


def _tfidf_similarity(docs: list, texts: list[str] | None = None, **options: object):
    from sklearn.feature_extraction.text import TfidfVectorizer

    options = {"sublinear_tf": True, "stop_words": "english", **options}
    x = TfidfVectorizer(**options).fit_transform(texts or [d[2] for d in docs])
    return (x @ x.T).toarray()


def _oracle_average_link(docs: list, gold: dict[str, str], sim):
    """Average-link clustering cut at the threshold that scores best against the answers:
    ((P, R, F1, threshold), labels)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    sim = sim.copy()
    np.fill_diagonal(sim, 1.0)
    tree = linkage(squareform(np.clip(1 - sim, 0, None), checks=False), "average")
    ids = [d[0] for d in docs]

    def cut(t: float) -> dict[str, str]:
        return dict(zip(ids, map(str, fcluster(tree, 1 - t, "distance")), strict=True))

    t = max(np.arange(0.03, 0.6, 0.01), key=lambda t: bcubed(cut(t), gold)[2])
    return (*bcubed(cut(t), gold), float(t)), cut(t)


def run_ceiling(data: Path) -> None:
    """What grouping can reach on the pile: documents that share no content with their
    own story (archive notices, tweet boilerplate) bound any content-based method; and
    average-link at its oracle threshold over several representations."""
    import numpy as np

    docs = load_pile(data)
    gold = {d[0]: d[1] for d in docs}
    sim = _tfidf_similarity(docs)
    np.fill_diagonal(sim, 0.0)
    labels = np.array([d[1] for d in docs])
    orphans = {d[0] for k, d in enumerate(docs)
               if (labels == d[1]).sum() > 1 and sim[k][labels == d[1]].max() < 0.08}
    singled = {i: i if i in orphans else g for i, g in gold.items()}
    p, r, f = bcubed(singled, gold)
    print(f"{len(orphans)} of {len(docs)} documents share almost nothing with their own "
          f"story (TF-IDF cosine < 0.08 with every other member).\nThe true stories with "
          f"those documents as singletons: BCubed P {p:.3f}, R {r:.3f}, F1 {f:.3f}.")
    # Word-for-word identical documents filed under different stories: any grouping that
    # reads their words puts them together, so the answers cannot all be met.
    same_text: dict[str, list[str]] = defaultdict(list)
    for doc_id, _, text, _ in docs:
        same_text[" ".join(text.split())].append(doc_id)
    split = [ids for ids in same_text.values() if len({gold[i] for i in ids}) > 1]
    print(f"{sum(map(len, split))} documents are {len(split)} texts filed under more than "
          "one story. With each such text in one story (the best for the score):")
    for name, start in (("the true stories", gold), ("and the documents above as singletons",
                                                     singled)):
        p, r, f = bcubed(_together(start, split, gold), gold)
        print(f"  {name}: BCubed P {p:.3f}, R {r:.3f}, F1 {f:.3f}")
    print("The last is the most a content-based grouping can reach.\n")
    names = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)")
    texts = [d[2] for d in docs]
    reps = {
        "words (the baseline)": {},
        "words + bigrams (min_df 2)": {"ngram_range": (1, 2), "min_df": 2},
        "words, max_df 0.1": {"max_df": 0.1},
        "words of the first 300": {"texts": [" ".join(t.split()[:300]) for t in texts]},
        "capitalised names only": {
            "texts": [" ".join(n.replace(" ", "_") for n in names.findall(t)) for t in texts],
            "token_pattern": r"\S+", "lowercase": False},
    }
    print("| average-link over | threshold | BCubed P | BCubed R | BCubed F1 |")
    print("|---|---|---|---|---|")
    for name, options in reps.items():
        (p, r, f, t), _ = _oracle_average_link(docs, gold, _tfidf_similarity(docs, **options))
        print(f"| {name} | {t:.2f} | {p:.3f} | {r:.3f} | {f:.3f} |", flush=True)
    print("\n| storyline threshold | dates | BCubed P | BCubed R | BCubed F1 | stories |")
    print("|---|---|---|---|---|---|")
    for dated in (False, True):
        for threshold in (0.1, 0.12, 0.15, 0.18, 0.2, 0.25):
            articles = [Article(i, t, published=w if dated else None) for i, _, t, w in docs]
            stories = group(articles, threshold=threshold)
            p, r, f = bcubed({a: s.id for s in stories for a in s.all_ids}, gold)
            print(f"| {threshold} | {'DUC' if dated else 'none'} | {p:.3f} | {r:.3f} | {f:.3f} "
                  f"| {len(stories)} |", flush=True)


def make_copies(docs: list, rng: random.Random) -> tuple[list[Article], set[frozenset[str]]]:
    """Articles of real stories plus syndicated copies of some; gold copy pairs."""
    base = []
    for doc_id, story, text, _ in docs:
        paras = [p for p in text.split("\n") if p.strip()]
        if len(text.split()) >= 150 and len(paras) >= 5:
            base.append((doc_id, story, paras))
    # The source data already holds copies (identical DUC documents filed under two
    # clusters, local stations' versions of one wire story): leave every document
    # involved out, so that gold holds exactly the copies made here.
    raw = fold_copies(Article(d, "\n".join(p)) for d, _, p in base)
    involved = {d for root, cs in raw.items() if cs for d in (root, *cs)}
    base = [b for b in base if b[0] not in involved]
    by_story = defaultdict(list)
    for b in base:
        by_story[b[1]].append(b)
    articles = [Article(d, "\n".join(p), source=f"outlet-{d}") for d, _, p in base]
    gold: set[frozenset[str]] = set()
    for doc_id, _story, paras in rng.sample(base, min(300, len(base))):
        members = [doc_id]
        for k in range(rng.choice((1, 2))):
            body = list(paras)
            edits = rng.sample(["headline", "byline", "cut", "insert"], rng.choice((1, 2, 3)))
            if "cut" in edits:
                body = body[: max(3, int(len(body) * rng.uniform(0.6, 0.85)))]
            if "insert" in edits:
                donor = rng.choice(base)[2]
                body.insert(rng.randrange(1, len(body)), rng.choice(donor))
            if "byline" in edits:
                body[0] = re.sub(r"^[A-Z][A-Za-z ,.]*\((?:AP|Reuters|AFP)\)\s*[-_]+\s*", "",
                                 body[0])
                body.insert(0, f"By Staff Writer {k}, The Daily {k}")
            if "headline" in edits:
                body.insert(0, f"Exclusive: {' '.join(body[-1].split()[:6])}")
            copy_id = f"{doc_id}/copy{k}"
            articles.append(Article(copy_id, "\n".join(body), source=f"reprinter-{k}"))
            members.append(copy_id)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                gold.add(frozenset((a, b)))
    return articles, gold


def run_dedup(data: Path) -> None:
    rng = random.Random(1)
    articles, gold = make_copies(load_pile(data), rng)
    started = time.perf_counter()
    found = copy_pairs(fold_copies(articles))
    seconds = time.perf_counter() - started
    hit = len(found & gold)
    made = sum("/copy" in a.id for a in articles)
    print(f"articles: {len(articles)} ({made} copies), gold copy pairs: {len(gold)}, "
          f"pairs folded: {len(found)}")
    print(f"precision {hit / max(len(found), 1):.3f}  recall {hit / len(gold):.3f}  "
          f"({seconds:.1f} s)")
    wrong = sorted(tuple(sorted(p)) for p in found - gold)[:5]
    if wrong:
        print("examples of wrong folds:", wrong)


def synthetic(n: int, data: Path, seed: int = 7, sizes: tuple[int, int] = (3, 20)
              ) -> list[Article]:
    """N perturbed real articles in dated stories of `sizes` articles (uniform between
    the two); the same topic recurs months apart."""
    rng = random.Random(seed)
    by_story = defaultdict(list)
    for _, story, text, _ in load_pile(data):
        sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
        if len(sents) >= 4:
            by_story[story].append(sents)
    topics = sorted(by_story)
    start = datetime(2024, 1, 1)
    out = []
    episode = 0
    while len(out) < n:
        topic = topics[episode % len(topics)]
        # A topic's episodes are 45-60 days apart: well outside the 14-day story window,
        # so the synthetic truth ("topic@episode") is one the grouper should recover.
        rounds = episode // len(topics)
        day = start + timedelta(days=rounds * 45 + rng.randrange(15), hours=rng.randrange(24))
        for j in range(rng.randint(*sizes)):
            sents = rng.choice(by_story[topic])
            keep = [s for s in sents if rng.random() < rng.uniform(0.5, 0.9)] or sents[:3]
            keep.insert(rng.randrange(len(keep) + 1), rng.choice(rng.choice(by_story[topic])))
            out.append(Article(
                f"e{episode}-{j}", " ".join(keep), source=f"outlet-{rng.randrange(500)}",
                published=day + timedelta(hours=rng.randrange(72)),
                metadata={"story": f"{topic}@{episode}"},
            ))
        episode += 1
    return out[:n]


def run_scale_one(n: int, data: Path) -> None:
    articles = synthetic(n, data)
    started = time.perf_counter()
    stories = group(articles)
    seconds = time.perf_counter() - started
    gold = {a.id: a.metadata["story"] for a in articles}
    pred = {a: s.id for s in stories for a in s.all_ids}
    p, r, f = bcubed(pred, gold)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    copies = sum(len(c) for s in stories for c in s.copies.values())
    print(json.dumps({"articles": n, "seconds": round(seconds, 1), "peak_mb": round(peak),
                      "stories": len(stories), "copies": copies,
                      "bcubed_p": round(p, 3), "bcubed_r": round(r, 3), "bcubed_f1": round(f, 3)}))


def run_scale(sizes: list[int], data: Path) -> None:
    print("| articles | seconds | articles/s | peak memory | stories | copies folded "
          "| BCubed F1 (synthetic truth) |")
    print("|---|---|---|---|---|---|---|")
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--data", str(data), "scale-one", str(n)],
            check=True, capture_output=True, text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"| {n:,} | {r['seconds']} | {n / r['seconds']:.0f} | {r['peak_mb']} MB "
              f"| {r['stories']:,} | {r['copies']:,} | {r['bcubed_f1']} |", flush=True)


def run_blocks(n: int, data: Path) -> None:
    """Blocked grouping (as on Spark) against the single pass, on N generated articles."""
    from datetime import timedelta

    from storyline.blocks import group_blocked

    articles = synthetic(n, data)
    gold = {a.id: a.metadata["story"] for a in articles}
    print(f"{n:,} generated articles\n")
    print("| grouping | seconds (one core) | stories | BCubed P | BCubed R | BCubed F1 |")
    print("|---|---|---|---|---|---|")
    runs = [("single pass", None, None), ("blocks of 7 days, 14-day lead-in", 7, 14),
            ("blocks of 2 days, 4-day lead-in", 2, 4), ("blocks of 1 day, 2-day lead-in", 1, 2)]
    for name, days, lead in runs:
        started = time.perf_counter()
        stories = group(articles) if days is None else group_blocked(
            articles, days=days, lead_in=timedelta(days=lead))
        seconds = time.perf_counter() - started
        pred = {a: s.id for s in stories for a in s.all_ids}
        p, r, f = bcubed(pred, gold)
        print(f"| {name} | {seconds:.1f} | {len(stories):,} | {p:.3f} | {r:.3f} | {f:.3f} |",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("what", choices=["pile", "ceiling", "dedup", "scale", "scale-one",
                                         "blocks"])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    if args.what == "pile":
        run_pile(args.data)
    elif args.what == "ceiling":
        run_ceiling(args.data)
    elif args.what == "dedup":
        run_dedup(args.data)
    elif args.what == "scale":
        run_scale(args.sizes, args.data)
    elif args.what == "blocks":
        run_blocks(args.sizes[0] if args.sizes != [10_000, 30_000, 100_000] else 20_000, args.data)
    else:
        run_scale_one(args.sizes[0], args.data)


if __name__ == "__main__":
    main()
