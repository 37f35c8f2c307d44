"""(round 66) Where `hosted_place` names a place on fresh news: every event of SaudiNewsNet sentences (articles in
no gold file) with a host verb (شهد، تعرض، استضاف، احتضن ...), whether or not `place_cand` found another place
first, with the base's place (flag "hosts" off) and the branch's. Run from the repository root:

    PYTHONPATH=. python eval/events/audits/setting66_host_sample.py SEED N OUT.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from datetime import date
from typing import Any

sys.path.insert(0, "eval/events")
from sample_factuality_test19 import gold_urls  # noqa: E402

import khabar.events.extract as E  # noqa: E402
import khabar.events.setting as S  # noqa: E402
from khabar.eval.events import DEFAULT_STAGES, make_runner  # noqa: E402

HOST = re.compile(
    r"(^|\s)[وف]?(شهد|شهدت|يشهد|تشهد|سيشهد|ستشهد|تعرض|تعرضت|يتعرض|تتعرض|استضاف|استضافت|يستضيف|تستضيف|احتضن|احتضنت|يحتضن|تحتضن)\s"
)


def sentences(seed: int) -> list[tuple[str, str, str]]:
    gold, seen, out = gold_urls(""), set(), []
    with gzip.open("../shared/data/news/saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            url, text = (a.get("url") or "").strip(), a.get("content") or ""
            if not text or url in gold:
                continue
            for s in re.split(r"(?<=[.!؟?])\s+|\n+", text):
                s = s.strip()
                if 20 < len(s) < 400 and HOST.search(s) and s not in seen:
                    seen.add(s)
                    out.append((url, (a.get("date_extracted") or "")[:10], s))
    random.Random(seed).shuffle(out)
    return out


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    log: list[dict[str, Any]] = []
    orig = S.place_cand

    def logged(toks, cands, lang, actor, target, add, t, others=()):  # type: ignore[no-untyped-def]
        new = orig(toks, cands, lang, actor, target, add, t, others)
        if lang == "ar":
            S.DISABLED.add("hosts")
            base = orig(toks, cands, lang, actor, target, add, t, others)
            S.DISABLED.discard("hosts")
            host = S.hosted_place(toks, t, cands, others, add)
            if host is not None:
                trig = " ".join(x.text for x in toks[t.a : t.b + 1])
                b, r = base and base.name, new and new.name
                log.append({"trigger": trig, "host": host.name, "base": b, "new": r, "change": b != r})
        return new

    E.place_cand = logged
    run = make_runner(DEFAULT_STAGES)
    with open(out, "w", encoding="utf-8") as w:
        for url, d, s in sentences(seed)[:n]:
            log.clear()
            run(s, "ar", date.fromisoformat(d) if d else None)
            for row in log:
                w.write(json.dumps({"url": url, **row, "sentence": s}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
