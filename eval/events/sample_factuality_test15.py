"""Draw the candidate sentences of `factuality_test15.jsonl` (seeds 20265311 ..), a fifteenth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test15.py > /tmp/candidates_t15.jsonl`.
As `sample_factuality_test13.py` / `sample_factuality_test14.py` (everything imported, nothing copied: test12's
wide pattern `AR_EVENT_RX12` with two candidate sentences per article via `_use_pattern_12`, test12's
`draw_groups` (test10's `four_draws` with test9's strata and quotas, each group skipping the articles of the
earlier ones, then the eight-word-run filter of test6's `runs`), test6's `used` and test4's article list), with
one change, the POOL: both SHA-1 halves of SaudiNewsNet are used up for factuality (test14 kept 38 items of
2,759 candidates), so this set takes ONLY the SaudiNewsNet articles that the quotation gold sets hold
(`QUOTE_FILES`: `eval/quotes/dev.jsonl`, `test.jsonl`, `test2.jsonl` .. `test17.jsonl`, `anon_written.jsonl`)
and that NO `eval/events/*.jsonl` file holds, of any parity. The sentences those quote sets hold (their
`text` and `before` paragraphs, read by quote tuners) are never drawn: `used` returns every events and quotes
gold text, and a candidate sharing an eight-word run with any of them is dropped. The annotator keeps AT
MOST ONE item per article. New seeds only.
"""

from __future__ import annotations

import json
import sys

import sample_factuality_test12 as t12
from factuality_sampler import REPO
from sample_factuality_test6 import used

QUOTE_FILES = ("dev.jsonl", "test.jsonl", *(f"test{i}.jsonl" for i in range(2, 18)), "anon_written.jsonl")
THIS = "factuality_test15.jsonl"
SEEDS = (
    (20265311, 20265321, 20265331, 20265341),  # draws 1 (plain strata), 2 (near cues), 3, 4 (negation)
    (20265351, 20265361, 20265371, 20265381),  # draws 5-8
    (20265391, 20265411, 20265421, 20265431),  # draws 9-12
    (20265441, 20265451, 20265461, 20265471),  # draws 13-16
    # draws 1-16 gave about 150 items (the cue strata of this pool were used up by draw 6); eight more groups,
    # of which mostly the first draw of each (plain strata, "none" and "planned") still finds candidates
    (20265511, 20265521, 20265531, 20265541),  # draws 17-20
    (20265551, 20265561, 20265571, 20265581),  # draws 21-24
    (20265591, 20265611, 20265621, 20265631),  # draws 25-28
    (20265641, 20265651, 20265661, 20265671),  # draws 29-32
    (20265711, 20265721, 20265731, 20265741),  # draws 33-36
    (20265751, 20265761, 20265771, 20265781),  # draws 37-40
    (20265791, 20265811, 20265821, 20265831),  # draws 41-44
    (20265841, 20265851, 20265861, 20265871),  # draws 45-48
    # draws 1-48 gave about 156 items; sixteen more groups (draws 49-112), again mostly plain-strata candidates
    *((s, s + 10, s + 20, s + 30) for s in range(20266011, 20266011 + 16 * 50, 50)),
    # draws 1-112 gave 186 items; eight more groups (draws 113-144)
    *((s, s + 10, s + 20, s + 30) for s in range(20267011, 20267011 + 8 * 50, 50)),
)


def _urls(path) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.add((r.get("article_url") or r.get("url") or "").strip())
    return out - {""}


def quote_pool_urls() -> set[str]:
    """URLs of the articles of the quotation gold files `QUOTE_FILES` (LGL and written items have none
    that is a SaudiNewsNet URL; the article list keeps only SaudiNewsNet)."""
    return set().union(*(_urls(REPO / "eval" / "quotes" / n) for n in QUOTE_FILES))


def events_urls(this: str = THIS) -> set[str]:
    """URLs of every `eval/events/*.jsonl` file but `this`."""
    return set().union(*(_urls(p) for p in (REPO / "eval" / "events").glob("*.jsonl") if p.name != this))


def in_pool(url: str, pool: set[str], taken: set[str]) -> bool:
    """The pool rule: an article of a quotation gold file that no events gold file holds."""
    return url in pool and url not in taken


if __name__ == "__main__":
    pool, taken = quote_pool_urls(), events_urls()

    def used15(name: str):
        # every events / quotes gold text and its eight-word runs stay excluded; the article skip list is the
        # events files only (the quote files' articles are the pool itself)
        _, earlier, old_runs = used(name)
        return taken, earlier, old_runs

    t12.used = used15
    t12._use_pattern_12()
    for x in t12.draw_groups(THIS, lambda u: in_pool(u, pool, taken), SEEDS):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
