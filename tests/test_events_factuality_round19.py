"""Rules of round 19, found by listing the leaks (negated or hypothetical gold output as asserted positive)
of all nineteen SaudiNewsNet tuning sets and the two ANERcorp halves and grouping them by cause:

1. عدم under the preposition ب / ل («أقر بعدم التوصل لاتفاق»، «لعدم توقيع الاتفاق») negates the event noun
   after it, as عدم does (ANERcorp A and B);
2. an event noun subject of «سيدور» (what the meeting will be about) or «ستعود» (to come back) is still to
   come, as with «سيعقد» (dev2, test2);
3. an event noun right after قد + a verb of facing is possible («قد يواجهون المحاكمة»), after سـ / سوف + that
   verb planned (dev2, test2, test3);
4. an event noun after a head of will or commitment (رغبة ... في، التزام ... بـ) or of stipulation (ينص ... على)
   is planned (test6, test9, test12, test13);
5. an event that is the genitive of a topic or announcement head right after أن («أن مواضيع المباحثات
   ستشمل»، «أن إعلان التحالف عن هدنة سيكون») is the subject of the future verb after it: planned (test12,
   test13).

English counterparts of 1, 2 and 4 ("the failure to reach an agreement", "the lack of talks"; "the talks will
revolve around"; "his willingness to negotiate", "the deal stipulates the reimposition of sanctions"); the
English of 3 ("could face sanctions") was already possible.

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


# ---------------------------------------------------------------- 4. a head of will, commitment or stipulation
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وجدد الرئيس رغبة حكومته في إجراء محادثات مع المعارضة المسلحة.", "محادثات"),
        ("وأعلنت الدول المانحة التزامها بتقديم مساعدات عاجلة للنازحين.", "مساعدات"),
        ("وينص مشروع القانون على فرض عقوبات على الشركات المخالفة.", "عقوبات"),
    ],
)
def test_event_after_a_head_of_will_or_stipulation_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_given_agreement_after_commitment_stays_told() -> None:
    # the agreement exists; what is doubted is the commitment to it
    text = "وشكك النواب في مدى التزام طهران بالاتفاق النووي."
    assert _fact(text, "الاتفاق") == ("positive", "asserted")


def test_will_head_in_another_clause_does_not_reach() -> None:
    # the comma ends the head's clause; the raid after it took place
    text = "وأكد الوزير رغبة بلاده في السلام، وداهمت الشرطة منزل المتهم أمس."
    assert _fact(text, "داهمت") == ("positive", "asserted")


# ---------------------------------------------------------------- 5. a topic or announcement head over the event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وذكرت الخارجية أن جدول أعمال القمة سيتضمن ملف الأمن الإقليمي.", "القمة"),
        ("وأوضح المصدر أن موضوع المفاوضات سيكون ترسيم الحدود البحرية.", "المفاوضات"),
        ("وقال إن إعلان الحكومة عن الهدنة سيكون قبل نهاية الأسبوع.", "الهدنة"),
    ],
)
def test_event_in_the_subject_of_a_future_verb_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_topic_head_with_a_past_predicate_stays_told() -> None:
    # the talks took place yesterday; their topics included trade
    text = "وأكد أن مواضيع المحادثات التي جرت أمس شملت التجارة."
    assert _fact(text, "المحادثات") == ("positive", "asserted")


# ---------------------------------------------------------------- English counterparts
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The envoy conceded the failure to reach an agreement on prisoners.",
            "reach",
            ("negative", "asserted"),
        ),
        (
            "In the absence of an agreement between the two sides, aid convoys stayed at the border.",
            "agreement",
            ("negative", "asserted"),
        ),
        ("The lack of talks between the parties worried diplomats.", "talks", ("negative", "asserted")),
        (
            "Diplomats said the negotiations will revolve around border security.",
            "negotiations",
            ("positive", "planned"),
        ),
        (
            "The president repeated his willingness to negotiate with the rebels.",
            "negotiate",
            ("positive", "planned"),
        ),
        (
            "The donors confirmed their commitment to providing aid to the displaced.",
            "aid",
            ("positive", "planned"),
        ),
        (
            "The accord stipulates the reimposition of sanctions within two months.",
            "sanctions",
            ("positive", "planned"),
        ),
    ],
)
def test_english_counterparts(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


def test_english_failure_of_told_talks_stays_positive() -> None:
    # "the failure of the talks": the talks took place and failed
    assert _fact("The failure of the talks in Geneva angered residents.", "talks") == ("positive", "asserted")
