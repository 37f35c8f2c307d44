"""Draw the candidate sentences of `factuality_test11.jsonl` (seeds 20262111 .. 20262181), an eleventh held-out set.

Run from the repo root: `python eval/events/sample_factuality_test11.py > /tmp/candidates_t11.jsonl`.
Exactly as `sample_factuality_test10.py`, whose rules are imported, not copied: its `four_draws` (test9's
wide event-word pattern `AR_EVENT_RX9`, strata and quotas), the parity rule `odd` (this set takes ONLY
articles whose URL has an ODD `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`; the quotation
held-out set test14 is drawn at the same time from the EVEN ones), and test6's `used` / `runs` skip rules
(every URL of every `eval/events/*.jsonl` and `eval/quotes/*.jsonl` file, test10 included; sentences word
for word inside an earlier gold text; an eight-word run shared with one). Only the seeds are new (never
test10's or test9's). Draws, in output order: 1-4 (test10's four draws with SEEDS) and 5-8 (the same four
again with MORE_SEEDS), then, because draws 1-8 gave only 68 items, 9-12 (THIRD_SEEDS) and 13-16
(FOURTH_SEEDS); each draw skips the articles of the earlier ones, so draws 1-8 come out as before.
"""

from __future__ import annotations

import json
import sys

from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import runs, used
from sample_factuality_test9 import odd
from sample_factuality_test10 import four_draws

SEEDS = (20262111, 20262121, 20262131, 20262141)  # draws 1 (plain strata), 2 (near cues), 3, 4 (negation)
MORE_SEEDS = (20262151, 20262161, 20262171, 20262181)  # the same four draws again, `"draw": 5` .. `8`
# draws 1-8 gave 68 items; the same four draws twice more, `"draw": 9` .. `16` (307 more candidates, 19 items)
THIRD_SEEDS = (20262191, 20262211, 20262221, 20262231)
FOURTH_SEEDS = (20262241, 20262251, 20262261, 20262271)


if __name__ == "__main__":
    skip, earlier, old_runs = used("factuality_test11.jsonl")
    ar = [a for a in wide_ar_articles() if odd(a[1])]
    out = four_draws(ar, skip, earlier, SEEDS, 1)
    out += four_draws(ar, skip | {x["article_url"] for x in out}, earlier, MORE_SEEDS, 5)
    out += four_draws(ar, skip | {x["article_url"] for x in out}, earlier, THIRD_SEEDS, 9)
    out += four_draws(ar, skip | {x["article_url"] for x in out}, earlier, FOURTH_SEEDS, 13)
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
