"""storyline: turn a pile of news articles into cited multi-source story digests.

    >>> from storyline import digest
    >>> d = digest(["examples/corbyn-snp"], words=150)       # doctest: +SKIP
    >>> print(d.sentences[0].text, d.sentences[0].source_ids)  # doctest: +SKIP
"""

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

__version__ = "0.1.0"

from storyline.pipeline import digest, digest_articles, digest_one_story, digest_stories, load
from storyline.readers import InputError, read_articles
from storyline.segment import segment, split_sentences

__all__ = [
    "Article", "Citation", "Digest", "DigestSentence", "Document", "InputError", "Problem",
    "Sentence", "SentenceKind", "Source", "Story", "__version__", "digest", "digest_articles",
    "digest_one_story", "digest_stories", "load",
    "read_articles", "segment", "split_sentences",
]
