"""Rule of round 60 (factuality leaks, branch leaks60), from its audit of fresh news:

(`modality_ar._ar_upon_condition`) «حال + a verbal noun» without في ("upon, in case of") puts the event under a
condition, as «في حال» does (t21-ar-132 «حال رفع العقوبات», conditional in the gold): the verbal noun right after
a bare حال, a و-conjunct of it, or what «تعرض» there undergoes. Bare حال read as the noun "state" («عن حال
المسلمين»، «لسان حال»، «حال التعاون») leaves the event as it was.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وسترفع العقوبات عن الشركة حال توقيع الاتفاق النهائي.", "توقيع"),
        ("وسترد القوات حال تعرضها لهجوم من المسلحين.", "هجوم"),
        ("وتستأنف الرحلات إلى المدينة حال توقيع اتفاق التهدئة مع الحركة وانسحاب المسلحين.", "انسحاب"),
    ],
)
def test_event_after_bare_hal_is_conditional(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "conditional")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # حال the noun "state": after a preposition, a definite event, «لسان حال»
        ("وتساءل الكاتب عن حال تعاون البلدين في مجال الطاقة.", "تعاون"),
        ("وتحدث الوزير عن حال التعاون بين البلدين.", "التعاون"),
        ("وهذا لسان حال المعارضة التي رفضت الحوار.", "رفضت"),
        # a و-word after a حال whose next word is no event: not a conjunct of a condition
        ("وأبدى المغردون أسفهم لما وصلت إليه حال هؤلاء في التعصب ورفض الزواج من القبائل الأخرى.", "رفض"),
        ("وانتشرت لعبة تصف حال أفراد التنظيم وتدعو اللاعبين إلى القتال.", "تدعو"),
    ],
)
def test_hal_the_noun_leaves_the_event_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
