"""Speed of the ``times`` and ``amounts`` stages on SaudiNewsNet articles, and dateparser's
``search_dates`` alone on the same texts as a baseline (it finds dates only, no amounts)."""

from __future__ import annotations

import time
import warnings
from datetime import date, datetime

from benchmarks._util import news_records, peak_rss_mb


def run(quick: bool = False) -> list[dict]:
    from khabar.document import Document
    from khabar.pipeline import PipelineConfig

    n = 100 if quick else 1000
    n_dateparser = 20 if quick else 100
    recs = list(news_records(limit=n * 3))[::3][:n]  # spread over the file's sources
    docs = [
        Document(id=str(i), text=r["content"], published=date.fromisoformat(r["date_extracted"][:10]))
        for i, r in enumerate(recs)
    ]
    chars = sum(len(d.text) for d in docs)

    from khabar.amounts.stage import make_stage as make_amounts
    from khabar.time.stage import make_stage as make_times

    times_stage = make_times(PipelineConfig())
    amounts_stage = make_amounts(PipelineConfig())

    t0 = time.perf_counter()
    for d in docs:
        _ = d.layer.normalized  # shared with the other stages; timed apart
    t_norm = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        times_stage(d)
    t_times = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        amounts_stage(d)
    t_amounts = time.perf_counter() - t0
    n_times = sum(len(d.times) for d in docs)
    n_amounts = sum(len(d.amounts) for d in docs)

    import dateparser.search

    sample = docs[:n_dateparser]
    t0 = time.perf_counter()
    found = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for d in sample:
            base = datetime(d.published.year, d.published.month, d.published.day)
            res = dateparser.search.search_dates(
                d.text,
                languages=["ar"],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
            )
            found += len(res or [])
    t_dp = time.perf_counter() - t0
    ours_same = sum(len(d.times) for d in sample)

    def row(name: str, secs: float, k: int, found_: int) -> dict:
        return {
            "what": name,
            "articles": k,
            "ms_per_article": round(1000 * secs / k, 3),
            "articles_per_s": round(k / secs, 1) if secs else None,
            "found": found_,
        }

    rows = [
        row("normalize (text layer, shared)", t_norm, len(docs), 0),
        row("times stage", t_times, len(docs), n_times),
        row("amounts stage", t_amounts, len(docs), n_amounts),
        row("times + amounts", t_times + t_amounts, len(docs), n_times + n_amounts),
        row("dateparser.search_dates (ar, baseline)", t_dp, len(sample), found),
        {"what": "times stage, same sample as dateparser", "articles": len(sample), "found": ours_same},
    ]
    rows[0]["avg_chars"] = round(chars / len(docs))
    rows[-1]["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return rows
