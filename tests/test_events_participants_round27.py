"""Arabic participants (round 27): targets. Hand-written sentences run through the extractor alone (no
NER) with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


# 1. a feminine body after a masculine verb does not agree with it: it is the verb's object
def test_feminine_body_after_masculine_appeal_verb_is_the_object() -> None:
    names = [("الحكومة العراقية", "ORG")]
    assert _at("وطالب الحكومة العراقية بفتح تحقيق عاجل في الحادث.", "وطالب", names) == (
        None,
        "الحكومة العراقية",
    )


def test_feminine_body_object_with_the_subject_of_the_first_verb() -> None:
    names = [("مجلس النواب", "ORG"), ("وزارة الصحة", "ORG")]
    text = "وناقش مجلس النواب التقرير السنوي، ودعا وزارة الصحة إلى زيادة عدد المستشفيات."
    assert _at(text, "ودعا", names) == ("مجلس النواب", "وزارة الصحة")


def test_feminine_verb_keeps_the_feminine_body_as_subject() -> None:
    names = [("الحكومة العراقية", "ORG"), ("الأمم المتحدة", "ORG")]
    # طالبت agrees with الحكومة: the body is the subject, as before
    assert (
        _at("وطالبت الحكومة العراقية الأمم المتحدة بإرسال مراقبين.", "وطالبت", names)[0] == "الحكومة العراقية"
    )


def test_masculine_body_after_masculine_verb_stays_subject() -> None:
    names = [("مجلس الأمن", "ORG")]
    assert _at("وطالب مجلس الأمن بوقف إطلاق النار فورا.", "وطالب", names)[0] == "مجلس الأمن"


# 2. an indefinite common noun object of a verb of attack or coercion is the target
def test_indefinite_object_after_the_verb() -> None:
    names = [("الجيش", "ORG")]
    assert _at("وقال الجيش إن انفجارا استهدف مركزا صحيا قرب المدينة.", "استهدف", names)[1] == "مركزا صحيا"
    assert _at("وأكد المسؤول أن الشرطة اعتقلت ناشطا بارزا في المدينة.", "اعتقلت", [])[1] == "ناشطا بارزا"


def test_indefinite_object_after_the_subject_and_its_adjective() -> None:
    assert _at("وقصفت الطائرات الحربية شاحنة محملة بالذخيرة.", "وقصفت", []) == ("الطائرات", "شاحنة محملة")


def test_feminine_genitive_of_a_masdar_of_coercion() -> None:
    names = [("الشرطة", "ORG")]
    assert _at("وأعلنت الشرطة عن ضبط عصابة مسلحة في الجنوب.", "ضبط", names)[1] == "عصابة مسلحة"


def test_no_object_from_adverbs_pronouns_or_a_construct_subject() -> None:
    # an adverb of manner, a reflexive pronoun in -ه, and a noun in construct (the subject) are no object
    # (round 40) the adverb is no object; with no object the verb is an unvoiced passive: the man is its victim
    assert _at("وقتل الرجل حرقا في منزله.", "وقتل", []) == (None, "الرجل")
    assert _at("وفجر الانتحاري نفسه قرب السوق.", "وفجر", [])[1] is None
    assert _at("وخطفت عصابة المهربين ثلاثة صيادين.", "وخطفت", [])[1] != "عصابة"


# 3. the object after the comma that closes the subject's phrase
def test_object_after_the_comma_closing_the_subject() -> None:
    names = [("وزارة الداخلية", "ORG")]
    text = "وتهدد الميليشيات المسلحة المرتبطة بوزارة الداخلية، الصحفيين المستقلين في المدينة."
    actor, target = _at(text, "وتهدد", names)
    assert target == "الصحفيين"  # the group noun after the comma, not the ministry of the subject's phrase


def test_all_words_and_indefinite_object_after_the_comma() -> None:
    names = [("سعيد الأحمد", "PERSON"), ("رابطة المحامين", "ORG")]
    text = "دعا سعيد الأحمد رئيس رابطة المحامين، كافة المنظمات الحقوقية إلى التحرك."
    assert _at(text, "دعا", names) == ("سعيد الأحمد", "المنظمات الحقوقية")
    text = "وقصفت معظم الطائرات خلال الليل، مواقع عسكرية قرب الحدود."
    assert _at(text, "وقصفت", [])[1] == "مواقع عسكرية"


def test_no_object_after_a_comma_before_a_participle_or_another_clause() -> None:
    names = [("الرئيس", "PERSON"), ("الحكومة", "ORG")]
    # «، مؤكدا»: a circumstantial participle, no object; a named party before the comma keeps the clause
    assert _at("ودعا الرئيس الحكومة إلى الحوار، مؤكدا أهمية التهدئة.", "ودعا", names)[1] == "الحكومة"
    assert _at("وطالب الرئيس بالإصلاح، المؤسسات العامة في البلاد.", "وطالب", names)[1] is None


def test_a_format_character_before_the_comma_is_no_word() -> None:
    # a bidi mark (U+202D) between words is a token with no letters: the scan for the comma passes it
    text = "وهاجمت الطائرات معسكرات المتمردين في الجبال\u202d \u202cيوم السبت، في حملة جديدة."
    assert _at(text, "وهاجمت", [])[0] == "الطائرات"
