"""The newsroom store: articles and their stories in one SQLite file, updated as news arrives.

Why SQLite: one file and no server to run; many readers and one writer at a time (WAL
mode); and durable at every commit (``synchronous=FULL``), so an article acknowledged is
an article kept even if the process is killed the next instant.

The stories are the online grouper's (`group.StoryGrouper`). Its placements never change
once made, so the grouper is a cache of the database: replaying the stored articles in
arrival order (`seq`) re-creates it exactly. A write takes SQLite's write lock (BEGIN
IMMEDIATE), first replays what another process stored meanwhile, then places its own
articles and commits them, their stories and the search index in one transaction.
Digests are computed when first asked for after a story changed (`digest`) and cached
with the story's version, so reading a story never waits for a writer.

An article is stored once: a second copy with the same (normalised) URL, or the same
outlet, title and text, is reported as a duplicate of the first. Articles storyline
does not summarize (another language, or no article text: a page's notice in place of
the page) are kept, in no story.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from storyline.analyze import SECTIONS
from storyline.group import StoryGrouper, assemble, naive_utc
from storyline.model import Article, CachedDigest, Ingested, Problem, Story, StoryListing
from storyline.pipeline import digest_story, evidence, undigested, unsummarizable
from storyline.render import headline_of, lead_title, membership, to_dict
from storyline.summarize import DEFAULT_METHOD, Budget

SCHEMA_VERSION = 1
DIGEST_WORDS = 150
ORDERS = ("updated", "sources")
SEARCH_HITS = 500  # articles ranked per search

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,          -- arrival order: the grouper replays it
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,        -- outlet, title and text, normalised
    url TEXT NOT NULL,                -- normalised, '' when unknown
    story TEXT,                       -- NULL: kept, not summarized (language, no text)
    copy_of TEXT,                     -- the original this is a syndicated copy of
    title TEXT NOT NULL, source TEXT NOT NULL, published TEXT, author TEXT NOT NULL,
    origin TEXT NOT NULL, language TEXT NOT NULL, added TEXT NOT NULL,
    metadata TEXT NOT NULL,
    text TEXT NOT NULL                -- last: reading the columns before it never walks
);                                    -- the overflow pages of a long text
CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles (url) WHERE url <> '';
CREATE INDEX IF NOT EXISTS articles_story ON articles (story);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,         -- +1 whenever an article joins
    headline TEXT NOT NULL,
    outlets TEXT NOT NULL,            -- JSON list, most articles first
    articles INTEGER NOT NULL,
    sources INTEGER NOT NULL,         -- independent outlets (copies do not count)
    first TEXT, last TEXT,
    updated TEXT NOT NULL,
    digest TEXT, digest_version INTEGER, digest_key TEXT, evidence TEXT
);
CREATE INDEX IF NOT EXISTS stories_updated ON stories (updated DESC, id);
CREATE INDEX IF NOT EXISTS stories_sources ON stories (sources DESC, articles DESC, id);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (title, text, tokenize = 'porter');
"""

_ARTICLE_COLUMNS = "seq, id, title, text, source, url, published, author, origin, " \
                   "language, metadata, story, copy_of"


class StoreError(ValueError):
    """The database cannot be used: its message is one line for the user."""


