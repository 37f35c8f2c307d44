"""Re-create the candidate paragraphs of a fresh dev batch of eval/quotes/dev.jsonl (before annotation).

Same sampling as ``sample_test2.py`` (seeded shuffle of the SaudiNewsNet articles, one paragraph of
100-550 characters with at least two speech cues or quotation marks per article) but skipping every
article already in dev.jsonl, test.jsonl, test2.jsonl, test3.jsonl or test4.jsonl. Ids are ``snn-<line>-<tag><k>``.
Usage: python eval/quotes/sample_batch.py SEED TAG [N]  (prints JSON lines without `quotes`).
Batch ``n`` of round 3: ``python eval/quotes/sample_batch.py 8086 n 50``.
Held-out ``test3.jsonl`` (round 4): ``python eval/quotes/sample_batch.py 20261207 u 130`` (run before
test3.jsonl existed). Held-out ``test5.jsonl`` (round 6): ``python eval/quotes/sample_batch.py 20261209 w 140``
(run before test5.jsonl existed). Held-out ``test6.jsonl`` (round 7): ``python eval/quotes/sample_batch.py
20261210 ac 140 <the four review-sample candidate files>`` (run before test6.jsonl existed). Optional 4th argument: comma-separated candidate files whose articles
are skipped too (round 6 dev batch ``y`` skipped batch ``x``'s candidates before ``x`` was in dev.jsonl).
"""

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
CUE = re.compile(
    r'(قال|قالت|أكد|اكد|أعلن|اعلن|أشار|اشار|أوضح|اوضح|أضاف|اضاف|نفى|حذر|اعتبر|بحسب|وفق|نقلا عن|ذكر|صرح|لفت|شدد|كشف|«|“|")'
)


SPLITS = ("dev", "test", "test2", "test3", "test4", "test5", "test6")


def main(
    seed: int, tag: str, n: int = 50, splits: tuple[str, ...] = SPLITS, extra: tuple[str, ...] = ()
) -> None:
    """Print ``n`` candidate paragraphs of articles in none of ``splits`` (the gold files skipped)
    nor of the ``extra`` JSONL files."""
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").readlines()
    used = set()
    for path in [HERE / f"{split}.jsonl" for split in splits] + [Path(e) for e in extra]:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d.get("dataset") == "saudinewsnet":
                used.add(d["article"])
    rng = random.Random(seed)
    order = list(range(len(lines)))
    rng.shuffle(order)
    out = 0
    for a in order:
        if a in used:
            continue
        d = json.loads(lines[a])
        paras = [p.strip() for p in re.split(r"\n+", d["content"]) if p.strip()]
        cands = [i for i, p in enumerate(paras) if 100 <= len(p) <= 550 and len(CUE.findall(p)) >= 2]
        if not cands:
            continue
        i = rng.choice(cands)
        item = {"id": f"snn-{a}-{tag}{out}", "lang": "ar", "dataset": "saudinewsnet", "article": a,
                "outlet": d["source"], "url": d["url"], "before": "\n\n".join(paras[max(0, i - 2) : i]),
                "text": paras[i]}  # fmt: skip
        print(json.dumps(item, ensure_ascii=False))
        out += 1
        if out >= n:
            break


if __name__ == "__main__":
    extra = tuple(sys.argv[4].split(",")) if len(sys.argv) > 4 else ()
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 50, extra=extra)
