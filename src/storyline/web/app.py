"""The newsroom web app: a JSON API and the pages, over one `Store`.

Every route is a thin shell: intake (`web.intake`) turns a request into articles with
the library's readers, the store groups and digests them with the library's pipeline,
and the pages show the same JSON stories the API returns (arranged by `web.view`).
Blocking work (SQLite, digesting) runs in the thread pool, never on the event loop.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import UploadFile

from storyline import __version__
from storyline.model import Article, CachedDigest, Ingested, Problem, StoryListing
from storyline.pipeline import digest_stories, evidence, undigested
from storyline.render import to_dict
from storyline.store import ORDERS, Store
from storyline.web import intake, view
from storyline.web.guard import Guard

HERE = Path(__file__).parent
MAX_REQUEST_BYTES = 20 * 1024 * 1024
PAGE_SIZE = 50

_ARTICLES_BODY = {
    "description": "Articles as JSON (an object, a list, or {\"articles\": [...]}, with "
    "fields text, title, url, source, published, author, id, language; others are kept as "
    "metadata) or as uploaded files (multipart field `files`: any format storyline reads).",
    "required": True,
    "content": {
        "application/json": {"schema": {"oneOf": [
            {"$ref": "#/components/schemas/ArticleIn"},
            {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
            {"type": "object", "properties": {"articles": {
                "type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}}}},
        ]}},
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
    },
}
_ARTICLE_SCHEMA = {
    "type": "object", "required": ["text"],
    "properties": {name: {"type": "string"} for name in
                   ("text", "title", "url", "source", "published", "author", "id", "language")},
    "example": {"title": "Corbyn rules out SNP pact", "source": "The Courier",
                "published": "2016-08-25", "text": "Jeremy Corbyn has ruled out a pact..."},
}


def create_app(store: Store, max_request_bytes: int = MAX_REQUEST_BYTES,
               local_only: bool = True) -> Any:
    """The ASGI app serving `store`: API under /api, OpenAPI at /docs, pages elsewhere.
    `local_only`: answer only requests addressed to this machine's own names."""
    app = FastAPI(title="storyline", version=__version__, docs_url=None, redoc_url=None,
                  description="Stories from a pile of news, each with a cited digest.")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(when=view.when, version=__version__)
    templates.env.auto_reload = False  # no stat() of every template on every page
    _mount_swagger(app)  # before /static, which would otherwise answer for /static/swagger
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    # -- API -----------------------------------------------------------------------------

    async def digest_of(story_id: str) -> CachedDigest | None:
        """A cached digest is read on the event loop (a fraction of a millisecond: no
        thread hop, no GIL hand-offs); a digest to make goes to the thread pool. A story
        storyline cannot digest (a fault of ours on its text) raises `Undigested`, which
        names it: the other stories are served as ever."""
        try:
            return store.cached(story_id) or await run_in_threadpool(store.digest, story_id)
        except Exception as exc:
            _LOG.exception("story %s could not be digested", story_id)
            raise Undigested(undigested(story_id, exc)) from exc

    async def listing(q: str, limit: int, offset: int, order: str) -> tuple[
            int, list[StoryListing]]:
        if q.strip():  # full-text search may take a few milliseconds: off the loop
            return await run_in_threadpool(store.search, q, limit, offset)
        return store.count(), store.stories("", limit, offset, order)

    @app.get("/api/stories", tags=["stories"])
    async def list_stories(
        q: str = Query("", max_length=500, description="words to search for"),
        limit: int = Query(PAGE_SIZE, ge=1, le=500), offset: int = Query(0, ge=0),
        order: str = Query("updated", pattern="^(updated|sources)$"),
    ) -> dict[str, Any]:
        """Stories, most recently updated first (or `order=sources`), or matching `q`."""
        total, stories = await listing(q, limit, offset, order)
        return {"total": total, "stories": [_listing(s) for s in stories]}

    @app.get("/api/stories/{story_id}", tags=["stories"])
    async def get_story(story_id: str) -> dict[str, Any]:
        """One story's digest with all its sections, the text of every cited sentence
        (`evidence`), and its articles."""
        try:
            cached = await digest_of(story_id)
        except Undigested as exc:
            raise HTTPException(500, {"message": f"{exc.problem.where}: {exc.problem.message}",
                                      "articles": [{**_article(a), "copy_of": copy_of} for a,
                                                   copy_of in store.members(story_id)]}) from exc
        if cached is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return {"story": cached.story, "evidence": cached.evidence,
                "articles": [{**_article(a), "copy_of": copy_of}
                             for a, copy_of in store.members(story_id)]}

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: str) -> dict[str, Any]:
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        article, story_id = found
        return {**_article(article), "text": article.text, "story": story_id}

    @app.post("/api/articles", tags=["articles"], openapi_extra={"requestBody": _ARTICLES_BODY})
    async def post_articles(request: Request) -> JSONResponse:
        """Store articles and update their stories. Each article is reported as `stored`,
        `duplicate` (seen before, by URL or content) or `kept` (a language storyline does
        not summarize, or no article text); a bad record is a one-line problem and the
        rest are stored."""
        articles, problems = await _intake(request, max_request_bytes)
        done = await run_in_threadpool(store.add, articles)
        return JSONResponse(_ingest_report(done, problems))

    @app.post("/api/digest", tags=["articles"], openapi_extra={"requestBody": _ARTICLES_BODY})
    async def post_digest(request: Request) -> dict[str, Any]:
        """Digest articles without storing them: the JSON document of `storyline digest
        --format json`, with `evidence` per story."""
        articles, problems = await _intake(request, max_request_bytes)
        digests = await run_in_threadpool(_preview, store, articles, problems)
        document = to_dict([], problems)
        document["stories"] = [{**d.story, "evidence": d.evidence} for d in digests]
        return document

    @app.get("/api/health", tags=["service"])
    async def health() -> dict[str, Any]:
        """`writes` is "ready" once the grouper holds the stored articles (a replay, in
        the background after start-up; a write before then waits for it)."""
        return {"status": "ok", "version": __version__, "articles": store.article_count(),
                "stories": store.count(), "writes": "ready" if store.ready else "warming"}

    # -- pages ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request, q: str = Query("", max_length=500),
                    offset: int = Query(0, ge=0), order: str = Query("updated")) -> Response:
        order = order if order in ORDERS else "updated"
        total, stories = await listing(q, PAGE_SIZE, offset, order)
        return templates.TemplateResponse(request, "index.html", {
            "stories": stories, "q": q, "offset": offset, "order": order,
            "total": total, "page": PAGE_SIZE,
            "added": request.query_params.get("added"),
            "duplicates": request.query_params.get("duplicates"),
            "skipped": request.query_params.get("skipped"),
        })

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(request: Request, story_id: str) -> Response:
        try:
            cached = await digest_of(story_id)
        except Undigested as exc:  # (its articles can still be read)
            return templates.TemplateResponse(request, "undigested.html", {
                "problem": exc.problem, "articles": store.members(story_id)}, status_code=500)
        if cached is None:
            return _not_found(templates, request, f"No story {story_id}.")
        return templates.TemplateResponse(request, "story.html",
                                          {"story": view.story_view(cached)})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Response:
        found = store.article(article_id)
        if found is None:
            return _not_found(templates, request, f"No article {article_id}.")
        article, story_id = found
        return templates.TemplateResponse(request, "article.html", {
            "article": article, "story_id": story_id, "href": view.safe_href(article.url),
            "paragraphs": view.article_paragraphs(article)})

    async def page_intake(request: Request) -> tuple[list[Article], list[Problem]] | Response:
        """The form's articles, or a page saying why there are none."""
        try:
            return await _intake(request, max_request_bytes, forms_only=True)
        except HTTPException as exc:
            detail = exc.detail if isinstance(exc.detail, dict) else {"message": exc.detail}
            return templates.TemplateResponse(request, "message.html", {
                "heading": "Nothing to digest", "message": detail["message"],
                "problems": detail.get("problems", [])}, status_code=exc.status_code)

    @app.post("/digest", response_class=HTMLResponse, include_in_schema=False)
    async def digest_page(request: Request) -> Response:
        got = await page_intake(request)
        if isinstance(got, Response):
            return got
        articles, problems = got
        digests = await run_in_threadpool(_preview, store, articles, problems)
        return templates.TemplateResponse(request, "preview.html", {
            "stories": [view.story_view(d, stored=False) for d in digests],
            "problems": problems})

    @app.post("/add", include_in_schema=False)
    async def add_page(request: Request) -> Response:
        got = await page_intake(request)
        if isinstance(got, Response):
            return got
        articles, problems = got
        done = await run_in_threadpool(store.add, articles)
        report = _ingest_report(done, problems)
        stories = [r["story"] for r in report["results"] if r["story"]]
        if len(set(stories)) == 1 and not problems:
            return RedirectResponse(f"/stories/{stories[0]}", status_code=303)
        return RedirectResponse(f"/?added={report['stored']}&duplicates={report['duplicates']}"
                                f"&skipped={len(problems)}", status_code=303)

    return Guard(app, max_request_bytes, local_only)


