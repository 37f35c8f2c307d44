"""Draw the candidate sentences of `factuality_test23.jsonl` (seeds 20262311 ..), a twenty-third held-out set.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test23.py > /tmp/candidates_t23.jsonl` (deterministic).
A NEW pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time; test19's `gold_urls`, this set's own file left out),
- contain AT LEAST three matches of test19's conflict / politics words `CONFLICT_RX` in their content (test19
  took the odd-hash articles of this kind and `plover_ar2.jsonl` the even ones, but only the articles where an
  item was kept stand in a gold file: the others, read or never reached, are still in no gold file),
- have an ODD `int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (test24 takes the EVEN ones of the
  same pool at the same time: its sampler imports `pool_articles` and `DRAWS` from here, with its own parity
  and seeds).
447 articles. Imported, nothing copied: test19's `CONFLICT_RX`, `MIN_CONFLICT`, `gold_urls`, `PER_ARTICLE3`,
`UNCAPPED` and `sequential_draws` (through `write_draws`), test12's `PER_ARTICLE` (two candidates per article per draw), test4's article
list, test9's parity rule `odd`, test6's `used` / `runs` (sentences that stand in an earlier events / quotes gold
text or share an eight-word run with one are skipped). Draws, each skipping the sentences of the draws before it
(`"draw": N` from 2 on):
1 (seed 20262311): the cue strata of `AR_STRATA` (negation, alleged, possible, conditional, planned,
  attribution, historical), every stratum uncapped, at most two candidates per article (247 candidates, 178
  articles);
2 (seed 20262321): every remaining sentence with a cue of the cue strata (up to twenty per article), as test19's
  draw 3, because the set is to be rich in negated, hypothetical and reported items (83 candidates, 44 articles);
3 (seed 20262331): any sentence with an event word of `AR_EVENT_RX12` (the `none` stratum), at most two per
  article, because draws 1-2 (every candidate read) gave 31 items at the first reading (34 in the set) (507
  candidates, 304 articles);
4 (seed 20262341): every remaining event-word sentence (the `none` stratum, up to twenty per article), because
  draws 1-3 (every candidate read) gave 97 items at the first reading (106 in the set) (595 candidates, 172
  articles);
5 (seed 20262351): every remaining event-word sentence, uncapped (18 candidates, 2 articles, both with an item
  already; read, none kept).
Draws 1-5 together hold every sentence of the pool that the wide sampler can offer: the pool is read whole.
The candidates depend on the gold files of the checkout (their texts are skipped, and a skipped sentence changes
the shuffle of its article): the list of record (1,450 candidates) was drawn on main at c8458a6, before
`factuality_test24.jsonl` (the even half, drawn at the same time) existed, and is reproduced exactly by this
script on branch annot23 (its own file left out).
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import used
from sample_factuality_test9 import odd
from sample_factuality_test12 import PER_ARTICLE
from sample_factuality_test19 import (
    CONFLICT_RX,
    MIN_CONFLICT,
    PER_ARTICLE3,
    UNCAPPED,
    gold_urls,
    write_draws,
)

THIS = "factuality_test23.jsonl"
SEED_AR = 20262311  # draw 1: the cue strata (window 60, attribution anywhere), two per article
SEED_AR2 = 20262321  # draw 2: every remaining cue-stratum sentence, up to twenty per article
SEED_AR3 = 20262331  # draw 3: any event word (the `none` stratum), two per article (draws 1-2 gave too few)
# draws 1-3 (every candidate read) gave 97 items: a fourth draw takes every remaining event-word sentence
# of the pool (the `none` stratum, up to twenty per article), every candidate read
SEED_AR4 = 20262341
# draws 1-4 (every candidate read) gave 113 items: a fifth draw takes every remaining event-word sentence of the
# pool (the `none` stratum, uncapped)
SEED_AR5 = 20262351
SEEDS = (SEED_AR, SEED_AR2, SEED_AR3, SEED_AR4, SEED_AR5)

# The draws of test23 and test24 (the two halves of one pool, drawn at the same time): (strata, per_article,
# mark) in order, paired with a set's seeds; test24 stopped after the first three.
DRAWS = (
    ("cue", PER_ARTICLE, None),
    ("cue", PER_ARTICLE3, 2),
    ("none", PER_ARTICLE, 3),
    ("none", PER_ARTICLE3, 4),
    ("none", UNCAPPED, 5),
)


def in_pool(url: str, text: str, gold: set[str], odd_hash: bool = True) -> bool:
    """The pool rule: in no gold file, at least `MIN_CONFLICT` conflict words, an odd URL hash (test23) or an
    even one (test24, ``odd_hash=False``)."""
    return url not in gold and len(re.findall(CONFLICT_RX, text)) >= MIN_CONFLICT and odd(url) == odd_hash


PoolRule = Callable[[str, str, set[str], bool], bool]


def pool_articles(
    this: str = THIS, odd_hash: bool = True, rule: PoolRule = in_pool
) -> list[tuple[str, str, str]]:
    """The articles of the pool `rule` (default: this set's) of parity `odd_hash`; test26 passes its own rule."""
    gold = gold_urls(this)  # test19's rule, the set's own file left out
    return [a for a in wide_ar_articles() if rule(a[1], a[2], gold, odd_hash)]


def main(this: str, odd_hash: bool, seeds: tuple[int, ...], rule: PoolRule = in_pool) -> None:
    """Write the candidates of the set `this` (the half of parity `odd_hash` of the pool `rule`), one draw per
    seed."""
    skip, earlier, old_runs = used(this)
    ar = pool_articles(this, odd_hash, rule)
    draws = zip(seeds, DRAWS[: len(seeds)], strict=True)  # a set with fewer seeds stopped earlier
    steps = [(ar, strata, seed, per_article, mark) for seed, (strata, per_article, mark) in draws]
    write_draws(steps, skip, earlier, old_runs)


if __name__ == "__main__":
    main(THIS, True, SEEDS)
