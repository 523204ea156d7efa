"""The JSON API of `storyline serve`, against the real app over HTTP: post, list, search,
read a story with every section; bad input, size limits and hostile requests refused
with one clear line, and nothing outside the database reachable."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .conftest import EXAMPLE, Server, example_records, serving


def test_posting_articles_stores_each_once_and_says_what_happened(newsroom: Server) -> None:
    again = httpx.post(newsroom.url + "/api/articles", json={"articles": example_records()})
    body = again.json()
    assert again.status_code == 200
    assert (body["stored"], body["duplicates"]) == (0, 3)
    assert {r["story"] for r in body["results"]} == {"s1", "s2"}
    health = httpx.get(newsroom.url + "/api/health").json()
    assert (health["articles"], health["stories"], health["writes"]) == (3, 2, "ready")


def test_stories_are_listed_searched_and_paged(newsroom: Server) -> None:
    listing = httpx.get(newsroom.url + "/api/stories", params={"order": "sources"}).json()
    assert listing["total"] == 2
    top = listing["stories"][0]
    assert (top["id"], top["articles"], top["sources"]) == ("s1", 2, 2)
    assert top["outlets"] == ["The Courier", "The Herald"]
    assert (top["first"], top["last"]) == ("2016-08-22T00:00:00", "2016-08-25T00:00:00")
    found = httpx.get(newsroom.url + "/api/stories", params={"q": "Sturgeon journalists"})
    assert [s["id"] for s in found.json()["stories"]] == ["s2"]
    page = httpx.get(newsroom.url + "/api/stories", params={"limit": 1, "offset": 1}).json()
    assert len(page["stories"]) == 1 and page["total"] == 2
    assert httpx.get(newsroom.url + "/api/stories", params={"limit": 0}).status_code == 422


def test_a_story_comes_with_its_digest_every_section_evidence_and_articles(
        newsroom: Server) -> None:
    data = httpx.get(newsroom.url + "/api/stories/s1", timeout=30).json()
    story = data["story"]
    assert {s["name"] for s in story["sources"]} == {"The Courier", "The Herald"}
    assert set(story["analysis"]) == {"only_in", "disagreements", "quotes", "timeline",
                                      "entities"}
    speakers = {q["speaker"] for q in story["analysis"]["quotes"]}
    assert {"Jeremy Corbyn", "Neil Findlay", "Kezia Dugdale"} <= speakers
    for sentence in story["sentences"]:
        for support in sentence["support"]:
            for sid in support["sentence_ids"]:
                assert data["evidence"][sid]  # every cited sentence can be shown
    assert len(data["articles"]) == 2
    article = httpx.get(newsroom.url + f"/api/articles/{data['articles'][0]['id']}").json()
    assert article["story"] == "s1" and article["text"]


def test_missing_things_are_404_with_a_reason(newsroom: Server) -> None:
    response = httpx.get(newsroom.url + "/api/stories/s999")
    assert response.status_code == 404 and response.json() == {"detail": "no story 's999'"}
    assert httpx.get(newsroom.url + "/api/articles/nope").status_code == 404
    assert httpx.get(newsroom.url + "/stories/s999").status_code == 404


def test_uploaded_files_are_read_by_content_and_a_bad_record_is_one_problem(
        newsroom: Server) -> None:
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in EXAMPLE.glob("*.txt")]
    broken = b'{"text": "A new report on flooding in Hull.", "source": "Hull Daily"}\n{"id": '
    files.append(("files", ("../../etc/feed.jsonl", broken, "application/json")))
    response = httpx.post(newsroom.url + "/api/articles", files=files, timeout=60)
    body = response.json()
    assert response.status_code == 200
    assert (body["stored"], body["duplicates"]) == (1, 3)
    assert body["problems"] == [{"where": "feed.jsonl:2",
                                 "message": body["problems"][0]["message"]}]
    assert body["problems"][0]["message"].startswith("not valid JSON")


def test_bad_records_are_reported_and_the_rest_stored(newsroom: Server) -> None:
    response = httpx.post(newsroom.url + "/api/articles", json=[
        {"title": "no text here"}, "not an object",
        {"text": "Storm Ciara closed every ferry route to Orkney on Sunday.", "source": "BBC"},
    ])
    body = response.json()
    assert body["stored"] == 1
    assert body["problems"] == [
        {"where": "articles[0]", "message": "record has no article text (field 'text')"},
        {"where": "articles[1]", "message": "expected an object, got str"},
    ]


def test_unusable_requests_are_refused_with_one_line(newsroom: Server) -> None:
    bad_json = httpx.post(newsroom.url + "/api/articles", content=b"{not json",
                          headers={"content-type": "application/json"})
    assert bad_json.status_code == 400
    assert bad_json.json()["detail"].startswith("request body is not valid JSON (")
    assert httpx.post(newsroom.url + "/api/articles", content=b"text",
                      headers={"content-type": "text/plain"}).status_code == 415
    empty = httpx.post(newsroom.url + "/api/articles", json=[{"title": "x"}])
    assert empty.status_code == 422
    assert empty.json()["detail"]["message"] == "no readable article in the request"


def test_digest_without_storing(newsroom: Server) -> None:
    before = httpx.get(newsroom.url + "/api/health").json()["articles"]
    response = httpx.post(newsroom.url + "/api/digest", json=example_records(), timeout=60)
    document = response.json()
    assert document["schema"] == "storyline.digest" and len(document["stories"]) == 2
    assert all(s["evidence"] for s in document["stories"])
    assert httpx.get(newsroom.url + "/api/health").json()["articles"] == before


def test_request_bodies_over_the_limit_are_refused(tmp_path: Path) -> None:
    with serving(tmp_path / "small.db", "--max-request-mb", "1") as server:
        big = {"text": "word " * 300_000}
        assert httpx.post(server.url + "/api/articles", json=big).status_code == 413

        def chunks():  # no Content-Length: the body is counted as it arrives
            for _ in range(40):
                yield b" " * 50_000

        chunked = httpx.post(server.url + "/api/articles", content=chunks(),
                             headers={"content-type": "application/json"})
        assert chunked.status_code == 413
        assert chunked.json() == {"detail": "request body over 1,048,576 bytes"}
        assert httpx.get(server.url + "/api/health").json()["articles"] == 0


def test_cross_site_writes_and_foreign_host_names_are_refused(newsroom: Server) -> None:
    evil = httpx.post(newsroom.url + "/add", data={"text": "Pwned\n\nInjected text."},
                      headers={"origin": "http://evil.example"})
    assert evil.status_code == 403
    sneaky = httpx.post(newsroom.url + "/api/articles", json={"text": "x y z"},
                        headers={"sec-fetch-site": "cross-site"})
    assert sneaky.status_code == 403
    rebound = httpx.get(newsroom.url + "/api/stories", headers={"host": "evil.example"})
    assert rebound.status_code == 421


def raw_get(server: Server, path: str) -> tuple[int, bytes]:
    """A GET with the path exactly as given (httpx would normalise the dots away)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/articles/..%2f..%2fetc%2fpasswd",
    "/static/swagger/../../../../../etc/passwd",
])
def test_no_path_reaches_the_file_system(newsroom: Server, path: str) -> None:
    status, body = raw_get(newsroom, path)
    assert status == 404 and b"root:" not in body


