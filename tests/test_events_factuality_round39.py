"""Rules of round 39 (factuality), found on the errors of the four protest GSR files and the tuning sets:

1. (`data/ar_governors.txt`) the person forms of the verbs of demanding, calling and urging that were missing
   (first person نطالب / ندعو / نحث / نناشد / نطلب، plural and dual imperfects يطالبون / تطالبون / يطالبان /
   يدعوان / يحثون / يناشدون / يطلبون، يناشد، مناشدا) govern their complement like طالب / دعا: the demanded
   event is planned (protest A, B and C). Not يدعون / تدعون («they claim», read as alleged by the claim
   verbs), not the threat forms (يهددون: tried, «يهددون بشن هجمات» went planned → possible).
2. (`modality_ar._ar_past_clause_verb`, read in `modality.mark_factuality`) a past verb with a clause of its own
   inside the complement of a demand or threat (after a relative pronoun, or a perfect with the plural ending
   ـوا: «طالب بالإفراج عن طلاب أوقفوا»، «ورفضوا إجراء مفاوضات») does not take the governor's planned / possible:
   it tells what happened (protest A and B, anercorp B). An imperfect after أن («بأن ينسحبوا») still does.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rules must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت العائلات: «نطالب الحكومة بمحاكمة قتلة المتظاهرين».", "بمحاكمة"),
        ("وتجمع المزارعون أمام الوزارة وهم يطالبون بانسحاب الشركات الأجنبية من أراضيهم.", "بانسحاب"),
        ("وقال زعيم المعارضة: «ندعو الحكومة إلى إجراء محادثات مع النقابات».", "محادثات"),
    ],
)
def test_plural_and_first_person_demands_govern_their_complement(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_negated_demand_complement_is_negative_planned() -> None:
    text = "وقال المحتجون: «نحن نطالب الحكومة بعدم توقيع العقد مع الشركة»."
    assert _fact(text, "توقيع") == ("negative", "planned")


def test_they_claim_is_no_demand() -> None:
    # يدعون is also «they claim» (ادعى): left out of the demand forms, the claimed strike stays alleged
    assert _fact("وقال النقابيون إنهم يدعون إلى إضراب شامل في المصانع.", "إضراب")[1] != "planned"


def test_a_demand_does_not_reach_past_a_sentence() -> None:
    # the arrest after the full stop is told as done
    text = "والمتظاهرون يطالبون بالإصلاح. واعتقلت الشرطة عشرة منهم."
    assert _fact(text, "واعتقلت") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وطالب العمال بزيادة الأجور ورفضوا إجراء مفاوضات مع الإدارة.", "ورفضوا"),
        ("ودعت المنظمة إلى الإفراج عن الصحفي الذي اعتقل الشهر الماضي.", "اعتقل"),
        ("وطالبت العائلات بالإفراج عن خمسة شبان اعتقلوا خلال المداهمة.", "اعتقلوا"),
        ("وهدد المسلحون بتفجير السيارات التي صادروها.", "صادروها"),
    ],
)
def test_a_past_clause_in_a_demand_is_told_as_done(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وطالب الأهالي الجيش بأن ينسحبوا من القرية.", "ينسحبوا"),
        ("وطالبت العائلات بالإفراج عن خمسة شبان اعتقلوا خلال المداهمة.", "الإفراج"),
    ],
)
def test_the_demanded_event_itself_stays_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")
