"""Rules of round 20, found by listing the leaks (negated or hypothetical gold output as asserted positive)
of the twenty SaudiNewsNet tuning sets (dev, test, dev2-dev5, test2-test15) and the two ANERcorp halves and
grouping them by cause:

1. a failure noun with a pronoun or إخفاق («وفشلها في وقف إطلاق النار»، «إخفاق الوسطاء في التوصل»), a failure
   whose long subject ends in a comma before «في» + the event, and «غياب» right before an indefinite event
   («في ظل غياب اتفاق») negate the event (test15, ANERcorp B);
2. an event that indication nouns point to («مؤشرات موافقة الأطراف»، «مؤشرات على أن مقاتلين اعتقلوا») is
   possible (test12, test15).

English counterparts: "the failure to reach", "the absence of an agreement" were negative already (round 19);
"there are signs that ..." / "indications of" (the English evidence nouns) are checked below.

Every case is a hand-written news sentence worded unlike the gold sentences (none is copied from a gold
set), with counter-cases where a rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. failure / absence nouns
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وانتقد النائب الحكومة بسبب فشلها في التوصل إلى اتفاق مع النقابات.", "التوصل"),
        ("وتحدث التقرير عن إخفاق الوسطاء في التوصل لاتفاق ينهي الأزمة.", "التوصل"),
        (
            "وأعلنت الرئاسة فشل المحادثات الطويلة بين الحكومة والفصائل المسلحة في الشمال، في التوصل إلى اتفاق.",
            "التوصل",
        ),
        ("وقال الوزير إنه في ظل غياب اتفاق فإن الحدود ستبقى مغلقة.", "اتفاق"),
        ("ويعود ذلك إلى فشله في وقف إطلاق النار على الحدود.", "وقف"),
    ],
)
def test_failure_and_absence_nouns_negate_the_event(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_an_event_after_the_failure_clause_is_not_negated() -> None:
    # the comma closes the failure's complement: the support is told as done
    text = "وانتقد الكاتب فشلها في وقف إطلاق النار في غزة، دعما لحليفتها."
    assert _fact(text, "دعما")[0] == "positive"


def test_meetings_where_a_failure_happened_took_place() -> None:
    text = "وتحدثت الصحف عن إخفاق أوروبي في اجتماعات بروكسل الأخيرة."
    assert _fact(text, "اجتماعات")[0] == "positive"


def test_the_absence_of_a_given_event_is_left_to_the_other_rules() -> None:
    # a definite event after غياب names a known one («غياب الاتفاق المبرم عن النقاش»): not negated by it
    text = "ولاحظ المراقبون غياب الاتفاق المبرم أمس عن نقاشات البرلمان."
    assert _fact(text, "الاتفاق")[0] == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Critics blamed the government for its failure to reach an agreement with the unions.", "agreement"),
        ("In the absence of an agreement, the border will stay closed.", "agreement"),
    ],
)
def test_english_failure_and_absence_negate(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


# ---------------------------------------------------------------- 2. indications
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الوسيط إن هناك مؤشرات موافقة الطرفين على الهدنة.", "موافقة"),
        ("وذكر المسؤول أن لديه مؤشرات على أن المسلحين اختطفوا الصحفيين قرب الحدود.", "اختطفوا"),
        ("وأشار المحلل إلى بوادر انسحاب القوات من المدينة.", "انسحاب"),
        ("ورصدت الأجهزة دلائل على قرب التوصل إلى اتفاق بين الجانبين.", "التوصل"),
    ],
)
def test_what_indications_point_to_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


def test_no_indications_keeps_the_event_negated_or_unasserted() -> None:
    text = "وقال المتحدث إنه لا توجد مؤشرات على وقوع هجوم جديد."
    assert _fact(text, "هجوم") != ("positive", "asserted")


def test_an_indicator_that_is_not_the_head_of_the_event_does_nothing() -> None:
    # the indicator is the object of a verb; the attack later in the sentence is told as done
    text = "ونشرت الوزارة مؤشرات الاقتصاد، وقتل ثلاثة جنود في هجوم على نقطة تفتيش."
    assert _fact(text, "قتل") == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There are signs that the rebels kidnapped the journalists near the border.", "kidnapped"),
        ("Officials saw indications of a withdrawal of troops from the city.", "withdrawal"),
    ],
)
def test_english_indications_are_not_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) != ("positive", "asserted")


# ---------------------------------------------------------------- 3. a relative clause that starts the event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ورحبت الفصائل بالهدنة الشاملة التي تبدأ فجر السبت في كل المحافظات.", "هدنة"),
        ("وناقش الوزراء جدول المحادثات المباشرة التي ستجري في جنيف.", "المحادثات"),
        ("وتحدث المنظمون عن المظاهرات الطلابية الواسعة التي تنطلق من الجامعة ظهرا.", "المظاهرات"),
    ],
)
def test_event_with_a_relative_clause_of_starting_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_relative_clause_in_the_past_leaves_the_event_asserted() -> None:
    text = "وانتقد النواب الهدنة الهشة التي بدأت قبل أسبوع في الجنوب."
    assert _fact(text, "الهدنة") == ("positive", "asserted")


def test_a_relative_clause_of_another_verb_leaves_the_event_asserted() -> None:
    text = "وأشاد الرئيس بالمحادثات المثمرة التي أجراها الوزير في باريس."
    assert _fact(text, "محادثات") == ("positive", "asserted")


def test_english_relative_clause_of_starting_is_planned() -> None:
    text = "Both sides welcomed the ceasefire, which begins at midnight on Sunday."
    assert _fact(text, "ceasefire") == ("positive", "planned")


# ---------------------------------------------------------------- 4. a negated verb of happening over the event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ومنذ ذلك الحين لم تتكرر الاشتباكات على الحدود الشمالية.", "الاشتباكات"),
        ("وقال المؤرخ إنه لم يحدث قط أن هاجمت القبائل المدينة من الشرق.", "هاجمت"),
        ("وأكد المسؤول أن المواجهات لن تتكرر، ولم تقع الاعتقالات التي تحدثت عنها الصحف.", "الاعتقالات"),
    ],
)
def test_event_subject_of_a_negated_verb_of_happening_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_a_negated_verb_of_result_leaves_its_subject_event_positive() -> None:
    # «لم تسفر المحادثات عن»: the talks took place, only their outcome is denied
    text = "ولم تسفر المحادثات عن أي نتيجة تذكر."
    assert _fact(text, "المحادثات")[0] == "positive"


def test_a_verb_of_happening_without_negation_leaves_the_event_positive() -> None:
    text = "وتكررت الاشتباكات على الحدود الشمالية أمس."
    assert _fact(text, "الاشتباكات")[0] == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The clashes on the border did not recur.", "clashes"),
        ("It never happened that the tribes attacked the city.", "attacked"),
        ("The attacks have not been repeated since.", "attacks"),
    ],
)
def test_english_event_of_a_negated_verb_of_happening_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


def test_english_event_that_recurred_stays_positive() -> None:
    assert _fact("The clashes on the border recurred on Monday.", "clashes")[0] == "positive"


# ---------------------------------------------------------------- 5. an indefinite or أي subject of (لا) يمكن أن
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الدبلوماسي إن اتفاقا من هذا النوع لا يمكن أن يتم دون موافقة البرلمان.", "اتفاقا"),
        ("وأوضح المتحدث أن هجوما كهذا يمكن أن يقع في أي لحظة.", "هجوما"),
        ("وأكد الوسيط أن أي هدنة لا يمكن أن تصمد إذا استمر القصف.", "هدنة"),
    ],
)
def test_indefinite_subject_of_a_modal_is_not_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) != ("positive", "asserted")


def test_a_definite_subject_of_a_past_verb_stays_asserted() -> None:
    text = "وقال الدبلوماسي إن اتفاقا من هذا النوع تم توقيعه أمس في الدوحة."
    assert _fact(text, "اتفاقا") == ("positive", "asserted")


def test_english_deal_that_can_only_happen_is_possible() -> None:
    text = "She said a deal like this could only happen through the Security Council."
    assert _fact(text, "deal") != ("positive", "asserted")
