"""Round 78: an act the sentence hopes, asks or plans to stop («أن + يتوقف / يمتنع عن / يتخلى عن / يكف عن»), an act a
duty rules out with «لا أن + imperfect», and a foiled act («إحباط / إفشال» across a quantity such as «العديد من») are
negative / planned, as the conflict-news tuning gold labels them. A masdar of stopping («بوقف العمليات») keeps its act
(round 72), as do a time clause («بعد أن يتوقف»), a negated governor and «لن يتخلى عن». Hand-written sentences, none
copied from a gold set."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the stop hoped or asked: the stopped act, its subject or its عن-complement
        ("ونأمل أن تتوقف الغارات على الأحياء السكنية.", "الغارات"),
        ("وطالب البيان الحكومة بأن تمتنع عن قمع المتظاهرين.", "قمع"),
        ("ودعا الوزير الميليشيات أن تكف عن مهاجمة المدنيين في القرى.", "مهاجمة"),
        ("وأعرب النائب عن أمله بأن تتخلى الحركة عن أعمال العنف وتهديد السكان.", "تهديد"),
        # a duty that rules an act out with «لا أن»
        ("يجب أن يتعاون الجميع لا أن يتبادلوا الاتهامات.", "الاتهامات"),
        # a foiled act across a quantity and a second foiling word
        ("ونجحت الأجهزة الأمنية في إحباط وإفشال عدد من الهجمات خلال العام.", "الهجمات"),
        ("وساعدت المعلومات على إحباط العديد من عمليات التفجير في العاصمة.", "التفجير"),
        # scope's foiling forms: no longer asserted either
        ("وأحبطت الشرطة هجوما على المسجد.", "هجوما"),
    ],
)
def test_stopped_or_foiled_act_is_negative_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "planned")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a masdar of stopping presupposes its act (round 72)
        ("وطالب المحتجون الحكومة بوقف العمليات العسكرية في الشمال.", "العمليات", ("positive", "asserted")),
        # a time clause: the act goes on until it stops
        ("وسيعود السكان بعد أن يتوقف القصف على المدينة.", "القصف", ("positive", "asserted")),
        # not giving up the act keeps it
        ("وقال إن بلاده لن تتخلى عن دعم الحلفاء.", "دعم", ("positive", "planned")),
        # إحباط as frustration, further from the event
        ("ويكشف إحباط السكان من الفشل في كبح الهجمات حجم الأزمة.", "الهجمات", ("positive", "asserted")),
    ],
)
def test_kept_act_is_not_negated(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected
