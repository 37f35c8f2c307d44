"""Draw the candidate sentences of `factuality_test6.jsonl` (seeds 20261611 .. 20261651), a sixth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test6.py > /tmp/candidates_t6.jsonl`.
Same sources and rules as `sample_factuality_test5.py` (rules in `factuality_sampler_wide.py`):
Arabic from SaudiNewsNet (one sentence per article), English from the article-extraction benchmark
bodies and the TR-News / GWN / LGL texts (up to eight sentences per article). Skipped:
- articles whose URL appears in any earlier gold file (every `eval/events/*.jsonl`, test5 included,
  and every `eval/quotes/*.jsonl`: SaudiNewsNet URLs and the LGL docids);
- articles whose URL has an ODD `int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`: the
  quotation held-out set test9 was drawn from the same corpus at the same time, and only articles
  with an EVEN value are used here, so the two sets share no article;
- sentences that stand word for word inside an earlier gold file's text (the same agency text in
  another outlet's article; test5 had to drop ten such sentences by hand), and the URL-less
  sentences of `protest_no_audit.jsonl`.
New seeds; the Arabic draws are weighted towards cues right before the event word (negation,
possibility, condition, allegation) so that many items are not plain asserted positive. The
annotator read the candidates in drawn order and kept those with a political, military, legal or
criminal event, annotating one trigger each by hand, before any system run (the annotator of this
set never ran the system). Draws, in output order: Arabic 1 (plain strata), 2 (near cues),
3 (near cues and attribution), 4 (negation, condition), English 1 (narrowest event word), Arabic 5
(near cues and attribution) and 6 (negation), English 2 (narrower event word), Arabic 7 and 8 (near cues
and attribution), the last five added because the first draws were short of 200 items. Candidates that
share a run of eight normalized words with an earlier gold text are dropped from the output (`RUN`).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys

import factuality_sampler
import factuality_sampler_wide as wide
from factuality_sampler import REPO
from sample_factuality_test4 import AR_NEAR3, EN_EVENT_RX2, EN_EVENT_RX3, quote_urls, wide_ar_articles
from sample_factuality_test5 import AR3_STRATA

SEED_AR = 20261611  # Arabic, plain strata (every cue of AR_STRATA, 60 characters)
SEED_AR_NEAR = 20261621  # Arabic, a cue at most 20 characters before the event word (other articles), `"draw": 2`
SEED_AR3 = 20261631  # Arabic, near cues and attribution (other articles), `"draw": 3`
SEED_AR4 = 20261641  # Arabic, a negation or condition at most 20 characters before the event word, `"draw": 4`
SEED_EN = 20261651  # English, narrowest event word (EN_EVENT_RX3), up to eight sentences per article
AR_QUOTA = {"negation": 12, "alleged": 6, "possible": 6, "conditional": 6, "planned": 10,
            "attribution": 12, "historical": 6, "none": 8}
AR_NEAR_QUOTA = {"negation": 20, "possible": 10, "conditional": 8, "alleged": 10}
AR3_QUOTA = {"negation": 14, "possible": 6, "conditional": 6, "alleged": 8, "attribution": 16}
AR4_QUOTA = {"negation": 24, "conditional": 8}
EN_QUOTA = {"negation": 20, "alleged": 10, "possible": 10, "conditional": 10, "planned": 20,
            "reported": 30, "none": 30}
EN_PER_ARTICLE = 8
# The first four Arabic draws gave about 130 items with a political, military, legal or criminal event and
# the English draw one, so two more Arabic draws (other articles) and a second English draw follow:
SEED_AR5 = 20261661  # Arabic, near cues and attribution again, `"draw": 5`
AR5_QUOTA = {"negation": 16, "possible": 8, "conditional": 8, "alleged": 8, "attribution": 20}
SEED_AR6 = 20261671  # Arabic, a negation at most 20 characters before the event word, `"draw": 6`
AR6_QUOTA = {"negation": 20}
SEED_EN2 = 20261681  # English, the narrower event word of test4's second draw (EN_EVENT_RX2), `"draw": 2`
EN2_QUOTA = {"negation": 20, "alleged": 15, "possible": 10, "conditional": 10, "planned": 15,
             "reported": 30, "none": 20}
# still about 20 short of 200 (the second English draw gave two items): a seventh Arabic draw (other
# articles), near cues and attribution, `"draw": 7`
SEED_AR7 = 20261691
AR7_QUOTA = {"negation": 10, "possible": 5, "conditional": 5, "alleged": 5, "attribution": 15}
# Reading the kept items against the earlier gold files showed 37 of them to be the same agency text as
# an earlier item in another outlet's article (spelling and punctuation aside), which the exact-text
# check above misses. Every candidate sharing a run of eight normalized words with an earlier gold text
# is now dropped from the output (`RUN`), and an eighth Arabic draw (other articles, near cues and
# attribution, `"draw": 8`) makes up the size.
RUN = 8
SEED_AR8 = 20261701
AR8_QUOTA = {"negation": 12, "possible": 6, "conditional": 6, "alleged": 6, "attribution": 20}


def even(url: str) -> bool:
    """The disjointness rule with the quotation set test9: this set takes only EVEN article URLs."""
    return int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 0


class Earlier:
    """Sentences taken by an earlier gold file: exact audit sentences, or word for word inside one."""

    def __init__(self, exact: set[str], blob: str) -> None:
        self.exact, self.blob = exact, blob

    def __contains__(self, s: str) -> bool:
        return s in self.exact or s in self.blob

    def __or__(self, other) -> Earlier:
        return Earlier(self.exact | set(other), self.blob)


def runs(text: str, n: int = RUN) -> set[str]:
    """The runs of `n` words of `text`, normalized as khabar matches text (`khabar.text.normalize`)."""
    sys.path.insert(0, str(REPO))
    from khabar.text import normalize

    words = re.findall(r"\w+", normalize(text).lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def used(this: str | tuple[str, ...] = "factuality_test6.jsonl") -> tuple[set[str], Earlier, set[str]]:
    """URLs of every events / quotes gold file but ``this`` (the set being drawn, or the files of sets
    drawn together), the sentences they hold and their word runs."""
    own = (this,) if isinstance(this, str) else this
    paths = [p for p in sorted((REPO / "eval" / "events").glob("*.jsonl")) if p.name not in own]
    names = tuple(p.name for p in paths if p.name != "protest_no_audit.jsonl")
    urls = factuality_sampler.used_urls(names) | quote_urls()
    texts, exact, old_runs = [], set(), set()
    for p in paths + sorted((REPO / "eval" / "quotes").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for k in ("before", "text"):
                    if r.get(k):
                        texts.append(" ".join(r[k].split()))
                        old_runs |= runs(r[k])
                if p.name == "protest_no_audit.jsonl":
                    exact.add(r["text"])
    return urls - {""}, Earlier(exact, "\n".join(texts)), old_runs


if __name__ == "__main__":
    skip, earlier, old_runs = used()
    ar = [a for a in wide_ar_articles() if even(a[1])]
    out = wide.draw(list(ar), wide.AR_STRATA, AR_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR), skip,
                    skip_texts=earlier)
    skip2 = skip | {x["article_url"] for x in out}
    near = wide.draw(list(ar), AR_NEAR3, AR_NEAR_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR_NEAR),
                     skip2, skip_texts=earlier, window=20)
    out += [{**x, "draw": 2} for x in near]
    skip3 = skip2 | {x["article_url"] for x in near}
    ar3 = wide.draw(list(ar), AR3_STRATA, AR3_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR3), skip3,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 3} for x in ar3]
    skip4 = skip3 | {x["article_url"] for x in ar3}
    ar4 = wide.draw(list(ar), wide.AR_NEAR, AR4_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR4), skip4,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 4} for x in ar4]
    en = [a for a in wide.html_articles() + factuality_sampler.english_articles() if even(a[1])]
    en1 = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, EN_EVENT_RX3, "en", random.Random(SEED_EN), skip,
                    EN_PER_ARTICLE, skip_texts=earlier)
    out += en1
    skip5 = skip4 | {x["article_url"] for x in ar4}
    ar5 = wide.draw(list(ar), AR3_STRATA, AR5_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR5), skip5,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 5} for x in ar5]
    skip6 = skip5 | {x["article_url"] for x in ar5}
    ar6 = wide.draw(list(ar), {"negation": wide.AR_NEAR["negation"]}, AR6_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR6), skip6,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 6} for x in ar6]
    en2 = wide.draw(list(en), wide.EN_STRATA, EN2_QUOTA, EN_EVENT_RX2, "en", random.Random(SEED_EN2), skip,
                    EN_PER_ARTICLE, skip_texts=earlier | {x["text"] for x in en1})
    out += [{**x, "draw": 2} for x in en2]
    skip7 = skip6 | {x["article_url"] for x in ar6}
    ar7 = wide.draw(list(ar), AR3_STRATA, AR7_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR7), skip7,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 7} for x in ar7]
    skip8 = skip7 | {x["article_url"] for x in ar7}
    ar8 = wide.draw(list(ar), AR3_STRATA, AR8_QUOTA, wide.AR_EVENT_RX, "ar", random.Random(SEED_AR8), skip8,
                    skip_texts=earlier, window=20)
    out += [{**x, "draw": 8} for x in ar8]
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
