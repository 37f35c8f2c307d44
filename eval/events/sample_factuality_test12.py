"""Draw the candidate sentences of `factuality_test12.jsonl` (seeds 20262311 .. 20262341), a twelfth held-out set.

Run from the repo root: `python eval/events/sample_factuality_test12.py > /tmp/candidates_t12.jsonl`.
As `sample_factuality_test11.py` (rules imported, not copied: test10's `four_draws` with test9's strata and
quotas, the parity rule `odd` (ONLY articles whose URL has an ODD
`int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2`; the quotation held-out set test15 is drawn at the
same time from the EVEN ones), test6's `used` / `runs` skip rules and test4's article list), with two
changes, because test11 used up the odd-hash articles under test9's pattern (it reached only 87 items):
- a WIDER event-word pattern `AR_EVENT_RX12`: test9's stems (`AR_EVENT_STEMS7` + `AR_EVENT_MORE9`) plus
  `AR_EVENT_MORE12` (PLOVER verbs and masdars in their common inflections: dispersing, wounding,
  displacement, refuge, siege, seizure of control, destruction, burning, closure, bans, suspension,
  cancellation, ratification, approval, pledges, support, condemnation, blame, summoning, severing
  relations, freezing, exchange, handing over, defection, joining, taking part, organising, inaugurating,
  dismissal, smuggling, foiling, liberation, investigation, boycott, acquittal ...); short stems that are
  the start of common unrelated words are given with a word end (`\\b`) or only in longer forms
  (not «سلم» (سلمان), «نظم» (تنظيم الدولة), «أقر» (أقرب), «أيد» (أيدي), «وعد»);
- one more sentence per article: test10's draws run with `per_article=2` (`wide.draw`'s own parameter),
  so an article (used in no gold set) may give two candidates; the annotator kept AT MOST ONE item per
  article (the first kept one in drawn order), so the set still has one sentence per article.
`four_draws` reads `AR_EVENT_RX9` and `wide` from its module at call time, so both are set there for this
run (`_use_pattern_12`); nothing else of test10's draws changes. Draws 1-4 use SEEDS, then the same
four draws with MORE_SEEDS (draws 5-8) and THIRD_SEEDS (draws 9-12) and FOURTH_SEEDS
(draws 13-16); each skips the articles of the earlier ones.
"""

from __future__ import annotations

import functools
import json
import sys
import types
from collections.abc import Callable, Iterable

import factuality_sampler_wide as wide
import sample_factuality_test10 as t10
from sample_factuality_test4 import wide_ar_articles
from sample_factuality_test6 import runs, used
from sample_factuality_test7 import AR_EVENT_STEMS7
from sample_factuality_test9 import AR_EVENT_MORE9, odd

AR_EVENT_MORE12 = (
    "فرقت فرقوا تفريق أصيب أصيبت أصيبوا إصابة اصيب جرح جرحى جريح نزح نزوح النازحين نازحين لجأ لجوء "
    "لاجئ حاصر حاصرت يحاصر تحاصر محاصرة سيطر سيطرت استولى استولت استيلاء الاستيلاء دمر دمرت تدمير "
    "أحرق أحرقت إحراق احراق حرق أغلق أغلقت إغلاق اغلاق منع منعت يمنع تمنع أوقف إيقاف ايقاف علقت تعليق "
    "ألغى ألغت إلغاء الغاء صادق صادقت مصادقة أقرت إقرار أقر\\b وافق وافقت موافقة تعهد تعهدت يتعهد وعدت "
    "التزم التزمت التزام ساند ساندت مساندة أيدت تأييد يؤيد أيد\\b دانت دان\\b يدين تدين "
    "(?:حمل|حملت|يحمل|تحمل|تحميل)\\s+\\S*مسؤولية استدعى استدعت استدعاء قطع\\S*\\s+(?:ال)?علاقات "
    "جمد جمدت تبادل سلمت سلموا يسلم انشق انشقاق منشق انضم انضمت انضمام شارك شاركت مشاركة نظمت نظم\\b "
    "ينظم دشن دشنت تدشين افتتح افتتحت افتتاح أعفى إعفاء عزل أقال إقالة دعت دعوا احتج\\b اعتصم قاطع "
    "مقاطعة اعتدى اعتداء تعذيب سرق سرقة سطو نهب تهريب مهرب أحبط إحباط فكك تفكيك رهائن رهينة أسقط إسقاط "
    "حرر تحرير استعاد استعادة توغل حشد انتشار استجواب تحقيق يحقق التحقيق اعترف اعتذر تنازل تراجع اقترح "
    "مقترح قضت برأ تبرئة براءة غرامة صادر أبعد اعترض اعتراض تسلل هرب فرار فروا"
).split()
AR_EVENT_RX12 = (
    r"(?:^|[\s«\"(])(?:و|ف)?(?:ب|ل|س)?(?:ال|لل)?(?:"
    + "|".join(AR_EVENT_STEMS7 + AR_EVENT_MORE9 + AR_EVENT_MORE12)
    + r")"
)
PER_ARTICLE = 2
SEEDS = (20262311, 20262321, 20262331, 20262341)  # draws 1 (plain strata), 2 (near cues), 3, 4 (negation)
# draws 1-4 gave too few items; the same four draws again, `"draw": 5` .. `8` and `9` .. `12`
MORE_SEEDS = (20262351, 20262361, 20262371, 20262381)
THIRD_SEEDS = (20262391, 20262411, 20262421, 20262431)
FOURTH_SEEDS = (20262441, 20262451, 20262461, 20262471)  # draws 13-16, because draws 1-12 gave fewer than 200


def _use_pattern_12() -> None:
    """Run test10's `four_draws` with this set's pattern and two sentences per article."""
    t10.AR_EVENT_RX9 = AR_EVENT_RX12
    t10.wide = types.SimpleNamespace(
        draw=functools.partial(wide.draw, per_article=PER_ARTICLE),
        AR_STRATA=wide.AR_STRATA,
        AR_NEAR=wide.AR_NEAR,
    )


def draw_groups(
    gold_name: str, keep: Callable[[str], bool], seed_groups: Iterable[tuple[int, ...]]
) -> list[dict]:
    """The candidates of one set: test10's four draws per group of seeds, over the articles whose URL
    ``keep`` accepts (the parity rule), each group skipping the articles of the earlier ones, then every
    candidate sharing an eight-word run with an earlier gold text dropped. Call `_use_pattern_12` first."""
    skip, earlier, old_runs = used(gold_name)
    ar = [a for a in wide_ar_articles() if keep(a[1])]
    out: list[dict] = []
    for i, seeds in enumerate(seed_groups):
        out += t10.four_draws(ar, skip | {x["article_url"] for x in out}, earlier, seeds, 1 + 4 * i)
    return [x for x in out if not runs(x["text"]) & old_runs]


if __name__ == "__main__":
    _use_pattern_12()
    for x in draw_groups("factuality_test12.jsonl", odd, (SEEDS, MORE_SEEDS, THIRD_SEEDS, FOURTH_SEEDS)):
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
