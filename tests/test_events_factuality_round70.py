"""Rules of round 70 (factuality, branch fact70): an act in the على-complement of a stress verb
(`modality_ar._ar_stressed_act`): «وشدد ... على إحالة المخالفين»، «شددت على عدم التهاون ... وتطبيق أشد العقوبات»
(dev11). What a speaker stresses is to be done is still to come, like the content of a call: planned.

Every case is a hand-written news sentence worded unlike the gold and audited ones, with counter-cases where the rule
must not fire: a stance stressed as standing (support, rejection), the verb's own sense of tightening, a content
clause after «على أن», a negated act.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the subject and a place between the verb and على, the act right after it
        ("وشدد محافظ المنطقة في اجتماعه مع مديري الأجهزة الأمنية على ترحيل المخالفين فورا.", "ترحيل"),
        # the trigger anchored at the stress verb, its text run on to the act after على
        ("وشدد مجلس الأمن على وقف إطلاق النار في المدينة.", "وقف"),
        ("وشدد رئيس الحكومة في كلمته على إطلاق سراح المعتقلين.", "سراح"),
    ],
)
def test_act_stressed_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # a stance stressed as standing now
        ("وشدد السفير على دعم بلاده للشعب اليمني في مواجهة الانقلابيين.", "دعم", ("positive", "asserted")),
        ("وشدد المتحدث على رفض حكومته أي تدخل في شؤونها.", "رفض", ("positive", "asserted")),
        # tightening a siege, and the act told done after it
        ("وشددت قوات الأمن الحصار على المدينة واعتقلت عشرات المطلوبين.", "واعتقلت", ("positive", "asserted")),
        # a content clause: what is stressed is a fact
        ("وشدد الوزير على أن الشرطة اعتقلت المتهمين.", "اعتقلت", ("positive", "asserted")),
    ],
)
def test_stance_tightening_and_content_clause_unchanged(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
