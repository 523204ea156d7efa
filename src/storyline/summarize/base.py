"""The interface every summarization strategy implements, and the pieces they share.

A strategy is a small class with a `name` and a `select` method, in the manner of a
scikit-learn estimator: it receives the story's documents, the word/sentence budget
and the story's sentence alignment, and returns the sentences to keep. Ordering and
citing are not its business (see `order.py` and `storyline.pipeline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from storyline.align import Alignment
from storyline.model import Document, Sentence, SentenceKind


@dataclass(frozen=True)
class Budget:
    """How long a digest may be: at most `words` words and at most `sentences` sentences."""

    words: int | None = 150
    sentences: int | None = None

    def fits(self, used_words: int, used_sentences: int, extra_words: int) -> bool:
        if self.sentences is not None and used_sentences + 1 > self.sentences:
            return False
        return self.words is None or used_words + extra_words <= self.words


class Summarizer(Protocol):
    name: str

    def select(
        self, docs: Sequence[Document], budget: Budget, alignment: Alignment
    ) -> list[Sentence]: ...


MIN_WORDS = 6
MAX_WORDS = 60

# A sentence opening like this leans on one before it ("He added: …", "But …"); quoted
# out of context it misleads, so it is never digest material.
_DANGLING = re.compile(
    r"^(?:[\"“'‘(]\s*)?(?:he|she|they|it|his|her|their|its|this|these|those|that|him|them|"
    r"but|and|or|so|yet|also|however|meanwhile|still|instead|moreover|furthermore|"
    r"nevertheless|nonetheless|besides|then|thus|hence|otherwise|likewise|similarly|"
    r"such|both|neither|either|another|other|the latter|the former|except)\b",
    re.IGNORECASE,
)
_OPEN_QUOTE_ONLY = re.compile(r"^[\"“]")
# a pronoun subject after a short opening phrase leans on the sentence before as one
# opening the sentence does: 'On Wednesday, it condemned the workers' behavior.'
_PRONOUN_AFTER_OPENING = re.compile(r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}, (?:he|she|it|they)\b")
# a connective set off after the sentence's first words, which answers the sentence
# before as one opening it does: 'In Bangkok, however, …', 'Honey Sherman, on the other
# hand, was described as …'
_CONNECTIVE_ASIDE = re.compile(r"[^,]{1,60}, (?:however|on the other hand|meanwhile|in contrast|"
                               r"by contrast|instead|nonetheless|nevertheless|in turn|though),")
# what a sentence opens with when it leans on the one before
_LEANING_OPENINGS = (_DANGLING, _PRONOUN_AFTER_OPENING, _CONNECTIVE_ASIDE)
# a connective closing the sentence answers the one before as one opening it does ('Two
# caveats seem in order, however.' had been a duc2003 digest sentence; 'The waiting is
# probably not over yet, though.', '… got tryouts, too.')
_CONNECTIVE_TAIL = re.compile(r", (?:however|though|nonetheless|nevertheless|instead|too)"
                              r"[.!]?[\"'”’]?$")
# an answer, which leans on its question: 'Ricks: Yeah, I read each one.', '"Well, …'
# (unless the sentence tells the question: '"No, …," Trump said when asked whether …')
_ANSWER = re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:\s+)?[\"“]?"
                     r"(?i:yeah|yes|no|well|oh|sure|okay|exactly|absolutely)[,.!]")
_QUOTED = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)")  # quoted words, closed or running on
_CLOSING = re.compile(r"[\"”]")
# a quotation's attribution by a pronoun alone
_PRONOUN_SAID = re.compile(r"[\"”]\s+(?:he|she|they)\s+(?:[a-z]+ly\s+)?(?:said|says|added|adds|"
                           r"told|tells|asked|asks|wrote|writes|explained|noted|continued|"
                           r"recalled|insisted|argued|warned)\b")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|asked|stated|announced|wrote|according to|insisted|claimed|"
    r"warned|argued|explained|noted|declared)\b",
    re.IGNORECASE,
)


def is_dangling(sentence: Sentence) -> bool:
    """True for sentences that cannot stand alone: a leading pronoun or connective (or one
    right after the opening phrase, or one closing the sentence), an answer without its
    question, a quotation only a pronoun attributes, or an unattributed piece of a running
    quotation."""
    text = sentence.text
    if any(p.match(text) for p in _LEANING_OPENINGS) or _CONNECTIVE_TAIL.search(text):
        return True
    if _ANSWER.match(text) and " asked " not in text:
        return True
    if text[:1] in "\"“" and _PRONOUN_SAID.search(text):
        return True  # (a quotation only a pronoun attributes: '"…," she said.' is said by
        # whom the sentence before names, and read alone it is any woman's of the digest)
    quoted = sentence.in_quote or _OPEN_QUOTE_ONLY.match(text)
    return bool(quoted and not _ATTRIBUTION.search(_outside_quotation(sentence)))


def _outside_quotation(sentence: Sentence) -> str:
    """A sentence's words outside quotation marks, where an attribution's verb stands
    ('"Bekah had told her she was coming …"', the second sentence of someone's words, is
    no one's by its 'told'); a sentence inside a running quotation is quoted up to the
    mark that closes it."""
    text = sentence.text
    if sentence.in_quote:  # (a paragraph of a running quotation reopens its mark)
        text = text.lstrip("\"“ ")
        close = _CLOSING.search(text)
        text = text[close.end():] if close else ""
    return _QUOTED.sub(" ", text)


def quotable(s: Sentence) -> bool:
    """A whole body sentence of prose (`_PROSE_WORD`), of sane length, that is not a
    question, nor whom to contact (`_contact`), nor shouted: a line in capitals is a
    tweet's or a headline's ('WE MUST BE THE MEDICI FAMILY TO KANYE.' had been a
    multinews-dev digest sentence), not the report's prose; nor cut off, as a page's
    teaser or an excerpt trails off ('A lion was shot dead in Kenya on Wednesday...', 'Of
    course he’s a womanizer …': 13 of the dev sets' 1,164 digest sentences)."""
    end = s.text.rstrip("\"'”’ ")
    return (
        s.kind is SentenceKind.BODY
        and MIN_WORDS <= s.words <= MAX_WORDS
        and not end.endswith(("?", "...", "…"))
        and not _opens_low(s.text)
        and not s.text.isupper()
        and bool(_PROSE_WORD.search(s.text))
        and not _contact(s.text)
    )


def _contact(text: str) -> bool:
    """Whether a sentence gives a telephone number or an e-mail address: a police appeal
    ('Anyone with information … is asked to call … at 413-448-9700, ext 384.', two digest
    sentences of the dev sets) or the page's line for its reporter ('Contact Debra J.
    Saunders at … or at 202-662-7391.'): whom to call, not what happened (every such
    sentence of the shared pile is one of the two)."""
    return ("@" in text and bool(_EMAIL.search(text))) or (
        "-" in text and bool(_DIGIT_DASH.search(text)) and bool(_PHONE.search(text)))


_EMAIL = re.compile(r"[\w.+-]@[\w-]+\.[a-z]{2,}")
# (a number of ten digits, or a free line spelt in letters: '1-800-CALL-FBI')
# (every number `_PHONE` finds holds a digit before a hyphen: a search for that one pair
# first, as `_PHONE` tries its branches at every character of a sentence holding a hyphen)
_DIGIT_DASH = re.compile(r"\d-")
_PHONE = re.compile(r"(?<![\d-])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}-\d{4}(?![\d-])|\b1-8\d\d-[A-Z\d]{3}")


# a word in lower case that is no function word: prose has one, while a heading, a title
# or a credit capitalises every other word ('_ Treasury Department and U.S. Postal
# Service.' of a wire's list had been a digest sentence; 'Starring Will Smith and Margot
# Robbie.', 'Analysis of the Effects of Cigarette Smoke on …': the ten such sentences of
# the shared pile are none of them prose)
_PROSE_WORD = re.compile(r"(?<![\w'’-])(?!(?:and|of|the|for|in|on|at|to|a|an|or|with|by|"
                         r"de|van|von|da|du|la|le)\b)[a-z]")


def _opens_low(text: str) -> bool:
    """Whether a sentence opens on a lower-case word: the rest of one a page broke
    ('declassi?cation request, consistent with …' of a PDF, 'which is attached to this
    letter).'), never whole. A name's particle ('de Klerk has said') and a brand
    ('iPhone sales') open low and are whole."""
    if not text[:1].islower():
        return False  # (nearly every sentence: asked of each, for digests and `only_in`)
    words = text.split(None, 2)
    return words[0][1:] == words[0][1:].lower() and not (
        len(words) > 1 and words[1][:1].isupper())


def candidates(docs: Sequence[Document]) -> list[Sentence]:
    """Sentences fit to be quoted in a digest on their own."""
    return [s for doc in docs for s in doc.sentences if quotable(s) and not is_dangling(s)]


def units(docs: Sequence[Document], max_chain: int = 3) -> list[tuple[Sentence, ...]]:
    """Every quotable sentence with the context it needs to be read correctly.

    A sentence that stands alone is a unit by itself. A dangling one ("He added: …", an
    unattributed continuation of a quote) comes with the sentences before it in its
    article, back to the nearest one that stands alone — so "he" is always the person
    just named. Dropping dangling sentences instead loses real content (about one ROUGE
    point on multinews-dev; see BENCHMARKS.md).
    """
    out: list[tuple[Sentence, ...]] = []
    for doc in docs:
        body = [s for s in doc.sentences if s.kind is SentenceKind.BODY]
        for i, s in enumerate(body):
            if not quotable(s):
                continue
            chain = [s]
            j = i
            while is_dangling(chain[0]) and j > 0 and len(chain) < max_chain:
                j -= 1
                if not quotable(body[j]):
                    break
                chain.insert(0, body[j])
            if not is_dangling(chain[0]) or (i == 0 and _EXCERPT_OPENING.match(s.text)):
                out.append(tuple(chain))  # (`opens_excerpt`, its report's body in hand)
    return out


def opens_excerpt(sentence: Sentence, docs: Sequence[Document]) -> bool:
    """Whether a sentence opens an excerpt on 'And', 'But' or 'So', as the text it was cut
    from ran on: no sentence of its report stands before it, so it leans on nothing a
    reader lacks ('And on Oct. 19, Deputy Jack Hopkins was gunned down …')."""
    return bool(_EXCERPT_OPENING.match(sentence.text)) and antecedent(sentence, docs) is None


# how an excerpt may open, cut from the text before it: no sentence of its own precedes
_EXCERPT_OPENING = re.compile(r"(?:And|But|So)\s")


def antecedent(sentence: Sentence, docs: Sequence[Document]) -> Sentence | None:
    """The body sentence just before `sentence` in its article (what "he" refers to)."""
    for doc in docs:
        if doc.article.id == sentence.article_id:
            before = [s for s in doc.sentences[: sentence.index] if s.kind is SentenceKind.BODY]
            return before[-1] if before else None
    return None


def greedy_fill(
    ranked: Sequence[Sentence], budget: Budget, alignment: Alignment
) -> list[Sentence]:
    """Take sentences best-first while they fit the budget and say something new."""
    chosen: list[Sentence] = []
    used = 0
    for s in ranked:
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        if not budget.fits(used, len(chosen), s.words) or alignment.redundant(s, chosen):
            continue
        chosen.append(s)
        used += s.words
    return chosen
