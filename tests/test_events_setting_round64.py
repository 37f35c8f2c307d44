"""Round 64: the facility an Arabic event happened at (khabar/events/setting.py, `facility_place`): when no
candidate of a place type is the event's place, a phrase headed by a facility noun (mosque, airport, museum,
headquarters, street, court ...) after a place preposition or the clitic ب, or a harm's genitive / على object.

Sentences written for the test (none from a gold file). The tests of the facilities found fail on main ba034c9;
the counter-cases (a town place wins, a hospital is no harm's place, a condemnation, a facility in another
clause) pass there too.
"""

from __future__ import annotations

from events_helpers import sentence_places


def _place_of(text: str, trigger_part: str) -> str | None:
    places = sentence_places(text)
    hits = [p for trig, p in places.items() if trigger_part in trig]
    assert hits, places
    return hits[0]


def test_a_mosque_after_a_clitic_b_is_the_bombings_place() -> None:
    place = _place_of("زار المحققون موقع التفجير بمسجد الرحمة صباح اليوم.", "التفجير")
    assert place is not None and "مسجد" in place


def test_a_street_after_fi_is_the_shootings_place() -> None:
    place = _place_of("أطلق مسلح النار على المارة في شارع الملك فهد مساء أمس.", "النار")
    assert place is not None and "شارع" in place


def test_a_museum_after_ala_is_the_attacks_place() -> None:
    place = _place_of("أدين رجلان بالمشاركة في الهجوم المسلح على متحف الفنون الشعبية.", "الهجوم")
    assert place is not None and "متحف" in place


def test_a_definite_mosque_inside_is_the_explosions_place() -> None:
    place = _place_of("تفقد الوزير آثار الانفجار داخل المسجد الكبير.", "الانفجار")
    assert place is not None and "المسجد" in place


def test_a_town_place_wins_over_the_facility() -> None:
    assert _place_of("قتل ثلاثة أشخاص في هجوم على مسجد في مدينة حلب.", "هجوم") == "حلب"


def test_a_hospital_is_no_harms_place() -> None:
    # the wounded are treated at the hospital: the bombing did not happen there
    assert _place_of("زار الوزير جرحى التفجير في مستشفى الملك خالد.", "التفجير") is None


def test_a_condemned_bombings_mosque_is_not_the_condemnations() -> None:
    assert _place_of("استنكر المجلس التفجير الإرهابي الذي استهدف مسجد الرحمة.", "استنكر") is None
