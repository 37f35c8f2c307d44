"""`khabar ingest`, `khabar show`: batch ingest into the store, errors listed, resumable after a kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar.store import open_store

KHABAR = [sys.executable, "-m", "khabar.cli"]
# The resume test is about batches and transactions, not extraction: only the language stage runs.
LIGHT = ["--disable", "entities,link,times,amounts,quotes,events"]


def _write_jsonl(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            rec = {
                "id": f"a{i}",
                "title": f"خبر رقم {i}",
                "date": f"2023-09-{1 + i % 28:02d}",
                "text": f"قالت وزارة الخارجية في بيان رقم {i} إن أوكرانيا ستتلقى مساعدات. وأكد الوزير أن القاهرة ترفض التهجير.",
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*KHABAR, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_ingest_lists_errors_and_exits_1(tmp_path):
    _write_jsonl(tmp_path / "in.jsonl", 30)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "art.txt").write_text("أعلنت مصر اليوم عن خطة جديدة لدعم غزة.", encoding="utf-8")
    r = _run(
        "ingest", "in.jsonl", "empty.txt", "nope.txt", "art.txt", "--store", "s.db", *LIGHT, cwd=tmp_path
    )
    assert r.returncode == 1, r.stderr
    assert "empty.txt" in r.stderr and "nope.txt" in r.stderr
    assert "31 article(s) stored" in r.stderr.replace("\n", " ")
    store = open_store(tmp_path / "s.db")
    assert store.count() == 31
    assert store.search("اوكرانيا").total == 30
    log = store.done_inputs()
    assert log["empty.txt"] == "failed" and log["nope.txt"] == "failed"
    store.close()
    # all good inputs: exit 0, nothing added twice
    r = _run("ingest", "in.jsonl", "art.txt", "--store", "s.db", *LIGHT, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "31 already in the store" in r.stderr.replace("\n", " ")
    # show
    r = _run("show", "a7", "--store", "s.db", cwd=tmp_path)
    assert r.returncode == 0 and json.loads(r.stdout)["title"] == "خبر رقم 7"
    r = _run("show", "missing", "--store", "s.db", cwd=tmp_path)
    assert r.returncode == 1 and "missing" in r.stderr


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        out = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "doc_fts", "ingest_log")
        }
        out["distinct"] = con.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0]
        return out
    finally:
        con.close()


def test_killed_batch_resumes_without_loss_or_doubles(tmp_path):
    n = 6000
    _write_jsonl(tmp_path / "in.jsonl", n)
    db = tmp_path / "s.db"
    cmd = [*KHABAR, "ingest", "in.jsonl", "--store", str(db), "--batch-size", "10", *LIGHT]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    stored = _counts(db)["documents"]
                except sqlite3.OperationalError:
                    stored = 0
                if stored >= 300:
                    break
            time.sleep(0.005)
        assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    mid = _counts(db)
    assert 0 < mid["documents"] < n
    assert mid["documents"] % 10 == 0  # only whole batches were committed
    assert mid["doc_fts"] == mid["documents"]
    r = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    end = _counts(db)
    assert end["documents"] == end["distinct"] == end["doc_fts"] == n
    assert end["ingest_log"] == n  # one log entry per article
    assert f"{n - mid['documents']} article(s) stored" in r.stderr.replace("\n", " ")
    store = open_store(db)
    assert store.search("اوكرانيا", limit=1).total == n
    assert store.get("a5999").title == "خبر رقم 5999"
    store.close()


@pytest.mark.parametrize("bad", [["--batch-size", "0"], ["--disable", "nosuchstage"]])
def test_ingest_bad_options(tmp_path, bad):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    r = _run("ingest", "a.txt", "--store", "s.db", *bad, cwd=tmp_path)
    if bad[0] == "--batch-size":
        assert r.returncode == 0  # clamped to 1
    else:
        assert r.returncode == 2 and "nosuchstage" in r.stderr
