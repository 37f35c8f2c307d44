"""Round 64 (attribution), no rule: a speaker named by a rank («العقيد»، «اللواء»), a spokesman's participle
(«المتحدث»، «الناطق») with or without his office, or a surname alone stays an official telling of an act, as the
guideline at the top of eval/events/README.md has it ("X said" by an official actor: asserted) and as the tuning
gold has these forms by a large majority (round 64's scan: ranks 20 of 23 not reported, spokesmen asserted but
for 5, 4 of them relayed by an agency or «حسبما», surnames about 50 not reported against 3). These cases pin that reading, so that a wider
private-speaker rule (round 63's `_ar_private_speaker`) does not take an official for a private person; the
counter-cases keep a witness, a relative and a relaying agency reported.

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد العقيد الزهراني أن دوريات الأمن قبضت على المتهمين في حي النسيم.", "قبضت"),
        ("وقال اللواء المالكي إن قوات التحالف دمرت منصة صواريخ قرب الحدود.", "دمرت"),
        ("وأوضح المتحدث أن الطائرات قصفت مخازن الأسلحة شمال البلدة.", "قصفت"),
        ("وقال الناطق باسم الجيش إن القوات استعادت السيطرة على الجسر.", "استعادت"),
        ("وأضاف الشمري أن الشرطة اعتقلت ثلاثة مشتبهين بعد المداهمة.", "اعتقلت"),
    ],
)
def test_an_official_named_by_rank_participle_or_surname_asserts(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال شهود إن الطائرات قصفت السوق المركزي في البلدة.", "قصفت"),
        ("وأكد شقيق الضحية أن المسلحين اختطفوا أخاه من أمام منزله.", "اختطفوا"),
        (
            "وقال الناطق باسم الجيش، بحسب وكالة الأنباء الألمانية، إن القوات استعادت السيطرة على الجسر.",
            "استعادت",
        ),
    ],
)
def test_a_witness_a_relative_or_a_relaying_agency_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")
