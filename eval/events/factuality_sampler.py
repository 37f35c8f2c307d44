"""The candidate sampler shared by `sample_factuality_dev2.py` and `sample_factuality_dev3.py`.

Sentences (40-260 characters) must contain an event-like word with the stratum's cue at most 60
characters before it; they are drawn per cue stratum (Arabic from SaudiNewsNet, English from the
geoparsing corpora), shuffled with the batch's seed. Each batch script gives its seed, quotas, the
gold files whose articles are skipped and how many sentences an English article may give.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?؟])\s+|\n+", text)
    return [" ".join(p.split()) for p in parts if 40 <= len(" ".join(p.split())) <= 260]


def used_urls(names: tuple[str, ...]) -> set[str]:
    """The article URLs of the gold files `names` in eval/events (`article_url`, else `url`)."""
    out = set()
    for name in names:
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


def draw(
    articles, strata, quota, event_rx, lang, rng, skip, per_article=1, skip_texts=frozenset(), window=60, anywhere=frozenset()
):
    """Candidates per stratum (three times its quota). A cue must stand before an event word, at most
    `window` characters away, except in the strata of `anywhere` (an attribution may end the sentence);
    `skip_texts` are sentences an earlier draw took."""
    rng.shuffle(articles)
    got = {k: [] for k in strata}
    for source, url, text in articles:
        if url in skip:
            continue
        sents = [s for s in sentences(text) if s not in skip_texts]
        rng.shuffle(sents)
        taken = 0
        for s in sents:
            low = s if lang == "ar" else s.lower()
            ev = [m.start() for m in re.finditer(event_rx, low)]
            if not ev:
                continue
            st = next(
                (
                    k
                    for k, rx in strata.items()
                    if any((k in anywhere) or 0 <= e - m.start() <= window for m in re.finditer(rx, low) for e in ev)
                ),
                None,
            )
            if st and len(got[st]) < quota[st] * 3:
                got[st].append({"lang": lang, "source": source, "article_url": url, "stratum": st, "text": s})
                taken += 1
                if taken >= per_article:
                    break
    return [x for k in strata for x in got[k][: quota[k] * 3]]


def main(seed: int, ar_quota: dict, en_quota: dict, used: tuple[str, ...], en_per_article: int = 1) -> None:
    """Write the candidates of one batch as JSONL to stdout (deterministic for a given seed)."""
    rng = random.Random(seed)
    skip = used_urls(used)
    ar = []
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            ar.append(("saudinewsnet", a["url"].strip(), a["content"] or ""))
    out = draw(ar, AR_STRATA, ar_quota, AR_EVENT_RX, "ar", rng, skip)
    out += draw(english_articles(), EN_STRATA, en_quota, EN_EVENT_RX, "en", rng, skip, per_article=en_per_article)
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
