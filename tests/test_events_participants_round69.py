"""Arabic participants (round 69): the party in لـ after a masdar of aid, support or a threat is the one given to,
supported or threatened: the target, never the actor («دعم جوي للمقاتلين الأكراد»، «مساعدات إغاثية لأبناء
الشعب»، «وجه تهديدا للممثل ...»). Only adjectives may stand between; a genitive between is the doer («دعم تركيا
لهم»), and a time or a thing in لـ is no party («للمرة الأولى»). The must-fire cases fail on 4faf116. Hand-written
sentences run through the extractor alone (no NER) with hand-placed entities; none is copied from a gold set or an
audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on 4faf116)
def test_the_fighters_after_air_support_are_the_target_not_the_actor() -> None:
    text = "وقال المتحدث إن الخطة لا تشمل تقديم دعم جوي للمقاتلين الأكراد في الشمال."
    actor, target = roles_at(text, "دعم", [("الأكراد", "MISC")])
    assert actor is None and target is not None and "الأكراد" in target


def test_the_people_after_relief_aid_are_the_target() -> None:
    text = "وحطت في المطار طائرة تحمل مساعدات غذائية عاجلة لأهالي المدينة المحاصرة."
    actor, target = roles_at(text, "مساعدات", [])
    assert actor is None and target is not None and target.startswith("أهالي")


def test_the_threatened_named_person_after_a_light_verb_threat() -> None:
    text = "وكان الحساب قد وجه تهديدا للفنان سامي العلي قبل أيام."
    actor, target = roles_at(text, "تهديد", [("سامي العلي", "PERSON")])
    assert target is not None and target.endswith("سامي العلي") and actor != "سامي العلي"


# ---------------------------------------------------------------- counter-cases
def test_a_genitive_before_li_is_the_doer() -> None:
    text = "وانتقد الوزير دعم إيران للمتمردين."
    assert roles_at(text, "دعم", [("إيران", "GPE")]) == ("إيران", "المتمردين")


def test_a_time_in_li_is_no_party() -> None:
    text = "وقدمت الحكومة مساعدات للمرة الأولى منذ عام."
    assert roles_at(text, "مساعدات", [("الحكومة", "ORG")])[1] is None


def test_a_threat_with_its_doer_in_the_genitive_keeps_it() -> None:
    text = "ونددت الحكومة بتهديد الجماعة للصحفيين."
    assert roles_at(text, "تهديد", [("الجماعة", "ORG")]) == ("الجماعة", "الصحفيين")
