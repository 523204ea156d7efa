"""Every input format behind the one reader interface, recognised by content."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zstandard

from storyline.model import Problem
from storyline.readers import ReadStats, read_articles
from storyline.readers import source as source_module

from .pages import PARAGRAPHS, TITLE, news_page, rss, warc_bytes


def read(paths: list[Path], **kw) -> tuple[list, list[Problem], ReadStats]:
    problems: list[Problem] = []
    stats = ReadStats()
    return list(read_articles(paths, problems.append, stats=stats, **kw)), problems, stats


def test_html_page_keeps_the_article_and_drops_the_boilerplate(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(news_page(), encoding="utf-8")
    (a,), problems, _ = read([page])
    assert problems == []
    assert a.title == TITLE and a.author == "Tom Gordon" and a.source == "The Herald"
    assert a.published is not None and a.published.date().isoformat() == "2016-08-22"
    assert a.language == "en"
    for p in PARAGRAPHS:
        assert p in a.text
    for junk in ("cookies", "Advertisement", "Related stories", "fake news", "Copyright"):
        assert junk not in a.text


def test_html_is_recognised_by_content_whatever_the_name(tmp_path: Path) -> None:
    f = tmp_path / "download.dat"
    f.write_text(news_page(), encoding="utf-8")
    (a,), _, _ = read([tmp_path / "download.dat"])
    assert a.title == TITLE


def test_rss_full_content_and_summary_only_entries(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    full = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    feed.write_text(rss([
        {"title": "Full", "link": "https://www.heraldscotland.com/news/1/", "content": full},
        {"title": "Short", "link": "https://www.heraldscotland.com/news/2/",
         "summary": "Corbyn rules out a pact with the SNP."},
    ]), encoding="utf-8")
    (full_a, short_a), problems, _ = read([feed])
    assert problems == []
    assert full_a.text.split("\n")[0] == PARAGRAPHS[0]
    assert full_a.metadata["summary_only"] is False and short_a.metadata["summary_only"] is True
    assert full_a.source == "The Herald"
    assert full_a.published == datetime(2016, 8, 22, 5, 0, tzinfo=UTC)


def test_atom_feed(tmp_path: Path) -> None:
    f = tmp_path / "atom.xml"
    f.write_text("""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Wire</title><link href="https://apnews.com/"/><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
