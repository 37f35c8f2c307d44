"""`khabar run --engine ray` on a local Ray (2 CPUs at most), then shut down."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar.scale import duckdb_views
from khabar.scale.runner import MANIFESTS, RunConfig, run

ray = pytest.importorskip("ray")


@pytest.fixture
def corpus(tmp_path, shared_data) -> Path:
    lines = []
    with gzip.open(shared_data / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 24:
                break
            lines.append(line)
    lines.append("[1, 2]\n")
    p = tmp_path / "news.jsonl"
    p.write_text("".join(lines), encoding="utf-8")
    return p


@pytest.mark.slow
def test_ray_run_matches_inline_and_resumes(corpus, tmp_path):
    a, b = tmp_path / "inline", tmp_path / "ray"
    run(RunConfig(inputs=[str(corpus)], out=str(a), engine="inline", shard_size=6, progress=False))
    # A shard already finished by an earlier (dead) run is not processed again.
    run(RunConfig(inputs=[str(corpus)], out=str(b), engine="inline", shard_size=6, limit=None,
                  progress=False, keep_work=True))  # fmt: skip
    for m in list((b / MANIFESTS).glob("*.json"))[2:]:
        m.unlink()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        report = run(RunConfig(inputs=[str(corpus)], out=str(b), engine="ray", workers=2, shard_size=6,
                               progress=False))  # fmt: skip
    finally:
        ray.shutdown()
    assert report["complete"] and report["this_run"]["shards_resumed"] == 2
    assert report["this_run"]["shards_processed"] == 3
    assert report["documents"] == 24 and report["failed"] == 1
    pids = {json.loads(p.read_text())["pid"] for p in (b / MANIFESTS).glob("*.json")}
    assert len(pids) >= 2  # the inline driver and at least one Ray actor
    q = "SELECT id, json FROM documents ORDER BY id"
    assert duckdb_views(a).execute(q).fetchall() == duckdb_views(b).execute(q).fetchall()
