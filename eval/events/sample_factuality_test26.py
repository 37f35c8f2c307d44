"""Draw the candidate sentences of `factuality_test26.jsonl` (seeds 20262611 ..), a held-out set of session 2026-12-06c.

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_factuality_test26.py > /tmp/candidates_t26.jsonl` (deterministic).
A NEW pool (`in_pool`), never a pool before: the SaudiNewsNet articles that
- stand in NO gold file of the repo (every `url` / `article_url` of every `eval/**/*.jsonl`: events, quotes,
  amounts, dedup, link, time; test19's `gold_urls`, this set's own file left out),
- contain NO match of test19's conflict / politics words `CONFLICT_RX` (the articles with one or more matches
  were the pools of test19, test20, test21, plover_ar2, test23, test24 and test25),
- contain AT LEAST two matches of `CONFLICT2_RX`, a second list of war, security and court words that
  `CONFLICT_RX` lacks (war, army, forces, armed, military, missile, opposition, terrorism, ISIS, Houthis,
  explosion, assassination, police, court, prison, battles, rebels, militia, shelling, coup),
- have an ODD `int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (test27 takes the EVEN ones of the
  same pool at the same time: its sampler imports `pool_articles` from here, with its own parity and seeds).
On main at the commit that added this file: 1,732 articles in no gold file with no `CONFLICT_RX` match and two or
more `CONFLICT2_RX` matches (of 31,030 articles; 8,241 stand in a gold file).
Why: the modality bar of issue #6 is unmet on fresh conflict news, and the learned factuality classifier fitted on
every shareable record is to be judged against the shipped one once, on text nobody has read.
Imported, nothing copied: test19's `CONFLICT_RX`, test9's parity rule `odd`, and test23's `main` over this pool
rule (test23's five draws `DRAWS`: cue strata two per article, every remaining cue sentence up to twenty per article,
the `none` stratum two per article, up to twenty, uncapped; test4's article list, test19's `gold_urls` and
`sequential_draws`, test6's `used` / `runs`: sentences that stand in an earlier events / quotes gold text or share an
eight-word run with one are skipped).
The lists of record (test26 1,681 candidates, test27 1,689) were drawn on main at e39774c, before either set's file
existed; this script reproduces each exactly on a later tree with the OTHER set's file removed (with it present, the
sentences of its items are skipped too, and a skipped sentence changes the shuffle of its article).
The annotator reads the candidates in drawn order, on the text alone, and keeps those with a political,
military, legal or criminal event, ONE sentence per article and one trigger each, annotated by hand before
any system run (the annotator never ran the system). Later draws are read only when the earlier ones, read
whole, gave too few items; the set's README section says where reading stopped.
"""

from __future__ import annotations

import re

import sample_factuality_test23 as t23
from sample_factuality_test9 import odd
from sample_factuality_test19 import CONFLICT_RX

THIS = "factuality_test26.jsonl"
CONFLICT2_RX = (
    r"(الحرب|الجيش|قوات|مسلح|عسكري|صاروخ|المعارضة|إرهاب|داعش|الحوثي|انفجار|اغتيال|الشرطة|محكمة|السجن|معارك"
    r"|المتمردين|ميليشيا|القصف|الانقلاب)"
)
MIN_CONFLICT2 = 2
SEEDS = (20262611, 20262621, 20262631, 20262641, 20262651)


def in_pool(url: str, text: str, gold: set[str], odd_hash: bool = True) -> bool:
    """The pool rule: in no gold file, no `CONFLICT_RX` word, two or more `CONFLICT2_RX` words, an odd URL hash
    (test26) or an even one (test27, ``odd_hash=False``)."""
    return (
        url not in gold
        and not re.search(CONFLICT_RX, text)
        and len(re.findall(CONFLICT2_RX, text)) >= MIN_CONFLICT2
        and odd(url) == odd_hash
    )


def main(this: str, odd_hash: bool, seeds: tuple[int, ...]) -> None:
    """Write the candidates of the set `this` (this pool's half of parity `odd_hash`), one draw per seed: test23's
    draws and writer over this pool."""
    t23.main(this, odd_hash, seeds, in_pool)


if __name__ == "__main__":
    main(THIS, True, SEEDS)
