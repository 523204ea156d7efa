"""Ingest: reading speed per format, extraction fidelity, and flat memory.

    python benchmarks/ingest.py [--pages 2000] [--data ../shared/data]

Real article texts from ../shared/data (documents of 150+ words, paragraphs kept) are
wrapped in four newsroom page templates — navigation, cookie banner, ads, share
widgets, related-story lists, reader comments, footer — and written as a WARC.gz of
HTTP responses (with request records and an image response mixed in, as a crawl has),
an RSS feed with full content, and a JSONL file. Reported:
- articles per second for each format (storyline's readers, one process, one core);
- extraction fidelity: token F1 between each extracted text and the text wrapped;
- peak memory of a process that streams the WARC at 1x and at 10x the size.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from html import escape
from pathlib import Path

from storyline.readers import ReadStats, read_articles
from storyline.readers.source import repair
from storyline.text import words

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

TEMPLATES = [
    # a broadsheet: <article>, related list and comments
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">
<meta property="article:published_time" content="{date}"></head><body>
<div id="cookie-consent">We and our partners use cookies to personalise content and ads.
<button>Accept all</button><button>Manage preferences</button></div>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/sport">Sport</a>
<a href="/opinion">Opinion</a></nav></header>
<div class="ad-slot">Advertisement — Subscribe today for just 99p</div>
<main><article><h1>{title}</h1><p class="byline">By {author}</p>{body}</article>
<div class="share">Share on Facebook Share on Twitter Email this article</div>
<aside><h2>Most read</h2><ol><li><a href="/1">Ten things to do this weekend</a></li>
<li><a href="/2">Celebrity chef opens new restaurant in city centre</a></li>
<li><a href="/3">Traffic chaos after motorway crash</a></li></ol></aside>
<section id="comments"><h2>Comments (3)</h2><div class="comment"><b>reader123</b> This is
exactly what I have been saying for years, nobody listens.</div><div class="comment">
<b>jsmith</b> Disgraceful. Something must be done about it now.</div></section></main>
<footer><p>© {site} 2024. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>""",
    # a wire site: div.story-body, inline ads between paragraphs
    """<html><head><title>{title}</title><meta name="author" content="{author}">
<meta name="date" content="{date}"></head><body><div class="top-bar">Breaking News |
Live Updates | Markets</div><div class="container"><div class="story">
<h1 class="headline">{title}</h1><div class="story-body">{body_with_ads}</div>
<div class="tags">Tags: politics, world, economy</div></div>
<div class="sidebar"><h3>Related Coverage</h3><ul><li>Markets slide as investors weigh
rate outlook</li><li>Explainer: what happens next</li></ul></div></div>
<div class="newsletter">Sign up for our daily briefing newsletter. Enter your email</div>
<div class="footer">Our Standards: The Trust Principles. Contact us</div></body></html>""",
    # a tabloid: lots of chrome, paragraphs in divs
    """<!doctype html><html><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta property="og:title" content="{title}"><meta property="article:published_time"
content="{date}"></head><body><div class="menu">NEWS SPORT SHOWBIZ TV MONEY TRAVEL</div>
<div class="promo">WIN! £1,000 shopping spree — enter now</div>
<div class="article-wrapper"><h1>{title}</h1><span class="author">{author}</span>
<div class="article-body">{body_divs}</div></div>
<div class="video-promo">WATCH: The best moments of the week</div>
<div class="comments"><h4>Have your say</h4><p>Comments are closed on this article.</p></div>
<div class="footer-links">About us | Contact | Advertise | Terms</div></body></html>""",
    # a broadcaster: <main> with sections, image captions, live box
    """<html lang="en-GB"><head><title>{title} - {site}</title><meta name="author"
content="{author}"><meta property="article:published_time" content="{date}"></head><body>
<nav class="global"><ul><li>Home</li><li>News</li><li>Weather</li><li>iPlayer</li></ul></nav>
<main><h1 id="main-heading">{title}</h1><section class="text-block">{body}</section>
<section class="related"><h2>More on this story</h2><ul><li>How the day unfolded</li>
<li>Analysis: a turning point?</li></ul></section></main>
<footer>Copyright 2024. We are not responsible for the content of external sites.</footer>
</body></html>""",
]
SITES = [("The Herald", "www.heraldscotland.com"), ("Reuters", "www.reuters.com"),
         ("Daily Mirror", "www.mirror.co.uk"), ("BBC News", "www.bbc.co.uk")]


def load_texts(data: Path) -> list[list[str]]:
    texts = []
    for name in ("duc2003", "multinews-dev"):
        for line in (data / name / "clusters.jsonl").open(encoding="utf-8"):
            for doc in json.loads(line)["documents"]:
                paras = [p.strip() for p in doc.split("\n") if p.strip()]
                if len(doc.split()) >= 150 and len(paras) >= 3:
                    texts.append(paras)
    return texts


