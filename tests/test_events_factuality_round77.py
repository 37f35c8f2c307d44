"""Rules of round 77 (factuality, branch fact77): a ل-purpose after a semicolon (the Saudi press sets «؛» where round
31 reads a comma) and a purpose whose object is a construct of two nouns, with their و-conjuncts, are acts still to
come (`modality_ar._ar_purpose_wide`).

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule must
not fire (the ل-complement of a verb of undergoing, a ل-noun with no object, a cause word before the ل-word, a
ل-word after a noun that is no purpose).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # ل + a verbal noun and its object right after «؛» closing a clause
        ("ونفذت الفرق الميدانية جولات رقابية مكثفة؛ لضبط المخالفين في الأسواق.", "لضبط"),
        ("وكثفت الشرطة دورياتها في الأحياء؛ للقبض على المتورطين.", "لقبض"),
        # a و-conjunct of such a purpose
        ("وأكدت الإدارة استمرار الجولات الميدانية؛ لرصد التجاوزات وضبط المخالفين.", "وضبط"),
        # a و-conjunct of a purpose whose object is a construct («خطة الموسم»)
        ("اجتمع رئيس النادي مع المدرب لمناقشة خطة الموسم والاتفاق على اللاعبين الجدد.", "الاتفاق"),
    ],
)
def test_purpose_after_semicolon_or_with_construct_object_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a verb of undergoing governs across the semicolon befell the subject
        ("وتعرض الناشطون خلال الأسابيع الأخيرة؛ لاعتقالات واسعة.", "لاعتقالات"),
        # a ل-noun with an adjective and no object is no purpose's verbal noun
        ("وشهدت القرية طوال الأسبوع الماضي؛ لقصف عنيف.", "لقصف"),
        # a cause before the ل-word: the conjunct took place
        ("ونتيجة لقصف مواقع المسلحين واعتقال قادتهم، تراجعت الهجمات.", "واعتقال"),
        # a ل-word after a noun that is no purpose by the purpose rules
        ("وأشاد الوزير بدور الجمعية لمكافحة تهريب المخدرات والقبض على المهربين.", "القبض"),
        # a preposition's object whose و is a root letter, no conjunct (the round's firing audit)
        ("وتوافد المتبرعون على المستشفى؛ للتأكيد على وقوفهم مع الجنود المرابطين.", "وقوفهم"),
    ],
)
def test_not_a_purpose_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
