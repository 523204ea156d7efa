"""WARC and WARC.gz files (warcio), streamed record by record.

HTTP responses holding HTML become articles with the record's target URI (and its
date when the page gives none); every other record is skipped and counted. WARC.gz
holds one gzip member per record, so the file is handed to warcio undecompressed.
After a corrupt record, reading resumes at the next record boundary (the next gzip
member or ``WARC/1.x`` header) when the file can seek: only the broken record is lost.
"""

from __future__ import annotations

import contextlib
import io
import sys
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

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
    resumed = False
    while True:  # one pass per stretch of readable records between corrupt ones
        records = ArchiveIterator(stream, arc2warc=True)
        last_start = start  # where the last record read in this pass began
        read_any = False
        broken = False
        while not broken:
            try:
                with _silenced():
                    record = next(records)
            except StopIteration:
                break
            except Exception as exc:
                broken = True
                if read_any or not resumed:  # a resume landing on the same bad record
                    number += 1
                    yield Problem(f"{where}[record {number}]",
                                  f"corrupt WARC record skipped ({describe(exc)})",
                                  "corrupt WARC record")
                continue
            number += 1
            read_any = True
            loc = f"{where}[record {number}]"
            try:
                with _silenced():
                    item = _article(record, loc, number)
                    if start is not None:  # (reads the record to its end: after _article)
                        last_start = start + records.get_record_offset()
            except Exception as exc:  # warcio and trafilatura raise many kinds on bad bytes
                item = Problem(loc, f"corrupt WARC record skipped ({describe(exc)})",
                               "corrupt WARC record")
            yield item
        with _silenced():
            records.close()
        if not broken:
            return
        if not stream.seekable():
            yield Problem(where, "rest of the archive unreadable after a corrupt record "
                                 "(input cannot seek to resynchronise)", "corrupt WARC")
            return
        resume = _next_record(stream, last_start)
        if resume is None:
            return
        stream.seek(resume)
        start, resumed = resume, True


@contextlib.contextmanager
def _silenced() -> Iterator[None]:
    """warcio writes warnings (with raw bytes of the bad input) straight to sys.stderr;
    the record is handled either way, so hold them back while warcio runs. (Swapping
    sys.stderr is process-wide: do not read WARCs from several threads at once.)"""
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        yield
    finally:
        sys.stderr = saved


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


def _article(record: Any, loc: str, number: int) -> Article | Problem | Skip:
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
