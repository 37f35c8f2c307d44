"""List the ANERcorp sentences to annotate for quotations (`anercorp.jsonl`, the training set of the
learned speaker ranker).

Run from the repo root: `.venv/bin/python eval/quotes/sample_anercorp.py > /tmp/aner_quote_candidates.jsonl`.
ANERcorp is CC BY-SA 4.0, so unlike the SaudiNewsNet sets (CC BY-NC-SA, evaluation only) what is learned
from these annotations may ship. Every sentence of both parts (train, test) that has a quotation mark, a
speech or reporting verb, or an attribution cue from `khabar.text.lexicon` is a candidate, in corpus order
(no sampling: the set is the whole pool). Each line: id, part, index, `before` (the two sentences before it,
context only: ANERcorp has no article boundaries) and `text` (`khabar.training.anercorp_text.detokenize`).
`half` splits the pool in two by position for two annotators working at once.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from khabar.text import normalize
from khabar.text.lexicon import AR_ATTRIBUTION, AR_REPORT_VERBS, AR_SPEECH_VERBS
from khabar.training.anercorp_text import PARTS, context_before, read_sentences

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
# Verbs of the shared lists that mostly mean something else in a sentence on its own ("saw", "went on",
# "expected") are left out of the pool: they would double it with sentences that quote no one.
_WEAK = {normalize(w) for w in ("تابع", "تابعت", "رأى", "رأت", "ترى", "توقع", "توقعت", "نشر", "نشرت")}
_CUES = {normalize(w) for w in (*AR_SPEECH_VERBS, *AR_REPORT_VERBS, *AR_ATTRIBUTION)} - _WEAK
# A quoted stretch of four words or more (a quoted title or name is shorter, mostly).
_QUOTED = re.compile(r"[«\"“][^«»\"“”]*?(?:\w+\W+){3,}\w+[^«»\"“”]*?[»\"”]")


def _has_cue(text: str) -> bool:
    words = [normalize(w) for w in re.findall(r"\w+", text)]
    # a word itself, or after the conjunction و / ف
    return bool(_QUOTED.search(text)) or any(w in _CUES or (w[:1] in "وف" and w[1:] in _CUES) for w in words)


def candidates() -> list[dict]:
    out = []
    for part in PARTS:
        sents = read_sentences(SHARED, part)
        for s in sents:
            if _has_cue(s.text):
                out.append(
                    {
                        "id": s.id,
                        "part": part,
                        "index": s.index,
                        "before": context_before(sents, s.index),
                        "text": s.text,
                    }
                )
    for k, x in enumerate(out):
        x["half"] = "A" if k < len(out) // 2 else "B"
    return out


if __name__ == "__main__":
    for x in candidates():
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
