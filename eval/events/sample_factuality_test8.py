"""Draw the candidate sentences of `factuality_test8.jsonl` (seeds 20261811 .. 20261931), an eighth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test8.py > /tmp/candidates_t8.jsonl`.
Same sources, rules, quotas and event-word list as `sample_factuality_test7.py` (rules in
`factuality_sampler_wide.py`), with new seeds; Arabic only (SaudiNewsNet, one sentence per article), no
English. Skipped:
- articles whose URL appears in any earlier gold file (every `eval/events/*.jsonl`, test7 included,
  and every `eval/quotes/*.jsonl`: SaudiNewsNet URLs and the LGL docids);
- articles whose URL has an ODD `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`: the
  quotation held-out set test11 is drawn from the same corpus at the same time, and only articles
  with an EVEN value are used here (`even`, as in test6 and test7), so the two sets share no article;
- sentences that stand word for word inside an earlier gold file's text, the URL-less sentences of
  `protest_no_audit.jsonl`, and every candidate that shares a run of eight normalized words with an
  earlier gold text (`RUN`, as in test6 and test7).
The annotator read the candidates in drawn order and kept those with a political, military, legal or
criminal event, annotating one trigger each by hand, before any system run (the annotator of this set
never ran the system). Draws, in output order: Arabic 1 (plain strata), 2 (near cues), 3 (near cues and
attribution), 4 (negation, condition), 5 (near cues and attribution), 6 (negation, condition), 7 (plain
strata), 8 (near cues and attribution) and 9 (negation, 60 characters), as in test7, then 10 (plain
strata, larger quotas) and 11 (near cues and attribution, larger quotas), added because the first nine
draws held fewer than 100 such events, and 12 (plain strata) and 13 (near cues and attribution), with
still larger quotas, because the first eleven were still short of 200; each skips the articles of the
earlier ones.
"""

from __future__ import annotations

import json
import random
import sys

import factuality_sampler_wide as wide
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test5 import AR3_STRATA
from sample_factuality_test6 import even, runs, used
from sample_factuality_test7 import AR_EVENT_RX7, nine_draws

# Draws 1 to 9 are test7's (`nine_draws`: same strata, quotas and windows) with these seeds
SEED_AR = 20261811  # Arabic, plain strata (every cue of AR_STRATA, 60 characters)
SEED_AR_NEAR = 20261821  # Arabic, a cue at most 20 characters before the event word (other articles), `"draw": 2`
SEED_AR3 = 20261831  # Arabic, near cues and attribution (other articles), `"draw": 3`
SEED_AR4 = 20261841  # Arabic, a negation or condition at most 20 characters before the event word, `"draw": 4`
# The first four draws (474 candidates) held about 100 sentences with such an event, so four more Arabic
# draws (other articles) follow: near cues and attribution (`"draw": 5`), a negation or condition
# (`"draw": 6`), plain strata (`"draw": 7`), near cues and attribution (`"draw": 8`)
SEED_AR5 = 20261851
SEED_AR6 = 20261861
SEED_AR7 = 20261871  # Arabic, plain strata again (60 characters), `"draw": 7`
SEED_AR8 = 20261881  # Arabic, near cues and attribution again, `"draw": 8`
# The eight draws gave 200 items but only 6 negated ones, so a ninth Arabic draw (other articles) takes
# only a negation of AR_STRATA at most 60 characters before the event word (`"draw": 9`; the pool of a
# negation at most 20 characters before it is used up by draws 2, 4 and 6)
SEED_AR9 = 20261891
# The nine draws held fewer than 100 items with such an event, so two more Arabic draws (other articles)
# follow: plain strata with larger quotas (`"draw": 10`) and near cues and attribution (`"draw": 11`)
SEED_AR10 = 20261901
AR10_QUOTA = {"negation": 30, "alleged": 16, "possible": 12, "conditional": 12, "planned": 20,
              "attribution": 60, "historical": 12, "none": 12}
SEED_AR11 = 20261911
AR11_QUOTA = {"negation": 30, "possible": 16, "conditional": 16, "alleged": 16, "attribution": 60}
# Draws 10 and 11 still left the set short of 200, so two more larger draws follow (`"draw": 12`, `13`)
SEED_AR12 = 20261921
AR12_QUOTA = {"negation": 40, "alleged": 30, "possible": 20, "conditional": 20, "planned": 40,
              "attribution": 150, "historical": 20, "none": 40}
SEED_AR13 = 20261931
AR13_QUOTA = {"negation": 40, "possible": 20, "conditional": 20, "alleged": 20, "attribution": 150}


if __name__ == "__main__":
    skip, earlier, old_runs = used("factuality_test8.jsonl")
    ar = [a for a in wide_ar_articles() if even(a[1])]
    seeds = (SEED_AR, SEED_AR_NEAR, SEED_AR3, SEED_AR4, SEED_AR5, SEED_AR6, SEED_AR7, SEED_AR8, SEED_AR9)
    out, skip10 = nine_draws(ar, skip, earlier, seeds)
    ar10 = wide.draw(list(ar), wide.AR_STRATA, AR10_QUOTA, AR_EVENT_RX7, "ar", random.Random(SEED_AR10), skip10,
                     skip_texts=earlier)
    out += [{**x, "draw": 10} for x in ar10]
    skip11 = skip10 | {x["article_url"] for x in ar10}
    ar11 = wide.draw(list(ar), AR3_STRATA, AR11_QUOTA, AR_EVENT_RX7, "ar", random.Random(SEED_AR11), skip11,
                     skip_texts=earlier, window=20)
    out += [{**x, "draw": 11} for x in ar11]
    skip12 = skip11 | {x["article_url"] for x in ar11}
    ar12 = wide.draw(list(ar), wide.AR_STRATA, AR12_QUOTA, AR_EVENT_RX7, "ar", random.Random(SEED_AR12), skip12,
                     skip_texts=earlier)
    out += [{**x, "draw": 12} for x in ar12]
    skip13 = skip12 | {x["article_url"] for x in ar12}
    ar13 = wide.draw(list(ar), AR3_STRATA, AR13_QUOTA, AR_EVENT_RX7, "ar", random.Random(SEED_AR13), skip13,
                     skip_texts=earlier, window=20)
    out += [{**x, "draw": 13} for x in ar13]
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
