"""Opening inputs: files or stdin, decompressed transparently, their format sniffed.

Compression is recognised by magic bytes (gzip, bzip2, xz, zstd), not by name, and every
decompressed stream is metered: past `MAX_EXPANSION` times its compressed size *and*
`BOMB_FLOOR` bytes it is a decompression bomb and reading stops with a problem.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO, Protocol

MAX_EXPANSION = 200  # decompressed / compressed bytes
BOMB_FLOOR = 256 * 1024 * 1024  # small files may legitimately expand a lot
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # one HTML page / JSON document / text article
MAX_LINE_BYTES = 32 * 1024 * 1024  # one JSONL line or CSV row

_MAGIC = {
    b"\x1f\x8b": "gzip",
    b"BZh": "bzip2",
    b"\xfd7zXZ\x00": "xz",
    b"\x28\xb5\x2f\xfd": "zstd",
}
COMPRESSED_SUFFIXES = {".gz", ".bz2", ".xz", ".zst", ".zstd"}


class DecompressionBomb(OSError):
    """The input expands far beyond any real news archive."""


class _Readable(Protocol):
    """What a decompressor offers `_Metered`: bytes, as many as asked for at most."""

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


class _Metered(io.RawIOBase):
    """Counts bytes read from a decompressor and stops a decompression bomb."""

    def __init__(self, inner: _Readable, compressed_size: int | None):
        self.inner = inner
        self.read_bytes = 0
        self.limit = max(BOMB_FLOOR, MAX_EXPANSION * (compressed_size or 0)) if (
            compressed_size) else None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.read_bytes += n
        if self.limit is not None and self.read_bytes > self.limit:
            raise DecompressionBomb(
                f"decompresses to over {self.limit // (1024 * 1024)} MB "
                f"({MAX_EXPANSION}x its size): refused as a decompression bomb"
            )
        return n

    def close(self) -> None:
        self.inner.close()
        super().close()


def compression_of(head: bytes) -> str | None:
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            return name
    return None


def open_stream(raw: BinaryIO,
                compressed_size: int | None) -> tuple[io.BufferedReader[Any], str | None]:
    """Wrap `raw` in the decompressor its first bytes call for (metered against bombs)."""
    buffered = raw if isinstance(raw, io.BufferedReader) \
        else io.BufferedReader(raw)  # type: ignore[type-var]
    kind = compression_of(buffered.peek(8)[:8])
    if kind is None:
        return buffered, None
    inner: _Readable
    if kind == "gzip":
        inner = gzip.GzipFile(fileobj=buffered)
    elif kind == "bzip2":
        inner = bz2.BZ2File(buffered)
    elif kind == "xz":
        inner = lzma.LZMAFile(buffered)  # noqa: SIM115 - closed with the returned stream
    else:
        import zstandard

        inner = zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True)
    return io.BufferedReader(_Metered(inner, compressed_size or 1)), kind


def is_warc(raw: BinaryIO) -> bool:
    """Does a seekable file hold a WARC, plain or gzip-compressed per record?"""
    if not raw.seekable():
        return False
    here = raw.tell()
    head = raw.read(4096)
    raw.seek(here)
    if head.lstrip().startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def strip_compression_suffix(name: str) -> str:
    """'feed.jsonl.gz' -> 'feed.jsonl'."""
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


_HTML = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_FEED = re.compile(rb"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.IGNORECASE)


def sniff(head: bytes, suffix: str) -> str:
    """The format of an input from its first bytes, falling back to its suffix."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if suffix in {".warc", ".arc"}:
        return "warc"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    if suffix in {".rss", ".atom"} or _FEED.search(stripped[:4096]):
        return "feed"
    if suffix in {".html", ".htm", ".xhtml"} or _HTML.search(stripped[:4096]):
        return "html"
    if suffix in {".txt", ".text", ".md"}:
        return "text"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0]
        return "jsonl" if first_line.rstrip().endswith(b"}") else "json"
    return "text"


def read_limited(stream: BinaryIO, limit: int | None = None) -> bytes | None:
    """The whole stream, or None when it is longer than `limit` (MAX_DOCUMENT_BYTES)."""
    limit = MAX_DOCUMENT_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def lines(stream: BinaryIO, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, bytes or None) — None for a line longer than `limit`
    (MAX_LINE_BYTES), which is skipped without ever being held in memory whole."""
    limit = MAX_LINE_BYTES if limit is None else limit
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line in bounded chunks
                rest = stream.readline(limit)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def decode(data: bytes) -> str | None:
    """UTF-8 first (BOM tolerated); otherwise the encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def repair(text: str) -> str:
    """Text that was decoded wrongly before it reached us, repaired by ftfy: UTF-8 read as
    Latin-1 or Windows-1252 ('Earthâ\x80\x99s', 'Hydro-QuÃ©bec'), and Windows-1252
    punctuation left as control characters ('Cokes \x97 a kind of clubhouse'). Scraped
    corpora carry both; a name cut by the debris ('Earthâ') is no name. Only the encoding
    is touched (ftfy's `fix_encoding`: quotes stay curly), and ftfy is asked only when a
    character sequence of such debris is there (most text: one scan, no import). A closing
    quotation mark lost to the replacement character is put back first, and invisible
    spaces a page left inside words go."""
    if "\ufffd?" in text:
        text = _close_lost_quotes(text)
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)  # 'The \u200bFlight Crew', 'the\u200bir team':
        # a page's invisible breaks split words and hide a name's capital
    if not _DEBRIS.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _close_lost_quotes(text: str) -> str:
    """A closing quotation mark that a wrong decoding lost, leaving '\ufffd?' ('CNN’s
    Jake Tapper called it “unhinged�? and “wild.�?'), put back where a quotation its
    paragraph opened is still open: the '?' had ended sentences and the open quotation
    ran on into the narrative. (Elsewhere, 'café?' with its 'é' lost, it stays.)"""
    out, last, open_ = [], 0, 0
    for m in _MARKS.finditer(text):
        mark = m.group()
        if mark == "\n\n":
            open_ = 0
        elif mark == "“":
            open_ += 1
        elif mark == "”":
            open_ = max(0, open_ - 1)
        elif open_:
            out.append(text[last:m.start()] + "”")
            last, open_ = m.end(), open_ - 1
    return "".join(out) + text[last:]


# zero-width spaces, word joiners and byte-order marks inside a text (not the joiners
# that shape emoji and scripts)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
# what opens and closes quotations, ends a paragraph, or is a closing mark lost
_MARKS = re.compile("“|”|\n\n|(?<=\\S)\ufffd\\?")
# a C1 control, or a lead byte of UTF-8 read as Latin-1 followed by a continuation byte
# read as Latin-1 or Windows-1252
_CONTINUATION = "\x80-\xbf" + re.escape(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))
_DEBRIS = re.compile(f"[\x80-\x9f]|[\xc2-\xf4][{_CONTINUATION}]")


def describe(exc: BaseException, limit: int = 80) -> str:
    """An exception as one short printable line (raw bytes from bad input stripped)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    text = "".join(ch if ch.isprintable() and ord(ch) < 0x2500 else "?" for ch in text)
    return text[:limit]
