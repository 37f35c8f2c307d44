"""Draw the candidate sentences of `factuality_dev5.jsonl` (seed 20261310), an Arabic dev batch.

Run from the repo root: `python eval/events/sample_factuality_dev5.py > /tmp/candidates_d5.jsonl`.
Arabic only (SaudiNewsNet, one sentence per article; the English pool left after test3 holds almost
no sentence with a political event). Articles whose URL appears in any earlier factuality or PLOVER
news gold file, test3 included, are skipped. The drawing rules are in `factuality_sampler_wide.py`.
The annotator read the candidates of each stratum in drawn order and kept those with a political,
military, legal or criminal event, annotating one trigger each by hand, before any system run.
"""

from __future__ import annotations

from factuality_sampler_wide import EN_STRATA, main

SEED = 20261310
AR_QUOTA = {"negation": 20, "alleged": 8, "possible": 10, "conditional": 10, "planned": 15,
            "attribution": 12, "historical": 4, "none": 10}
EN_QUOTA = {k: 0 for k in EN_STRATA}
USED = ("factuality.jsonl", "factuality_dev2.jsonl", "factuality_dev3.jsonl", "factuality_dev4.jsonl",
        "factuality_test2.jsonl", "factuality_test3.jsonl", "plover_news.jsonl", "plover_news2.jsonl",
        "plover_ar.jsonl")
# a second Arabic draw (seed 20261320, other articles): a negation or condition at most 20 characters
# before the event word
EXTRA_AR = (20261320, {"negation": 15, "conditional": 6})

if __name__ == "__main__":
    main(SEED, AR_QUOTA, EN_QUOTA, USED, extra_ar=EXTRA_AR)
