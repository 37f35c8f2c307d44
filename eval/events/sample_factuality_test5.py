"""Draw the candidate sentences of `factuality_test5.jsonl` (seeds 20261511 .. 20261581), a fifth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test5.py > /tmp/candidates_t5.jsonl`.
Same sources and rules as `sample_factuality_test4.py` (rules in `factuality_sampler_wide.py`):
Arabic from SaudiNewsNet (one sentence per article), English from the article-extraction benchmark
bodies and the TR-News / GWN / LGL texts (up to eight sentences per article). Articles whose URL
appears in any earlier gold file (every `eval/events/*.jsonl`, including test4, and every
`eval/quotes/*.jsonl`: SaudiNewsNet URLs and the LGL docids) are skipped, and so are the sentences of
`protest_no_audit.jsonl` (which gives no URL). New seeds; the Arabic draws are weighted towards cues
right before the event word (negation, possibility, condition, allegation) so that many items are
not plain asserted positive. The annotator read the candidates in drawn order and kept those with a
political, military, legal or criminal event, annotating one trigger each by hand, before any system
run (the annotator of this set never ran the system). Ten kept sentences turned out to be word for
word in an earlier set (the same agency text in another outlet's article) and were dropped before
the commit. Draws, in output order: Arabic 1 (plain strata), 2 (near cues), 3 (near cues and
attribution), English 1, 2 and 3, Arabic 4 (near cues and attribution) and 5 (negation, condition).
"""

from __future__ import annotations

import json
import random
import sys

import factuality_sampler
import factuality_sampler_wide as wide
from factuality_sampler import REPO
from sample_factuality_test4 import AR_NEAR3, EN_EVENT_RX2, EN_EVENT_RX3, quote_urls, wide_ar_articles

SEED_AR = 20261511  # Arabic, plain strata (every cue of AR_STRATA, 60 characters)
SEED_AR_NEAR = 20261521  # Arabic, a cue at most 20 characters before the event word (other articles)
SEED_AR3 = 20261551  # Arabic, a third draw (other articles): near cues and attribution, `"draw": 3`
SEED_EN = 20261531  # English, narrower event word (EN_EVENT_RX2), up to eight sentences per article
SEED_EN2 = 20261541  # English, wide event word, skipping the sentences of the first English draw
AR_QUOTA = {"negation": 12, "alleged": 6, "possible": 6, "conditional": 6, "planned": 10,
            "attribution": 10, "historical": 6, "none": 8}
AR_NEAR_QUOTA = {"negation": 20, "possible": 10, "conditional": 8, "alleged": 10}
# the first two Arabic draws gave about 100 items with a political, military, legal or criminal
# event, so a third Arabic draw (other articles) takes near cues again and attributed sentences
AR3_QUOTA = {"negation": 12, "possible": 6, "conditional": 6, "alleged": 8, "attribution": 16}
AR3_STRATA = {**AR_NEAR3, "attribution": wide.AR_STRATA["attribution"]}
EN_QUOTA = {"negation": 25, "alleged": 15, "possible": 15, "conditional": 8, "planned": 15,
            "reported": 25, "none": 15}
EN_PER_ARTICLE = 8
# The two English draws held fewer than ten sentences with a political, military, legal or criminal
# event (the English pool is nearly exhausted by the earlier sets), so a third English draw (seed
# 20261561, `EN_EVENT_RX3`, every stratum, skipping both earlier English draws' sentences, `"draw": 3`)
# and a fourth Arabic draw (seed 20261571, other articles, near cues and attribution, `"draw": 4`)
# make up the size.
SEED_EN3 = 20261561
EN3_QUOTA = {"negation": 30, "alleged": 20, "possible": 20, "conditional": 10, "planned": 20,
             "reported": 40, "none": 60}
SEED_AR4 = 20261571
# still short of 200 and of negated events: a fifth Arabic draw (seed 20261581, other articles), a
# negation or condition at most 20 characters before the event word (`"draw": 5`)
SEED_AR5 = 20261581
AR5_QUOTA = {"negation": 24, "conditional": 6}
AR4_QUOTA = {"negation": 12, "possible": 6, "conditional": 6, "alleged": 10, "attribution": 16}


def used() -> tuple[set[str], frozenset[str]]:
    """URLs of every earlier events / quotes gold file, and the URL-less audit sentences."""
    names = tuple(
        p.name
        for p in sorted((REPO / "eval" / "events").glob("*.jsonl"))
        if p.name not in ("protest_no_audit.jsonl", "factuality_test5.jsonl")  # this set itself is not "earlier"
    )
    urls = factuality_sampler.used_urls(names) | quote_urls()
    audit = REPO / "eval" / "events" / "protest_no_audit.jsonl"
    texts = frozenset(json.loads(x)["text"] for x in audit.read_text(encoding="utf-8").splitlines() if x.strip())
    return urls - {""}, texts


if __name__ == "__main__":
    skip, audit_texts = used()
    ar = wide_ar_articles()
    out = wide.draw(list(ar), wide.AR_STRATA, AR_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR), skip,
                    skip_texts=audit_texts)
    skip2 = skip | {x["article_url"] for x in out}
    near = wide.draw(list(ar), AR_NEAR3, AR_NEAR_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR_NEAR),
                     skip2, skip_texts=audit_texts, window=20)
    out += [{**x, "draw": 2} for x in near]
    skip3 = skip2 | {x["article_url"] for x in near}
    ar3 = wide.draw(list(ar), AR3_STRATA, AR3_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR3), skip3,
                    skip_texts=audit_texts, window=20)
    out += [{**x, "draw": 3} for x in ar3]
    en = wide.html_articles() + factuality_sampler.english_articles()
    first = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, EN_EVENT_RX2, "en", random.Random(SEED_EN), skip,
                      EN_PER_ARTICLE, skip_texts=audit_texts)
    out += first
    taken = audit_texts | {x["text"] for x in first}
    more = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, wide.EN_EVENT_RX, "en", random.Random(SEED_EN2), skip,
                     EN_PER_ARTICLE, skip_texts=taken)
    out += [{**x, "draw": 2} for x in more]
    taken = taken | {x["text"] for x in more}
    en3 = wide.draw(list(en), wide.EN_STRATA, EN3_QUOTA, EN_EVENT_RX3, "en", random.Random(SEED_EN3), skip,
                    EN_PER_ARTICLE, skip_texts=taken)
    out += [{**x, "draw": 3} for x in en3]
    skip4 = skip3 | {x["article_url"] for x in ar3}
    ar4 = wide.draw(list(ar), AR3_STRATA, AR4_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR4), skip4,
                    skip_texts=audit_texts, window=20)
    out += [{**x, "draw": 4} for x in ar4]
    skip5 = skip4 | {x["article_url"] for x in ar4}
    ar5 = wide.draw(list(ar), wide.AR_NEAR, AR5_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR5), skip5,
                    skip_texts=audit_texts, window=20)
    out += [{**x, "draw": 5} for x in ar5]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