class Store:
    """A newsroom in one SQLite file. Safe to share between threads; several processes
    may write to the same file (each write waits for the previous one)."""

    def __init__(
        self,
        path: str | Path,
        *,
        budget: Budget | None = None,
        method: str = DEFAULT_METHOD,
        sections: Collection[str] = SECTIONS,
    ):
        self.path = str(path)
        self.budget = budget or Budget(words=DIGEST_WORDS)
        self.method = method
        self.sections = tuple(sections)
        self._key = json.dumps([self.budget.words, self.budget.sentences, method,
                                self.sections])
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._grouper: StoryGrouper | None = None
        self._write_db: sqlite3.Connection | None = None  # (made on the first write)
        self._seen = 0  # the last seq the grouper has placed
        self._replayed = False
        self._create()

    # -- connections ------------------------------------------------------------------

    def _connect(self, timeout: float) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                 check_same_thread=False)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a storyline database ({exc})") from None
        with self._connections_lock:
            self._connections.append(db)
        return db

    def _reader(self) -> sqlite3.Connection:
        """This thread's connection: reads see the last commit, never wait for a writer."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect(timeout=2.0)
        return db

    def _writer(self) -> sqlite3.Connection:
        db = self._write_db
        if db is None:
            db = self._write_db = self._connect(timeout=60.0)
        return db

    def _create(self) -> None:
        with self._write_lock, self._transaction(self._writer()) as db:
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: not a storyline database ({exc})") from None
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            elif int(row[0]) != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema version {row[0]}, this storyline "
                                 f"reads version {SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self, db: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[
            sqlite3.Connection]:
        db.execute(f"BEGIN {mode}")
        try:
            yield db
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        with self._connections_lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()
        self._write_db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> list[Ingested]:
        """Store new articles and place them in stories, in one transaction: when this
        returns, every article it reports is on disk."""
        with self._write_lock:
            db = self._writer()
            self._catch_up(db)  # the bulk of a replay, outside the write lock of SQLite
            try:
                with self._transaction(db) as tx:
                    grouper = self._catch_up(tx)
                    touched: set[str] = set()
                    results = [self._add_one(tx, grouper, a, touched) for a in articles]
                    now = datetime.now(UTC).isoformat()
                    for sid in sorted(touched):
                        self._update_story(tx, grouper.story(sid), now)
            except BaseException:
                # the grouper may hold uncommitted articles: replay on the next write
                self._grouper, self._replayed = None, False
                raise
        return results

    def warm(self) -> None:
        """Re-create the grouper now (a replay of every stored article), so that the
        first write after start-up does not pay for it."""
        with self._write_lock:
            self._catch_up(self._writer())

    @property
    def ready(self) -> bool:
        """Whether the grouper has been re-created (a write need not replay the store)."""
        return self._replayed

    def _catch_up(self, db: sqlite3.Connection) -> StoryGrouper:
        if self._grouper is None:
            self._grouper, self._seen, self._replayed = StoryGrouper(), 0, False
        rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE seq > ? "
                          "ORDER BY seq", (self._seen,))
        for row in rows:
            if row[11] is not None:
                placed = self._grouper.add(_article(row))
                if placed != row[11]:
                    self._grouper, self._replayed = None, False
                    raise StoreError(
                        f"{self.path}: article {row[1]} is in story {row[11]}, but this "
                        f"version of storyline groups it into {placed}; ingest into a new "
                        "store")
            self._seen = row[0]
        self._replayed = True
        return self._grouper

    def _add_one(self, db: sqlite3.Connection, grouper: StoryGrouper, article: Article,
                 touched: set[str]) -> Ingested:
        digest = content_hash(article)
        url = canonical_url(article.url)
        seen = db.execute("SELECT id, story FROM articles WHERE hash = ? OR "
                          "(url = ? AND url <> '')", (digest, url)).fetchone()
        if seen:
            return Ingested(seen[0], "duplicate", seen[1])
        aid = "a" + digest[:16]
        if db.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            aid = "a" + digest  # a 64-bit prefix collision: never in practice, but never lost
        metadata = dict(article.metadata)
        if article.id and article.id != aid:
            metadata.setdefault("input_id", article.id)
        stored = replace(article, id=aid, url=url, metadata=metadata)
        story = grouper.add(stored) if unsummarizable(stored) is None else None
        seq = db.execute(
            "INSERT INTO articles (id, hash, url, title, text, source, published, author, "
            "origin, language, metadata, added, story) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (aid, digest, url, stored.title, stored.text, stored.source,
             _iso(stored.published), stored.author, stored.origin, stored.language,
             json.dumps(metadata, default=str, ensure_ascii=False),
             _iso(datetime.now(UTC)), story),
        ).lastrowid
        assert seq is not None  # (an INSERT's row)
        db.execute("INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)",
                   (seq, stored.title, stored.text))
        self._seen = seq
        if story is None:
            return Ingested(aid, "kept")
        touched.add(story)
        return Ingested(aid, "stored", story)

    def _update_story(self, db: sqlite3.Connection, story: Story, now: str) -> None:
        db.executemany("UPDATE articles SET copy_of = ? WHERE id = ? AND copy_of IS NOT ?",
                       [(r["copy_of"], r["id"], r["copy_of"]) for r in membership(story)])
        rows = db.execute("SELECT id, source, title FROM articles WHERE story = ? "
                          "ORDER BY seq", (story.id,)).fetchall()
        outlet = {aid: source or aid for aid, source, _ in rows}
        outlets = Counter(outlet[a] for a in story.all_ids)
        title = {aid: t for aid, _, t in rows}
        headline = next((title[a] for a in story.article_ids if title[a]), "")
        if not headline:  # untitled reports: the start of the first one's text
            (text,) = db.execute("SELECT text FROM articles WHERE id = ?",
                                 (story.article_ids[0],)).fetchone()
            headline = lead_title(text)
        db.execute(
            "INSERT INTO stories (id, version, headline, outlets, articles, sources, first, "
            "last, updated) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "version = version + 1, outlets = excluded.outlets, articles = excluded.articles, "
            "sources = excluded.sources, first = excluded.first, last = excluded.last, "
            "updated = excluded.updated, headline = CASE WHEN digest IS NULL THEN "
            "excluded.headline ELSE headline END",
            (story.id, headline,
             json.dumps(sorted(outlets, key=lambda o: (-outlets[o], o)), ensure_ascii=False),
             len(story.all_ids), len({outlet[a] for a in story.article_ids}),
             _iso(story.first), _iso(story.last), now),
        )

    # -- reading ----------------------------------------------------------------------

    def stories(self, query: str = "", limit: int = 50, offset: int = 0,
                order: str = "updated") -> list[StoryListing]:
        """Stories, most recently updated first (or with most independent sources
        first); with `query`, those of `search`."""
        if query.strip():
            return self.search(query, limit, offset)[1]
        by = "sources DESC, articles DESC, id" if order == "sources" else "updated DESC, id"
        return self._listings(f"ORDER BY {by} LIMIT ? OFFSET ?", (limit, offset))

    def count(self, query: str = "") -> int:
        """How many stories `stories(query)` would list without a limit."""
        if query.strip():
            return self.search(query, 0)[0]
        return int(self._reader().execute("SELECT count(*) FROM stories").fetchone()[0])

    def search(self, query: str, limit: int = 50, offset: int = 0) -> tuple[
            int, list[StoryListing]]:
        """The stories of the `SEARCH_HITS` articles that best match all the words of
        `query` (BM25), best first, and how many there are. Ranking and joining every
        match of a common word costs tens of milliseconds on a large store; the best
        few hundred articles are what a reader pages through."""
        hits = self._reader().execute(
            "SELECT a.story FROM (SELECT rowid, rank FROM search WHERE search MATCH ? "
            "ORDER BY rank LIMIT ?) hit JOIN articles a ON a.seq = hit.rowid ORDER BY hit.rank",
            (fts_query(query), SEARCH_HITS))
        ranked = list(dict.fromkeys(story for (story,) in hits if story is not None))
        page = ranked[offset:offset + limit]
        if not page:
            return len(ranked), []
        found = {s.id: s for s in self._listings(
            f"WHERE id IN ({','.join('?' * len(page))})", tuple(page))}
        return len(ranked), [found[sid] for sid in page]

    def _listings(self, where: str, params: tuple[Any, ...]) -> list[StoryListing]:
        rows = self._reader().execute(
            "SELECT id, headline, outlets, articles, sources, first, last, updated "
            f"FROM stories {where}", params)
        return [StoryListing(sid, headline, tuple(json.loads(outlets)), n, sources,
                             _date(first), _date(last), _date(updated) or datetime.min)
                for sid, headline, outlets, n, sources, first, last, updated in rows]

    def article_count(self) -> int:
        return int(self._reader().execute("SELECT count(*) FROM articles").fetchone()[0])

    def article(self, article_id: str) -> tuple[Article, str | None] | None:
        """A stored article and the id of its story (None when it is in none)."""
        row = self._reader().execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                                     (article_id,)).fetchone()
        return None if row is None else (_article(row), row[11])

    def members(self, story_id: str) -> list[tuple[Article, str | None]]:
        """A story's articles without their text, each with the original it copies (None
        for an independent report), in arrival order."""
        rows = self._reader().execute(
            "SELECT seq, id, title, '', source, url, published, author, origin, language, "
            "'{}', story, copy_of FROM articles WHERE story = ? ORDER BY seq", (story_id,))
        return [(_article(row), row[12]) for row in rows]

    def story(self, story_id: str) -> tuple[Story, list[Article]] | None:
        """A story as stored, with its articles, read in one consistent snapshot."""
        with self._transaction(self._reader(), "DEFERRED") as db:
            return self._story(db, story_id)

    def _story(self, db: sqlite3.Connection, story_id: str) -> tuple[Story, list[Article]] | None:
        rows = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story = ? "
                          "ORDER BY seq", (story_id,)).fetchall()
        if not rows:
            return None
        articles = [_article(r) for r in rows]
        copy_of = {r[1]: r[12] for r in rows if r[12]}
        story = assemble(story_id, [a.id for a in articles], lambda a: copy_of.get(a, a),
                         {a.id: naive_utc(a.published) for a in articles})
        return story, articles

    def cached(self, story_id: str) -> CachedDigest | None:
        """The story's digest if it is cached and current, else None: a quick read (well
        under a millisecond) that never makes a digest."""
        row = self._reader().execute(
            "SELECT digest, evidence FROM stories WHERE id = ? AND digest_version = version "
            "AND digest_key = ?", (story_id, self._key)).fetchone()
        return None if row is None or row[0] is None else CachedDigest(json.loads(row[0]),
                                                                         json.loads(row[1]))

    def digest(self, story_id: str) -> CachedDigest | None:
        """The story's digest with all its sections: cached, or made now if the story
        changed since (and cached, unless a writer holds the database). None: no such
        story."""
        db = self._reader()
        with self._transaction(db, "DEFERRED"):
            row = db.execute("SELECT version, digest, digest_version, digest_key, evidence "
                             "FROM stories WHERE id = ?", (story_id,)).fetchone()
            if row is None:
                return None
            version, cached, cached_version, key, evidence = row
            if cached is not None and cached_version == version and key == self._key:
                return CachedDigest(json.loads(cached), json.loads(evidence))
        found = self._story(db, story_id)
        if found is None:
            return None
        made = self._make_digest(*found)
        try:
            with self._transaction(db):
                db.execute("UPDATE stories SET digest = ?, digest_version = ?, digest_key = ?, "
                           "evidence = ?, headline = ? WHERE id = ? AND version = ?",
                           (json.dumps(made.story, ensure_ascii=False), version, self._key,
                            json.dumps(made.evidence, ensure_ascii=False),
                            headline_of(made.story),
                           story_id, version))
        except sqlite3.OperationalError:
            pass  # a long write holds the database: serve this digest uncached
        return made

    def _make_digest(self, story: Story, articles: list[Article]) -> CachedDigest:
        by_id = {a.id: a for a in articles}
        digest = digest_story(story, by_id, self.budget, self.method, self.sections)
        return CachedDigest(to_dict([digest])["stories"][0], evidence(digest, by_id))

    def refresh(self, progress: Callable[[int], None] | None = None,
                on_problem: Callable[[Problem], None] | None = None) -> int:
        """Make the digest of every story that changed since its last one; how many were
        made. A story that fails is reported through `on_problem` (raised without it) and
        the others are still made."""
        stale = [sid for (sid,) in self._reader().execute(
            "SELECT id FROM stories WHERE digest IS NULL OR digest_version IS NOT version "
            "OR digest_key IS NOT ? ORDER BY id", (self._key,))]
        made = 0
        for done, sid in enumerate(stale, start=1):
            try:
                self.digest(sid)
                made += 1
            except Exception as exc:  # (as `pipeline.digest_stories` does)
                if on_problem is None:
                    raise
                on_problem(undigested(sid, exc))
            if progress and done % 100 == 0:
                progress(done)
        return made


def content_hash(article: Article) -> str:
    """Same outlet, title and text (whitespace and case aside) = the same article."""
    parts = (article.source, article.title, article.text)
    normal = "\x1f".join(" ".join(p.split()).casefold() for p in parts)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def canonical_url(url: str) -> str:
    """The URL an article is known by: scheme and host lower-cased, no fragment, no
    tracking parameters, so that a link shared from a newsletter matches the page."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if not parts.netloc:
        return url
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query that matches them all, with no FTS syntax: each
    word is quoted, so AND, NEAR, * and quotes in the input are plain words."""
    terms = ['"' + word.replace('"', '""') + '"' for word in text.split()]
    return " ".join(terms) or '""'


def _article(row: tuple[Any, ...]) -> Article:
    _seq, aid, title, text, source, url, published, author, origin, language, meta = row[:11]
    return Article(id=aid, text=text, title=title, source=source, url=url,
                   published=_date(published), author=author, origin=origin,
                   language=language, metadata=json.loads(meta))


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def _date(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
