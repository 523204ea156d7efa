"""Who speaks in each paragraph of an interview transcript, an oral history or an embedded post.

A transcript gives each turn a label — a name ('Peter Travers: We live now …'), initials
('MD: When you see …'), a name in capitals ('JON STEWART: …'), or a name with a
description on a line of its own ('JAMES DIXON (manager for Jon Stewart, 1987-):') —
and the turn runs on over the paragraphs in the first or second person after it. Its
answers are not in quotation marks; the words its speaker quotes or imagines inside
them are ('you say, "Matt Damon grabbed my butt"'), and `quotes.find_quotes` gives
those the turn's voice when nothing else in the sentence names a speaker.

A post a page embeds (a tweet) is signed after its text: '… — Donald J. Trump
(@realDonaldTrump) August 14, 2016'. Its words are its signer's, and so are the words it
quotes with no one named ('"ok so now even the WSJ is …"@hunterwalk … — darth™ (@darth)
August 15, 2016' had been given to the person the story named last).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from storyline.analyze.given_names import is_given_name
from storyline.analyze.names import People
from storyline.model import Document, Sentence

# a turn of an interview transcript or an oral history: 'Peter Travers: We live now …',
# 'MD: When you see …', 'JON STEWART: …', 'JAMES DIXON (manager for Jon Stewart):' on a
# line of its own
_TURN = re.compile(r"([A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,2})(\s\([^()\n]*\))?:(?:\s|$)")
# a turn that runs on speaks in the first or second person; narrative between turns not
_CONVERSING = re.compile(r"\b(?:I|I['’][a-z]+|me|my|we|our|us|you|your)\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quotation, marks and all
# an embedded post's signature, ending its paragraph or on a line of its own: '—
# Donald J. Trump (@realDonaldTrump) August 14, 2016'
_SIGNATURE = re.compile(r"(?:^|\s)[—–-]\s*([^()\n—–]{1,60}?)\s*\(@\w{1,30}\)\s+"
                        r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$", re.M)
_NOT_IN_A_NAME = re.compile(r"[^\w\s.'’-]+")  # 'darth™': the sign is no part of the name


def paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """A report's segments grouped by paragraph, in order."""
    paras: dict[int, list[Sentence]] = {}
    for s in sentences:
        paras.setdefault(s.paragraph, []).append(s)
    return [paras[k] for k in sorted(paras)]


def turn_voices(doc: Document) -> dict[str, str]:
    """Whose turn each sentence of a transcript is (sentence id -> speaker), for a digest
    that quotes a turn's words: read alone, 'My wildest dream for The Daily Show when I
    started was …' is no one's. Empty for a report that is no transcript (nearly all;
    asked without building the report's people)."""
    return _sentence_voices(doc.article.text, doc.sentences, lambda: People.of([doc]))


def voices(text: str, sentences: Sequence[Sentence], people: People) -> dict[str, str]:
    """Who speaks each sentence of an interview transcript or an oral history (sentence
    id -> speaker): 'Peter Travers: We live …', 'MD: When you see …', 'JON STEWART: …',
    and the paragraphs in the first person that continue a turn; none where no turn
    runs. A transcript gives turns to two people at least."""
    return _sentence_voices(text, sentences, lambda: people)


def _sentence_voices(text: str, sentences: Sequence[Sentence],
                     people: Callable[[], People]) -> dict[str, str]:
    """`voices`, the story's people built only for a transcript (`people`)."""
    paras = _turns_run_in(text, paragraphs(sentences))
    labels = _labels(text, paras)
    if len(labels) < 3:
        return {}
    spoken = _voices(text, paras, labels, people())
    return {s.id: voice for para, voice in zip(paras, spoken, strict=True) if voice
            for s in para}


def _turns_run_in(text: str, paras: Sequence[list[Sentence]]) -> list[list[Sentence]]:
    """Paragraphs cut where a turn labelled in capitals runs on inside one, as a
    transcript a report pastes in sets them ('REPORTER: … is it fake news? TRUMP: Well,
    the leaks are real. You're the one that wrote about them …'): each part is read as a
    paragraph of its own. A label's colon is looked for first (nearly no sentence has one)."""
    out: list[list[Sentence]] = []
    for para in paras:
        out.append([para[0]])
        for s in para[1:]:
            if (text.find(":", s.start, s.start + 40) >= 0 and (m := _TURN.match(text, s.start))
                    and m.group(1).isupper() and len(m.group(1)) > 1):
                out.append([s])
            else:
                out[-1].append(s)
    return out


