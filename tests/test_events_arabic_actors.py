"""Arabic participants (round 5): institutions and bodies read as one phrase with their modifiers,
people named by a role, a title or body before a name giving way to the name, a name the NER split in
two, and a crowd before a name staying the crowd.

Hand-written sentences run through the extractor alone (no NER) or with hand-placed entities; none is
copied from a gold set.
"""

from __future__ import annotations

from events_helpers import extract_ar
from events_helpers import roles as _roles


def test_institution_phrase_is_one_actor() -> None:
    assert _roles("أدانت وزارة الخارجية الأمريكية الهجوم على السفارة.")[0] == "وزارة الخارجية الأمريكية"
    assert _roles("وأوقفت السلطات القطرية شبكة لجمع الأموال.")[0] == "السلطات القطرية"
    # the phrase stops at a time word and at the verb
    assert _roles("نفت الشؤون الصحية اليوم صحة الأنباء.")[0] == "الشؤون الصحية"
    # a construct noun before a definite one: قوات مكافحة الإرهاب
    assert _roles("داهمت قوات مكافحة الإرهاب عدة منازل في المدينة.")[0] == "قوات مكافحة الإرهاب"


def test_people_named_by_a_role() -> None:
    actor, target = _roles("ألقت الشرطة القبض على رجل في الحي.")
    assert actor == "الشرطة" and target == "رجل"
    assert _roles("قتل المهاجمون الحارس قبل فرارهم.")[0] == "المهاجمون"


def test_title_or_body_before_a_name_gives_way_to_the_name() -> None:
    text = "ودعا العقيد محمد السعد المواطنين إلى مراجعة المراكز."
    assert _roles(text, [("محمد السعد", "PERSON")])[0] == "محمد السعد"
    text = "وأعدم تنظيم «داعش» ثلاثة رهائن."
    assert _roles(text, [("داعش", "ORG")])[0] == "داعش"
    # a crowd before a name stays the crowd: supporters of X protest
    d = extract_ar("وتظاهر أنصار الحريري في الساحة.", [("الحريري", "PERSON")])
    ev = next(e for e in d.events if e.type == "PROTEST")
    assert d.entity(ev.actor).name == "أنصار"


def test_a_name_split_in_two_is_one_name() -> None:
    text = "حث الرئيس باراك أوباما بريطانيا على البقاء في الاتحاد."
    actor, target = _roles(text, [("باراك", "GPE"), ("أوباما", "GPE"), ("بريطانيا", "GPE")])
    assert actor == "أوباما" and target == "بريطانيا"
    # two known places side by side are subject and object
    text = "اتهمت واشنطن موسكو بتزويد الحوثيين بالسلاح."
    assert _roles(text, [("واشنطن", "GPE"), ("موسكو", "GPE")]) == ("واشنطن", "موسكو")
    # two countries joined by و stay two
    text = "وقعت مصر والسعودية اتفاقية للتعاون العسكري."
    assert _roles(text, [("مصر", "GPE"), ("السعودية", "GPE")])[0] == "مصر"


def test_the_head_before_a_relative_clause_is_the_subject() -> None:
    text = "وقالت مصادر إن القوات الحكومية المدعومة من التحالف الذي تقوده واشنطن اعتقلت قياديا في الجماعة."
    assert _roles(text, [("واشنطن", "GPE")])[0] == "القوات الحكومية المدعومة"


def test_undergoers_of_arabic_events() -> None:
    # the genitive of an arrest or assassination masdar undergoes it
    assert _roles("وأدى اغتيال المسؤول إلى موجة من الاحتجاجات.")[1] == "المسؤول"
    # a number before the noun after the verb: an unvoiced passive
    assert _roles("وجاء ذلك بعد أن اعتقل فيها نحو 300 مشتبه في المدينة.") == (None, "مشتبه")
    # تعرض ل / إلى: the subject undergoes the attack
    assert _roles("وتعرضت السفارة لهجوم بقذائف الهاون.") == (None, "السفارة")
    # a victim verb and a cause clause: the victim, not the attacker
    assert _roles("استشهد الشاب نتيجة سقوط قذيفة على منزله.") == (None, "الشاب")
    # but the subject of an active verb with an object stays the actor
    assert _roles("اعتقلت الشرطة خمسة أشخاص في الحي.")[0] == "الشرطة"


def test_light_verb_and_phrases_of_people() -> None:
    actor, _ = _roles("ألقى رجال الأمن القبض على المتهم بعد مطاردة.")
    assert actor == "رجال الأمن"
    # an institution after ب is a place: the partner is the named minister
    text = "التقى الوزير في مكتبه بالوزارة أمس نظيره الأردني ناصر جودة."
    d = extract_ar(text, [("ناصر جودة", "PERSON")])
    assert all(d.entity(x).name != "الوزارة" for e in d.events for x in (e.actor, e.target) if x)


def test_honorific_subjects_and_people_phrases() -> None:
    # an honorific pronoun after the verb is the subject: the noun after it is the target
    assert _roles("وحث معاليه المسؤولين على سرعة إنجاز المشاريع.") == (None, "المسؤولين")
    # الشعب + adjective, العائلات, ولي العهد
    d = extract_ar("وقدم المركز مساعدات إنسانية للشعب اليمني الشقيق.")
    ev = next(e for e in d.events if e.type == "AID")
    assert d.entity(ev.target).name.startswith("الشعب اليمني")
    assert _roles("وكان ولي العهد أجرى اتصالا هاتفيا بالرئيس.")[0] == "ولي العهد"
    # أبرم with a far object is still an agreement
    text = "أبرم المدير العام للصندوق الأستاذ محمد العلي 12 اتفاقية مع الجامعات."
    assert "AGREE" in [e.type for e in extract_ar(text).events]


def test_words_that_only_look_like_agents_make_no_participant() -> None:
    # «مشيرا» points out (no marshal), «بأمن بلادهم» is security, «الماضيين» a time adjective
    for text in (
        "وأوضح المدير أن المصنع يضم عمالا غير مؤهلين، مشيرا إلى إصابة طفلة بإطلاق ناري.",
        "وما الذي دفعهم للعبث بأمن بلادهم وقتل أهلهم؟",
        "وكانت الجماعة قصفت خلال الأسبوعين الماضيين خزانات الوقود.",
    ):
        d = extract_ar(text)
        names = {e.name for e in d.entities}
        assert not names & {"مشيرا", "أمن", "بأمن", "الماضيين"}, (text, names)
    # the rank and the security forces stay agents
    assert _roles("وقصفت قوات الأمن مواقع المسلحين.")[0] == "قوات الأمن"
    assert _roles("واعتقل المشير عددا من الضباط.")[0] == "المشير"


def test_a_short_form_of_a_named_body_is_that_body() -> None:
    text = "أعلنت وزارة الداخلية الكويتية ضبط خلية. وتأتي الخطوة بعد أن كشفت وزارة الداخلية ملابسات التفجير."
    d = extract_ar(text, [("وزارة الداخلية الكويتية", "ORG")])
    bodies = [e for e in d.entities if e.name.startswith("وزارة الداخلية")]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 2
    # two bodies that both hold the short form: no guess
    text = "التقى وزير الخارجية الأمريكي بنظيره. وقالت وزارة الخارجية الأمريكية ووزارة الخارجية الروسية إن وزارة الخارجية ستصدر بيانا."
    d = extract_ar(text, [("وزارة الخارجية الأمريكية", "ORG"), ("وزارة الخارجية الروسية", "ORG")])
    assert all(len(e.mentions) == 1 for e in d.entities if e.name.endswith(("الأمريكية", "الروسية")))
