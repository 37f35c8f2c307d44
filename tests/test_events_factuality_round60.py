"""Rule of round 60 (factuality), from a transfer audit of the system's positive / asserted output on fresh news
after a word of decision, intention, preparation or agreement: an act that a body approved (أقر + a verbal noun
object), ratified or agreed on (صادق / اتفق + على + a verbal noun) or makes ready for (تأهب + لـ) is still to
come, planned (`modality_ar._ar_approved_to_come`). أقر + بـ is an admission, and a و + past verb of carrying out
after the act tells it done.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import extract
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # أقر + a verbal noun object: approved deploying
        ("أقر البرلمان الألماني أمس نشر مئتي جندي في مالي.", "نشر"),
        # صادق + على + a verbal noun: ratified sending
        ("صادق مجلس النواب على إرسال قوات من الجيش إلى الحدود الشرقية.", "إرسال"),
        # اتفق + على + a verbal noun: agreed on holding a round of talks
        ("اتفق وفدا الحكومة والمعارضة على عقد جولة مفاوضات ثانية في جنيف.", "عقد"),
        # تأهب + لـ: making ready to storm
        ("تتأهب قوات الجيش لاقتحام آخر معاقل المسلحين في الجبل.", "اقتحام"),
    ],
)
def test_approved_agreed_or_prepared_act_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_admission_with_bi_is_not_planned() -> None:
    # أقر + بـ: admitted an act done
    doc = extract("وأقر الموقوف أمام المحقق بتنفيذ الهجوم على نقطة التفتيش.", "ar")
    assert all(e.modality != "planned" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past verb between the approval and the act: the act is the later verb's object, told
        ("أقر الوزير بأن الشرطة اعتقلت عشرة محتجين.", "اعتقلت"),
        # decided and done: «... وباشرت»
        ("صادقت الحكومة على إرسال قافلة مساعدات وباشرت توزيعها في القرى.", "إرسال"),
        # a preposition before the noun: where the body approved, not what («في اجتماعه»)
        ("أقرت اللجنة الأمنية خلال اجتماعها الطارئ مساء أمس خطة لحماية الحدود.", "اجتماعها"),
        # a preposition anywhere between: the meeting where the body approved, held
        ("أقر وزراء الداخلية العرب في ختام اجتماعهم بتونس أمس خطة أمنية.", "اجتماعهم"),
        # a court's approval is its ruling, which performs the act: upholding the verdict
        ("أقرت المحكمة العليا تأييد الحكم وحبس الضابط خمس سنوات.", "تأييد"),
    ],
)
def test_counter_cases_are_not_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"
