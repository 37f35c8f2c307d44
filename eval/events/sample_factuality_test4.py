"""Draw the candidate sentences of `factuality_test4.jsonl` (seed 20261411), a fourth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test4.py > /tmp/candidates_t4.jsonl`.
Arabic from SaudiNewsNet (one sentence per article) and English from the article bodies of the
article-extraction benchmark and the TR-News / GWN / LGL texts (up to eight sentences per article,
because the English pool left after the earlier sets is small). Articles whose URL appears in any
earlier factuality set (dev .. dev5, test .. test3), any PLOVER news gold file or any quotation gold
file (`eval/quotes/*.jsonl`, SaudiNewsNet URLs and the LGL docids) are skipped. The drawing rules
are in `factuality_sampler_wide.py`. The annotator read the candidates of each stratum in drawn order
and kept those with a political, military, legal or criminal event, annotating one trigger each by
hand, before any system run (the annotator of this set never ran the system).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import random
import sys
import xml.etree.ElementTree as ET

import factuality_sampler
from factuality_sampler import DATA, REPO

SEED = 20261411
AR_QUOTA = {"negation": 22, "alleged": 10, "possible": 10, "conditional": 10, "planned": 18,
            "attribution": 16, "historical": 8, "none": 20}
EN_QUOTA = {"negation": 30, "alleged": 20, "possible": 20, "conditional": 10, "planned": 20,
            "reported": 30, "none": 20}
EN_PER_ARTICLE = 8
USED = ("factuality.jsonl", "factuality_dev2.jsonl", "factuality_dev3.jsonl", "factuality_dev4.jsonl",
        "factuality_dev5.jsonl", "factuality_test2.jsonl", "factuality_test3.jsonl", "plover_news.jsonl",
        "plover_news2.jsonl", "plover_ar.jsonl")
# a second Arabic draw (seed 20261421, other articles): a negation or condition at most 20 characters
# before the event word, because negated events are rare in a plain draw
EXTRA_AR = (20261421, {"negation": 18, "conditional": 8})
# The first draws gave few Arabic events under a negation, possibility, condition or allegation, so
# a third Arabic draw (seed 20261431, other articles) takes sentences with such a cue at most 20
# characters before the event word (`"draw": 3`).
EXTRA_AR3 = (20261431, {"negation": 24, "possible": 12, "conditional": 12, "alleged": 12})
AR_NEAR3 = {
    "negation": r"(^|\s)[وف]?(لم|لن|عدم|دون|نفى|نفت|ينفي|تنفي|فشل|فشلت|تعذر|امتنع|امتنعت|لا|ليس|ليست)\s",
    "possible": r"((^|\s)[وف]?قد\s+[يت]|ربما|يحتمل|يُحتمل|من الممكن|يمكن|احتمال|لا يستبعد|يجب|ينبغي)",
    "conditional": r"((^|\s)[وف]?(إذا|اذا|لو|ما لم)\s|في حال|(^|\s)[وف]?إن\s)",
    "alleged": r"(يشتبه|يُشتبه|مشتبه|المزعوم|مزعوم|اتهام|متهم|بتهمة|يُتهم|ادعاءات|يعتقد أن|يرجح)",
}
# The first English draw held fewer than 20 sentences with a political, military, legal or criminal
# event, so a second English draw (seed 20261441, same sources and strata, up to eight more sentences
# per article, skipping the first draw's sentences) takes only sentences with a narrower event word
# (`EN_EVENT_RX2`: crime, court, security and politics words), `"draw": 2`.
EXTRA_EN = (20261441, {"negation": 30, "alleged": 20, "possible": 20, "conditional": 10, "planned": 20,
                       "reported": 40, "none": 30}, 8)
EN_EVENT_RX2 = (
    r"\b(arrest|attack|kill|shot|shoot|protest|rall(y|ied)|agreement|signed|talks|sanction|withdr|reject|"
    r"refus|accus|charg(e|ed|es) (with|of|in)|threat|condemn|raid|bomb|fir(e|ed|ing) (on|at)|demonstrat|"
    r"boycott|negotiat|detain|deport|seiz|invad|clash|assault|veto|sue[ds]?\b|indict|convict|sentenc|"
    r"jail|prison|murder|stab|robb|beat|lawsuit|resign|urg(e|ed)|call(ed|s)? (for|on)|critici|blam|"
    r"investigat|probe|treaty|ceasefire|truce|troops|invasion|impeach|subpoena|testif|expel|police|"
    r"court|judge|prosecut|guilty|suspect|officers?|deputies|sheriff|militar|army|war\b|missile)"
)
# Still short of 40 English sentences with such an event, so a third English draw (seed 20261451,
# every stratum, up to eight more sentences per article, skipping the sentences of both earlier
# English draws) with a still narrower event word (`EN_EVENT_RX3`: no police, court or officer words,
# which mostly drew accident and local reports), `"draw": 3`.
EXTRA_EN3 = (20261451, {"negation": 20, "alleged": 10, "possible": 10, "conditional": 10, "planned": 20,
                        "reported": 40, "none": 60}, 8)
EN_EVENT_RX3 = (
    r"\b(arrest|attack|killed|protest|agreement|talks|sanction|withdr|reject|accus|charged with|threat|"
    r"condemn|raid|bomb|demonstrat|boycott|negotiat|detain|deport|seiz|invad|clash|veto|indict|convict|"
    r"sentenc|jail|murder|stab|lawsuit|urg(e|ed)|call(ed|s)? (for|on)|critici|treaty|ceasefire|troops|"
    r"invasion|impeach|subpoena|expel|militar|war\b|missile)"
)


def quote_urls() -> set[str]:
    """Article URLs of the quotation gold files (LGL items give a docid in `article`, no URL)."""
    urls, lgl_ids = set(), set()
    for path in sorted((REPO / "eval" / "quotes").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("url"):
                urls.add(r["url"].strip())
            if "lgl" in (r.get("dataset") or ""):
                lgl_ids.add(str(r.get("article")))
    root = ET.parse(DATA / "geoparsing" / "lgl.xml").getroot()
    for a in root.iter("article"):
        if a.get("docid") in lgl_ids:
            urls.add((a.findtext("link") or a.findtext("url") or "").strip())
    return urls


def wide_ar_articles() -> list[tuple[str, str, str]]:
    out = []
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out.append(("saudinewsnet", a["url"].strip(), a["content"] or ""))
    return out


if __name__ == "__main__":
    base_used_urls = factuality_sampler.used_urls
    extra = quote_urls()
    import factuality_sampler_wide as wide

    wide.used_urls = lambda names: base_used_urls(names) | extra
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        wide.main(SEED, AR_QUOTA, EN_QUOTA, USED, en_per_article=EN_PER_ARTICLE,
                  english_sources=("html", "geoparsing"), extra_ar=EXTRA_AR)
    sys.stdout.write(buf.getvalue())
    first = [json.loads(x) for x in buf.getvalue().splitlines() if x.strip()]
    skip = wide.used_urls(USED)
    ar = [a for a in wide_ar_articles()]
    seed3, quota3 = EXTRA_AR3
    skip3 = skip | {x["article_url"] for x in first if x["lang"] == "ar"}
    more = wide.draw(ar, AR_NEAR3, quota3, wide.AR_EVENT_RX, "ar", random.Random(seed3), skip3, window=20)
    for x in more:
        sys.stdout.write(json.dumps({**x, "draw": 3}, ensure_ascii=False) + "\n")
    seed2, quota2, per2 = EXTRA_EN
    en = wide.html_articles() + factuality_sampler.english_articles()
    taken = frozenset(x["text"] for x in first if x["lang"] == "en")
    more = wide.draw(en, wide.EN_STRATA, quota2, EN_EVENT_RX2, "en", random.Random(seed2), skip, per2,
                     skip_texts=taken)
    for x in more:
        sys.stdout.write(json.dumps({**x, "draw": 2}, ensure_ascii=False) + "\n")
    seed4, quota4, per4 = EXTRA_EN3
    taken = taken | {x["text"] for x in more}
    more = wide.draw(en, wide.EN_STRATA, quota4, EN_EVENT_RX3, "en", random.Random(seed4), skip, per4,
                     skip_texts=taken)
    for x in more:
        sys.stdout.write(json.dumps({**x, "draw": 3}, ensure_ascii=False) + "\n")
