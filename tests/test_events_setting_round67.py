"""Round 67: more facilities as the event's place (khabar/events/setting.py, `_more_facility_head`,
`_facility_reached`): when no other place is found, a facility with no place preposition before it is the place
when it is the object of a harm verb, the goal of a visit, or the goal of a word of having arrived; and embassies,
schools, checkpoints, prisons and named or definite military bases count as facilities.

Sentences written for the test (none from a gold file). The tests of the places found fail on main 74a8841; the
counter-cases (a prison sentence, al-Qaeda, a base with no name, a facility with no name, heading somewhere) pass
there too.
"""

from __future__ import annotations

from events_helpers import sentence_places


def _place_of(text: str, trigger_part: str) -> str | None:
    places = sentence_places(text)
    hits = [p for trig, p in places.items() if trigger_part in trig]
    assert hits, places
    return hits[0]


def test_the_object_of_a_harm_verb() -> None:
    place = _place_of("قصفت الطائرات فجر اليوم معسكر الصمود التابع للمتمردين.", "قصفت")
    assert place is not None and place.startswith("معسكر الصمود")


def test_the_goal_of_a_visit() -> None:
    place = _place_of("زار الوزير مخيم الأزرق للاجئين.", "زار")
    assert place is not None and place.startswith("مخيم الأزرق")


def test_the_goal_of_having_arrived() -> None:
    assert _place_of("وكان في استقبال الرئيس لدى وصوله المطار رئيس الوزراء.", "استقبال") == "المطار"


def test_a_prison_after_in() -> None:
    assert _place_of("قتل مسلحون حارسا في السجن المركزي الأسبوع الماضي.", "قتل") == "السجن المركزي"


def test_a_definite_air_base() -> None:
    place = _place_of("أصيب جنديان في هجوم على القاعدة الجوية مساء أمس.", "هجوم")
    assert place is not None and place.startswith("القاعدة الجوية")


def test_a_prison_sentence_is_no_place() -> None:
    assert _place_of("اعتقلت الشرطة المتهم بالسجن خمس سنوات.", "اعتقلت") is None


def test_a_court_that_sentences_is_no_place() -> None:
    assert _place_of("حكمت المحكمة على المتهم بالسجن خمس سنوات.", "حكمت") is None


def test_al_qaeda_is_no_base() -> None:
    assert _place_of("اعتقلت الشرطة عنصرا في القاعدة أمس.", "اعتقلت") is None


def test_a_base_with_no_name_is_no_place() -> None:
    assert _place_of("شن مسلحون هجوما على قاعدة عسكرية تابعة للجيش.", "هجوم") is None


def test_heading_to_the_airport_is_not_there() -> None:
    assert _place_of("التقى الوزير نظيره قبل أن يتوجه إلى المطار.", "التقى") != "المطار"
