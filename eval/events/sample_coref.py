"""Draw the candidate articles of `coref.jsonl`, the event coreference gold (seed 20263711).

Run from the repo root of a checkout whose `../shared/data` exists:
`python eval/events/sample_coref.py > /tmp/candidates_coref.jsonl` (deterministic).

Pool (`in_pool`): the SaudiNewsNet articles that
- stand in NO gold file of the repo (test19's `gold_urls`: every `url` / `article_url` of every
  `eval/**/*.jsonl`; `coref.jsonl` itself excepted, so that the pool does not change once it is written),
- have 400-2,500 characters of `content.strip()`,
- hold at least THREE matches of test19's conflict / politics words `CONFLICT_RX` (two would do to make a
  happening likely told more than once; a factuality set drawn at the same time (branch annot25) takes the
  articles with one or two matches, so three keeps the two disjoint).
Draw: the pool in file order, shuffled with `random.Random(SEED)`; split by
`int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2` (even: `dev`, odd: `test`, held out); the
candidates are written alternating dev / test in drawn order, so that both splits grow together while the
annotator reads them in that order.
Each candidate: {"n", "split", "article_url", "published", "text"} with `text` = `content.strip()` exactly.
The annotator reads the candidates on the text alone (the system is never run on them), skips articles with no
political, military, legal, security or criminal happening (or sport / economy only), and lists every
happening of a PLOVER type with every mention of it.
Counts: 370 articles in the pool (193 dev, 177 test). Drawn on branch coref37 from main at 4675517 (the list
is the same once `coref.jsonl` is written, since the file excepts itself); the first 270 candidates (draws
0-269, 135 per split) were read and 63 kept (33 dev, 30 test); branch coref38 read the other 100 (draws 270-369,
the last 16 of them dev only) and kept 18 more (10 dev, 8 test): 81 in all (43 dev, 38 test), every verdict in
`coref_read.tsv`. Sizes and the annotation rules: "Event coreference gold (`coref.jsonl`)" at the end of eval/events/README.md.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sys
from itertools import zip_longest

from factuality_sampler import DATA, REPO
from sample_factuality_test19 import CONFLICT_RX, gold_urls

THIS = "coref.jsonl"
SEED = 20263711
MIN_CHARS, MAX_CHARS = 400, 2500
MIN_CONFLICT = 3


def split_of(url: str) -> str:
    """The split by URL-hash parity: even `dev`, odd `test`."""
    return "dev" if int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2 == 0 else "test"


def in_pool(url: str, text: str, gold: set[str]) -> bool:
    """The pool rule: in no gold file, 400-2,500 characters, at least three conflict words."""
    return (
        url.strip() not in gold
        and MIN_CHARS <= len(text) <= MAX_CHARS
        and len(re.findall(CONFLICT_RX, text)) >= MIN_CONFLICT
    )


# Sets drawn after this one from pools that overlap its own (conflict news with no gold file): they may hold
# articles this set's reading skipped, which must stay in its pool so that the draw of record does not change.
LATER = ("factuality_dev10.jsonl", "factuality_dev11.jsonl")


def _later_urls() -> set[str]:
    out: set[str] = set()
    for name in LATER:
        path = REPO / "eval" / "events" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.add(json.loads(line)["article_url"].strip())
    return out


def pool() -> list[dict]:
    """The pool's articles in file order: {"article_url", "published", "text"}."""
    gold = gold_urls(THIS) - _later_urls()  # a later set's URL is in no earlier gold file (its own pool rule)
    out: list[dict] = []
    seen: set[str] = set()
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            url, text = a["url"].strip(), (a["content"] or "").strip()
            if url in seen or not in_pool(url, text, gold):
                continue
            seen.add(url)
            out.append(
                {"article_url": url, "published": str(a.get("date_extracted") or "")[:10], "text": text}
            )
    return out


def draw() -> list[dict]:
    """The pool shuffled with the seed, written alternating dev / test in drawn order."""
    arts = pool()
    random.Random(SEED).shuffle(arts)
    dev = [a for a in arts if split_of(a["article_url"]) == "dev"]
    test = [a for a in arts if split_of(a["article_url"]) == "test"]
    out: list[dict] = []
    for d, t in zip_longest(dev, test):
        for a in (d, t):
            if a is not None:
                out.append({"n": len(out), "split": split_of(a["article_url"]), **a})
    return out


if __name__ == "__main__":
    for x in draw():
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
