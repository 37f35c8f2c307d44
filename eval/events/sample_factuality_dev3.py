"""Draw the candidate sentences of `factuality_dev3.jsonl` (seed 20261206).

Run from the repo root: `python eval/events/sample_factuality_dev3.py > /tmp/candidates3.jsonl`.
Articles whose URL appears in `factuality.jsonl`, `factuality_dev2.jsonl` or `plover_news*.jsonl` are
skipped; at most one sentence per Arabic article and three per English article (the English pool
is small).
Sentences (40-260 characters) must contain an event-like word with the stratum's cue at most 60
characters before it; they are drawn per cue stratum
(Arabic and English), shuffled with the seed. The annotator then read the candidates in order and
kept those with a political or legal event, annotating one trigger each by hand.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SEED = 20261206
REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"

AR_EVENT_STEMS = (
    "اعتقل اعتقال يعتقل تعتقل قتل يقتل تقتل هجوم هجمات هاجم يهاجم تهاجم قصف يقصف تقصف غارة غارات "
    "مظاهرة مظاهرات متظاهر تظاهر احتجاج احتجاجات احتج يحتج اتفاق توقيع يوقع توقع مفاوضات محادثات تفاوض "
    "زيارة زار يزور تزور التقى يلتقي تلتقي اجتماع عقوبات انسحاب انسحب ينسحب تنسحب رفض يرفض ترفض "
    "اتهم يتهم تتهم هدد يهدد تهدد تهديد مساعدات إدانة أدان يدين تدين ندد يندد اشتباك اقتحام اقتحم يقتحم "
    "طرد يطرد ترحيل حظر وساطة هدنة إضراب اعتصام مقاطعة استدعاء استدعى خطف اختطاف اغتيال تفجير احتجاز "
    "أفرج الإفراج حصار شن يشن تشن توقيف أوقف دعم يدعم تدعم تعاون سحب يسحب تسحب"
).split()
AR_EVENT_RX = r"(?:^|[\s«\"(])(?:و|ف)?(?:ب|ل|س)?(?:ال|لل)?(?:" + "|".join(AR_EVENT_STEMS) + r")"
AR_STRATA = {
    "negation": r"(^|\s)(لم|لن|لا|ليس|ليست|عدم|دون|بدون|نفى|نفت|ينفي|تنفي)\s",
    "alleged": r"(يشتبه|يُشتبه|مشتبه|المزعوم|مزعوم|اتهام|متهم|بتهمة|يُتهم|ادعاءات)",
    "possible": r"((^|\s)قد\s+[يت]|ربما|يحتمل|يُحتمل|من الممكن|يمكن|احتمال)",
    "conditional": r"((^|\s)(إذا|اذا|لو|ما لم)\s|في حال|في حالة|(^|\s)و?إن\s)",
    "planned": r"((^|\s)سوف\s|من المقرر|يعتزم|تعتزم|عزم|المقبل|المقبلة|(^|\s)[وف]?س[يت]\S{3,})",
    "attribution": r"(بحسب|وفقا ل|وفق |نقلا عن|ذكرت|أفادت|أفاد)",
    "historical": r"(كان قد|كانت قد|سبق أن|سبق وأن)",
    "none": r".",
}
AR_QUOTA = {"negation": 10, "alleged": 5, "possible": 6, "conditional": 5, "planned": 6,
            "attribution": 3, "historical": 2, "none": 3}

EN_EVENT_RX = (
    r"\b(arrest|attack|kill|shot|shoot|protest|rall(y|ied)|agree|sign|talks|meet|met|visit|sanction|"
    r"withdr|reject|refus|accus|charg|threat|aid|support|condemn|strike|raid|bomb|fir(e|ed|ing) (on|at)|"
    r"demonstrat|boycott|negotiat|detain|releas|deport|ban|seiz|invad|clash|assault|veto|sue|indict)"
)
EN_STRATA = {
    "negation": r"\b(not|never|no|denied|deny|denies|n't|neither|none)\b",
    "alleged": r"\b(allegedly|alleged|suspected|suspect|accused)\b",
    "possible": r"\b(may|might|could|possibly|likely)\b",
    "conditional": r"\b(if|unless|whether)\b",
    "planned": r"\b(will|plans? to|planned|scheduled|expected to)\b",
    "none": r".",
}
EN_QUOTA = {"negation": 24, "alleged": 12, "possible": 12, "conditional": 12, "planned": 12, "none": 10}


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?؟])\s+|\n+", text)
    return [" ".join(p.split()) for p in parts if 40 <= len(" ".join(p.split())) <= 260]


def used_urls() -> set[str]:
    out = set()
    for name in ("factuality.jsonl", "factuality_dev2.jsonl", "plover_news.jsonl", "plover_news2.jsonl"):
        for x in (REPO / "eval/events" / name).read_text().splitlines():
            if x.strip():
                r = json.loads(x)
                out.add((r.get("article_url") or r.get("url") or "").strip())
    return out


def english_articles() -> list[tuple[str, str, str]]:
    out = []
    for name in ("GWN.xml", "lgl.xml", "TR-News.xml"):
        root = ET.parse(DATA / "geoparsing" / name).getroot()
        for a in root.iter("article"):
            url = (a.findtext("link") or a.findtext("url") or "").strip()
            out.append((name, url, a.findtext("text") or ""))
    return out


def draw(articles, strata, quota, event_rx, lang, rng, skip, per_article=1):
    rng.shuffle(articles)
    got = {k: [] for k in strata}
    for source, url, text in articles:
        if url in skip:
            continue
        sents = sentences(text)
        rng.shuffle(sents)
        taken = 0
        for s in sents:
            low = s if lang == "ar" else s.lower()
            ev = [m.start() for m in re.finditer(event_rx, low)]
            if not ev:
                continue
            # a cue must stand before an event word, at most 60 characters away
            st = next(
                (k for k, rx in strata.items() if any(0 <= e - m.start() <= 60 for m in re.finditer(rx, low) for e in ev)),
                None,
            )
            if st and len(got[st]) < quota[st] * 3:
                got[st].append({"lang": lang, "source": source, "article_url": url, "stratum": st, "text": s})
                taken += 1
                if taken >= per_article:
                    break
    return [x for k in strata for x in got[k][: quota[k] * 3]]


def main() -> None:
    rng = random.Random(SEED)
    skip = used_urls()
    ar = []
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            ar.append(("saudinewsnet", a["url"].strip(), a["content"] or ""))
    out = draw(ar, AR_STRATA, AR_QUOTA, AR_EVENT_RX, "ar", rng, skip)
    out += draw(english_articles(), EN_STRATA, EN_QUOTA, EN_EVENT_RX, "en", rng, skip, per_article=3)
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
