"""The web UI end to end in headless Debian chromium (playwright): every page renders real content.

The server runs on 127.0.0.1 in a thread over a store filled with hand-annotated articles.
Screenshots are checked to be real renders (many colours, no single colour filling the page);
set KHABAR_SCREENSHOTS=DIR to keep them.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from store_samples import annotated_examples, more_documents

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]  # fmt: skip

if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (.ci/system-deps installs it)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api")


HOSTILE_TEXT = 'نص <script>window.__xss = 1</script> و <img src=x onerror="window.__xss = 2"> خبيث'


def _hostile():
    from khabar.document import Document

    return Document(id="xss", title='<img src=x onerror="window.__xss = 3">', url="javascript:window.__xss = 4",
                    text=HOSTILE_TEXT, language="ar")  # fmt: skip


HOSTILE = _hostile()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from khabar.api.app import create_app
    from khabar.store import open_store

    db = tmp_path_factory.mktemp("ui") / "khabar.db"
    store = open_store(db)
    store.put_many(annotated_examples())
    store.put_many(more_documents(24))
    store.put(HOSTILE)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store=store, read_only=True, rate_limit=0), host="127.0.0.1",
                                        port=port, log_level="warning"))  # fmt: skip
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
    pg.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "about:")) else errors.append(f"external request: {r.url}"))  # fmt: skip
    pg.errors = errors
    yield pg
    ctx.close()


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready]", timeout=20_000)
    page.wait_for_timeout(200)


def _check_render(page, name: str, tmp_path: Path) -> None:
    """The screenshot is a real render: many colours, and no colour covers nearly all of it."""
    png = page.screenshot(full_page=False)
    out = tmp_path / f"{name}.png"
    out.write_bytes(png)
    keep = os.environ.get("KHABAR_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(keep) / out.name)
    assert len(png) > 20_000
    stats = page.context.new_page()
    try:
        data = "data:image/png;base64," + base64.b64encode(png).decode()
        res = stats.evaluate(
            """async (src) => {
                const img = new Image(); img.src = src; await img.decode();
                const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
                const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                const px = g.getImageData(0, 0, c.width, c.height).data;
                const counts = new Map();
                for (let i = 0; i < px.length; i += 4 * 7) {
                    const k = (px[i] >> 3) << 10 | (px[i + 1] >> 3) << 5 | (px[i + 2] >> 3);
                    counts.set(k, (counts.get(k) || 0) + 1);
                }
                const total = px.length / (4 * 7);
                return {colours: counts.size, top: Math.max(...counts.values()) / total, w: c.width, h: c.height};
            }""",
            data,
        )
    finally:
        stats.close()
    assert res["w"] == 1280 and res["h"] == 900
    assert res["colours"] > 40, res
    assert res["top"] < 0.9, res


def test_search_page(server, page, tmp_path):
    _open(page, f"{server}/#/")
    page.fill("input[name=q]", "الامم المتحده")
    page.click("form.filters button")
    page.wait_for_function("document.querySelectorAll('.hit').length > 0")
    page.wait_for_selector("body[data-ready]")
    hits = page.locator(".hit")
    assert hits.count() >= 1
    assert page.locator(".hit mark").first.inner_text() in ("الأمم", "المتحدة")
    assert hits.first.get_attribute("dir") == "rtl"
    _check_render(page, "search", tmp_path)
    assert not page.errors


def test_article_page(server, page, tmp_path):
    from khabar.store.base import entity_key

    doc = annotated_examples()[0]  # Putin receives Kim
    _open(page, f"{server}/#/doc/{doc.id}")
    text = page.locator(".article-text")
    assert text.get_attribute("dir") == "rtl"
    assert page.locator(".article-text .ent.PERSON").count() >= 4
    assert page.locator(".article-text .ent.GPE").count() >= 5
    assert page.locator(".article-text .time").count() >= 4
    assert page.locator(".article-text .amount").count() >= 1
    assert page.locator(".article-text .quote").count() >= 1
    assert page.locator(".article-text .ev").count() >= 5
    assert page.locator(".article-text .trig").count() >= 5  # the word telling each event, in bold
    side = page.locator("aside").inner_text()
    assert "Q7747" in side and "Vladimir Putin" in side and "43.12, 131.89" in side
    assert page.locator(".badge.negative").count() == 1 and page.locator(".badge.conditional").count() == 1
    # a date the sentence did not give is marked as the publication date; a place from the sentence is not marked
    events = page.locator("[data-ev-item]")
    assert "2023-09-12 (publication date)" in events.first.inner_text()
    assert "(dateline)" not in page.locator("aside").inner_text()
    # the text shown is the document text, unchanged by the highlighting
    assert text.inner_text().replace("\n", "") == doc.text.replace("\n", "")
    _check_render(page, "article", tmp_path)
    # clicking an entity opens its page with a timeline
    page.locator(".article-text .ent.PERSON").first.click()
    page.wait_for_selector("body[data-ready=entity]")
    assert entity_key(doc.entities[2]) in page.url or "entity/" in page.url
    assert page.locator("svg.chart rect").count() >= 1
    assert not page.errors


def test_entity_page(server, page, tmp_path):
    _open(page, f"{server}/#/entity/Q159")
    body = page.locator("main").inner_text()
    assert "Russia" in body and "Q159" in body
    assert page.locator("svg.chart rect").count() >= 1
    assert page.locator("table.list tr").count() >= 3
    _check_render(page, "entity", tmp_path)
    assert not page.errors


def test_map_page(server, page, tmp_path):
    _open(page, f"{server}/#/map")
    assert page.locator("path.country").count() > 150
    assert page.locator("circle.place").count() >= 15
    _check_render(page, "map", tmp_path)
    assert not page.errors


def test_timeline_page(server, page, tmp_path):
    _open(page, f"{server}/#/timeline")
    assert page.locator("svg.chart rect").count() >= 5
    assert page.locator("table.list tr").count() >= 10
    _check_render(page, "timeline", tmp_path)
    _open(page, f"{server}/#/timeline?polarity=negative")
    assert page.locator(".badge.negative").count() >= 1 and page.locator(".badge.positive").count() == 0
    assert not page.errors


def test_network_page(server, page, tmp_path):
    _open(page, f"{server}/#/network")
    assert page.locator("circle.node").count() >= 10
    assert page.locator("line.edge").count() >= 10
    assert "Vladimir Putin" in page.locator("svg.chart").text_content()
    _check_render(page, "network", tmp_path)
    assert not page.errors


def test_entities_page(server, page, tmp_path):
    _open(page, f"{server}/#/entities?type=PERSON")
    assert page.locator("table.list tr").count() == 8  # header + the 7 people
    _check_render(page, "entities", tmp_path)
    assert not page.errors


def test_article_content_is_text_not_markup(server, page):
    for url in (f"{server}/#/doc/xss", f"{server}/#/?q=script"):
        _open(page, url)
        assert page.evaluate("window.__xss") is None
        assert page.locator("main img, main script").count() == 0
    _open(page, f"{server}/#/doc/xss")
    assert page.locator(".article-text").inner_text() == HOSTILE_TEXT
    assert page.locator("a", has_text="source").count() == 0  # a javascript: URL is not a link
