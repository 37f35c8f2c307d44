"""Rules of round 88 (factuality leaks, branch leaks88): «لا» written onto a verb of intention or will, the act right
after it, is negated as after the two words.

«لاتنوي إرسال قوات»، «لايريد إرسال قوات»، «لاتعتزم اعتقال»: round 86 read the fused word as its verb (the planned cue)
and ran `_ar_neg_scope` over the two words, but the separate «لا تنوي إرسال» is negated by round 21's
`_ar_negated_intent` and «لا يريد إرسال» by `_ar_negated_object`, which read the particle itself: the fused form came
out positive. Both now run over the split words (`modality_ar._ar_fused_neg_split`). Not «لايزال», not a word that
merely starts with «لا», not an act before the verb, not an affirmed intention.

Every case is a hand-written news sentence, with counter-cases. The rules alone (no classifier), as the other
factuality round tests.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # an intention verb of round 21's `_AR_INTEND`, fused
        ("وأكد المتحدث أن الحكومة لاتنوي إرسال قوات إلى الحدود الشمالية.", "إرسال", ("negative", "planned")),
        ("وقال مصدر إن الرئيس لاينوي شن هجوم على المدينة.", "هجوم", ("negative", "planned")),
        ("وذكر البيان أن السلطات لاتعتزم اعتقال قادة المعارضة.", "اعتقال", ("negative", "planned")),
        # a time adverb between, as round 21 allows
        ("وقال الوزير إن بلاده لاتنوي حاليا فرض عقوبات على جارتها.", "عقوبات", ("negative", "planned")),
        # a verb of will before an indefinite act (`_ar_negated_object`)
        ("وقال المسؤول إن الجيش لايريد إرسال جنود إلى المنطقة.", "إرسال", ("negative", "planned")),
    ],
)
def test_fused_intention_is_negated(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # the separate forms: the reading the fused ones now share
        ("وأكد المتحدث أن الحكومة لا تنوي إرسال قوات إلى الحدود الشمالية.", "إرسال", ("negative", "planned")),
        ("وقال المسؤول إن الجيش لا يريد إرسال جنود إلى المنطقة.", "إرسال", ("negative", "planned")),
        # the act before the fused verb
        ("وقصف الجيش المدينة أمس ولاينوي وقف العملية.", "قصف", ("positive", "asserted")),
        # «لايزال» (still) and a word that starts with «لا»
        ("لايزال الجيش يقصف أطراف المدينة.", "يقصف", ("positive", "asserted")),
        ("وعاد اللاجئون إلى القرية بعد انسحاب القوات.", "انسحاب", ("positive", "asserted")),
        # an affirmed intention stays positive
        ("وقال إن الحكومة تنوي إرسال قوات إلى الحدود.", "إرسال", ("positive", "planned")),
    ],
)
def test_not_a_fused_intention(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


def test_fused_permission_with_an_exception_is_not_negated() -> None:
    # a modal of permission is round 86's (its scope reads «إلا» after the act: only so, it may); the negated object
    # is read past a fused verb of will or intention only
    assert _fact("وينص القانون على أنه لايجوز هدم أي منزل إلا بقرار من المحكمة.", "هدم")[0] == "positive"
