"""Serving speed of `storyline serve` with 10,000 stories in the store.

    python benchmarks/serve.py [--stories 10000] [--clients 8] [--seconds 20]
                               [--data ../shared/data] [--db benchmarks/out/serve.db]

The store: real articles of ../shared/data sampled and perturbed into dated stories of
1-5 articles (`grouping.synthetic`), added with `storyline ingest` (which also makes
every digest) until it holds at least --stories stories; kept in --db for re-runs.

Then `storyline serve` (one uvicorn process) answers --clients concurrent keep-alive
connections (wrk, one thread, when installed: `apt-get install wrk`; else Python client
processes, which take more CPU from the server on this 2-core machine), each request
for a random story, --seconds per scenario, --rounds rounds interleaved:
- story page: GET /stories/{id} (HTML, digest cached);
- story JSON: GET /api/stories/{id};
- story list: GET /?offset=N (50 a page) and search: GET /api/stories?q=WORD;
- cold story page: the digest made on the request (one client, 200 stories whose
  cached digests were dropped), after the rounds.
Peer in the same rounds: 500 of the same story pages saved as files and sent by
Python's `http.server` (ThreadingHTTPServer): sending those bytes from Python, no work.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from grouping import DATA, synthetic

OUT = Path(__file__).parent / "out"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stories_in(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as con:
        try:
            return int(con.execute("SELECT count(*) FROM stories").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def build(db: Path, stories: int, data: Path) -> None:
    """Ingest generated articles until the store holds `stories` stories."""
    n = stories * 3  # stories of 1-5 articles: about 3 each
    while stories_in(db) < stories:
        db.unlink(missing_ok=True)
        articles = synthetic(n, data, sizes=(1, 5))
        pile = db.with_suffix(".jsonl")
        with pile.open("w", encoding="utf-8") as out:
            for a in articles:
                out.write(json.dumps({"id": a.id, "text": a.text, "source": a.source,
                                      "language": "en", "published": a.published.isoformat()
                                      if a.published else None}) + "\n")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "storyline.cli", "ingest", str(pile),
                        "--db", str(db), "--quiet"], check=True)
        seconds = time.perf_counter() - started
        print(json.dumps({"built": str(db), "articles": n, "stories": stories_in(db),
                          "ingest_and_digest_seconds": round(seconds, 1)}), flush=True)
        n = int(n * 1.1)


Outcome = tuple[list[float], int, int]  # latencies, transport errors, non-200 answers


def _client(url: str, paths: list[str], seconds: float, seed: int,
            queue: multiprocessing.Queue[Outcome]) -> None:
    rng = random.Random(seed)
    latencies: list[float] = []
    errors = bad = 0
    deadline = time.perf_counter() + seconds
    with httpx.Client(base_url=url, timeout=30) as http:
        while time.perf_counter() < deadline:
            path = rng.choice(paths)
            started = time.perf_counter()
            try:
                response = http.get(path)
                response.read()
            except httpx.HTTPError:
                errors += 1
                continue
            latencies.append(time.perf_counter() - started)
            bad += response.status_code != 200
    queue.put((latencies, errors, bad))


_WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("STORYLINE_PATHS")) do paths[#paths + 1] = line end
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests": %d, "us": %d, "p50": %d, "p95": %d, "p99": %d, '
    .. '"errors": %d, "non_200": %d}\\n', summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def load(url: str, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    """Requests per second and latency percentiles of `clients` keep-alive connections
    asking for random `paths` for `seconds`: by wrk (one thread; C, so the load takes
    little CPU from the server) when installed, else by Python client processes."""
    wrk = shutil.which("wrk")
    if wrk:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "paths").write_text("\n".join(paths) + "\n")
            (Path(tmp) / "random.lua").write_text(_WRK_SCRIPT)
            run = subprocess.run(
                [wrk, "-t1", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "30s",
                 "-s", str(Path(tmp) / "random.lua"), url],
                capture_output=True, text=True, check=True,
                env={**os.environ, "STORYLINE_PATHS": str(Path(tmp) / "paths")})
        line = next(x for x in run.stdout.splitlines() if x.startswith("WRK "))
        got = json.loads(line[4:])
        return {"requests": got["requests"],
                "rps": round(got["requests"] / (got["us"] / 1e6), 1),
                "p50_ms": round(got["p50"] / 1000, 1), "p95_ms": round(got["p95"] / 1000, 1),
                "p99_ms": round(got["p99"] / 1000, 1), "errors": got["errors"],
                "non_200": got["non_200"], "client": "wrk"}
    queue: multiprocessing.Queue[Outcome] = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=_client, args=(url, paths, seconds, k, queue))
               for k in range(clients)]
    for w in workers:
        w.start()
    results = [queue.get() for _ in workers]
    for w in workers:
        w.join()
    latencies = sorted(x for r in results for x in r[0])
    return {**summary(latencies, seconds, sum(r[1] for r in results),
                      sum(r[2] for r in results)), "client": "python"}


def summary(latencies: list[float], seconds: float, errors: int = 0, bad: int = 0
            ) -> dict[str, float]:
    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    return {"requests": len(latencies), "rps": round(len(latencies) / seconds, 1),
            "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99),
            "errors": errors, "non_200": bad}


def wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.returncode}")
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    """The middle run by requests per second (figures of one run, not mixed)."""
    ordered = sorted(runs, key=lambda r: r["rps"])
    return {**ordered[len(ordered) // 2],
            "errors": sum(r["errors"] for r in runs), "non_200": sum(r["non_200"] for r in runs),
            "rps_range": f"{ordered[0]['rps']}-{ordered[-1]['rps']}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10, help="per scenario and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--db", type=Path, default=OUT / "serve.db")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    build(args.db, args.stories, args.data)

    with sqlite3.connect(args.db) as con:
        ids = [row[0] for row in con.execute("SELECT id FROM stories")]
        words = [w for (h,) in con.execute("SELECT headline FROM stories LIMIT 2000")
                 for w in h.split() if w.isalpha() and len(w) > 5][:500]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    rng = random.Random(1)
    print(json.dumps({"store": str(args.db), "stories": len(ids), "articles": articles,
                      "clients": args.clients, "seconds": args.seconds,
                      "rounds": args.rounds}), flush=True)

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "storyline.cli", "serve", "--db",
                               str(args.db), "--port", str(port)], stderr=subprocess.DEVNULL)
    tmp = tempfile.TemporaryDirectory()
    peer: subprocess.Popen[bytes] | None = None
    runs: dict[str, list[dict[str, float]]] = {}
    try:
        wait_for(url + "/api/health", server)
        while httpx.get(url + "/api/health").json()["writes"] != "ready":
            time.sleep(1)  # let the start-up replay finish: measure the steady state
        sample = rng.sample(ids, min(500, len(ids)))
        with httpx.Client(base_url=url, timeout=60) as http:
            for i in sample:
                (Path(tmp.name) / f"{i}.html").write_bytes(http.get(f"/stories/{i}").content)
        peer_port = free_port()
        peer = subprocess.Popen([sys.executable, "-m", "http.server", str(peer_port),
                                 "--bind", "127.0.0.1", "--directory", tmp.name],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peer_url = f"http://127.0.0.1:{peer_port}"
        wait_for(peer_url + f"/{sample[0]}.html", peer)
        scenarios = {
            "story page": (url, [f"/stories/{i}" for i in ids]),
            "peer: the same pages as files, Python http.server": (
                peer_url, [f"/{i}.html" for i in sample]),
            "story JSON": (url, [f"/api/stories/{i}" for i in ids]),
            "story list": (url, [f"/?offset={50 * k}" for k in range(len(ids) // 50)]),
            "search": (url, [f"/api/stories?q={w}" for w in words]),
        }
        # Rounds interleave the scenarios and the peer: this machine's speed drifts by
        # tens of percent over minutes, and each figure is the middle of its rounds.
        for round_ in range(args.rounds):
            for name, (base, paths) in scenarios.items():
                got = load(base, paths, args.clients, args.seconds)
                runs.setdefault(name, []).append(got)
                print(json.dumps({"round": round_ + 1, "scenario": name, **got}), flush=True)
        cold = rng.sample(ids, 200)
        with sqlite3.connect(args.db) as con:
            con.executemany("UPDATE stories SET digest = NULL WHERE id = ?",
                            [(i,) for i in cold])
        latencies = []
        with httpx.Client(base_url=url, timeout=60) as http:
            started = time.perf_counter()
            for i in cold:
                t = time.perf_counter()
                http.get(f"/stories/{i}").raise_for_status()
                latencies.append(time.perf_counter() - t)
        runs["cold story page (digest made on the request, 1 client)"] = [
            summary(sorted(latencies), time.perf_counter() - started)]
    finally:
        for process in (server, peer):
            if process is not None:
                process.terminate()
                process.wait()
        tmp.cleanup()

    print(f"\n| scenario ({len(ids):,} stories, {articles:,} articles; {args.clients} "
          f"connections; middle of {args.rounds} rounds) | req/s (range) | p50 ms | p95 ms "
          "| p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, got in runs.items():
        r = median_of(got)
        print(f"| {name} | {r['rps']} ({r['rps_range']}) | {r['p50_ms']} | {r['p95_ms']} | "
              f"{r['p99_ms']} | {int(r['errors'] + r['non_200'])} |")


if __name__ == "__main__":
    main()
