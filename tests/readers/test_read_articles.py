"""Readers turn files, folders and stdin into Articles and report bad records one by one."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

from storyline.model import Problem
from storyline.readers import InputError, read_articles


def collect(inputs: list[str | Path]) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    return list(read_articles(inputs, problems.append)), problems


def test_text_file_with_front_matter_and_headline(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(
        "Source: The Herald\nDate: 22 August 2016\nURL: https://example.org/a\n"
        "Author: A. Writer\n\nCorbyn To Rule Out Pact\n\nFirst paragraph here.\n",
        encoding="utf-8",
    )
    (a,), problems = collect([f])
    assert problems == []
    assert a.source == "The Herald"
    assert a.published == datetime(2016, 8, 22)
    assert a.url == "https://example.org/a"
    assert a.author == "A. Writer"
    assert a.title == "Corbyn To Rule Out Pact"
    assert a.text == "First paragraph here."
    assert a.origin == str(f)


def test_first_line_ending_in_full_stop_is_the_lede_not_a_headline(tmp_path: Path) -> None:
    f = tmp_path / "the-courier.txt"
    f.write_text("Corbyn has ruled out a pact.\nHe said so today.\n", encoding="utf-8")
    (a,), _ = collect([f])
    assert a.title == ""
    assert a.text.startswith("Corbyn has ruled out a pact.")
    assert a.source == "The Courier"  # from the file name when no metadata names it


def test_a_caption_or_a_long_first_line_is_text_not_the_headline(tmp_path: Path) -> None:
    # (a page's photo caption, taken for the headline, had titled a story's digest)
    caption = ("FILE - In this Aug. 15, 2014 file photo, New York City real estate heir Robert "
               "Durst leaves a Houston courtroom. New Orleans Federal Judge Kurt Engelhardt "
               "approved a plea... (Associated Press)")
    long_line = " ".join(["word"] * 31)
    picture = "Image caption Have a break? Nestlé believes it owns the shape of four-finger bars"
    labels = "Photo Advertisement Continue reading the main story"  # (the page's own)
    credit = "Getty Images Elon Musk"  # (a picture's credit and whom it shows)
    announcing = "The New York Times said in an editorial on Sunday, Nov. 1:"
    tag = "gungate"  # (a tag)
    barred = ('"My rallies are not covered properly by the media," Donald Trump tweeted. | '
              "Getty Trump blames 'disgusting' media: 'I would be beating Hillary by 20%'")
    video = ("This video from Compassion Over Killing alleges mistreatment of chickens at a "
             "Tyson's chicken (Compassion Over Killing)")
    portrait = "Lizandra Cosme, 32, of Chicago"
    for i, first in enumerate((caption, long_line, picture, labels, credit, announcing, tag,
                               barred, video, portrait)):
        (tmp_path / f"{i}.txt").write_text(f"{first}\n\nDurst was sentenced.\n", encoding="utf-8")
    for i, headline in enumerate(("Obama Wins Reelection", "Mr. Trump Goes to Washington",
                                  "Why Did Trump Fire Comey? Here Is What We Know",
                                  "Apple Inc. Earnings Beat Forecasts as George W. Bush Speaks")):
        (tmp_path / f"t{i}.txt").write_text(f"{headline}\n\nBody.\n", encoding="utf-8")
    articles, _ = collect([tmp_path])
    by_id = {a.id: a for a in articles}
    assert by_id["0"].title == "" and by_id["0"].text.startswith("FILE - In this")
    assert by_id["1"].title == "" and by_id["1"].text.startswith("word word")
    assert by_id["2"].title == "" and by_id["2"].text.startswith("Image caption")
    assert by_id["3"].title == "" and by_id["3"].text.startswith("Photo Advertisement")
    assert by_id["4"].title == "" and by_id["4"].text.startswith("Getty Images")
    assert by_id["5"].title == "" and by_id["5"].text.startswith("The New York Times said")
    assert by_id["6"].title == ""
    assert by_id["7"].title == "" and by_id["7"].text.startswith('"My rallies')
    assert by_id["8"].title == "" and by_id["8"].text.startswith("This video from")
    assert by_id["9"].title == "" and by_id["9"].text.startswith("Lizandra Cosme, 32")
    assert [by_id[f"t{i}"].title for i in range(4)] == [
        "Obama Wins Reelection", "Mr. Trump Goes to Washington",
        "Why Did Trump Fire Comey? Here Is What We Know",
        "Apple Inc. Earnings Beat Forecasts as George W. Bush Speaks"]


def test_json_list_and_extra_fields_kept_as_metadata(tmp_path: Path) -> None:
    f = tmp_path / "batch.json"
    f.write_text(json.dumps([
        {"title": "One", "text": "Body one.", "source": "BBC", "published": "2024-03-01T10:00:00Z",
         "section": "politics"},
        {"title": "Two", "body": "Body two.", "url": "https://x.test/2"},
    ]), encoding="utf-8")
    (one, two), problems = collect([f])
    assert problems == []
    assert one.source == "BBC" and one.metadata["section"] == "politics"
    assert one.published is not None and one.published.tzinfo is not None
    assert two.text == "Body two." and two.url == "https://x.test/2"
    assert one.id != two.id


def test_jsonl_bad_line_is_reported_with_its_line_and_the_rest_is_read(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"id": "a1", "text": "Good one."}\n{"text": \n{"id": "a3", "title": "no text"}\n'
        '{"id": "a4", "text": "Good two."}\n',
        encoding="utf-8",
    )
    articles, problems = collect([f])
    assert [a.id for a in articles] == ["a1", "a4"]
    assert [p.where for p in problems] == [f"{f}:2", f"{f}:3"]
    assert "not valid JSON" in problems[0].message
    assert "no article text" in problems[1].message


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    f = tmp_path / "old.txt"
    text = "Headline\n\nThe café in Zürich said the deficit was £14.8bn, a rise of 3%. " * 3
    f.write_bytes(text.encode("cp1252"))
    (a,), problems = collect([f])
    assert problems == []
    assert "café" in a.text and "£14.8bn" in a.text


def test_text_decoded_wrongly_upstream_is_repaired_and_good_text_left_alone(
        tmp_path: Path) -> None:
    f = tmp_path / "scraped.jsonl"
    records = [
        {"id": "a", "title": "Hydro-QuÃ©bec goes dark",
         "text": "Earthâ\x80\x99s field shook Hydro-QuÃ©bec. Crews came \x97 late."},
        {"id": "b", "text": "Québec’s “grid” — São Paulo’s too, at 82° north."},
    ]
    f.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (a, b), problems = collect([f])
    assert problems == []
    assert a.title == "Hydro-Québec goes dark"
    assert a.text == "Earth’s field shook Hydro-Québec. Crews came — late."
    assert b.text == records[1]["text"]  # curly quotes, accents and signs as written


def test_a_closing_quotation_mark_a_wrong_decoding_lost_is_put_back(tmp_path: Path) -> None:
    f = tmp_path / "lost.jsonl"
    records = [{"id": "a", "text": "Tapper called it \u201cunhinged\ufffd? and \u201cwild.\ufffd? "
                                   "Then he asked: is it the caf\ufffd? No one knew."}]
    f.write_text(json.dumps(records[0]), encoding="utf-8")
    (a,), problems = collect([f])
    assert problems == []
    assert a.text == ("Tapper called it \u201cunhinged\u201d and \u201cwild.\u201d Then he "
                      "asked: is it the caf\ufffd? No one knew.")


def test_invisible_spaces_inside_words_go(tmp_path: Path) -> None:
    f = tmp_path / "zw.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "The \u200bFlight Crew sued the\u200bir "
                                                "team. \U0001F469\u200d\U0001F4BB cheered."}),
                 encoding="utf-8")
    (a,), problems = collect([f])
    assert problems == []
    assert a.text == "The Flight Crew sued their team. \U0001F469\u200d\U0001F4BB cheered."


def test_folders_are_read_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z head\n\nZ body.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A head\n\nA body.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H\n\nHidden.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    articles, problems = collect([tmp_path])
    assert [a.title for a in articles] == ["A head", "Z head"]
    assert problems == []


def test_missing_empty_and_binary_inputs_are_each_one_problem(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    good = tmp_path / "good.txt"
    good.write_text("Head\n\nBody text.", encoding="utf-8")
    articles, problems = collect([tmp_path / "nope.txt", empty, binary, good])
    assert [a.title for a in articles] == ["Head"]
    assert [p.where for p in problems] == [str(tmp_path / "nope.txt"), str(empty), str(binary)]


def test_without_a_handler_the_first_problem_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "missing.txt"]))


def test_stdin_is_read_and_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "From stdin."}\n{"id": "s2", "text": "Again."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, problems = collect(["-"])
    assert [a.id for a in articles] == ["s1", "s2"]
    assert problems == []


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    f = tmp_path / "dups.jsonl"
    f.write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n', encoding="utf-8")
    articles, _ = collect([f])
    assert [a.id for a in articles] == ["x", "x~2"]


def test_the_example_names_its_three_outlets(example_dir: Path) -> None:
    articles, problems = collect([example_dir])
    assert problems == []
    assert sorted(a.source for a in articles) == ["BuzzFeed News", "The Courier", "The Herald"]
    assert all(a.published is not None for a in articles)
