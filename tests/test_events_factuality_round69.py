"""Rules of round 69 (factuality, branch fact69): an announced event noun dated by a time to come after it
(`modality_ar._ar_announced_event_dated_after`): «أعلن ... عن إضراب ... يوم الأحد المقبل»، «حددت ... موعد
المحادثات ... الشهر المقبل». The event is the object of an announcement or of a date set and its own time is still
to come: planned.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule must
not fire: a bare weekday (by the gold conventions the day before publication or the day itself), «حتى» + a time
(a state lasting until then), a time inside the relative clause of an event told done.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # أعلن ... عن + the event, a weekday + المقبل after it
        ("وأعلن اتحاد المعلمين عن إضراب شامل في المدارس الحكومية يوم الأحد المقبل.", "إضراب"),
        # غدا after a place
        ("أعلنت وزارة الخارجية الأردنية عن اجتماع لوزراء خارجية دول الجوار في عمان غدا.", "اجتماع"),
        # a date set: موعد + the event
        ("وحددت اللجنة العليا موعد المحادثات مع أحزاب المعارضة الشهر المقبل.", "المحادثات"),
        # «مساء غد»; the subject, the day and the place between the announcement and عن
        (
            "وأعلن الاتحاد الأوروبي (بروكسل) اليوم الاثنين في بيان رسمي عن عقد قمة طارئة لقادة الدول الأعضاء مساء غد.",
            "قمة",
        ),
        # أعلن + a masdar of holding + the event, no عن
        ("وأعلنت التنسيقية تنظيم مسيرة احتجاجية في وسط المدينة الأسبوع المقبل.", "احتجاجية"),
    ],
)
def test_announced_event_with_a_time_to_come_after_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a bare weekday: the day before publication or the day itself (left)
        ("وأعلن اتحاد المعلمين عن إضراب شامل في المدارس الحكومية يوم الأحد.", "إضراب"),
        # «حتى الأسبوع المقبل»: how long it lasts, not when it starts
        ("وأعلن المجلس عن اعتصام مفتوح أمام الوزارة حتى الأسبوع المقبل.", "اعتصام"),
    ],
)
def test_announced_event_without_a_time_to_come_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
