"""Rules of round 21, found by listing the leaks (negated or hypothetical gold output as asserted positive)
and the modality errors of the 24 tuning sets and grouping them by cause:

1. verbs of fear and of likelihood govern their أن-clause as «يخشى أن» and «يرجح» did: the past and plural
   forms («رجح، رجحت»، «يتخوف، تتخوف»), also when the act is the masdar of a light verb far after «أن يقوم»
   (anercorp_A, anercorp_B, test15);
2. need heads: «ضرورة» inside a merged trigger before its event word, and the clause-initial predicate
   «المطلوب» (test5, test8);
3. the purpose (ل + masdar, or its و-conjunct) of a body or date still to be set up (إنشاء، تشكيل، تحديد ...)
   is planned (test5, test15);
4. a negated intention or decision («لا يعتزم»، «لم يتقرر»، «لا توجد نية») negates the event it intends, past
   a light masdar (بدء، عقد، الدعوة إلى), a time adverb or a quote mark (test13, anercorp_A, anercorp_B);
5. an attempt told as failed («حاول دون جدوى»، «حاول ... لكنه لم ينجح») negates the act tried, told as fact
   (test2, test10);
6. an imperfect verb opening the clause that describes the indefinite object of a future verb is planned,
   also when the future verb presupposes its object («سيبحث قرارا يرفض») or starts like a noun the future
   check keeps out («سيمضي يومين ... يلتقي خلالهما»): test7, anercorp_A.

7. a verb of press coverage with an outlet as its subject («اهتمت الصحف ... ب»، «ركزت الصحف على») attributes
   what follows (reported), not over an announcement the papers relay (test12, test15).

English counterparts of 4 and 5 ("no plans / no intention to", "tried in vain to", "tried to ... but
failed"); they change no label of the English tuning items.

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. fear and likelihood
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ورجح المحلل أن ترفض الحكومة المبادرة الجديدة.", "ترفض"),
        ("ورجحت الصحيفة أن يعتقل الأمن قادة الاحتجاجات.", "يعتقل"),
        ("وتتخوف السلطات أن تهاجم الجماعات المسلحة القرى الحدودية.", "تهاجم"),
        (
            "ويتخوف السكان أن يقوم المسلحون بعد انسحاب القوات الحكومية من مواقعها في الضواحي الشرقية "
            "والأحياء القديمة بشن هجمات على الأسواق.",
            "هجمات",
        ),
    ],
)
def test_fear_and_likelihood_make_the_clause_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_a_light_verb_told_as_done_stays_asserted() -> None:
    # no verb of fear or likelihood over «قام»: the attacks took place
    text = (
        "وقال مسؤول أمني إن المسلحين قاموا بعد انسحاب القوات الحكومية من مواقعها في الضواحي الشرقية "
        "والأحياء القديمة بشن هجمات على الأسواق."
    )
    assert _fact(text, "هجمات") == ("positive", "asserted")


# ---------------------------------------------------------------- 2. need heads
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وشدد النواب على ضرورة محاكمة الوزير السابق.", "محاكمة"),
        ("المطلوب محاكمة المسؤولين عن المجزرة أمام القضاء الدولي.", "محاكمة"),
    ],
)
def test_a_need_head_makes_the_event_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "possible"


def test_required_as_an_adjective_is_no_need_head() -> None:
    # «الدعم المطلوب» names the support; the confrontation after it is no need
    text = "وقال الوزير إن الدعم المطلوب لمواجهة الهجمات وصل أمس."
    assert _fact(text, "الهجمات")[1] != "possible"


# ---------------------------------------------------------------- 3. purpose of a body to be set up
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأقر البرلمان قانونا يسمح بإنشاء محكمة خاصة لمحاكمة قادة الميليشيات.", "لمحاكمة"),
        ("وصادق المجلس على تشكيل لجنة دولية مستقلة لمحاكمة المتورطين في الجرائم.", "لمحاكمة"),
        ("وينتظر المحققون تحديد موعد للجلسة لعرض النتائج وإحالة الملف إلى القضاء.", "إحالة"),
    ],
)
def test_the_purpose_of_a_body_to_be_set_up_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_purpose_without_a_setting_up_is_left_alone() -> None:
    # no masdar of setting up before the purpose: the rule does not fire (the trial took place)
    text = "ومثل المتهمون أمس أمام المحكمة الجنائية في محاكمة علنية."
    assert _fact(text, "محاكمة") == ("positive", "asserted")


# ---------------------------------------------------------------- 4. negated intention
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال مصدر قضائي إن النيابة لا تعتزم بدء تحقيقات في القضية.", "تحقيقات"),
        ("وأوضح المتحدث أن الحكومة لا تنوي حاليا عقد مفاوضات مع المعارضة.", "مفاوضات"),
        ("وقال دبلوماسي إنه لا توجد نية للدعوة إلى اجتماع طارئ للمجلس.", "اجتماع"),
        ("وأضاف أنه لم يتقرر بعد عقد قمة بين الزعيمين.", "قمة"),
    ],
)
def test_a_negated_intention_negates_the_intended_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "planned")


def test_an_affirmed_intention_stays_positive() -> None:
    text = "وقال مصدر قضائي إن النيابة تعتزم بدء تحقيقات في القضية."
    assert _fact(text, "تحقيقات") == ("positive", "planned")


# ---------------------------------------------------------------- 5. failed attempt
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وحاولت الشرطة عبثا اعتقال المشتبه به.", "اعتقال"),
        ("وحاولت المنظمة دون جدوى إدخال مساعدات إلى المدينة المحاصرة.", "مساعدات"),
        ("وحاول الوسطاء عقد مفاوضات بين الطرفين لكنهم فشلوا.", "مفاوضات"),
        ("وحاولت الحكومة تنظيم محادثات مع المتمردين، لكنها لم تنجح.", "محادثات"),
    ],
)
def test_a_failed_attempt_negates_the_act(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "asserted")


def test_an_attempt_without_failure_stays_possible() -> None:
    text = "وحاولت الحكومة تنظيم محادثات مع المتمردين في العاصمة."
    assert _fact(text, "محادثات") == ("positive", "possible")


# ---------------------------------------------------------------- 6. clause of a future verb's object
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وسيناقش البرلمان مشروعا يدين الهجمات على المدنيين.", "يدين"),
        ("وسيمضي الرئيس يومين في باريس يلتقي خلالهما نظيره الفرنسي.", "يلتقي"),
    ],
)
def test_the_clause_of_a_future_verbs_object_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_clause_after_a_past_verb_is_not_planned() -> None:
    text = "وناقش البرلمان أمس مشروعا يدين الهجمات على المدنيين."
    assert _fact(text, "يدين")[1] != "planned"


# ---------------------------------------------------------------- English counterparts
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The agency tried in vain to deliver aid to the besieged town.",
            "deliver",
            ("negative", "asserted"),
        ),
        ("Police tried to arrest the suspect but failed.", "arrest", ("negative", "asserted")),
        ("The government has no plans to hold talks with the rebels.", "hold", ("negative", "planned")),
        ("There is no intention to call an emergency meeting.", "meeting", ("negative", "planned")),
    ],
)
def test_english_failed_attempt_and_no_plans(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


def test_english_plans_without_no_stay_positive() -> None:
    assert _fact("The government has plans to hold talks with the rebels.", "hold") == ("positive", "planned")


# ---------------------------------------------------------------- 7. press coverage
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واهتمت الصحف المصرية الصادرة اليوم باعتقال الشرطة عشرات المحتجين في الإسكندرية.", "اعتقال"),
        ("وركزت الصحف الفرنسية على هجوم المسلحين على قاعدة عسكرية في مالي.", "هجوم"),
    ],
)
def test_press_coverage_reports_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


def test_press_coverage_of_an_announcement_leaves_it_to_the_announcer() -> None:
    # the ministry announced the arrests: the papers only relay the announcement
    text = "واهتمت الصحف المصرية بإعلان وزارة الداخلية عن اعتقال عشرات المحتجين."
    assert _fact(text, "اعتقال")[1] != "reported"
