"""Draw the candidate sentences of `factuality_dev3.jsonl` (seed 20261206).

Run from the repo root: `python eval/events/sample_factuality_dev3.py > /tmp/candidates3.jsonl`.
Articles whose URL appears in `factuality.jsonl`, `factuality_dev2.jsonl` or `plover_news*.jsonl` are
skipped; at most one sentence per Arabic article and three per English article (the English pool
is small).
The drawing rules are in `factuality_sampler.py`. The annotator then read the candidates in order
and kept those with a political or legal event, annotating one trigger each by hand.
"""

from __future__ import annotations

from factuality_sampler import main

SEED = 20261206
AR_QUOTA = {"negation": 10, "alleged": 5, "possible": 6, "conditional": 5, "planned": 6,
            "attribution": 3, "historical": 2, "none": 3}
EN_QUOTA = {"negation": 24, "alleged": 12, "possible": 12, "conditional": 12, "planned": 12, "none": 10}
USED = ("factuality.jsonl", "factuality_dev2.jsonl", "plover_news.jsonl", "plover_news2.jsonl")

if __name__ == "__main__":
    main(SEED, AR_QUOTA, EN_QUOTA, USED, en_per_article=3)
