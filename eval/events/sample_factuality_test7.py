"""Draw the candidate sentences of `factuality_test7.jsonl` (seeds 20261711 .. 20261791), a seventh held-out set.

Run from the repo root: `python eval/events/sample_factuality_test7.py > /tmp/candidates_t7.jsonl`.
Same sources and rules as `sample_factuality_test6.py` (rules in `factuality_sampler_wide.py`), Arabic
only (SaudiNewsNet, one sentence per article): the English pool is exhausted (test5 and test6 kept 9
English events from five English draws), so no English draw was made. Skipped:
- articles whose URL appears in any earlier gold file (every `eval/events/*.jsonl`, test6 included,
  and every `eval/quotes/*.jsonl`: SaudiNewsNet URLs and the LGL docids);
- articles whose URL has an ODD `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`: the
  quotation held-out set test10 is drawn from the same corpus at the same time, and only articles
  with an EVEN value are used here (as in test6), so the two sets share no article;
- sentences that stand word for word inside an earlier gold file's text, the URL-less sentences of
  `protest_no_audit.jsonl`, and every candidate that shares a run of eight normalized words with an
  earlier gold text (`RUN`, as in test6).
One change to the drawing: the event word must be one of a narrower list of political, military,
legal and criminal stems (`AR_EVENT_RX7`), because about four in five candidates of test6's wide event
word held no such event (sport, business, health). New seeds; the draws are weighted towards cues right
before the event word (negation, possibility, condition, allegation) so that many items are not plain
asserted positive. The annotator read the candidates in drawn order and kept those with a political,
military, legal or criminal event, annotating one trigger each by hand, before any system run (the
annotator of this set never ran the system). Draws, in output order: Arabic 1 (plain strata),
2 (near cues), 3 (near cues and attribution), 4 (negation, condition), 5 (near cues and attribution),
6 (negation, condition), 7 (plain strata) and 8 (near cues and attribution), the last four added
because the first draws were short of 200 items, and 9 (negation, 60 characters), added because the
first eight gave few negated events; each skips the articles of the earlier ones.
"""

from __future__ import annotations

import json
import random
import sys

import factuality_sampler_wide as wide
from sample_factuality_test4 import AR_NEAR3, wide_ar_articles
from sample_factuality_test5 import AR3_STRATA
from sample_factuality_test6 import even, runs, used

SEED_AR = 20261711  # Arabic, plain strata (every cue of AR_STRATA, 60 characters)
SEED_AR_NEAR = 20261721  # Arabic, a cue at most 20 characters before the event word (other articles), `"draw": 2`
SEED_AR3 = 20261731  # Arabic, near cues and attribution (other articles), `"draw": 3`
SEED_AR4 = 20261741  # Arabic, a negation or condition at most 20 characters before the event word, `"draw": 4`
AR_QUOTA = {"negation": 14, "alleged": 6, "possible": 6, "conditional": 6, "planned": 10,
            "attribution": 12, "historical": 5, "none": 6}
AR_NEAR_QUOTA = {"negation": 20, "possible": 10, "conditional": 8, "alleged": 8}
AR3_QUOTA = {"negation": 14, "possible": 6, "conditional": 6, "alleged": 6, "attribution": 16}
AR4_QUOTA = {"negation": 20, "conditional": 8}
# The first four draws (474 candidates) held about 100 sentences with such an event, so four more Arabic
# draws (other articles) follow: near cues and attribution (`"draw": 5`), a negation or condition
# (`"draw": 6`), plain strata (`"draw": 7`), near cues and attribution (`"draw": 8`)
SEED_AR5 = 20261751
AR5_QUOTA = {"negation": 16, "possible": 8, "conditional": 8, "alleged": 8, "attribution": 20}
SEED_AR6 = 20261761
AR6_QUOTA = {"negation": 20, "conditional": 8}
SEED_AR7 = 20261771  # Arabic, plain strata again (60 characters), `"draw": 7`
AR7_QUOTA = {"negation": 14, "alleged": 8, "possible": 6, "conditional": 6, "planned": 10,
             "attribution": 20, "historical": 6, "none": 6}
