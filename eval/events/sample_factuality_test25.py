"""Draw the candidate sentences of `factuality_test25.jsonl` (seeds 20262511 ..), a held-out set of session 2026-12-06b.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test25.py > /tmp/candidates_t25.jsonl` (deterministic).
The pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time; test19's `gold_urls`, this set's own file left out),
- contain ONE or TWO matches of test19's conflict / politics words `CONFLICT_RX` in their content (the articles
  with three or more were the pools of test19, plover_ar2, test23 and test24),
- of EITHER URL hash.
2,707 articles on main at 4675517 (2,058 with one match, 649 with two; 1,367 of even URL hash, 1,340 odd).
NOT a never-drawn pool, whatever the brief assumed: the two-match articles were the pools of test20 (odd hash) and
test21 (even), and their one-match articles those of test20's draws 3-4 and test21's draws 4-6; only the articles
where an item was kept stand in a gold file now, so the others, read and skipped by those two annotators or never
reached, are still in no gold file. Re-running the samplers of test20 and test21 on this tree (their lists of record
were drawn at d25688e) puts 1,366 of the 2,707 articles among the candidates their annotators read. No tuner has
seen them (tuners see gold items only), so the set is still fit to be held out; eval/events/README.md lists the items
whose sentence was such a read candidate.
Imported, nothing copied: test19's `CONFLICT_RX`, `gold_urls`, `PER_ARTICLE3` (twenty per article) and
`sequential_draws` (through `write_draws`), test12's `PER_ARTICLE` (two candidates per article per draw), test4's
article list, test6's `used` / `runs` (sentences that stand in an earlier events / quotes gold text or share an
eight-word run with one are skipped).
Draws, each skipping the sentences of the draws before it (`"draw": N` from 2 on):
1 (seed 20262511): the cue strata of the wide sampler's `AR_STRATA` (negation, alleged, possible, conditional,
  planned, attribution, historical; window 60, the attribution stratum anywhere), every stratum uncapped, at most
  two candidates per article (test19's / test20's draw 1);
2 (seed 20262521): every remaining sentence with a cue of the cue strata (up to twenty per article; test19's
  draw 3), because the set is to be rich in negated, hypothetical and reported items;
3 (seed 20262531): any sentence with an event word (the `none` stratum), two per article, because draws 1-2 (every
  candidate read) gave 38 items.
Candidates (articles): draw 1 1,046 (782), draw 2 196 (106), draw 3 2,779 (1,777); 4,021 in all, the list of
record, drawn on main at 4675517 and reproduced exactly by this script with `factuality_test25.jsonl` present (its own
file is left out by `gold_urls` and `used`). Read in drawn order: draws 1-2 whole, draw 3 up to its 1,688th
candidate (list position 2,930), when the set had its size (172 items: 31 / 7 / 134).
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system).
"""

from __future__ import annotations

import re

from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import used
from sample_factuality_test12 import PER_ARTICLE
from sample_factuality_test19 import CONFLICT_RX, PER_ARTICLE3, gold_urls, write_draws

THIS = "factuality_test25.jsonl"
N_CONFLICT = (1, 2)  # one or two conflict words in the article's content (three or more: earlier pools)
SEED_AR = 20262511  # draw 1: the cue strata (window 60, attribution anywhere), two per article
SEED_AR2 = 20262521  # draw 2: every remaining cue-stratum sentence, up to twenty per article
SEED_AR3 = 20262531  # draw 3 (draws 1-2 gave 38 items): any event word (the `none` stratum), two per article


def in_pool(url: str, text: str, gold: set[str]) -> bool:
    """The pool rule: in no gold file, one or two conflict words, either URL hash."""
    return url not in gold and len(re.findall(CONFLICT_RX, text)) in N_CONFLICT


def pool_articles(this: str = THIS) -> list[tuple[str, str, str]]:
    gold = gold_urls(this)  # test19's rule, this set's own file left out
    return [a for a in wide_ar_articles() if in_pool(a[1], a[2], gold)]


if __name__ == "__main__":
    skip, earlier, old_runs = used(THIS)
    ar = pool_articles()
    steps = [
        (ar, "cue", SEED_AR, PER_ARTICLE, None),
        (ar, "cue", SEED_AR2, PER_ARTICLE3, 2),
        (ar, "none", SEED_AR3, PER_ARTICLE, 3),
    ]
    write_draws(steps, skip, earlier, old_runs)
