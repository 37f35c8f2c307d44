"""Draw the candidate sentences of ``plover_ar.jsonl`` (seed 20261206; run once, before annotation).

Run from the repo root: ``python eval/events/sample_plover_ar.py > /tmp/candidates.tsv``.
Sentences of 40-260 characters from SaudiNewsNet (``../shared/data/news/saudinewsnet.jsonl.gz``),
at most one per article, none from an article of ``factuality.jsonl`` / ``factuality_dev2.jsonl``.
About 2/3 of the candidates must contain one of the event-concept stems below, written by hand per
PLOVER type from the codebook (``CAMEO2PLOVER-2021.txt``) and independent of khabar's trigger lexicon;
1/3 are drawn with no filter so that sentences with no PLOVER event are represented. Candidates were
read in drawn order and annotated by hand: a cued candidate was kept when it reports a political,
security or legal event (so that about 2/3 of the set has an event), every free candidate was kept
(event or not) except headline fragments, lists and sentences cut mid-clause. The cued quota was
raised 380 -> 480 -> 560 while reading (the free pool and the first candidates are unchanged by it)
because too few cued candidates held an event; the gold file keeps the order of the last draw.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261206
REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
N_CUED, N_FREE = 560, 90

# event-concept stems per PLOVER type (Arabic news style), matched after optional و/ف/ب/ل/س and ال
STEMS = {
    "AGREE": "اتفق اتفاق اتفاقية وافق موافقة تعهد صفقة توصل هدنة",
    "CONSULT": "التقى لقاء اجتماع اجتمع استقبل زار زيارة محادثات مباحثات مفاوضات تفاوض بحث ناقش هاتف اتصالا",
    "SUPPORT": "أيد تأييد رحب ترحيب ساند اعترف",
    "CONCEDE": "تنازل استجاب اعتذر استقال استقالة",
    "COOPERATE": "تعاون عسكري تعاون أمني تنسيق أمني",
    "AID": "مساعدات إغاثة معونة لجوء",
    "RETREAT": "انسحب انسحاب أفرج الإفراج سراح استسلم هدنة",
    "REQUEST": "طالب مطالبة دعا حث ناشد",
    "ACCUSE": "اتهم اتهام أدان إدانة ندد انتقد استنكر شجب محاكمة",
    "REJECT": "رفض نفى عارض فيتو",
    "THREATEN": "هدد تهديد توعد إنذار",
    "PROTEST": "تظاهر مظاهرة مظاهرات احتج احتجاج اعتصام إضراب متظاهر محتج",
    "SANCTION": "عقوبات قطع العلاقات طرد السفير استدعى",
    "MOBILIZE": "حشد تعزيزات استنفار مناورات",
    "COERCE": "اعتقل اعتقال قبض احتجز احتجاز توقيف اقتحم داهم صادر أعدم إعدام سجن ترحيل",
    "ASSAULT": "هجوم هاجم قتل قتلى اغتيل اغتيال قصف غارة تفجير فجر اشتباك اشتبك اختطف خطف استهدف",
}
CUE = re.compile(
    r"(?:^|[\s«\"(])(?:و|ف)?(?:ب|ل|س)?(?:ال|لل)?(?:"
    + "|".join(sorted({w for v in STEMS.values() for w in v.split()}, key=len, reverse=True))
    + r")"
)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?؟])\s+|\n+", text)
    return [s for s in (" ".join(p.split()) for p in parts) if 40 <= len(s) <= 260]


def used_urls() -> set[str]:
    out = set()
    for name in ("factuality.jsonl", "factuality_dev2.jsonl"):
        for line in (REPO / "eval" / "events" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line).get("article_url", "").strip())
    return out


def draw(seed: int = SEED) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    used = used_urls()
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    rng.shuffle(arts)
    cued: list[tuple[str, str, str]] = []
    free: list[tuple[str, str, str]] = []
    for a in arts:
        url = a.get("url", "").strip()
        if url in used:
            continue
        sents = sentences(a.get("content", ""))
        if not sents:
            continue
        if len(free) < N_FREE and rng.random() < 0.5:
            free.append((a.get("source", ""), url, rng.choice(sents)))
            continue
        hits = [s for s in sents if CUE.search(s)]
        if hits and len(cued) < N_CUED:
            cued.append((a.get("source", ""), url, rng.choice(hits)))
        if len(cued) >= N_CUED and len(free) >= N_FREE:
            break
    both = [("cued", *x) for x in cued] + [("free", *x) for x in free]
    rng.shuffle(both)
    return both


if __name__ == "__main__":
    for i, (pool, src, url, s) in enumerate(draw()):
        sys.stdout.write(f"{i}\t{pool}\t{src}\t{url}\t{s}\n")