<entry><title>Storm hits coast</title><link href="https://apnews.com/article/1"/><id>urn:1</id>
<updated>2024-01-02T10:00:00Z</updated><content type="html">&lt;p&gt;A storm hit the coast on
Tuesday, cutting power to thousands of homes.&lt;/p&gt;</content></entry></feed>""")
    (a,), _, _ = read([f])
    assert a.title == "Storm hits coast" and a.source == "Associated Press"
    assert a.published == datetime(2024, 1, 2, 10, 0, tzinfo=UTC)


def test_feed_with_no_entries_is_one_problem(tmp_path: Path) -> None:
    f = tmp_path / "empty.rss"
    f.write_text(rss([]), encoding="utf-8")
    articles, problems, _ = read([f])
    assert articles == [] and [p.reason for p in problems] == ["empty feed"]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_responses_become_articles_and_other_records_are_counted(
    tmp_path: Path, gz: bool
) -> None:
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    urls = [f"https://www.heraldscotland.com/news/{i}/" for i in range(3)]
    f.write_bytes(warc_bytes([(u, news_page(title=f"Story {i}")) for i, u in enumerate(urls)],
                             gzip=gz))
    articles, problems, stats = read([f])
    assert problems == []
    assert [a.url for a in articles] == urls
    assert [a.title for a in articles] == ["Story 0", "Story 1", "Story 2"]
    assert stats.skipped == {"WARC request record": 3, "not an HTML response": 1}


def test_a_corrupt_warc_record_loses_only_itself(tmp_path: Path) -> None:
    pages = [(f"https://example.com/{i}", news_page(title=f"Story {i}")) for i in range(5)]
    data = bytearray(warc_bytes(pages, gzip=True, extra=False))
    middle = len(data) // 2
    data[middle : middle + 40] = b"X" * 40
    f = tmp_path / "bad.warc.gz"
    f.write_bytes(bytes(data))
    articles, problems, _ = read([f])
    assert len(articles) == 4
    (problem,) = problems
    assert problem.where.startswith(f"{f}[record ") and problem.reason == "corrupt WARC record"


LINES = [{"id": f"a{i}", "text": f"Article number {i} says the river rose overnight."}
         for i in range(3)]


@pytest.mark.parametrize(("suffix", "compress"), [
    (".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress),
    (".zst", lambda b: zstandard.ZstdCompressor().compress(b)),
])
def test_compressed_inputs_are_read_transparently(tmp_path: Path, suffix: str, compress) -> None:
    f = tmp_path / f"feed.jsonl{suffix}"
    f.write_bytes(compress("".join(json.dumps(r) + "\n" for r in LINES).encode()))
    articles, problems, _ = read([f])
    assert problems == [] and [a.id for a in articles] == ["a0", "a1", "a2"]


def test_truncated_gzip_keeps_what_came_before(tmp_path: Path) -> None:
    rows = [{"id": f"r{i}", "text": f"Report {i}: " + "flood " * 50} for i in range(200)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(data[: len(data) // 2])
    articles, problems, _ = read([f])
    assert len(articles) > 50
    assert [a.id for a in articles] == [f"r{i}" for i in range(len(articles))]
    assert [p.reason for p in problems] == ["corrupt file"]
    assert "truncated or corrupt gzip data" in problems[0].message


def test_decompression_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source_module, "BOMB_FLOOR", 1 << 20)
    f = tmp_path / "bomb.txt.gz"
    f.write_bytes(gzip.compress(b"Headline\n\n" + b"a" * (20 << 20)))
    articles, problems, _ = read([f])
    assert articles == [] and [p.reason for p in problems] == ["decompression bomb"]


def test_an_over_long_line_is_skipped_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.readers import records

    monkeypatch.setattr(records, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(source_module, "MAX_LINE_BYTES", 1000)
    f = tmp_path / "big.jsonl"
    f.write_text(json.dumps(LINES[0]) + "\n" + '{"text": "' + "x" * 50_000 + '"}\n'
                 + json.dumps(LINES[1]) + "\n", encoding="utf-8")
    articles, problems, _ = read([f])
    assert [a.id for a in articles] == ["a0", "a1"]
    assert [(p.where, p.reason) for p in problems] == [(f"{f}:2", "line too long")]


def test_csv_with_field_mapping(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_text("headline,body,date,site\n"
                 'Floods hit York,"The river rose. Homes were flooded.",2024-03-01,BBC\n'
                 ",,2024-03-02,BBC\n", encoding="utf-8")
    articles, problems, _ = read([f], fields={"text": "body", "published": "date",
                                              "source": "site"})
    (a,) = articles
    assert a.title == "Floods hit York" and a.source == "BBC"
    assert a.published == datetime(2024, 3, 1)
    assert [(p.where, p.reason) for p in problems] == [(f"{f}:3", "no text")]


def test_language_is_detected_and_kept(tmp_path: Path) -> None:
    f = tmp_path / "de.txt"
    f.write_text("Schlagzeile\n\nDer Bundestag hat am Donnerstag das neue Gesetz zur "
                 "Energiepolitik beschlossen, sagte die Ministerin in Berlin.", encoding="utf-8")
    (a,), _, _ = read([f])
    assert a.language == "de"


def test_mixed_formats_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(news_page(title="From HTML"), encoding="utf-8")
    (tmp_path / "b.warc.gz").write_bytes(warc_bytes([("https://x.test/1",
                                                      news_page(title="From WARC"))]))
    (tmp_path / "c.rss").write_text(rss([{"title": "From feed", "link": "https://x.test/2",
                                          "content": "<p>" + PARAGRAPHS[0] + "</p>"}]))
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(json.dumps(
        {"title": "From JSONL", "text": PARAGRAPHS[1]}).encode()))
    articles, problems, _ = read([tmp_path])
    assert problems == []
    assert [a.title for a in articles] == ["From HTML", "From WARC", "From feed", "From JSONL"]
