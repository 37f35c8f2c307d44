"""Throughput of `khabar run` on SaudiNewsNet: the full default pipeline with 1 and 2 worker
processes and on local Ray, the runner alone (every stage disabled), and in the same run two
baselines on the same machine: dateparser.search_dates alone on the same texts, and trafilatura
alone on the HTML extraction benchmark pages. ``--quick``: the first 1,000 articles.

Rows: articles/s (wall clock, staging included), articles/s per core (per worker), peak RSS per
worker (max over the workers' processes), and the stage that took the most worker time.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks._util import NEWS, SHARED, news_records


def _corpus(limit: int | None, tmp: Path) -> Path:
    path = tmp / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for rec in news_records(limit):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _khabar_run(
    corpus: Path, out: Path, engine: str, workers: int, disabled: list[str] | None = None
) -> dict:
    from khabar.scale.runner import RunConfig, manifests, run

    shutil.rmtree(out, ignore_errors=True)
    cfg = RunConfig(inputs=[str(corpus)], out=str(out), engine=engine, workers=workers, shard_size=250,
                    disabled=disabled or [], progress=False)  # fmt: skip
    t0 = time.perf_counter()
    if engine == "ray":
        import ray

        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
        try:
            t0 = time.perf_counter()  # Ray's own start-up is not the pipeline's cost
            report = run(cfg)
        finally:
            ray.shutdown()
    else:
        report = run(cfg)
    secs = time.perf_counter() - t0
    ms = manifests(out)
    rss = max((m.get("peak_rss_mb", 0.0) for m in ms), default=0.0)
    stages = report["stage_seconds"]
    top = max(stages, key=stages.get) if stages else None
    total = sum(stages.values()) or 1.0
    share = ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in stages.items() if v / total >= 0.01)
    n = report["records"]
    name = f"khabar run {engine} x{workers}" + (" (runner only, all stages off)" if disabled else "")
    return {
        "what": name,
        "articles": n,
        "seconds": round(secs, 2),
        "articles_per_s": round(n / secs, 1),
        "articles_per_s_per_core": round(n / secs / workers, 1),
        "peak_rss_mb_per_worker": rss,
        "worker_s_per_article_ms": round(1000 * report["worker_seconds"] / max(1, n), 2),
        "slowest_stage": f"{top} {stages[top]:.1f}s" if top else None,
        "stage_share": share,
        "failed": report["failed"],
        "with_stage_errors": report["with_stage_errors"],
    }


def _dateparser_baseline(limit: int) -> dict:
    import resource

    from dateparser.search import search_dates

    texts = [r["content"] for r in news_records(limit)]
    search_dates("اليوم", languages=["ar"])  # load the language data outside the timing
    t0 = time.perf_counter()
    found = 0
    for t in texts:
        found += len(search_dates(t, languages=["ar"]) or [])
    secs = time.perf_counter() - t0
    return {
        "what": "baseline: dateparser.search_dates (ar) alone",
        "articles": len(texts),
        "seconds": round(secs, 2),
        "articles_per_s": round(len(texts) / secs, 1),
        "articles_per_s_per_core": round(len(texts) / secs, 1),
        "peak_rss_mb_per_worker": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "found": found,
    }


def _trafilatura_baseline() -> dict:
    import trafilatura

    pages = sorted((SHARED / "html" / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    if not pages:
        raise FileNotFoundError("html/article-extraction-benchmark")
    htmls = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages]
    t0 = time.perf_counter()
    chars = sum(len(trafilatura.extract(h) or "") for h in htmls)
    secs = time.perf_counter() - t0
    return {
        "what": "baseline: trafilatura.extract alone (HTML pages)",
        "articles": len(htmls),
        "seconds": round(secs, 2),
        "articles_per_s": round(len(htmls) / secs, 1),
        "articles_per_s_per_core": round(len(htmls) / secs, 1),
        "chars": chars,
    }


def run(quick: bool) -> list[dict]:
    if not NEWS.exists():
        raise FileNotFoundError(NEWS)
    limit = 1000 if quick else None
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    try:
        corpus = _corpus(limit, tmp)
        from khabar.pipeline import stage_names

        rows.append(_khabar_run(corpus, tmp / "runner", "local", 1, disabled=stage_names()))
        rows.append(_khabar_run(corpus, tmp / "p1", "local", 1))
        rows.append(_khabar_run(corpus, tmp / "p2", "local", 2))
        if os.environ.get("KHABAR_BENCH_NO_RAY") != "1":
            try:
                import ray  # noqa: F401

                rows.append(_khabar_run(corpus, tmp / "ray", "ray", 2))
            except ImportError:
                rows.append({"what": "khabar run ray x2", "skipped": "ray is not installed"})
        rows.append(_dateparser_baseline(200 if quick else 1000))
        rows.append(_trafilatura_baseline())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows
