"""Derive khabar/entities/models/ar_common_words.txt (round 32): Arabic words that are no name.

A word is listed when ANERcorp's training file (../shared/data/ner/anercorp/train.txt) tags it O at
least twice and never as (part of) a name, and it is neither a gazetteer name nor a person-name token of
the shipped NER lexicon (khabar/entities/models/ner-ar.lexicon.json.gz). Normalised with khabar's
``normalize``; one word a line, sorted. The entity stage drops a one-word entity mention made of such
a word (khabar/entities/common_words.py).

usage: python eval/entities/common_words.py   (rewrites the data file)
"""

from __future__ import annotations

import gzip
import json
from collections import Counter

from khabar.text.normalize import normalize
from khabar.training.ner import REPO, SHARED

OUT = REPO / "khabar" / "entities" / "models" / "ar_common_words.txt"
ANER = SHARED / "ner" / "anercorp" / "train.txt"
LEX = REPO / "khabar" / "entities" / "models" / "ner-ar.lexicon.json.gz"


def common_words() -> list[str]:
    other: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for line in ANER.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        w = normalize(parts[0])
        (other if parts[1] == "O" else named)[w] += 1
    with gzip.open(LEX, "rt", encoding="utf-8") as fh:
        lex = json.load(fh)
    known = set(lex["names"]) | set(lex["person_tokens"])
    return sorted(w for w, n in other.items() if n >= 2 and not named[w] and w not in known and w.strip())


def main() -> None:
    words = common_words()
    OUT.write_text(
        "# round 32: ANERcorp-train words tagged O >= 2 times and never as a name, no gazetteer name;\n"
        "# derived by eval/entities/common_words.py (do not edit)\n" + "\n".join(words) + "\n",
        encoding="utf-8",
    )
    print(len(words), "words ->", OUT)


if __name__ == "__main__":
    main()
