"""Draw the candidate sentences of `factuality_dev2.jsonl` (seed 20261205).

Run from the repo root: `python eval/events/sample_factuality_dev2.py > /tmp/candidates.jsonl`.
Articles whose URL appears in `factuality.jsonl` are skipped; at most one sentence per article.
The drawing rules are in `factuality_sampler.py`. The annotator then read the candidates in order
and kept those with a political or legal event, annotating one trigger each by hand.
"""

from __future__ import annotations

from factuality_sampler import main

SEED = 20261205
AR_QUOTA = {"negation": 34, "alleged": 14, "possible": 18, "conditional": 16, "planned": 18,
            "attribution": 10, "historical": 8, "none": 12}
EN_QUOTA = {"negation": 12, "alleged": 6, "possible": 6, "conditional": 6, "planned": 6, "none": 4}
USED = ("factuality.jsonl",)

if __name__ == "__main__":
    main(SEED, AR_QUOTA, EN_QUOTA, USED)
