"""Search API under load on loopback: requests/s and latency percentiles.

A store is filled with synthetic articles (``khabar.store.synthetic``), ``uvicorn`` serves the API
from a subprocess on 127.0.0.1 (rate limit off), and client threads send search requests (text
queries and filters, rotating) for a fixed time. Bounded and self-stopping: at most ``SECONDS`` of
load and ``MAX_REQUESTS`` requests per backend, then the server is stopped. PostgreSQL is measured
too when KHABAR_PG_DSN is set.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

QUERIES = [
    {"q": "اوكرانيا"},
    {"q": "روسيا", "country": "RU"},
    {"q": "مساعدات"},
    {"entity": "Q7747"},
    {"event_type": "AID", "modality": "planned"},
    {"q": "الأزمة الحالية", "date_from": "2023-06-01", "date_to": "2023-08-31"},
    {"q": '"حلف الناتو"'},
    {"polarity": "negative", "offset": 20},
    {"q": "Ukraine"},
    {},
]
MAX_REQUESTS = 200_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fill(url: str, n: int) -> None:
    from khabar.store import open_store
    from khabar.store.synthetic import synthetic_document

    store = open_store(url)
    store.put_many((synthetic_document(i, seed=7) for i in range(n)), batch_size=500)
    assert store.count() == n
    store.close()


def _load(url: str, n_docs: int, seconds: float, threads: int) -> dict:
    import httpx

    port = _free_port()
    env = {**os.environ, "KHABAR_STORE": url, "KHABAR_RATE_LIMIT": "0"}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "khabar.api.app:app_from_env", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning", "--no-access-log"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(
                    f"server did not start: {server.stderr.read().decode()[-500:] if server.stderr else ''}"
                )
            time.sleep(0.1)
        lat: list[float] = []
        errors = 0
        hits = 0
        lock = threading.Lock()
        stop_at = time.monotonic() + seconds

        def worker(k: int) -> None:
            nonlocal errors, hits
            mine, bad, found = [], 0, 0
            with httpx.Client(base_url=base, timeout=30) as c:
                i = k
                while time.monotonic() < stop_at and len(mine) < MAX_REQUESTS // threads:
                    params = {**QUERIES[i % len(QUERIES)], "limit": 20}
                    t0 = time.perf_counter()
                    r = c.get("/api/search", params=params)
                    mine.append(time.perf_counter() - t0)
                    if r.status_code != 200:
                        bad += 1
                    else:
                        found += r.json()["total"] > 0
                    i += 1
            with lock:
                lat.extend(mine)
                errors += bad
                hits += found

        t0 = time.perf_counter()
        ts = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        elapsed = time.perf_counter() - t0
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    lat.sort()

    def pct(p: float) -> float:
        return round(1000 * lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else float("nan")

    return {
        "documents": n_docs, "client_threads": threads, "seconds": round(elapsed, 1), "requests": len(lat),
        "requests_per_s": round(len(lat) / elapsed, 1), "p50_ms": pct(0.50), "p95_ms": pct(0.95),
        "p99_ms": pct(0.99), "errors": errors, "non_empty": hits,
    }  # fmt: skip


def run(quick: bool) -> list[dict]:
    n_docs = 2000 if quick else 5000
    seconds = 5.0 if quick else 15.0
    threads = 4
    rows = []
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        url = str(Path(tmp) / "bench.db")
        _fill(url, n_docs)
        rows.append({"backend": "sqlite", **_load(url, n_docs, seconds, threads)})
    dsn = os.environ.get("KHABAR_PG_DSN")
    if dsn:
        from khabar.store.postgres import PostgresStore

        PostgresStore(dsn, migrate=False).drop_all()
        _fill(dsn, n_docs)
        rows.append({"backend": "postgres", **_load(dsn, n_docs, seconds, threads)})
    return rows
