"""Rules of round 19, found by listing the leaks (negated or hypothetical gold output as asserted positive)
of all nineteen SaudiNewsNet tuning sets and the two ANERcorp halves and grouping them by cause:

1. عدم under the preposition ب / ل («أقر بعدم التوصل لاتفاق»، «لعدم توقيع الاتفاق») negates the event noun
   after it, as عدم does (ANERcorp A and B);
2. an event noun subject of «سيدور» (what the meeting will be about) or «ستعود» (to come back) is still to
   come, as with «سيعقد» (dev2, test2);
3. an event noun right after قد + a verb of facing is possible («قد يواجهون المحاكمة»), after سـ / سوف + that
   verb planned (dev2, test2, test3).

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. بعدم / لعدم
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واعترف المبعوث الأممي بعدم التوصل إلى اتفاق بين الحكومة والمعارضة.", "التوصل"),
        ("وتأجلت الجلسة لعدم التوصل إلى اتفاق حول جدول الأعمال.", "التوصل"),
        ("وأكدت الخارجية بعدم توقيع أي اتفاقية أمنية مع الجانب الإيراني.", "توقيع"),
    ],
)
def test_adam_under_a_preposition_negates_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_a_word_that_only_begins_like_badam_negates_nothing() -> None:
    # «بعدما»: after; the meeting took place
    text = "وغادر الوفد القاهرة بعدما عقد اجتماعا مع وزير الخارجية."
    assert _fact(text, "اجتماعا") != ("negative", "asserted")
    assert _fact(text, "اجتماعا")[0] == "positive"


# ---------------------------------------------------------------- 2. سيدور / ستعود after an event subject
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وذكرت مصادر دبلوماسية أن الاجتماع سيدور حول ملف اللاجئين.", "الاجتماع"),
        ("وأوضح المتحدث أن المباحثات ستدور حول الأمن الحدودي والتجارة.", "المباحثات"),
        ("وحذر الوزير من أن العقوبات المالية على الشركات ستعود فورا.", "العقوبات"),
    ],
)
def test_event_subject_of_a_future_predicate_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_given_event_that_will_bring_benefit_stays_told() -> None:
    # «ستعود بالنفع»: the visit's benefit is to come, not the visit
    text = "وأكد السفير أن الزيارة ستعود بالفائدة على البلدين."
    assert _fact(text, "الزيارة") == ("positive", "asserted")


# ---------------------------------------------------------------- 3. قد / سـ + a verb of facing
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وقال محامون إن الضباط قد يواجهون المحاكمة أمام القضاء العسكري.", "المحاكمة", "possible"),
        ("وأشار التقرير إلى أن الشركة قد تواجه عقوبات أمريكية جديدة.", "عقوبات", "possible"),
        ("وأعلن النائب العام أن المتهمين سيواجهون المحاكمة الشهر المقبل.", "المحاكمة", "planned"),
    ],
)
def test_event_faced_under_qad_or_a_future_is_hypothetical(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)


def test_event_faced_without_a_modal_is_told() -> None:
    # no قد, no future: the trial is going on
    text = "وقال المحامي إن موكليه يواجهون المحاكمة منذ عامين."
    assert _fact(text, "المحاكمة") == ("positive", "asserted")
