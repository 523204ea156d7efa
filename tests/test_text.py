"""Word-level helpers: what "the same words" means across storyline."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from storyline.text import _stemmer, content_terms, stem, words


def test_stems_are_snowball_english() -> None:
    assert [stem(w) for w in ("running", "connections", "generously", "ruled")] == [
        "run", "connect", "generous", "rule"]


def test_words_keep_contractions_and_fold_case() -> None:
    assert words("Corbyn didn’t rule it OUT") == ["corbyn", "didn't", "rule", "it", "out"]


def test_content_terms_drop_stopwords_and_stem() -> None:
    assert content_terms("Corbyn has ruled out a pact with the SNP") == [
        "corbyn", "rule", "pact", "snp"]


def test_each_thread_stems_with_its_own_stemmer() -> None:
    # a Snowball stemmer keeps state while it stems: the web app's worker threads must
    # not share one
    mine = _stemmer()
    theirs: list[object] = []
    worker = threading.Thread(target=lambda: theirs.append(_stemmer()))
    worker.start()
    worker.join()
    assert _stemmer() is mine
    assert theirs and theirs[0] is not mine


def test_threads_stemming_at_once_get_the_stems_one_thread_gets() -> None:
    vocabulary = [f"{root}{suffix}" for root in ("connect", "generous", "nation", "rul",
                                                  "report", "elect", "question")
                  for suffix in ("ing", "ions", "ly", "ed", "ational", "ness", "er")] * 40
    alone = [_stemmer().stemWord(w) for w in vocabulary]
    with ThreadPoolExecutor(8) as pool:  # (past `stem`'s cache: the stemmer itself)
        together = list(pool.map(lambda _: [_stemmer().stemWord(w) for w in vocabulary],
                                 range(8)))
    assert all(stems == alone for stems in together)