def test_docs_and_their_assets_are_served_offline(newsroom: Server) -> None:
    docs = httpx.get(newsroom.url + "/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert httpx.get(newsroom.url + "/static/swagger/swagger-ui-bundle.js").status_code == 200
    spec = httpx.get(newsroom.url + "/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles"} <= set(spec["paths"])
    body = spec["paths"]["/api/articles"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} == set(body)


def test_pages_escape_article_text_and_carry_a_strict_content_policy(newsroom: Server) -> None:
    hostile = {"title": "<script>alert(1)</script> Flood", "source": "<b onmouseover=x>Evil</b>",
               "url": "javascript:alert(2)",
               "text": 'Floods <img src=x onerror="alert(3)"> hit Hull on Monday. '
                       "Crews used boats to reach residents.</p><script>alert(4)</script>"}
    done = httpx.post(newsroom.url + "/api/articles", json=hostile).json()["results"][0]
    page = httpx.get(newsroom.url + f"/stories/{done['story']}", timeout=30)
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Flood" in page.text
    assert 'href="javascript:' not in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    article = httpx.get(newsroom.url + f"/articles/{done['id']}")
    assert "&lt;img src=x onerror=" in article.text and "<img src=x" not in article.text
    listing = httpx.get(newsroom.url + "/", params={"q": "<script>"})
    assert "<script>" not in listing.text.replace('<script src="/static/storyline.js" defer>',
                                                   "")


def test_a_transcript_s_turn_is_shown_with_its_speaker(newsroom: Server) -> None:
    oral = {"title": "The Daily Show: an oral history", "source": "Vanity Fair",
            "text": "JON STEWART (host, 1999-2015):\n\nMy wildest dream for the satire "
                    "show was a good long run of it. Success for me meant figuring the "
                    "satire show out.\n\nJAMES DIXON (manager):\n\nWe had this nice "
                    "satire deal with the network for years.\n\nJON STEWART: It was the "
                    "turning point for me and the satire show."}
    done = httpx.post(newsroom.url + "/api/articles", json=oral).json()["results"][0]
    page = httpx.get(newsroom.url + f"/stories/{done['story']}", timeout=30).text
    assert '<span class="voice">Jon Stewart:</span> My wildest dream' in page
    assert '<span class="voice">James Dixon:</span> We had' in page


def test_it_listens_on_this_machine_only_unless_told(newsroom: Server) -> None:
    assert f"at http://127.0.0.1:{newsroom.port}/" in newsroom.log.read_text()
    try:
        addresses = subprocess.run(["hostname", "-I"], capture_output=True,
                                   text=True).stdout.split()
    except OSError:
        addresses = []
    outside = [a for a in addresses if ":" not in a and not a.startswith("127.")]
    if not outside:
        pytest.skip("this machine has no address but loopback")
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://{outside[0]}:{newsroom.port}/api/health", timeout=3)


def test_serve_without_the_extra_says_how_to_install_it() -> None:
    code = ("import sys, builtins\n"
            "real = builtins.__import__\n"
            "def fake(name, *a, **k):\n"
            "    if name == 'uvicorn': raise ImportError('No module named uvicorn')\n"
            "    return real(name, *a, **k)\n"
            "builtins.__import__ = fake\n"
            "from storyline.cli import main\n"
            "sys.exit(main(['serve', '--db', 'x.db']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert 'pip install "storyline[serve]"' in result.stderr


def test_json_output_of_the_api_matches_the_digest_schema(newsroom: Server) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parents[2] / "src" / "storyline" / "schema" /
                         "digest.schema.json").read_text())
    story = httpx.get(newsroom.url + "/api/stories/s1", timeout=30).json()["story"]
    jsonschema.validate({"schema": "storyline.digest", "schema_version": 1,
                         "stories": [story], "problems": []}, schema)


