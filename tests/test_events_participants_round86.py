"""Arabic participants (round 86): the harmed named as the subject of a victim verb told before it («أن جنديين
كوريين أصيبا بجروح في انفجار»: the dual «أصيبا» now in round 21's `_AR_VICTIM_VERB`), and the people counted
after «ما لا يقل عن» right after a verb of killing («وقتل ما لا يقل عن 30 مسلحا»), are the target, never the
actor. The must-fire cases fail on 6603548. Hand-written sentences run through the extractor alone (no NER);
none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on 6603548)
def test_a_dual_subject_before_the_wound_verb_is_the_target() -> None:
    text = "وذكرت الشرطة أن شرطيين أصيبا بجروح في انفجار عبوة قرب الحدود."
    assert roles_at(text, "انفجار", []) == (None, "شرطيين")


def test_a_plural_subject_before_the_wound_verb_is_no_actor() -> None:
    text = "وقال المتحدث إن ثلاثة جنود أصيبوا بجروح في انفجار لغم أرضي."
    assert roles_at(text, "انفجار", []) == (None, "جنود")


def test_the_martyrs_before_their_verb_with_an_attack_after() -> None:
    text = "وقال المتحدث إن شرطيين استشهدا في هجوم على نقطة تفتيش."
    assert roles_at(text, "هجوم", []) == (None, "شرطيين")


def test_the_agent_after_the_verb_stays_the_actor() -> None:
    text = "وقال المتحدث إن شرطيين أصيبا في هجوم شنه مسلحون على نقطة تفتيش."
    assert roles_at(text, "هجوم", []) == ("مسلحون", "شرطيين")


def test_the_people_counted_after_at_least() -> None:
    text = "وقتل ما لا يقل عن 30 مسلحا كرديا في الغارات."
    assert roles_at(text, "قتل", []) == (None, "ما لا يقل عن 30 مسلحا كرديا")


# ---------------------------------------------------------------- must not fire
def test_the_doer_of_a_killing_verb_before_a_coordinated_wound_verb_stays() -> None:
    text = "وقالت الشرطة إن مسلحا قتل شرطيا وأصيب مدنيان في انفجار عبوة."
    assert roles_at(text, "انفجار", []) == ("مسلحا", "شرطيا")


def test_an_active_dual_verb_keeps_its_subject() -> None:
    text = "وقال المتحدث إن مسلحين أصابا ثلاثة جنود في هجوم على نقطة تفتيش."
    assert roles_at(text, "هجوم", [])[1] != "مسلحين"


def test_a_subject_after_a_preposition_is_not_read() -> None:
    text = "وتحدث عن جنديين أصيبا بجروح في انفجار لغم."
    assert roles_at(text, "انفجار", [])[1] != "جنديين"


def test_a_count_after_the_verb_without_at_least_is_left() -> None:
    text = "وقال إن المسلحين قتلوا 30 مدنيا في القرية."
    assert roles_at(text, "قتلوا", [])[0] == "المسلحين"
