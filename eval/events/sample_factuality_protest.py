"""Draw the candidate sentences of `factuality_protest_{A,B,C,D}.jsonl` (seeds 20263611 .. 20263631):
factuality TRAINING annotations on Arabic political news that may ship.

Run from eval/events: `python sample_factuality_protest.py A > /tmp/candidates_pA.jsonl` (or `B`, `C`, `D`).
Why: the learned factuality classifier (`khabar train factuality`) may only learn from shareable text. Until
now that was ANERcorp (CC BY-SA) and the Wojood sample (MIT, read to the end by test18); the SaudiNewsNet sets
are CC BY-NC-SA and evaluation only. The Arabic protest GSR sentence sets of UniversalPetrarch
(`../shared/data/events/arabic-protest-gsr/`, MIT) are Arabic political and conflict news of 2000-2011 (Arab
Spring, Lebanon, Palestine, Iraq), rich in negated, reported and hypothetical statements.
Pool: the sentences of `protest_easy_no_sent.xml`, `protest_difficult_no_sent.xml` and
`protest_ambiguous_sent.xml` (never `protest_yes_sent.xml` nor the validation file: their PROTEST events are
what `khabar eval events --arabic-protest` scores), 40-400 characters, text as the eval reads it
(`khabar.eval.events._sentences`: whitespace collapsed). Each sentence is its own "article":
`article_url` = "arabic-protest-gsr/<file stem>#<0-based sentence index>", `source` = "arabic-protest-gsr".
Half A takes the sentences whose sha1(text) is even, half B the odd ones. Four annotators work at once:
file A reads half A's cued sentences, C half A's `none` stratum, B and D the same of half B. Skipped: sentences standing word for word in an earlier gold text or
sharing a run of eight normalized words with one (test6's `used` / `runs`; `protest_no_audit.jsonl`'s
sentences are in `used`'s exact set).
Three draws as test18's (every stratum of `factuality_sampler_wide.AR_STRATA` uncapped, window 60, each draw
skipping the sentences of the draws before it): draw 1 the wide `AR_EVENT_RX`, draw 2 test12's
`AR_EVENT_RX12`, draw 3 every remaining sentence. Files A / B list the cued sentences of their half (all three draws, in draw order), C / D its `none`
stratum.
The `--arabic-protest` eval counts a protest by its polarity (which the learned model never changes) and, in
its secondary "took place" figures, by its modality: annotators annotate NO PROTEST trigger here, so the
classifier never learns a label of the events those figures count.
"""

from __future__ import annotations

import hashlib
import json
import sys

import factuality_sampler_wide as wide
import sample_factuality_test4
from factuality_sampler import DATA, REPO
from sample_factuality_test6 import runs, used
from sample_factuality_test12 import AR_EVENT_RX12
from sample_factuality_test18 import sentence_draws

sys.path.insert(0, str(REPO))
from khabar.eval.events import _sentences  # noqa: E402

# `DATA` is the repo's sibling `shared/data`; from a worktree under /work/wt it is /work/shared/data
SHARED = DATA if DATA.exists() else REPO.parents[1] / "shared" / "data"
PROTEST = SHARED / "events" / "arabic-protest-gsr"
FILES = ("protest_easy_no_sent", "protest_difficult_no_sent", "protest_ambiguous_sent")
SEEDS = (20263611, 20263621, 20263631)
EVENT_RXS = (wide.AR_EVENT_RX, AR_EVENT_RX12, r"\S")


def half(text: str) -> str:
    return "AB"[int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2]


def articles(which: str) -> list[tuple[str, str, str]]:
    """(source, article_url, text) for every sentence of 40-400 characters of half `which`."""
    out = []
    for name in FILES:
        for i, (_, text) in enumerate(_sentences(PROTEST / f"{name}.xml")):
            if 40 <= len(text) <= 400 and half(text) == which:
                out.append(("arabic-protest-gsr", f"arabic-protest-gsr/{name}#{i}", text))
    return out


FILES_OF = {"A": ("A", True), "B": ("B", True), "C": ("A", False), "D": ("B", False)}  # half, cued


def main(which: str) -> list[dict]:
    sample_factuality_test4.DATA = SHARED
    skip, earlier, old_runs = used(tuple(f"factuality_protest_{k}.jsonl" for k in FILES_OF))
    which, cued = FILES_OF[which]
    pool = [a for a in articles(which) if a[2] not in earlier and not runs(a[2]) & old_runs]
    out = sentence_draws(pool, SEEDS, EVENT_RXS, skip, earlier)  # test18's three draws
    # a classifier learns little from a pile of plain asserted sentences: the cued ones are read first
    return [x for x in out if (x["stratum"] != "none") == cued]


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in FILES_OF:
        sys.exit("usage: sample_factuality_protest.py A|B|C|D")
    for x in main(sys.argv[1]):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
