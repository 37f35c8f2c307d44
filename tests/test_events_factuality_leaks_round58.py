"""Rules of round 58 (factuality leaks, branch leaks58), from round 56's audit of fresh news:

(`modality_ar._ar_summons_purpose`) ل + a verbal noun in the clause of a past verb or verbal noun of summoning
(«استدعت ... سفيرها للتشاور»، «استدعت ... للتحقيق معهم وتطبيق العقوبات») is the summons' purpose: planned, as
any purpose is by the gold conventions;
(`modality_ar._ar_need_object`) a bare «يحتاج / تحتاج» (no إلى right after it) governs its object when the verb
bears its subject («يحتاجون»), the word after it is an indefinite noun, or إلى comes later before the event:
the event is needed, possible (round 56's reading of «يحتاج إلى»).

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("استدعت الحكومة الأردنية سفيرها لدى دمشق للتشاور بعد إغلاق المعبر.", "تشاور"),
        ("وقامت الوزارة باستدعاء القائم بالأعمال الهولندي للتشاور معه حول الأزمة.", "تشاور"),
        ("واستدعت البلدية صاحب المطعم للتحقيق معه وتطبيق العقوبات النظامية.", "العقوبات"),
        ("واستدعت النيابة مدير الشركة للتحقيق معه في المخالفات.", "تحقيق"),
        ("واستدعيت وحدات الدفاع المدني لمساعدة الأهالي العالقين.", "مساعدة"),
    ],
)
def test_purpose_of_a_summons_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past summons with no ل-purpose: the accusation after it took place
        ("واستدعت الشرطة الشاب ثم وجهت إليه تهمة السرقة.", "تهمة"),
        # the ل-complement of a verb of undergoing: what befell the envoy
        ("وتعرض السفير الذي استدعته الوزارة للهجوم أمس.", "هجوم"),
        # the ل-word's object is a given event the purpose acts on («لفك الاحتجاز»)
        ("وقع اصطدام مما استدعى تدخل فرق الإنقاذ لإنهاء الاحتجاز داخل السيارة.", "الاحتجاز"),
    ],
)
def test_summons_counter_cases_stay_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المسؤول إن سكان المخيم يحتاجون مساعدات طبية قبل الشتاء.", "مساعدات"),
        ("وأكد أن القطاع الزراعي يحتاج دعما حكوميا مستمرا.", "دعم"),
        ("وقال النائب إن الحادثة تحتاج تحقيقا مستقلا.", "تحقيق"),
        ("وقال إن المنطقة تحتاج في المرحلة المقبلة إلى دعم دولي واسع.", "دعم"),
    ],
)
def test_object_of_a_bare_need_verb_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_definite_subject_of_a_bare_need_verb_stays_asserted() -> None:
    # «وتحتاج المفاوضات ... لـ»: the definite noun right after the bare verb is its subject, not what is needed
    assert _fact("وتحتاج المفاوضات بعد ذلك لوساطة دولية.", "المفاوضات") == ("positive", "asserted")
