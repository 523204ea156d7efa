"""Near-duplicates: syndicated copies fold under their original; rewrites do not."""

from __future__ import annotations

from datetime import datetime

from storyline.dedup import copy_pairs, fold_copies
from storyline.model import Article

PARAS = [
    "The minister resigned on Tuesday after a long row over expenses claims that had "
    "dogged the government for months, officials confirmed.",
    "Opposition leaders welcomed the move and called for a full independent inquiry "
    "into how the claims had been approved by the department.",
    "The prime minister thanked him for his years of service and named a successor "
    "within hours of the announcement in Downing Street.",
    "Markets were unmoved by the news, with the pound trading flat against the dollar "
    "and the euro through the afternoon session.",
    "Party officials said the successor would be sworn in on Wednesday morning and "
    "would set out priorities before the end of the week.",
]
WIRE = "\n".join(PARAS)


def art(id: str, text: str, day: int = 2, source: str = "Wire") -> Article:
    return Article(id, text, source=source, published=datetime(2024, 1, day))


def test_copy_with_new_byline_and_cut_ending_folds_under_the_earlier_original() -> None:
    copy = art("copy", "By A. Reporter, Local Daily\n" + "\n".join(PARAS[:3]), day=3)
    groups = fold_copies([copy, art("wire", WIRE)])
    assert groups == {"wire": ("copy",)}


def test_copy_with_inserted_paragraph_folds() -> None:
    inserted = "\n".join([*PARAS[:2], "Local reaction was muted in the town centre today.",
                          *PARAS[2:]])
    assert copy_pairs(fold_copies([art("wire", WIRE), art("local", inserted, 3)])) == {
        frozenset({"wire", "local"})
    }


def test_independent_report_of_the_same_story_is_not_folded() -> None:
    rewrite = ("A government minister quit on Tuesday amid a months-long dispute about his "
               "expenses. Opposition parties demanded an inquiry, and the prime minister "
               "appointed a replacement the same day. Sterling barely moved.")
    assert fold_copies([art("wire", WIRE), art("rewrite", rewrite)]) == {
        "wire": (), "rewrite": (),
    }


def test_copies_are_transitive_and_the_earliest_is_canonical() -> None:
    a = art("a", WIRE, day=1)
    b = art("b", "\n".join(PARAS[:4]), day=2)
    c = art("c", "\n".join(PARAS[:3]), day=3)
    assert fold_copies([c, b, a]) == {"a": ("b", "c")} or fold_copies([c, b, a]) == {
        "a": ("c", "b")
    }


def test_short_texts_are_never_called_copies() -> None:
    assert fold_copies([art("x", "Markets fell."), art("y", "Markets fell.")]) == {
        "x": (), "y": (),
    }