def _mount_swagger(app: FastAPI) -> None:
    """OpenAPI docs from the swagger-ui files installed with storyline: nothing is
    fetched from a CDN, so /docs works offline."""
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")
    schema = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = schema()
            document.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = \
                _ARTICLE_SCHEMA
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="storyline API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")


async def _intake(request: Request, limit: int,
                  forms_only: bool = False) -> tuple[list[Article], list[Problem]]:
    """The articles of a request: JSON, uploaded files and/or pasted text. A request
    with nothing usable is a 422 naming each problem."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json" and not forms_only:
        try:
            payload = await run_in_threadpool(json.loads, await request.body())
        except (ValueError, UnicodeDecodeError) as exc:
            raise HTTPException(400, f"request body is not valid JSON ({exc})") from None
        articles, problems = await run_in_threadpool(intake.from_json, payload)
    elif kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form(max_files=1000, max_fields=100, max_part_size=limit)
        uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        files = [(f.filename or "", await f.read()) for f in uploads if f.filename]
        # parsing (trafilatura, WARC, language detection) takes time: off the event loop
        articles, problems = await run_in_threadpool(intake.from_files, files)
        pasted = form.get("text")
        if isinstance(pasted, str) and pasted.strip():
            more, trouble = await run_in_threadpool(intake.from_paste, pasted)
            articles += more
            problems += trouble
    else:
        raise HTTPException(415, "send JSON (application/json) or files "
                                 "(multipart/form-data)")
    crowd = intake.too_many(articles)
    if crowd:
        raise HTTPException(413, str(crowd))
    if not articles:
        raise HTTPException(422, {"message": "no readable article in the request",
                                  "problems": [_problem(p) for p in problems]})
    return articles, problems


class Undigested(Exception):
    """A story storyline could not digest, as the problem that names it."""

    def __init__(self, problem: Problem):
        super().__init__(f"{problem.where}: {problem.message}")
        self.problem = problem


_LOG = logging.getLogger("storyline.web")


def _preview(store: Store, articles: Sequence[Article],
             problems: list[Problem]) -> list[CachedDigest]:
    """Digests of articles that are not stored, with the store's settings; a story that
    cannot be digested is added to `problems` and the others are made."""
    by_id = {a.id: a for a in articles}
    return [CachedDigest(to_dict([d])["stories"][0], evidence(d, by_id))
            for d in digest_stories(articles, store.budget, store.method,
                                    on_problem=problems.append, sections=store.sections)]


def _ingest_report(done: Sequence[Ingested], problems: Sequence[Problem]) -> dict[str, Any]:
    return {
        "stored": sum(d.status == "stored" for d in done),
        "duplicates": sum(d.status == "duplicate" for d in done),
        "kept": sum(d.status == "kept" for d in done),
        "results": [{"id": d.article_id, "status": d.status, "story": d.story_id}
                    for d in done],
        "problems": [_problem(p) for p in problems],
    }


def _problem(p: Problem) -> dict[str, str]:
    return {"where": p.where, "message": p.message}


def _listing(s: StoryListing) -> dict[str, Any]:
    data = asdict(s)
    for key in ("first", "last", "updated"):
        data[key] = data[key].isoformat() if data[key] else None
    data["outlets"] = list(s.outlets)
    return data


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "source": a.source, "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "author": a.author, "language": a.language}


def _not_found(templates: Jinja2Templates, request: Request, message: str) -> Response:
    return templates.TemplateResponse(request, "message.html",
                                      {"heading": "Not found", "message": message},
                                      status_code=404)
