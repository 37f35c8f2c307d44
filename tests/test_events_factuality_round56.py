"""Rule of round 56 (factuality), from round 53's audit of the system's positive / asserted output on fresh news
(`modality_ar._ar_dated_to_come`, hooked in `modality.mark_factuality` after round 54's rule, only for an unnegated
event no other cue but a report gave a modality): an event after a time to come of its own clause (a weekday,
month or unit of time + «المقبل / القادم», غدا, «في وقت لاحق»), with no past verb, earlier-event word, clause word
or punctuation between, is still to come (planned).

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact

from khabar.events.modality_ar import _AR_NEXT_MOD, _AR_TIME_HEADS
from khabar.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a relative clause of the future-dated clause's object
        ("يرعى أمير المنطقة الخميس المقبل الملتقى الذي تستضيفه جامعة الملك سعود لوزراء الخارجية العرب.", "تستضيفه"),
        # حيث after the time
        ("يصل المبعوث الأممي إلى عدن خلال الأيام القليلة المقبلة حيث يلتقي قادة الفصائل.", "يلتقي"),
        # a prepositional phrase ends right before the weekday; a verbal noun read as a verb after «لبحث»
        ("وهناك اجتماع لوزراء الخارجية بالقاهرة الثلاثاء المقبل لبحث تقديم المساعدات للنازحين.", "تقديم"),
    ],
)
def test_event_after_a_time_to_come_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the time is the genitive of another noun, not the event's date
        ("واستعرض الاجتماع احتياجات الأسبوع المقبل والتنسيق مع الجهات الأمنية.", "التنسيق"),
        # an earlier event after «بعد»
        ("يعلن الاتحاد اسم المدرب الجديد خلال الأيام المقبلة بعد انتهاء المفاوضات مع ثلاثة مدربين.", "المفاوضات"),
        # past news words between: «أمس»
        ("وفي وقت لاحق أمس شنت الطائرات غارة على مواقع المسلحين.", "غارة"),
    ],
)
def test_no_plan_when_the_time_is_not_the_events(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"


def test_word_lists_come_from_the_time_lexicon() -> None:
    assert normalize("المقبلة") in _AR_NEXT_MOD and normalize("القادمين") in _AR_NEXT_MOD
    assert normalize("الماضي") not in _AR_NEXT_MOD
    assert normalize("الإثنين") in _AR_TIME_HEADS and normalize("القعدة") in _AR_TIME_HEADS
    assert normalize("الأسابيع") in _AR_TIME_HEADS and normalize("المرحلة") not in _AR_TIME_HEADS
