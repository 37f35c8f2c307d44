"""Arabic participants (round 72): the one met or received, named by a description no entity holds, right after a
CONSULT verb of meeting or receiving (التقى / يلتقي / سيلتقي / استقبل / يستقبل) in object position: the subject told
before the verb, a pronoun on «إنه / أنه», a headline's subject before an imperfect, or a plural in -ين (accusative).
A verb first (VSO: «واستقبل وزير الخارجية نظيره») keeps the word after it as its subject. The must-fire cases fail on
b0bce32. Hand-written sentences run through the extractor alone (no NER); none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on b0bce32)
def test_peers_after_a_future_meeting_verb_with_the_subject_before() -> None:
    text = "وأوضح المتحدث أن الوزير سيلتقي نظراءه من الدول العربية الأسبوع المقبل."
    _, target = roles_at(text, "سيلتقي", [])
    assert target == "نظراءه"


def test_an_accusative_plural_after_the_verb_is_the_one_met() -> None:
    text = "وخلال الجولة التقى المديرين الإقليميين للبنك في العاصمة."
    _, target = roles_at(text, "التقى", [])
    assert target == "المديرين الإقليميين"


def test_a_headline_host_before_an_imperfect_receives_the_minister() -> None:
    text = "ولي العهد يستقبل وزير الخارجية البريطاني"
    _, target = roles_at(text, "يستقبل", [])
    assert target == "وزير الخارجية البريطاني"


def test_a_pronoun_subject_on_inna_leaves_the_office_as_object() -> None:
    text = "وقال الرئيس إنه سيلتقي وزير الداخلية الأسبوع المقبل."
    _, target = roles_at(text, "سيلتقي", [])
    assert target == "وزير الداخلية"


# ---------------------------------------------------------------- counter-cases
def test_verb_first_keeps_the_office_as_subject() -> None:
    text = "واستقبل وزير الخارجية نظيره الفرنسي في الرياض."
    _, target = roles_at(text, "استقبل", [])
    assert target is None or not target.startswith("وزير")


def test_after_an_the_verb_opens_its_own_clause() -> None:
    text = "ومن المقرر أن يلتقي وزير الدفاع نظيره الروسي غدا."
    _, target = roles_at(text, "يلتقي", [])
    assert target is None or not target.startswith("وزير")


def test_a_named_guest_keeps_its_entity() -> None:
    text = "استقبل الرئيس سالم العمري أمس السفير فهد الراشد في مكتبه."
    _, target = roles_at(text, "استقبل", [("سالم العمري", "PERSON"), ("فهد الراشد", "PERSON")])
    assert target == "فهد الراشد"
