"""The storyline command: the README's invocations, help, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline import __version__
from storyline.cli import main

from .conftest import FIXTURES


def test_digest_prints_markdown_with_citations_and_sources(example_dir: Path, capsys) -> None:
    assert main(["digest", str(example_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## ")
    for outlet in ("BuzzFeed News", "The Courier", "The Herald"):
        assert f"**{outlet}**" in out
    body = out.split("**Sources**")[0]
    assert "\\[" in body


def test_digest_json_to_stdout(example_dir: Path, capsys) -> None:
    files = sorted(str(p) for p in example_dir.glob("*.txt"))
    assert main(["digest", *files, "--words", "80", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["stories"]) == 2  # August 2016 and April 2017 are two stories
    for story in doc["stories"]:
        assert story["words"] <= 80
        assert all(s["citations"] for s in story["sentences"])
    names = {s["name"] for story in doc["stories"] for s in story["sources"]}
    assert names == {"BuzzFeed News", "The Courier", "The Herald"}


def test_one_story_digests_everything_together(example_dir: Path, capsys) -> None:
    assert main(["digest", str(example_dir), "--one-story", "--format", "json"]) == 0
    (story,) = json.loads(capsys.readouterr().out)["stories"]
    assert len(story["sources"]) == 3


def test_one_story_still_folds_syndicated_copies(example_dir: Path, tmp_path: Path,
                                                 capsys) -> None:
    for path in example_dir.glob("*.txt"):
        (tmp_path / path.name).write_text(path.read_text())
    herald = (example_dir / "the-herald-2016-08-22.txt").read_text()
    reprint = herald.replace("Source: The Herald\nDate: 22 August 2016",
                             "Source: The Reprinter\nDate: 23 August 2016")
    (tmp_path / "the-reprinter.txt").write_text(reprint.rsplit("\n\n", 1)[0])
    assert main(["digest", str(tmp_path), "--one-story", "--format", "json", "--quiet"]) == 0
    (story,) = json.loads(capsys.readouterr().out)["stories"]
    assert [s["name"] for s in story["sources"] if s["also_carried_by"]] == ["The Herald"]
    assert len(story["sources"]) == 3


def test_group_writes_one_line_per_article(example_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "stories.jsonl"
    assert main(["group", str(example_dir), "--out", str(out), "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    story = {r["id"]: r["story"] for r in rows}
    assert len(rows) == 3
    assert story["the-herald-2016-08-22"] == story["the-courier-2016-08-25"]
    assert story["buzzfeed-news-2017-04-19"] != story["the-herald-2016-08-22"]


def test_sections_can_be_chosen_or_left_out(example_dir: Path, capsys) -> None:
    assert main(["digest", str(example_dir), "--format", "json"]) == 0
    story = json.loads(capsys.readouterr().out)["stories"][0]
    assert story["analysis"]["quotes"] and story["analysis"]["entities"]
    assert main(["digest", str(example_dir), "--format", "json", "--sections", "quotes"]) == 0
    story = json.loads(capsys.readouterr().out)["stories"][0]
    assert story["analysis"]["quotes"] and not story["analysis"]["entities"]
    assert main(["digest", str(example_dir), "--format", "json", "--sections", "none"]) == 0
    assert "analysis" not in json.loads(capsys.readouterr().out)["stories"][0]
    with pytest.raises(SystemExit):
        main(["digest", str(example_dir), "--sections", "gossip"])


def test_grouping_in_time_blocks_keeps_the_stories_of_the_example(
    example_dir: Path, tmp_path: Path, capsys
) -> None:
    single, blocked = tmp_path / "single.jsonl", tmp_path / "blocked.jsonl"
    assert main(["group", str(example_dir), "--out", str(single), "--quiet"]) == 0
    assert main(["group", str(example_dir), "--out", str(blocked), "--block-days", "1",
                 "--quiet"]) == 0
    assert blocked.read_text() == single.read_text()
    assert main(["digest", str(example_dir), "--block-days", "1", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["stories"]) == 2


def test_bad_input_is_one_line_each_and_the_rest_is_digested(
    example_dir: Path, tmp_path: Path, capsys
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"title": "x", "text": ', encoding="utf-8")
    assert main(["digest", str(example_dir), str(bad), str(tmp_path / "gone.txt")]) == 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines[0].startswith(f"storyline: skipped {bad}: not valid JSON")
    assert lines[1] == f"storyline: skipped {tmp_path / 'gone.txt'}: no such file or folder"
    assert lines[2] == "storyline: read 3 articles; skipped 2: 1 invalid JSON, 1 missing file"
    assert "**The Herald**" in captured.out


def test_nothing_readable_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["digest", str(tmp_path / "none.txt")]) == 1
    assert "no readable article" in capsys.readouterr().err


def test_nothing_storyline_can_summarize_is_an_error(tmp_path: Path, capsys) -> None:
    # (a folder of crawl notices had printed an empty digest, or an untitled story of no
    # source with --one-story, and succeeded)
    notice = tmp_path / "notice.txt"
    notice.write_text("Tweet with a location\n\nYou can add location information to your "
                      "Tweets, such as your city or precise location, from the web and via "
                      "third-party applications.")
    for one_story in ([], ["--one-story"]):
        assert main(["digest", str(notice), *one_story]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "no article in the input that storyline can summarize" in captured.err


def test_eval_scores_clusters_and_writes_summaries(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["eval", str(FIXTURES / "clusters.jsonl"), "--protocol", "multinews",
                 "--out", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "clusters.jsonl:2: not a cluster record" in captured.err
    assert "multinews (2 clusters, 250 words" in captured.out
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["floods", "strike"]
    assert all(r["summary"].strip() for r in rows)


def test_every_command_has_help_and_there_is_a_version() -> None:
    exe = [sys.executable, "-m", "storyline.cli"]
    for args in ([], ["digest"], ["group"], ["eval"], ["spark"], ["ingest"], ["stories"],
                 ["serve"]):
        result = subprocess.run([*exe, *args, "--help"], capture_output=True, text=True)
        assert result.returncode == 0 and "usage:" in result.stdout
    result = subprocess.run([*exe, "--version"], capture_output=True, text=True)
    assert result.stdout.strip() == f"storyline {__version__}"


@pytest.mark.parametrize("words", ["0", "-5", "many"])
def test_bad_word_budget_is_refused(words: str, example_dir: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["digest", str(example_dir), "--words", words])
    assert exc.value.code == 2


def test_digest_takes_every_format_mixed_in_one_call(tmp_path: Path, capsys) -> None:
    import gzip

    from .readers.pages import PARAGRAPHS, news_page, rss, warc_bytes

    html = tmp_path / "page.html"
    html.write_text(news_page(), encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(warc_bytes([("https://www.bbc.co.uk/news/1", news_page(title="BBC"))]))
    feed = tmp_path / "feed.rss"
    feed.write_text(rss([{"title": "Feed", "link": "https://www.theguardian.com/a",
                          "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}]))
    jsonl = tmp_path / "wire.jsonl.gz"
    jsonl.write_bytes(gzip.compress(json.dumps(
        {"id": "w1", "source": "Reuters", "text": "\n".join(PARAGRAPHS)}).encode()))
    german = tmp_path / "de.txt"
    german.write_text("Schlagzeile\n\nDer Bundestag hat am Donnerstag das neue Gesetz zur "
                      "Energiepolitik beschlossen, sagte die Ministerin in Berlin.")
    notice = tmp_path / "notice.txt"  # (a crawl's notice in place of the page)
    notice.write_text("Tweet with a location\n\nYou can add location information to your "
                      "Tweets, such as your city or precise location, from the web and via "
                      "third-party applications.")
    assert main(["digest", str(html), str(warc), str(feed), str(jsonl), str(german),
                 str(notice), "--format", "json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    sources = [s for story in doc["stories"] for s in story["sources"]]
    names = {s["name"] for s in sources} | {n for s in sources for n in s["also_carried_by"]}
    # the same paragraphs in four inputs: one report, the others folded as its copies
    assert {"The Herald", "BBC News", "The Guardian", "Reuters"} <= names
    assert f"storyline: not summarized {german}: written in 'de'" in captured.err
    assert f"storyline: not summarized {notice}: no article text" in captured.err
    assert "1 not summarized (unsupported language); 1 not summarized (only page text)" \
        in captured.err
    assert len(doc["stories"]) == 1  # (the notice had been a story no sentence digested)


def test_ingest_stores_once_and_stories_lists_them(example_dir: Path, tmp_path: Path,
                                                    capsys) -> None:
    db = str(tmp_path / "newsroom.db")
    assert main(["ingest", str(example_dir), "--db", db]) == 0
    assert "3 stored, 0 already in the store; 2 stories updated, 2 digests made" in \
        capsys.readouterr().err
    assert main(["ingest", str(example_dir), "--db", db]) == 0
    assert "0 stored, 3 already in the store" in capsys.readouterr().err
    assert main(["stories", "--db", db, "--format", "json", "--order", "sources"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["articles"], r["outlets"]) for r in rows] == [
        (2, ["The Courier", "The Herald"]), (1, ["BuzzFeed News"])]
    assert main(["stories", "--db", db, "--search", "Findlay"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("s1\t")


def test_stories_of_a_missing_store_is_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["stories", "--db", str(tmp_path / "nope.db")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"storyline: error: {tmp_path / 'nope.db'}: no such store (create it with "
        "storyline ingest)")


def test_starting_the_command_loads_no_scoring_library() -> None:
    # rouge-score imports NLTK and NLTK scipy.stats: most of a second that only `eval`
    # needs, paid by every command when the CLI imported them
    code = "import sys, storyline.cli; print(sorted({'nltk', 'rouge_score'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
