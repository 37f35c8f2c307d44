"""Rules of round 85 (factuality, branch fact85): an event noun whose date is set, announced or put off is still to
come, positive / planned, and a negation of the setting («لم تحدد»، «لم يتم تحديد») is not the event's
(`modality_ar._ar_date_set_for`).

Every case is a hand-written news sentence, none copied from a gold set, with counter-cases where the rule must not
fire (a date with no setting before it, a setting verb past «أن», a date told of an event done).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a negated setting verb, its subject between it and «موعد»
        ("ولم تحدد وزارة الداخلية موعد ترحيل المحتجزين حتى الآن.", "ترحيل"),
        # «لم يتم ... تحديد موعد ل»: the event after ل
        ("ولم يتم بعد تحديد موعد لاجتماع اللجنة المشتركة.", "اجتماع"),
        # a negated announcement, «أي» before «موعد»
        ("ولم يعلن الجيش أي موعد لانسحاب قواته من المدينة.", "انسحاب"),
        # an awaited setting, no negation («بانتظار / تنتظر تحديد موعد»)
        ("وتنتظر الوزارة تحديد موعد الاجتماع التأسيسي من قبل المؤسسين.", "الاجتماع"),
    ],
)
def test_event_whose_date_is_set_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no setting before «موعد»: the meeting's date as a time of the explosion
        ("وقبل موعد الاجتماع بساعة وقع انفجار قرب المبنى.", "الاجتماع"),
        # the announcement's «أن» clause tells the date of an attack done
        ("وأعلن الوزير أن موعد الهجوم كان فجر أمس.", "الهجوم"),
        # a delay against the date of a meeting held
        ("وتأخر وصول الوفد عن موعد الاجتماع أمس.", "الاجتماع"),
    ],
)
def test_date_without_setting_is_left(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
