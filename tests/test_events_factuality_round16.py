"""Rule of round 16, found by grouping the factuality errors of all fifteen tuning sets by cause: an event
noun that is the subject of a hypothetical predicate in its own clause (a future verb of taking place
further than six words away or after سوف, a round of talks «الجولة المقبلة من», «يمكن أن» + a verb) is no
asserted event (leaks in test3 and test10).

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where the rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- the subject of a far future verb
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "وأكد الوزير أن المفاوضات بين الحكومة والنقابات العمالية حول قانون التقاعد الجديد ستختتم الأسبوع المقبل.",
            "المفاوضات",
        ),
        (
            "وقالت الخارجية إن المحادثات مع الوفد الأوروبي بشأن ملف الهجرة غير الشرعية سوف تجري في روما.",
            "المحادثات",
        ),
        (
            "وذكر المتحدث أن المشاورات بين الأحزاب الكردية الثلاثة حول تشكيل حكومة الإقليم ستستأنف غدا.",
            "المشاورات",
        ),
    ],
)
def test_subject_of_a_far_future_verb_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_subject_with_a_past_verb_first_is_told() -> None:
    # the talks took place (جرت); the future verb belongs to another clause
    text = "وأكد الوزير أن المفاوضات مع النقابات جرت في أجواء إيجابية وستتبعها خطوات أخرى."
    assert _fact(text, "المفاوضات")[1] != "planned"


# ---------------------------------------------------------------- a round of talks to come
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأعلن الوسطاء أن الجولة المقبلة من المفاوضات بين الفصائل الليبية ستعقد في جنيف.", "المفاوضات"),
        ("وقال دبلوماسي إن الجولة الثالثة من المحادثات بين البلدين ستبدأ مطلع الشهر.", "المحادثات"),
        ("وذكرت الرئاسة أن الجولة القادمة من مشاورات السلام سوف تنطلق بعد العيد.", "مشاورات"),
    ],
)
def test_round_of_talks_to_come_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_round_of_talks_that_ended_is_not_planned() -> None:
    text = "وانتهت الجولة الثالثة من المحادثات بين البلدين أمس دون نتائج."
    assert _fact(text, "المحادثات")[1] != "planned"


# ---------------------------------------------------------------- «يمكن أن» as the event's predicate
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الجنرال إن الغارات على مخازن الصواريخ يمكن أن تشل قدرة الحركة على الرد.", "الغارات"),
        ("ورأى خبراء أن الضربات الصاروخية على الموانئ يمكن أن تعطل الملاحة لأشهر.", "الضربات"),
        ("وأضاف أن الهجوم البري على المدينة يمكن أن يستغرق أسابيع.", "الهجوم"),
    ],
)
def test_event_with_a_modal_predicate_is_possible(text: str, trigger: str) -> None:
    pol, mod = _fact(text, trigger)
    assert pol == "positive" and mod == "possible"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a consequence or a copula after يمكن أن: the event is given, its effect is open
        ("وقال المحلل إن الهجوم يمكن أن يؤدي إلى تصعيد خطير على الحدود.", "الهجوم"),
        ("وأكد المتحدث أن التفجير يمكن أن يكون من تنفيذ خلية نائمة.", "التفجير"),
    ],
)
def test_modal_on_a_consequence_leaves_the_event_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "possible"


# ---------------------------------------------------------------- a modal over an event pointed at by هذه
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ينبغي أن تكون هذه المفاوضات بداية لمرحلة جديدة من الثقة بين الجانبين.", "المفاوضات"),
        ("وقد تكشف هذه الزيارة عن تحول في موقف أنقرة من الأزمة.", "الزيارة"),
        ("ويمكن أن تمهد هذه المحادثات الطريق أمام تسوية شاملة للنزاع.", "المحادثات"),
    ],
)
def test_modal_over_a_pointed_event_leaves_it_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the modal verb is the event's own taking place or resumption: still open
        ("وقال الوسيط إنه قد تعقد هذه المحادثات في القاهرة الأسبوع المقبل.", "المحادثات"),
        ("ورجح الوسيط أنه قد تستأنف هذه المفاوضات بعد عطلة العيد.", "المفاوضات"),
    ],
)
def test_modal_on_the_pointed_event_itself_stays_open(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "asserted"
