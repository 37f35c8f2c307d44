"""Draw the candidate sentences of `factuality_test19.jsonl` (seeds 20261911 ..), a nineteenth held-out set.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test19.py > /tmp/candidates_t19.jsonl` (deterministic).
A NEW pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time),
- contain at least three matches of the conflict / politics words `CONFLICT_RX` in their content (selected by
  article-level conflict words, not by the cue pattern of the earlier sets, which is why they are still unused),
- have an ODD `int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (a PLOVER actor set takes the
  EVEN ones at the same time; test18 is drawn from another source, the Wojood sample).
637 articles. Imported, nothing copied: test12's wide pattern (`_use_pattern_12`'s `AR_EVENT_RX12`),
the wide sampler's `draw` and `AR_STRATA` (window 60; the attribution stratum matched anywhere), test4's
article list, test9's parity rule `odd`, test6's `used` / `runs` (sentences that stand in an earlier
events / quotes gold text or share an eight-word run with one are skipped). Draws, each skipping the
sentences of the draws before it (`"draw": N` from 2 on), at most two candidates per article in each:
1 (seed 20261911): the cue strata of `AR_STRATA` (negation, alleged, possible, conditional, planned,
  attribution, historical), every stratum uncapped;
2 (seed 20261921): any sentence with an event word of `AR_EVENT_RX12` (the `none` stratum), to read more
  because the first draw gives too few;
3 (seed 20261931): every remaining sentence with a cue of the cue strata (up to twenty per article), because
  draws 1-2 gave under 40 % negated, hypothetical or reported items.
The candidates depend on the gold files of the checkout (their texts are skipped, and a skipped sentence changes
the shuffle of its article): the list was first drawn on main at bb2cc4a and read; `plover_ar2.jsonl` and
`factuality_test18.jsonl`, drawn at the same time, were merged before this set was committed, so the list was
drawn again on the merged tree (1,379 candidates, the list of record): eight sentences read and kept before
share an eight-word run with a `plover_ar2` text (the same agency text in an even-hash article) and are gone,
six more left with the changed shuffle, and the 49 new candidates were read too.
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system).
"""

from __future__ import annotations

import json
import random
import re
import sys

import factuality_sampler_wide as wide
from factuality_sampler import REPO
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import runs, used
from sample_factuality_test9 import odd
from sample_factuality_test12 import AR_EVENT_RX12, PER_ARTICLE

THIS = "factuality_test19.jsonl"
CONFLICT_RX = r"(اعتقل|قصف|غارات|مفاوضات|اتفاق|هجوم|تظاهر|عقوبات|قتل|استهدف|اشتباك)"
MIN_CONFLICT = 3
UNCAPPED = 100_000
CUE_STRATA = {k: v for k, v in wide.AR_STRATA.items() if k != "none"}
SEED_AR = 20261911  # draw 1: the cue strata (window 60, attribution anywhere)
SEED_AR2 = 20261921  # draw 2: any event word (the `none` stratum)
# draws 1-2 (every candidate read) gave under 40 % negated, hypothetical or reported items: a third draw takes
# every remaining sentence of the pool with a cue of the cue strata (up to twenty per article)
SEED_AR3 = 20261931
PER_ARTICLE3 = 20


def gold_urls(this: str = THIS) -> set[str]:
    """Every `url` / `article_url` of every `eval/**/*.jsonl` (the file `this`, the set's own, excepted)."""
    out: set[str] = set()
    for p in sorted((REPO / "eval").rglob("*.jsonl")):
        if p.name == this:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for k in ("url", "article_url"):
                    if isinstance(r.get(k), str) and r[k].strip():
                        out.add(r[k].strip())
    return out


def in_pool(url: str, text: str, gold: set[str]) -> bool:
    """The pool rule: in no gold file, at least `MIN_CONFLICT` conflict words, an odd URL hash."""
    return url not in gold and len(re.findall(CONFLICT_RX, text)) >= MIN_CONFLICT and odd(url)


def pool_articles() -> list[tuple[str, str, str]]:
    gold = gold_urls()
    return [a for a in wide_ar_articles() if in_pool(a[1], a[2], gold)]


def sequential_draws(steps, skip, seen: set[str]) -> list[dict]:
    """Draws one after the other, each skipping the sentences of `seen` and of the draws before it. A step is
    (articles, strata, seed, per_article, mark): strata "cue" (the cue strata, uncapped) or "none" (any event
    word, uncapped); `mark` is the candidates' `"draw"` number (None: unmarked, a set's first draw). The
    samplers of test19, test20 and test21 are such sequences."""
    out: list[dict] = []
    for articles, strata, seed, per_article, mark in steps:
        if strata == "cue":
            st, quota = CUE_STRATA, {k: UNCAPPED for k in CUE_STRATA}
        else:
            st, quota = {"none": wide.AR_STRATA["none"]}, {"none": UNCAPPED}
        got = wide.draw(
            list(articles),
            st,
            quota,
            AR_EVENT_RX12,
            "ar",
            random.Random(seed),
            skip,
            per_article,
            skip_texts=seen,
        )
        out += got if mark is None else [{**x, "draw": mark} for x in got]
        seen = seen | {x["text"] for x in got}
    return out


def write_draws(steps, skip, earlier: set[str], old_runs: set) -> None:
    """Run `sequential_draws` and write its candidates to stdout, one JSON line each, leaving out those that
    share an eight-word run with an earlier gold text (test6's `runs`): the common tail of the samplers of test19,
    test20, test21, test23, test24 and test25."""
    out = sequential_draws(steps, skip, earlier)
    for x in out:
        if not runs(x["text"]) & old_runs:
            sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    skip, earlier, old_runs = used(THIS)
    ar = pool_articles()
    steps = [
        (ar, "cue", SEED_AR, PER_ARTICLE, None),
        (ar, "none", SEED_AR2, PER_ARTICLE, 2),
        (ar, "cue", SEED_AR3, PER_ARTICLE3, 3),
    ]
    write_draws(steps, skip, earlier, old_runs)
