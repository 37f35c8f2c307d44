"""Rules of round 26, found by listing the leaks (negated or hypothetical gold output as asserted-positive) of
the 27 tuning sets (dev, test, dev2-dev5, test2-test18, test19a, test21, anercorp_A, anercorp_B) and
grouping them by cause:

1. a possibility or allegation adjective right after the event word, or after one relational adjective:
   «الاتهامات المحتملة» (possible), «انتهاكات حقوقية مزعومة» (alleged) (test12, test21);
2. the event noun is the subject of a predicate of possibility (ممكن، محتمل، وارد; بات ممكنا):
   «أن هجوما ... ممكن» (test13, test21);
3. the object of a time adverb (قبل، بعد، فور، في غضون ... من) in a clause told as to come is planned
   (test19a, test21);
4. what «ما تردد / ما أوردته X» tells is reported (test21, anercorp_A);
5. more support verbs pass a negation on: the jussive of ألقى before القبض, سعى (test13, anercorp_B).

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. an adjective after the event word
def test_a_possible_adjective_after_the_event_makes_it_possible() -> None:
    assert _fact("وأثارت العقوبات المحتملة على الشركة قلق المستثمرين.", "العقوبات") == (
        "positive",
        "possible",
    )


def test_an_alleged_adjective_after_a_relational_adjective() -> None:
    assert _fact("وتحقق اللجنة في هجمات كيميائية مزعومة على القرى.", "هجمات") == ("positive", "alleged")


def test_a_noun_after_the_event_blocks_the_adjective() -> None:
    # «ضد الحكومة» is no adjective of the attack: the possible adjective belongs to the next noun
    assert _fact("ونفذ المسلحون هجمات ضد قوات محتملة الانسحاب.", "هجمات")[1] != "possible"


# ---------------------------------------------------------------- 2. a predicate of possibility
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوزير إن انسحابا إسرائيليا من المدينة ممكن.", "انسحابا"),
        ("والترحيل القسري الذي تنفذه السلطات بات ممكنا الآن.", "الترحيل"),
    ],
)
def test_the_subject_of_a_possibility_predicate_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_a_possible_attribute_of_another_noun_is_no_predicate() -> None:
    # «بأسرع وقت ممكن»: an attribute of «وقت», the talks are held
    assert _fact("وعقدت الأطراف محادثات مباشرة بأسرع وقت ممكن.", "محادثات")[1] != "possible"


# ---------------------------------------------------------------- 3. a time adverb in a clause to come
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وفور توقيع الاتفاق ستنسحب القوات من المدينة.", "توقيع"),
        ("وتقصف الطائرات مواقع المسلحين قبل شن هجوم بري.", "هجوم"),
    ],
)
def test_the_object_of_a_time_adverb_in_a_future_clause_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_a_time_adverb_in_a_past_clause_is_no_plan() -> None:
    assert _fact("واعتقلت الشرطة عشرين شخصا قبل شن هجوم على المعسكر.", "هجوم")[1] != "planned"


# ---------------------------------------------------------------- 4. a rumour named as such
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "وردا على ما تردد في بعض الصحف، من اعتقال الصحفي في المطار، قال المتحدث إن الأمر قيد المتابعة.",
            "اعتقال",
        ),
        ("وقال المتحدث إن ما أوردته إحدى القنوات بأن هناك اتفاقا بين الحزبين غير دقيق.", "اتفاقا"),
    ],
)
def test_what_a_rumour_tells_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "reported"


def test_a_denied_rumour_stays_negated() -> None:
    # a denial before the rumour is the older rule's: negated, not merely reported
    assert _fact("ونفت الوزارة صحة ما تردد عن اعتقال الصحفي.", "اعتقال")[0] == "negative"


# ---------------------------------------------------------------- 5. more support verbs under a negation
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الضابط: لم نلق القبض على أي من المشتبه بهم.", "القبض"),
        ("وقالت الحكومة إنها لا تسعى لتغيير الحدود من خلال دعم جماعات مسلحة.", "دعم"),
    ],
)
def test_a_negated_support_verb_negates_its_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_an_arrest_without_negation_stays_positive() -> None:
    assert _fact("وقال الضابط: ألقينا القبض على اثنين من المشتبه بهم.", "القبض")[0] == "positive"


# ---------------------------------------------------------------- 6. the cause of a stance took place
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال المحامي إن هيئة الدفاع ستنسحب من الجلسة احتجاجا على منع الشهود من الحضور.", "منع"),
        ("وطالبت الحكومة السفير بالاعتذار لمقتل اثنين من مواطنيها على الحدود.", "مقتل"),
    ],
)
def test_the_cause_of_a_protest_or_an_apology_took_place(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_a_demanded_act_without_a_stance_word_stays_planned() -> None:
    assert _fact("وطالبت الحكومة السفير بمحاكمة الجنود المتورطين.", "بمحاكمة")[1] == "planned"