def test_an_empty_paste_gets_a_page_saying_why(newsroom: Server) -> None:
    response = httpx.post(newsroom.url + "/digest", files={"text": (None, "Headline only\n")})
    assert response.status_code == 422
    assert "text/html" in response.headers["content-type"]
    assert "no readable article in the request" in response.text
    assert "pasted article 1: no article text after the headline" in response.text


# a server whose digest fails on one story's text, as a bug of ours would
FAULTY = ("-c", """
import sys
import storyline.pipeline as pipeline
import storyline.store as store
real = pipeline.digest_story
def faulty(story, by_id, *args, **kwargs):
    if any("Sturgeon" in by_id[i].text for i in story.article_ids):
        raise ValueError("a fault on this text")
    return real(story, by_id, *args, **kwargs)
pipeline.digest_story = store.digest_story = faulty
from storyline.cli import main
sys.exit(main(sys.argv[1:]))
""")


def test_a_story_that_cannot_be_digested_is_named_and_the_others_are_served(
        tmp_path: Path) -> None:
    with serving(tmp_path / "n.db", program=FAULTY) as server:
        assert httpx.post(server.url + "/api/articles", json=example_records(),
                          timeout=60).status_code == 200
        ids = [s["id"] for s in httpx.get(server.url + "/api/stories").json()["stories"]]
        answers = {i: httpx.get(f"{server.url}/api/stories/{i}", timeout=60) for i in ids}
        assert sorted(r.status_code for r in answers.values()) == [200, 500]
        bad = next(i for i, r in answers.items() if r.status_code == 500)
        detail = answers[bad].json()["detail"]
        assert detail["message"] == (f"story {bad}: could not be digested (ValueError: a fault "
                                     "on this text); please report it")
        assert [a["source"] for a in detail["articles"]] == ["BuzzFeed News"]
        page = httpx.get(f"{server.url}/stories/{bad}", timeout=60)
        assert page.status_code == 500 and "could not be digested" in page.text
        assert f'href="/articles/{detail["articles"][0]["id"]}"' in page.text  # still readable
        # a preview digests the rest and says which story it could not
        preview = httpx.post(server.url + "/api/digest", json=example_records(), timeout=60)
        assert preview.status_code == 200 and len(preview.json()["stories"]) == 1
        assert [p["message"] for p in preview.json()["problems"]] == [
            "could not be digested (ValueError: a fault on this text); please report it"]
        assert "ValueError: a fault on this text" in server.log.read_text()  # the traceback
