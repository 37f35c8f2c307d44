"""`khabar run`: sharding, Parquet layout, resume after a kill, DuckDB and store loading."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar import pipeline as pipeline_mod
from khabar.document import Document, Entity, Event, Mention, Span
from khabar.scale import duckdb_views, iter_documents, load_into_store
from khabar.scale.runner import MANIFESTS, RunConfig, RunError, output_files, run

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_data) -> Path:
    """40 real articles (two publication months), one invalid JSON line, one record without text."""
    d = tmp_path_factory.mktemp("corpus")
    lines = []
    with gzip.open(shared_data / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < 20 or 20000 <= i < 20020:
                lines.append(line)
            if i >= 20020:
                break
    lines.insert(7, "{not json\n")
    lines.insert(30, json.dumps({"title": "no body"}) + "\n")
    (d / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    return d / "news.jsonl"


def _cfg(corpus: Path, out: Path, **kw) -> RunConfig:
    kw.setdefault("engine", "inline")
    kw.setdefault("shard_size", 8)
    return RunConfig(inputs=[str(corpus)], out=str(out), progress=False, **kw)


def _counts(out: Path) -> tuple[int, int]:
    con = duckdb_views(out)
    return con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()


def test_inline_run_layout_report_and_failures(corpus, tmp_path):
    out = tmp_path / "out"
    report = run(_cfg(corpus, out))
    assert report["complete"]
    assert report["records"] == 42 and report["documents"] == 40 and report["failed"] == 2
    assert report["this_run"]["shards_processed"] == 6  # ceil(42 / 8)
    assert report["failure_reasons"]["ingest: invalid JSON"] == 1
    fails = [json.loads(x) for x in (out / "failures.jsonl").read_text().splitlines()]
    assert {f["record"] for f in fails} == {7, 30}
    assert all(f["input"].startswith(str(corpus)) for f in fails)
    parts = sorted(p.name for p in (out / "documents").iterdir())
    assert parts == ["date=2015-07", "date=2015-08"]
    assert not (out / "_work").exists()  # staged shards are removed after a complete run
    con = duckdb_views(out)
    rows = con.execute("SELECT date, count(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("2015-07", 20), ("2015-08", 20)]
    # The JSON column rebuilds the exact document, and record indexes are the input order.
    recs = con.execute("SELECT record, json FROM documents ORDER BY record").fetchall()
    assert [r for r, _ in recs] == [r for r in range(42) if r not in (7, 30)]
    doc = Document.from_json(recs[0][1])
    assert doc.published.isoformat().startswith("2015-07") and doc.source == "aawsat"


def test_resume_refuses_other_inputs(corpus, tmp_path):
    out = tmp_path / "out"
    run(_cfg(corpus, out, limit=10))
    with pytest.raises(RunError, match="different limit"):
        run(_cfg(corpus, out, limit=12))


def _event_factory(config):
    def add_event(doc: Document) -> None:
        i = doc.text.find(" ")
        if i <= 0:
            return
        doc.entities.append(
            Entity(
                id="e1",
                type="GPE",
                name=doc.text[:i],
                country="SA",
                mentions=[Mention(start=0, end=i, text=doc.text[:i])],
            )  # fmt: skip
        )
        doc.events.append(
            Event(
                id="v1",
                type="CONSULT",
                actor="e1",
                place="e1",
                evidence=Span(start=0, end=i),
                modality="reported",
                mentions=[Span(start=0, end=i)],
            )  # fmt: skip
        )
        if "السعودية" in doc.text[:200]:
            raise RuntimeError("planted stage failure")

    return add_event


def test_events_table_and_stage_errors(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(pipeline_mod._REGISTRY, "events", _event_factory)
    out = tmp_path / "out"
    report = run(_cfg(corpus, out))
    con = duckdb_views(out)
    n_docs, n_ev = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)"
    ).fetchone()
    assert n_ev == n_docs == report["events"] == 40
    row = con.execute(
        "SELECT e.type, e.actor_name, e.country, e.modality, e.evidence, d.id, e.date "
        "FROM events e JOIN documents d ON d.id = e.doc_id LIMIT 1"
    ).fetchone()
    assert row[0] == "CONSULT" and row[2] == "SA" and row[3] == "reported" and row[1] == row[4]
    assert row[6] in ("2015-07", "2015-08")
    # Articles whose stage raised are written (with their errors) and listed in failures.jsonl.
    n_err = con.execute("SELECT count(*) FROM documents WHERE len(errors) > 0").fetchone()[0]
    assert n_err == report["with_stage_errors"] > 0
    assert report["failure_reasons"]["events: RuntimeError"] == n_err


def test_local_processes_match_inline(corpus, tmp_path):
    a, b = tmp_path / "inline", tmp_path / "local"
    run(_cfg(corpus, a))
    report = run(_cfg(corpus, b, engine="local", workers=2, shard_size=5))
    assert report["complete"] and report["documents"] == 40
    assert len({m for m in (b / MANIFESTS).iterdir()}) == 9
    q = "SELECT id, published, title, json FROM documents ORDER BY id"
    assert duckdb_views(a).execute(q).fetchall() == duckdb_views(b).execute(q).fetchall()
    pids = {json.loads(p.read_text())["pid"] for p in (b / MANIFESTS).iterdir()}
    assert os.getpid() not in pids  # processed in worker processes


def _kill_after_files_moved(corpus: Path, out: Path, n: int) -> None:
    """Dies (os._exit) in the worst place: shard n's Parquet files are in place, no manifest yet."""
    script = f"""
import os, sys
from khabar.scale import runner
real = runner._write_atomic
def dying(path, data):
    if path.parent.name == "_manifests" and path.name == runner.shard_name({n}) + ".json":
        os._exit(3)
    real(path, data)
runner._write_atomic = dying
runner.run(runner.RunConfig(inputs=[{str(corpus)!r}], out={str(out)!r}, engine="inline",
                            shard_size=4, progress=False))
"""
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, timeout=120)
    assert proc.returncode == 3, proc.stderr.decode()[-2000:]


