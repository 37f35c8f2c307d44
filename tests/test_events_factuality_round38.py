"""Rules of round 38 (factuality), found on the errors of the four protest GSR files and the tuning sets:

1. (`modality_ar._AR_REFRAIN`) participles and verbs of refraining or ruling out (ممتنعة عن، مستبعدا،
   تحاشى) negate their complement like امتنع / استبعد (protest C and D).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rules must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأصدرت الحكومة بيانا مقتضبا ممتنعة فيه عن إدانة الغارات على القرى الحدودية.", "إدانة"),
        ("وتحدث الوزير عن التوتر في الجنوب مستبعدا اندلاع مواجهات بين الجيش والمسلحين.", "مواجهات"),
        ("وتحاشى رئيس الحزب في كلمته المطالبة باستقالة الوزير.", "المطالبة"),
    ],
)
def test_refraining_negates_its_complement(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_refraining_only_governs_its_own_clause() -> None:
    # the participle is in another clause: the arrests were made
    text = "وبقي الوزير ممتنعا عن التعليق، لكن الشرطة اعتقلت عشرة متظاهرين."
    assert _fact(text, "اعتقلت") == ("positive", "asserted")
