"""Arabic participants (round 21): who did what to whom when the form of the clause says it. The genitive of
a masdar of harm, arrest or invasion and the subject of a passive or a victim verb undergo the event; an agent
phrase (برصاص، على يد، من قبل، في هجوم لـ / شنته) names the actor; a verb of attack describing an indefinite
operation noun, the genitive of a place attacked and the antecedent of an object pronoun are targets; the
subject after a verb with an object pronoun acts; a relative clause after an event noun and its adjectives
names its agent; a verb of killing or arrest with no object after its subject is an unvoiced passive; a
trigger inside a recognised name is none.

Hand-written sentences run through the extractor alone (no NER) with hand-placed entities; none is copied
from a gold set.
"""

from __future__ import annotations

from events_helpers import extract_ar
from events_helpers import roles as _roles
from events_helpers import roles_at as _at


def _triggers(text: str, names: list[tuple[str, str]]) -> list[str]:
    return [e.trigger.text for e in extract_ar(text, names).events if e.trigger]


def test_masdar_genitive_is_the_target() -> None:
    names = [("ياسر القحطاني", "PERSON")]
    assert _at("وأسفر الانفجار عن مقتل ياسر القحطاني في المدينة.", "مقتل", names) == (None, "ياسر القحطاني")
    # the genitive of an invasion is the invaded country, not the invader
    names = [("البرلمان الإيراني", "ORG"), ("القوات الروسية", "ORG"), ("سوريا", "GPE")]
    actor, target = _at("رفض البرلمان الإيراني استخدام القوات الروسية للمطار في غزو سوريا.", "غزو", names)
    assert target == "سوريا" and actor != "سوريا"


def test_agent_phrase_names_the_actor_and_the_victim_the_target() -> None:
    names = [("سامي الحسن", "PERSON"), ("قوات الأمن", "ORG")]
    assert _roles("وقتل الصحفي سامي الحسن برصاص قوات الأمن أمس.", names) == ("قوات الأمن", "سامي الحسن")
    names = [("الشرطة التونسية", "ORG")]
    assert _roles("واعتقل زعيم الخلية من قبل الشرطة التونسية.", names)[0] == "الشرطة التونسية"
    # the antecedent of «الذي قتل في غارة لـ X» is the victim
    names = [("أبو محمد", "PERSON"), ("القوات الروسية", "ORG")]
    text = "وكان أبو محمد الذي قتل في غارة للقوات الروسية قد قاد التنظيم."
    assert _at(text, "قتل", names) == ("القوات الروسية", "أبو محمد")


def test_an_attack_the_event_is_about_names_no_agent() -> None:
    # «إحباط محاولة هجوم للمسلحين»: the attackers did not do the foiling
    names = [("قوات الشرطة", "ORG"), ("المسلحين", "ORG")]
    actor, _ = _at("وتمكنت قوات الشرطة من إحباط محاولة هجوم للمسلحين.", "إحباط", names)
    assert actor != "المسلحين"


def test_passive_and_kin_make_the_subject_a_victim() -> None:
    # a damma on the first letter marks the passive; the next verb's subject is not this one's
    names = [("رامي سعيد", "PERSON")]
    assert _roles("قُتل رامي سعيد أمس في المدينة.", names) == (None, "رامي سعيد")
    names = [("أحمد سالم", "PERSON")]
    assert _roles("واعتقلت زوجة القيادي أحمد سالم في دمشق.", names)[0] is None


def test_objectless_killing_verb_after_its_subject_is_a_passive() -> None:
    names = [("سامي الحسن", "PERSON")]
    assert _roles("وأفاد البيان أن سامي الحسن قتل أمس في المدينة.", names) == (None, "سامي الحسن")
    # with an object after it the subject kills
    names = [("سامي الحسن", "PERSON"), ("خالد العمر", "PERSON")]
    assert _roles("وأفاد البيان أن سامي الحسن قتل خالد العمر أمس.", names)[0] == "سامي الحسن"


def test_verb_of_attack_after_an_operation_noun_has_its_object_as_target() -> None:
    names = [("تركيا", "GPE"), ("داعش", "ORG"), ("حزب العمال الكردستاني", "ORG")]
    text = "وشاركت تركيا في عمليات استهدفت تنظيم داعش وحزب العمال الكردستاني."
    assert _at(text, "استهدفت", names) == ("تركيا", "داعش")


def test_genitive_of_a_place_attacked_is_the_target() -> None:
    names = [("الحوثيين", "ORG"), ("صعدة", "GPE")]
    # (round 22: the warplanes are a role noun candidate now and act; before, no candidate, None)
    assert _roles("وقصفت الطائرات مواقع الحوثيين في صعدة.", names) == ("الطائرات", "الحوثيين")
    # a named subject after the verb still acts
    names = [("التحالف", "ORG"), ("داعش", "ORG")]
    assert _roles("واستهدف التحالف مواقع تنظيم داعش في الرقة.", names) == ("التحالف", "داعش")


def test_subject_after_a_verb_with_an_object_pronoun_acts() -> None:
    names = [("داعش", "ORG"), ("القوات الأمريكية", "ORG")]
    text = "وقال داعش إن الرهينة التي كانت تعتقلها القوات الأمريكية أفرج عنها."
    assert _at(text, "تعتقلها", names)[0] == "القوات الأمريكية"
    names = [("حماس", "ORG"), ("إسرائيل", "GPE")]
    text = "وطالب بالإفراج عن قادة حركة (حماس) الذين اعتقلتهم إسرائيل مؤخرا."
    assert _at(text, "اعتقلتهم", names) == ("إسرائيل", "حماس")


def test_relative_agent_after_an_event_noun_and_its_adjectives() -> None:
    names = [("مصر", "GPE"), ("داعش", "ORG")]
    text = "وأدانت مصر الهجمات الإرهابية التي شنها تنظيم داعش في سيناء."
    assert _at(text, "الهجمات", names)[0] == "داعش"


def test_trigger_inside_a_name_is_none() -> None:
    names = [("دان دي لوس", "PERSON")]
    assert not any(t.startswith("دان") for t in _triggers("ووصف دان دي لوس الخطوة بأنها مهمة.", names))
    names = [("منظمة الأمن والتعاون في أوروبا", "ORG")]
    text = "وقالت منظمة الأمن والتعاون في أوروبا إن الوضع هادئ."
    assert "التعاون" not in _triggers(text, names)
    # a condemnation verb at the clause start stays, whatever the tagger made of it
    assert _triggers("دان الوزير الهجوم على السفارة.", []) != []
