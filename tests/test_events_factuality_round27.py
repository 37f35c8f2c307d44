"""Rules of round 27 (factuality and attribution), found by listing the leaks and modality errors of the 27
tuning sets and grouping them by cause:

1. «المنظمة» named again as the subject of a reporting verb, its «أن / إن / إلى أن» complement right after
   it: what it tells is reported (test21, test19a); a spokesman «باسم المنظمة» and an official committee
   stay as they were;
2. a plan or demand head before a light verb's masdar that heads an event read at its noun («التحضير لرفع
   العقوبات»، «ومطالبة الأردن برفع هذا الحصار»): planned, so the masdar's event is kept (test21, anercorp_A);
3. a trial as the ب-complement of a ruling, an order, a decision or a hastening («وقضت بمحاكمة»، «على الإسراع
   بمحاكمة») is planned (test5, test9); a sentence or a detention ordered is left alone;
4. more heads of preparation before لـ: «نجهز لرفع دعاوى»، «والتمهيد لنشر القوات» (test21, anercorp_A).

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import extract
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. the organisation as the source
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت المنظمة إن قوات الأمن اعتقلت عشرين طالبا في الجامعة.", "اعتقلت"),
        ("وأشارت المنظمة إلى أن المسلحين قتلوا سبعة مدنيين في القرية.", "قتلوا"),
        ("وذكرت المنظمة الحقوقية أن الشرطة اعتقلت صحافيا أمس.", "اعتقلت"),
    ],
)
def test_the_organisation_as_the_subject_of_a_reporting_verb_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a spokesman of the organisation is the subject: as before the round
        ("وقال المتحدث باسم المنظمة إن المسلحين قتلوا سبعة مدنيين.", "قتلوا"),
        # an official committee telling its own act: asserted, as the guideline says
        ("وقالت اللجنة إن فرقها أرسلت مساعدات إلى المدينة.", "مساعدات"),
        # the organisation is no subject here: the verb has a subject of its own before it
        ("وقالت الحكومة في رسالة إلى المنظمة إن الجيش اعتقل عشرين مسلحا.", "اعتقل"),
    ],
)
def test_no_organisation_subject_no_report(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- 2. a head before a light masdar
def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.trigger.text, e.polarity, e.modality) for e in extract(text).events if e.trigger]


def test_a_preparation_head_before_a_light_masdar_keeps_the_planned_event() -> None:
    evs = _events("وبدأت الحكومة التحضير لرفع الحظر المفروض على الواردات.")
    assert any(t.startswith("لرفع") and m == "planned" for t, _, m in evs), evs


def test_a_plan_noun_before_a_light_masdar_keeps_the_planned_event() -> None:
    # round 26 left «لنشر قوات» out here (read as asserted); the plan head now reads it as planned
    evs = _events("وأعلنت الحكومة عن خطة لنشر قوات إضافية على الحدود.")
    assert ("لنشر قوات", "positive", "planned") in evs, evs


def test_a_demand_head_before_a_light_masdar_keeps_the_planned_event() -> None:
    evs = _events("وجدد الوزير مطالبة بلاده برفع هذا الحصار عن المدينة.")
    assert any(t.startswith("برفع") and m == "planned" for t, _, m in evs), evs


def test_a_light_masdar_told_as_done_is_still_left_out() -> None:
    # no plan or demand before it: round 26's check leaves the masdar out (the noun keeps its own trigger)
    evs = _events("وأعلن الجيش أنه أنهى أمس رفع الحصار عن المدينة بعد أسابيع.")
    assert not any(t.startswith(("لرفع", "برفع")) for t, _, _ in evs), evs


# ---------------------------------------------------------------- 4. preparing, paving the way
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال محامي العائلات إنهم يجهزون لرفع دعاوى أمام المحاكم الأوروبية.", "لرفع دعاوى"),
        ("وبحث الوزيران تعزيز التعاون والتمهيد لنشر قوات مراقبة على الحدود.", "لنشر قوات"),
    ],
)
def test_a_preparation_head_before_a_light_masdar_is_planned(text: str, trigger: str) -> None:
    evs = _events(text)
    assert (trigger, "positive", "planned") in evs, evs


def test_an_unprepared_light_masdar_is_still_left_out() -> None:
    # no head of preparation: the masdar read as asserted is left out as in round 26
    evs = _events("وقال محامي العائلات إنهم ذهبوا لرفع دعاوى أمام المحاكم الأوروبية.")
    assert not any(t.startswith("لرفع") for t, _, _ in evs), evs


# ---------------------------------------------------------------- 3. a trial ordered
@pytest.mark.parametrize(
    "text",
    [
        "وألغت محكمة الاستئناف الحكم السابق وقضت بمحاكمة المتهمين أمام دائرة أخرى.",
        "وقضت المحكمة العليا بمحاكمة الضباط الثلاثة مجددا.",
        "واتفق الوزيران على الإسراع بمحاكمة المسؤولين عن الهجوم.",
    ],
)
def test_a_trial_ordered_or_hastened_is_planned(text: str) -> None:
    assert _fact(text, "محاكمة") == ("positive", "planned")


def test_a_sentence_ordered_is_not_moved() -> None:
    # «قضت بسجن»: the ruling's content is gold asserted in some sets, planned in others; left alone
    assert _fact("وقضت المحكمة بسجن الموظف ثلاث سنوات.", "سجن") == ("positive", "asserted")


def test_a_trial_after_a_comma_is_not_ordered() -> None:
    # the ruling verb is in another clause: the trial that began is told as fact
    assert _fact("وقضت المحكمة أمس، بمحاكمة علنية بدأت صباحا، بسجن المتهم.", "محاكمة")[1] != "planned"
