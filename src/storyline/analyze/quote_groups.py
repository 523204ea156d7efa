"""One quotation in several sources: the quotations each report gives (`quotes.Found`),
grouped into the `Quote`s of a story's Quotes section.

Two reports quote one person alike, whole or in part: a quotation joins the group of a
fuller one that holds most of its content words (another report's), or all of its words
(its own report's: one report's two passages stay two). Speakers are reconciled as the
groups are read: the same speaker spelt otherwise, named in one report and only described
in another, and one speaker's forms (with and without its article, a company with and
without its trade, a name a report misspells) shown as one.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from storyline.analyze.entities import called_by
from storyline.analyze.names import misspelt, spelt_alike
from storyline.analyze.quotes import Found
from storyline.model import Claim, Quote
from storyline.text import content_terms, words


def group_quotes(found: Sequence[Found], number: Mapping[str, int]) -> list[Quote]:
    """The same quotation in several sources — whole or in part — as one `Quote`."""
    groups: list[list[Found]] = []
    said_by: list[set[str]] = []  # each group's speakers (kept, not gathered per question)
    terms = {id(f): set(content_terms(f.text)) for f in found}
    holding: dict[str, list[int]] = {}  # term -> the groups whose head holds it
    taken_in: dict[str, list[int]] = {}  # report -> the groups another report's heads
    for f in sorted(found, key=lambda f: (-len(f.text), f.article_id, f.start)):
        mine = terms[id(f)]
        # a group can only take f if its head shares f's words: ask those, oldest first
        # (f of no content word, 'There always are.': the groups that took a piece of
        # its report, a quotation the report split)
        candidates = sorted({i for t in mine for i in holding.get(t, ())}) if mine \
            else sorted(set(taken_in.get(f.article_id, ())))
        for i in candidates:
            g = groups[i]
            if (_part_of(f, mine, g[0], terms[id(g[0])]) and _same_speaker(f, said_by[i])
                    if mine else _rest_of(f, g[0], said_by[i])):
                g.append(f)
                if f.speaker:
                    said_by[i].add(f.speaker)
                if g[0].article_id != f.article_id:
                    taken_in.setdefault(f.article_id, []).append(i)
                break
        else:
            for t in mine:
                holding.setdefault(t, []).append(len(groups))
            groups.append([f])
            said_by.append({f.speaker} if f.speaker else set())
    quotes = []
    for g in groups:
        if len(g) == 1:  # (most quotations are one source's: no vote to count)
            speaker = g[0].speaker
        else:
            # (the most sources' speaker; of as many, a name or a description that
            # tells whose over 'the attorney', then the fullest quotation's)
            speakers = Counter(f.speaker for f in g if f.speaker)
            speaker = min(speakers, key=lambda s: (
                -speakers[s], _vague(s), s != g[0].speaker, s)) if speakers else ""
        claims = tuple(Claim(number[f.article_id], f.sentence_id, f.text, f.text)
                       for f in sorted(g, key=lambda f: (number[f.article_id], f.start)))
        quotes.append(Quote(g[0].text, speaker, claims))
    quotes = _one_form_a_speaker(quotes)
    first = {id(q): min((c.source_id, _pos(c.sentence_id))
                        for c in q.claims) for q in quotes}
    return sorted(quotes, key=lambda q: first[id(q)])


def _part_of(f: Found, mine: set[str], head: Found, theirs: set[str]) -> bool:
    """Whether `f` gives the words of a group's head quotation, whole or in part: most of
    its content words, or for a quotation of one content word (which another quotation
    holds by chance: 'This is your airport.' and '… an airport from zero …'), the words
    themselves. Never another passage of the head's own report: one report's two
    quotations are two ('"It was wonderful," Hardy said. "Truly wonderful. It was
    overwhelming."' had been one), unless it repeats the words (a teaser, then the body);
    another report's head may take two pieces of one report (its whole quotation, which
    that report split)."""
    if head.article_id == f.article_id or len(mine) < 2:
        return _plain(f.text) in _plain(head.text)
    return len(mine & theirs) >= 0.8 * len(mine)


def _rest_of(f: Found, head: Found, speakers: set[str]) -> bool:
    """Whether a quotation of no content word is the rest of one its report split, whose
    other piece another report's fuller quotation took ('“I’m sure that there will be
    some surprises,” Parker said. “There always are.”'): its words, by the same speaker.
    Without a speaker such words ('I was there', 'Yes.') stand in too many quotations."""
    return bool(f.speaker) and f.speaker in speakers and _plain(f.text) in _plain(head.text)


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """A quotation's words, lower-cased, without its punctuation (read once a quotation,
    though a group's head is asked of again and again)."""
    return " ".join(words(text))


