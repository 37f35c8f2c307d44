"""Draw the candidate sentences of ``plover_ar2.jsonl`` (seed 20261221; run once, before annotation).

Run from the repo root: ``python eval/events/sample_plover_ar2.py > /tmp/candidates_par2.tsv``.
Pool: the SaudiNewsNet articles (``../shared/data/news/saudinewsnet.jsonl.gz``) that
- are in no gold file of the repo (every ``url`` / ``article_url`` of every ``eval/**/*.jsonl``, plus the
  URLs of the events and quotes gold files as ``sample_factuality_test6.used`` collects them),
- have at least three matches of the conflict/politics pattern ``CONFLICT`` in their text, and
- have an EVEN ``int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2`` (a factuality set drawn at
  the same time takes the ODD ones, so the two sets share no article).
The articles are shuffled with the seed; from each, the sentences of 40-300 characters (split as
``factuality_sampler.sentences`` splits) that hold an event-concept stem of ``sample_plover_ar.STEMS``
(``sample_plover_ar.CUE``, written by hand per PLOVER type, independent of khabar's lexicon) and that
neither stand inside nor share a run of eight normalized words with an earlier gold text
(``sample_factuality_test6.used`` / ``runs``) are shuffled with the seed and up to three are output per
article. The annotator read the candidates in drawn order and kept AT MOST ONE sentence per article: the
first one with a clear PLOVER main event whose actor or target is named in the sentence, annotated by
reading (type, trigger, actor and target texts), before any system run on them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sys

from factuality_sampler import DATA, REPO
from sample_factuality_test6 import runs, used
from sample_plover_ar import CUE

SEED = 20261221
PER_ARTICLE = 3
CONFLICT = re.compile(r"(اعتقل|قصف|غارات|مفاوضات|اتفاق|هجوم|تظاهر|عقوبات|قتل|استهدف|اشتباك)")


def even(url: str) -> bool:
    """This set takes only articles whose stripped URL has an EVEN SHA-1 value."""
    return int(hashlib.sha1(url.strip().encode()).hexdigest(), 16) % 2 == 0


def sentences(text: str) -> list[str]:
    """``factuality_sampler.sentences``'s split with this set's length limits (40-300 characters)."""
    parts = re.split(r"(?<=[.!?؟])\s+|\n+", text)
    return [s for s in (" ".join(p.split()) for p in parts) if 40 <= len(s) <= 300]


def gold_urls() -> set[str]:
    """Every ``url`` / ``article_url`` of every gold JSONL file under ``eval/`` (this set's file aside)."""
    out: set[str] = set()
    for p in sorted((REPO / "eval").glob("**/*.jsonl")):
        if p.name == "plover_ar2.jsonl":
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if isinstance(r, dict):
                    out |= {str(r.get(k) or "").strip() for k in ("url", "article_url")}
    return out - {""}


def pool() -> list[dict]:
    skip = gold_urls() | used("plover_ar2.jsonl")[0]
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    out = []
    for a in arts:
        url = (a.get("url") or "").strip()
        if url and url not in skip and even(url) and len(CONFLICT.findall(a.get("content") or "")) >= 3:
            out.append(a)
    return out


def draw(seed: int = SEED) -> list[tuple[int, str, str, str]]:
    rng = random.Random(seed)
    _, earlier, old_runs = used("plover_ar2.jsonl")
    arts = pool()
    rng.shuffle(arts)
    out = []
    for i, a in enumerate(arts):
        url = a["url"].strip()
        hits = [s for s in sentences(a.get("content") or "") if CUE.search(s)]
        hits = [s for s in dict.fromkeys(hits) if s not in earlier and not runs(s) & old_runs]
        rng.shuffle(hits)
        out += [(i, a.get("source", ""), url, s) for s in hits[:PER_ARTICLE]]
    return out


if __name__ == "__main__":
    sys.stderr.write(f"{len(pool())} articles in the pool\n")
    for i, src, url, s in draw():
        sys.stdout.write(f"{i}\t{src}\t{url}\t{s}\n")
