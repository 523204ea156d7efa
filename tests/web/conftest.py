"""A real `storyline serve` in a subprocess, and helpers to talk to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

httpx = pytest.importorskip("httpx", reason="the web tests need storyline[test]")
pytest.importorskip("fastapi", reason="the web tests need storyline[serve]")

from storyline.model import Article  # noqa: E402
from storyline.pipeline import load  # noqa: E402

from ..pile import EXAMPLE  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A running `storyline serve`: its base URL, its process, and its stderr log."""

    def __init__(self, db: Path, *args: str, program: tuple[str, ...] = ("-m", "storyline.cli")):
        """`program`: what Python runs, given `serve --db DB --port N` and `args`."""
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = db.with_suffix(f".{self.port}.log")
        self.process = subprocess.Popen(
            [sys.executable, *program, "serve", "--db", str(db),
             "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL, stderr=self.log.open("w"),
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url + "/api/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"storyline serve did not start: {self.log.read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def serving(db: Path, *args: str,
            program: tuple[str, ...] = ("-m", "storyline.cli")) -> Iterator[Server]:
    server = Server(db, *args, program=program)
    try:
        yield server
    finally:
        server.stop()


def record(article: Article) -> dict[str, Any]:
    """An article as the JSON the API takes."""
    return {"id": article.id, "title": article.title, "text": article.text,
            "source": article.source, "url": article.url,
            "published": article.published.isoformat() if article.published else None}


def example_records() -> list[dict[str, Any]]:
    return [record(a) for a in sorted(load([EXAMPLE]), key=lambda a: a.published or 0)]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over a store holding the example, posted through the API."""
    with serving(tmp_path_factory.mktemp("newsroom") / "newsroom.db") as server:
        response = httpx.post(server.url + "/api/articles", json=example_records(), timeout=60)
        assert response.status_code == 200, response.text
        yield server
