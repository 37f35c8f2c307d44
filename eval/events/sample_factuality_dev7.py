"""Draw the candidate sentences of `factuality_dev7.jsonl` (seeds 202612171 ..), a TUNING set of session 2026-12-06d.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev7.py > /tmp/candidates_dev7.jsonl` (deterministic).
The EVEN-hash half of test26's pool rule (`sample_factuality_test26.in_pool`: SaudiNewsNet articles in no gold
file, with no `CONFLICT_RX` word and two or more `CONFLICT2_RX` words), drawn after the held-out test26 / test27
existed, so none of their articles can be drawn again (every gold file's URLs leave the pool). dev6 takes the odd
half and dev7 the even half, at the same time, each with its own seeds and test23's five draws.
Why: after session 2026-12-06c the rules found about 63 % of the events on test26 / test27 against 87 % on the
older tuning splits; the rules were never tuned on this pool's kind of text (security, court and war news without
the old conflict words). These two sets are tuning material of that kind: rounds may itemise and tune on them.
Held-out test26 / test27 stay held out; a gain there after tuning on dev6 / dev7 is a gain on the same kind of
text, not on an unseen kind, and is reported as such.
"""

from __future__ import annotations

from sample_factuality_test26 import main

THIS = "factuality_dev7.jsonl"
SEEDS = tuple(202612171 + 10 * i for i in range(5))

if __name__ == "__main__":
    main(THIS, False, SEEDS)
