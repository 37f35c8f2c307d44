"""Rules of round 51 (factuality), from the leaks of the fresh conflict-news tuning sets dev10 and dev11:

(`modality_ar._ar_purpose_after_noun`, hooked in `_ar_purpose_adjunct`) the object of ل + a verbal noun of
delivering or receiving («لإيصال المساعدات»، «لاستلام المساعدات»، «لتوزيع المساعدات») right after a word of
its clause, and ل + a verbal noun right after an indefinite noun of a plan or a means («آلية لملاحقة»، «خطة
لتفجير»، «مبادرة لوقف»), are a purpose, still to come: planned. Not after a cause word («نتيجة لتقديم»), not
after a definite noun («الفرصة للاتصال»), not a possessed verbal noun telling a done act («لتقديمها»).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact

from khabar.events.modality_ar import _AR_DELIVER, _AR_PLAN_NOUNS
from khabar.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وانطلقت صباح اليوم قافلة من الشاحنات لإيصال المساعدات إلى المدينة المحاصرة.", "المساعدات"),
        ("وشكلت الوزارة لجنة ميدانية لتوزيع المساعدات على الأسر النازحة في المخيمات.", "المساعدات"),
        ("وينتظر النازحون منذ أسابيع لاستلام المساعدات الغذائية.", "المساعدات"),
        ("وأعلن المتحدث عن وضع آلية لملاحقة المتورطين في أعمال التخريب.", "ملاحقة"),
    ],
)
def test_purpose_of_delivering_or_of_a_plan_noun_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a possessed verbal noun: thanks for aid given
        ("وشكرت الوزارة الدول المانحة لتقديمها المساعدات للاجئين.", "المساعدات"),
        # a cause word before the ل-word
        ("وتراجعت الأوضاع نتيجة لتقديم المساعدات بشكل غير منتظم.", "المساعدات"),
        # the ل-complement of a verb of undergoing
        ("وتعرضت القافلة لهجوم مسلح قرب الحدود.", "هجوم"),
    ],
)
def test_no_plan_after_a_cause_a_possessed_noun_or_undergoing(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


def test_word_lists_are_normalized_and_hold_the_forms() -> None:
    assert normalize("إيصال") in _AR_DELIVER and normalize("استلام") in _AR_DELIVER
    assert normalize("آلية") in _AR_PLAN_NOUNS and normalize("خطة") in _AR_PLAN_NOUNS
    assert normalize("إدانة") not in _AR_PLAN_NOUNS


def test_no_plan_for_the_purpose_of_a_negated_act() -> None:
    text = "ولم يعقد المجلس جلسة طارئة لتقديم شكوى رسمية إلى الأمم المتحدة."
    assert _fact(text, "شكوى")[1] != "planned"


def test_no_plan_for_a_definite_generic_purpose_of_a_plan_noun() -> None:
    text = "كما أن اللجان الأهلية آلية للضبط الاجتماعي، وتحديد المسؤوليات في الأحياء."
    assert _fact(text, "لضبط")[1] != "planned"
