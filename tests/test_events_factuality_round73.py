"""Round 73: كان + an imperfect verb (its subject may stand between) is a running or habitual past, not the pluperfect
of background: an event after that imperfect in its clause is not `historical` («كان عناصر الشرطة يخرجون إلى
الشوارع ويلقون القبض»، «كانت تمثل تهديدا»). A كان that opens the sentence, كان قد / كان + a past verb and the
imperfect trigger itself stay historical. Hand-written sentences, none copied from a gold set."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the subject between كان and the imperfect
        ("وفي تلك السنوات كان الحراس يمنعون دخول المساعدات إلى السجن.", "المساعدات"),
        ("كان الوضع معقدا: لقد كانت الحكومة تحظى بدعم الجيش.", "بدعم"),
        ("قبل عامين كان عناصر الشرطة يخرجون إلى الشوارع ويلقون القبض على المحتجين.", "القبض"),
        ("وخلال الحصار كانت قوافل الإغاثة تتعرض للقصف.", "لقصف"),
        # an imperfect in تم- right after كان (round 18's rule reads every تم- word as the passive تم)
        ("وقال المتحدث إن الصواريخ التي كانت تمثل تهديدا للمدنيين دمرت بالكامل.", "تهديدا"),
        ("وقال القائد إن الطائرات كانت تملأ سماء المدينة أثناء الحرب.", "الحرب"),
    ],
)
def test_event_after_kana_imperfect_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a sentence opened by كان is background, whatever follows
        ("وكان المعلم يتحدث خلال زيارة إلى طهران.", "زيارة"),
        ("وكان الجيش يقصف المدينة منذ أيام.", "يقصف"),
        # the pluperfect: كان قد + past, كان + past
        ("وكانت القوات قد شنت هجوما على المدينة.", "هجوما"),
        ("وخلال الأسبوع الماضي كانت القوات شنت هجوما على القرية.", "هجوما"),
    ],
)
def test_pluperfect_and_opening_kana_stay_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "historical")
