"""Arabic participants (round 52): the counted, unnamed people a harm or an arrest falls on, a number with its
counted noun after the verb and its subject (`ar_counted_object`). Hand-written sentences run through the
extractor alone (no NER) with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_counted_noun_after_the_subject_in_parentheses() -> None:
    text = "وقال المرصد: خطفت (داعش) 170 مدنيا في المدينة."
    assert _at(text, "خطفت", [("داعش", "ORG")]) == ("داعش", "170 مدنيا")


def test_number_word_and_its_plural_after_an_arrest_verb() -> None:
    text = "وقال الجيش إن الشرطة اعتقلت أربعة متشددين في المدينة."
    assert _at(text, "اعتقلت", [("الشرطة", "ORG")]) == ("الشرطة", "أربعة متشددين")


def test_number_with_min_and_a_definite_noun() -> None:
    text = "وذكرت الشرطة أن مسلحين قتلوا أربعة من المواطنين في القرية."
    assert _at(text, "قتلوا", [("الشرطة", "ORG")])[1] == "أربعة من المواطنين"


def test_digits_past_a_time_word_with_a_nisba_adjective() -> None:
    text = "واعتقلت الشرطة أمس 12 مقاتلا كرديا قرب الحدود."
    assert _at(text, "اعتقلت", [("الشرطة", "ORG")]) == ("الشرطة", "12 مقاتلا كرديا")


def test_a_measure_of_time_is_no_party() -> None:
    text = "وقالت الوزارة إن الشرطة اعتقلت 15 عاما من الفوضى."
    assert _at(text, "اعتقلت", [("الشرطة", "ORG")])[1] is None


def test_a_thing_counted_is_no_party() -> None:
    text = "وقال الجيش إن الطائرات قصفت أمس ثلاثة مواقع قرب الحدود."
    assert _at(text, "قصفت", [("الجيش", "ORG")])[1] != "ثلاثة مواقع"


def test_no_counted_target_without_a_subject() -> None:
    text = "واستشهد أربعة مواطنين في انفجار قذيفة وسط المدينة."
    assert _at(text, "انفجار", [])[1] != "أربعة مواطنين"


def test_counted_people_after_an_arrest_masdar_with_ala() -> None:
    text = "وتمكنت الدوريات خلال الحملة من القبض على عدد (٤٥) مخالفا لنظام الإقامة."
    assert _at(text, "القبض", [])[1] == "عدد (٤٥) مخالفا"


def test_past_a_night_time_phrase() -> None:
    text = "وأفادت الأنباء بأن قوات حكومية اعتقلت الليلة الماضية 11 متظاهرا في العاصمة."
    assert _at(text, "اعتقلت", [])[1] == "11 متظاهرا"
