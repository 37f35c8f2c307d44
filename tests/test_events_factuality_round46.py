"""Rules of round 46 (factuality), from the leaks of the fresh tuning sets dev6 ... dev9, test21 and ANERcorp B:

1. (`modality_ar._ar_present_today`) a clause opening with a present verb (after و / ف or a discourse opener
   such as «إلى ذلك») that holds today or a bare weekday tells the day's scheduled event: planned (dev8,
   ANERcorp B); not a day after منذ / حتى, a past weekday, «اليوم التالي», nor a past verb.
2. (`modality_ar._ar_ruled_out_occurrence`) an event after a masdar of taking place or undergoing (حصول، وقوع،
   تعرض) that a verb of ruling out governs past a long subject, or a comma after it, is negative; after
   «لم / لا يستبعد» possible (test21, dev8).
3. (`modality_ar._ar_on_the_way_to`) an event noun that is the goal of a process under way («في طور»)
   or of a ل-masdar of completing with the procedures between («لاستكمال إجراءات») is planned (dev6,
   dev7); not the completing told without ل («أعلنت استكمال الاستعدادات»).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("إلى ذلك يلتقي وزير الخارجية نظيره الفرنسي الأربعاء لبحث الأزمة اليمنية.", "يلتقي"),
        (
            "يستقبل رئيس مجلس الوزراء وزير الدفاع في الحكومة الانتقالية الليبية مساء اليوم في مكتبه بالعاصمة.",
            "يستقبل",
        ),
        ("ويزور الرئيس التونسي الجزائر الخميس في أول زيارة له منذ توليه الحكم.", "ويزور"),
    ],
)
def test_present_lead_with_today_or_a_weekday_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a state going on since a day, and until today
        ("تحتجز السلطات منذ يوم الجمعة ثلاثة صحافيين أجانب في العاصمة.", "تحتجز"),
        # a past weekday
        ("يحاكم القضاء المصري منذ الأحد الماضي عشرات المتهمين في قضية الاقتحام.", "يحاكم"),
        # a past verb with today: the event took place
        ("زار وزير الخارجية الأردني اليوم العاصمة العراقية بغداد.", "زار"),
    ],
)
def test_no_plan_from_a_past_day_or_a_past_verb(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


def test_the_next_day_is_no_today() -> None:
    text = "ويعتقل الجنود في اليوم التالي كل من يقترب من الحاجز العسكري."
    assert _fact(text, "ويعتقل")[1] != "planned"


def test_ruled_out_occurrence_past_a_long_subject_is_negative() -> None:
    text = (
        "واستبعد مدير الأمن العام في المحافظة الجنوبية السابق في حديث لإذاعة محلية أمس حصول عملية اغتيال"
        " للقاضي، مرجحا أن يكون الحادث عرضيا."
    )
    assert _fact(text, "اغتيال") == ("negative", "asserted")


def test_not_ruled_out_occurrence_past_a_comma_is_possible() -> None:
    text = "ولم يستبعد المحامي خالد العتيبي، تعرض موكله لاعتداء داخل السجن."
    assert _fact(text, "لاعتداء") == ("positive", "possible")


def test_occurrence_after_a_clause_word_is_not_ruled_out() -> None:
    text = (
        "واستبعد المتحدث باسم الشرطة في المدينة الساحلية أمس الأول أن تكون العصابة وراء حصول عملية خطف"
        " جديدة في الحي."
    )
    assert _fact(text, "خطف") != ("negative", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد المتحدث أن الأجهزة الأمنية في طور القبض على بقية أفراد الخلية.", "القبض"),
        ("وأحيل المتهمان إلى النيابة العامة لاستكمال إجراءات التحقيق معهما.", "التحقيق"),
        ("وقال الوزير إن لجنة المصالحة في طور إجراء مفاوضات مع النقابات.", "مفاوضات"),
    ],
)
def test_goal_of_a_process_under_way_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_completing_told_without_lam_is_no_plan() -> None:
    text = "وأعلنت وزارة الداخلية أمس استكمال انسحاب قواتها من المدينة."
    assert _fact(text, "انسحاب")[1] != "planned"
