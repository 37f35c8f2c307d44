"""Scope rules found on the third factuality dev batch (`eval/events/factuality_dev3.jsonl`).

Hand-written news sentences, one or two per general rule, each with a counter-case where the rule must
not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import event_at as _ev
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- English polarity
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a negative subject whose verb takes a definite event noun as object: the event is given
        ("Investigators said no one saw the shooting outside the bar.", "shooting"),
        ("None of the traffic cameras recorded the attack on the convoy.", "attack"),
        # a negation on another verb with a definite event object
        # (not "Residents say ...": residents, like witnesses, make it reported)
        ("They say they will never forget the bombing of the market.", "bombing"),
        # a negated participle with a prepositional complement
        ("His name was not listed among the arrested protesters.", "arrested"),
        ("The minister was not involved in the attack on the embassy.", "attack"),
    ],
)
def test_negation_on_another_verb_leaves_the_event_positive_and_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("No one was arrested after the clashes.", "arrested"),
        ("No one launched an attack on the base.", "attack"),
        ("Neither side has signed the agreement.", "signed"),
    ],
)
def test_negative_subject_still_negates_its_own_event(text: str, trigger: str) -> None:
    assert _ev(text, trigger).polarity == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two delegations could not agree on a ceasefire line.", "agree"),
        ("The navy said it could not legally detain the tanker.", "detain"),
    ],
)
def test_could_not_is_an_inability_told_as_fact(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("negative", "asserted")


def test_could_without_negation_stays_possible() -> None:
    assert _fact("The navy said it could detain the tanker within days.", "detain") == (
        "positive",
        "possible",
    )


# ---------------------------------------------------------------- English modality
def test_list_of_participles_shares_the_modal() -> None:
    text = "Aid workers there are more likely to be injured, arrested or deported, the agency said."
    assert _ev(text, "arrested").modality == "possible"
    # no modal before the list: the arrest took place
    assert _ev("Three men were injured, arrested and questioned.", "arrested").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The prime minister is to make an official visit to Cairo on Monday.", "visit"),
        ("The two foreign ministers are meeting Tuesday in Geneva.", "meeting"),
        ("The envoy is visiting Beirut next week.", "visiting"),
    ],
)
def test_is_to_and_dated_progressive_are_planned(text: str, trigger: str) -> None:
    assert _ev(text, trigger).modality == "planned"


def test_progressive_without_a_date_stays_asserted() -> None:
    assert _ev("Protesters are marching through the capital.", "marching").modality == "asserted"


def test_is_to_blame_is_no_plan() -> None:
    assert (
        _ev("The minister said the militia is to blame for the killings.", "killings").modality == "asserted"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The suspect also faces weapons charges in Ohio.", "charges"),
        ("The accused pleaded not guilty to the charges on Monday.", "charges"),
    ],
)
def test_the_charge_itself_is_no_allegation(text: str, trigger: str) -> None:
    assert _ev(text, trigger).modality == "asserted"


def test_what_a_charge_names_stays_alleged() -> None:
    assert _ev("A man was charged with the murder of a shopkeeper.", "murder").modality == "alleged"
    assert _ev("The man allegedly faces charges over the riot.", "charges").modality == "alleged"


def test_charged_in_a_list_is_no_allegation_cue() -> None:
    ev = _ev("The driver was arrested, charged and detained overnight.", "arrested")
    assert ev.modality == "asserted"


def test_involvement_in_a_definite_event_is_possible_not_the_event() -> None:
    text = "Police are looking for a van that may have been involved in the shooting."
    assert _fact(text, "shooting") == ("positive", "asserted")
    # an indefinite event under may stays possible
    assert _ev("Militants may launch an attack on the city.", "attack").modality == "possible"


def test_definite_violent_event_after_will_is_given() -> None:
    assert _ev("The inquiry will examine the bombing of the hotel.", "bombing").modality == "asserted"
    assert _ev("The rebels will launch the attack at dawn.", "attack").modality == "planned"


# ---------------------------------------------------------------- Arabic
def test_ar_future_verb_right_before_an_indefinite_event_noun() -> None:
    assert _ev("وقال الوزير إنه سيستمر دعمنا العسكري للحلفاء.", "دعمنا").modality == "planned"
    # a definite event after a future verb of discussion or judgement stays given
    assert _ev("وستدين الحكومة الهجوم في بيان.", "الهجوم").modality == "asserted"


def test_ar_future_verb_of_stopping_presupposes_its_object() -> None:
    assert _ev("ويقول منتقدون إن طهران ستوقف دعمها للحركة.", "دعمها").modality == "asserted"


def test_ar_future_word_four_tokens_after_the_noun() -> None:
    assert _ev("واتفق الطرفان على اللقاء مجددا في الأيام المقبلة.", "اللقاء").modality == "planned"


def test_ar_possibility_noun_before_a_pronoun_copula() -> None:
    text = "وقال المسؤول إن الاحتمال الأرجح هو أن يكون الانفجار هجوما مدبرا."
    assert _ev(text, "هجوم").modality == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "ولن ينجح الاتفاق إلا إذا كان هناك تعاون بين الطرفين.",
        "وإذا كان هناك تعاون بين البلدين فسيتم رفع الحصار.",
    ],
)
def test_ar_if_there_is_is_a_condition_not_background(text: str) -> None:
    assert _ev(text, "تعاون").modality == "conditional"


def test_ar_nominal_negation_before_a_preposition() -> None:
    assert _fact("وأكد أن بلاده ليست طرفا في المفاوضات الجارية.", "المفاوضات") == ("positive", "asserted")
    # a negated existential still negates
    assert _ev("وأكد أنه ليست هناك مفاوضات مع الحركة.", "مفاوضات").polarity == "negative"


def test_ar_charge_with_ba_makes_its_content_alleged() -> None:
    text = "وأصدرت المحكمة أحكاما على ثلاثة ناشطين بتهمة «دعم الإرهاب» حسب ما ورد في الحكم."
    assert _ev(text, "دعم").modality == "alleged"


def test_ar_sentence_opened_by_a_future_verb_governs_its_clause() -> None:
    text = "وستصرف الدفعة الثالثة البالغة 200 مليون دولار من برنامج المساعدات بعد الإصلاحات."
    assert _ev(text, "المساعدات").modality == "planned"
    # far from a future verb inside the sentence: no reach
    text = "وقال الوزير إنه سيلتقي نظيره غدا لبحث ملفات عديدة تتعلق بالمساعدات التي وصلت أمس."
    assert _ev(text, "المساعدات").modality != "planned"


def test_ar_years_word_is_no_future_verb() -> None:
    text = "وأثارت خطة رفع سن التقاعد سنتين أكبر احتجاجات في البلاد منذ عقود."
    assert _ev(text, "احتجاجات").modality == "asserted"


def test_ar_condition_after_a_planned_event() -> None:
    text = "وقال إن بلاده ستفرض عقوبات جديدة في حال استمر القصف."
    assert _ev(text, "عقوبات").modality == "conditional"
    assert _ev("وقال إن بلاده ستفرض عقوبات جديدة على الشركات.", "عقوبات").modality == "planned"


# ---------------------------------------------------------------- English: found on hand-written probes
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Talks between the two sides will resume on Thursday.", "Talks", ("positive", "planned")),
        ("Fighting could break out again in the north.", "Fighting", ("positive", "possible")),
        ("The summit is scheduled for next month.", "summit", ("positive", "planned")),
        ("Negotiations are set to resume in Vienna.", "Negotiations", ("positive", "planned")),
        ("The meeting did not take place.", "meeting", ("negative", "asserted")),
        ("The visit will not go ahead.", "visit", ("negative", "planned")),
        ("The summit was cancelled.", "summit", ("negative", "asserted")),
    ],
)
def test_the_predicate_of_an_event_noun_subject(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protests could spread to other cities.", "Protests"),  # the protests are there; spreading is open
        ("The attack on the embassy was condemned by the UN.", "attack"),
        ("The strike is expected to last three days.", "strike"),
    ],
)
def test_a_predicate_that_is_no_occurrence_leaves_the_subject_event_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_an_event_inside_a_subject_prepositional_phrase_takes_no_predicate() -> None:
    ev = _ev("The man accused of the attack will appear in court.", "attack")
    assert ev.modality != "planned"


def test_inverted_conditions() -> None:
    assert _ev("Should the talks collapse, fighting could resume.", "talks").modality == "conditional"
    assert _ev("Were the rebels to attack, the army would respond.", "attack").modality == "conditional"
    # a question is no condition
    assert _ev("Should the government negotiate with the rebels?", "negotiate").modality != "conditional"


def test_no_reports_of_an_event() -> None:
    assert _ev("There were no reports of casualties or arrests.", "arrests").polarity == "negative"
    assert _ev("Police said there were reports of arrests in the capital.", "arrests").polarity == "positive"
    # a definite event is given: the reports are what is missing
    assert _ev("No reports of the attack reached the capital before dawn.", "attack").polarity == "positive"


def test_believed_to_and_considering() -> None:
    assert _ev("He is believed to have carried out the bombing.", "bombing").modality == "alleged"
    assert _ev("Three people are feared to have been killed.", "killed").modality == "possible"
    assert _ev("The EU is weighing new sanctions against Russia.", "sanctions").modality == "possible"
    assert _ev("The EU imposed new sanctions against Russia.", "sanctions").modality == "asserted"


def test_denied_involvement_leaves_the_event() -> None:
    assert _ev("He has denied any involvement in the attack.", "attack").polarity == "positive"
    assert _ev("Iran denies supplying weapons to the rebels.", "supplying").polarity == "negative"


def test_unconfirmed_event_is_possible() -> None:
    assert _ev("Police have not confirmed the arrest.", "arrest").modality == "possible"
    assert _ev("Police have confirmed the arrest.", "arrest").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Any attack on the port would be met with force.", "attack", "possible"),
        ("The rebels are unlikely to attack the city.", "attack", "possible"),
        ("Troops were ordered to open fire.", "open fire", "possible"),
        ("He faces charges of murder.", "murder", "alleged"),
    ],
)
def test_english_hypothetical_cues(text: str, trigger: str, modality: str) -> None:
    assert _ev(text, trigger).modality == modality


def test_negated_any_stays_negative() -> None:
    assert _fact("There were not any talks.", "talks") == ("negative", "asserted")


# ---------------------------------------------------------------- Arabic: found on hand-written probes
def test_ar_unconfirmed_and_ordered_events_are_possible() -> None:
    assert _ev("ولم تؤكد السلطات اعتقال الصحفي.", "اعتقال").modality == "possible"
    assert _ev("وأكدت السلطات اعتقال الصحفي.", "اعتقال").modality == "asserted"
    assert _ev("وأمر القائد بقصف مواقع المسلحين.", "قصف").modality == "possible"
    assert _ev("وقامت الطائرات بقصف مواقع المسلحين.", "قصف").modality == "asserted"


def test_a_cancelled_scheduled_event_is_negative() -> None:
    assert _ev("وأعلنت الرئاسة إلغاء الزيارة.", "الزيارة").polarity == "negative"
    assert _ev("Organizers called off the protest.", "protest").polarity == "negative"
    # sanctions lifted were in force: not negated
    assert _ev("The EU scrapped sanctions on Iran.", "sanctions").polarity == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police foiled a plot to bomb the embassy.", "bomb"),
        ("The attack was thwarted by police.", "attack"),
        ("Police prevented the protesters from storming the building.", "storming"),
    ],
)
def test_a_prevented_event_is_negative(text: str, trigger: str) -> None:
    assert _ev(text, trigger).polarity == "negative"


def test_the_preventing_event_itself_stays_positive() -> None:
    ev = _ev("The bombing prevented aid from reaching the town.", "bombing")
    assert (ev.polarity, ev.modality) == ("positive", "asserted")


def test_preparing_and_if_confirmed() -> None:
    assert _ev("The army is preparing an offensive.", "offensive").modality == "planned"
    assert _ev("The attack, if confirmed, would be the deadliest this year.", "attack").modality == "possible"
    assert _ev("The attack, which killed 12, was the deadliest this year.", "attack").modality == "asserted"


def test_a_condition_on_a_property_of_a_given_event() -> None:
    assert _fact("It is unclear if the shooting was gang-related.", "shooting") == ("positive", "asserted")
    # a condition on the event taking place stays conditional
    assert _ev("It is unclear whether the talks were held.", "talks").modality == "conditional"
    assert _ev("If the talks are held, the rebels will attend.", "talks").modality == "conditional"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ويخشى السكان أن تندلع اشتباكات في المدينة.", "اشتباكات"),
        ("ومن غير المستبعد أن تشن الحكومة هجوما على المتمردين.", "هجوم"),
        ("ويبدو أن الطائرات قصفت المستشفى.", "قصف"),
    ],
)
def test_ar_seeming_and_fear_before_an_leave_the_clause_open(text: str, trigger: str) -> None:
    assert _ev(text, trigger).modality == "possible"


def test_ar_seeming_elsewhere_does_not_reach() -> None:
    ev = _ev("وقال إن الحادث يبدو مدبرا وأكد أن الطائرات قصفت المستشفى.", "قصف")
    assert ev.modality == "asserted"


def test_ar_foiled_event_is_negative() -> None:
    assert _ev("وأحبطت الشرطة هجوما على المسجد.", "هجوم").polarity == "negative"
    assert _ev("وتمكنت قوات الأمن من إحباط عملية تفجير.", "تفجير").polarity == "negative"
    # إحباط as frustration, further from the event
    assert _ev("ويكشف إحباط السلطات من الفشل في كبح الهجمات حجم الأزمة.", "الهجمات").polarity == "positive"


def test_ar_no_comment_on_an_event_leaves_it() -> None:
    assert _fact("ولم تعلق الحكومة على الهجوم.", "الهجوم") == ("positive", "asserted")
