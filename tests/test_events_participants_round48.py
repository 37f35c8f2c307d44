"""Arabic participants (round 48): the common-noun genitive of a masdar of harm or arrest is its target
(`ar_masdar_genitive_np`: «عن قتل المصلين»، «بقتل صبي»، «تفجير مسجد الإمام علي»); adjectives, time words and
agent genitives before a لـ-object are left. Hand-written sentences run through the extractor alone (no NER)
with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_definite_genitive_after_a_preposition_is_the_victim() -> None:
    text = "وقال إن الجماعة لم تتورع عن قتل المصلين في المساجد."
    assert _at(text, "قتل", [])[1] == "المصلين"


def test_indefinite_person_noun_after_bi_masdar() -> None:
    text = "ويواجه المتهمون تهما بقتل صبي في قرية نائية."
    assert _at(text, "بقتل", [])[1] == "صبي"


def test_construct_chain_with_a_name_inside_drops_the_name_as_actor() -> None:
    names = [("علي", "PERSON")]
    text = "ومثل المتهمون أمام المحكمة في قضية تفجير مسجد الإمام علي في المدينة."
    assert _at(text, "تفجير", names) == (None, "مسجد الإمام علي")


def test_count_word_and_construct_chain() -> None:
    text = "وسعت الميليشيا إلى اعتقال عدد من أبناء قرية الوادي بالقوة."
    assert _at(text, "اعتقال", [])[1] == "عدد من أبناء قرية الوادي"


def test_indefinite_construct_head_of_a_thing() -> None:
    text = "وفي عام 1990 تم اختطاف حافلة المدرسة الأهلية قرب الحدود."
    assert _at(text, "اختطاف", [])[1] == "حافلة المدرسة الأهلية"


def test_nisba_adjective_is_no_genitive() -> None:
    text = "وندد الحقوقيون باعتقال تعسفي في المدينة."
    assert _at(text, "باعتقال", [])[1] is None


def test_bare_adjective_without_genitive_is_left() -> None:
    text = "وهز تفجير ضخم وسط المدينة مساء أمس."
    assert _at(text, "تفجير", [])[1] is None


def test_time_genitive_is_no_victim() -> None:
    text = "وأعلن التنظيم مسؤوليته عن تفجير الأربعاء في السوق."
    assert _at(text, "تفجير", [])[1] is None


def test_agent_genitive_before_a_li_object_is_left() -> None:
    assert _at("وتحدث التقرير عن اعتقال الحراس في القرية.", "اعتقال", [])[1] == "الحراس"
    # «اعتقال الحراس للسجناء»: the guards arrest the prisoners, they are no victim
    assert _at("وتحدث التقرير عن اعتقال الحراس للسجناء في القرية.", "اعتقال", [])[1] is None


def test_past_verb_form_without_preposition_is_no_masdar() -> None:
    # «قتل المسلحون ...»: a verb and its subject, not a masdar and its genitive
    text = "وقتل المسلحون ثلاثة جنود في الهجوم."
    assert _at(text, "وقتل", [])[1] != "المسلحون"


# ---------------------------------------------------------------- the casualties of an attack (ar_casualty_victims)


def test_casualties_in_the_relative_of_result_are_the_target() -> None:
    text = "وشنت طائرات حربية غارة على القرية صباح اليوم ما أسفر عن مقتل ستة مدنيين وإصابة آخرين."
    actor, target = _at(text, "شنت", [])
    assert target is not None and "مدنيين" in target
    assert actor is not None and "مدنيين" not in actor


def test_casualties_with_a_count_and_min() -> None:
    text = "وأطلق مسلحون النار على حافلة في السوق، مما أسفر عن مقتل 12 من الركاب وإصابة عشرة."
    assert _at(text, "أطلق", [])[1] == "12 من الركاب"


def test_a_result_verb_without_the_relative_is_left() -> None:
    # «وأسفر القصف عن ...» opens a sentence of its own, no relative of result of the first event
    text = "وقصفت المدفعية مواقع في الجبل. وأسفر ذلك عن مقتل جنود."
    assert _at(text, "قصفت", [])[1] != "جنود"


def test_casualties_before_an_attack_with_a_doer() -> None:
    names = [("الحوثيون", "ORG")]
    text = "وسبق أن قتل وأصيب مدنيون، في قصف نفذه الحوثيون على الأحياء."
    assert _at(text, "قصف", names) == ("الحوثيون", "مدنيون")


def test_a_doerless_attack_after_the_casualties_is_left() -> None:
    text = "استشهد ثلاثة مواطنين في انفجار وسط المدينة اليوم."
    assert _at(text, "انفجار", [])[1] is None


# ---------------------------------------------------------------- the one supported (ar_support_object)


def test_genitive_of_support_after_a_quoted_charge_is_no_doer() -> None:
    text = "وصدرت أحكام على ثلاثة رجال بتهمة «دعم الإرهاب» في المنطقة."
    # the genitive «الإرهاب» is no doer; (round 60) the men sentenced on the charge are (ar_charged_doer)
    assert _at(text, "دعم", [])[0] == "ثلاثة رجال"


def test_owned_masdar_of_support_takes_the_li_party() -> None:
    names = [("قطر", "GPE"), ("حزب الله", "ORG")]
    text = "وقال إن قطر لن توقف دعمها لحزب الله مهما كانت الضغوط."
    assert _at(text, "دعمها", names) == (None, "حزب الله")


def test_genitive_before_a_li_party_stays_the_doer() -> None:
    names = [("تركيا", "GPE")]
    text = "ونفى المسؤول الأنباء عن دعم تركيا لهم في المعارك."
    assert _at(text, "دعم", names)[0] == "تركيا"


def test_a_thing_supported_is_no_target() -> None:
    text = "وأكد الوزير أن بلاده ستستمر في دعم القضية الفلسطينية على كل الصعد."
    actor, target = _at(text, "دعم", [])
    assert actor != "القضية الفلسطينية" and target != "القضية الفلسطينية"
