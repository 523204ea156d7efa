"""Web pages: the article's main text and metadata, boilerplate left out (trafilatura)."""

from __future__ import annotations

from datetime import datetime

from storyline.model import Article, Problem
from storyline.readers.meta import domain_of, outlet_for, parse_date

# Below this many words, what trafilatura found is a stub, an index page or an error page.
MIN_WORDS = 25


def parse_html(
    html: bytes | str, where: str, article_id: str, url: str = "",
    fallback_date: datetime | None = None,
) -> Article | Problem:
    """Extract one article from an HTML page, or say why there is none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False,
            include_tables=False, deduplicate=False,
        )
    except Exception as exc:
        return Problem(where, f"HTML could not be parsed ({type(exc).__name__})", "bad HTML")
    if doc is None:
        return Problem(where, "no article text found in the page", "no article in page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip()
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:
        text = "\n".join(lines[1:]).strip()
    if len(text.split()) < MIN_WORDS:
        return Problem(where, f"page holds under {MIN_WORDS} words of article text",
                       "no article in page")
    page_url = url or meta.get("url") or ""
    site = (meta.get("sitename") or "").strip()
    known = outlet_for(page_url) if page_url else ""
    source = known if known and known != domain_of(page_url) else (site or known)
    return Article(
        id=article_id,
        text=text,
        title=title,
        source=source,
        url=page_url,
        published=parse_date(meta.get("date")) or fallback_date,
        author=(meta.get("author") or "").strip(),
        origin=where,
        language=(meta.get("language") or "") or "",
        metadata={"format": "html"},
    )
