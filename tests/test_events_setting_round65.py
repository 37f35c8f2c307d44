"""Round 65: a place noun and the name after it (khabar/events/setting.py, `place_noun_place`): when no
candidate of a place type is the Arabic event's place, an indefinite place noun (ضاحية، حي، قرية، بلدة، مدينة،
محافظة، مديرية، منطقة، مقاطعة، ولاية، قضاء ...) after a place preposition or with the clitic ب, and the name that
follows it, is the place: the tagged place when the name is one, else the noun and its untagged name.

Sentences written for the test (none from a gold file). The tests of the places found fail on main 3538433; the
counter-cases (an adjective is no name, a definite place noun names no one place, the town of another event) pass
there too.
"""

from __future__ import annotations

from events_helpers import sentence_places


def _place_of(text: str, trigger_part: str) -> str | None:
    places = sentence_places(text)
    hits = [p for trig, p in places.items() if trigger_part in trig]
    assert hits, places
    return hits[0]


def test_an_untagged_governorate_after_fi_is_the_raids_place() -> None:
    place = _place_of("قتل ثلاثة مسلحين في غارة جوية على تجمع لهم في محافظة أبين جنوبي البلاد.", "غارة")
    assert place == "محافظة أبين"  # the noun and its name; «جنوبي البلاد» is a bearing, no part of it


def test_a_district_noun_is_a_place_preposition_for_a_tagged_name() -> None:
    place = _place_of("اعتقلت قوات الأمن رجلين في حي جوبر شرقي العاصمة.", "اعتقلت")
    assert place is not None and "جوبر" in place


def test_a_suburb_before_a_tagged_town() -> None:
    place = _place_of("قتل شرطي في هجوم مسلح في ضاحية سانت لويس مساء الأحد.", "هجوم")
    assert place is not None and "لويس" in place


def test_a_dual_place_noun_with_a_glued_b() -> None:
    place = _place_of("سقطت قذائف هاون بمحافظتي الحرث والطوال أمس.", "سقطت")
    assert place is not None and place.startswith("محافظتي الحرث")


def test_an_adjective_after_the_place_noun_is_no_name() -> None:
    assert _place_of("أصيب جندي في انفجار لغم في قرية صغيرة.", "انفجار") is None


def test_a_definite_place_noun_names_no_one_place() -> None:
    assert _place_of("وقع الانفجار في المنطقة صباح اليوم.", "الانفجار") is None


def test_the_town_of_an_event_between_is_not_the_arrests() -> None:
    # the attack is in the village, not the warrant: another event's noun stands between
    text = "أصدر القاضي أوامر اعتقال بحق المشتبه في تورطهم في الاعتداء بإضرام النار في قرية الفرعة."
    assert _place_of(text, "اعتقال") is None


def test_a_village_after_a_bare_indefinite_mosque_is_the_place() -> None:
    # the place gold does not count an indefinite, unnamed facility: the village names the place
    assert _place_of("وقع الانفجار داخل مسجد في قرية الفرعة.", "الانفجار") == "قرية الفرعة"


def test_a_definite_facility_stays_the_place() -> None:
    assert _place_of("وقع الانفجار داخل المسجد في قرية الفرعة.", "الانفجار") == "المسجد"
