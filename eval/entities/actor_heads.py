"""Derive khabar/events/data/ar_actor_heads.txt (round 32): words that head a real Arabic actor.

Sources, all tuning material: the first word of every gold actor and target of the ``dev`` items of
eval/events/plover_ar.jsonl and eval/events/plover_ar2.jsonl (test items are skipped unread), and the
tokens ANERcorp's training file tags B-PERS / I-PERS (family names written with the article: الدباشي،
الحداد). Normalised with khabar's ``normalize``; one word a line, sorted.

usage: python eval/entities/actor_heads.py   (rewrites the data file)
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from khabar.text.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "khabar" / "events" / "data" / "ar_actor_heads.txt"
ANER = Path("/work/shared/data/ner/anercorp/train.txt")
NEWS = Path("/work/shared/data/news/saudinewsnet.jsonl.gz")
_SAY = (
    "قال قالت قالا قالوا أكد أكدت أكدا أكدوا أعلن أعلنت أعلنا أعلنوا أوضح أوضحت أشار أشارت ذكر ذكرت أضاف أضافت "
    "صرح صرحت اتفق اتفقت طالب طالبت أفاد أفادت دعا دعت أعرب أعربت نفى نفت"
).split()


def speech_subjects() -> set[str]:
    """Words with the article right after a verb of saying in the news corpus (see the module doc)."""
    verbs = {normalize(p + v) for v in _SAY for p in ("", "و", "ف")}
    out: set[str] = set()
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            words = re.findall(r"[\u0621-\u064a]+", json.loads(line).get("content", ""))
            for a, b in zip(words, words[1:], strict=False):
                if normalize(a) in verbs and normalize(b).startswith("ال"):
                    out.add(normalize(b))
    return out


def heads() -> set[str]:
    out: set[str] = set()
    for name in ("plover_ar.jsonl", "plover_ar2.jsonl"):
        for line in (REPO / "eval" / "events" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("split") != "dev":
                continue
            for a in (rec.get("actor") or []) + (rec.get("target") or []):
                if a.split():
                    out.add(normalize(a.split()[0]))
    for line in ANER.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].endswith("PERS"):
            out.add(normalize(parts[0]))
    out |= speech_subjects()
    return {w for w in out if w and not w.isdigit()}


def main() -> None:
    words = sorted(heads())
    OUT.write_text(
        "# round 32: heads of real Arabic actors, derived by eval/entities/actor_heads.py (do not edit)\n"
        + "\n".join(words)
        + "\n",
        encoding="utf-8",
    )
    print(len(words), "words ->", OUT)


if __name__ == "__main__":
    main()
