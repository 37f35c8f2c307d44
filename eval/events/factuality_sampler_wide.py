"""The candidate sampler of `factuality_test2.jsonl` and `factuality_dev4.jsonl` (wider cues).

Same drawing as `factuality_sampler.py` (sentences of 40-260 characters with an event-like word and
the stratum's cue at most 60 characters before it, shuffled with the batch's seed, strata tried in
order), with three changes, because the English pool left after the earlier gold sets holds few
sentences with the narrow cues:
- wider English and Arabic event words (court, crime and politics words: convicted, sentenced,
  jailed, fired at, stabbed, resign, vote, demand, urge, warn, criticise, investigate ...);
- wider cues, including the scope traps the gold set needs ("failed to", "refused to", "declined
  to", "plans to", "is expected to", "called for", "threatened to", "was not immediately clear",
  "would", "reportedly"; فشل، تعذر، امتنع، يتوقع، من المتوقع، دعا إلى، هدد بـ، طالب);
- a `reported` stratum whose attribution ("according to", "police said", «بحسب») may stand
  anywhere in the sentence (it is often sentence-final).
An extra English source can be given (the article bodies of
`../shared/data/html/article-extraction-benchmark/ground-truth.json`, English pages only).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys

from factuality_sampler import AR_EVENT_STEMS, DATA, english_articles, used_urls
from factuality_sampler import draw as base_draw

AR_MORE = (
    "أدين إدانة حكم يحاكم محاكمة سجن استهداف استهدف أطلق اشتباكات معارك حرب عملية عمليات تحالف "
    "انتخابات استقال استقالة طالب يطالب دعا يدعو حث هدنة وقف إطلاق ضربات مسلحين تفتيش مداهمة"
).split()
AR_EVENT_RX = r"(?:^|[\s«\"(])(?:و|ف)?(?:ب|ل|س)?(?:ال|لل)?(?:" + "|".join(AR_EVENT_STEMS + AR_MORE) + r")"
AR_STRATA = {
    "negation": r"(^|\s)(لم|لن|لا|ليس|ليست|عدم|دون|بدون|نفى|نفت|ينفي|تنفي|فشل|فشلت|تعذر|امتنع|امتنعت|رفض|رفضت)\s",
    "alleged": r"(يشتبه|يُشتبه|مشتبه|المزعوم|مزعوم|اتهام|متهم|بتهمة|يُتهم|ادعاءات|يعتقد أن|يرجح)",
    "possible": r"((^|\s)قد\s+[يت]|ربما|يحتمل|يُحتمل|من الممكن|يمكن|احتمال|لا يستبعد)",
    "conditional": r"((^|\s)(إذا|اذا|لو|ما لم)\s|في حال|في حالة|(^|\s)و?إن\s)",
    "planned": (
        r"((^|\s)سوف\s|من المقرر|يعتزم|تعتزم|عزم|المقبل|المقبلة|يتوقع|من المتوقع|دعا إلى|دعت إلى|"
        r"(^|\s)هدد|طالب|(^|\s)[وف]?س[يت]\S{3,})"
    ),
    "attribution": r"(بحسب|وفقا ل|وفق |نقلا عن|ذكرت|أفادت|أفاد|حسب)",
    "historical": r"(كان قد|كانت قد|سبق أن|سبق وأن)",
    "none": r".",
}

EN_EVENT_RX = (
    r"\b(arrest|attack|kill|shot|shoot|protest|rall(y|ied)|agree|sign|talks|meet|met|visit|sanction|"
    r"withdr|reject|refus|accus|charg|threat|aid|support|condemn|strike|raid|bomb|fir(e|ed|ing) (on|at)|"
    r"demonstrat|boycott|negotiat|detain|releas|deport|ban|seiz|invad|clash|assault|veto|sue|indict|"
    r"convict|sentenc|jail|prison|murder|stab|rob|beat|punch|lawsuit|resign|vot(e|ed|ing)|demand|urg(e|ed)|"
    r"call(ed|s)? (for|on)|warn|critici|blam|investigat|probe|deal|treaty|ceasefire|truce|troops|invasion|"
    r"impeach|subpoena|testif|expel|evict|fight|war\b|missile)"
)
EN_STRATA = {
    "negation": (
        r"\b(not|never|no|denied|deny|denies|n't|neither|none|nor|without|failed to|fails to|refused to|"
        r"refuses to|declined to|unable|no one|nobody|yet to|ruled out)\b"
    ),
    "alleged": r"\b(allegedly|alleged|suspected|suspect|accused|accusing|believed to|charged with|reportedly|claims?)\b",
    "possible": r"\b(may|might|could|would|possibly|likely|perhaps|unclear|whether|probably)\b",
    "conditional": r"\b(if|unless|in case|should)\b",
    "planned": (
        r"\b(will|plans?|planned|planning|scheduled|expected to|intends?|set to|called for|calls for|"
        r"urged|threatened to|threatens to|vowed|promised|is to|are to|next week|'ll)\b"
    ),
    "reported": r"\b(according to|reported|reports|said|says|told)\b",
    "none": r".",
}
ANYWHERE = {"reported", "attribution"}
# the second Arabic draw of test2: a negation or condition right before the event word (at most 20
# characters), because the first draw gave few events under a negation
AR_NEAR = {
    "negation": r"(^|\s)[وف]?(لم|لن|عدم|دون|نفى|نفت|ينفي|تنفي|فشل|فشلت|تعذر|امتنع|امتنعت)\s",
    "conditional": r"((^|\s)[وف]?(إذا|اذا|لو|ما لم)\s|في حال|(^|\s)[وف]?إن\s)",
}


def html_articles() -> list[tuple[str, str, str]]:
    """English article bodies of the article-extraction benchmark (pages in other languages dropped)."""
    gt = json.loads((DATA / "html" / "article-extraction-benchmark" / "ground-truth.json").read_text())
    out = []
    for v in gt.values():
        body = v.get("articleBody") or ""
        words = re.findall(r"[a-z]+", body.lower())
        if len(words) < 80 or sum(w in {"the", "and", "of", "to", "said"} for w in words) / len(words) < 0.06:
            continue
        out.append(("article-extraction-benchmark", (v.get("url") or "").strip(), body))
    return out


def draw(articles, strata, quota, event_rx, lang, rng, skip, per_article=1, skip_texts=frozenset(), window=60):
    """`factuality_sampler.draw` with the attribution strata matched anywhere in the sentence."""
    return base_draw(articles, strata, quota, event_rx, lang, rng, skip, per_article, skip_texts, window, ANYWHERE)


def main(seed, ar_quota, en_quota, used, en_per_article=2, english_sources=("geoparsing",), extra_en=None, extra_ar=None) -> None:
    """Write the candidates of one batch as JSONL to stdout (deterministic for a given seed).

    `extra_en` = (seed, quota, per_article): a second English draw from the same sources, with its own
    seed, that skips the sentences of the first draw (marked `"draw": 2`); `extra_ar` = (seed, quota):
    a second Arabic draw with the `AR_NEAR` cues (20 characters before the event word), skipping the
    articles of the first draw (marked `"draw": 2`).
    """
    rng = random.Random(seed)
    skip = used_urls(used)
    out = []
    if ar_quota:
        ar = []
        with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                ar.append(("saudinewsnet", a["url"].strip(), a["content"] or ""))
        out += draw(ar, AR_STRATA, ar_quota, AR_EVENT_RX, "ar", rng, skip)
    ar_first = [x for x in out]
    en = []
    if "geoparsing" in english_sources:
        en += english_articles()
    if "html" in english_sources:
        en += html_articles()
    out += draw(en, EN_STRATA, en_quota, EN_EVENT_RX, "en", rng, skip, per_article=en_per_article)
    if extra_en:
        seed2, quota2, per2 = extra_en
        strata2 = {k: v for k, v in EN_STRATA.items() if k in quota2}
        first = frozenset(x["text"] for x in out)
        more = draw(en, strata2, quota2, EN_EVENT_RX, "en", random.Random(seed2), skip, per2, skip_texts=first)
        out += [{**x, "draw": 2} for x in more]
    if extra_ar and ar_quota:
        seed3, quota3 = extra_ar
        skip3 = skip | {x["article_url"] for x in ar_first}
        more = draw(ar, AR_NEAR, quota3, AR_EVENT_RX, "ar", random.Random(seed3), skip3, window=20)
        out += [{**x, "draw": 2} for x in more]
    for x in out:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
