"""Rules of round 43 (factuality), issue #6's modality bar (future and purpose cues the rules lacked):

1. (`governing._ar_scheduled_far`) a definite participle of scheduling (المقرر / المقررة، المرتقب / المرتقبة،
   المزمع / المزمعة) closing the event noun's phrase further on, across a genitive chain with names,
   ل-genitives and a bracketed acronym, agreeing with the noun in gender: the event is planned («الاجتماعات الوزارية
   لرابطة ... (اسيان) المقررة», protest B; «زيارة ... وزير الخارجية السعودي المرتقبة», test10).

2. (`governing._AR_AIM`, read by round 15's `_ar_purpose_noun`) participles and verbs of aiming (الرامية،
   الهادفة، تهدف، يهدف) govern the event in their complement like the purpose nouns: planned («الجهود الرامية
   إلى وقف النار», anercorp A; «تهدف لتجديد مساندة», anercorp B). Not «وصولا إلى», which also closes a
   narrative range (protest B).

3. (`modality_ar._AR_NEG_DARE`, read by `_ar_neg_scope`) a negated verb of daring or of seizing a chance
   (يجرؤ، يقتنص، ينتهز، يغتنم) leaves what it takes undone: across a longer subject before أن («ولن يجرؤ
   رئيس حكومة يطمح لمستقبل سياسي أن يعارض», protest B) and as a support verb before the ل-complement of
   «الفرصة» («لم تقتنص هذه الفرصة التاريخية لتطوير التعاون», protest A). Not «لم يتردد» (did not hesitate).

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


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        ("ولن يجرؤ أي وزير يريد البقاء في منصبه أن يعارض قرار الرئيس.", "يعارض", ("negative", "planned")),
        (
            "وقال إن الحكومة لم تقتنص هذه الفرصة الثمينة لتطوير التعاون مع جيرانها.",
            "التعاون",
            ("negative", "asserted"),
        ),
    ],
)
def test_negated_dare_or_chance_leaves_the_act_undone(
    text: str, trigger: str, label: tuple[str, str]
) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # not hesitating is doing
        ("ولم يتردد الجيش في قصف المدينة.", "قصف", ("positive", "asserted")),
        # no negation: the dare is taken
        ("ويجرؤ بعض النواب على أن يعارضوا الحكومة علنا.", "يعارضوا", ("positive", "asserted")),
        ("وانتهزت المعارضة الفرصة لتنظيم مظاهرة كبيرة أمس.", "مظاهرة", ("positive", "planned")),
    ],
)
def test_dare_or_chance_not_negated(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
