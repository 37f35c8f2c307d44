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


def gold_urls() -> set[str]:
    """Every `url` / `article_url` of every `eval/**/*.jsonl` (this set's own file excepted)."""
    out: set[str] = set()
    for p in sorted((REPO / "eval").rglob("*.jsonl")):
        if p.name == THIS:
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


if __name__ == "__main__":
    skip, earlier, old_runs = used(THIS)
    ar = pool_articles()
    quota = {k: UNCAPPED for k in CUE_STRATA}
    out = wide.draw(
        list(ar),
        CUE_STRATA,
        quota,
        AR_EVENT_RX12,
        "ar",
        random.Random(SEED_AR),
        skip,
        PER_ARTICLE,
        skip_texts=earlier,
    )
    seen = earlier | {x["text"] for x in out}
    more = wide.draw(
        list(ar),
        {"none": wide.AR_STRATA["none"]},
        {"none": UNCAPPED},
        AR_EVENT_RX12,
        "ar",
        random.Random(SEED_AR2),
        skip,
        PER_ARTICLE,
        skip_texts=seen,
    )
    out += [{**x, "draw": 2} for x in more]
    seen |= {x["text"] for x in more}
    rest = wide.draw(
        list(ar),
        CUE_STRATA,
        quota,
        AR_EVENT_RX12,
        "ar",
        random.Random(SEED_AR3),
        skip,
        PER_ARTICLE3,
        skip_texts=seen,
    )
    out += [{**x, "draw": 3} for x in rest]
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
