"""Arabic participants (round 24): three who-did-what bugs left open by rounds 21-23. Hand-written sentences
run through the extractor alone (no NER) with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import extract_ar, type_of
from events_helpers import roles_at as _at


# 1. a harm told as what came before the main event stays apart and takes no doer from the main clause
def test_antecedent_abduction_is_not_merged_into_the_war() -> None:
    names = [("إسرائيل", "GPE")]  # «الجنديين» is a role noun the extractor makes a participant of
    text = "وشنت إسرائيل حربا واسعة إثر ما وصفته بالاستفزاز في عملية خطف الجنديين قرب الحدود."
    doc = extract_ar(text, names)
    war = next(e for e in doc.events if e.trigger and "حربا" in e.trigger.text)
    assert war.target is None  # the war does not take the abducted soldiers as its target
    assert _at(text, "خطف", names) == (None, "الجنديين")


def test_killing_before_the_raid_has_no_doer_from_the_main_clause() -> None:
    names = [("الجيش", "ORG"), ("الأهالي", "MISC")]
    text = "واقتحم الجيش القرية إثر خطف الأهالي قرب الطريق."
    assert _at(text, "خطف", names)[0] is None


def test_result_of_an_attack_keeps_its_roles() -> None:
    # a harm masdar not introduced by an antecedence word is unchanged («قتل ... الجنود» in the main clause)
    names = [("الجيش", "ORG"), ("المسلحين", "MISC")]
    text = "وأعلن الجيش اعتقال المسلحين في المدينة."
    assert _at(text, "اعتقال", names)[0] == "الجيش"


# 2. the subject of a verb of opinion or appeal does not do the deed in its object masdar
def test_opposer_is_not_the_invader() -> None:
    names = [("الحكومة السورية", "ORG"), ("العراق", "GPE")]
    text = "وعارضت الحكومة السورية غزو العراق عام 2003."
    assert _at(text, "غزو", names) == (None, "العراق")
    names = [("الحكومة الفرنسية", "ORG"), ("العراق", "GPE")]
    assert _at("الحكومة الفرنسية عارضت غزو العراق.", "غزو", names) == (None, "العراق")


def test_condemner_is_not_the_arrester() -> None:
    names = [("تركيا", "GPE"), ("أحمد", "PERSON")]
    assert _at("وأدانت تركيا اعتقال الصحفي أحمد في مصر.", "اعتقال", names) == (None, "أحمد")
    names = [("المنظمة", "ORG"), ("سعيد", "PERSON")]
    assert _at("ونددت المنظمة باعتقال الصحفي سعيد.", "اعتقال", names) == (None, "سعيد")


def test_appeal_verbs_keep_their_object_as_doer() -> None:
    # «طالب X بـ»: the one asked does the deed; verbs of appeal are not in the rule
    names = [("الرئيس", "PERSON"), ("المتمردين", "ORG")]
    assert _at("ويطالب الرئيس المتمردين باحترام الهدنة.", "الهدنة", names)[0] == "المتمردين"


def test_masdar_genitive_agent_with_la_undergoer() -> None:
    names = [("فرنسا", "GPE"), ("الولايات المتحدة", "GPE"), ("لبنان", "GPE")]
    # no لـ-phrase (لبنان only begins with the letter): the genitive is the undergoer, no invader is named
    assert _at("وعارضت فرنسا غزو الولايات المتحدة لبنان.", "غزو", names)[0] is None
    # a لـ-phrase after the genitive: the genitive is the invader, the لـ-phrase the invaded
    names = [("فرنسا", "GPE"), ("الولايات المتحدة", "GPE"), ("العراق", "GPE")]
    doc = extract_ar("وعارضت فرنسا غزو الولايات المتحدة لـ العراق.", names)
    ev = next(e for e in doc.events if e.trigger and "غزو" in e.trigger.text)
    assert (doc.entity(ev.actor).name, doc.entity(ev.target).name) == ("الولايات المتحدة", "العراق")


def test_control_verbs_keep_their_subject_as_doer() -> None:
    names = [("الجماعة", "ORG"), ("خالد", "PERSON")]
    assert _at("وحاولت الجماعة اغتيال الوزير خالد.", "اغتيال", names) == ("الجماعة", "خالد")
    names = [("الحكومة", "ORG"), ("سعيد", "PERSON")]
    assert _at("وقررت الحكومة اعتقال المعارض سعيد.", "اعتقال", names) == ("الحكومة", "سعيد")


# 3. «استشهد» is an ASSAULT with the martyr as target; «استشهد بـ» (cited) is no event
def test_martyred_is_an_assault_with_the_agent_phrase_as_actor() -> None:
    names = [("محمد العتيبي", "PERSON"), ("الحوثيين", "ORG"), ("جازان", "GPE")]
    text = "واستشهد الجندي محمد العتيبي بنيران الحوثيين في جازان."
    assert type_of(text, "استشهد") == "ASSAULT"
    assert _at(text, "استشهد", names) == ("الحوثيين", "محمد العتيبي")


def test_martyred_without_agent_has_no_actor() -> None:
    names = [("أحمد ياسين", "PERSON"), ("غزة", "GPE")]
    text = "واستُشهد أحمد ياسين في مدينة غزة أمس."
    assert _at(text, "استُشهد", names) == (None, "أحمد ياسين")


def test_cited_is_no_event() -> None:
    assert type_of("واستشهد الوزير بتصريحات أدلى بها السفير أمس.", "استشهد") is None
    assert type_of("وقد استشهد الكاتب بالصحيفة الفرنسية التي نشرت الخبر.", "استشهد") is None
    assert type_of("واستشهد الخطيب بقول الشاعر في ختام كلمته.", "استشهد") is None


def test_martyred_in_an_attack_is_named_by_the_attack() -> None:
    # a death told before the attack that caused it is that attack (the round-18 rule for «مقتل»)
    text = "واستشهد شرطي وأصيب اثنان آخران في هجوم مسلح على نقطة تفتيش قرب المدينة."
    triggers = [e.trigger.text for e in extract_ar(text).events if e.trigger]
    assert any("هجوم" in x for x in triggers)
    assert not any("استشهد" in x for x in triggers)
