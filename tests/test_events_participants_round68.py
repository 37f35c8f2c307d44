"""Arabic participants (round 68): the agent after «على يد / من قبل / من طرف / بواسطة» is the actor of the passive
or event noun before it, a name or a common-noun phrase («أحد الحراس الغاضبين»، «قوات الأمن»); the noun before the
mark is never the actor. «بواسطة» may bring an instrument, «من قبل» may mean "before", and a mark that follows
another event word is that event's. The must-fire cases fail on 74a8841. Hand-written sentences run through the
extractor alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on 74a8841)
def test_one_of_an_unnamed_group_after_by_hand_is_the_actor() -> None:
    text = "وتوفي التاجر بعد اغتياله بطعنة على يد أحد الحراس الغاضبين في السوق."
    assert roles_at(text, "اغتياله", [])[0] == "أحد الحراس الغاضبين"


def test_the_passive_subject_before_the_mark_is_the_target() -> None:
    text = "وخطف المهندس على يد أحد المتشددين الهاربين قرب الطريق."
    actor, target = roles_at(text, "خطف", [("المهندس", "PERSON")])
    assert (actor, target) == ("أحد المتشددين الهاربين", "المهندس")


def test_an_agent_after_min_taraf_acts_and_the_arrested_is_the_target() -> None:
    text = "واعتقل الناشط من طرف عناصر الشرطة السرية."
    assert roles_at(text, "اعتقل", []) == ("عناصر الشرطة السرية", "الناشط")


# ---------------------------------------------------------------- counter-cases
def test_an_instrument_after_bi_wasita_is_no_actor() -> None:
    text = "وتم اغتياله بواسطة عبوة ناسفة زرعت تحت سيارته."
    assert roles_at(text, "اغتياله", [])[0] != "عبوة ناسفة"


def test_min_qabl_an_is_before_not_an_agent() -> None:
    text = "وكان الوزير قد زار المدينة من قبل أن تندلع المواجهات."
    assert roles_at(text, "زار", [("الوزير", "PERSON")])[0] == "الوزير"


def test_a_mark_after_another_event_word_is_that_events_agent() -> None:
    text = "وأدان الوزراء الهجمات من قبل الجماعات المتطرفة على المدنيين."
    assert roles_at(text, "أدان", [])[0] != "الجماعات المتطرفة"
