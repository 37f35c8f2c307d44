"""khabar's HTTP API (FastAPI) and the web UI, served by one app.

Reads are public unless ``public_read=False``; writes need ``Authorization: Bearer <token>`` (or
``X-API-Key``) and are refused altogether when no token is configured or ``read_only`` is set.
Bodies are capped (``max_body`` bytes) and each client is rate limited (token bucket per address).
Malformed input gets a 4xx with a message saying what is wrong.
"""

import contextlib
import hmac
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from khabar.document import Document
from khabar.store import Filters, Store, StoreError, open_store

log = logging.getLogger(__name__)

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "reported", "alleged", "planned", "possible", "conditional", "historical"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "WEAPON", "MISC"]
EventDim = Literal["day", "month", "type", "country", "polarity", "modality"]
Limit = Annotated[int, Query(ge=1, le=100, description="page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]


@dataclass
class ApiSettings:
    store: str | Store = "khabar.db"
    token: str | None = None
    read_only: bool = False
    public_read: bool = True
    rate_limit: float = 20.0  # requests per second per client; 0 switches it off
    burst: int = 60
    max_body: int = 2_000_000  # bytes
    max_text: int = 500_000  # characters of article text
    pipeline_disable: set[str] = field(default_factory=set)
    ui: bool = True


# ------------------------------------------------------------------------------------ middleware
class BodyLimit:
    """Refuse bodies over ``limit`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        cl = headers.get(b"content-length")
        if cl is not None:
            try:
                too_big = int(cl) > self.limit
            except ValueError:
                await _send_json(send, 400, {"detail": "invalid Content-Length header"})
                return
            if too_big:
                await _send_json(send, 413, {"detail": f"request body over {self.limit} bytes"})
                return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise _TooBig()
            return msg

        started = False

        async def tracking_send(msg: dict) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited, tracking_send)
        except _TooBig:
            if not started:
                await _send_json(send, 413, {"detail": f"request body over {self.limit} bytes"})


class _TooBig(Exception):
    pass


class RateLimit:
    """A token bucket per client address for /api paths: ``rate`` requests/s, bursts of ``burst``."""

    def __init__(self, app: Any, rate: float, burst: int) -> None:
        self.app, self.rate, self.burst = app, rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.rate <= 0 or not scope.get("path", "").startswith("/api"):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("?", 0))[0]
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            self.buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            if len(self.buckets) > 10_000:
                self.buckets.clear()
        if not allowed:
            wait = max(1, int((1.0 - tokens) / self.rate + 0.999))
            await _send_json(
                send, 429, {"detail": f"rate limit: at most {self.rate:g} requests/s per client"},
                [(b"retry-after", str(wait).encode())],
            )  # fmt: skip
            return
        await self.app(scope, receive, send)


async def _send_json(send: Any, status: int, body: dict, headers: list | None = None) -> None:
    import json

    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
            + (headers or []),
        }
    )
    await send({"type": "http.response.body", "body": data})


# ------------------------------------------------------------------------------------------ models
class IngestRequest(BaseModel):
    """An article to ingest: exactly one of ``text``, ``html`` or ``document``."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, description="plain article text")
    html: str | None = Field(default=None, description="a raw HTML page; the main text is extracted")
    document: dict[str, Any] | None = Field(default=None, description="a full khabar document (JSON)")
    title: str | None = Field(default=None, max_length=2000)
    published: date | None = None
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)
    id: str | None = Field(default=None, max_length=200, pattern=r"^[A-Za-z0-9._:-]+$")
    process: bool | None = Field(
        default=None,
        description="run the pipeline; default: yes for text and html, no for a full document (stored as given)",
    )

    @field_validator("text", "html", "title", "url", "source", "id")
    @classmethod
    def _plain_text(cls, v: str | None) -> str | None:
        if v is not None:
            if "\x00" in v:
                raise ValueError("contains a NUL character")
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("is not valid Unicode text (lone surrogate)") from None
        return v


class Stored(BaseModel):
    id: str
    replaced: bool
    document: dict[str, Any]


def _check_str(name: str, v: str | None) -> str | None:
    if v is None:
        return None
    if "\x00" in v:
        raise HTTPException(422, f"{name} contains a NUL character")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise HTTPException(422, f"{name} is not valid Unicode text") from None
    return v


# ------------------------------------------------------------------------------------------- app
def create_app(settings: ApiSettings | None = None, **kw: Any) -> FastAPI:
    settings = settings or ApiSettings(**kw)
    store: Store = settings.store if isinstance(settings.store, Store) else open_store(settings.store)
    pipeline_lock = threading.Lock()
    pipeline_holder: dict[str, Any] = {}

    def get_pipeline() -> Any:
        with pipeline_lock:
            if "p" not in pipeline_holder:
                from khabar.pipeline import Pipeline, PipelineConfig

                pipeline_holder["p"] = Pipeline(PipelineConfig(disabled=set(settings.pipeline_disable)))
            return pipeline_holder["p"]

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        if not isinstance(settings.store, Store):  # the app opened it, the app closes it
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="khabar",
        version="0.1.0",
        description="Arabic-first news event data: search articles, entities, events, places and actor "
        "networks; ingest articles. Reads are public unless the server says otherwise; writes need a "
        "bearer token.",
    )
    app.state.store = store
    app.state.settings = settings
    bearer = HTTPBearer(auto_error=False, description="the server's KHABAR_API_TOKEN")

    def _token_ok(request: Request, cred: HTTPAuthorizationCredentials | None) -> bool:
        given = cred.credentials if cred else request.headers.get("x-api-key")
        return bool(settings.token and given and hmac.compare_digest(given.encode(), settings.token.encode()))

    def writer(
        request: Request, cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> None:
        if settings.read_only:
            raise HTTPException(403, "this server is read-only")
        if not settings.token:
            raise HTTPException(403, "writes are disabled: the server has no API token (KHABAR_API_TOKEN)")
        if not _token_ok(request, cred):
            raise HTTPException(
                401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )

    def reader(
        request: Request, cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> None:
        if not settings.public_read and not _token_ok(request, cred):
            raise HTTPException(
                401, "this server requires a bearer token for reads", headers={"WWW-Authenticate": "Bearer"}
            )

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning("store unavailable: %s", exc)
        return JSONResponse({"detail": "the store is unavailable or busy; try again"}, status_code=503,
                            headers={"Retry-After": "5"})  # fmt: skip

    import sqlite3

    app.add_exception_handler(sqlite3.OperationalError, _unavailable)
    try:
        import psycopg

        app.add_exception_handler(psycopg.OperationalError, _unavailable)
    except ImportError:
        pass

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for e in exc.errors():
            loc = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
            errors.append({"field": loc, "message": e.get("msg", "invalid")})
        msg = "; ".join(f"{x['field']}: {x['message']}" for x in errors[:5])
        return JSONResponse({"detail": f"invalid request: {msg}", "errors": errors}, status_code=422)

    def filters(
        q: Annotated[str | None, Query(max_length=500, description="full text, Arabic-normalised")] = None,
        entity: Annotated[str | None, Query(max_length=300, description="QID, entity key, or name")] = None,
        event_type: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]+$")] = None,
        country: Annotated[
            str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2")
        ] = None,
        date_from: date | None = None,
        date_to: date | None = None,
        polarity: Polarity | None = None,
        modality: Modality | None = None,
    ) -> Filters:
        return Filters.make(
            q=_check_str("q", q), entity=_check_str("entity", entity), event_type=event_type, country=country,
            date_from=date_from, date_to=date_to, polarity=polarity, modality=modality,
        )  # fmt: skip

    R = [Depends(reader)]

    # -------------------------------------------------------------------------------- read API
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/stats", tags=["meta"], dependencies=R)
    def stats() -> dict[str, Any]:
        """What the store holds."""
        out = store.stats()
        out["writable"] = bool(settings.token) and not settings.read_only
        return out

    @app.get("/api/search", tags=["read"], dependencies=R)
    def search(
        f: Annotated[Filters, Depends(filters)], limit: Limit = 20, offset: Offset = 0
    ) -> dict[str, Any]:
        """Articles matching the full-text query and filters, best match first (newest without a query)."""
        return store.search(
            q=f.q, entity=f.entity, event_type=f.event_type, country=f.country, date_from=f.date_from,
            date_to=f.date_to, polarity=f.polarity, modality=f.modality, limit=limit, offset=offset,
        ).to_dict()  # fmt: skip

    @app.get("/api/documents/{doc_id:path}/keys", tags=["read"], dependencies=R)
    def document_keys(doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, str]:
        """The cross-article key of each of the document's entities (for /api/entities/{key})."""
        from khabar.store.base import entity_key

        doc = store.get(_check_str("doc_id", doc_id) or "")
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return {e.id: entity_key(e) for e in doc.entities}

    @app.get("/api/documents/{doc_id:path}", tags=["read"], dependencies=R)
    def get_document(doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """One article document (the khabar JSON schema)."""
        doc = store.get(_check_str("doc_id", doc_id) or "")
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return doc.to_dict()

    @app.get("/api/entities", tags=["read"], dependencies=R)
    def entities(
        f: Annotated[Filters, Depends(filters)],
        name: Annotated[
            str | None, Query(max_length=200, description="part of the name (any language)")
        ] = None,
        type: Annotated[EntityType | None, Query(description="entity type")] = None,  # noqa: A002
        articles: Annotated[int, Query(ge=0, le=20, description="articles listed per entity")] = 5,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Entities across articles (grouped by Wikidata id), most frequent first, with their articles."""
        return store.entities(
            q=_check_str("name", name), type=type, limit=limit, offset=offset, articles=articles, filters=f
        )

    @app.get("/api/entities/{key:path}", tags=["read"], dependencies=R)
    def entity(
        key: Annotated[str, Path(max_length=300)], limit: Limit = 20, offset: Offset = 0
    ) -> dict[str, Any]:
        """One entity: names, articles (paginated), a timeline of articles per day, its events."""
        out = store.entity(_check_str("key", key) or "", limit=limit, offset=offset)
        if out is None:
            raise HTTPException(404, f"no entity {key!r}")
        return out

    @app.get("/api/events", tags=["read"], dependencies=R)
    def events(
        f: Annotated[Filters, Depends(filters)], limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        """Events one by one, newest first, with actor and target names."""
        return store.events(filters=f, limit=limit, offset=offset)

    @app.get("/api/events/aggregate", tags=["read"], dependencies=R)
    def events_aggregate(
        f: Annotated[Filters, Depends(filters)],
        by: Annotated[
            list[EventDim] | None, Query(description="group by these (repeatable); default day")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 500,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Event counts by day, month, type, country, polarity and/or modality."""
        return store.event_counts(by=by or ["day"], filters=f, limit=limit, offset=offset)

    @app.get("/api/network", tags=["read"], dependencies=R)
    def network(
        f: Annotated[Filters, Depends(filters)],
        types: Annotated[
            list[EntityType] | None, Query(description="node types (repeatable); default PERSON, ORG, GPE")
        ] = None,
        min_weight: Annotated[int, Query(ge=1, le=1000)] = 1,
        limit: Annotated[int, Query(ge=2, le=200, description="at most this many nodes")] = 60,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Actors and their co-occurrence in articles (edge weight = articles naming both)."""
        return store.network(
            filters=f,
            types=types or ["PERSON", "ORG", "GPE"],
            limit=limit,
            offset=offset,
            min_weight=min_weight,
        )

    @app.get("/api/places", tags=["read"], dependencies=R)
    def places(
        f: Annotated[Filters, Depends(filters)], limit: Annotated[int, Query(ge=1, le=500)] = 300
    ) -> dict[str, Any]:
        """Entities with coordinates, for the map."""
        items = store.places(limit=limit, filters=f)
        return {"total": len(items), "limit": limit, "offset": 0, "items": items}

    # ------------------------------------------------------------------------------- write API
    def _store_doc(doc: Document) -> Stored:
        if "\x00" in doc.text:
            raise HTTPException(422, "text contains NUL characters")
        replaced = bool(store.has([doc.id]))
        store.put(doc)
        return Stored(id=doc.id, replaced=replaced, document=doc.to_dict())

    def _from_fields(req: IngestRequest) -> Document:
        from khabar.ingest import IngestError, document_from_text

        given = [k for k in ("text", "html", "document") if getattr(req, k) is not None]
        if len(given) != 1:
            raise HTTPException(422, "give exactly one of text, html or document")
        meta = {"title": req.title, "url": req.url, "source": req.source}
        if req.document is not None:
            try:
                doc = Document.model_validate(req.document)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))
                raise HTTPException(422, f"invalid document: {where}: {first.get('msg')}") from None
            if len(doc.text) > settings.max_text:
                raise HTTPException(413, f"text over {settings.max_text} characters")
            _check_str("document.text", doc.text)
            if req.process:  # re-extract from the text: drop what the document carried
                doc = Document(**{**doc.model_dump(include={"id", "language", "published", "title", "author",
                                                            "source", "url", "text"})})  # fmt: skip
                return get_pipeline()(doc)
            return doc
        if req.html is not None:
            _check_str("html", req.html)
            text, extra = _html_text(req.html, req.url)
            for k, v in extra.items():
                if meta.get(k) is None and v:
                    meta[k] = v
            published = req.published or extra.get("published")
        else:
            text = _check_str("text", req.text) or ""
            published = req.published
        if len(text) > settings.max_text:
            raise HTTPException(413, f"text over {settings.max_text} characters")
        meta = {k: v for k, v in meta.items() if k in ("title", "url", "source")}
        if req.id:
            meta["id"] = req.id
        item = document_from_text(text, input_name="request", published=published, **meta)
        if isinstance(item, IngestError):
            raise HTTPException(422, item.message)
        return get_pipeline()(item) if req.process is not False else item

    @app.post("/api/documents", tags=["write"], status_code=201, dependencies=[Depends(writer)])
    def ingest_document(req: Annotated[IngestRequest, Body()]) -> Stored:
        """Ingest one article given as text, raw HTML or a full document; runs the pipeline and stores it."""
        return _store_doc(_from_fields(req))

    @app.post(
        "/api/documents/raw",
        tags=["write"],
        status_code=201,
        dependencies=[Depends(writer)],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                },
            }
        },
    )
    async def ingest_raw(
        request: Request,
        title: Annotated[str | None, Query(max_length=2000)] = None,
        published: date | None = None,
        url: Annotated[str | None, Query(max_length=4000)] = None,
        source: Annotated[str | None, Query(max_length=500)] = None,
    ) -> Stored:
        """Ingest a raw body: ``text/plain`` article text or a ``text/html`` page."""
        import anyio

        for name, value in (("title", title), ("url", url), ("source", source)):
            _check_str(name, value)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("text/plain", "text/html"):
            raise HTTPException(415, "send the article as text/plain or text/html")
        raw = await request.body()
        from khabar.ingest.decode import DecodeError, decode_bytes

        try:
            body = decode_bytes(raw)[0]
        except DecodeError as exc:
            raise HTTPException(422, f"the body is not readable text: {exc}") from None
        try:
            req = IngestRequest(
                text=body if ctype == "text/plain" else None, html=body if ctype == "text/html" else None,
                title=title, published=published, url=url, source=source,
            )  # fmt: skip
        except ValidationError as exc:
            raise HTTPException(422, f"invalid article: {exc.errors()[0].get('msg')}") from None
        return await anyio.to_thread.run_sync(lambda: _store_doc(_from_fields(req)))

    @app.delete("/api/documents/{doc_id:path}", tags=["write"], dependencies=[Depends(writer)])
    def delete_document(doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """Remove an article and all its rows."""
        if not store.delete(_check_str("doc_id", doc_id) or ""):
            raise HTTPException(404, f"no document {doc_id!r}")
        return {"id": doc_id, "deleted": True}

    # -------------------------------------------------------------------------------------- UI
    if settings.ui:
        from khabar.web import mount_ui

        mount_ui(app)
    else:

        @app.get("/", include_in_schema=False)
        def root() -> RedirectResponse:
            return RedirectResponse("/docs")

    app.add_middleware(RateLimit, rate=settings.rate_limit, burst=settings.burst)
    app.add_middleware(BodyLimit, limit=settings.max_body)
    return app


def _html_text(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of an HTML page, by the same extractor as ``khabar ingest``."""
    from khabar.ingest.html import extract_html

    try:
        art = extract_html(html, url=url)
    except Exception as exc:  # noqa: BLE001 - a page we cannot read is the client's problem, said clearly
        log.info("HTML extraction failed", exc_info=True)
        raise HTTPException(
            422, f"could not extract an article from the HTML ({type(exc).__name__})"
        ) from None
    return art.text, {"title": art.title, "published": art.published, "author": art.author}


def app_from_env() -> FastAPI:
    """An app configured from the environment, for ``uvicorn --factory khabar.api.app:app_from_env``.

    KHABAR_STORE (path or URL), KHABAR_API_TOKEN, KHABAR_READ_ONLY=1, KHABAR_PRIVATE=1,
    KHABAR_RATE_LIMIT (requests/s per client, 0 = off).
    """
    import os

    return create_app(
        ApiSettings(
            store=os.environ.get("KHABAR_STORE", "khabar.db"),
            token=os.environ.get("KHABAR_API_TOKEN") or None,
            read_only=os.environ.get("KHABAR_READ_ONLY") == "1",
            public_read=os.environ.get("KHABAR_PRIVATE") != "1",
            rate_limit=float(os.environ.get("KHABAR_RATE_LIMIT", "20")),
        )
    )
