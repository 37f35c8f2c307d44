"""Rule of round 34 (factuality, over-hedging), found on the errors of the 27 tuning sets:

1. the round-7 safeguard (`scope._unresolved_cue`) leaves a negation of another verb unplaced and makes the
   event possible; a definite event in the prepositional object of that verb was already exempt («لم ترد
   الحكومة على الاحتجاجات»). Now also (`scope._ar_prep_genitive`) an event noun made definite by its genitive
   after a preposition («في مفاوضات النووي»), or the definite genitive of the preposition's indefinite object
   («في صحة الدعاوى»، «ببدء العمليات») (test6, test10); not an event with ب on it that is the object of the
   negated verb («لم تقتنع المحكمة بإدانة المتهمين»: the conviction did not happen).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوزير: لم نقدم أي تنازلات في مفاوضات السلام مع المتمردين.", "مفاوضات"),
        ("وقالت المحكمة إنها لم تنظر بعد في صحة الاتهامات الموجهة إلى الشركة.", "الاتهامات"),
    ],
)
def test_event_in_the_object_of_another_negated_verb_is_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المحامي إن المحكمة لم تقتنع بإدانة المتهمين الآخرين.", "إدانة"),
        ("وأكد المتحدث أن الجيش لم يشن هجمات على المدينة.", "هجمات"),
    ],
)
def test_the_negated_event_itself_is_not_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) != ("positive", "asserted")
