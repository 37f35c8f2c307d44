"""Draw the candidate sentences of `factuality_test17.jsonl` (seeds 20261711 .. 20261751), an ENGLISH held-out set.

Run from the repo root: `python eval/events/sample_factuality_test17.py > /tmp/candidates_t17.jsonl`
(964 candidates, deterministic). The Arabic pools are used up; English had no fresh set since test6.
Source: the English news articles of the geoparsing gold (`geoparsing/lgl.xml`, `GWN.xml`, `TR-News.xml`,
GPL-3.0, data use only: short sentence excerpts), read by `factuality_sampler.english_articles` as for
every earlier English set. Skipped: articles whose URL is in any earlier events gold file (every
`eval/events/*.jsonl`) or quotation gold file (`used` of `sample_factuality_test6.py`), sentences that
stand word for word in an earlier gold text, and candidates sharing a run of eight normalized words with
one (`runs`). Any URL parity (no quotation set is drawn from these texts at the same time). Cue strata of
`factuality_sampler_wide.EN_STRATA` (negation, alleged, possible, conditional, planned: the cue at most 60
characters before the event word; reported: anywhere), every stratum uncapped. Five draws, each skipping
the sentences of the draws before it (`"draw"` 2 .. 5 in the output): the event word `EN_EVENT_RX2` of
`sample_factuality_test4.py` (crime, court, police, security and politics words: police and court events
are common in LGL and kept), then `EN_EVENT_RX17` (below: theft, burglary, legislation, ordinance ...),
then either, then the wide sampler's `EN_EVENT_RX`, then every remaining sentence with any of them.
The annotator read all 964 candidates in output order and kept those with a political, military, legal or
criminal event (accidents, fires, elections, sport and business skipped), at most TWO sentences per
article over all draws, annotating one trigger each by hand, before any system run (the annotator never
ran the system).
"""

from __future__ import annotations

import json
import random
import sys

import factuality_sampler
import factuality_sampler_wide as wide
from sample_factuality_test4 import EN_EVENT_RX2
from sample_factuality_test6 import runs, used

SEED_EN = 20261711
EN_QUOTA = {"negation": 200, "alleged": 200, "possible": 200, "conditional": 200, "planned": 200,
            "reported": 200, "none": 200}
EN_PER_ARTICLE = 2
# The first draw (every stratum uncapped, EN_EVENT_RX2) gave 254 candidates of which about 35 hold a
# political, military, legal or criminal event, so a second draw (seed 20261721, the same articles and
# strata, skipping the first draw's sentences, up to two more candidates per article, `"draw": 2`) takes the
# sentences with a crime, court or government word EN_EVENT_RX2 lacks (`EN_EVENT_RX17`). At most two
# sentences per article are kept over all draws.
SEED_EN2 = 20261721
EN_EVENT_RX17 = (
    r"\b(stole|stolen|steal|theft|thie(f|ves)|burglar|robb|break-in|broke into|breaking into|fled|flee|"
    r"apprehend|custody|warrant|felony|misdemeanor|probation|parole|plea|pleaded|guilty|trial|verdict|"
    r"acquit|lawsuit|ruled|ruling|ordinance|council (voted|approved)|commission(ers)? (voted|approved)|"
    r"legislat|senate|governor|elect(ed|ion)|lawmakers?|bill\b|vandal|fraud|embezzl|shooting|gunman|"
    r"homicide|manslaughter|weapon|drugs?\b|narcotic|cocaine|marijuana|methamphetamine|dui|dwi|"
    r"handcuff|booked|citation|cited|ticketed|extradit|smuggl|kidnap|abduct|hostage|terror|soldiers?|"
    r"sanction|protest|strike|union|sued|accused|suspects?|investigators?|prosecutors?|attorney general)"
)
# The two draws gave 48 items, so a third draw (seed 20261731, skipping the sentences of both, up to three
# more candidates per article, `"draw": 3`) takes the remaining sentences with either event word.
SEED_EN3 = 20261731
EN_EVENT_RX3_17 = f"(?:{EN_EVENT_RX2})|(?:{EN_EVENT_RX17})"
EN_PER_ARTICLE3 = 3
# The third draw gave four more items (52 in all), so a fourth draw (seed 20261741, skipping the sentences of
# the first three, up to three more candidates per article, `"draw": 4`) takes the sentences with the wide
# sampler's event word (`factuality_sampler_wide.EN_EVENT_RX`: meet, visit, vote, demand, warn, fight ...).
SEED_EN4 = 20261741
# The fourth draw gave eleven more (63 in all), so a fifth draw (seed 20261751, `"draw": 5`) takes every
# remaining sentence of these articles with any of the three event words (up to twenty per article).
SEED_EN5 = 20261751
EN_EVENT_RX5_17 = f"(?:{EN_EVENT_RX2})|(?:{EN_EVENT_RX17})|(?:{wide.EN_EVENT_RX})"
EN_PER_ARTICLE5 = 20

if __name__ == "__main__":
    skip, earlier, old_runs = used("factuality_test17.jsonl")
    en = factuality_sampler.english_articles()
    out = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, EN_EVENT_RX2, "en", random.Random(SEED_EN), skip,
                    EN_PER_ARTICLE, skip_texts=earlier)
    first = earlier | {x["text"] for x in out}
    more = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, EN_EVENT_RX17, "en", random.Random(SEED_EN2), skip,
                     EN_PER_ARTICLE, skip_texts=first)
    out += [{**x, "draw": 2} for x in more]
    seen = first | {x["text"] for x in more}
    rest = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, EN_EVENT_RX3_17, "en", random.Random(SEED_EN3), skip,
                     EN_PER_ARTICLE3, skip_texts=seen)
    out += [{**x, "draw": 3} for x in rest]
    seen |= {x["text"] for x in rest}
    wider = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, wide.EN_EVENT_RX, "en", random.Random(SEED_EN4), skip,
                      EN_PER_ARTICLE3, skip_texts=seen)
    out += [{**x, "draw": 4} for x in wider]
    seen |= {x["text"] for x in wider}
    last = wide.draw(list(en), wide.EN_STRATA, EN_QUOTA, EN_EVENT_RX5_17, "en", random.Random(SEED_EN5), skip,
                     EN_PER_ARTICLE5, skip_texts=seen)
    out += [{**x, "draw": 5} for x in last]
    out = [x for x in out if not runs(x["text"]) & old_runs]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
