"""The Spark job (local[2]) gives the single-process path's stories and digests, and a
re-run — even after a kill — replaces its output instead of duplicating it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from storyline.analyze import SECTIONS
from storyline.blocks import group_blocked
from storyline.model import Article
from storyline.pipeline import digest_stories, load, summarizable
from storyline.render import membership, to_dict
from storyline.summarize import Budget

from .pile import make_pile
from .test_group import FLOODS

pyspark = pytest.importorskip("pyspark", reason="PySpark is not installed (storyline[spark])")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java, and there is no java on this machine",
                allow_module_level=True)

from storyline import spark as job  # noqa: E402


@pytest.fixture(scope="module")
def session():
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    spark = job.session("local[2]", "storyline-tests")
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pile(tmp_path_factory.mktemp("spark"))


@pytest.fixture(scope="module")
def first_run(session, pile: Path) -> tuple[Path, job.JobReport]:
    out = pile.parent / "out"
    return out, job.run(session, [str(pile)], str(out), block_days=7)


def single_process(pile: Path) -> tuple[list[dict], list[dict]]:
    articles = summarizable(load([pile], on_problem=lambda p: None))
    rows = [row for story in group_blocked(articles, days=7) for row in membership(story)]
    digests = to_dict(digest_stories(articles, block_days=7, sections=SECTIONS))["stories"]
    return rows, digests


def strip(digest: dict) -> dict:
    return {k: v for k, v in digest.items() if k not in ("schema", "schema_version", "rank")}


def test_stories_and_digests_equal_the_single_process_path(first_run, pile: Path) -> None:
    out, report = first_run
    rows, digests = read = job.read_output(str(out))
    want_rows, want_digests = single_process(pile)
    assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, want_rows))
    assert [strip(d) for d in digests] == want_digests
    assert [d["rank"] for d in digests] == list(range(1, len(digests) + 1))
    assert report.stories == len({r["story"] for r in rows}) >= 5
    assert read == job.read_output(str(out))


def test_stories_cross_block_boundaries_and_copies_are_folded(first_run) -> None:
    rows, _ = job.read_output(str(first_run[0]))
    story = {r["id"]: r["story"] for r in rows}
    assert len({story[f"flood{d}"] for d in range(10)}) == 1  # ten days, two blocks
    assert {r["id"]: r["copy_of"] for r in rows}["wire-copy"] == "wire"
    assert story["flood0~2"] == story["flood0"]  # the second file's flood0 was renamed


def test_bad_and_unsupported_input_is_reported_not_fatal(first_run) -> None:
    out, report = first_run
    problems = [json.loads(line) for f in sorted((out / "problems.jsonl").glob("part-*"))
                for line in f.read_text().splitlines()]
    reasons = {p["reason"] for p in problems}
    assert {"invalid JSON", "unsupported language"} <= reasons
    assert any(p["where"].endswith("a.jsonl:6") for p in problems)
    assert report.skipped["unsupported language"] == 1


def test_parquet_output_holds_the_same_digests(session, first_run) -> None:
    out = first_run[0]
    _, digests = job.read_output(str(out))
    table = session.read.parquet(str(out / "digests")).orderBy("rank").collect()
    assert [json.loads(r.digest) for r in table] == digests
    members = session.read.parquet(str(out / "stories")).count()
    assert members == len(job.read_output(str(out))[0])


def test_a_rerun_replaces_the_output_and_clears_a_killed_runs_leftovers(
    session, first_run, pile: Path
) -> None:
    out = first_run[0]
    before = job.read_output(str(out))
    (out / "_attempt" / "digests.jsonl").mkdir(parents=True)
    (out / "_attempt" / "digests.jsonl" / "part-99999").write_text('{"stale": true}\n')
    job.run(session, [str(pile)], str(out), block_days=7)
    assert job.read_output(str(out)) == before
    assert not (out / "_attempt").exists()


def test_a_job_killed_half_way_reruns_without_duplicates(pile: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "storyline.cli", "spark", str(pile), "--out", str(out),
           "--master", "local[2]", "--quiet"]
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while not (out / "_attempt").exists() and proc.poll() is None:
        assert time.monotonic() < deadline, "the job never started writing"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the driver, its JVM and the Python workers
    proc.wait()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows, digests = job.read_output(str(out))
    assert len(rows) == len({r["id"] for r in rows})
    assert len(digests) == len({d["id"] for d in digests})
    want_rows, want_digests = single_process(pile)
    assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, want_rows))
    assert [strip(d) for d in digests] == want_digests


def test_parquet_input_is_read_record_by_record(session, tmp_path: Path) -> None:
    rows = [(f"flood{d}", FLOODS[d % 4], f"Outlet {d}", f"2024-03-0{d + 1}T09:00:00Z")
            for d in range(4)] + [("empty", "", "Outlet 9", None)]
    source = tmp_path / "pile.parquet"
    session.createDataFrame(rows, "id string, text string, source string, published string") \
        .coalesce(1).write.parquet(str(source))
    out = tmp_path / "out"
    report = job.run(session, [str(source)], str(out))
    members, digests = job.read_output(str(out))
    assert sorted(r["id"] for r in members) == [f"flood{d}" for d in range(4)]
    assert len(digests) == 1 and len(digests[0]["sources"]) == 4
    assert report.skipped == {"no text": 1}


def test_other_block_and_lead_in_sizes_still_equal_one_process(session, pile: Path,
                                                                tmp_path: Path) -> None:

    out = tmp_path / "out"
    job.run(session, [str(pile)], str(out), block_days=2, lead_in_days=4, sections=())
    rows, digests = job.read_output(str(out))
    articles = summarizable(load([pile], on_problem=lambda p: None))
    want = [row for story in group_blocked(articles, days=2, lead_in=timedelta(days=4))
            for row in membership(story)]
    assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, want))
    assert [strip(d) for d in digests] == to_dict(
        digest_stories(articles, block_days=2, lead_in_days=4))["stories"]


def test_a_story_that_fails_is_a_problem_row_not_a_failed_task(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def faulty(*args: object, **kwargs: object) -> None:
        raise ValueError("a fault on this text")

    monkeypatch.setattr(job, "digest_story", faulty)
    reports = [Article(f"f{i}", text, source=f"Outlet {i}") for i, text in enumerate(FLOODS[:2])]
    members = [(a, a.id) for a in reports]
    rows = job.digest_row(("7", members), Budget(), "concept", 1)
    assert [r["kind"] for r in rows] == ["member", "member", "problem"]
    problem = rows[-1]
    assert problem["reason"] == "digest failed" and problem["where"].startswith("story of ")
    assert "ValueError: a fault on this text" in problem["message"]
