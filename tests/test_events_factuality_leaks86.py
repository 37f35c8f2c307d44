"""Rules of round 86 (factuality leaks, branch leaks86): «لا» written onto the modal, control or existential verb it
negates is read as the two words.

«لايمكن أن نقبل»، «لايمكن التوصل»، «لايستطيع الجيش اقتحام»، «لاتوجد مفاوضات»: the tokenizer keeps the fused word
whole, so neither the modal's cue nor the negation was read and the act came out positive / asserted. Now the fused
word gives what «لا يمكن» / «لا يستطيع» / «لا توجد» give (`modality_ar._ar_fused_neg_as_verb`,
`modality_ar._ar_fused_neg_scope`). Not «لايزال / لاتزال» (still), not a word that merely starts with «لا»
(«اللاجئون»), not an act the modal follows, not «إلا» after the act (only so, it may).

Every case is a hand-written news sentence, with counter-cases. The rules alone (no classifier), as the other
factuality round tests.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # the modal before «أن» (round 14's control verbs) and right before the verbal noun (round 41's)
        ("وقال الوزير إن الحكومة لايمكن أن تقبل بشن هجوم على المدينة.", "هجوم", ("negative", "possible")),
        ("وقال إن الحكومة لايمكنها إرسال قوات إلى الحدود.", "إرسال", ("negative", "possible")),
        # a control verb, a support verb
        ("وقال إن المعارضة لاتريد أن تشارك في المفاوضات.", "المفاوضات", ("negative", "planned")),
        ("ولايستطيع الجيش اقتحام المدينة.", "اقتحام", ("negative", "asserted")),
        # the existential
        ("ولاتوجد مفاوضات بين الطرفين حاليا.", "مفاوضات", ("negative", "asserted")),
        ("وقال المتحدث إنه لايوجد أي اعتقالات في صفوف المتظاهرين.", "اعتقالات", ("negative", "asserted")),
    ],
)
def test_fused_negation_is_read(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


def test_fused_modal_before_a_verbal_noun() -> None:
    # round 41's reading of «لا يمكن التوصل»; the separate «لا يمكن» gives negative here too
    assert _fact("وأكد المسؤول أنه لايمكن التوصل إلى اتفاق قبل الانتخابات.", "التوصل")[0] == "negative"


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # «لايزال / لاتزال»: still, the act goes on
        ("لايزال الجيش يقصف المدينة.", "يقصف", ("positive", "asserted")),
        ("ولاتزال الاشتباكات مستمرة في المدينة.", "الاشتباكات", ("positive", "asserted")),
        # «إلا» after the act: only so, it may (as «لا يمكن أن يتم إلا»: the modal read, not the negation)
        ("لايمكن أن يتم الاتفاق إلا من خلال الحوار.", "الاتفاق", ("positive", "possible")),
        # the act before the fused modal
        ("وقال إن الجيش قصف المدينة ولايمكن التحقق من ذلك.", "قصف", ("positive", "asserted")),
        # a word that starts with «لا» is no negation
        ("وعاد اللاجئون إلى القرية بعد انسحاب القوات.", "انسحاب", ("positive", "asserted")),
    ],
)
def test_not_a_fused_negation(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
