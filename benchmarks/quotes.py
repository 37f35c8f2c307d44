"""Speed of the `quotes` stage on SaudiNewsNet articles (no NER: the stage alone, on raw text)."""

from __future__ import annotations

import time

from benchmarks._util import news_records, peak_rss_mb


def run(quick: bool) -> dict:
    from khabar.document import Document
    from khabar.quotes.extract import extract_quotes

    n = 200 if quick else 2000
    docs = [Document(id=str(i), text=r["content"], language="ar") for i, r in enumerate(news_records(n))]
    for d in docs:
        d.layer.tokens  # noqa: B018 - tokenize outside the timed part (the text layer is shared)
        d.layer.sentences  # noqa: B018
    t0 = time.perf_counter()
    quotes = speakers = chars = 0
    for d in docs:
        qs = extract_quotes(d)
        quotes += len(qs)
        speakers += sum(q.speaker is not None for q in qs)
        chars += len(d.text)
    dt = time.perf_counter() - t0
    return {
        "articles": len(docs),
        "ms_per_article": round(1000 * dt / len(docs), 2),
        "kchars_per_s": round(chars / dt / 1000, 1),
        "quotes_per_article": round(quotes / len(docs), 2),
        "with_speaker": round(speakers / quotes, 3) if quotes else 0.0,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
