"""Draw the candidate sentences of `factuality_test24.jsonl` (seeds 20262411 ..), a held-out set of session 2026-12-06.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test24.py > /tmp/candidates_t24.jsonl` (deterministic).
A NEW pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time; test19's `gold_urls`, this set's own file left out),
- contain AT LEAST three matches of test19's conflict / politics words `CONFLICT_RX` in their content (test19 took
  the odd-hash articles of this rule and `plover_ar2.jsonl` the even ones, but only the articles where an item was
  kept are in a gold file now: the articles read and skipped, or never reached, are still unused),
- have an EVEN `int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (test23 takes the ODD ones of the
  same pool at the same time, with its own sampler).
510 articles on main at c8458a6. Imported, nothing copied: test23's `main` (its pool rule `pool_articles`
with the parity even, and its table of draws `DRAWS`, of which this set takes the first three), built on
test19's `CONFLICT_RX`, `MIN_CONFLICT`, `gold_urls`, `sequential_draws` and `PER_ARTICLE3` (twenty per article),
test12's `PER_ARTICLE` (two candidates per article per draw), test4's article list, test9's parity rule `odd`
(negated: even), test6's `used` / `runs` (sentences that stand in an earlier events / quotes gold text or share
an eight-word run with one are skipped).
Draws, each skipping the sentences of the draws before it (`"draw": N` from 2 on):
1 (seed 20262411): the cue strata of the wide sampler's `AR_STRATA` (negation, alleged, possible, conditional,
  planned, attribution, historical; window 60, the attribution stratum anywhere), every stratum uncapped, at most
  two candidates per article;
2 (seed 20262421): every remaining sentence with a cue of the cue strata (up to twenty per article; test19's
  draw 3), because the set is to be rich in negated, hypothetical and reported items;
3 (seed 20262431): any sentence with an event word (the `none` stratum), two per article, because draws 1-2
  (every candidate read) gave 61 items.
Candidates: draw 1 336 (228 articles), draw 2 192 (68 articles), draw 3 631 (371 articles); 1,159 from 397
articles, all read in drawn order (kept 41 / 20 / 89 = 150). The candidates depend on the gold files of the
checkout (their texts are skipped, and a skipped sentence changes the shuffle of its article): the list of record
(1,159 candidates) was drawn on main at c8458a6, before `factuality_test23.jsonl` (the odd half, drawn at the same
time) existed, and is reproduced exactly by this script on branch annot24; once test23 is merged a rerun may
differ where a test23 sentence shares an eight-word run with a candidate (the same agency text in an odd-hash
article); the set holds only candidates of the list of record.
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system).
"""

from __future__ import annotations

from sample_factuality_test23 import main

THIS = "factuality_test24.jsonl"
SEED_AR = 20262411  # draw 1: the cue strata (window 60, attribution anywhere), two per article
SEED_AR2 = 20262421  # draw 2: every remaining cue-stratum sentence, up to twenty per article
SEED_AR3 = 20262431  # draw 3 (only if needed): any event word (the `none` stratum), two per article

if __name__ == "__main__":
    main(THIS, False, (SEED_AR, SEED_AR2, SEED_AR3))  # the EVEN half of test23's pool