def _one_form_a_speaker(quotes: list[Quote]) -> list[Quote]:
    """One speaker written with and without its article ('the Guardian' and 'Guardian',
    which had been two speakers of one story), or a company's trade ('Cathay Pacific
    Airways', 'Cathay Pacific'), under the form most quotations give (of as many, the one
    with its article, as a sentence would name it); and one for a name a report misspells
    by a letter in a word of five letters or more (`names.misspelt`: 'Siavaash Mohseni'
    and 'Siavash Mohseni' had been two), under the spelling of more quotations, then of
    more sources' ones."""
    said = Counter(q.speaker for q in quotes if q.speaker)
    form: dict[str, str] = {}
    for speaker in sorted(said, key=lambda s: (-said[s], not s.lower().startswith("the "), s)):
        form.setdefault(_without_article(speaker), speaker)
    quotes = [_said_by(q, form[_without_article(q.speaker)]) if q.speaker else q
              for q in quotes]
    said, told = Counter[str](), Counter[str]()
    for q in quotes:
        if q.speaker:
            said[q.speaker] += 1
            told[q.speaker] += len(q.claims)
    spelt: dict[str, str] = {}
    kept: dict[str, list[str]] = {}  # the spellings kept, by their words' initials (a
    # misspelling keeps them: the pile's largest story has hundreds of speakers)
    for speaker in sorted(said, key=lambda s: (-said[s], -told[s], s)):
        alike = kept.setdefault("".join(w[0] for w in speaker.split()), [])
        spelt[speaker] = next((k for k in alike if misspelt(speaker, k)), speaker)
        if spelt[speaker] == speaker:
            alike.append(speaker)
    return [_said_by(q, spelt[q.speaker]) if q.speaker else q for q in quotes]


def _said_by(quote: Quote, speaker: str) -> Quote:
    """The quote with this speaker (itself if it has it already: most quotes)."""
    return quote if quote.speaker == speaker else replace(quote, speaker=speaker)


def _without_article(speaker: str) -> str:
    """A speaker's form without its article, a company's without its trade ('Cathay
    Pacific Airways' and 'Cathay Pacific': one speaker of one story)."""
    return called_by(speaker[4:] if speaker.lower().startswith("the ") else speaker).lower()


def _pos(sentence_id: str) -> int:
    return int(sentence_id.rsplit("#", 1)[1])


def _same_speaker(f: Found, known: set[str]) -> bool:
    """Whether a quotation can join a group by who said it (`known`: the speakers its
    quotations name): the same speaker, or the same name spelt otherwise ('Hand
    Carlsson' in one report, 'Hans Carlsson' in two others: one quotation, whose speaker
    the majority spells)."""
    if not f.speaker or not known or f.speaker in known:
        return True
    form = _without_article(f.speaker)
    return any(spelt_alike(f.speaker, k) or _described_alike(f.speaker, k)
               or form == _without_article(k) for k in known) or (
        # the same words of some length, one report naming whom another only describes
        # ('"This is just not what happens to a person on a cross," said a forensic
        # investigator' and '…," Borrini said')
        len(f.text.split()) >= _LONG_QUOTE
        and (_unnamed(f.speaker) or all(_unnamed(k) for k in known)))


# words a quotation has that two people are not taken to have said alike
_LONG_QUOTE = 6


def _unnamed(speaker: str) -> bool:
    """A description of someone that names no one ('a forensic investigator')."""
    return _vague(speaker) and not any(w[:1].isupper() for w in speaker.split()[1:])


def _described_alike(a: str, b: str) -> bool:
    """Whether one speaker is a plain description ('the attorney') of the other's kind
    ("Lizandra Cosme's defense attorney"): one report tells whose attorney, another
    does not."""
    plain, other = (a, b) if _vague(a) else (b, a)
    noun = plain.rsplit(None, 1)[-1]
    return _vague(plain) and noun.islower() and other.rsplit(None, 1)[-1] == noun


def _vague(speaker: str) -> bool:
    """A description that names no one ('the attorney', 'a spokesman', 'one of the
    signers')."""
    return speaker.startswith(("the ", "a ", "an ", "one ", "another "))
