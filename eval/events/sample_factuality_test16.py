"""Draw the candidate sentences of `factuality_test16.jsonl` (seeds 20268011 ..), a sixteenth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test16.py > /tmp/candidates_t16.jsonl`.
As `sample_factuality_test15.py`, imported, nothing copied (its `quote_pool_urls`, `events_urls` and
`in_pool`, test12's `_use_pattern_12` and `draw_groups`, test6's `used`): the SaudiNewsNet articles of the
quotation gold files that NO `eval/events/*.jsonl` file holds (so test15's articles are out), with the
quotation files of this round added to the pool (`QUOTE_FILES`: `eval/quotes/dev.jsonl`, `test.jsonl`,
`test2.jsonl` .. `test19.jsonl`, `anon_written.jsonl`; test18 and test19 hold 336 articles never read for
factuality). Every events / quotes gold text and its eight-word runs stay excluded. The wide pattern
`AR_EVENT_RX12`, at most two candidates per article, test13/test14's strata; the annotator keeps AT MOST ONE
item per article. New seeds only (none of test15's).
"""

from __future__ import annotations

import json
import sys

import sample_factuality_test12 as t12
import sample_factuality_test15 as t15
from sample_factuality_test6 import used

QUOTE_FILES = ("dev.jsonl", "test.jsonl", *(f"test{i}.jsonl" for i in range(2, 20)), "anon_written.jsonl")
THIS = "factuality_test16.jsonl"
SEEDS = (
    (20268011, 20268021, 20268031, 20268041),  # draws 1 (plain strata), 2 (near cues), 3, 4 (negation)
    (20268051, 20268061, 20268071, 20268081),  # draws 5-8
    (20268091, 20268111, 20268121, 20268131),  # draws 9-12
    (20268141, 20268151, 20268161, 20268171),  # draws 13-16
    # draws 1-16 gave too few kept items (the cue strata of this pool run dry after the first groups); twelve
    # more groups (draws 17-64), plain-strata candidates from articles not drawn before
    *((s, s + 10, s + 20, s + 30) for s in range(20268211, 20268211 + 12 * 50, 50)),
    # draws 1-64 gave 43 kept items; twelve more groups (draws 65-112, which gave 4 more)
    *((s, s + 10, s + 20, s + 30) for s in range(20269011, 20269011 + 12 * 50, 50)),
)


def quote_pool_urls() -> set[str]:
    """test15's pool with this round's quotation files (test18, test19) added."""
    t15.QUOTE_FILES = QUOTE_FILES
    return t15.quote_pool_urls()


if __name__ == "__main__":
    pool, taken = quote_pool_urls(), t15.events_urls(THIS)

    def used16(name: str):
        # as test15: every events / quotes gold text and its eight-word runs stay excluded; the article skip
        # list is the events files only (the quote files' articles are the pool itself)
        _, earlier, old_runs = used(name)
        return taken, earlier, old_runs

    t12.used = used16
    t12._use_pattern_12()
    for x in t12.draw_groups(THIS, lambda u: t15.in_pool(u, pool, taken), SEEDS):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
