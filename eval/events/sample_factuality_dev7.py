"""Draw the candidate sentences of `factuality_dev7.jsonl` (seeds 202612171 ..), a TUNING set of session 2026-12-06d.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev7.py > /tmp/candidates_dev7.jsonl` (deterministic).
The EVEN-hash half of dev6's pool (see `sample_factuality_dev6.py`: test26's pool rule after test26 / test27 left
it), drawn at the same time as dev6 with its own seeds and test23's five draws. Everything else as dev6.
"""

from __future__ import annotations

from sample_factuality_test26 import main

THIS = "factuality_dev7.jsonl"
SEEDS = tuple(202612171 + 10 * i for i in range(5))

if __name__ == "__main__":
    main(THIS, False, SEEDS)
