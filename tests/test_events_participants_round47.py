"""Arabic participants (round 47): the target the clause took from inside the actor's own phrase
(`ar_target_in_actor_phrase`): the genitive of the actor's construct, the name after its title, the لـ-genitive
of a body; the object after the phrase is the target. Hand-written sentences run through the extractor alone
(no NER) with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_construct_genitive_of_the_actor_is_no_target_the_object_is() -> None:
    names = [("الحوثيين", "ORG")]
    text = "وقصفت طائرات التحالف مواقع الحوثيين قرب صعدة."
    assert _at(text, "قصفت", names) == ("طائرات التحالف", "مواقع الحوثيين")


def test_two_construct_nouns_and_the_object_after_a_time_word() -> None:
    names = [("دبي", "GPE")]
    text = "جاء ذلك خلال زيارة ولي عهد دبي أمس مقر القيادة العامة."
    assert _at(text, "زيارة", names) == ("ولي عهد دبي", "مقر القيادة")


def test_li_genitive_of_a_body_gives_way_to_the_object() -> None:
    names = [("الأمانة العامة", "ORG"), ("جامعة الدول العربية", "ORG"), ("الحكومة الإسرائيلية", "ORG")]
    text = "وأدانت الأمانة العامة لجامعة الدول العربية قرارات الحكومة الإسرائيلية الأخيرة."
    actor, target = _at(text, "أدانت", names)
    assert actor == "الأمانة العامة"
    assert target is not None and target.startswith("قرارات الحكومة")


def test_li_masdar_genitive_with_a_preposition_after_it_leaves_no_target() -> None:
    names = [("الأمم المتحدة", "ORG"), ("ليبيا", "GPE")]
    text = "ورحبت بعثة الأمم المتحدة لمساعدة ليبيا بالاتفاق الذي وقعه الطرفان."
    assert _at(text, "رحبت", names) == ("الأمم المتحدة", None)


def test_the_name_after_the_actors_title_is_no_target() -> None:
    names = [("سلطان", "PERSON")]
    text = "ودعم مركز الأمير سلطان المرضى في المدينة."
    assert _at(text, "دعم", names) == ("مركز الأمير سلطان", None)


def test_a_whole_plural_subject_is_no_construct() -> None:
    # «مسلحون» keeps its nun: a whole subject, the noun after it is the object
    text = "وقتل مسلحون مدنيين في السوق."
    assert _at(text, "قتل", []) == ("مسلحون", "مدنيين")


def test_a_definite_subject_ends_its_phrase() -> None:
    # «عناصر التنظيم»: the article closes the construct, the next noun phrase is the object
    text = "وهاجمت عناصر التنظيم مقرات الجيش في المدينة."
    actor, target = _at(text, "هاجمت", [])
    assert actor == "عناصر التنظيم"
    assert target is not None and "الجيش" in target


def test_the_genitive_of_a_masdar_of_harm_is_its_object() -> None:
    # «أقدم على طعن رجل أمن»: the masdar's genitive is hit, not the actor's phrase
    text = "وأوقفت الشرطة شابا أقدم على طعن رجل أمن تدخل لفض مشاجرة."
    assert _at(text, "طعن", [])[0] != "رجل أمن"


# 2. a release: «إطلاق سراح X»، «الإفراج عن X»: X is released, the target and never the actor
def test_release_noun_after_sarah_is_the_target_not_the_actor() -> None:
    text = "ودعا الأهالي السلطات إلى أن تطلق سراح الصيادين المحتجزين منذ شهر."
    assert _at(text, "سراح", []) == (None, "الصيادين")


def test_release_after_an_in_a_quotation() -> None:
    names = [("الحكومة", "ORG")]
    text = "وطالبوا بأن تطلق الحكومة سراح «معتقلين» سياسيين قبل العيد."
    assert _at(text, "تطلق", names) == ("الحكومة", "معتقلين")


def test_release_definite_noun_and_its_nisba_after_an() -> None:
    text = "وأعلنت الوزارة الإفراج عن السجين الأردني بعد عشر سنوات."
    assert _at(text, "الإفراج", [])[1] == "السجين الأردني"


def test_release_named_person_after_an() -> None:
    names = [("خالد الشمري", "PERSON")]
    text = "وتم الإفراج عن خالد الشمري مساء أمس."
    assert _at(text, "الإفراج", names) == (None, "خالد الشمري")


def test_release_pronoun_names_no_one() -> None:
    names = [("الشرطة", "ORG")]
    text = "وأطلقت الشرطة سراحهم بعد التحقيق."
    assert _at(text, "سراح", names)[1] is None
