"""Many writers at once, and a kill -9 in the middle: every article is stored exactly once,
no request fails, and nothing acknowledged is ever lost."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from ..pile import generated
from .conftest import Server, serving

CLIENTS = 8
PER_CLIENT = 2000
OVERLAP = 100  # articles each client also posts from its neighbour's share, at the same time


def batches(records: list[dict[str, Any]], rng: random.Random) -> list[list[dict[str, Any]]]:
    out, i = [], 0
    while i < len(records):
        size = rng.randint(1, 40)
        out.append(records[i:i + size])
        i += size
    return out


def consistent(db: Path) -> None:
    """The file is sound and every story's counts agree with its articles."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counted = dict(con.execute("SELECT id, articles FROM stories"))
        actual = dict(con.execute("SELECT story, count(*) FROM articles "
                                  "WHERE story IS NOT NULL GROUP BY story"))
        assert counted == actual


def test_eight_clients_posting_2000_articles_each_store_every_article_once(
        tmp_path: Path) -> None:
    records = generated(CLIENTS * PER_CLIENT, seed=7, topics=800)
    shares = [records[n::CLIENTS] for n in range(CLIENTS)]
    db = tmp_path / "busy.db"

    with serving(db) as server:
        def client(n: int) -> tuple[list[int], list[tuple[str, str, str]]]:
            rng = random.Random(n)
            mine = shares[(n + 1) % CLIENTS][:OVERLAP] + shares[n]  # races its neighbour
            codes: list[int] = []
            seen: list[tuple[str, str, str]] = []
            with httpx.Client(base_url=server.url, timeout=300) as http:
                for batch in batches(mine, rng):
                    response = http.post("/api/articles", json=batch)
                    codes.append(response.status_code)
                    if response.status_code == 200:
                        seen += [(rec["id"], r["status"], r["id"]) for rec, r in
                                 zip(batch, response.json()["results"], strict=True)]
            return codes, seen

        started = time.monotonic()
        with ThreadPoolExecutor(CLIENTS) as pool:
            outcomes = list(pool.map(client, range(CLIENTS)))
        elapsed = time.monotonic() - started

    codes = Counter(code for got, _ in outcomes for code in got)
    assert set(codes) == {200}, f"responses: {codes}"
    results = [row for _, seen in outcomes for row in seen]
    assert len(results) == CLIENTS * (PER_CLIENT + OVERLAP)
    stored = Counter(input_id for input_id, status, _ in results if status == "stored")
    assert set(stored) == {r["id"] for r in records} and set(stored.values()) == {1}
    assert Counter(status for _, status, _ in results)["duplicate"] == CLIENTS * OVERLAP
    store_id = {input_id: sid for input_id, status, sid in results if status == "stored"}
    assert all(sid == store_id[input_id] for input_id, _, sid in results)  # dupes point home
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT hash) FROM articles").fetchone() \
            == (len(records), len(records))
    consistent(db)
    print(f"\n{len(results):,} posts by {CLIENTS} clients in {elapsed:.0f} s")


def test_a_kill_during_ingest_loses_nothing_that_was_acknowledged(tmp_path: Path) -> None:
    records = generated(2400, seed=11)
    chunks = batches(records, random.Random(3))
    db = tmp_path / "killed.db"
    server = Server(db)
    acknowledged: dict[str, str] = {}  # input id -> store id
    in_flight: list[dict[str, Any]] = []

    def post() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            for batch in chunks:
                in_flight[:] = batch
                try:
                    response = http.post("/api/articles", json=batch)
                except httpx.TransportError:
                    return  # the server died under this request
                assert response.status_code == 200
                for rec, r in zip(batch, response.json()["results"], strict=True):
                    acknowledged[rec["id"]] = r["id"]

    writer = threading.Thread(target=post)
    writer.start()
    while len(acknowledged) < 800 and writer.is_alive():
        time.sleep(0.01)
    os.kill(server.process.pid, signal.SIGKILL)
    writer.join()
    server.process.wait()
    assert 800 <= len(acknowledged) < len(records)

    consistent(db)
    with sqlite3.connect(db) as con:
        kept = {row[0] for row in con.execute("SELECT id FROM articles")}
    assert set(acknowledged.values()) <= kept  # nothing acknowledged is lost
    unacknowledged = [r for r in in_flight if r["id"] not in acknowledged]
    with sqlite3.connect(db) as con:
        urls = {row[0] for row in con.execute("SELECT url FROM articles")}
    landed = [r["url"] in urls for r in unacknowledged]
    assert all(landed) or not any(landed)  # the interrupted batch: all of it or none

    # a restart replays the store and carries on
    with serving(db) as again, httpx.Client(base_url=again.url, timeout=300) as http:
        for batch in chunks:
            response = http.post("/api/articles", json=batch)
            assert response.status_code == 200
            for rec, r in zip(batch, response.json()["results"], strict=True):
                if rec["id"] in acknowledged:
                    assert (r["status"], r["id"]) == ("duplicate", acknowledged[rec["id"]])
        assert http.get("/api/health").json()["articles"] == len(records)
    consistent(db)


def test_a_killed_ingest_command_leaves_a_sound_store_and_a_rerun_completes(
        tmp_path: Path) -> None:
    records = generated(3000, seed=5)
    pile = tmp_path / "pile.jsonl"
    pile.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "cli.db"
    command = [sys.executable, "-m", "storyline.cli", "ingest", str(pile), "--db", str(db),
               "--batch", "50", "--quiet"]
    process = subprocess.Popen(command)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=5) as con:
                if con.execute("SELECT count(*) FROM articles").fetchone()[0] >= 500:
                    break
        except sqlite3.OperationalError:
            continue
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    consistent(db)
    with sqlite3.connect(db) as con:
        partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 500 <= partial < len(records) and partial % 50 == 0  # whole batches only
    assert subprocess.run(command).returncode == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(records)
    consistent(db)
