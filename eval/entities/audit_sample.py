"""Entity-precision audit sample (round 31): 40 SaudiNewsNet articles, deterministic.

The articles are those named by ``article_url`` in the TUNING factuality gold files only
(eval/events/factuality_test2..test18 and test21; never test19, test20, test23, test24).
The distinct SaudiNewsNet URLs are ordered by sha1(url) and the first 40 found in
/work/shared/data/news/saudinewsnet.jsonl.gz are kept; a second hash (sha1("half:" + url), first
byte even/odd) splits them 20 / 20 into a TUNE half and an AUDIT half (the split is filled by hash
order if one side has more than 20).

usage: python eval/entities/audit_sample.py OUTDIR [--offset K]   (writes OUTDIR/tune.jsonl and
OUTDIR/audit.jsonl, one SaudiNewsNet record a line: feed them to ``khabar extract --field text=content ...``)

``--offset K`` skips the first K articles of the hash order before taking 40 (round 31 used offset 0;
round 32 used ``--offset 40``: 40 new articles, its TUNE2 / AUDIT2 halves).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TUNING = [f"test{i}" for i in range(2, 19)] + ["test21"]
NEWS = REPO.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
N = 40


def _h(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def tuning_urls() -> list[str]:
    urls: set[str] = set()
    for split in TUNING:
        path = REPO / "eval" / "events" / f"factuality_{split}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if (
                rec.get("source") == "saudinewsnet"
                and rec.get("lang", "ar") == "ar"
                and rec.get("article_url")
            ):
                urls.add(rec["article_url"])
    return sorted(urls, key=_h)


def main(out: Path, offset: int = 0) -> None:
    news = NEWS if NEWS.exists() else Path("/work/shared/data/news/saudinewsnet.jsonl.gz")
    by_url: dict[str, dict] = {}
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            by_url.setdefault(rec["url"], rec)
    chosen = [by_url[u] for u in tuning_urls() if u in by_url][offset : offset + N]
    tune = [r for r in chosen if int(_h("half:" + r["url"])[:2], 16) % 2 == 0]
    audit = [r for r in chosen if int(_h("half:" + r["url"])[:2], 16) % 2 == 1]
    while len(tune) > N // 2:
        audit.append(tune.pop())
    while len(audit) > N // 2:
        tune.append(audit.pop())
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("tune", tune), ("audit", audit)):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    args = sys.argv[1:]
    off = 0
    if "--offset" in args:
        i = args.index("--offset")
        off = int(args[i + 1])
        del args[i : i + 2]
    main(Path(args[0]), off)
