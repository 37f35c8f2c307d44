"""Ingest and text-layer throughput on SaudiNewsNet (31,030 Arabic articles; --quick: 2,000).

Two passes over the same gzip'd JSONL file, each through khabar's real reader (``read_inputs``:
streaming gunzip, JSONL parsing, date validation, boilerplate cleaning, Document validation):
1. ingest only;
2. ingest + text layer: normalization with offset map, tokens (with proclitics), sentences and
   language for every article.
Articles with empty content are counted as ingest errors (the corpus has some). Peak RSS is the
process maximum (``ru_maxrss``) after each pass; documents are not kept, as in a streaming run.
Wall-clock rates depend on how busy the machine is; ``articles_per_cpu_s`` (process CPU time) less so.
"""

from __future__ import annotations

import gzip
import itertools
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks._util import NEWS, peak_rss_mb

QUICK = 2_000


def _input(quick: bool, tmp: Path) -> Path:
    if not NEWS.exists():
        raise FileNotFoundError(NEWS)
    if not quick:
        return NEWS
    out = tmp / "quick.jsonl.gz"
    with gzip.open(NEWS, "rb") as src, gzip.open(out, "wb") as dst:
        dst.writelines(itertools.islice(src, QUICK))
    return out


def _pass(path: Path, text_layer: bool) -> dict[str, float]:
    from khabar.ingest import IngestError, read_inputs

    docs = errors = tokens = sentences = chars = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for item in read_inputs([str(path)]):
        if isinstance(item, IngestError):
            errors += 1
            continue
        docs += 1
        chars += len(item.text)
        if text_layer:
            layer = item.layer
            layer.normalized  # noqa: B018 - computed for the measurement
            tokens += len(layer.tokens)
            sentences += len(layer.sentences)
            layer.language  # noqa: B018
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "docs": docs, "errors": errors, "secs": secs, "cpu": cpu, "tokens": tokens, "sentences": sentences,
        "chars": chars, "rss": round(peak_rss_mb(), 1),
    }  # fmt: skip


def run(quick: bool) -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    try:
        path = _input(quick, tmp)
        ingest = _pass(path, text_layer=False)
        layer = _pass(path, text_layer=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [
        {
            "stage": "ingest",
            "articles": ingest["docs"],
            "errors": ingest["errors"],
            "seconds": round(ingest["secs"], 2),
            "articles_per_s": round(ingest["docs"] / ingest["secs"], 1),
            "articles_per_cpu_s": round(ingest["docs"] / ingest["cpu"], 1),
            "tokens_per_s": None,
            "peak_rss_mb": ingest["rss"],
        },
        {
            "stage": "ingest+text layer",
            "articles": layer["docs"],
            "errors": layer["errors"],
            "seconds": round(layer["secs"], 2),
            "articles_per_s": round(layer["docs"] / layer["secs"], 1),
            "articles_per_cpu_s": round(layer["docs"] / layer["cpu"], 1),
            "tokens_per_s": round(layer["tokens"] / layer["secs"]),
            "peak_rss_mb": layer["rss"],
            "tokens": layer["tokens"],
            "sentences": layer["sentences"],
        },
    ]
