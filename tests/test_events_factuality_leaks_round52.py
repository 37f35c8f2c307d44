"""Rule of round 52 (factuality leaks, branch leaks52), from the leaks of the tuning files:

(`modality_ar._ar_governed_that_clause`) a verb event in an أن-clause whose governing verb of suspicion or claim
(يشتبه في أن، زعم أن), of likelihood (يرجح أن) or of denial (نفى أن) stands a subject of several words away, or
past a relative clause of the subject or an incise between commas, is alleged, possible or negative, not asserted.
Not when the cue verb is itself negated (لم ينف أن), not over a verb of saying that starts its own clause, not for
the verb of a relative clause of the subject (الذي قتل).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "ويشتبه ضباط التحقيق في الشرطة الفرنسية في أن المتهمين الثلاثة اختطفوا رجل الأعمال من منزله.",
            "اختطفوا",
            ("positive", "alleged"),
        ),
        (
            "وزعمت وزارة الدفاع في حكومة الشرق أن المسلحين الذين فروا من السجن هاجموا نقطة تفتيش قرب المطار.",
            "هاجموا",
            ("positive", "alleged"),
        ),
        (
            "ويرجح محللون عسكريون في العاصمة أن تنسحب الوحدات المدرعة من المدينة قبل نهاية الشهر.",
            "تنسحب",
            ("positive", "possible"),
        ),
        (
            "ونفى المتحدث باسم قوات الأمن في المحافظة، في مؤتمر صحفي، أن تكون دورياته قد اعتقلت أيا من الطلاب.",
            "اعتقلت",
            ("negative", "asserted"),
        ),
    ],
)
def test_cue_verb_a_subject_away_governs_the_that_clause(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the denial itself negated: the event is told as it is
        ("ولم تنف قيادة الجيش في بيانها أن طائراتها قصفت مواقع المسلحين قرب الحدود.", "قصفت"),
        # a verb of saying starts the clause of أن after the likelihood verb
        ("ورجح المحللون هذا السيناريو وأعلن الجيش في بيان أن قواته قصفت مواقع المسلحين قرب الحدود.", "قصفت"),
        # the verb of a relative clause of the subject is given, not claimed
        ("وزعمت الشرطة أن الرجل الذي قتل في المواجهة كان مسلحا.", "قتل"),
    ],
)
def test_cue_verb_counter_cases_stay_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
