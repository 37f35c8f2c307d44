"""Rules of round 22, found by listing the leaks and the modality / polarity errors of the 26 tuning sets
(dev, test, dev2-dev5, test2-test18, test19a, anercorp_A, anercorp_B) and grouping them by cause:

1. the complement of a REQUEST governor (دعا إلى، طالب بـ، حث على، ناشد) is planned, not possible (a call
   or a demand plans the act; anercorp_A, anercorp_B, test7-test10, test15, test19a);
2. the act owed after a modal of obligation with على and a subject of several words (commas allowed) and أن
   or القيام is possible: «يجب على الولايات المتحدة أن ...» (test10, test18);
3. a network (شبكة) with its name in quotes after it is a news outlet, a source (test8, test10);
4. the direct بـ-complement of a threat verb (هدد برفضه، توعد بملاحقة، هدد ... بتنفيذ هجمات) is planned; a
   noun deeper in the complement stays possible (test2, test8, anercorp_A).

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. a call or a demand plans the act
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ودعا الرئيس الأطراف المتحاربة إلى وقف القتال في المدينة.", "وقف"),
        ("وطالب المحتجون الحكومة بمحاكمة المسؤولين عن الفساد.", "بمحاكمة"),
        ("وحث الوزير البرلمان على رفض مشروع القانون الجديد.", "رفض"),
        ("وناشدت المنظمة الدول المانحة بدعم اللاجئين في المخيمات.", "بدعم"),
    ],
)
def test_a_call_or_demand_plans_the_act(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_negated_call_plans_a_negated_act() -> None:
    assert _fact("وطالب النواب الحكومة بعدم إرسال قوات إلى الخارج.", "إرسال") == ("negative", "planned")


def test_a_demand_told_as_a_report_keeps_its_act_planned() -> None:
    # the call is told in a report; what it calls for is still to come
    assert _fact("وقال مسؤول إن الأمم المتحدة دعت إلى إرسال مساعدات عاجلة.", "إرسال")[1] == "planned"


# ---------------------------------------------------------------- 2. obligation with على and a long subject
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("يجب على الحكومة العراقية الجديدة أن تفرج عن المعتقلين.", "تفرج"),
        ("ينبغي على وزير الخارجية، ونظيره الروسي، القيام بزيارة إلى دمشق.", "بزيارة"),
    ],
)
def test_an_obligation_over_a_long_subject_makes_the_act_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_a_told_act_after_a_subject_stays_asserted() -> None:
    # no modal of obligation: the cooperation is told as fact
    assert _fact("قال الوزير إن الحكومة العراقية الجديدة أفرجت عن المعتقلين.", "أفرجت") == (
        "positive",
        "asserted",
    )


# ---------------------------------------------------------------- 3. a network named in quotes is a source
def test_a_network_named_in_quotes_reports() -> None:
    text = 'وأفادت شبكة "الفجر" الإقليمية بسقوط قتلى بعد قصف استهدف السوق.'
    assert _fact(text, "قصف")[1] == "reported"


def test_a_network_without_a_name_in_quotes_is_no_source() -> None:
    # «شبكة الطرق» is a road network, no outlet: the shelling is told by the writer
    text = "وأفادت شبكة الطرق الرئيسية بسقوط قتلى بعد قصف استهدف السوق."
    assert _fact(text, "قصف")[1] != "reported"


# ---------------------------------------------------------------- 4. a threat's direct بـ-complement is planned
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وهدد النواب برفض الموازنة الجديدة.", "برفض"),
        ("وتوعدت الجماعة بملاحقة المسؤولين عن الهجوم.", "بملاحقة"),
        ("وهدد التنظيم مجددا بتنفيذ هجمات على العاصمة.", "هجمات"),
    ],
)
def test_a_threat_plans_its_direct_complement(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_noun_deep_in_a_threat_stays_possible() -> None:
    # what the threatened veto would stop is not itself threatened
    assert _fact("وهدد الرئيس باستخدام حق النقض ضد الرفض.", "الرفض")[1] == "possible"
