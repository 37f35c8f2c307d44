"""What the SaudiNewsNet conflict pool of dev10 ... dev13 has left for a next tuning set (session 2026-12-07h).

`python eval/events/conflict_pool_left.py CAND.jsonl [CAND.jsonl ...]`, from the repo root, with the candidate lists
the samplers write (`sample_factuality_dev10.py dev10|dev11`, `sample_factuality_dev12.py dev12|dev13`; about a
minute each). It prints, as JSON:
- the pool (`sample_factuality_dev10.in_pool`'s rule, both URL parities, every gold article left out): articles, and
  how many of them have a sentence in a candidate list (read by an annotator);
- the pool's sentences no candidate list holds that draw 1 would take (an event word after a `NOT_YET` word, or an
  attribution phrase): how many are sentences of a gold text or share an eight-word run with one (near-duplicates
  that every sampler skips), and how many are left;
- the same count for the articles OUTSIDE the conflict pool (no conflict word), the only other Arabic news here.
Why: dev12 / dev13 (73 items from 6,413 candidates read) showed the pool nearly read out; this measures it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

import factuality_sampler_wide as wide
from factuality_sampler import sentences
from sample_factuality_dev10 import NOT_YET
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import runs, used
from sample_factuality_test12 import AR_EVENT_RX12
from sample_factuality_test19 import CONFLICT_RX, gold_urls
from sample_factuality_test26 import CONFLICT2_RX

NEW = "factuality_next.jsonl"  # a set that does not exist yet: every existing gold file counts as earlier


def first_draw_stratum(sentence: str) -> str | None:
    """`not_yet` or `attribution` when draw 1 of `sample_factuality_dev10.py` would take the sentence."""
    events = [m.start() for m in re.finditer(AR_EVENT_RX12, sentence)]
    if not events:
        return None
    if any(0 <= e - m.start() <= 60 for m in re.finditer(NOT_YET, sentence) for e in events):
        return "not_yet"
    return "attribution" if re.search(wide.AR_STRATA["attribution"], sentence) else None


def main(candidate_files: list[str]) -> None:
    read: dict[str, str] = {}
    for path in candidate_files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                x = json.loads(line)
                read[x["text"]] = x["article_url"]
    read_urls = set(read.values())
    _, earlier, old_runs = used((NEW,))
    gold = gold_urls(NEW)
    out: dict[str, Counter] = {"conflict_pool": Counter(), "outside_pool": Counter()}
    for _, url, text in wide_ar_articles():
        if url in gold:
            continue
        part = out[
            "conflict_pool"
            if re.search(CONFLICT_RX, text) or re.search(CONFLICT2_RX, text)
            else "outside_pool"
        ]
        part["articles"] += 1
        part["articles_read"] += url in read_urls
        for s in sentences(text):
            stratum = None if s in read else first_draw_stratum(s)
            if stratum is None:
                continue
            kind = "gold_text_or_shared_run" if s in earlier or runs(s) & old_runs else "left"
            part[f"{stratum}_{kind}"] += 1
    json.dump({k: dict(sorted(v.items())) for k, v in out.items()}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