def test_resume_after_death_before_manifest(corpus, tmp_path):
    out = tmp_path / "out"
    _kill_after_files_moved(corpus, out, n=5)
    done = sorted((out / MANIFESTS).glob("*.json"))
    assert len(done) == 5
    orphan = list((out / "documents").glob("date=*/shard-000005.parquet"))
    assert orphan, "the dying shard left its files behind, as a crash would"
    # Readers see finished shards only, so nothing is counted twice even before the resume.
    assert _counts(out) == (20, 20) or _counts(out)[0] == _counts(out)[1]
    before = {p.name: p.stat().st_mtime_ns for p in done}
    report = run(_cfg(corpus, out, shard_size=4))
    assert report["complete"] and report["this_run"]["shards_resumed"] == 5
    assert report["this_run"]["shards_processed"] == 6  # 11 shards in all
    assert {p.name: p.stat().st_mtime_ns for p in done} == before  # finished shards untouched
    assert _counts(out) == (40, 40)
    assert report["records"] == 42 and report["failed"] == 2


def test_sigkill_mid_run_then_resume(corpus, tmp_path):
    """A real `khabar run` with worker processes, killed with SIGKILL part-way, then rerun."""
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "khabar.cli", "run", str(corpus), "--out", str(out),
           "--workers", "1", "--shard-size", "1", "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=REPO, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 90
    n_done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        n_done = len(list((out / MANIFESTS).glob("*.json"))) if (out / MANIFESTS).exists() else 0
        if n_done >= 3:
            break
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert 3 <= n_done < 42, "the run must be killed part-way"
    n_before = len(list((out / MANIFESTS).glob("*.json")))
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((out / "report.json").read_text())
    assert report["complete"] and report["this_run"]["shards_resumed"] == n_before
    assert report["this_run"]["shards_processed"] == 42 - n_before
    assert _counts(out) == (40, 40)


def test_iter_documents_and_store_loading(corpus, tmp_path):
    out = tmp_path / "out"
    run(_cfg(corpus, out))
    docs = list(iter_documents(out))
    assert len(docs) == 40 and len({d.id for d in docs}) == 40

    class DictStore:  # the store interface: put_many is idempotent by id and returns new rows
        def __init__(self):
            self.docs = {}

        def put_many(self, batch):
            new = [d for d in batch if d.id not in self.docs]
            self.docs.update((d.id, d) for d in batch)
            return len(new)

    s = DictStore()
    assert load_into_store(out, s, batch_size=7) == 40
    assert load_into_store(out, s) == 0 and len(s.docs) == 40


def test_load_into_real_store(corpus, tmp_path):
    store_mod = pytest.importorskip("khabar.store")
    if not hasattr(store_mod, "open_store"):
        pytest.skip("khabar.store.open_store is not on this branch yet (the store worker builds it)")
    out = tmp_path / "out"
    run(_cfg(corpus, out))
    db = tmp_path / "k.db"
    assert load_into_store(out, str(db)) == 40
    load_into_store(out, str(db))
    st = store_mod.open_store(str(db))
    try:
        assert st.count() == 40
        some = next(iter_documents(out))
        assert st.get(some.id).text == some.text
    finally:
        st.close()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khabar.cli", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def test_cli_run_and_query(corpus, tmp_path):
    out = tmp_path / "out"
    res = _cli("run", str(corpus), "--out", str(out), "--engine", "inline", "--limit", "12")
    assert res.returncode == 0, res.stderr
    assert "articles ok" in res.stderr and "invalid JSON" in res.stderr
    res = _cli("query", str(out), "SELECT count(*) AS n FROM documents", "--format", "jsonl")
    assert res.returncode == 0 and json.loads(res.stdout.strip()) == {"n": 11}
    res = _cli("run", str(corpus), "--out", str(tmp_path / "o2"), "--disable", "nonsense")
    assert res.returncode != 0 and "unknown stage" in res.stderr


def test_output_files_lists_finished_shards_only(corpus, tmp_path):
    out = tmp_path / "out"
    run(_cfg(corpus, out))
    stray = out / "documents" / "date=2015-07" / "shard-999999.parquet"
    stray.write_bytes(b"not parquet")
    assert stray not in output_files(out, "documents")
    assert _counts(out) == (40, 40)
