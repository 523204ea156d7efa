"""The web app's defences, as plain ASGI middleware: a cap on request bodies, security
headers on every response, no cross-site writes, and — when serving this machine only —
no other Host names (a DNS-rebinding page cannot talk to the app through its own name).

Article text is untrusted and the templates escape it; the Content-Security-Policy is
the second wall: even if some markup slipped through, the page runs no inline script
and loads nothing from elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI (/docs) starts itself with an inline script; it shows the API schema only.
DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
               "frame-ancestors 'none'")


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})


class Guard:
    """Refuses bodies over `limit` bytes (413, announced or streamed), cross-site POSTs
    (403: a page elsewhere must not add articles to a newsroom on localhost), with
    `local_only` any Host but this machine's names (421), and adds the security headers."""

    def __init__(self, app: ASGIApp, limit: int, local_only: bool = True):
        self.app = app
        self.limit = limit
        self.local_only = local_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        if self.local_only and _hostname(headers.get("host", "")) not in LOCAL_NAMES:
            await _reply(send, 421, "this server answers to localhost and 127.0.0.1 only")
            return
        if scope["method"] not in ("GET", "HEAD", "OPTIONS") and _cross_site(headers):
            await _reply(send, 403, "cross-site request refused")
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await _reply(send, 413, f"request body over {self.limit:,} bytes")
            return
        received = 0
        started = rejected = False

        async def limited() -> Message:
            # Over the limit: answer 413 now and tell the app the client went away, so
            # that it stops reading; whatever it sends after that is dropped.
            nonlocal received, rejected
            message = await receive()
            if message["type"] == "http.request" and not rejected:
                received += len(message.get("body", b""))
                if received > self.limit:
                    rejected = True
                    if not started:
                        await _reply(send, 413, f"request body over {self.limit:,} bytes")
                    return {"type": "http.disconnect"}
            return message

        policy = DOCS_POLICY if scope["path"] == "/docs" else PAGE_POLICY

        async def secured(message: Message) -> None:
            nonlocal started
            if rejected:
                return
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_security(policy)]
            await send(message)

        try:
            await self.app(scope, limited, secured)
        except Exception:
            if not rejected:
                raise


def _cross_site(headers: dict[str, str]) -> bool:
    """A browser says where a request comes from (Sec-Fetch-Site, else Origin); scripts
    and curl send neither, and are not cross-site requests."""
    site = headers.get("sec-fetch-site")
    if site:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if not origin:
        return False
    return origin == "null" or origin.split("://", 1)[-1] != headers.get("host", "")


def _hostname(host: str) -> str:
    return host.rsplit(":", 1)[0] if not host.endswith("]") else host


def _security(policy: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", policy.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),  # no referrer to the outlets we link
        (b"x-frame-options", b"DENY"),
    ]
