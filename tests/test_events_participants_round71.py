"""Arabic participants (round 71): the object after «على» of an attack noun is its target also when the agent in لـ
(«غارات لطيران التحالف على مواقع ...») or a manner adjective that is no nisba («هجوما عنيفا على ...») stands
between; «على الرغم / على الفور / على التوالي» is no object, a site phrase ends at the preposition «على» (normalized
it is the name «علي»), and «مناطق» is a site («بقصف مناطق سكنية»). The must-fire cases fail on b0bce32. Hand-written
sentences run through the extractor alone (no NER) with hand-placed entities; none is copied from a gold set or an
audit.
"""

from __future__ import annotations

from events_helpers import extract, roles_at


# ---------------------------------------------------------------- must fire (fail on b0bce32)
def test_the_object_after_the_agent_in_li_is_the_target() -> None:
    text = "وتواصلت أمس غارات لطيران التحالف على مواقع المتمردين شمال البلاد."
    actor, target = roles_at(text, "غارات", [("التحالف", "ORG"), ("المتمردين", "ORG")])
    assert actor == "التحالف" and target == "مواقع المتمردين"


def test_the_agent_led_by_a_state_then_the_object() -> None:
    text = "وشهدت المنطقة غارات للتحالف العربي بقيادة السعودية على معسكر الحمزة."
    target = roles_at(text, "غارات", [("التحالف العربي", "ORG"), ("السعودية", "GPE")])[1]
    assert target is not None and target.startswith("معسكر")


def test_a_manner_adjective_between_the_attack_and_ala() -> None:
    text = "وشهدت البلدة هجمات مماثلة على مراكز الشرطة."
    assert roles_at(text, "هجمات", [("الشرطة", "ORG")]) == (None, "مراكز الشرطة")


def test_ala_al_raghm_is_no_object() -> None:
    text = "وتبادل الطرفان الاتهامات بقصف مناطق سكنية على الرغم من وقف إطلاق النار."
    assert roles_at(text, "قصف", [])[1] == "مناطق سكنية"


def test_a_site_phrase_stops_at_the_preposition_ala() -> None:
    text = "واتهم الطرفان بعضهما بقصف أحياء سكنية على الرغم من الهدنة."
    assert roles_at(text, "قصف", [])[1] == "أحياء سكنية"


def test_ala_with_a_town_keeps_the_place() -> None:
    text = "وتواصلت أمس غارات للتحالف على صنعاء."
    doc = extract(text, None, [("التحالف", "ORG"), ("صنعاء", "GPE")])
    names = {e.id: e.name for e in doc.entities}
    ev = next(e for e in doc.events if e.trigger and "غارات" in e.trigger.text)
    assert names.get(ev.target or "") == "صنعاء" and names.get(ev.place or "") == "صنعاء"


# ---------------------------------------------------------------- counter-cases
def test_a_purpose_in_li_is_no_agent() -> None:
    text = "وأعدت الخطة لهجوم واسع لاستعادة المدينة على مراحل."
    assert roles_at(text, "هجوم", [])[1] is None


def test_the_agent_in_li_alone_keeps_no_target() -> None:
    text = "وقتل ثلاثة مدنيين في غارة للتحالف أمس."
    assert roles_at(text, "غارة", [("التحالف", "ORG")])[1] != "التحالف"


def test_areas_no_one_lives_in_are_no_attacked_site() -> None:
    text = "وتعمل الشركة على استهداف المناطق غير المخدومة بشبكة الصرف."
    assert roles_at(text, "استهداف", [("الشركة", "ORG")])[1] is None
