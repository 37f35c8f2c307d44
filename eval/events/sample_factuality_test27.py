"""Draw the candidate sentences of `factuality_test27.jsonl` (seeds 20262711 ..), a held-out set of session 2026-12-06c.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test27.py > /tmp/candidates_t27.jsonl` (deterministic).
The EVEN-hash half of test26's pool (see `sample_factuality_test26.py`: SaudiNewsNet articles in no gold file, with
no `CONFLICT_RX` word and two or more `CONFLICT2_RX` words), drawn at the same time as test26 with the same five
draws and its own seeds. Everything else as test26.
"""

from __future__ import annotations

from sample_factuality_test26 import main

THIS = "factuality_test27.jsonl"
SEEDS = (20262711, 20262721, 20262731, 20262741, 20262751)

if __name__ == "__main__":
    main(THIS, False, SEEDS)
