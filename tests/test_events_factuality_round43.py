"""Rules of round 43 (factuality), issue #6's modality bar (future and purpose cues the rules lacked):

1. (`governing._ar_scheduled_far`) a definite participle of scheduling (المقرر / المقررة، المرتقب / المرتقبة،
   المزمع / المزمعة) closing the event noun's phrase further on, across a genitive chain with names,
   ل-genitives and a bracketed acronym, agreeing with the noun in gender: the event is planned («الاجتماعات الوزارية
   لرابطة ... (اسيان) المقررة», protest B; «زيارة ... وزير الخارجية السعودي المرتقبة», test10).

2. (`governing._AR_AIM`, read by round 15's `_ar_purpose_noun`) participles and verbs of aiming (الرامية،
   الهادفة، تهدف، يهدف) govern the event in their complement like the purpose nouns: planned («الجهود الرامية
   إلى وقف النار», anercorp A; «تهدف لتجديد مساندة», anercorp B). Not «وصولا إلى», which also closes a
   narrative range (protest B).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وعرضت الحكومة استضافة اجتماعات وزراء خارجية دول الخليج المقررة الشهر المقبل.", "اجتماعات"),
        ("وتنشغل الصحف بزيارة الرئيس الفرنسي إيمانويل ماكرون المرتقبة إلى الجزائر.", "زيارة"),
    ],
)
def test_scheduled_participle_far_after_the_noun_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the feminine participle does not agree with the masculine event noun: another noun's
        ("وانتقد الوزير اجتماع اللجنة الأمنية المقررة للنظر في القضية أمس.", "اجتماع"),
        # a clause word between: the participle is not the event's
        ("وشارك في الاجتماع الذي عقد أمس المقرر الخاص للأمم المتحدة.", "الاجتماع"),
    ],
)
def test_scheduled_participle_not_the_events(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأكد الوزير دعم بلاده للجهود الرامية إلى وقف إطلاق النار في المنطقة.", "وقف"),
        ("وأعلنت الوزارة عن حملة واسعة تهدف إلى اعتقال أفراد العصابة.", "اعتقال"),
    ],
)
def test_aim_participle_or_verb_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_wusulan_ila_closes_a_range_not_a_purpose() -> None:
    text = "وتحدث الوزير عن الأحداث منذ استقالة الحكومة وصولا إلى لقائه الأخير مع الرئيس."
    assert _fact(text, "لقائه")[1] != "planned"
