"""Draw the candidate sentences of `factuality_dev10.jsonl` (odd URL hash) or `factuality_dev11.jsonl` (even), TUNING
sets of session 2026-12-06h.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_dev10.py dev10 > /tmp/cand_dev10.jsonl` (or `dev11`; deterministic).
Why: on the seven held-out factuality sets the rules label 59 % of the found `positive/planned` gold events
planned (62 of 105) against 93 % on the tuning sets (644 of 691), and `positive/planned -> positive/asserted` is
the largest error there (41 of about 150 modality errors); `reported -> asserted` is second. The tuning items of
those labels are exhausted (11 planned -> asserted left), so these two sets bring fresh conflict news rich in acts
not yet carried out and in attributed claims, annotated by people who never ran the system.
The pool (`in_pool`): SaudiNewsNet articles in no gold file (test19's `gold_urls`: every `url` / `article_url` of
every `eval/**/*.jsonl`, this set's own file and its sibling's left out, so that the two halves drawn at the same
time do not depend on each other) with at least one word of test19's `CONFLICT_RX` or test26's `CONFLICT2_RX`;
dev10 takes the ODD URL hashes (test9's `odd`), dev11 the EVEN ones. Sentences of earlier gold texts and those
sharing an eight-word run with one are skipped (test6's `used` / `runs`).
Draws (`"draw": N` from 2 on), each skipping the sentences of the draws before it, at most two per article:
1. `NOT_YET`: an event word (test12's `AR_EVENT_RX12`) at most 60 characters after a word of an act not yet
   carried out (a purpose, a call or demand, a decision or order, an intention, a plan, a schedule, a coming
   time), or an attribution phrase anywhere (the wide sampler's `attribution` stratum);
2. the other cue strata of the wide sampler (negation, alleged, possible, conditional, planned, historical);
3. any event word (the `none` stratum).
`NOT_YET` is written from the guideline's planned forms and the purpose-clause convention (top of
eval/events/README.md), not from the system's rules.
"""

from __future__ import annotations

import json
import random
import re
import sys

import factuality_sampler_wide as wide
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import runs, used
from sample_factuality_test9 import odd
from sample_factuality_test12 import AR_EVENT_RX12, PER_ARTICLE
from sample_factuality_test19 import CONFLICT_RX, UNCAPPED, gold_urls
from sample_factuality_test26 import CONFLICT2_RX

SETS = {"dev10": ("factuality_dev10.jsonl", True), "dev11": ("factuality_dev11.jsonl", False)}
SEEDS = {"dev10": (202612611, 202612621, 202612631), "dev11": (202612612, 202612622, 202612632)}
NOT_YET = (
    r"(بهدف|من أجل|بغية|سعيا|سعياً|(^|\s)[وف]?(لل|ل)(إجراء|اجراء|مشاركة|المشاركة|بحث|مناقشة|مطالبة|المطالبة|توقيع|تنفيذ)"
    r"|دعا|دعت|يدعو|تدعو|طالب|طالبت|يطالب|تطالب|ناشد|حث|حثت|قرر|قررت|تقرر|أمر|أمرت|وجه|أوعز"
    r"|يعتزم|تعتزم|ينوي|تنوي|نية|عزم|خطة|مخطط|مشروع|اقترح|اقترحت|مقترح|المقرر|مقرر|يستعد|تستعد"
    r"|المقبل|المقبلة|القادم|القادمة|غدا|غداً|المرتقب|المرتقبة|المزمع|المزمعة|يتوقع|تتوقع|يرتقب|موعد)"
)
DRAWS = (
    ({"not_yet": NOT_YET, "attribution": wide.AR_STRATA["attribution"]}, None),
    ({k: v for k, v in wide.AR_STRATA.items() if k not in ("none", "attribution")}, 2),
    ({"none": wide.AR_STRATA["none"]}, 3),
)


def in_pool(url: str, text: str, gold: set[str], odd_hash: bool) -> bool:
    """In no gold file, a conflict word of either list, the URL hash of parity `odd_hash`."""
    return (
        url not in gold
        and bool(re.search(CONFLICT_RX, text) or re.search(CONFLICT2_RX, text))
        and odd(url) == odd_hash
    )


def main(
    name: str, sets: dict[str, tuple[str, bool]] = SETS, seeds: dict[str, tuple[int, ...]] = SEEDS
) -> None:
    """Write the candidates of the set `name` ("dev10" or "dev11"; `sets` / `seeds` of a later pair such as
    sample_factuality_dev12.py's), one draw after the other."""
    this, odd_hash = sets[name]
    # both files left out of `used`, so that each list is the same whether or not the sibling exists; the
    # sibling's URLs have the other parity and never enter this pool
    skip, earlier, old_runs = used(tuple(f for f, _ in sets.values()))
    gold = gold_urls(this)
    articles = [a for a in wide_ar_articles() if in_pool(a[1], a[2], gold, odd_hash)]
    seen = earlier
    for seed, (strata, mark) in zip(seeds[name], DRAWS, strict=True):
        quota = {k: UNCAPPED for k in strata}
        rng = random.Random(seed)
        got = wide.draw(
            list(articles), strata, quota, AR_EVENT_RX12, "ar", rng, skip, PER_ARTICLE, skip_texts=seen
        )
        for x in got if mark is None else [{**x, "draw": mark} for x in got]:
            if not runs(x["text"]) & old_runs:
                sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
        seen = seen | {x["text"] for x in got}


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dev10")
