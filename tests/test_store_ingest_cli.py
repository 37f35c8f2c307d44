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
from store_fixtures import run_cli

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


def test_ingest_lists_errors_and_exits_1(tmp_path):
    _write_jsonl(tmp_path / "in.jsonl", 30)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "art.txt").write_text("أعلنت مصر اليوم عن خطة جديدة لدعم غزة.", encoding="utf-8")
    db = tmp_path / "s.db"
    inputs = [tmp_path / n for n in ("in.jsonl", "empty.txt", "nope.txt", "art.txt")]
    r = run_cli("ingest", *inputs, "--store", db, *LIGHT)
    assert r.exit_code == 1, r.stderr
    assert "empty.txt" in r.stderr and "nope.txt" in r.stderr
    assert "31 article(s) stored" in " ".join(r.stderr.split())
    store = open_store(db)
    assert store.count() == 31
    assert store.search("اوكرانيا").total == 30
    log = store.done_inputs()
    assert log[str(tmp_path / "empty.txt")] == "failed" and log[str(tmp_path / "nope.txt")] == "failed"
    store.close()
    # all good inputs: exit 0, nothing added twice
    r = run_cli("ingest", inputs[0], inputs[3], "--store", db, *LIGHT)
    assert r.exit_code == 0, r.stderr
    assert "31 already in the store" in " ".join(r.stderr.split())
    # show
    r = run_cli("show", "a7", "--store", db)
    assert r.exit_code == 0 and json.loads(r.stdout)["title"] == "خبر رقم 7"
    r = run_cli("show", "a7", "--store", db, "--format", "summary")
    assert r.exit_code == 0 and "خبر رقم 7" in r.stdout
    r = run_cli("show", "missing", "--store", db)
    assert r.exit_code == 1 and "missing" in r.stderr


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
    r = run_cli("ingest", tmp_path / "a.txt", "--store", tmp_path / "s.db", *bad)
    if bad[0] == "--batch-size":
        assert r.exit_code == 0  # clamped to 1
    else:
        assert r.exit_code == 2 and "nosuchstage" in r.stderr
