"""Rule of round leaks67 (factuality leaks, branch leaks67): a failed or unable act is not asserted.

The act named right after «عجز / عاجز ... عن» or «فشل / أخفق ... في» (a verbal noun, or «أن» + a verb) did not
take place: negative, with the modality it has (`modality_ar._ar_failed_act`). Not when the failing verb is
negated («لم تعجز ... عن» = did it), under a condition or a possibility, or when the event is named deeper in the
complement.

Every case is a hand-written news sentence, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        ("عجزت القوات عن اقتحام المدينة أمس.", "اقتحام", ("negative", "asserted")),
        ("وعجز المتظاهرون عن اقتحام مبنى البرلمان.", "اقتحام", ("negative", "asserted")),
        ("عجز الجيش عن أن يقتحم البلدة.", "يقتحم", ("negative", "asserted")),
        ("أخفقت المفاوضات في التوصل إلى اتفاق بشأن الهدنة.", "التوصل", ("negative", "asserted")),
        ("وقد أخفق مندوبو الدول في الاتفاق على قرار.", "الاتفاق", ("negative", "asserted")),
    ],
)
def test_failed_act_is_negative(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # the failing verb negated: the arrest took place
        ("لم تعجز الشرطة عن اعتقال المشتبه بهم.", "اعتقال", ("positive", "asserted")),
        # the failure of a prevention: the attack took place
        ("فشلت الشرطة في منع الهجوم.", "الهجوم", ("positive", "asserted")),
        # the talks that failed took place
        ("أخفقت المفاوضات في التوصل إلى اتفاق بشأن الهدنة.", "المفاوضات", ("positive", "asserted")),
    ],
)
def test_outside_a_failure_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
