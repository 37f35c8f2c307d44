"""Rules of round 41 (factuality), found on the errors of the tuning sets:

1. (`modality_ar._ar_neg_scope`, `_AR_NEG_MODAL`) a negation right before the impersonal modal «يمكن»
   («لا يمكن التوصل إلى ذلك»، «لن يمكن إجراء الانتخابات») reaches the event after it: it cannot take place,
   negative / possible (anercorp A and B). «لا يمكن ... إلا» (only so) is left possible and positive.
2. (`modality_ar._ar_negated_conjunct`) a و-masdar coordinated with the masdar a negation governs shares the
   negation: «بعدم التواصل والحوار»، «لم يتم معاقبة رجل الأمن ومحاكمته» (anercorp B, test8). A comma between
   ends it.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rules must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوزير إنه لا يمكن التوصل إلى اتفاق مع المتمردين.", "التوصل"),
        ("وأكد المبعوث أنه لا يمكن التوصل إلى تسوية قبل الانتخابات.", "التوصل"),
    ],
)
def test_a_negated_impersonal_modal_negates_its_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "possible")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال إنه لا يمكن التوصل إلى حل إلا عبر الحوار.", "التوصل"),  # only so: it may
        ("وقال إنه يمكن التوصل إلى اتفاق قريبا.", "التوصل"),  # no negation
    ],
)
def test_an_unnegated_or_restricted_modal_stays_positive(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وانتقد النائب عدم اعتقال المشتبه بهم ومحاكمتهم حتى الآن.", "ومحاكمتهم"),
        ("وأوضح أن المشكلة أنه لم يتم معاقبة الضابط ومحاكمته.", "ومحاكمته"),
    ],
)
def test_the_conjunct_of_a_negated_masdar_is_negated(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "ودعا البيان الحكومة إلى عدم التواصل والحوار مع الميليشيات.",
        "وطالب النواب الوزير بعدم التواصل والحوار مع الجماعات المسلحة.",
    ],
)
def test_the_conjunct_of_a_negated_demanded_masdar_is_negative_planned(text: str) -> None:
    assert _fact(text, "الحوار") == ("negative", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وانتهى الاجتماع دون اتفاق، والقصف مستمر.", "القصف"),  # a comma: a new clause
        ("وقال إن الحكومة قررت عدم التفاوض مع المتمردين، والهجوم على مواقعهم مستمر.", "الهجوم"),
        ("وأعلنت الشرطة اعتقال المشتبه بهم ومحاكمتهم.", "ومحاكمتهم"),  # no negation
    ],
)
def test_a_conjunct_outside_the_negation_stays_positive(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "positive"
