"""Scope rules of round 10 (`khabar/events/round10.py`), by broad cause, found on the errors of the
factuality tuning sets with test4 (tuning material since its single scoring) read among them.

Hand-written news sentences, one or more per general rule, each with a counter-case where the rule
must not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import event_at as _ev


def _fact(text: str, trigger: str) -> tuple[str, str]:
    ev = _ev(text, trigger)
    return ev.polarity, ev.modality


# ---------------------------------------------------------------- purposes and efforts (English)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president sent his foreign minister to Cairo to discuss the border dispute.", "discuss"),
        ("The government dispatched two envoys to Doha to negotiate a truce.", "negotiate"),
        ("The ministry is working to seize the assets of the former leader.", "seize"),
        ("The president has been eager to withdraw troops from the region.", "withdraw"),
    ],
)
def test_purpose_and_effort_are_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_main_verb_before_purpose_is_told() -> None:
    # the purpose clause is planned, the meeting that carries it took place
    assert _fact("The envoy met the rebels in Doha to discuss the truce.", "met") == ("positive", "asserted")


# ---------------------------------------------------------------- failed, escaped (Arabic)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("1998 - محاولة فاشلة لاغتيال الرئيس في العاصمة.", "لاغتيال"),
        ("وأفلت المتهم من عقوبة الإعدام بعد أن خففت المحكمة الحكم.", "الإعدام"),
    ],
)
def test_failed_or_escaped_event_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_survived_attempt_took_place() -> None:
    # «نجا من محاولة اغتيال»: the attempt happened; no negation through محاولة
    assert _fact("ونجا الوزير من محاولة اغتيال في بغداد.", "اغتيال")[0] == "positive"


# ---------------------------------------------------------------- a relative ما is no negation
def test_relative_ma_after_inna_is_no_negation() -> None:
    assert _fact("وقال المتحدث إن ما طالب به المحتجون من إطلاق سراح المعتقلين لن يتحقق.", "طالب") == (
        "positive",
        "asserted",
    )


def test_negating_ma_still_negates() -> None:
    assert _fact("وقال المتحدث إنه ما طالب أحد بإطلاق سراح المعتقلين.", "طالب")[0] == "negative"


# ---------------------------------------------------------------- counterfactual and «من دون» conditions
def test_counterfactual_law_kana_is_conditional() -> None:
    assert _fact("لو كانت الحكومة وقعت الاتفاق في وقته، لما وصلت الأزمة إلى هذا الحد.", "وقعت") == (
        "positive",
        "conditional",
    )


def test_without_event_then_future_is_negative_conditional() -> None:
    assert _fact("ومن دون التوصل إلى اتفاق سياسي ستبقى الأزمة مفتوحة.", "اتفاق") == (
        "negative",
        "conditional",
    )


def test_without_event_in_the_past_is_negative_asserted() -> None:
    assert _fact("وانتهت الجولة من دون التوصل إلى اتفاق سياسي.", "اتفاق") == ("negative", "asserted")


# ---------------------------------------------------------------- whether-clauses
def test_question_on_property_leaves_event_given() -> None:
    assert _fact("وقال إنه لم يتضح إن كانت الغارة نفذها الجيش أو التحالف.", "الغارة")[1] != "historical"


def test_whether_it_happened_at_all_is_possible() -> None:
    assert _fact("ولم تتضح بعد ما إذا كان هناك بالفعل اعتقال للصحفيين.", "اعتقال") == ("positive", "possible")


# ---------------------------------------------------------------- حيث after a future clause
def test_where_clause_of_future_trip_is_planned() -> None:
    assert _fact("وقال إن الوزير سيتوجه إلى القاهرة حيث يلتقي الرئيس المصري.", "يلتقي") == (
        "positive",
        "planned",
    )


def test_where_clause_of_past_trip_is_told() -> None:
    assert _fact("وزار الوزير القاهرة حيث التقى الرئيس المصري.", "التقى") == ("positive", "asserted")


# ---------------------------------------------------------------- evaluations and exceptives under لم يكن
def test_negated_evaluation_leaves_event_given() -> None:
    assert _fact("ولم يكن من الصواب الإفراج عنه بكفالة.", "الإفراج") == ("positive", "asserted")


def test_negated_possibility_still_negates() -> None:
    # «من الممكن» is no evaluation: the release did not take place
    assert _fact("ولم يكن من الممكن الإفراج عنه بكفالة.", "الإفراج")[0] == "negative"


def test_negated_copula_with_exceptive_preposition_took_place() -> None:
    assert _fact("في حين لم يكن دعم الحكومة الا للمقاتلين الموالين لها.", "دعم") == ("positive", "asserted")


# ---------------------------------------------------------------- negated receipt, accusation content
def test_negated_receipt_of_support_is_negative() -> None:
    assert _fact("ولم يحظ مشروع القرار بأي دعم من المعارضة.", "دعم") == ("negative", "asserted")


def test_received_support_is_positive() -> None:
    assert _fact("وتلقى الجيش دعما من الحلفاء.", "دعم") == ("positive", "asserted")
