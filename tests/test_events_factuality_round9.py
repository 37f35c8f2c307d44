"""Scope rules of round 9, by broad cause, found on the errors of all factuality tuning sets (dev..dev5,
test, test2, test3) read together: the last negated or hypothetical events still told as asserted.

Hand-written news sentences, one or more per general rule, each with a counter-case where the rule
must not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- a precaution against an event
@pytest.mark.parametrize(
    ("text", "trigger", "lang"),
    [
        ("ونشرت الشرطة قواتها في المدينة تحسبا من اشتباكات بين الطرفين.", "اشتباكات", "ar"),
        ("وأغلقت السلطات الطرق المؤدية إلى الساحة تحسبا لاندلاع اشتباكات.", "اشتباكات", "ar"),
        ("وأغلقت المحلات أبوابها تحسبا لأي هجوم.", "هجوم", "ar"),
        ("Families fled the town for fear of attacks.", "attacks", "en"),
        ("Shops closed early amid fears of further clashes.", "clashes", "en"),
    ],
)
def test_precaution_against_an_event_is_possible(text: str, trigger: str, lang: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_event_before_precaution_word_took_place() -> None:
    # تحسبا after the event is no precaution against it
    assert _fact("وقتل ثلاثة في هجوم على الحاجز أمس.", "هجوم")[1] == "asserted"


# ---------------------------------------------------------------- the one course left
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت النقابة إنه لا خيار أمامها سوى الإضراب.", "الإضراب"),
        ("وقال العمال إن الإدارة لا تترك لهم خيارا آخر سوى الإضراب عن العمل.", "الإضراب"),
        ("The union says it has no choice but to strike next month.", "strike"),
    ],
)
def test_no_choice_but_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_past_no_choice_but_took_place() -> None:
    # "had no choice but to" tells what was done
    assert _fact("The workers said they had no choice but to strike.", "strike")[1] != "planned"


# ---------------------------------------------------------------- what is (not) hard to do
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ليس صعبا على الحكومتين توقيع اتفاق جديد.", "توقيع"),
        ("ليس صعبا على البلدين تبادل الزيارات، وتوقيع اتفاق للتعاون الأمني.", "توقيع"),
        ("وقال الوزير إنه من السهل فرض عقوبات على الشركات المخالفة.", "فرض عقوبات"),
    ],
)
def test_not_hard_to_do_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_hard_word_in_another_clause_does_not_reach() -> None:
    # the adjective belongs to the clause before أن; the signing is told as done
    text = "وقال إن الأمر لم يكن صعبا وإن الطرفين وقعا اتفاقا أمس."
    assert _fact(text, "وقعا")[1] == "asserted"


# ---------------------------------------------------------------- a cue, an incise, then أن
def test_expectation_across_an_incise_is_planned() -> None:
    text = "ويتوقع، بحسب مصادر دبلوماسية، أن ترفع العقوبات عن البلاد خلال أشهر."
    assert _fact(text, "ترفع") == ("positive", "planned")


def test_incise_after_a_past_report_adds_nothing() -> None:
    text = "وقالت الوزارة، في بيان رسمي، إن القوات اعتقلت خمسة مسلحين."
    assert _fact(text, "اعتقلت")[1] in ("asserted", "reported")


# ---------------------------------------------------------------- a denied rumour, a long medium between
def test_denied_rumour_with_media_named_between_is_negative() -> None:
    text = "نفت وزارة الداخلية صحة ما تردد في عدد من الصحف المحلية ومواقع التواصل الاجتماعي عن اعتقال الصحفي."
    assert _fact(text, "اعتقال")[0] == "negative"


# ---------------------------------------------------------------- police accounts
def test_arabic_police_account_with_relative_clause_subject_is_alleged() -> None:
    text = "وقال مسؤول في شرطة المدينة إن الرجل الذي يعمل في المصنع، هدد جاره بالقتل."
    assert _fact(text, "هدد") == ("positive", "alleged")


def test_arabic_ministry_account_with_relative_clause_stays_reported() -> None:
    # no police speaker: the account is a report, no allegation
    text = "وقال مسؤول في وزارة الصحة إن الرجل الذي يعمل في المصنع، هدد جاره بالقتل."
    assert _fact(text, "هدد")[1] != "alleged"


def test_english_police_account_with_apposition_subject_is_alleged() -> None:
    text = "Police said Smith and another man, 22-year-old John Doe, shot the clerk and fled in a van."
    assert _fact(text, "shot") == ("positive", "alleged")


def test_english_police_account_of_unknown_gunmen_stays_told() -> None:
    text = "Police said two gunmen, both wearing masks, shot the guard and fled."
    assert _fact(text, "shot")[1] != "alleged"


# ---------------------------------------------------------------- a participle after an allegation
def test_participle_after_alleged_clause_is_alleged() -> None:
    text = "Inside the shop, he allegedly grabbed the cash, threatening the clerk, police said."
    assert _fact(text, "threatening") == ("positive", "alleged")


def test_participle_after_plain_clause_is_asserted() -> None:
    text = "Inside the shop, he grabbed the cash, threatening the clerk."
    assert _fact(text, "threatening") == ("positive", "asserted")


def test_allegation_in_an_earlier_sentence_does_not_reach_the_participle() -> None:
    text = "He allegedly stole a car. Later, he drove to the bank, threatening the clerk."
    assert _fact(text, "threatening") == ("positive", "asserted")


# ---------------------------------------------------------------- conditions placed after or mid-sentence
@pytest.mark.parametrize(
    ("text", "trigger", "lang"),
    [
        (
            "وقال مسؤول إن الجيش قد يشن هجمات على مواقع «الحركة» في الجنوب، في حال تعرضت قواته لهجوم.",
            "هجمات",
            "ar",
        ),
        (
            "Officials said the army could launch strikes on the camps, if the attacks continue.",
            "strikes",
            "en",
        ),
        (
            "وانتهت الجولة الأولى من المحادثات أمس وإذا ما وافقت الحكومة على الشروط يمكن إجراء محادثات جديدة الشهر المقبل.",
            "إجراء محادثات",
            "ar",
        ),
    ],
)
def test_condition_of_a_possible_event_after_a_comma_or_mid_sentence(
    text: str, trigger: str, lang: str
) -> None:
    assert _fact(text, trigger) == ("positive", "conditional")


def test_possible_event_then_contrast_is_no_condition() -> None:
    text = "وقال مسؤول إن الجيش قد يشن هجمات على مواقع الحركة في الجنوب، لكن الحكومة لم تقرر بعد."
    assert _fact(text, "هجمات") == ("positive", "possible")


def test_mid_sentence_condition_leaves_the_clause_before() -> None:
    # the talks of the first clause took place; ما after إذا is no negation of the verb after it
    text = "وانتهت الجولة الأولى من المحادثات أمس وإذا ما وافقت الحكومة على الشروط يمكن توقيع اتفاق الشهر المقبل."
    assert _fact(text, "المحادثات") == ("positive", "asserted")
    assert _fact(text, "وافقت") == ("positive", "conditional")


@pytest.mark.parametrize(
    ("text", "trigger", "lang"),
    [
        ("وقد تؤدي هذه الأزمة إلى اندلاع اشتباكات خاصة إذا رفضت الحكومة الحوار.", "اشتباكات", "ar"),
        (
            "Officials said the army could launch strikes on the camps, especially if the attacks continue.",
            "strikes",
            "en",
        ),
    ],
)
def test_especially_if_leaves_the_possibility(text: str, trigger: str, lang: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_outcome_of_a_past_consequence_took_place() -> None:
    assert _fact("وأدت الأزمة إلى اندلاع اشتباكات في العاصمة.", "اشتباكات") == ("positive", "asserted")


# ---------------------------------------------------------------- what a complaint alleges
def test_complement_of_alleges_that_is_alleged() -> None:
    assert _fact("The lawsuit alleges that officers beat the man.", "beat") == ("positive", "alleged")
    assert _fact("It is alleged that the soldiers shot two villagers.", "shot") == ("positive", "alleged")


def test_event_outside_the_allegation_clause_stays_told() -> None:
    text = "Officers beat the man, and the lawsuit filed on Monday names three of them."
    assert _fact(text, "beat") == ("positive", "asserted")


# ---------------------------------------------------------------- a speaker titled in a source
def test_speaker_titled_in_a_source_reports() -> None:
    text = "وقال أحمد سالم مدير المرصد إن ضربات التحالف استهدفت مواقع التنظيم."
    assert _fact(text, "ضربات") == ("positive", "reported")


def test_source_title_inside_the_clause_is_no_speaker() -> None:
    text = "وقال محمد إن مدير المرصد هاجم الحكومة."
    assert _fact(text, "هاجم")[1] != "reported"


# ---------------------------------------------------------------- a claimed involvement
def test_indefinite_act_after_involved_in_is_alleged() -> None:
    assert _fact("وقال المتحدث إن إيران متورطة في دعم المسلحين.", "دعم") == ("positive", "alleged")


def test_definite_event_after_involved_in_took_place() -> None:
    assert _fact("وقال المتحدث إن مرسي متورط في الهجوم.", "الهجوم") == ("positive", "asserted")


def test_denied_involvement_is_negative() -> None:
    assert _fact("ونفى أن تكون بلاده متورطة في دعم المسلحين.", "دعم")[0] == "negative"


# ---------------------------------------------------------------- «، سواء ... أو» alternatives
def test_whether_or_alternatives_share_the_future() -> None:
    text = "وقال إن الحكومة سوف تفرض سيطرتها على المنطقة، سواء بالضربات الجوية أو بدعم الفصائل."
    assert _fact(text, "الضربات") == ("positive", "planned")


def test_whether_or_alternatives_of_a_past_clause_took_place() -> None:
    text = "وفرض الجيش سيطرته على المنطقة، سواء بالضربات الجوية أو بدعم الفصائل."
    assert _fact(text, "الضربات") == ("positive", "asserted")


# ---------------------------------------------------------------- negations that fall elsewhere
def test_denied_trust_leaves_the_talks() -> None:
    text = "وقال إنه لم يعد يثق في مفاوضات الحكومة مع المعارضة."
    assert _fact(text, "مفاوضات") == ("positive", "asserted")


def test_negated_participation_still_negates() -> None:
    text = "وقال إنه لم يشارك في مفاوضات الحكومة مع المعارضة."
    assert _fact(text, "مفاوضات")[0] == "negative"


def test_undeclared_stance_is_negative() -> None:
    assert _fact("ولم يبد الوزير موافقته على الاتفاق.", "موافقته")[0] == "negative"
    text = "وأشارت المصادر إلى أن الكتلة لم تعلن حتى الساعة دعمها لأي من المرشحين."
    assert _fact(text, "دعمها")[0] == "negative"


def test_declared_stance_and_a_clause_after_announce_stay_positive() -> None:
    assert _fact("وأعلنت الكتلة دعمها للمرشح.", "دعمها")[0] == "positive"
    assert _fact("ولم تعلن الحكومة أنها رفضت العرض.", "رفضت")[0] == "positive"


# ---------------------------------------------------------------- a question on a given event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وسئل مسؤول عما إذا كان إطلاق سراح الرهينة جاء بعد دفع فدية.", "إطلاق سراح"),
        ("ولم يتضح من أين يأتي إطلاق النار.", "إطلاق النار"),
    ],
)
def test_question_on_a_property_of_an_event_leaves_it_told(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولا يعرف ما إذا كان الهجوم قد وقع.", "الهجوم"),
        ("ولم يتضح ما إذا كان الاجتماع سيعقد غدا.", "الاجتماع"),
        ("ولم يتضح متى يعقد الاجتماع.", "الاجتماع"),
    ],
)
def test_question_whether_an_event_takes_place_is_no_given(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "asserted"


# ---------------------------------------------------------------- a suspicion in the subject's relative clause
def test_suspicion_in_a_relative_clause_does_not_reach_the_main_verb() -> None:
    text = "وقال المصدر إن الشاب الذي يشتبه بأنه وراء الحريق اعتقل."
    assert _fact(text, "اعتقل")[1] != "alleged"


def test_what_the_relative_clause_suspects_stays_alleged() -> None:
    text = "وقال المصدر إن الشاب الذي يشتبه بأنه قتل زوجته فر إلى الخارج."
    assert _fact(text, "قتل") == ("positive", "alleged")
