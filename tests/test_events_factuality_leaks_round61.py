"""Rule of round 61 (factuality leaks, branch leaks61), from the leak audits of fresh news (rounds 60 and 61):

(`modality_ar._ar_denied_noun_complement`) an indefinite event noun in the complement of a noun that «لا يوجد /
لا توجد / ليس هناك / لم يكن هناك» denies («لا يوجد دور ... فيما يخص مساعدة»، «أي تحرك ... بشأن دعم») is denied
with it: negative, as «ليس هناك أي انسحاب» is in the gold. «إلا» lifts the denial, a definite event is given.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "وأوضح المسؤول أنه لا توجد جهود حقيقية من المنظمات الدولية فيما يخص مساعدة النازحين في المخيمات.",
            "مساعدة",
        ),
        ("وأكد الوزير أنه لم يكن هناك أي تحرك رسمي من الجامعة العربية بشأن دعم اللاجئين السوريين.", "دعم"),
    ],
)
def test_event_in_complement_of_denied_noun_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # «إلا» lifts the denial: the few do donate
        (
            "ولا يوجد إلا عدد قليل من رجال الأعمال يتبرعون لدعم الأسر المحتاجة.",
            "لدعم",
            ("positive", "asserted"),
        ),
        # a definite event after the denied noun is given
        ("وقال إنه ليس هناك أي دور للمعارضة في الهجوم على مركز الشرطة.", "الهجوم", ("positive", "asserted")),
    ],
)
def test_event_outside_denial_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
