"""Test piles: a small realistic one (the fixtures and the example) and any number of
distinct generated articles, for the tests of grouping at scale, the store and the app."""

from __future__ import annotations

import json
import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from .test_dedup import PARAS, WIRE
from .test_group import FLOODS, VOTES

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "corbyn-snp"
CLUSTERS = Path(__file__).parent / "fixtures" / "clusters.jsonl"


def make_pile(root: Path) -> Path:
    """A pile over five weeks: daily flood and election reports (crossing 7-day blocks),
    a wire story and its syndicated copy, the fixture clusters, the example reports,
    a French article, a broken line and an id used twice."""
    pile = root / "pile"
    (pile / "example").mkdir(parents=True)
    for f in EXAMPLE.glob("*.txt"):
        shutil.copy(f, pile / "example" / f.name)
    start = datetime(2024, 3, 1, 9)
    rows = []
    for d in range(10):
        rows.append({"id": f"flood{d}", "text": FLOODS[d % 4], "source": f"Outlet {d % 5}",
                     "published": (start + timedelta(days=d)).isoformat()})
        rows.append({"id": f"vote{d}", "text": VOTES[d % 4], "source": f"Outlet {d % 5}",
                     "published": (start + timedelta(days=d, hours=2)).isoformat()})
    rows.append({"id": "wire", "text": WIRE, "source": "Wire",
                 "published": (start + timedelta(days=20)).isoformat()})
    rows.append({"id": "wire-copy", "text": "\n".join(PARAS[:3]), "source": "Local Daily",
                 "published": (start + timedelta(days=20, hours=3)).isoformat()})
    rows.append({"id": "fr", "source": "Le Monde", "published": start.isoformat(),
                 "text": "Les inondations ont frappé la ville d'York lundi, forçant des "
                         "centaines de personnes à quitter leur domicile."})
    for n, line in enumerate(CLUSTERS.read_text().splitlines()):
        try:
            cluster = json.loads(line)
        except ValueError:
            continue
        for i, text in enumerate(cluster["documents"]):
            rows.append({"id": f"{cluster['id']}-{i}", "text": text, "source": f"Paper {i}",
                         "published": (start + timedelta(days=3 * n, hours=i)).isoformat()})
    lines = [json.dumps(r) for r in rows]
    lines.insert(5, '{"id": "broken", "text": ')
    (pile / "a.jsonl").write_text("\n".join(lines) + "\n")
    (pile / "b.jsonl").write_text(json.dumps({"id": "flood0", "text": FLOODS[1],
                                              "source": "Second File",
                                              "published": start.isoformat()}) + "\n")
    return pile


_SYLLABLES = ["ka", "lo", "ren", "ti", "mar", "sel", "do", "vin", "pra", "gu", "ber", "na",
              "sto", "fel", "qui", "ram", "zo", "del", "han", "ori"]


def generated(count: int, seed: int = 0, topics: int = 400) -> list[dict[str, str]]:
    """`count` distinct JSON article records in `topics` made-up topics: every text is
    unique (no two are copies), texts of one topic share their topic words."""
    rng = random.Random(seed)
    words = sorted({"".join(rng.choice(_SYLLABLES) for _ in range(3)) for _ in range(6000)})
    topic_words = [rng.sample(words, 12) for _ in range(topics)]
    start = datetime(2025, 1, 1)
    records = []
    for n in range(count):
        topic = rng.randrange(topics)
        text = []
        for _ in range(6):
            sentence = rng.sample(topic_words[topic], 4) + rng.sample(words, 10)
            rng.shuffle(sentence)
            text.append(" ".join(sentence).capitalize() + ".")
        records.append({
            "id": f"gen-{seed}-{n}",
            "title": " ".join(rng.sample(topic_words[topic], 5)).title(),
            "text": " ".join(text),
            "source": f"Outlet {rng.randrange(40)}",
            "url": f"https://news{rng.randrange(40)}.example/{seed}/{n}",
            "published": (start + timedelta(hours=n % 500, minutes=topic)).isoformat(),
            "language": "en",  # made-up words: detection would call some of them Latin
        })
    return records
