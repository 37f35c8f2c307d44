"""Shared helpers for benchmarks: the news corpus and peak memory."""

from __future__ import annotations

import gzip
import json
import resource
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NEWS = SHARED / "news" / "saudinewsnet.jsonl.gz"


def news_records(limit: int | None = None) -> Iterator[dict]:
    if not NEWS.exists():
        raise FileNotFoundError(NEWS)
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
