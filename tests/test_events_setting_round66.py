"""Round 66: the place that hosts the event (khabar/events/setting.py, `hosted_place`): when no other place is
found, the subject of «شهد» (witnessed), whose object is the event, or of «تعرض» (was subjected to), whose
ل-complement is the event, is the event's place when that subject is a place: a tagged place (also before a
relative pronoun that opens the verb's clause), a place noun and its name, or a facility.

Sentences written for the test (none from a gold file). The tests of the places found fail on main efffd4e; the
counter-cases (a person or a year as the subject, another event between, a verb of doing) pass there too.
"""

from __future__ import annotations

from events_helpers import sentence_places


def _place_of(text: str, trigger_part: str) -> str | None:
    places = sentence_places(text)
    hits = [p for trig, p in places.items() if trigger_part in trig]
    assert hits, places
    return hits[0]


def test_the_subject_of_witnessed_is_the_protests_place() -> None:
    assert _place_of("شهدت القاهرة أمس مظاهرات حاشدة ضد الحكومة.", "مظاهرات") == "القاهرة"


def test_a_state_noun_before_the_tagged_subject() -> None:
    place = _place_of("وشهدت دولة التشيك مظاهرات ضد اللاجئين الأسبوع الماضي.", "مظاهرات")
    assert place is not None and "التشيك" in place


def test_the_antecedent_of_a_relative_witness_clause() -> None:
    place = _place_of("عاد الوفد إلى العاصمة صنعاء التي شهدت اشتباكات عنيفة أمس.", "اشتباكات")
    assert place is not None and "صنعاء" in place


def test_an_untagged_town_subjected_to_shelling() -> None:
    place = _place_of("تعرضت مدينة الخوبة صباح اليوم لسقوط قذائف من الجانب الآخر.", "قذائف")
    assert place is not None and place.startswith("مدينة الخوبة")


def test_a_square_that_will_witness_a_rally() -> None:
    place = _place_of("ومن المتوقع أن يشهد ميدان التحرير وسطها أكبر مظاهرة منذ أشهر.", "مظاهرة")
    assert place == "ميدان التحرير"  # «وسطها» is no part of the square's name


def test_a_person_as_the_subject_gives_no_place() -> None:
    assert _place_of("شهد الرئيس توقيع الاتفاق بين الطرفين.", "توقيع") is None


def test_a_year_as_the_subject_gives_no_place() -> None:
    assert _place_of("شهد العام الماضي هجمات كثيرة على الحدود.", "هجمات") is None


def test_another_event_between_keeps_the_host_for_the_first() -> None:
    places = sentence_places("شهدت القاهرة مظاهرات أسفرت عن اعتقال عشرات.")
    assert places.get("اعتقال") is None


def test_a_verb_of_doing_makes_no_host() -> None:
    # «أبناء قرية» / a subject that acts: the actor's origin is no place of the arrest
    assert _place_of("اعتقلت قوات الأمن أبناء قرية الفرعة أمس.", "اعتقلت") is None
