"""Arabic participants (round 66): a verb trigger with no actor whose next word heads a construct phrase of a body or
group that no entity names takes that phrase as its subject (verb-subject order: «ودعا اتحاد المزارعين ...»،
«أدان نادي الخريجين العرب ...»); not for harm or arrest verbs, whose passive is spelled the same, and not for a head
with no genitive. The must-fire cases fail on efffd4e. Hand-written sentences run through the extractor alone (no
NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


def _actor(text: str, trigger: str, names: list[tuple[str, str]]) -> str | None:
    return roles_at(text, trigger, names)[0]


# ---------------------------------------------------------------- must fire (fail on efffd4e)
def test_a_union_after_its_call_is_its_actor() -> None:
    text = "ودعا اتحاد الغرف التجارية في بيان أمس إلى خفض الرسوم."
    assert _actor(text, "ودعا", []) == "اتحاد الغرف التجارية"


def test_a_club_with_its_genitive_and_adjective_is_the_actor_of_a_condemnation() -> None:
    text = "أدان نادي الخريجين العرب الاعتداء على أحد الأساتذة."
    assert _actor(text, "أدان", []) == "نادي الخريجين"  # «العرب» is no adjective of relation: the phrase stops before it


def test_one_of_an_unnamed_group_is_the_actor_of_a_visit() -> None:
    text = "زار أحد أعضاء البرلمان الأوروبي المخيم صباح السبت."
    assert _actor(text, "زار", []) == "أحد أعضاء البرلمان الأوروبي"


# ---------------------------------------------------------------- counter-cases
def test_a_harm_verb_is_left_its_passive_reading() -> None:
    # «قتل أحد المسلحين» is as often «one of the gunmen was killed»: no actor is made up
    text = "وقتل أحد المسلحين في الاشتباك قرب الحدود."
    assert _actor(text, "قتل", []) != "أحد المسلحين"


def test_a_head_with_no_genitive_is_no_subject() -> None:
    text = "واستقبل وفدا من رجال الأعمال في مكتبه."
    assert _actor(text, "استقبل", []) not in ("وفدا", "وفدا من رجال الأعمال")


def test_a_named_subject_keeps_its_place() -> None:
    text = "استقبل الأمير فيصل وفد جامعة الملك سعود في مكتبه."
    assert _actor(text, "استقبل", [("الأمير فيصل", "PERSON"), ("جامعة الملك سعود", "ORG")]) == "الأمير فيصل"
