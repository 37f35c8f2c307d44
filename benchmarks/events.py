"""Event extraction speed: the events stage alone on SaudiNewsNet articles (text layer built beforehand)."""

from __future__ import annotations

import time
from typing import Any

from benchmarks._util import news_records, peak_rss_mb


def run(quick: bool) -> dict:
    from khabar.document import Document, make_id
    from khabar.events import extract
    from khabar.events.extract import Extractor

    # how often detection round 58's second reading is considered (an article whose sense rules cleared a hit) and
    # how often it runs (speed round 60's ``may_hide`` lets it through): counted by wrapping ``may_hide``
    readings = {"considered": 0, "run": 0}
    may_hide = extract.may_hide

    def counted_may_hide(*args: Any, **kwargs: Any) -> bool:
        hide = may_hide(*args, **kwargs)
        readings["considered"] += 1
        readings["run"] += hide
        return hide

    extract.may_hide = counted_may_hide

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
    extract.may_hide = may_hide
    chars = sum(len(d.text) for d in docs)
    return {
        "articles": len(docs),
        "events": events,
        "ms_per_article": round(1000 * dt / max(len(docs), 1), 2),
        "articles_per_s": round(len(docs) / dt, 1),
        "kchars_per_s": round(chars / dt / 1000, 1),
        "peak_rss_mb": peak_rss_mb(),
        "second_readings_considered": readings["considered"],
        "second_readings_run": readings["run"],
    }
