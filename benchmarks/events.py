"""Event extraction speed: the events stage alone on SaudiNewsNet articles (text layer built beforehand)."""

from __future__ import annotations

import time

from benchmarks._util import news_records, peak_rss_mb


def run(quick: bool) -> dict:
    from khabar.document import Document, make_id
    from khabar.events.extract import Extractor

    n = 200 if quick else 2000
    docs = [
        Document(id=make_id(r["url"]), text=r["content"], language="ar")
        for r in news_records(n)
        if r["content"]
    ]
    for d in docs:  # tokens and sentences are the text layer's cost, not the events stage's
        _ = d.layer.tokens, d.layer.sentences
    x = Extractor()
    t0 = time.perf_counter()
    events = 0
    for d in docs:
        x(d)
        events += len(d.events)
    dt = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    return {
        "articles": len(docs),
        "events": events,
        "ms_per_article": round(1000 * dt / max(len(docs), 1), 2),
        "articles_per_s": round(len(docs) / dt, 1),
        "kchars_per_s": round(chars / dt / 1000, 1),
        "peak_rss_mb": peak_rss_mb(),
    }
