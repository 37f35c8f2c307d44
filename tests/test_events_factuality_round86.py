"""Rules of round 86 (factuality, branch fact86): an event noun right after أن / إن that is the subject of a future
verb stays planned when a later verbal noun of its type is merged into its event across the verb, the verb then
inside the event's span (`modality_ar._ar_future_in_span`).

Every case is a hand-written news sentence, none copied from a gold set, with counter-cases where the rule must not
fire (a past verb; a future verb in a later و-clause, the talks going on).
"""

from __future__ import annotations

import pytest
from events_helpers import event_at
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # «ستركز على بحث»: the talks and the discussion one event, the future verb between
        ("وذكرت مصادر مطلعة أن المباحثات ستركز على بحث الملف النووي.", "المباحثات"),
        ("وأشار البيان إلى أن المفاوضات ستركز على بحث انسحاب القوات.", "المفاوضات"),
        # «ستتناول بحث»: the verbal noun right after the future verb
        ("وأوضح البيان أن المشاورات ستتناول بحث سبل التهدئة.", "المشاورات"),
        ("وقال مصدر حكومي إن المحادثات ستتناول بحث تبادل الأسرى.", "المحادثات"),
    ],
)
def test_future_verb_inside_merged_span_is_planned(text: str, trigger: str) -> None:
    ev = event_at(text, trigger)
    assert ev.trigger is not None and "بحث" in ev.trigger.text  # the merged span the rule reads
    assert (ev.polarity, ev.modality) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the past verb: the talks took place
        ("وأوضح البيان أن المباحثات ركزت على بحث الملف النووي.", "المباحثات"),
        # the future verb is no predicate right after the noun but a later و-clause: the talks go on
        ("وأكد أن المباحثات مستمرة وستتناول بحث الملف النووي.", "المباحثات"),
    ],
)
def test_no_future_predicate_of_the_noun_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