SEED_AR8 = 20261781  # Arabic, near cues and attribution again, `"draw": 8`
AR8_QUOTA = {"negation": 16, "possible": 8, "conditional": 8, "alleged": 8, "attribution": 24}
# The eight draws gave 200 items but only 6 negated ones, so a ninth Arabic draw (other articles) takes
# only a negation of AR_STRATA at most 60 characters before the event word (`"draw": 9`; the pool of a
# negation at most 20 characters before it is used up by draws 2, 4 and 6)
SEED_AR9 = 20261791
AR9_QUOTA = {"negation": 30}
AR_EVENT_STEMS7 = (
    "قتل مقتل اغتيال اعتقال اعتقل القبض قبض احتجاز احتجز هجوم هجمات هاجم غارة غارات قصف قصفت اشتباك "
    "اشتباكات معارك تفجير فجر انفجار استهداف استهدف اختطاف خطف إعدام اعدام أعدم محاكمة يحاكم حكم أدين "
    "إدانة أدان ندد تندد اتهام اتهم مفاوضات محادثات اتفاق اتفاقية وقع توقيع هدنة وقف عقوبات مظاهرة "
    "مظاهرات تظاهر احتجاج احتجاجات اعتصام زيارة زار التقى لقاء اجتماع سجن ترحيل طرد حصار انسحاب "
    "انسحبت سحب رفض رفضت طالب يطالب دعا يدعو هدد تهديد مساعدات دعم أفرج الإفراج إطلاق سراح حظر داهم "
    "مداهمة ضربات ضربة أطلق"
).split()
AR_EVENT_RX7 = r"(?:^|[\s«\"(])(?:و|ف)?(?:ب|ل|س)?(?:ال|لل)?(?:" + "|".join(AR_EVENT_STEMS7) + r")"



def nine_draws(ar, skip, earlier, seeds):
    """This set's nine Arabic draws (strata, quotas and windows above, in output order) with `seeds`, one a
    draw; each skips the articles of `skip` and of the draws before it, and the candidates of draws 2 to 9
    carry their `"draw"`. `sample_factuality_test8.py` makes the same nine with its own seeds. Returns the
    candidates and `skip` with the articles of all nine draws."""
    plan = (
        (wide.AR_STRATA, AR_QUOTA, 60),
        (AR_NEAR3, AR_NEAR_QUOTA, 20),
        (AR3_STRATA, AR3_QUOTA, 20),
        (wide.AR_NEAR, AR4_QUOTA, 20),
        (AR3_STRATA, AR5_QUOTA, 20),
        (wide.AR_NEAR, AR6_QUOTA, 20),
        (wide.AR_STRATA, AR7_QUOTA, 60),
        (AR3_STRATA, AR8_QUOTA, 20),
        ({"negation": wide.AR_STRATA["negation"]}, AR9_QUOTA, 60),
    )
    out = []
    for n, ((strata, quota, window), seed) in enumerate(zip(plan, seeds, strict=True), 1):
        got = wide.draw(list(ar), strata, quota, AR_EVENT_RX7, "ar", random.Random(seed), skip,
                        skip_texts=earlier, window=window)
        out += got if n == 1 else [{**x, "draw": n} for x in got]
        skip = skip | {x["article_url"] for x in got}
    return out, skip


if __name__ == "__main__":
    skip, earlier, old_runs = used("factuality_test7.jsonl")
    ar = [a for a in wide_ar_articles() if even(a[1])]
    seeds = (SEED_AR, SEED_AR_NEAR, SEED_AR3, SEED_AR4, SEED_AR5, SEED_AR6, SEED_AR7, SEED_AR8, SEED_AR9)
    out, _ = nine_draws(ar, skip, earlier, seeds)
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
