"""Draw the candidate sentences of `factuality_dev4.jsonl` (seed 20261208), an English dev batch.

Run from the repo root: `python eval/events/sample_factuality_dev4.py > /tmp/candidates_d4.jsonl`.
English only: the article bodies of the article-extraction benchmark (English pages of
`../shared/data/html/article-extraction-benchmark/`, used by no gold set so far) and the TR-News / GWN
/ LGL articles that no factuality, PLOVER news or test2 gold item uses; at most four sentences per
article. The drawing rules are in `factuality_sampler_wide.py`. The annotator read the candidates of
each stratum in drawn order and kept those with a political, military, legal or criminal event,
annotating one trigger each by hand, before any system run.
"""

from __future__ import annotations

from factuality_sampler_wide import main

SEED = 20261208
EN_QUOTA = {"negation": 30, "alleged": 15, "possible": 20, "conditional": 10, "planned": 20,
            "reported": 30, "none": 30}
USED = ("factuality.jsonl", "factuality_dev2.jsonl", "factuality_dev3.jsonl", "plover_news.jsonl",
        "plover_news2.jsonl", "plover_ar.jsonl", "factuality_test2.jsonl")

# The first draw gave about 70 sentences with an event; a second draw (seed 20261218, up to six more
# sentences per article, skipping the first draw's sentences) was read for the rest.
EXTRA_EN = (20261218, {"negation": 30, "alleged": 15, "possible": 20, "conditional": 15, "planned": 20,
                       "reported": 30, "none": 20}, 6)

if __name__ == "__main__":
    main(SEED, None, EN_QUOTA, USED, en_per_article=4, english_sources=("html", "geoparsing"),
         extra_en=EXTRA_EN)
