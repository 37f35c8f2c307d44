"""Draw the candidate sentences of `factuality_test14.jsonl` (seeds 20264311 ..), a fourteenth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test14.py > /tmp/candidates_t14.jsonl`.
As `sample_factuality_test12.py` / `sample_factuality_test13.py` (everything imported, nothing copied: test12's
wide pattern `AR_EVENT_RX12` via `_use_pattern_12`, test10's `four_draws` with test9's strata and quotas,
test6's `used` / `runs` skip rules and test4's article list), with two changes:
- PARITY is switched back: this set takes ONLY articles whose URL has an ODD
  `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2` (test9's `odd`); the quotation held-out set test17 is
  drawn at the same time from the EVEN ones.
- THREE candidate sentences per article (test12's `PER_ARTICLE` set to 3 for this run before
  `_use_pattern_12` reads it), because test12 drew the odd pool with the same pattern and two per article.
  The pattern itself is not widened. The annotator keeps AT MOST ONE item per article.
New seeds only; each group of four draws skips the articles of the earlier ones.
"""

from __future__ import annotations

import json
import sys

import sample_factuality_test12 as t12
from sample_factuality_test9 import odd

PER_ARTICLE = 3
SEEDS = (
    (20264311, 20264321, 20264331, 20264341),  # draws 1 (plain strata), 2 (near cues), 3, 4 (negation)
    (20264351, 20264361, 20264371, 20264381),  # draws 5-8
    (20264391, 20264411, 20264421, 20264431),  # draws 9-12
    (20264441, 20264451, 20264461, 20264471),  # draws 13-16
)


if __name__ == "__main__":
    t12.PER_ARTICLE = PER_ARTICLE
    t12._use_pattern_12()
    for x in t12.draw_groups("factuality_test14.jsonl", odd, SEEDS):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
