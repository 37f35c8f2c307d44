"""Round 53 audit draw: events the current code outputs positive/asserted on fresh SaudiNewsNet news (articles in no
eval/**/*.jsonl file) whose sentence has, before the trigger, a word of an act not yet carried out
(sample_factuality_dev10.NOT_YET) or an obligation / need / wish / aim word (OBLIG below).
Articles: firing_audit.draw(n=ARTS, seed=SEED, pattern=NOT_YET|OBLIG); events: at most 2 per article, shuffled with
SEED, the first N. Run from the repository root: `python eval/events/audits/fact53_draw.py OUT.jsonl` (the round's draw, whose 162 read
events, labelled, are `fact53_audit.tsv`)."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "eval/events")
from firing_audit import article_rows, draw  # noqa: E402
from sample_factuality_dev10 import NOT_YET  # noqa: E402
from sample_factuality_test19 import CONFLICT_RX  # noqa: E402
from sample_factuality_test26 import CONFLICT2_RX  # noqa: E402

OBLIG = (
    r"(يجب|ينبغي|لا بد|لابد|ضرورة|يتعين|يتعيّن|(^|\s)على [^\s،,.؛:]+( [^\s،,.؛:]+)? أن|يأمل|نأمل|تأمل|يطمح|تطمح|يهدف|تهدف|الهدف"
    r"|يسعى|تسعى|نسعى|يحتاج|تحتاج|بحاجة|مطلوب|شدد على|شددت على|أكد على ضرورة|أكدت على ضرورة|طالب ب|طالبت ب)"
)
SEED, ARTS, N = 53, 5000, 260
REACH = 80  # characters between the cue word and the trigger
L = "\u0621-\u064a\u0671-\u06d3"


def word_bounded(rx: str) -> str:
    """The alternatives of `rx` as whole words (an optional و / ف proclitic; a cue ending in a letter-proclitic
    such as «طالب ب» may run into the next word)."""
    body = rx.strip("()")
    alts = [a for a in re.split(r"\|(?![^(]*\))", body) if a]
    out = []
    for a in alts:
        end = "" if re.search(r" ب$", a) else f"(?![{L}])"
        out.append(f"(?<![{L}])[وف]?(?:{a}){end}")
    return "(" + "|".join(out) + ")"


def main() -> None:
    cue = re.compile(word_bounded(NOT_YET) + "|" + word_bounded(OBLIG))
    arts = [a for a in draw(ARTS, SEED, NOT_YET + "|" + OBLIG) if re.search(CONFLICT_RX, a["text"]) or re.search(CONFLICT2_RX, a["text"])]
    cands = []
    # an article the pipeline cannot read is reported by article_rows and skipped
    for a, (url, events) in zip(arts, article_rows(arts), strict=True):
        if events is None:
            continue
        text, rows = a["text"], []
        for r in events:
            if (r["polarity"], r["modality"]) != ("positive", "asserted") or not r["sentence"]:
                continue
            s0 = text.find(r["sentence"])
            before = text[max(s0, r["start"] - REACH) : r["start"]] if 0 <= s0 <= r["start"] else ""
            hits = list(cue.finditer(before))
            m = hits[-1] if hits else None  # the cue nearest the trigger
            if m is None:
                continue
            rows.append({"url": url, **r, "cue": m.group(0).strip(),
                         "marked": r["sentence"].replace(r["trigger"], "[[" + r["trigger"] + "]]", 1)})
        random.Random(f"{SEED}{url}").shuffle(rows)
        cands.extend(rows[:2])
    random.Random(SEED).shuffle(cands)
    out = Path(sys.argv[1])
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in cands[:N]), encoding="utf-8")
    print(len(arts), len(cands), file=sys.stderr)


if __name__ == "__main__":
    main()
