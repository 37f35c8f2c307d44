"""(round 62) The output audit of round 62: ``output_audit.py draw --label positive/asserted`` over fresh articles, kept
only when a speech or report verb stands in the event's sentence (anywhere, also after the trigger) or in the
sentence before it (whose tail is written into the ``before`` column). ``output_audit.py draw --before`` looks only
before the trigger in the sentence, which misses «...، قال المتحدث» and «وأضاف أن» after a source's sentence.

    PYTHONPATH=. python eval/events/audits/attr62_draw.py --articles 160 --seed 6262 --take 70 [--pattern REGEX] --out F.tsv
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from output_audit import draw_articles, run_articles, write_tsv  # noqa: E402

SPEECH = re.compile(
    r"(^|\s)[وف]?(قال|قالت|قالوا|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|أفاد|أفادت|نقل|نقلت|صرح|صرحت"
    r"|تصريح|تصريحات|بيان|مؤتمر صحفي|أعلن|أعلنت|مضيفا|مشيرا|مؤكدا|موضحا|قائلا)(\s|$|،|:)"
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=160)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-article", type=int, default=2)
    ap.add_argument("--take", type=int, default=70)
    ap.add_argument("--pattern", help="only articles that also match this regular expression (e.g. conflict words)")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    arts = draw_articles(a.articles if not a.pattern else 10 * a.articles, a.seed, SPEECH.pattern)
    if a.pattern:
        arts = [x for x in arts if re.search(a.pattern, x["text"])][: a.articles]
    text = {x["url"]: x["text"] for x in arts}
    kept = []
    for url, rows in run_articles(arts):
        n = 0
        for r in rows:
            if f"{r['polarity']}/{r['modality']}" != "positive/asserted" or r.get("sentence_start") is None:
                continue
            prev = text[url][max(0, r["sentence_start"] - 200) : r["sentence_start"]]
            prev = re.split(r"[.!؟?\n]\s", prev.rstrip())[-1]
            if not (SPEECH.search(r["sentence"]) or SPEECH.search(prev)):
                continue
            kept.append({"url": url, **r, "before": prev, "judgement": "", "note": ""})
            n += 1
            if n >= a.per_article:
                break
    random.Random(a.seed).shuffle(kept)
    write_tsv(kept[: a.take], a.out)
    print(len(arts), len(kept), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
