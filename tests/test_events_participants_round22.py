"""Arabic participants (round 22): role nouns of conflict news (the armed, fighters, snipers, warplanes,
counted soldiers and policemen, settlers, persons, civilians, tourists) are actor and target candidates; such
a noun with a pronoun suffix or right before a name gives way to its owner or the name.

Hand-written sentences run through the extractor alone (no NER) with hand-placed entities; none is copied
from a gold set.
"""

from __future__ import annotations

from events_helpers import extract_ar
from events_helpers import roles_at as _at


def test_armed_man_and_counted_victims_are_participants() -> None:
    # (round 52) the counted victims with their number, as the gold writes them
    assert _at("وقتل مسلح 12 شخصا في سوق المدينة أمس.", "قتل", []) == ("مسلح", "12 شخصا")


def test_warplanes_are_the_actor() -> None:
    actor, _ = _at("وقصفت الطائرات الحربية قافلة على الطريق الدولي.", "قصفت", [])
    assert actor == "الطائرات"
    actor, _ = _at("وهاجمت مقاتلات حربية مخزنا للذخيرة قرب الميناء.", "هاجمت", [])
    assert actor == "مقاتلات"


def test_counted_victims_after_a_passive_killing_are_the_target() -> None:
    actor, target = _at("قتل 7 مدنيين أمس في البلدة الحدودية.", "قتل", [])
    assert (actor, target) == (None, "مدنيين")


def test_role_noun_gives_way_to_its_owner_and_to_a_name() -> None:
    # «طائراتها»: the owner named before shares the coordinated verb, the planes are none
    names = [("القوات الفرنسية", "ORG")]
    text = "وقالت المصادر إن القوات الفرنسية كانت تستعمل المطار لإطلاق طائراتها، وهي طلبت أمس السماح بذلك."
    assert _at(text, "طلبت", names)[0] == "القوات الفرنسية"
    # «طائرات الولايات المتحدة»: the state is the party, not the planes
    names = [("المغرب", "GPE"), ("الولايات المتحدة", "GPE")]
    doc = extract_ar("ووافق المغرب على أن تستخدم طائرات الولايات المتحدة قواعده.", names)
    assert not any(e.name == "طائرات" for e in doc.entities)


def test_killed_and_wounded_verbs_are_passive() -> None:
    # «قتل وأصيب X»: the victims after both verbs, no actor
    assert _at("وقتل وأصيب مدنيون في السوق الشعبي أمس.", "قتل", []) == (None, "مدنيون")
    # «قتل X وجرح أربعة آخرون»: one noun phrase between the verbs, a count after the second
    assert _at("قتل جنديين وجرح ثلاثة آخرون قرب الحدود.", "قتل", [])[0] is None
    # «أن X قتلا وأصيب»: the subject before is the victim
    assert _at("وقال البيان إن شرطيين قتلا وأصيب خمسة آخرون في الهجوم.", "قتلا", [])[0] is None
    # two parties between the verbs: an active killing, the armed man acts
    assert _at("قتل مسلح شرطيا وجرح آخرين في المدينة.", "قتل", [])[0] == "مسلح"


def test_attack_noun_of_circumstance_names_the_agent_far_on() -> None:
    # a three-letter relative verb (شنّه)
    assert _at("قتل ثلاثة أشخاص خلال هجوم شنه مسلحون على حاجز للجيش.", "قتل", []) == ("مسلحون", "أشخاص")
    # an indefinite adjective before the relative verb, a time word after it, eleven words from the verb
    names = [("داعش", "ORG"), ("التحالف الدولي", "ORG")]
    text = "قتل 20 من عناصر تنظيم داعش المتطرف في غارات جوية شنتها أمس طائرات التحالف الدولي على مواقعه."
    assert _at(text, "قتل", names)[0] in ("طائرات", "التحالف الدولي")
    # a dual pronoun on the relative verb
    names = [("حركة الشباب", "ORG")]
    assert _at("قتل 9 أشخاص في هجومين تبنتهما حركة الشباب في العاصمة.", "قتل", names)[0] == "حركة الشباب"


def test_attack_noun_of_circumstance_stays_an_event() -> None:
    names = [("الحوثيون", "ORG")]
    doc = extract_ar("أفادت مصادر بمقتل مدني وإصابة 3 آخرين في قصف شنه الحوثيون على حي سكني.", names)
    assert {e.trigger.text for e in doc.events if e.trigger} >= {"بمقتل", "قصف"}
