"""Draw the candidate sentences of `factuality_test3.jsonl` (seed 20261309), a third held-out set.

Run from the repo root: `python eval/events/sample_factuality_test3.py > /tmp/candidates_t3.jsonl`.
About 60 % Arabic (SaudiNewsNet, one sentence per article) and 40 % English (the article bodies of the
article-extraction benchmark and the TR-News / GWN / LGL texts; at most three sentences per article).
Articles whose URL appears in any earlier factuality or PLOVER news gold file (including dev4 and
test2) are skipped. The drawing rules are in `factuality_sampler_wide.py`. The annotator read the
candidates of each stratum in drawn order and kept those with a political, military, legal or
criminal event until the stratum's quota was met, annotating one trigger each by hand, before any
system run.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import random
import sys

from factuality_sampler import DATA, used_urls
from factuality_sampler_wide import AR_EVENT_RX, AR_STRATA, draw, main

SEED = 20261309
AR_QUOTA = {"negation": 22, "alleged": 8, "possible": 10, "conditional": 10, "planned": 18,
            "attribution": 14, "historical": 6, "none": 20}
EN_QUOTA = {"negation": 16, "alleged": 10, "possible": 12, "conditional": 8, "planned": 12,
            "reported": 14, "none": 14}
USED = ("factuality.jsonl", "factuality_dev2.jsonl", "factuality_dev3.jsonl", "factuality_dev4.jsonl",
        "factuality_test2.jsonl", "plover_news.jsonl", "plover_news2.jsonl", "plover_ar.jsonl")
# a second Arabic draw (seed 20261319, other articles): a negation or condition at most 20 characters
# before the event word, because negated events are rare in a plain draw
EXTRA_AR = (20261319, {"negation": 16, "conditional": 6})
# The first English draw held only about 15 sentences with a political, military, legal or criminal
# event (the English pool left is mostly local news, sport, business and technology), so a second
# English draw (seed 20261329, up to eight more sentences per article, skipping the first draw's
# sentences) was read for the rest.
EXTRA_EN = (20261329, {"negation": 40, "alleged": 20, "possible": 20, "conditional": 10, "planned": 20,
                       "reported": 40, "none": 40}, 8)

# Even the second English draw gave only about 35 English sentences with such an event in all, so
# the rest of the set is Arabic: a third Arabic draw (seed 20261339, the plain strata, one sentence
# per article, skipping every article of the draws above), marked `"draw": 3`.
EXTRA_AR3 = (20261339, {"negation": 15, "alleged": 8, "possible": 10, "conditional": 8, "planned": 12,
                        "attribution": 10, "historical": 4, "none": 8})


def third_arabic_draw(earlier: list[dict]) -> list[dict]:
    seed, quota = EXTRA_AR3
    skip = used_urls(USED) | {x["article_url"] for x in earlier}
    ar = []
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            ar.append(("saudinewsnet", a["url"].strip(), a["content"] or ""))
    more = draw(ar, AR_STRATA, quota, AR_EVENT_RX, "ar", random.Random(seed), skip)
    return [{**x, "draw": 3} for x in more]


if __name__ == "__main__":
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(SEED, AR_QUOTA, EN_QUOTA, USED, en_per_article=3, english_sources=("html", "geoparsing"),
             extra_en=EXTRA_EN, extra_ar=EXTRA_AR)
    sys.stdout.write(buf.getvalue())
    first = [json.loads(x) for x in buf.getvalue().splitlines() if x.strip()]
    for x in third_arabic_draw(first):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
