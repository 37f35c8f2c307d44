"""Draw the candidate sentences of `factuality_dev8.jsonl` (seeds 202612181 ..), a TUNING set of session 2026-12-06d.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev8.py > /tmp/candidates_dev8.jsonl` (deterministic).
The pool next to test26's (`in_pool_one`): SaudiNewsNet articles in no gold file, with no `CONFLICT_RX` word and
EXACTLY one `CONFLICT2_RX` word (test26 / test27 / dev6 / dev7 took articles with two or more), of ODD URL hash;
dev9 (`sample_factuality_dev9.py`) takes the EVEN half at the same time with its own seeds. On main at the commit
that added this file: 1,332 such articles (of 31,030). test23's five draws (`sample_factuality_test23.main`).
Why: dev6 / dev7 read their whole pool and gave 245 items; these two sets add fresh tuning text of a nearby kind
(news with one war, security or court word) that no rule was written on.
The lists of record (dev8 1,336 candidates, dev9 1,127) were drawn on main at 414273a; this script (and dev9's)
reproduces each exactly on a later tree with the OTHER set's file removed.
"""

from __future__ import annotations

import re

import sample_factuality_test23 as t23
from sample_factuality_test9 import odd
from sample_factuality_test19 import CONFLICT_RX
from sample_factuality_test26 import CONFLICT2_RX

THIS = "factuality_dev8.jsonl"
SEEDS = tuple(202612181 + 10 * i for i in range(5))


def in_pool_one(url: str, text: str, gold: set[str], odd_hash: bool = True) -> bool:
    """In no gold file, no `CONFLICT_RX` word, exactly one `CONFLICT2_RX` word, the URL hash of parity `odd_hash`."""
    return (
        url not in gold
        and not re.search(CONFLICT_RX, text)
        and len(re.findall(CONFLICT2_RX, text)) == 1
        and odd(url) == odd_hash
    )


def main(this: str, odd_hash: bool, seeds: tuple[int, ...]) -> None:
    """Write the candidates of the set `this` (the half of parity `odd_hash` of `in_pool_one`), one draw per seed."""
    t23.main(this, odd_hash, seeds, in_pool_one)


if __name__ == "__main__":
    main(THIS, True, SEEDS)
