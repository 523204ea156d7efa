"""Direct quotations and their speakers, grouped across sources.

A quotation is text between double quotes (straight or curly) of at least two words.
Its speaker comes from the attribution in the same sentence — after it ('..., said
Corbyn', '..., he added') or before it ('Mr Corbyn said: "..."', 'Sturgeon told
journalists ... that she'd "..."') — or, for a paragraph that is all quotation, from the
quotation it continues (news runs a long quote over several paragraphs, each opening
with a quote mark). Pronouns resolve to the last speaker or named person before them,
roles ("the Labour leader") and surnames to the person the story names in full
(`names.People`). Scare quotes — a quoted phrase with no speech verb near it — are not
quotations.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.analyze.names import PRONOUNS, RUN, SPEECH, TITLES, People, tidy
from storyline.model import Claim, Document, Quote, Sentence
from storyline.text import content_terms

_OPEN, _CLOSE = "\"“", "\"”"
_QUOTE = re.compile(r"[\"“]([^\"“”]+)(?:[\"”]|$)")
_ADVERBS = r"(?:also\s+|later\s+|then\s+|previously\s+|earlier\s+|has\s+|had\s+|have\s+)*"
_AFTER = re.compile(
    rf"^\s*[,.!?]?\s*(?:{SPEECH}\s+(?P<s1>[^,.;:!?\"“”]{{1,60}}?)"
    rf"|(?P<s2>[^,.;:!?\"“”]{{1,60}}?)\s+{_ADVERBS}{SPEECH})"
    r"(?:\s*[,.;:!?]|\s+(?:in|on|at|to|after|before|when|while|who|of|as)\b|\s*$)",
)
_BEFORE_VERB = re.compile(rf"\b{SPEECH}")
_WHO = re.compile(r"\s+(?:who|which|that|,)\b.*$")


@dataclass(frozen=True)
class Found:
    """One quotation as one article gives it."""

    article_id: str
    sentence_id: str
    text: str  # the words inside the quotes
    start: int  # offset of the opening quote mark in the article text
    end: int
    speaker: str  # resolved name, a description, or ""


def find_quotes(doc: Document, people: People) -> list[Found]:
    """Every quotation of one article, with its speaker, in reading order."""
    text = doc.article.text
    found: list[Found] = []
    last_speaker = ""
    carry = ""  # speaker of a quotation left open at the end of the previous paragraph
    for para in _paragraphs(doc.sentences):
        p_start, p_end = para[0].start, para[-1].end
        ptext = text[p_start:p_end]
        all_quote = ptext.lstrip()[:1] in _OPEN
        para_found: list[Found] = []
        for m in _QUOTE.finditer(ptext):
            words = m.group(1).strip()
            if len(words.split()) < 2:
                continue
            start, end = p_start + m.start(), p_start + m.end()
            sentence = _sentence_at(para, start)
            sent_text = text[sentence.start:sentence.end]
            rel_s, rel_e = start - sentence.start, end - sentence.start
            phrase = _after(sent_text[rel_e:]) or _before(sent_text[:max(rel_s, 0)], people)
            continuing = all_quote and (carry or para_found or last_speaker)
            if phrase is None and not continuing and not _BEFORE_VERB.search(sent_text):
                continue  # a scare quote or a title, not speech
            speaker = _resolve(phrase, people, last_speaker, text[:start]) if phrase else ""
            if not speaker and all_quote:
                speaker = para_found[-1].speaker if para_found else carry or last_speaker
            if not speaker and para_found:
                speaker = para_found[-1].speaker
            para_found.append(Found(doc.article.id, sentence.id, _trim(words), start, end,
                                    speaker))
            if speaker:
                last_speaker = speaker
        open_at_end = ptext.count("“") > ptext.count("”") or ptext.count('"') % 2 == 1
        carry = para_found[-1].speaker if para_found and open_at_end else ""
        if para_found and not open_at_end and not all_quote:
            carry = ""
        found.extend(para_found)
    return found


def group_quotes(found: Sequence[Found], number: Mapping[str, int]) -> list[Quote]:
    """The same quotation in several sources — whole or in part — as one `Quote`."""
    groups: list[list[Found]] = []
    terms = {id(f): set(content_terms(f.text)) for f in found}
    for f in sorted(found, key=lambda f: (-len(f.text), f.article_id, f.start)):
        mine = terms[id(f)]
        for g in groups:
            head = terms[id(g[0])]
            if mine and len(mine & head) >= 0.8 * len(mine) and _same_speaker(f, g):
                g.append(f)
                break
        else:
            groups.append([f])
    quotes = []
    for g in groups:
        speakers = Counter(f.speaker for f in g if f.speaker)
        speaker = min(speakers, key=lambda s: (-speakers[s], s)) if speakers else ""
        claims = tuple(Claim(number[f.article_id], f.sentence_id, f.text, f.text)
                       for f in sorted(g, key=lambda f: (number[f.article_id], f.start)))
        quotes.append(Quote(g[0].text, speaker, claims))
    first = {id(q): min((number[c.sentence_id.split("#")[0]], _pos(c.sentence_id))
                        for c in q.claims) for q in quotes}
    return sorted(quotes, key=lambda q: first[id(q)])


def _pos(sentence_id: str) -> int:
    return int(sentence_id.rsplit("#", 1)[1])


def _same_speaker(f: Found, group: list[Found]) -> bool:
    known = {g.speaker for g in group if g.speaker}
    return not f.speaker or not known or f.speaker in known


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    paras: dict[int, list[Sentence]] = {}
    for s in sentences:
        paras.setdefault(s.paragraph, []).append(s)
    return [paras[k] for k in sorted(paras)]


def _sentence_at(para: list[Sentence], offset: int) -> Sentence:
    for s in para:
        if s.start <= offset < s.end:
            return s
    return para[0] if offset < para[0].start else para[-1]


def _trim(words: str) -> str:
    return words.strip().rstrip(",").strip()


def _after(rest: str) -> str | None:
    """The speaker named after a quotation: '..., said Corbyn.' / '..., he added.'"""
    m = _AFTER.match(rest)
    if not m:
        return None
    phrase = (m.group("s1") or m.group("s2") or "").strip()
    if not phrase or len(phrase.split()) > 8:
        return None
    return phrase


def _before(prefix: str, people: People) -> str | None:
    """The speaker of a quotation introduced before it: the subject of the last speech
    verb ahead of the quote ('Mr Findlay said:', 'Sturgeon told journalists ... that')."""
    verbs = list(_BEFORE_VERB.finditer(prefix))
    if not verbs:
        m = re.search(r"according to\s+([^,.;:]{2,60})[,:]?\s*$", prefix)
        return m.group(1) if m else None
    head = prefix[:verbs[-1].start()]
    head = re.sub(r"\s+" + _ADVERBS + r"$", " ", head).rstrip()
    m = re.search(r"(?:^|\b)(he|she|they|He|She|They)$", head)
    if m:
        return m.group(1)
    runs = list(RUN.finditer(head))
    persons = [r.group() for r in runs if people.is_person(r.group())]
    if persons:
        return persons[-1]
    if runs and runs[-1].end() >= len(head.rstrip(" ,")) - 1:
        return runs[-1].group()
    clause = re.split(r"[;:]|\b(?:and|but)\b", head)[-1].strip(" ,")
    if 0 < len(clause.split()) <= 10:
        return clause
    return None


def _resolve(phrase: str, people: People, last_speaker: str, before: str) -> str:
    """A speaker phrase as a person's fullest name, or as the description it is."""
    phrase = phrase.strip(" ,")
    low = phrase.lower()
    if low in PRONOUNS:
        return last_speaker or _last_person(before, people)
    role = people.by_role(phrase)
    if role:
        return role
    runs = [r.group() for r in RUN.finditer(phrase)]
    for run in reversed(runs):
        name = tidy(run)
        if name and (people.is_person(name) or len(name.split()) >= 2
                     or run.split()[0].lower().rstrip(".") in TITLES):
            return people.resolve(name)
    description = _WHO.sub("", phrase).strip()
    if description[:1].isupper() and len(description.split()) == 1:
        return people.resolve(description)
    return description[:1].lower() + description[1:] if description else ""


def _last_person(before: str, people: People) -> str:
    persons = [r.group() for r in RUN.finditer(before[-600:]) if people.is_person(r.group())]
    return people.resolve(persons[-1]) if persons else ""
