"""`khabar serve` and `khabar demo` from the command line, on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
from store_samples import annotated_examples

from khabar.store import open_store

KHABAR = [sys.executable, "-m", "khabar.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_api_and_ui(tmp_path):
    db = tmp_path / "s.db"
    store = open_store(db)
    store.put_many(annotated_examples())
    store.close()
    port = _free_port()
    proc = subprocess.Popen(
        [*KHABAR, "serve", "--store", str(db), "--port", str(port), "--read-only"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert httpx.get(f"{base}/api/search", params={"q": "بوتين"}).json()["total"] == 1
        ui = httpx.get(f"{base}/")
        assert ui.status_code == 200 and "<main" in ui.text and "app.js" in ui.text
        assert httpx.get(f"{base}/static/world.json").json()["countries"]
        assert "/api/documents" in httpx.get(f"{base}/openapi.json").json()["paths"]
        r = httpx.post(f"{base}/api/documents", json={"text": "نص"})
        assert r.status_code == 403 and "read-only" in r.json()["detail"]
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out


def test_demo_fills_the_store_and_prints_the_url(tmp_path):
    db = tmp_path / "demo" / "khabar.db"
    r = subprocess.run([*KHABAR, "demo", "--store", str(db)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "http://127.0.0.1:8000/" in out and "khabar serve --store" in out
    store = open_store(db)
    assert store.count() == 3
    assert store.search("بوتين").total == 1 and store.search("sanctions").total == 1
    store.close()
