"""Re-create the candidate paragraphs of eval/quotes/test2.jsonl (before annotation).

Seed 20261205: articles of ../shared/data/news/saudinewsnet.jsonl.gz in seeded random order, skipping
every article already in dev.jsonl or test.jsonl; in each, one paragraph (split on newlines) of
100-550 characters with at least two speech cues or quotation marks, chosen with the same RNG;
`before` = up to two preceding paragraphs. The first 125 such paragraphs were annotated by reading.
Usage: python eval/quotes/sample_test2.py [N]  (prints JSON lines without `quotes`).
"""

import sys

from sample_batch import main as sample

SEED = 20261205


def main(n: int = 125) -> None:
    # test2 was drawn when only dev.jsonl and test.jsonl existed: skip those two only
    sample(SEED, "t", n, splits=("dev", "test"))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 125)
