"""Arabic participants (round 63): the site in an attack noun's genitive is the attack's target, never its actor
(`participants.ar_attack_site_genitive`): «قصف مستشفى ...»، «تفجير مسجد ...»، «اقتحام السفارة ...»، «التفجير بمسجد
...»، a named facility or country after a transitive attack masdar; a force in the genitive (an agent noun, a name
followed by لـ or على) stays the actor. Hand-written sentences run through the extractor alone (no NER) with
hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


def _roles(text: str, trigger: str, names: list[tuple[str, str]] = ()) -> tuple[str | None, str | None]:  # type: ignore[assignment]
    return roles_at(text, trigger, list(names))


def test_the_bombed_mosque_and_its_named_owner_are_the_target() -> None:
    text = "وتفقد المحافظ موقع التفجير بمسجد قوات الأمن في المدينة."
    assert _roles(text, "التفجير", [("قوات الأمن", "ORG")]) == (None, "مسجد قوات الأمن")


def test_the_towers_of_a_named_centre_are_the_target() -> None:
    text = "وتذكر الكاتب يوم تفجير برجي مركز المال الدولي قبل سنوات."
    actor, target = _roles(text, "تفجير", [("مركز المال الدولي", "ORG")])
    assert actor != "مركز المال الدولي" and target == "برجي مركز المال الدولي"


def test_a_shelled_hospital_is_the_target() -> None:
    text = "وأدانت المنظمة استهداف مستشفى الرحمة في المدينة."
    assert _roles(text, "استهداف")[1] == "مستشفى الرحمة"


def test_a_stormed_embassy_with_its_adjective() -> None:
    text = "وأدانت الوزارة اقتحام السفارة الكندية في العاصمة."
    assert _roles(text, "اقتحام", [("الكندية", "GPE")]) == (None, "السفارة الكندية")


def test_a_named_airport_after_a_transitive_masdar() -> None:
    text = "وقال المتحدث إن مهاجمة مطار الملك خالد جاءت بعد التهديدات."
    assert _roles(text, "مهاجمة", [("مطار الملك خالد", "FAC")])[1] == "مطار الملك خالد"


def test_the_air_force_in_the_genitive_stays_the_actor() -> None:
    # counter-case: an agent noun in the genitive shells, it is not shelled
    text = "وتواصل قصف الطيران الحربي لأحياء المدينة."
    assert _roles(text, "قصف", [("الطيران الحربي", "ORG")])[0] == "الطيران الحربي"


def test_a_country_before_ala_stays_the_actor() -> None:
    # counter-case: «هجوم X على Y»: على marks the target, X attacks
    text = "وندد البيان بهجوم كندا على الميناء."
    actor, target = _roles(text, "هجوم", [("كندا", "GPE")])
    assert actor == "كندا" and target != "كندا"


def test_a_car_bomb_is_no_target() -> None:
    # counter-case: the vehicle is the bomb itself
    assert _roles("وأدى تفجير سيارة مفخخة قرب السوق إلى خسائر.", "تفجير")[1] is None


def test_a_vehicle_after_bi_is_the_means() -> None:
    # counter-case: «الهجوم بسيارة»: the car carried the attack
    assert _roles("ونفذ الهجوم بسيارة مسروقة صباح اليوم.", "الهجوم")[1] is None


def test_the_hospital_of_the_wounded_is_no_target() -> None:
    # counter-case: «مصابي التفجير بمستشفى»: where the wounded lie
    text = "وزار الوزير مصابي التفجير بمستشفى المدينة العام."
    assert _roles(text, "التفجير")[1] != "مستشفى المدينة العام"
