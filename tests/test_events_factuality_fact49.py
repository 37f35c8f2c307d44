"""Rule of round 49 (factuality, branch fact49), from an audit of the system's own positive / asserted Arabic
output on fresh conflict news (eval/events/README.md, round 49):

(`modality_ar._ar_dispatch_purpose`) ل + a verbal noun in the clause of a verb of travelling, sending,
appointing or holding talks (يجرون محادثات، عين، أرسل، توجه، زار، أوفد): the purpose, still to come (planned).

Hand-written news sentences worded unlike the gold sentences, with counter-cases where the rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "قال مسؤول في الحزب إن ممثلين عنه يجرون محادثات مع دبلوماسيين من فرنسا وألمانيا وإيطاليا "
            "للمساعدة في إنهاء النزاع.",
            "لمساعدة",
        ),
        ("وأعلنت الوزارة أن المكتب عين خبيرا مختصا لمساندة فريق التحقيق الدولي في الحادث.", "لمساندة"),
        ("أوفدت الجامعة العربية مبعوثا خاصا إلى طرابلس لدعم جهود المصالحة بين الأطراف.", "لدعم"),
    ],
)
def test_purpose_of_a_trip_an_envoy_or_talks_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verb of undergoing governs the ل-word: what befell the visitors took place
        ("وتعرض الوفد الذي زار المدينة أمس لهجوم مسلح عند مدخلها.", "لهجوم"),
        # no verb of travelling, sending or talks in the clause: the rule does not fire
        ("وأشاد الوزير بالتعاون القائم بين البلدين في مجال مكافحة الإرهاب.", "التعاون"),
    ],
)
def test_no_dispatch_purpose_without_its_verb(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
