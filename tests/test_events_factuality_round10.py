"""Scope rules of round 10 (`khabar/events/frames.py`), by broad cause, found on the errors of the
factuality tuning sets with test4 (tuning material since its single scoring) read among them.

Hand-written news sentences, one or more per general rule, each with a counter-case where the rule
must not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


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


def test_accusation_directed_at_someone_charges_its_content() -> None:
    assert _fact("وهناك اتهامات وجهت إلى الحزب بالتعاون مع المسلحين.", "التعاون") == ("positive", "alleged")


# ---------------------------------------------------------------- reach across names and clauses
def test_purpose_after_long_list_of_named_envoys_is_planned() -> None:
    text = (
        "The government sent Deputy Minister Ali Hassan and Colonel Omar Farouk to the northern "
        "province to negotiate with the rebels."
    )
    assert _fact(text, "negotiate") == ("positive", "planned")


def test_coordinated_past_verb_after_motion_is_told() -> None:
    assert _fact(
        "The ministry sent a team to the province and negotiated with the rebels.", "negotiated"
    ) == (
        "positive",
        "asserted",
    )


def test_escape_verb_opening_a_long_sentence_negates() -> None:
    text = "وأفلت قائد الميليشيا الذي قاد الهجوم على القرية عام 2010، بحسب الشهود، من عقوبة الإعدام."
    assert _fact(text, "الإعدام")[0] == "negative"


def test_event_after_escape_through_other_preposition_is_told() -> None:
    assert _fact("وأفلت قائد الميليشيا من قبضة الشرطة بعد اعتقال شقيقه.", "اعتقال")[0] == "positive"


# ---------------------------------------------------------------- an indefinite event subject of a future verb
def test_indefinite_event_after_anna_with_future_verb_is_planned() -> None:
    assert _fact("وحذر الوزير من أن هجوما بريا واسعا سيكون الخطوة التالية.", "هجوما") == (
        "positive",
        "planned",
    )


def test_definite_event_after_anna_with_past_verb_is_told() -> None:
    assert _fact("وحذر قائد الجيش من أن الهجوم على المدينة وقع ليلا.", "الهجوم")[1] == "asserted"


# ---------------------------------------------------------------- بعد أن is temporal; قد + past is the perfect
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وطالب المحتجون بمحاكمة الضابط بعد أن أطلق النار على المتظاهرين.", "أطلق"),
        ("لقي طالب جامعي مصرعه بعد أن فجر نفسه بحزام ناسف في السوق.", "فجر"),
    ],
)
def test_after_an_clause_took_place(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_demanded_an_clause_stays_unrealised() -> None:
    assert _fact("وطالب الوزير بأن تنسحب القوات من المدينة.", "تنسحب")[1] != "asserted"


def test_believed_perfect_with_qad_is_alleged() -> None:
    text = "ويعتقد أن الرئيس قد توصل مع زعيم المعارضة إلى اتفاق بأن تتقاسم الأحزاب المقاعد."
    assert _fact(text, "توصل") == ("positive", "alleged")


def test_qad_with_imperfect_stays_possible() -> None:
    assert _fact("وقال الوزير إن الحكومة قد توقع اتفاقا مع المعارضة.", "توقع")[1] == "possible"


# ---------------------------------------------------------------- دون + a manner of telling
def test_without_elaborating_negates_no_event() -> None:
    assert _fact("وأعلنت الشرطة دون إسهاب أنه تم اعتقال ثلاثة مشتبه بهم.", "اعتقال") == (
        "positive",
        "asserted",
    )


def test_without_an_event_negates_it() -> None:
    assert _fact("وغادر المحتجون الساحة دون أن يتم اعتقال أحد.", "اعتقال")[0] == "negative"


# ---------------------------------------------------------------- the options of a choice
def test_option_of_a_choice_to_come_is_planned() -> None:
    text = "Forced to choose between a military offensive and a humiliating retreat, the general will choose the offensive."
    assert _fact(text, "offensive") == ("positive", "planned")


def test_event_after_a_past_choice_is_told() -> None:
    assert (
        _fact("The general chose between two plans after the offensive ended.", "offensive")[1] == "asserted"
    )


# ---------------------------------------------------------------- attribution: as they put it, an office
def test_as_they_described_it_attributes_nothing() -> None:
    text = "المحتجون طالبوا الحكومة بإصلاح المستشفى الذي يحتضر حسب وصفهم."
    assert _fact(text, "طالبوا") == ("positive", "asserted")


def test_according_to_local_sources_reports() -> None:
    assert _fact("وطالب المحتجون الحكومة بإصلاح المستشفى حسب مصادر محلية.", "طالب")[1] == "reported"


def test_government_media_cell_is_an_institutional_official() -> None:
    text = "وأفادت خلية الإعلام الأمني بمقتل عشرين مسلحا في غارات شنتها الطائرات الحربية."
    assert _fact(text, "غارات") == ("positive", "asserted")


def test_the_media_report() -> None:
    text = "وأفادت وسائل الإعلام بمقتل عشرين مسلحا في غارات شنتها الطائرات الحربية."
    assert _fact(text, "غارات") == ("positive", "reported")
