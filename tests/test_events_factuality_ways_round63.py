"""Rule of round 63 (factuality, branch fact63), from the unfiltered output audit of the system's positive / asserted
events on fresh political, diplomatic and security news: an act named as what talks look for ways to do, or as the
prospects they review («بحث سبل دعمها»، «سبل زيادة التعاون»، «استعراض آفاق التعاون») is still to come
(`modality_ar._ar_ways_of`). The aspects of a cooperation already there («أوجه التعاون»), the means told as given
(«وفرت كافة سبل التعاون») and «في سبيل» are not.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule must
not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the ways of supporting (the verbal noun with a suffix, read as a past verb right after the head)
        ("وجرى خلال اللقاء استعراض العلاقات بين البلدين وسبل دعمها في المجالات كافة.", "دعمها"),
        # the ways of strengthening a cooperation: an indefinite construct head between
        ("وناقش الوزيران سبل تعزيز التعاون الأمني بين البلدين.", "التعاون"),
        # the prospects of a cooperation
        ("كما استعرض الجانبان آفاق التعاون الاقتصادي بين المملكة والمغرب.", "التعاون"),
        # a discussion told as held: what it looks for ways to do is still to come
        ("وتم خلال الاجتماع بحث سبل زيادة التنسيق بين الجهات الأمنية.", "التنسيق"),
    ],
)
def test_ways_or_prospects_of_an_act_are_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the aspects of a cooperation already there
        ("واستعرض الجانبان أوجه التعاون القائم بين البلدين في مجال الطاقة.", "التعاون"),
        # the means told as given: a verb of providing and a quantifier before the head
        ("وأكد الوزير أن الوزارة وفرت كافة سبل التعاون مع المستثمرين الأجانب.", "التعاون"),
        # «في سبيل»: for the sake of, the act told as done
        ("وقتل الجندي في سبيل الدفاع عن وطنه على الحدود.", "وقتل"),
    ],
)
def test_given_means_or_aspects_stay_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
