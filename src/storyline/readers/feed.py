"""RSS and Atom feeds (feedparser): entries with full content become articles; entries
with only a summary become short articles marked ``summary_only`` in their metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from storyline.model import Article, Problem
from storyline.readers.meta import domain_of, outlet_for, parse_date

_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def html_to_text(fragment: str | None) -> str:
    """Visible text of an HTML fragment, one paragraph a line."""
    import lxml.html
    from lxml import etree

    fragment = _XML_INCOMPATIBLE.sub("", fragment or "")
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
        for bad in root.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//blockquote"):
            block.tail = "\n" + (block.tail or "")
        text = root.text_content()
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        text = re.sub(r"<[^>]*>", " ", fragment)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def iter_feed(data: bytes, where: str, stem: str) -> Iterator[Article | Problem]:
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser's own bugs on hostile bytes: one bad feed
        yield Problem(where, f"not a readable RSS/Atom feed ({type(exc).__name__})", "bad feed")
        return
    if parsed.bozo and not parsed.entries:
        reason = type(parsed.get("bozo_exception", "")).__name__ or "malformed"
        yield Problem(where, f"not a readable RSS/Atom feed ({reason})", "bad feed")
        return
    if not parsed.entries:
        yield Problem(where, "feed has no entries", "empty feed")
        return
    feed_title = (parsed.feed.get("title") or "").strip()
    feed_link = parsed.feed.get("link") or ""
    for number, entry in enumerate(parsed.entries):
        loc = f"{where}[entry {number + 1}]"
        content = entry.get("content") or []
        full = max((c.get("value") or "" for c in content), key=len, default="")
        summary_only = not full.strip()
        body = html_to_text(full if not summary_only else entry.get("summary") or "")
        if not body.strip():
            yield Problem(loc, "entry has neither content nor summary", "no text")
            continue
        url = entry.get("link") or ""
        when = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                year, month, day, hour, minute, second = entry[key][:6]
                when = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
                break
        if when is None:
            when = parse_date(entry.get("published") or entry.get("updated"))
        outlet = outlet_for(url or feed_link)
        if feed_title and (not outlet or outlet == domain_of(url or feed_link)):
            outlet = feed_title
        yield Article(
            id=str(entry.get("id") or url or f"{stem}:{number + 1}"),
            text=body,
            title=(entry.get("title") or "").strip(),
            source=outlet,
            url=url,
            published=when,
            author=(entry.get("author") or "").strip(),
            origin=loc,
            metadata={"format": "feed", "summary_only": summary_only},
        )
