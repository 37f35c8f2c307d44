"""Rules of round 18, found by grouping the factuality errors of all seventeen SaudiNewsNet tuning sets and
the two ANERcorp halves by cause (a cause had to occur in an ANERcorp half and in two SaudiNewsNet sets):

1. an event noun awaited or prepared for is planned, not asserted: the object of a waiting verb or noun
   («تنتظر التوقيع»، «سينتظرون زيارة»، «بانتظار استكمال الانسحاب»), the event after لـ of «التحضير»
   (leaks in test10, test11 and ANERcorp A);
2. «التقرير» (the definite report) is a reporting source like «تقرير»: «وأشار التقرير إلى رفض» is reported
   (test10, test12, ANERcorp A);
3. كان followed by an imperfect (or «ولا تزال») is a past progressive, not the pluperfect: an event further
   on in its clause is not historical («كان يخفي حزاما استعمله في التفجير»; test8, test10, ANERcorp A and B);
4. a head of need right before the event makes it possible («ضرورة التوصل»، «حاجة لمحادثات»، «من الضروري أن
   يتم الانسحاب»), a head of demand planned («المطالبة بإيصال المساعدات») (test6, ANERcorp A and B).

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. an awaited or prepared event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوزير إن الاتفاقية التجارية مع اليابان تنتظر التوقيع من رئيس الحكومة.", "التوقيع"),
        ("وتترقب الأوساط زيارة وزير الخارجية الفرنسي إلى بيروت.", "زيارة"),
        ("وقالت المصادر إن العائلات ستنتظر الإفراج عن أبنائها المعتقلين في سجون الاحتلال.", "الإفراج"),
        ("وقال مسؤول إن القوات الدولية باقية بانتظار استكمال الانسحاب من المنطقة العازلة.", "الانسحاب"),
        ("وأكد الوسيط الإفريقي أن التحضير للمفاوضات بين الحكومة والمتمردين مستمر.", "مفاوضات"),
    ],
)
def test_awaited_or_prepared_event_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_awaited_event_not_after_a_negation() -> None:
    # nothing is awaited: the sentence does not plan the signing
    text = "وقال الوزير إن الحكومة لا تنتظر توقيع الاتفاق لتبدأ العمل."
    assert _fact(text, "توقيع")[1] != "planned"


def test_event_after_a_waiting_verb_in_another_clause_is_told() -> None:
    # the wait is over the results; the raid, after the comma, took place
    text = "وينتظر الأهالي نتائج التحقيق، واقتحمت الشرطة المبنى أمس."
    assert _fact(text, "اقتحمت") == ("positive", "asserted")


# ---------------------------------------------------------------- 2. the definite report as a source
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأشار التقرير إلى اعتقال عشرات الناشطين في العاصمة خلال الشهر الماضي.", "اعتقال"),
        ("وكشف التقرير عن قصف المستشفى الميداني مرتين في الأسبوع الأول من الحرب.", "قصف"),
        ("وأضاف التقرير أن القوات الحكومية اقتحمت القرية فجر الأحد.", "اقتحمت"),
    ],
)
def test_event_told_by_the_report_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_report_that_is_not_the_speaker_attributes_nothing() -> None:
    # the ministry published the report; the arrest is told by the sentence itself
    text = "ونشرت الوزارة التقرير السنوي، واعتقلت الشرطة ثلاثة مشتبهين أمس."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")


# ---------------------------------------------------------------- 3. كان + an imperfect: a past progressive
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد المحامي أن موكله كان يرافق الوفد الحكومي طوال جلسات المفاوضات في الدوحة.", "المفاوضات"),
        ("وقالت الشرطة إن المشتبه به كان يحمل مسدسا استخدمه لاحقا في الهجوم على المصرف.", "الهجوم"),
        ("وأوضح الوزير أن بلاده كانت ولا تزال تعمل على دعم الجيش الوطني في حربه.", "دعم"),
    ],
)
def test_event_noun_after_a_past_progressive_is_not_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "historical"


def test_pluperfect_with_a_past_verb_stays_historical() -> None:
    # «وكانت القوات قد شنت»: the pluperfect background, no imperfect after كان
    text = "وكانت القوات الحكومية قد شنت هجوما واسعا على المدينة قبل أسبوعين."
    assert _fact(text, "هجوما")[1] == "historical"


# ---------------------------------------------------------------- 4. a head of need or of demand
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وأكد الوزير ضرورة انسحاب القوات من المناطق الحدودية قبل نهاية العام.", "انسحاب", "possible"),
        ("وقال المبعوث إن هناك حاجة لمفاوضات مباشرة بين الطرفين.", "مفاوضات", "possible"),
        ("وأكد السفير أن من الضروري أن يتم وقف القتال في الجنوب فورا.", "وقف", "possible"),
        ("وجددت الهيئة المطالبة بإرسال المساعدات الطبية إلى المخيمات.", "المساعدات", "planned"),
    ],
)
def test_event_needed_or_demanded_is_not_asserted(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)


def test_need_in_another_clause_does_not_reach_the_event() -> None:
    # the need is for money; the shelling, after the comma, took place
    text = "وتحدث عن ضرورة التمويل، وقصفت الطائرات المخيم أمس."
    assert _fact(text, "قصفت") == ("positive", "asserted")
