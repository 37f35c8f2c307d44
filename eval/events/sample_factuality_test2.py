"""Draw the candidate sentences of `factuality_test2.jsonl` (seed 20261207), a held-out test set.

Run from the repo root: `python eval/events/sample_factuality_test2.py > /tmp/candidates_t2.jsonl`.
Articles whose URL appears in any earlier factuality or PLOVER news gold file are skipped; at most one
sentence per Arabic article and four per English article (the English pool is small) (TR-News, GWN, LGL only).
The drawing rules are in `factuality_sampler_wide.py`. The annotator read the candidates of each
stratum in drawn order and kept those with a political, military, legal or criminal event until
the stratum's quota was met, annotating one trigger each by hand, before any system run.
"""

from __future__ import annotations

from factuality_sampler_wide import main

SEED = 20261207
AR_QUOTA = {"negation": 26, "alleged": 8, "possible": 10, "conditional": 10, "planned": 16,
            "attribution": 12, "historical": 5, "none": 14}
EN_QUOTA = {"negation": 30, "alleged": 10, "possible": 14, "conditional": 8, "planned": 16,
            "reported": 10, "none": 12}
USED = ("factuality.jsonl", "factuality_dev2.jsonl", "factuality_dev3.jsonl", "plover_news.jsonl",
        "plover_news2.jsonl", "plover_ar.jsonl")

# The first English draw held about 50 sentences with an event (the cued pool of the articles left
# is nearly exhausted), so a second English draw (seed 20261217) adds sentences of the attribution
# and uncued strata from the same articles, skipping the first draw's sentences.
EXTRA_EN = (20261217, {"reported": 40, "none": 40}, 3)
# Few events of the first draw were negated, so a second Arabic draw (seed 20261227) adds sentences
# with a negation or condition at most 20 characters before the event word, from other articles.
EXTRA_AR = (20261227, {"negation": 20, "conditional": 8})

if __name__ == "__main__":
    main(SEED, AR_QUOTA, EN_QUOTA, USED, en_per_article=4, extra_en=EXTRA_EN, extra_ar=EXTRA_AR)
