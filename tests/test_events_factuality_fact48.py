"""Rules of round 48 (factuality, branch fact48), from the leaks of the authored sentences
(`factuality_authored1` ... `4`):

1. (`modality_ar._ar_not_ruled_out_that`) an event in an أن clause whose verb of ruling out is negated, its
   subject between the verb and أن («لا يستبعد خبراء أن تشن ...»): possible.
2. (`modality_ar._ar_release_ordered`) a release, an investigation, a deployment ordered with بـ after أمر /
   وجه: planned (the README's convention); custody ordered stays as it was.
3. (`scope._ar_suspect_content`) the act a suspect participle is suspected of («مشتبه في سرقة»): alleged.
4. (`scope._ar_complement_opened`) إن + a past verb after the complement particle of a reported clause
   («قال إن الحكومة إن قبلت»): conditional.
5. (`modality_ar._ar_negated_outcome`, widened) «لم تسفر» / «لم تفض» past a long subject with a relative
   clause: negative, and «أي» adds no possibility then.
6. (`modality_ar._ar_on_condition_of`) an event right after بشرط / شريطة (أن): conditional.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولا يستبعد محللون عسكريون أن تشن القوات الحكومية هجوما على المدينة الساحلية.", "هجوما"),
        ("لم يستبعد رئيس الوزراء العراقي أن تعقد الحكومة محادثات مع قادة الإقليم قريبا.", "محادثات"),
        ("ليس مستبعدا أن يفرض الاتحاد الأوروبي عقوبات جديدة على الشركات المتورطة.", "عقوبات"),
    ],
)
def test_negated_ruling_out_over_a_that_clause_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # ruling out, not negated: not a possibility
        ("واستبعد محللون عسكريون أن تشن القوات الحكومية هجوما على المدينة.", "هجوما"),
        # the verb of ruling out in another clause, past a comma
        ("لم يستبعد الوزير أي خيار، وأكد أن القوات شنت هجوما على المدينة أمس.", "هجوما"),
    ],
)
def test_no_possibility_without_a_negated_ruling_out(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "possible"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأمرت محكمة الاستئناف في الإسكندرية بالإفراج عن ثلاثة طلاب بكفالة مالية.", "الإفراج"),
        ("أمر وزير الداخلية الباكستاني بفتح تحقيق في حادث إطلاق النار على المتظاهرين.", "تحقيق"),
        ("وأمر الرئيس الفلبيني وزارة الدفاع بنشر ألفي جندي في الجزيرة الجنوبية.", "بنشر"),
    ],
)
def test_release_or_investigation_ordered_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # custody ordered: the order imposes it (not in the list)
        ("وأمرت النيابة العامة بحبس المتهمين الثلاثة أربعة أيام على ذمة التحقيق.", "بحبس"),
        # a release that took place, no order
        ("أفرجت السلطات الإيرانية عن صحافية فرنسية بعد شهرين من احتجازها.", "أفرجت"),
    ],
)
def test_no_plan_without_an_ordered_later_act(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("اعتقلت الشرطة الهندية شابين مشتبه في سرقة أسلحة من مستودع للجيش.", "سرقة"),
        ("وعممت الشرطة صور رجل مشتبه بقيامه بإطلاق النار على حارس أمن في المطار.", "إطلاق"),
        ("ومثل أمام القضاء ثلاثة من المشتبه بتفجيرهم عبوة ناسفة قرب الحدود.", "بتفجيرهم"),
    ],
)
def test_act_a_suspect_is_suspected_of_is_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the suspect's arrest itself took place
        ("اعتقلت الشرطة الهندية شابا مشتبها به بعد مطاردة قصيرة في وسط المدينة.", "اعتقلت"),
        # the suspect far before the event, in another clause
        ("وكان المشتبه به يقيم في المدينة منذ سنوات، ثم شنت الشرطة حملة مداهمات واسعة.", "حملة"),
    ],
)
def test_no_allegation_away_from_a_suspect_complement(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "alleged"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المتحدث إن الحكومة إن قبلت المبادرة فستبدأ المفاوضات الأسبوع المقبل.", "قبلت"),
        ("وأوضح القائد العسكري أنه إن هاجمت الميليشيات مواقع الجيش فإن الرد سيكون حاسما.", "هاجمت"),
    ],
)
def test_if_after_the_complement_particle_is_a_condition(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "conditional"


def test_complement_particle_alone_is_no_condition() -> None:
    # إنّ after a verb of saying before a masdar: the reported event, no condition
    assert _fact("وقال المتحدث في بيان إن رفض الحكومة للمبادرة أثار غضب المعارضة.", "رفض")[1] != "conditional"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "لم تسفر المشاورات التي جرت في العاصمة الكينية نيروبي طوال أسبوعين عن أي اتفاق بين الطرفين.",
            "اتفاق",
        ),
        ("ولم تفض الاتصالات التي أجراها الوسطاء القطريون مع الخاطفين إلى إطلاق سراح الرهائن.", "إطلاق"),
    ],
)
def test_negated_outcome_past_a_long_subject_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "asserted")


def test_negated_outcome_stops_at_a_clause_word() -> None:
    # the negated outcome verb belongs to a clause before بينما: the later event took place
    text = "لم تسفر المشاورات عن نتيجة بينما أدت الاشتباكات التي اندلعت في المدينة أمس إلى اعتقال عشرات."
    assert _fact(text, "اعتقال")[0] == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأعلن المضربون استعدادهم لتعليق إضرابهم بشرط انسحاب الشرطة من محيط المصنع.", "انسحاب"),
        ("ووافقت الفصائل على وقف القصف شريطة أن تنسحب القوات الحكومية من القرى المحيطة.", "تنسحب"),
    ],
)
def test_event_named_by_a_condition_is_conditional(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "conditional"


def test_agreement_that_sets_a_condition_took_place() -> None:
    # the agreement itself took place; only what its condition names is conditional
    text = "ووافقت الفصائل على وقف القصف شريطة أن تنسحب القوات الحكومية من القرى المحيطة."
    assert _fact(text, "ووافقت") == ("positive", "asserted")