def _labels(text: str, paras: Sequence[list[Sentence]]) -> dict[int, re.Match[str]]:
    """The paragraphs opening on a turn's label, by index."""
    return {i: m for i, p in enumerate(paras)  # (a colon near the start, or no label)
            if text.find(":", p[0].start, p[0].start + 120) >= 0
            and (m := _TURN.match(text, p[0].start))}


def signer(text: str, at: int, people: People) -> str:
    """Who signed the embedded post whose text runs on at `at`: the signature closing
    its line, or a line of its own right after it; "" if none does (nearly always)."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    m = _SIGNATURE.search(text, at, end) if text.endswith(_DIGITS, at, end) else None
    if m is None and not text[at:end].strip(" .,!?\"”’'") and end < len(text):
        start = len(text) - len(text[end:].lstrip())  # (the next line, past blank ones)
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        m = _SIGNATURE.match(text, start, stop) if text.endswith(_DIGITS, start, stop) else None
    if m is None:
        return ""
    name = _as_a_name(_NOT_IN_A_NAME.sub("", m.group(1)).strip())  # ('KANYE WEST')
    return people.resolve(name) if name and people.is_person(name) else name


_DIGITS = tuple("0123456789")


def _voices(text: str, paras: Sequence[list[Sentence]], labels: dict[int, re.Match[str]],
            people: People) -> list[str]:
    """Who speaks each paragraph (or turn run into one), its turn labels (three or more)
    found; "" where no turn runs."""
    named: dict[str, str] = {}  # (introduced once: 'MO ROCCA (correspondent):', then 'MO ROCCA:')
    short = {m.group(1) for m in labels.values() if m.group(1).isupper()}  # 'WP', 'MB'
    for m in labels.values():
        named[m.group(1)] = named.get(m.group(1)) or _turn_name(m, people, short)
    speakers = {name for name in named.values() if name}
    who = {label: name or _named_by(label, speakers, people) for label, name in named.items()}
    out, turn = [], ""
    for i, para in enumerate(paras):
        if i in labels:
            turn = who[labels[i].group(1)]
            out.append(turn)
        else:  # (not the narrative between an oral history's turns, nor a pull quote)
            words = _QUOTED.sub(" ", text[para[0].start:para[-1].end])
            out.append(turn if _CONVERSING.search(words) else "")
    speaking = set(out) - {""}
    conversation = len(speaking) >= 2 or (len(speaking) == 1 and not _ROLES.isdisjoint(who))
    return out if conversation else [""] * len(paras)


# the labels of an interviewer no name is given for: with them, one named speaker makes a
# conversation ('REPORTER: … TRUMP: …'), where a fact check's 'THE FACTS:' does not
_ROLES = frozenset({"REPORTER", "Q", "QUESTION", "INTERVIEWER"})


def _turn_name(label: re.Match[str], people: People, short: Collection[str]) -> str:
    """The person a turn's label names in full: a person the story knows, or two or three
    words opening on a given name ('Peter Travers', 'JON STEWART'), with a description
    after them ('JAMES DIXON (manager …):') or whose initials label other turns
    ('Washington Post' of 'WP:'). Not a fact check's 'THE FACTS:', nor a page's 'Read
    More:'."""
    words = label.group(1)
    name = _as_a_name(words)
    if people.is_person(name):
        return people.resolve(name)
    if " " in name and (label.group(2) or is_given_name(name.split()[0])
                        or _initials(name) in short):
        return name
    return ""


def _named_by(label: str, named: Collection[str], people: People) -> str:
    """The one person a short label stands for ('MD', 'CARELL', 'McCAIN'): by initials or
    by surname, among the names the transcript gives its speakers, else the story's
    ('Minnie Driver' is no 'MD' beside a 'Matt Damon' who speaks)."""
    key = label.upper()
    for names in (named, people.full):
        found = {n for n in names if key in (_initials(n), n.split()[-1].upper())}
        if found:
            return found.pop() if len(found) == 1 else ""
    return ""


def _as_a_name(label: str) -> str:
    """A name a label or a signature writes in capitals as a name is written ('JON
    STEWART' -> 'Jon Stewart'); others as they are."""
    return " ".join(w.capitalize() for w in label.split()) if label.isupper() else label


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())
