"""Draw the candidate sentences of `factuality_dev12.jsonl` (odd URL hash) or `factuality_dev13.jsonl` (even), TUNING
sets of session 2026-12-07g.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev12.py dev12 > /tmp/cand_dev12.jsonl` (or `dev13`; deterministic).
Why: after rounds 71-76 the seven held-out factuality sets stay at 86.0 % modality (tuning 94.0 %), and dev10 +
dev11, the only tuning sets drawn like them, at 85.5 %: the fresh conflict news the held-out sets hold is where the
rules still over-read asserted (gold planned output asserted 39 of 123 held-out label errors, gold reported output
asserted 19), and dev10 / dev11's 235 items are read out. These two sets are drawn by the same rules as dev10 /
dev11 (`sample_factuality_dev10.py`: the pool, the three draws, `NOT_YET`), with new seeds; dev10 / dev11 are now
gold files, so their articles leave the pool and their sentences are skipped.
"""

from __future__ import annotations

import sys

import sample_factuality_dev10 as dev10

SETS = {"dev12": ("factuality_dev12.jsonl", True), "dev13": ("factuality_dev13.jsonl", False)}
SEEDS = {"dev12": (202612711, 202612721, 202612731), "dev13": (202612712, 202612722, 202612732)}

if __name__ == "__main__":
    dev10.main(sys.argv[1] if len(sys.argv) > 1 else "dev12", SETS, SEEDS)
