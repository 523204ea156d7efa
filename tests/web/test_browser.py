"""The newsroom page in a real headless Chromium, driven by Playwright: the story list, a
story with its sections, a citation opened to its source sentence, articles pasted and
uploaded — and hostile article text shown as text, never run.

Chromium is the system's (Debian's `chromium`, which `.ci/run` installs); Playwright
never downloads a browser. Screenshots go to test-artifacts/screenshots/ (or
$STORYLINE_SCREENSHOTS).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import EXAMPLE, Server, example_records, serving

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
CHROMIUM = os.environ.get("STORYLINE_CHROMIUM") or shutil.which("chromium") or \
    shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("no system Chromium (Debian: apt-get install chromium)",
                allow_module_level=True)

SHOTS = Path(os.environ.get("STORYLINE_SCREENSHOTS") or
             Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots")
# As the machine's notes say: no background networking, no first-run, a fresh profile.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PWN = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE = {
    "title": f"<script>{PWN}</script>Storm floods Hull",
    "source": f'<img src=x onerror="{PWN}">Evil Gazette',
    "author": f"<svg onload=\"{PWN}\"></svg>",
    "url": f"javascript:{PWN}",
    "published": "2024-02-05",
    "text": f'Storm Ciara flooded Hull on Monday <img src=x onerror="{PWN}">, police said. '
            f"About 9,000 homes lost power <script>{PWN}</script></p> across the city.\n"
            f'"We have never seen water like it <b onmouseover="{PWN}">here</b>," said '
            "Mayor Jane Smith.",
}
RIVAL = {
    "title": "Hull flooded by Storm Ciara", "source": "Hull Daily", "published": "2024-02-06",
    "text": "Storm Ciara flooded Hull on Monday, police said. About 7,000 homes lost power "
            "across the city, the electricity board said on Tuesday.",
}


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(tmp_path_factory.mktemp("browser") / "newsroom.db") as server:
        for payload in (example_records(), [HOSTILE, RIVAL]):
            response = httpx.post(server.url + "/api/articles", json=payload, timeout=60)
            assert response.status_code == 200 and response.json()["stored"] == len(payload)
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records dialogs and page errors, and fails on either."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    trouble: list[str] = []
    tab.on("dialog", lambda d: (trouble.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("pageerror", lambda e: trouble.append(f"page error: {e}"))
    yield tab
    pwned = tab.evaluate("window.__pwned || 0")
    context.close()
    assert not trouble and not pwned, (trouble, pwned)


def shoot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_open_a_story_and_click_a_citation_to_see_its_source_sentence(
        newsroom: Server, page: Any) -> None:
    page.goto(newsroom.url + "/?order=sources")
    rows = page.locator("table.stories tbody tr")
    assert rows.count() == 3
    assert "The Courier, The Herald" in rows.nth(0).inner_text()
    shoot(page, "1-story-list")

    page.locator("a.story-link").nth(0).click()
    page.wait_for_url("**/stories/s1")
    assert page.locator("section.digest p.line").count() >= 3
    assert page.locator("table.grid td.yes").count() >= 4  # the coverage grid
    assert page.locator("svg.timeline circle.dot").count() >= 3  # the drawn timeline
    # each entry marks the words its date was read from ('next month': September 2016)
    assert "next month" in page.locator("ol.events mark").all_inner_texts()
    assert "Jeremy Corbyn" in page.locator("h3.speaker").all_inner_texts()

    cite = page.locator("button.cite").nth(0)
    evidence = page.locator(".cite-wrap").nth(0).locator(".evidence")
    assert not evidence.is_visible()
    cite.click()
    assert evidence.is_visible() and cite.get_attribute("aria-expanded") == "true"
    story = httpx.get(newsroom.url + "/api/stories/s1", timeout=30).json()
    first = story["story"]["sentences"][0]["support"][0]["sentence_ids"][0]
    assert story["evidence"][first] in evidence.inner_text()
    shoot(page, "2-citation-open")

    page.keyboard.press("Escape")
    page.mouse.move(0, 0)  # hovering alone also shows it
    assert not evidence.is_visible()
    cite.click()
    evidence.get_by_role("link", name="read it in the article").first.click()
    page.wait_for_url("**/articles/**#s*")
    target = page.locator(".sentence:target")
    assert target.count() == 1 and target.inner_text() == story["evidence"][first]
    shoot(page, "3-source-article")


def test_disagreements_stand_side_by_side(newsroom: Server, page: Any) -> None:
    page.goto(newsroom.url + "/?q=Ciara")
    page.locator("a.story-link").first.click()
    sides = page.locator(".disagreement .side")
    assert sides.count() == 2
    assert {"9,000", "7,000"} == {sides.nth(i).locator("mark").inner_text() for i in range(2)}
    shoot(page, "4-disagreement")


def test_pasted_articles_are_digested_and_can_be_added(newsroom: Server, page: Any) -> None:
    pasted = "\n---\n".join(p.read_text() for p in sorted(EXAMPLE.glob("the-*.txt")))
    page.goto(newsroom.url + "/")
    page.fill("textarea[name=text]", pasted)
    shoot(page, "5-paste")
    page.get_by_role("button", name="Digest (not stored)").click()
    page.wait_for_url("**/digest")
    assert page.locator("article.story").count() == 1
    assert page.locator("section.digest button.cite").count() >= 3
    assert "Kezia Dugdale" in page.locator("h3.speaker").all_inner_texts()
    shoot(page, "6-pasted-digest")

    page.goto(newsroom.url + "/")
    page.fill("textarea[name=text]", "Source: Orkney Herald\nDate: 3 March 2024\n\n"
              "Ferries halted\n\nEvery ferry to Orkney was cancelled on Sunday as gales "
              "reached 90mph, the operator said.")
    page.get_by_role("button", name="Add to the newsroom").click()
    page.wait_for_url("**/stories/s*")
    assert "Ferries halted" in page.locator("h1").inner_text()


def test_uploaded_files_are_digested(newsroom: Server, page: Any) -> None:
    page.goto(newsroom.url + "/")
    page.set_input_files("input[name=files]", [str(p) for p in sorted(EXAMPLE.glob("*.txt"))])
    page.get_by_role("button", name="Digest (not stored)").click()
    page.wait_for_url("**/digest")
    assert page.locator("article.story").count() == 2  # 2016 and 2017 apart
    shoot(page, "7-uploaded-digest")


def test_hostile_article_text_is_shown_as_text_and_never_runs(
        newsroom: Server, page: Any) -> None:
    page.goto(newsroom.url + "/?q=Ciara")
    page.locator("a.story-link").first.click()
    for cite in page.locator("button.cite").all():
        cite.click()
        page.keyboard.press("Escape")  # an open citation may cover the next one
        page.mouse.move(0, 0)
    assert page.get_by_text(f"<script>{PWN}</script>Storm floods Hull").count() >= 1
    assert page.get_by_text(f'<img src=x onerror="{PWN}">Evil Gazette').count() >= 1
    page.locator("button.cite").first.click()
    shoot(page, "8-hostile-story")
    page.get_by_role("link", name="read it in the article").first.click()
    page.wait_for_load_state()
    assert page.locator("a[href^='javascript:']").count() == 0
    shoot(page, "9-hostile-article")
    page.goto(newsroom.url + "/")
    page.fill("textarea[name=text]", f"Source: <script>{PWN}</script>\n\n"
              f"<img src=x onerror=\"{PWN}\">\n\n{HOSTILE['text']}")
    page.get_by_role("button", name="Digest (not stored)").click()
    page.wait_for_url("**/digest")
    assert page.locator("section.digest").count() == 1
    # the page fixture fails the test on any dialog, page error or window.__pwned
