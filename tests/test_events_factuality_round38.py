"""Rules of round 38 (factuality), found on the errors of the four protest GSR files and the tuning sets:

1. (`modality_ar._AR_REFRAIN`) participles and verbs of refraining or ruling out (ممتنعة عن، مستبعدا،
   تحاشى) negate their complement like امتنع / استبعد (protest C and D).
2. (`modality_ar._ar_means_purpose`) an event noun that is the ل-purpose of a verb of stepping in, deploying,
   firing or throwing (تدخل، نشر، أطلق، ألقى، فتح، رش), at most eight words back in its clause, is still to
   come: planned («وتدخلت الشرطة لتفريق المتظاهرين»؛ protest C and D). Not a protest, not what befell the
   subject (تعرض ل), not a ل-noun of cause with no such verb.
3. (`modality_ar._AR_ORDER_NOUN`) بـ + the event right after an order or instruction noun (أوامر، تعليمات،
   توجيهات) is still to come, like after قرار (round 31): planned (protest A and B).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rules must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأصدرت الحكومة بيانا مقتضبا ممتنعة فيه عن إدانة الغارات على القرى الحدودية.", "إدانة"),
        ("وتحدث الوزير عن التوتر في الجنوب مستبعدا اندلاع مواجهات بين الجيش والمسلحين.", "مواجهات"),
        ("وتحاشى رئيس الحزب في كلمته المطالبة باستقالة الوزير.", "المطالبة"),
    ],
)
def test_refraining_negates_its_complement(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_refraining_only_governs_its_own_clause() -> None:
    # the participle is in another clause: the arrests were made
    text = "وبقي الوزير ممتنعا عن التعليق، لكن الشرطة اعتقلت عشرة متظاهرين."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ونشرت الحكومة مئات الجنود المسلحين لتفريق الطلاب المعتصمين أمام الجامعة.", "تفريق"),
        ("وتدخل الجنود صباح السبت لتفريق مئات العمال المحتجين قرب المصنع.", "تفريق"),
        ("وأطلق الحراس الرصاص المطاطي لتفريق الحشود عند مدخل الوزارة.", "تفريق"),
    ],
)
def test_purpose_of_stepping_in_or_firing_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what befell the subject: the attack took place
        ("وتعرضت دورية للشرطة التي نشرت سيارات مدرعة لهجوم مسلح قرب الحدود.", "هجوم"),
        # no verb of stepping in or firing: the ل-noun is a cause, told as done
        ("وأعرب الوزير عن أسفه الشديد لمقتل ثلاثة جنود في الكمين.", "مقتل"),
    ],
)
def test_no_purpose_of_stepping_in(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الضابط إن الجنود تلقوا أوامر بقصف المواقع الحدودية فور وصولهم.", "قصف"),
        ("وأصدر المحافظ تعليمات باعتقال كل من يحمل السلاح في الأسواق.", "اعتقال"),
    ],
)
def test_event_after_an_order_noun_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_order_noun_not_right_before_the_event() -> None:
    # the order noun is the subject of another clause: the shelling is told as done
    text = "وخالف الجنود الأوامر وقصفوا المواقع الحدودية أمس."
    assert _fact(text, "قصفوا") == ("positive", "asserted")