def page(paras: list[str], i: int) -> tuple[str, str, str]:
    """(url, html, title) of page i."""
    t = i % len(TEMPLATES)
    site, host = SITES[t]
    title = " ".join(paras[0].split()[:9]).rstrip(",.;:") + f" ({i})"
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    with_ads = "".join(f"<p>{escape(p)}</p>" + ('<div class="ad">Advertisement</div>'
                                                 if k % 3 == 2 else "")
                       for k, p in enumerate(paras))
    divs = "".join(f'<div class="para">{escape(p)}</div>' for p in paras)
    html = TEMPLATES[t].format(title=escape(title), site=site, author="Staff Reporter",
                               date=f"2024-03-{1 + i % 28:02d}T09:00:00Z", body=body,
                               body_with_ads=with_ads, body_divs=divs)
    return f"https://{host}/news/story-{i}", html, title


def build(out: Path, texts: list[list[str]], pages: int, copies: int = 1) -> dict[str, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    truth = {}
    warc_path = out / f"crawl-{copies}x.warc.gz"
    with warc_path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for rep in range(copies):
            for i in range(pages):
                paras = texts[i % len(texts)]
                url, html, _ = page(paras, i)
                url = f"{url}?r={rep}" if rep else url
                truth[url] = "\n".join(paras)
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
                if i % 50 == 0:
                    img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")],
                                           protocol="HTTP/1.1")
                    writer.write_record(writer.create_warc_record(
                        f"https://x.test/{rep}-{i}.jpg", "response",
                        payload=io.BytesIO(b"\xff\xd8" + b"0" * 500), http_headers=img))
    paths = {"warc": warc_path}
    if copies == 1:
        items = []
        jsonl = []
        for i in range(pages):
            paras = texts[i % len(texts)]
            url, _, title = page(paras, i)
            body = "".join(f"<p>{escape(p)}</p>" for p in paras)
            items.append(f"<item><title>{escape(title)}</title><link>{url}</link><guid>{url}"
                         f"</guid><pubDate>Fri, 01 Mar 2024 09:00:00 GMT</pubDate><description>"
                         f"{escape(paras[0])}</description><content:encoded><![CDATA[{body}]]>"
                         "</content:encoded></item>")
            jsonl.append(json.dumps({"id": url, "url": url, "title": title,
                                     "text": "\n".join(paras), "published": "2024-03-01"}))
        feed = out / "feed.rss"
        feed.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content='
                        '"http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>'
                        "<link>https://x.test/</link>" + "".join(items) + "</channel></rss>",
                        encoding="utf-8")
        jl = out / "articles.jsonl.gz"
        jl.write_bytes(gzip.compress(("\n".join(jsonl) + "\n").encode()))
        paths.update(feed=feed, jsonl=jl)
    (out / f"truth-{copies}x.json").write_text(json.dumps(truth))
    return paths


def token_f1(extracted: str, truth: str) -> float:
    a, b = Counter(words(extracted)), Counter(words(truth))
    both = sum((a & b).values())
    if not both:
        return 0.0
    p, r = both / sum(a.values()), both / sum(b.values())
    return 2 * p * r / (p + r)


def stream_only(path: str) -> None:
    """Child process: stream the file, keep nothing, print peak memory."""
    stats = ReadStats()
    for _ in read_articles([path], lambda p: None, stats=stats):
        pass
    print(json.dumps({"read": stats.read, "peak_mb": round(peak_mb(), 1)}))


def peak_mb() -> float:
    """This address space's peak RSS.

    Not `ru_maxrss`: Linux carries the parent's high-water mark across fork+exec into
    the child's `ru_maxrss`, so a child started by a big parent reports the parent's
    size. `VmHWM` belongs to the address space that `exec` created.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--stream-only")
    args = parser.parse_args()
    if args.stream_only:
        stream_only(args.stream_only)
        return
    texts = load_texts(args.data)
    random.Random(0).shuffle(texts)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        paths = build(out, texts, args.pages)
        truth = json.loads((out / "truth-1x.json").read_text())
        print(f"{args.pages} pages from {len(texts)} real texts; WARC.gz "
              f"{paths['warc'].stat().st_size / 2**20:.1f} MB\n")
        print("| format | articles | seconds | articles/s | skipped | mean token F1 | min F1 |")
        print("|---|---|---|---|---|---|---|")
        for fmt, path in paths.items():
            stats = ReadStats()
            started = time.perf_counter()
            articles = list(read_articles([path], lambda p: None, stats=stats))
            seconds = time.perf_counter() - started
            # (the truth as it should read: four source texts hold text decoded wrongly
            # upstream, "Earthâ\x80\x99s", which reading repairs; BENCHMARKS.md)
            f1s = [token_f1(a.text, repair(truth[a.url])) for a in articles if a.url in truth]
            skipped = ", ".join(f"{n} {r}" for r, n in stats.skipped.items()) or "none"
            print(f"| {fmt} | {len(articles):,} | {seconds:.1f} | {len(articles) / seconds:.0f} "
                  f"| {skipped} | {sum(f1s) / max(len(f1s), 1):.3f} | {min(f1s, default=0):.3f} |",
                  flush=True)
        print("\n| WARC.gz input | size | articles streamed | peak memory of the process |")
        print("|---|---|---|---|")
        for copies in (1, 10):
            warc = build(out, texts, args.pages, copies)["warc"] if copies > 1 else paths["warc"]
            res = json.loads(subprocess.run(
                [sys.executable, __file__, "--stream-only", str(warc)],
                check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
            print(f"| {copies}x | {warc.stat().st_size / 2**20:.1f} MB | {res['read']:,} "
                  f"| {res['peak_mb']:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
