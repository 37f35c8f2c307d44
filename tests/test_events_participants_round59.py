"""The place after a visit verb (round 59): a country, a city or a place noun right after «زار / يزور» is the place
visited, the event's target, not the visitor (`participants.ar_visit_place_target`); the visitor is the name or
the definite words between the verb and the place, or the head before «الذي»; and «حكومة» right before a country's name is one candidate, the
country's government (`participants.ar_government_of_country`). Hand-written sentences run through the extractor
alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import extract

from khabar.document import Document, Event


def _visit(doc: Document, word: str) -> tuple[str | None, str | None]:
    ev: Event = next(e for e in doc.events if e.trigger and word in e.trigger.text)
    name = lambda eid: doc.entity(eid).name if eid else None  # noqa: E731
    return name(ev.actor), name(ev.target)


def test_a_family_name_the_ner_left_out_visits_the_city() -> None:
    text = "يزور الحربي القاهرة يوم الأحد لبحث ملف المياه."
    assert _visit(extract(text, "ar", [("القاهرة", "GPE")]), "يزور") == ("الحربي", "القاهرة")


def test_an_untagged_title_visits_the_capital() -> None:
    text = "وزار الرئيس الموريتاني باريس الأسبوع الماضي."
    actor, target = _visit(extract(text, "ar", [("باريس", "GPE")]), "زار")
    assert target == "باريس"
    assert actor != "باريس"


def test_a_future_visit_keeps_the_city_as_target() -> None:
    text = "وقال مصدر إن السيسي سيزور الرباط في الخريف."
    actor, target = _visit(extract(text, "ar", [("السيسي", "PERSON"), ("الرباط", "GPE")]), "سيزور")
    assert target == "الرباط"
    assert actor != "الرباط"


def test_the_visitor_named_before_the_place_is_kept() -> None:  # counter-case: main already right
    text = "زار وزير الخارجية سامي الناصر الرياض أمس."
    doc = extract(text, "ar", [("سامي الناصر", "PERSON"), ("الرياض", "GPE")])
    assert _visit(doc, "زار") == ("سامي الناصر", "الرياض")


def test_a_country_that_receives_is_still_the_actor_of_another_verb() -> None:  # counter-case: another verb
    text = "استقبلت عمان أمس وزير الخارجية سامي الناصر."
    doc = extract(text, "ar", [("عمان", "GPE"), ("سامي الناصر", "PERSON")])
    assert _visit(doc, "استقبلت")[0] == "عمان"


# «حكومة» before a country's name (round 59, `participants.ar_government_of_country`): one actor, the government


def test_the_government_of_a_country_is_one_target() -> None:
    text = "اتهمت المعارضة حكومة مالي بقمع المحتجين في العاصمة."
    doc = extract(text, "ar", [("مالي", "GPE")])
    assert _visit(doc, "اتهمت")[1] == "حكومة مالي"


def test_the_government_of_a_country_is_one_actor() -> None:
    text = "وأعلنت حكومة تشاد أمس إطلاق سراح عشرين معتقلا."
    doc = extract(text, "ar", [("تشاد", "GPE")])
    assert _visit(doc, "إطلاق")[0] == "حكومة تشاد"


def test_a_country_after_another_body_stays_apart() -> None:  # counter-case: only «حكومة» joins its country
    text = "اتهمت المعارضة الشرطة بقمع المحتجين في مالي."
    doc = extract(text, "ar", [("مالي", "GPE")])
    assert _visit(doc, "اتهمت")[1] != "الشرطة مالي"
