"""Draw the candidate sentences of `factuality_dev9.jsonl` (seeds 202612191 ..), a TUNING set of session 2026-12-06d.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev9.py > /tmp/candidates_dev9.jsonl` (deterministic).
The EVEN-hash half of dev8's pool (`sample_factuality_dev8.in_pool_one`: SaudiNewsNet articles in no gold file, with
no `CONFLICT_RX` word and exactly one `CONFLICT2_RX` word), drawn at the same time as dev8 with its own seeds.
"""

from __future__ import annotations

from sample_factuality_dev8 import main

THIS = "factuality_dev9.jsonl"
SEEDS = tuple(202612191 + 10 * i for i in range(5))

if __name__ == "__main__":
    main(THIS, False, SEEDS)
