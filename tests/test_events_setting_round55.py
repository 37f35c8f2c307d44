"""Round 55: Arabic event places (khabar/events/setting.py): no place of a spokesman's or an office holder's
title that round 53's titles guard does not reach (`_office_place`), and no place of the condemned event for
the condemnation (`_condemned_place`).

Sentences written for the test (none from a gold file). The three tests of the dropped places fail on main
94a6a6e; the counter-cases (a place of the act itself, a place between the condemnation and its object, the
condemned attack's own place) pass there too.
"""

from __future__ import annotations

from events_helpers import sentence_places


def test_a_spokesmans_region_is_not_the_arrests() -> None:
    # main: the arrest placed in Riyadh, the region of the spokesman's police
    text = "أعلن الناطق الإعلامي بشرطة منطقة الرياض القبض على ثلاثة مقيمين."
    assert sentence_places(text)["القبض"] is None


def test_an_office_after_two_place_words_is_not_the_praises() -> None:
    # main: the praise placed in Hail, the region in the civil-defence director's title
    text = "أشاد مدير الدفاع المدني في منطقة حائل بجهود الفرق."
    assert sentence_places(text)["أشاد"] is None


def test_the_condemned_attacks_place_is_not_the_condemnations() -> None:
    # main: the condemnation placed in Aleppo, where the attack it condemns happened
    places = sentence_places("جدد المجلس إدانته للهجوم الإرهابي الذي وقع في مدينة حلب.")
    assert places["إدانته"] is None
    assert places["لهجوم"] == "حلب"  # the attack keeps its own place


def test_the_acts_own_place_is_kept() -> None:
    assert sentence_places("قبضت الشرطة على ثلاثة مقيمين في منطقة الرياض.")["قبضت"] == "الرياض"
    assert sentence_places("التقى الوزير نظيره في مدينة جدة لبحث التعاون.")["التقى"] == "جدة"


def test_a_place_before_the_condemned_object_is_kept() -> None:
    # nothing of the condemned act between the trigger and the place: the condemnation's own place
    assert sentence_places("أدانت الحكومة في الرياض الهجوم على القافلة.")["أدانت"] == "الرياض"
