"""Draw the candidate sentences of `factuality_test13.jsonl` (seeds 20263311 ..), a thirteenth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test13.py > /tmp/candidates_t13.jsonl`.
Exactly as `sample_factuality_test12.py` (everything imported, nothing copied: test12's wide pattern
`AR_EVENT_RX12` with two candidate sentences per article (`_use_pattern_12`), test10's `four_draws` with
test9's strata and quotas, test6's `used` / `runs` skip rules and test4's article list), with one change:
PARITY is switched. This set takes ONLY articles whose URL has an EVEN
`int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2` (test6's `even`); the quotation held-out set test16
is drawn at the same time from the ODD ones. The even pool was used up under the narrow patterns (test8);
test12's wider pattern reaches sentences those did not. The annotator keeps AT MOST ONE item per article.
New seeds only; each group of four draws skips the articles of the earlier ones.
"""

from __future__ import annotations

import json
import sys

from sample_factuality_test6 import even
from sample_factuality_test12 import _use_pattern_12, draw_groups

SEEDS = (
    (20263311, 20263321, 20263331, 20263341),  # draws 1 (plain strata), 2 (near cues), 3, 4 (negation)
    (20263351, 20263361, 20263371, 20263381),  # draws 5-8
    (20263391, 20263411, 20263421, 20263431),  # draws 9-12
    (20263441, 20263451, 20263461, 20263471),  # draws 13-16
)


if __name__ == "__main__":
    _use_pattern_12()
    for x in draw_groups("factuality_test13.jsonl", even, SEEDS):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
