"""Draw the candidate sentences of `factuality_test9.jsonl` (seeds 20261941 .. 20261971), a ninth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test9.py > /tmp/candidates_t9.jsonl`.
Same sources and rules as `sample_factuality_test8.py` (rules in `factuality_sampler_wide.py`, the
skip lists, `even`, `runs` and `used` of `sample_factuality_test6.py`, imported, not copied), Arabic only
(SaudiNewsNet, one sentence per article), with two changes:
- PARITY: the even-hash pool is nearly used up (test8 stopped at 147 items), so this set takes ONLY
  articles whose URL has an ODD `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2` (`odd`); the
  quotation held-out set test12 is drawn at the same time from the EVEN ones, so the two sets share no
  article (earlier quotation sets took odd articles: their URLs are skipped like every gold file's);
- a wider event-word pattern (`AR_EVENT_RX9`): test7's narrow stems plus more PLOVER verbs and masdars
  (arrests, strikes, talks, aid, sanctions, protests, threats, demands, accusations, agreements,
  visits, ...).
Skipped: articles whose URL appears in any earlier gold file (every `eval/events/*.jsonl` and every
`eval/quotes/*.jsonl`), sentences that stand word for word inside an earlier gold text, and every
candidate sharing a run of eight normalized words with an earlier gold text (`RUN`).
Draws, in output order: 1 (plain strata, 60 characters), 2 (near cues and attribution, 20 characters),
3 (a negation of AR_STRATA at most 60 characters before the event word) and 4 (a negation or condition
at most 20 characters before it); each skips the articles of the earlier ones. The annotator read the
candidates in drawn order and kept those with a political, military, legal or criminal event, annotating
one trigger each by hand, before any system run (the annotator of this set never ran the system).
"""

from __future__ import annotations

import json
import random
import sys

import factuality_sampler_wide as wide
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test5 import AR3_STRATA
from sample_factuality_test6 import even, runs, used
from sample_factuality_test7 import AR_EVENT_STEMS7

AR_EVENT_MORE9 = (
    "اعتقالات اعتقلت توقيف أوقفت احتجزت ضبط مصادرة اقتحام اقتحم اقتحمت ضرب قصفت غارة شن شنت هاجمت "
    "مباحثات تفاوض التفاوض مشاورات وساطة قمة مساعدة إغاثة معونة تبرع عقوبة تجميد فرض مسيرة تظاهرة "
    "متظاهرين المتظاهرين احتجوا إضراب تهدد هددت توعد حذر حذرت تحذير مطالب مطالبة ناشد اتهامات اتهمت "
    "يتهم انتقد انتقدت انتقاد استنكر استنكرت أدانت شجب اتفقا اتفق تفاهم صفقة يزور زارت زيارته استقبل "
    "يستقبل استقبال اجتمع يلتقي التقت بحث بحثا استسلام مصالحة إبعاد نفي تسليم اغتال اختطفت"
).split()
AR_EVENT_RX9 = r"(?:^|[\s«\"(])(?:و|ف)?(?:ب|ل|س)?(?:ال|لل)?(?:" + "|".join(AR_EVENT_STEMS7 + AR_EVENT_MORE9) + r")"

SEED_AR = 20261941  # plain strata (every cue of AR_STRATA, 60 characters), first draw
SEED_AR2 = 20261951  # near cues and attribution (20 characters), `"draw": 2`
SEED_AR3 = 20261961  # a negation of AR_STRATA at most 60 characters before the event word, `"draw": 3`
SEED_AR4 = 20261971  # a negation or condition at most 20 characters before it, `"draw": 4`
AR_QUOTA = {"negation": 30, "alleged": 16, "possible": 12, "conditional": 12, "planned": 20,
            "attribution": 40, "historical": 10, "none": 12}
AR2_QUOTA = {"negation": 30, "possible": 16, "conditional": 16, "alleged": 16, "attribution": 40}
AR3_QUOTA = {"negation": 40}
AR4_QUOTA = {"negation": 40, "conditional": 16}


def odd(url: str) -> bool:
    """The disjointness rule with the quotation set test12 (EVEN articles): this set takes only ODD ones."""
    return not even(url)


if __name__ == "__main__":
    skip, earlier, old_runs = used("factuality_test9.jsonl")
    ar = [a for a in wide_ar_articles() if odd(a[1])]
    out = wide.draw(list(ar), wide.AR_STRATA, AR_QUOTA, AR_EVENT_RX9, "ar", random.Random(SEED_AR), skip,
                    skip_texts=earlier)
    skip2 = skip | {x["article_url"] for x in out}
    ar2 = wide.draw(list(ar), AR3_STRATA, AR2_QUOTA, AR_EVENT_RX9, "ar", random.Random(SEED_AR2), skip2,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 2} for x in ar2]
    skip3 = skip2 | {x["article_url"] for x in ar2}
    ar3 = wide.draw(list(ar), {"negation": wide.AR_STRATA["negation"]}, AR3_QUOTA, AR_EVENT_RX9, "ar",
                    random.Random(SEED_AR3), skip3, skip_texts=earlier)
    out += [{**x, "draw": 3} for x in ar3]
    skip4 = skip3 | {x["article_url"] for x in ar3}
    ar4 = wide.draw(list(ar), wide.AR_NEAR, AR4_QUOTA, AR_EVENT_RX9, "ar", random.Random(SEED_AR4), skip4,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 4} for x in ar4]
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
