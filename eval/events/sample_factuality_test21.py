"""Draw the candidate sentences of `factuality_test21.jsonl` (seeds 20262111 ..), a tuning set of round 21.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test21.py > /tmp/candidates_t21.jsonl` (deterministic).
A NEW pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time; test19's `gold_urls`),
- contain EXACTLY two matches of test19's conflict / politics words `CONFLICT_RX` in their content (test19 and
  the PLOVER actor set `plover_ar2` took the articles with three or more, so these are still unused),
- have an EVEN `int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (the held-out set test20 is drawn
  from the ODD ones at the same time, by its own sampler).
431 articles (of the 835 two-match articles no gold file holds).
Imported, nothing copied: test19's `CONFLICT_RX` and `gold_urls`, test12's wide pattern (`AR_EVENT_RX12`) and
`PER_ARTICLE`, the wide sampler's `draw` and `AR_STRATA` (window 60; the attribution stratum matched
anywhere), test4's article list, test6's `even` and `used` / `runs` (sentences that stand in an earlier events /
quotes gold text or share an eight-word run with one are skipped). Draws, each skipping the sentences of the
draws before it (`"draw": N` from 2 on), at most two candidates per article in each, as test19's:
1 (seed 20262111): the cue strata of `AR_STRATA` (negation, alleged, possible, conditional, planned,
  attribution, historical), every stratum uncapped;
2 (seed 20262121): any sentence with an event word of `AR_EVENT_RX12` (the `none` stratum);
3 (seed 20262131): every remaining sentence with a cue of the cue strata (up to twenty per article).
Draws 1-3 gave too few kept items (the pool of two-match articles is thin in events), so the same parity's
articles with EXACTLY ONE conflict word (`N_CONFLICT_MORE`) are drawn the same way:
4 (seed 20262141): the cue strata, every stratum uncapped;
5 (seed 20262151): any sentence with an event word (the `none` stratum);
6 (seed 20262161): every remaining sentence with a cue (up to twenty per article).
The one-match pool holds 1,125 articles of even hash (of 2,234). 2,454 candidates in all: draws 1-3 729
(186 / 518 / 25), draws 4-6 1,725 (456 / 1,208 / 61). Read in drawn order up to the 1,960th candidate (draws 1-4
whole, the first 775 of draw 5; the rest of draw 5 and draw 6 were not read: the set had reached its size).
The candidates depend on the gold files of the checkout (their texts are skipped, and a skipped sentence changes
the shuffle of its article): the list of record was drawn on main at d25688e, before test20 was merged (this
set's own file does not change it: `used` and `gold_urls(THIS)` leave it out).
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system).
"""

from __future__ import annotations

import re

from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import even, used
from sample_factuality_test12 import PER_ARTICLE
from sample_factuality_test19 import CONFLICT_RX, gold_urls, write_draws

THIS = "factuality_test21.jsonl"
N_CONFLICT = 2  # exactly this many conflict words in the article's content
N_CONFLICT_MORE = 1  # draws 4-6: the same parity's articles with exactly one
SEED_AR = 20262111  # draw 1: the cue strata (window 60, attribution anywhere)
SEED_AR2 = 20262121  # draw 2: any event word (the `none` stratum)
SEED_AR3 = 20262131  # draw 3: every remaining sentence with a cue (up to twenty per article)
PER_ARTICLE3 = 20
SEEDS_MORE = (20262141, 20262151, 20262161)  # draws 4, 5, 6 (one-match articles)


def in_pool(url: str, text: str, gold: set[str], n: int = N_CONFLICT) -> bool:
    """The pool rule: in no gold file, exactly `n` conflict words, an even URL hash."""
    return url not in gold and len(re.findall(CONFLICT_RX, text)) == n and even(url)


def pool_articles(n: int = N_CONFLICT) -> list[tuple[str, str, str]]:
    gold = gold_urls(THIS)
    return [a for a in wide_ar_articles() if in_pool(a[1], a[2], gold, n)]


def three_draws(ar, seeds, first: int) -> list:
    """test19's three steps on `ar`: the cue strata, any event word, every remaining cue sentence; marked
    `"draw": first` .. `first + 2` (the first draw of the set unmarked)."""
    return [
        (ar, "cue", seeds[0], PER_ARTICLE, first if first > 1 else None),
        (ar, "none", seeds[1], PER_ARTICLE, first + 1),
        (ar, "cue", seeds[2], PER_ARTICLE3, first + 2),
    ]


if __name__ == "__main__":
    skip, earlier, old_runs = used(THIS)
    steps = three_draws(pool_articles(), (SEED_AR, SEED_AR2, SEED_AR3), 1)
    steps += three_draws(pool_articles(N_CONFLICT_MORE), SEEDS_MORE, 4)
    write_draws(steps, skip, earlier, old_runs)
