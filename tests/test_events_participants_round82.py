"""Arabic participants (round 82): the harmed told before the attack noun are its target. A clause of death or
wounds closed by «في / جراء / إثر / بسبب» + the attack noun («استشهد ثلاثة مواطنين ... في انفجار»، «وفاة اثنين من
أفراد الشرطة ... في حادثة التفجير»، «بسقوط قتلى وجرحى من قوات ... جراء غارات»), and the harmed in construct with it
(«مصابي التفجير»): the casualties are the target, never the actor. The must-fire cases fail on df07d05.
Hand-written sentences run through the extractor alone (no NER) with hand-placed entities; none is copied from a
gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on df07d05)
def test_the_martyrs_of_a_doerless_explosion() -> None:
    text = "استشهد ثلاثة مواطنين يمنيين، وأصيب آخرون في انفجار عبوة ناسفة قرب السوق."
    assert roles_at(text, "انفجار", []) == (None, "ثلاثة مواطنين")


def test_the_dead_of_a_casualty_noun_are_no_actor() -> None:
    text = "أعلنت الوزارة وفاة اثنين من أفراد الشرطة متأثرين في حادثة التفجير."
    assert roles_at(text, "التفجير", []) == (None, "اثنين من أفراد الشرطة")


def test_the_party_of_a_class_of_casualties() -> None:
    text = "وأفادت مصادر محلية بسقوط قتلى وجرحى من قوات الحرس الجمهوري جراء غارات للتحالف."
    assert roles_at(text, "غارات", []) == ("التحالف", "قوات الحرس الجمهوري")


def test_the_killed_before_an_attack_with_a_doer() -> None:
    text = "وأفادت المصادر بمقتل خمسة جنود في هجوم شنه مسلحون على نقطة التفتيش."
    assert roles_at(text, "هجوم", []) == ("مسلحون", "خمسة جنود")


def test_the_wounded_participle_before_the_cause() -> None:
    text = "وزار الأمير المصابين المنومين في المستشفى جراء الاعتداء الآثم."
    assert roles_at(text, "الاعتداء", [])[1] == "المصابين المنومين"


def test_the_wounded_in_construct_with_the_attack() -> None:
    text = "وزار الأمير مصابي التفجير في المستشفى."
    assert roles_at(text, "التفجير", []) == (None, "مصابي")


def test_a_wounded_officer_is_no_attacker() -> None:
    text = "وقالت الشرطة إن إصابة الضابط جاءت في هجوم بسكين."
    assert roles_at(text, "هجوم", []) == (None, "الضابط")


# ---------------------------------------------------------------- must not fire
def test_the_fall_of_a_regime_is_no_casualty() -> None:
    text = "وتحدث عن سقوط النظام في هجوم المعارضة الأخير."
    assert roles_at(text, "هجوم", [])[1] != "النظام"


def test_an_object_named_by_the_killing_verb_stays() -> None:
    text = "وقال الناطق إن مسلحين قتلوا خمسة جنود في هجوم على نقطة التفتيش."
    assert roles_at(text, "هجوم", []) == ("مسلحين", "جنود")


def test_a_casualty_in_another_sentence_is_not_read() -> None:
    text = "وأعلنت الوزارة وفاة اثنين من أفراد الشرطة. وتحدث الوزير في الهجوم عن الأمن."
    assert roles_at(text, "الهجوم", [])[1] is None
