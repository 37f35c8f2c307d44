"""Round 74: an event that is the time frame of an act («خلال / أثناء / في مستهل / في ختام / في نهاية» + the event)
keeps no plan or purpose of that act when the frame is marked as a given one, by a demonstrative («خلال هذا
الاجتماع») or a past time after it («خلال زيارته إلى الكويت أمس»). Hand-written sentences, none copied from a gold
set; counter-cases where the rule must not fire."""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("سعى الوزير إلى تعزيز العلاقات مع الخليج خلال زيارته إلى الكويت أمس.", "زيارته"),
        ("وسعى الرئيس إلى طمأنة المستثمرين خلال زيارته إلى الرياض أمس.", "زيارته"),
        ("وتعهد الوزير في ختام زيارته للقاهرة أمس بمواصلة الدعم.", "زيارته"),
        ("ودعا الرئيس إلى وقف التصعيد خلال اجتماعه مع السفراء الأسبوع الماضي.", "اجتماعه"),
        ("وطالب المجلس خلال هذا الاجتماع بالإفراج عن المعتقلين.", "الاجتماع"),
    ],
)
def test_given_time_frame_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a frame still to come
        ("وقال إن الوزير سيلتقي نظيره خلال زيارته المقبلة إلى موسكو.", "زيارته"),
        ("وسعى الرئيس إلى طمأنة المستثمرين خلال زيارته المرتقبة إلى الرياض الأسبوع الماضي.", "زيارته"),
        # no mark of a given frame: the plan reaches it
        ("ومن المقرر أن يوقع الطرفان الاتفاق خلال زيارة الرئيس إلى باريس.", "زيارة"),
    ],
)
def test_unmarked_or_coming_frame_stays_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")
