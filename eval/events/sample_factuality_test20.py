"""Draw the candidate sentences of `factuality_test20.jsonl` (seeds 20262011 ..), a twentieth held-out set.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test20.py > /tmp/candidates_t20.jsonl` (deterministic).
A NEW pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time; test19's `gold_urls`),
- contain EXACTLY two matches of test19's conflict / politics words `CONFLICT_RX` in their content (test19 and
  `plover_ar2.jsonl` took the articles with three or more; selected by article-level conflict words, not by the
  cue pattern of the earlier sets, which is why they are still unused),
- have an ODD `int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (test21 takes the EVEN ones of the
  same pool at the same time, with its own sampler).
404 articles. Imported, nothing copied: test19's `CONFLICT_RX` (its `gold_urls` rule is restated here: every gold
file but this one), test12's wide pattern (`AR_EVENT_RX12`) and `PER_ARTICLE` (two candidates per article per
draw), the wide sampler's `draw` and `AR_STRATA` (window 60; the attribution stratum matched anywhere), test4's
article list, test9's parity rule `odd`, test6's `used` / `runs` (sentences that stand in an earlier events /
quotes gold text or share an eight-word run with one are skipped).
Draws, each skipping the sentences of the draws before it (`"draw": N` from 2 on):
1 (seed 20262011): the cue strata of `AR_STRATA` (negation, alleged, possible, conditional, planned,
  attribution, historical), every stratum uncapped, at most two candidates per article;
2 (seed 20262021): any sentence with an event word of `AR_EVENT_RX12` (the `none` stratum), at most two per
  article, to read more because the first draw gives too few;
3 (seed 20262031): the brief's further pool, the odd-hash articles (in no gold file) with EXACTLY ONE conflict
  word (1,109 articles), cue strata as draw 1, because draws 1-2 (every candidate read) gave 102 items;
4 (seed 20262041): the same one-word articles, any event-word sentence (the `none` stratum); read in drawn order
  only until the set had its size (the first 189 of its 1,209 candidates).
Every draw takes at most two candidates per article. The candidates depend on the gold files of the checkout
(their texts are skipped, and a skipped sentence changes the shuffle of its article): the list of record
(2,350 candidates) was drawn on main at d25688e, before `factuality_test21.jsonl` (the even half, drawn at the
same time) existed.
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system).
"""

from __future__ import annotations

import re

from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import used
from sample_factuality_test9 import odd
from sample_factuality_test12 import PER_ARTICLE
from sample_factuality_test19 import CONFLICT_RX, gold_urls, write_draws

THIS = "factuality_test20.jsonl"
N_CONFLICT = 2  # exactly two conflict words (a later draw of the same parity may take exactly one)
SEED_AR = 20262011  # draw 1: the cue strata (window 60, attribution anywhere)
SEED_AR2 = 20262021  # draw 2: any event word (the `none` stratum)
# draws 1-2 (every candidate read) gave too few items: a third draw takes the odd-hash articles with EXACTLY one
# conflict word (the brief's further pool, `"draw": 3`), cue strata as draw 1
SEED_AR3 = 20262031
N_CONFLICT3 = 1
# draws 1-3 gave under 150 items: a fourth draw takes any event-word sentence of the same one-conflict-word
# articles (the `none` stratum, `"draw": 4`), read in drawn order until the set reached its size
SEED_AR4 = 20262041


def in_pool(url: str, text: str, gold: set[str], n_conflict: int = N_CONFLICT) -> bool:
    """The pool rule: in no gold file, exactly `n_conflict` conflict words, an odd URL hash."""
    return url not in gold and len(re.findall(CONFLICT_RX, text)) == n_conflict and odd(url)


def pool_articles(n_conflict: int = N_CONFLICT) -> list[tuple[str, str, str]]:
    gold = gold_urls(THIS)  # test19's rule, this set's own file left out
    return [a for a in wide_ar_articles() if in_pool(a[1], a[2], gold, n_conflict)]


if __name__ == "__main__":
    skip, earlier, old_runs = used(THIS)
    ar, ar1 = pool_articles(), pool_articles(N_CONFLICT3)
    steps = [
        (ar, "cue", SEED_AR, PER_ARTICLE, None),
        (ar, "none", SEED_AR2, PER_ARTICLE, 2),
        (ar1, "cue", SEED_AR3, PER_ARTICLE, 3),
        (ar1, "none", SEED_AR4, PER_ARTICLE, 4),
    ]
    write_draws(steps, skip, earlier, old_runs)
