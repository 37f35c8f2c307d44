"""Arabic participants (round 41): a coordinated subject is one party (`ar_conjunct_roles`), not a subject
and an object. Hand-written sentences run through the extractor alone (no NER) with hand-placed entities;
none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at

_GPE = "GPE"


# verb first: the second conjunct of the subject is no object
def test_verb_first_list_the_object_follows_the_list() -> None:
    names = [("موسكو", _GPE), ("طهران", _GPE), ("المعارضة", "ORG")]
    text = "وتتهم موسكو وطهران المعارضة المسلحة بقصف الأحياء السكنية."
    assert _at(text, "وتتهم", names) == ("موسكو", "المعارضة")


def test_verb_first_list_of_three() -> None:
    names = [("بغداد", _GPE), ("أنقرة", _GPE), ("عمان", _GPE), ("الحكومة السورية", "ORG")]
    text = "واتهمت بغداد وأنقرة وعمان الحكومة السورية بدعم الإرهاب."
    assert _at(text, "واتهمت", names) == ("بغداد", "الحكومة السورية")


def test_verb_first_list_with_no_object_has_no_target() -> None:
    names = [("الجيش", "ORG"), ("الشرطة", "ORG")]
    text = "وهاجم الجيش والشرطة بالأسلحة الثقيلة منذ الصباح."
    assert _at(text, "وهاجم", names) == ("الجيش", None)


def test_verb_first_list_of_a_mutual_event_keeps_the_partner() -> None:
    names = [("مصر", _GPE), ("الأردن", _GPE)]
    text = "واتفقت مصر والأردن على تعزيز التعاون الاقتصادي."
    assert _at(text, "واتفقت", names) == ("مصر", "الأردن")


def test_a_list_after_the_subject_is_the_object() -> None:
    # «اتهم جنبلاط روسيا وإيران»: the list follows the subject: the first conjunct stays the target
    names = [("جنبلاط", "PERSON"), ("روسيا", _GPE), ("إيران", _GPE)]
    text = "واتهم جنبلاط روسيا وإيران بعرقلة الحل."
    assert _at(text, "واتهم", names) == ("جنبلاط", "روسيا")


def test_a_phrase_subject_holding_the_object_keeps_the_list_as_object() -> None:
    # no entity: the subject candidate is the noun phrase «الشرطة المتظاهرين» (it already holds the object), so
    # the list «المتظاهرين والإيرانيين» is the object's and «الإيرانيين» stays the target (merge of round 41)
    text = "واعتقلت الشرطة المتظاهرين والإيرانيين عند الحدود."
    assert _at(text, "واعتقلت", [])[1] == "الإيرانيين"


def test_the_two_parties_after_bayna_stay() -> None:
    names = [("الجيش", "ORG"), ("المعارضة", "ORG")]
    text = "وشهدت المدينة اشتباكات عنيفة بين الجيش والمعارضة."
    assert _at(text, "اشتباكات", names) == ("الجيش", "المعارضة")


# subject first: the first conjunct acts; a mutual event has the second as partner
def test_subject_first_list_mutual_event() -> None:
    names = [("مصر", _GPE), ("الأردن", _GPE)]
    text = "يذكر أن مصر والأردن وقعتا اتفاقية للتعاون الاقتصادي."
    assert _at(text, "وقعتا", names) == ("مصر", "الأردن")


def test_subject_first_list_through_titles_and_a_comma() -> None:
    names = [("فرانسوا هولاند", "PERSON"), ("عبد الفتاح السيسي", "PERSON")]
    text = "وكان الرئيس الفرنسي فرانسوا هولاند ونظيره المصري عبد الفتاح السيسي، وقعا الاتفاق في القاهرة."
    assert _at(text, "وقعا", names) == ("فرانسوا هولاند", "عبد الفتاح السيسي")


def test_subject_first_list_one_sided_event_keeps_its_object() -> None:
    names = [("الجيش", "ORG"), ("الشرطة", "ORG"), ("المسلحين", "ORG")]
    text = "وقال المتحدث إن الجيش والشرطة حاصروا المسلحين في الحي."
    assert _at(text, "حاصروا", names) == ("الجيش", "المسلحين")


def test_a_governed_list_gives_no_subject() -> None:
    # «مع الولايات المتحدة والاتحاد الأوروبي وروسيا»: the list began behind a preposition
    names = [("الولايات المتحدة", _GPE), ("الاتحاد الأوروبي", "ORG"), ("روسيا", _GPE)]
    text = "ودعا إلى التنسيق مع الولايات المتحدة الأميركية والاتحاد الأوروبي وروسيا لوقف الحرب."
    assert _at(text, "لوقف", names)[0] != "الاتحاد الأوروبي"


def test_a_list_of_places_after_shahida_is_no_party() -> None:
    names = [("حلب", _GPE), ("إدلب", _GPE)]
    text = "وقد شهد ريف حلب وإدلب اشتباكات عنيفة أمس."
    assert _at(text, "اشتباكات", names)[0] != "حلب"


def test_a_list_in_another_clause_is_left() -> None:
    names = [("لبنان", _GPE), ("إسرائيل", _GPE)]
    text = "وقام المبعوث بجولة شملت لبنان وإسرائيل وقال إن الوضع مروع، ودعا الجميع إلى التهدئة."
    assert _at(text, "ودعا", names)[0] != "لبنان"
