"""Rules of round 31 (Arabic factuality), found on the leaks of the 27 tuning sets:

1. a purpose adjunct (`modality_ar._ar_purpose_adjunct`): ل + a verbal noun after a comma or a time adverb
   closing a clause («...، أمس، للمشاركة في محادثات»), after the clause's prepositional complement («قاما
   بعملية في القرية لاعتقال»), or بـ + a verbal noun after a decision noun («قرارا بإطلاق سراح»): planned
   (test21, test7); not a ل-complement of undergoing («تعرض ... للقصف»), not a protest after a gathering;
2. «دون / بدون» + a verbal noun of taking part or carrying out, and the ل-purpose of «دون أن / بدون أن» +
   a verb, negate the event (`modality_ar._ar_without`; test15, anercorp_B); «دون سن» is no negation.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where a rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. purpose adjuncts
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وصل وفد الحكومة إلى القاهرة، صباح اليوم، للمشاركة في محادثات مع المعارضة.", "محادثات"),
        ("يصل وزير الخارجية الفرنسي إلى الرياض الليلة، لإجراء محادثات مع ولي العهد.", "محادثات"),
        ("وقال المتحدث إن دوريات الشرطة تنتشر في أحياء المدينة، للقبض على الفارين.", "قبض"),
        ("وأعلن المجلس العسكري أنه اتخذ قرارا بإطلاق سراح الأسرى.", "إطلاق سراح"),
        ("وقالت مصادر إن قوة من الجيش نفذت عملية في البلدة لاعتقال مطلوبين.", "اعتقال"),
    ],
)
def test_a_purpose_adjunct_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # undergoing: the ل-complement befell the subject
        ("وتعرضت القرى الحدودية التي يسكنها آلاف المزارعين في الأسبوع الماضي للقصف.", "قصف"),
        # a gathering is the protest it is for
        ("وقطع العشرات الطريق الرئيسي أمس، للاحتجاج على انقطاع الكهرباء.", "احتجاج"),
        # a cause noun before the ل-word, inside a that-clause: the clash took place
        ("وذكر الجيش في بيان أنه نتيجة للاشتباك تم القضاء على خمسة من المهربين.", "اشتباك"),
        # «عقب لقائه»: a word that begins with ل of its own
        ("وأدان الوزير في تصريح عقب لقائه بنظيره في باريس الهجوم على السفارة.", "لقائه"),
    ],
)
def test_no_purpose_adjunct_is_left_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


# ---------------------------------------------------------------- 2. without
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقررت العشائر حماية مناطقها، دون المشاركة في قتال إلى جانب أي طرف.", "قتال"),
        ("ومرت الذكرى بدون أن يرتفع صوت المسؤولين للدفاع عن العمال، أو حتى للاحتجاج على فصلهم.", "احتجاج"),
    ],
)
def test_without_negates_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_without_as_below_is_no_negation() -> None:
    # «دون سن»: below an age, the arrest took place
    assert _fact("واعتقلت الشرطة ثلاثة فتية دون سن الثامنة عشرة في المظاهرة.", "اعتقلت") == (
        "positive",
        "asserted",
    )
