"""Rule of round 54 (factuality), from round 53's audit of the system's positive / asserted output on fresh news
(`modality_ar._ar_hoped_for`, hooked in `modality.mark_factuality` after round 53's rule, only when no other cue
gave a modality): the event a hope, looking-forward or waiting word governs as its object is still to come
(planned), past an addressee «من X», «مزيدا من» or a link preposition.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact

from khabar.events.modality_ar import _AR_HOPE, _AR_MORE
from khabar.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ونأمل من الأطراف المتنازعة وقف القتال في المدينة قبل حلول الشتاء.", "القتال"),
        ("وقال المتحدث إننا ننتظر مزيدا من المساعدات للنازحين في المخيمات.", "المساعدات"),
        ("ونأمل من المجتمع الدولي دعم جهود السلام في المنطقة.", "دعم"),
        ("وأعرب السفير عن أمله في عقد اجتماع مع الرئيس الأسبوع المقبل.", "اجتماع"),
    ],
)
def test_hoped_or_awaited_event_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no hope or waiting word: an attack carried out
        ("وشنت الطائرات غارات على مواقع المسلحين شمال المدينة أمس.", "غارات"),
        # the hope governs another verbal noun; the talks themselves are going on (the tuning gold's reading)
        ("وأعرب الوزير عن أمله في إحراز تقدم في المحادثات الجارية بين الطرفين.", "المحادثات"),
    ],
)
def test_no_plan_without_a_hoped_object(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_word_lists_are_normalized_and_hold_the_forms() -> None:
    assert normalize("نأمل") in _AR_HOPE and normalize("يتطلع") in _AR_HOPE and normalize("أمله") in _AR_HOPE
    assert normalize("مزيدًا") in _AR_MORE
