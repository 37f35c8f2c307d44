"""Draw the candidate sentences of `factuality_dev6.jsonl` (seeds 202612161 ..), a TUNING set of session 2026-12-06d.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev6.py > /tmp/candidates_dev6.jsonl` (deterministic).
The ODD-hash half of test26's pool rule (`sample_factuality_test26.in_pool`: SaudiNewsNet articles in no gold
file, with no `CONFLICT_RX` word and two or more `CONFLICT2_RX` words), drawn after the held-out test26 / test27
existed, so none of their articles can be drawn again (every gold file's URLs leave the pool). dev6 takes the odd
half and dev7 the even half, at the same time, each with its own seeds and test23's five draws.
Why: after session 2026-12-06c the rules found about 63 % of the events on test26 / test27 against 87 % on the
older tuning splits; the rules were never tuned on this pool's kind of text (security, court and war news without
the old conflict words). These two sets are tuning material of that kind: rounds may itemise and tune on them.
Held-out test26 / test27 stay held out; a gain there after tuning on dev6 / dev7 is a gain on the same kind of
text, not on an unseen kind, and is reported as such.
The lists of record (dev6 1,042 candidates, dev7 1,070) were drawn on main at 0528530, before any of the files of
dev6 ... dev9 existed; this script (and dev7's) reproduces each exactly on a later tree with those files, its own
left aside, removed (with them present, the sentences of their items are skipped too).
"""

from __future__ import annotations

from sample_factuality_test26 import main

THIS = "factuality_dev6.jsonl"
SEEDS = tuple(202612161 + 10 * i for i in range(5))

if __name__ == "__main__":
    main(THIS, True, SEEDS)
