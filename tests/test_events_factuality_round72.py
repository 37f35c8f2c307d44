"""Round 72: an event presupposed by a word of cause, stopping, inquiry, responsibility or basis keeps no plan or
modal of the clause around it («وطالبوا بوقف العمليات العسكرية»: the operations go on; «بمحاكمة المسؤولين عن
قتل المحتجين»: the killing took place). Hand-written sentences, none copied from a gold set; counter-cases where
the rule must not fire."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وطالب المحتجون بمحاكمة المسؤولين عن قتل المتظاهرين في الساحة.", "قتل"),
        ("وطالبت المعارضة بفتح تحقيق في مقتل الناشط.", "مقتل"),
        ("ودعا الأهالي الحكومة إلى فتح تحقيق بشأن عملية الاعتقال.", "الاعتقال"),
        ("وطالب النواب الجيش بوقف العمليات العسكرية في الإقليم.", "العمليات العسكرية"),
        ("وسيبحث الوزراء سبل إنهاء الحصار المفروض على البلدة.", "الحصار"),
        ("وطالبت العائلات بتعويضها عن الخسائر التي لحقت بها بسبب القصف.", "القصف"),
        ("وأضاف أن الجمعية ستقوم بموجب الاتفاقية بتوزيع السلال الغذائية.", "الاتفاقية"),
    ],
)
def test_presupposed_complement_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the demanded act itself stays planned
        ("وطالب المحتجون بمحاكمة المسؤولين عن قتل المتظاهرين في الساحة.", "بمحاكمة"),
        ("ودعا الأهالي الحكومة إلى فتح تحقيق بشأن عملية الاعتقال.", "تحقيق"),
        # an event still to come after the cause word
        ("وستغلق المدارس أبوابها بسبب الإضراب المقرر الأسبوع المقبل.", "الإضراب"),
    ],
)
def test_demanded_act_and_coming_event_stay_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_achieving_is_no_inquiry() -> None:
    # «تحقيق» without في / بشأن / حول is achieving, not an inquiry into an event
    assert _fact("وقال إن الحكومة تسعى إلى تحقيق اتفاق مع المعارضة.", "اتفاق")[1] == "planned"
