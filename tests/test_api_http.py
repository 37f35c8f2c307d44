"""HTTP API (FastAPI TestClient): reads, filters, pagination, ingest, auth, limits, clear 4xx errors."""

from __future__ import annotations

import pytest
import store_fixtures
from fastapi.testclient import TestClient
from store_samples import annotated_examples, more_documents

from khabar.api.app import ApiSettings, create_app
from khabar.store import open_store

backend, url = store_fixtures.backend, store_fixtures.url
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def make_client(url: str, **kw) -> TestClient:
    store = open_store(url)
    store.put_many(annotated_examples())
    settings = ApiSettings(store=store, **{"token": TOKEN, "rate_limit": 0, **kw})
    return TestClient(create_app(settings))


@pytest.fixture
def client(url):
    with make_client(url) as c:
        yield c
    c.app.state.store.close()


def test_reads(client):
    r = client.get("/api/search", params={"q": "اوكرانيا"})
    assert r.status_code == 200 and r.json()["total"] == 0
    r = client.get("/api/search", params={"q": "الامم المتحده", "country": "ps"})
    body = r.json()
    assert body["total"] == 1 and "الأمم المتحدة" in body["hits"][0]["snippet"]
    doc_id = body["hits"][0]["id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["id"] == doc_id and doc["schema"] == "1.1" and len(doc["events"]) == 5
    keys = client.get(f"/api/documents/{doc_id}/keys").json()
    assert keys["e4"] == "Q79"
    ents = client.get("/api/entities", params={"type": "PERSON", "limit": 2}).json()
    assert ents["total"] == 7 and len(ents["items"]) == 2 and ents["items"][0]["articles"]
    ent = client.get("/api/entities/Q159").json()
    assert ent["n_articles"] == 2 and ent["timeline"]
    agg = client.get("/api/events/aggregate", params=[("by", "day"), ("by", "type")]).json()
    assert agg["by"] == ["day", "type"] and sum(i["count"] for i in agg["items"]) == 14
    evs = client.get("/api/events", params={"modality": "planned"}).json()
    assert evs["total"] == 3
    net = client.get("/api/network", params={"limit": 5}).json()
    assert len(net["nodes"]) == 5
    places = client.get("/api/places").json()
    assert any(p["key"] == "Q959" for p in places["items"])
    st = client.get("/api/stats").json()
    assert st["counts"]["documents"] == 3 and st["writable"] is True
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_pagination_everywhere(url):
    with make_client(url) as c:
        c.app.state.store.put_many(more_documents(30))
        a = c.get("/api/search", params={"limit": 10, "offset": 0}).json()
        b = c.get("/api/search", params={"limit": 10, "offset": 10}).json()
        assert a["total"] == b["total"] == 33
        assert not {h["id"] for h in a["hits"]} & {h["id"] for h in b["hits"]}
        for path in ("/api/entities", "/api/events", "/api/network"):
            body = c.get(path, params={"limit": 3, "offset": 2}).json()
            assert body["limit"] == 3 and body["offset"] == 2 and body["total"] > 3
        c.app.state.store.close()


@pytest.mark.parametrize(
    ("path", "params", "fragment"),
    [
        ("/api/search", {"date_from": "yesterday"}, "date_from"),
        ("/api/search", {"polarity": "maybe"}, "polarity"),
        ("/api/search", {"limit": 0}, "limit"),
        ("/api/search", {"limit": 1000}, "limit"),
        ("/api/search", {"offset": -1}, "offset"),
        ("/api/search", {"country": "Egypt"}, "country"),
        ("/api/search", {"q": "x" * 600}, "q"),
        ("/api/search", {"q": "a\x00b"}, "NUL"),
        ("/api/events/aggregate", {"by": "actor"}, "by"),
        ("/api/network", {"types": "ANIMAL"}, "types"),
        ("/api/entities", {"type": "person"}, "type"),
    ],
)
def test_malformed_queries_get_clear_4xx(client, path, params, fragment):
    r = client.get(path, params=params)
    assert 400 <= r.status_code < 500, r.text
    assert fragment in r.json()["detail"]


def test_not_found(client):
    r = client.get("/api/documents/nope")
    assert r.status_code == 404 and "nope" in r.json()["detail"]
    assert client.get("/api/entities/Q1").status_code == 404
    assert client.get("/api/nothing-here").status_code == 404


def test_ingest_text_html_document(client):
    r = client.post("/api/documents", json={"text": "أعلنت وزارة الخارجية الأوكرانية اليوم عن مباحثات جديدة.",
                                           "title": "مباحثات", "published": "2024-02-03"}, headers=AUTH)  # fmt: skip
    assert r.status_code == 201, r.text
    doc_id = r.json()["id"]
    assert r.json()["replaced"] is False
    assert client.get("/api/search", params={"q": "مباحثات"}).json()["hits"][0]["id"] == doc_id
    # the same article again replaces it
    r = client.post("/api/documents", json={"text": "أعلنت وزارة الخارجية الأوكرانية اليوم عن مباحثات جديدة.",
                                           "title": "مباحثات", "published": "2024-02-03"}, headers=AUTH)  # fmt: skip
    assert r.json()["id"] == doc_id and r.json()["replaced"] is True
    html = ("<html><head><title>Talks in Cairo</title></head><body><article><h1>Talks in Cairo</h1>"
            "<p>Egypt hosted talks on Gaza aid on Tuesday, officials said, as trucks waited at the Rafah crossing "
            "for a second day and aid agencies warned of shortages of fuel and medicine.</p>"
            "<p>The United Nations said more aid was needed.</p></article></body></html>")  # fmt: skip
    r = client.post("/api/documents", json={"html": html, "url": "https://example.org/a"}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert "Rafah crossing" in r.json()["document"]["text"]
    full = annotated_examples()[0].to_dict()
    full["id"] = "copy-of-example"
    r = client.post("/api/documents", json={"document": full, "process": False}, headers=AUTH)
    assert (
        r.status_code == 201
        and client.get("/api/documents/copy-of-example").json()["entities"] == full["entities"]
    )
    r = client.post("/api/documents/raw?title=raw", content="نص خام عن العراق وبغداد.".encode(),
                    headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"})  # fmt: skip
    assert r.status_code == 201 and client.get("/api/search", params={"q": "بغداد"}).json()["total"] == 1
    assert client.delete(f"/api/documents/{doc_id}", headers=AUTH).status_code == 200
    assert client.get(f"/api/documents/{doc_id}").status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({}, 422, "exactly one"),
        ({"text": "a", "html": "<p>a</p>"}, 422, "exactly one"),
        ({"text": "   "}, 422, "no text"),
        ({"text": "نص", "published": "2023-13-45"}, 422, "published"),
        ({"text": "نص", "unknown": 1}, 422, "unknown"),
        (
            {
                "document": {
                    "id": "x",
                    "text": "abc",
                    "entities": [
                        {
                            "id": "e1",
                            "type": "GPE",
                            "name": "x",
                            "mentions": [{"start": 0, "end": 2, "text": "zz"}],
                        }
                    ],
                }
            },
            422,
            "invalid document",
        ),  # fmt: skip
        ({"document": {"text": "no id"}}, 422, "invalid document"),
        ({"text": "a\x00b"}, 422, "NUL"),
        ({"text": "نص", "id": "bad id with spaces"}, 422, "id"),
    ],
)
def test_bad_ingest_bodies(client, body, status, fragment):
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == status, r.text
    assert fragment in r.json()["detail"]


def test_bad_raw_bodies(client):
    r = client.post(
        "/api/documents", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert r.status_code == 422 and "JSON" in r.json()["detail"]
    r = client.post("/api/documents/raw", content=b"x", headers={**AUTH, "Content-Type": "image/png"})
    assert r.status_code == 415
    r = client.post(
        "/api/documents/raw",
        content=b"\xff\xfe\x00garbage\x00" * 3,
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    assert 400 <= r.status_code < 500


def test_write_auth(url):
    with make_client(url, token=None) as c:
        r = c.post("/api/documents", json={"text": "نص"})
        assert r.status_code == 403 and "no API token" in r.json()["detail"]
        c.app.state.store.close()
    with make_client(url) as c:
        assert c.post("/api/documents", json={"text": "نص"}).status_code == 401
        assert (
            c.post(
                "/api/documents", json={"text": "نص"}, headers={"Authorization": "Bearer wrong"}
            ).status_code
            == 401
        )
        assert (
            c.post("/api/documents", json={"text": "نص عربي"}, headers={"X-API-Key": TOKEN}).status_code
            == 201
        )
        assert c.delete("/api/documents/x").status_code == 401
        c.app.state.store.close()
    with make_client(url, read_only=True) as c:
        r = c.post("/api/documents", json={"text": "نص"}, headers=AUTH)
        assert r.status_code == 403 and "read-only" in r.json()["detail"]
        assert c.get("/api/stats").json()["writable"] is False
        c.app.state.store.close()
    with make_client(url, public_read=False) as c:
        assert c.get("/api/search").status_code == 401
        assert c.get("/api/search", headers=AUTH).status_code == 200
        assert c.get("/api/health").status_code == 200
        c.app.state.store.close()


def test_body_size_and_rate_limits(url):
    with make_client(url, max_body=1000, rate_limit=5, burst=5) as c:
        r = c.post("/api/documents", json={"text": "ن" * 2000}, headers=AUTH)
        assert r.status_code == 413 and "1000 bytes" in r.json()["detail"]

        def chunks():
            for _ in range(10):
                yield b"x" * 500

        r = c.post("/api/documents/raw", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"})
        assert r.status_code == 413
        codes = [c.get("/api/health").status_code for _ in range(12)]
        assert 429 in codes and codes[0] == 200
        r = c.get("/api/health")
        assert r.status_code == 429 and "rate limit" in r.json()["detail"] and "retry-after" in r.headers
        assert c.get("/").status_code == 200  # the UI's static files are not rate limited
        c.app.state.store.close()


def test_ids_and_keys_with_slashes(client):
    from khabar.document import Document, Entity, Mention

    text = "اتفاق 15 أكتوبر/تشرين الأول في غزة"
    ent = Entity(
        id="e1", type="MISC", name="أكتوبر/تشرين", mentions=[Mention(start=9, end=21, text="أكتوبر/تشرين")]
    )
    client.app.state.store.put(Document(id="2023/10/abc", text=text, entities=[ent]))
    r = client.get("/api/documents/2023%2F10%2Fabc")
    assert r.status_code == 200 and r.json()["id"] == "2023/10/abc"
    key = client.get("/api/documents/2023/10/abc/keys").json()["e1"]
    assert key == "MISC:اكتوبر/تشرين"
    assert client.get(f"/api/entities/{key}").json()["n_articles"] == 1
