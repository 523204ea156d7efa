"""WARC and WARC.gz files (warcio), streamed record by record.

HTTP responses holding HTML become articles with the record's target URI (and its
date when the page gives none); every other record is skipped and counted. WARC.gz
holds one gzip member per record, so the file is handed to warcio undecompressed.
After a corrupt record, reading resumes at the next record boundary (the next gzip
member or ``WARC/1.x`` header) when the file can seek: only the broken record is lost.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from storyline.model import Article, Problem
from storyline.readers.html import parse_html
from storyline.readers.meta import parse_date
from storyline.readers.source import MAX_DOCUMENT_BYTES, describe

Skip = str  # a benign skip's reason, counted but not reported one by one
_SCAN = 1 << 20


def iter_warc(stream: BinaryIO, where: str) -> Iterator[Article | Problem | Skip]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    start = stream.tell() if stream.seekable() else None
    while True:
        records = ArchiveIterator(stream, arc2warc=True)
        failed_at: int | None = None
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:
                number += 1
                yield Problem(f"{where}[record {number}]",
                              f"corrupt WARC record skipped ({describe(exc)})",
                              "corrupt WARC record")
                failed_at = (start or 0) + records.offset if hasattr(records, "offset") else None
                break
            number += 1
            loc = f"{where}[record {number}]"
            try:
                yield _article(record, loc, number)
            except Exception as exc:
                yield Problem(loc, f"corrupt WARC record skipped ({describe(exc)})",
                              "corrupt WARC record")
            if start is not None:
                failed_at = start + records.get_record_offset()
        resume = _next_record(stream, failed_at) if stream.seekable() else None
        if resume is None:
            if not stream.seekable():
                yield Problem(where, "rest of the archive unreadable after a corrupt record "
                                     "(input cannot seek to resynchronise)", "corrupt WARC")
            return
        stream.seek(resume)
        start = resume


def _next_record(stream: BinaryIO, after: int | None) -> int | None:
    """Offset of the next plausible record start after `after`: a gzip member whose
    content starts with 'WARC/', or an uncompressed 'WARC/1.' header line."""
    pos = (after or 0) + 1
    while True:
        stream.seek(pos)
        window = stream.read(_SCAN + 64)
        if len(window) < 8:
            return None
        for i in _candidates(window):
            if i >= _SCAN and len(window) > _SCAN:
                break
            if window.startswith(b"WARC/1.", i) and (i == 0 or window[i - 1 : i] == b"\n"):
                return pos + i
            if window.startswith(b"\x1f\x8b\x08", i) and _gzip_warc(window[i : i + 4096]):
                return pos + i
        if len(window) <= _SCAN:
            return None
        pos += _SCAN


def _candidates(window: bytes) -> list[int]:
    found = []
    for marker in (b"WARC/1.", b"\x1f\x8b\x08"):
        i = window.find(marker)
        while i != -1:
            found.append(i)
            i = window.find(marker, i + 1)
    return sorted(found)


def _gzip_warc(chunk: bytes) -> bool:
    try:
        return zlib.decompressobj(31).decompress(chunk, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _article(record, loc: str, number: int) -> Article | Problem | Skip:  # type: ignore[no-untyped-def]
    if record.rec_type != "response":
        return f"WARC {record.rec_type} record"
    headers = record.http_headers
    if headers is None:
        return "WARC response without HTTP headers"
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP {status or 'unknown'} response"
    ctype = (headers.get_header("Content-Type") or "").lower()
    if "html" not in ctype:
        return "not an HTML response"
    body = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    if len(body) > MAX_DOCUMENT_BYTES:
        return Problem(loc, "HTML page larger than 64 MB skipped", "too large")
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    warc_date = parse_date(record.rec_headers.get_header("WARC-Date"))
    rec_id = record.rec_headers.get_header("WARC-Record-ID") or f"record-{number}"
    return parse_html(body, loc, uri or rec_id.strip("<>"), url=uri, fallback_date=warc_date)
