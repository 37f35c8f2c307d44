"""Draw the candidate sentences of `factuality_test10.jsonl` (seeds 20262011 .. 20262041), a tenth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test10.py > /tmp/candidates_t10.jsonl`.
Exactly as `sample_factuality_test9.py`, whose rules are imported, not copied: test9's wide event-word
pattern (`AR_EVENT_RX9`), strata and quotas, the parity rule `odd` (this set takes ONLY articles whose URL
has an ODD `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`; the quotation held-out set test13 is
drawn at the same time from the EVEN ones), and test6's `used` / `runs` skip rules (every URL of every
`eval/events/*.jsonl` and `eval/quotes/*.jsonl` file, test9 included; sentences word for word inside an
earlier gold text; an eight-word run shared with one). Only the seeds are new (never test9's).
Draws, in output order: 1 (plain strata, 60 characters), 2 (near cues and attribution, 20 characters),
3 (a negation of AR_STRATA at most 60 characters before the event word) and 4 (a negation or condition
at most 20 characters before it), then the same four again with new seeds (draws 5-8) because draws 1-4
gave 126 items; each skips the articles of the earlier ones.
"""

from __future__ import annotations

import json
import random
import sys

import factuality_sampler_wide as wide
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test5 import AR3_STRATA
from sample_factuality_test6 import runs, used
from sample_factuality_test9 import AR2_QUOTA, AR3_QUOTA, AR4_QUOTA, AR_EVENT_RX9, AR_QUOTA, odd

SEED_AR = 20262011  # plain strata (every cue of AR_STRATA, 60 characters), first draw
SEED_AR2 = 20262021  # near cues and attribution (20 characters), `"draw": 2`
SEED_AR3 = 20262031  # a negation of AR_STRATA at most 60 characters before the event word, `"draw": 3`
SEED_AR4 = 20262041  # a negation or condition at most 20 characters before it, `"draw": 4`
# the four draws above gave 126 items; the same four draws again with new seeds, `"draw": 5` .. `8`
MORE_SEEDS = (20262051, 20262061, 20262071, 20262081)


def four_draws(ar, skip, earlier, seeds, first):
    """test9's four cue-stratified draws with `seeds`, numbered `first` .. `first + 3`; each skips the
    articles of `skip` and of the draws before it."""
    s1, s2, s3, s4 = seeds
    out = wide.draw(list(ar), wide.AR_STRATA, AR_QUOTA, AR_EVENT_RX9, "ar", random.Random(s1), skip,
                    skip_texts=earlier)
    if first > 1:
        out = [{**x, "draw": first} for x in out]
    skip2 = skip | {x["article_url"] for x in out}
    ar2 = wide.draw(list(ar), AR3_STRATA, AR2_QUOTA, AR_EVENT_RX9, "ar", random.Random(s2), skip2,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": first + 1} for x in ar2]
    skip3 = skip2 | {x["article_url"] for x in ar2}
    ar3 = wide.draw(list(ar), {"negation": wide.AR_STRATA["negation"]}, AR3_QUOTA, AR_EVENT_RX9, "ar",
                    random.Random(s3), skip3, skip_texts=earlier)
    out += [{**x, "draw": first + 2} for x in ar3]
    skip4 = skip3 | {x["article_url"] for x in ar3}
    ar4 = wide.draw(list(ar), wide.AR_NEAR, AR4_QUOTA, AR_EVENT_RX9, "ar", random.Random(s4), skip4,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": first + 3} for x in ar4]
    return out


if __name__ == "__main__":
    skip, earlier, old_runs = used("factuality_test10.jsonl")
    ar = [a for a in wide_ar_articles() if odd(a[1])]
    out = four_draws(ar, skip, earlier, (SEED_AR, SEED_AR2, SEED_AR3, SEED_AR4), 1)
    out += four_draws(ar, skip | {x["article_url"] for x in out}, earlier, MORE_SEEDS, 5)
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
