"""Realistic input made in the tests: web pages in a newsroom template, feeds, WARCs."""

from __future__ import annotations

import io
from html import escape

PARAGRAPHS = [
    "Jeremy Corbyn will use a visit to Scotland this week to rule out the prospect of a "
    "progressive alliance between Labour and the SNP, the Herald can reveal.",
    "The hardening of the Labour leader's stance comes as party members start to receive "
    "ballot papers for the leadership contest.",
    "Mr Corbyn's Scottish campaign director, Neil Findlay, said the announcement would be "
    "the cornerstone of the visit to Glasgow, Edinburgh and Dundee.",
    "\u201cThere will be no progressive alliance with the SNP,\u201d Mr Findlay said on Sunday.",
]
TITLE = "Corbyn to rule out pact with SNP"


def news_page(paragraphs: list[str] = PARAGRAPHS, title: str = TITLE,
              date: str = "2016-08-22T06:00:00+01:00", author: str = "Tom Gordon") -> str:
    """A page with navigation, a cookie banner, ads, related links and comments."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | The Herald</title>
<meta property="og:site_name" content="The Herald">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{date}">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<div class="ad">Advertisement: Win a holiday to Spain! Click here</div>
<main><article><h1>{escape(title)}</h1><div class="byline">By {escape(author)}</div>
{body}</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Sturgeon sets out independence timetable</a></li>
<li><a href="/b">Weather warning for the west of Scotland</a></li></ul></aside>
<section class="comments"><h3>Comments</h3>
<div class="comment">Great article, totally agree with this!!!</div>
<div class="comment">This is fake news, the SNP will win anyway.</div></section>
</main><footer>Copyright Herald and Times Group. All rights reserved.</footer>
</body></html>"""


def warc_bytes(pages: list[tuple[str, str]], gzip: bool = True, extra: bool = True) -> bytes:
    """A WARC of (url, html) responses, with request and non-HTML records mixed in."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, html in pages:
        if extra:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")],
                                   is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    if extra:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.com/logo.png", "response", payload=io.BytesIO(b"\x89PNG...."),
            http_headers=headers))
    return out.getvalue()


def rss(entries: list[dict[str, str]], title: str = "The Herald - Politics") -> str:
    items = []
    for e in entries:
        content = (f"<content:encoded><![CDATA[{e['content']}]]></content:encoded>"
                   if e.get("content") else "")
        items.append(f"""<item><title>{escape(e['title'])}</title><link>{e['link']}</link>
<guid>{e['link']}</guid><pubDate>{e.get('date', 'Mon, 22 Aug 2016 06:00:00 +0100')}</pubDate>
<description>{escape(e.get('summary', ''))}</description>{content}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{escape(title)}</title><link>https://www.heraldscotland.com/</link>
<description>News</description>{''.join(items)}</channel></rss>"""
