"""List the ANERcorp sentences to annotate for factuality (`factuality_anercorp_A.jsonl` and `_B`), the
training set of the learned factuality classifier.

Run from the repo root: `.venv/bin/python eval/events/sample_factuality_anercorp.py > /tmp/aner_fact.jsonl`.
ANERcorp is CC BY-SA 4.0, so unlike the SaudiNewsNet sets (CC BY-NC-SA, evaluation only) what is learned
from these annotations may ship. Candidates: every sentence of both parts (train, test) of 40-400
characters with an event word of test9's pattern (`AR_EVENT_RX9`). Sentences with a cue of any stratum of
`factuality_sampler_wide.AR_STRATA` (negation, alleged, possible, conditional, planned, attribution, ...)
come first, in corpus order, then the rest: a classifier learns little from a pile of plain asserted
sentences. `half` alternates A / B so that two annotators working at once get the same mix.
Text: `khabar.training.anercorp_text.detokenize` of the corpus tokens.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import factuality_sampler_wide as wide  # noqa: E402
from sample_factuality_test9 import AR_EVENT_RX9  # noqa: E402

from khabar.training.anercorp_text import PARTS, read_sentences  # noqa: E402

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def candidates() -> list[dict]:
    event = re.compile(AR_EVENT_RX9)
    strata = {k: re.compile(v) for k, v in wide.AR_STRATA.items()}
    cued: list[dict] = []
    plain: list[dict] = []
    for part in PARTS:
        for s in read_sentences(SHARED, part):
            if not 40 <= len(s.text) <= 400 or not event.search(s.text):
                continue
            cues = [k for k, rx in strata.items() if k != "none" and rx.search(s.text)]
            item = {"id": s.id, "part": part, "index": s.index, "cues": cues, "text": s.text}
            (cued if cues else plain).append(item)
    out = cued + plain
    for k, x in enumerate(out):
        x["half"] = "AB"[k % 2]
    return out


if __name__ == "__main__":
    for x in candidates():
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
