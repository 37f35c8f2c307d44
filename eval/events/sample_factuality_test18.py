"""Draw the candidate sentences of `factuality_test18.jsonl` (seeds 20261811 .. 20261831), an Arabic held-out set.

Run from eval/events: `python sample_factuality_test18.py > /tmp/candidates_t18.jsonl` (1,061
candidates, deterministic: draw 1 224, draw 2 141, draw 3 696). The SaudiNewsNet and English geoparsing
pools are used up, so the pool is NEW: the Wojood NER sample (`ner/wojood-sample/{train,val,test}.txt`,
MIT licence, SinaLab/ArabicNER), 1,629 sentences of mixed genre (human-rights and UN reports, news, legal
texts, archive captions) in CoNLL form, one token a line, a blank line between sentences.
Each sentence's text is rebuilt from its tokens (`$#$` markers dropped, tokens joined with spaces,
then ، , . : ; ! ؟ ? ) ] » attached to the word before them and ( [ « to the word after them)
and kept if it has 40-400 characters. Each sentence is its own "article":
`article_url` = "wojood-sample/<file>#<0-based sentence index in that file>", `source` = "wojood-sample";
it is one candidate as it stands (not split again at full stops, not cut at 260 characters). Of the 1,629
sentences 549 are shorter than 40 characters and 19 longer than 400; the other 1,061 are all candidates.
Skipped: sentences that stand word for word in an earlier gold text (every `eval/events/*.jsonl` and
`eval/quotes/*.jsonl` but this set: `used` of `sample_factuality_test6.py`) and candidates sharing a run of
eight normalized words with one (`runs`): none did (no earlier gold set used this corpus).
Three draws with the cue strata of `factuality_sampler_wide.AR_STRATA` (negation, alleged, possible,
conditional, planned, historical: the cue at most 60 characters before the event word; attribution:
anywhere; none), every stratum uncapped, each draw skipping the sentences of the draws before it:
draw 1 (seed 20261811) the wide sampler's event word `AR_EVENT_RX`; draw 2 (20261821, `"draw": 2`) test12's
wider `AR_EVENT_RX12` (wounding, displacement, seizure, closure, approval, pledges, theft, investigation ...);
draw 3 (20261831, `"draw": 3`) every remaining sentence (so the whole pool is read, in a fixed order).
The annotator read the candidates in output order on the text alone and kept those with a political,
military, legal, security or criminal event (abstract legal clauses, bare archive captions, sport,
business and health skipped), one trigger each, before any system run (the annotator never ran the system).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import factuality_sampler
import factuality_sampler_wide as wide
import sample_factuality_test4
from factuality_sampler import DATA, REPO
from sample_factuality_test6 import runs, used
from sample_factuality_test12 import AR_EVENT_RX12

# `DATA` is the repo's sibling `shared/data`; from a worktree under /work/wt it is /work/shared/data
SHARED = DATA if DATA.exists() else REPO.parents[1] / "shared" / "data"
WOJOOD = SHARED / "ner" / "wojood-sample"
FILES = ("train", "val", "test")
SEEDS = (20261811, 20261821, 20261831)
EVENT_RXS = (wide.AR_EVENT_RX, AR_EVENT_RX12, r"\S")
QUOTA = {k: 100000 for k in wide.AR_STRATA}  # uncapped: every sentence with an event word is a candidate
ATTACH_BEFORE = set("،,.:;!؟?)]»")
ATTACH_AFTER = set("([«")


def rebuild(tokens: list[str]) -> str:
    """The sentence's text from its tokens: punctuation attached to its neighbour, the rest spaced."""
    out = ""
    glue = True
    for t in tokens:
        if t == "$#$":
            continue
        if not out or glue or t in ATTACH_BEFORE:
            out += t
        else:
            out += " " + t
        glue = t in ATTACH_AFTER
    return out


def wojood_sentences(path: Path) -> list[str]:
    """The sentences of one CoNLL file, in file order (the token is a line's first field)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(rebuild(cur))
            cur = []
        else:
            cur.append(line.split()[0])
    if cur:
        sents.append(rebuild(cur))
    return sents


def articles() -> list[tuple[str, str, str]]:
    """(source, article_url, text) for every sentence of 40-400 characters, files in a fixed order."""
    out = []
    for name in FILES:
        for i, s in enumerate(wojood_sentences(WOJOOD / f"{name}.txt")):
            if 40 <= len(s) <= 400:
                out.append(("wojood-sample", f"wojood-sample/{name}#{i}", s))
    return out


def _whole(text: str) -> list[str]:
    """A one-sentence "article" (a Wojood or protest GSR sentence) is one candidate as it stands."""
    return [text]


def sentence_draws(pool: list[tuple[str, str, str]], seeds, rxs, skip, earlier: set[str]) -> list[dict]:
    """The three draws over one-sentence "articles" (every stratum uncapped, each draw's event regex in turn,
    each skipping the texts of the draws before it), candidates in draw order (`"draw": N` from 2 on); the
    protest GSR sampler draws its files the same way."""
    # the shared draw splits an article at full stops and keeps 40-260 characters; here the unit is the
    # corpus's own sentence (40-400 characters, filtered by the caller's `articles`)
    factuality_sampler.sentences = _whole
    out: list[dict] = []
    seen: set[str] = set()
    for n, (seed, rx) in enumerate(zip(seeds, rxs, strict=True), start=1):
        got = wide.draw(
            list(pool), wide.AR_STRATA, QUOTA, rx, "ar", random.Random(seed), skip, skip_texts=earlier | seen
        )
        out += [x if n == 1 else {**x, "draw": n} for x in got]
        seen |= {x["text"] for x in got}
    return out


if __name__ == "__main__":
    sample_factuality_test4.DATA = SHARED  # test4's `quote_urls` reads the LGL docids from there
    skip, earlier, old_runs = used("factuality_test18.jsonl")
    pool = [a for a in articles() if a[2] not in earlier and not runs(a[2]) & old_runs]
    for x in sentence_draws(pool, SEEDS, EVENT_RXS, skip, earlier):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
