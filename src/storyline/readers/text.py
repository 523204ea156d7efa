"""Plain-text articles: optional front matter, a headline line, then the body."""

from __future__ import annotations

import re

from storyline.model import Article, SentenceKind
from storyline.readers.meta import parse_date
from storyline.segment import segment

_FRONT_MATTER = re.compile(
    r"^(source|outlet|date|published|url|link|author|byline|title|headline|language)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_FRONT_KEYS = {
    "source": "source", "outlet": "source", "date": "published", "published": "published",
    "url": "url", "link": "url", "author": "author", "byline": "author",
    "title": "title", "headline": "title", "language": "language",
}


def parse_text(text: str, where: str, stem: str) -> Article:
    """Front matter (``Source:``, ``Date:``, ``URL:``, ``Author:``, ``Title:`` lines, then a
    blank line); the first non-empty line is the headline unless it ends with a full stop
    (then it is the lede and the article is untitled); the rest is the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    block_end = i
    while block_end < len(lines) and lines[block_end].strip():
        block_end += 1
    block = lines[i:block_end]
    matches = [_FRONT_MATTER.match(line.strip()) for line in block]
    if block and all(matches):
        for m in matches:
            assert m is not None
            fields[_FRONT_KEYS[m.group(1).lower()]] = m.group(2).strip()
        i = block_end
    body_lines = lines[i:]
    title = fields.get("title", "")
    if not title:
        j = 0
        while j < len(body_lines) and not body_lines[j].strip():
            j += 1
        if j < len(body_lines) and is_headline(body_lines[j].strip()):
            title = body_lines[j].strip()
            body_lines = body_lines[j + 1 :]
    return Article(
        id=stem,
        text=dedent_paragraphs("\n".join(body_lines)),
        title=title,
        source=fields.get("source") or outlet_from_stem(stem),
        url=fields.get("url", ""),
        published=parse_date(fields.get("published", "")),
        author=fields.get("author", ""),
        origin=where,
        language=fields.get("language", ""),
    )


def is_headline(line: str) -> bool:
    """A headline is one short line that does not end like a sentence. A first line that
    ends with a full stop is the lede, one that ends with a colon announces what follows
    ('The New York Times said in an editorial on Sunday, Nov. 1:'); one of more than
    `HEADLINE_WORDS` words, or that the segmenter reads as page text or as several
    sentences (a question may open a headline: 'Why Did Trump Fire Comey? Here Is What
    We Know'), is text too — a page's photo caption ("FILE - In this Aug. 15, 2014 file
    photo, … leaves a Houston courtroom. New Orleans Federal Judge … approved a plea...
    (Associated Press)", "Image caption …"), a tweet, a paragraph cut short — and would
    title the story's digest if taken for its headline."""
    if re.search(r"\.[\"'”’)\]]*$|:$", line) or len(line.split()) > HEADLINE_WORDS:
        return False
    if line[:2].islower():
        return False  # a tag or a tweet's handle ('gungate', 'bekah martinez ♡ …')
    *before, last = segment(Article("line", line))  # (the segmenter's abbreviations, captions)
    return last.kind in _HEADLINE_KINDS and all(
        s.kind in _HEADLINE_KINDS and s.text.rstrip("\"'”’)").endswith(("?", "!")) for s in before)


HEADLINE_WORDS = 30
# (a headline does not end like a sentence: the segmenter calls it a fragment)
_HEADLINE_KINDS = frozenset({SentenceKind.FRAGMENT, SentenceKind.BODY})


def dedent_paragraphs(body: str) -> str:
    """Strip each line's indentation and the body's outer blank lines."""
    return "\n".join(line.strip() for line in body.replace("\r\n", "\n").split("\n")).strip()


def outlet_from_stem(stem: str) -> str:
    """'the-herald' -> 'The Herald'; used only when no metadata names the outlet."""
    words = re.split(r"[-_\s]+", stem)
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or stem
