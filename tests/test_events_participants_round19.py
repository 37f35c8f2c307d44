"""Arabic participants (round 19): the subject of a verb in verb-subject-object order that neither the NER
nor the group nouns made a candidate (a person named by a family name, a role noun, a title before a
family name), and a verb whose last letters spell a preposition («نفى») that no longer makes its subject
a place.

Hand-written sentences run through the extractor alone (no NER) or with hand-placed entities; none is
copied from a gold set.
"""

from __future__ import annotations

from events_helpers import extract_ar
from events_helpers import roles as _roles

from khabar.events.extract import main_event


def test_family_name_after_the_verb_is_its_subject() -> None:
    assert _roles("وانتقد الخطيب بشدة سياسة الحكومة في الملف الاقتصادي.")[0] == "الخطيب"
    assert _roles("وطالب العمري بالإفراج عن المعتقلين فورا.")[0] == "العمري"
    # one time adverb may stand between the verb and its subject
    assert _roles("ورحب أمس الزهراني بقرار مجلس الأمن الأخير.")[0] == "الزهراني"


def test_role_noun_after_the_verb_is_its_subject_with_its_nisba() -> None:
    assert _roles("ونفى المتحدث الرسمي وجود أي مفاوضات سرية.")[0] == "المتحدث الرسمي"
    assert _roles("أدان الروائي المصري إغلاق دار النشر.")[0] == "الروائي المصري"


def test_title_and_family_name_are_one_subject() -> None:
    # a group noun after the subject is the object, not the name the title goes with
    actor, target = _roles("ودعا المهندس الغامدي السكان إلى الإبلاغ عن المخالفات.")
    assert (actor, target) == ("المهندس الغامدي", "السكان")
    assert _roles("وانتقد الشيخ القحطاني قرار البلدية الأخير.")[0] == "الشيخ القحطاني"


def test_object_after_a_verb_with_a_pronoun_subject_stays_an_object() -> None:
    # a sound plural in -ين or a plural in -ات right after the verb is its object, never its subject
    actor, _ = _roles("ودعا المستثمرين إلى ضخ أموال جديدة في السوق.")
    assert actor != "المستثمرين"
    actor, _ = _roles("ونفى الاتهامات التي وجهت إليه جملة وتفصيلا.")
    assert actor != "الاتهامات"


def test_title_before_a_named_person_gives_way_to_the_name() -> None:
    actor, _ = _roles("ودعا الدكتور سالم الحربي إلى وقف القتال.", [("سالم الحربي", "PERSON")])
    assert actor == "سالم الحربي"
    actor, _ = _roles("وحث الرئيس الفرنسي إيمانويل ماكرون على الحوار.", [("إيمانويل ماكرون", "PERSON")])
    assert actor == "إيمانويل ماكرون"


def test_a_verb_ending_in_fi_makes_no_place_of_its_subject() -> None:
    # «نفى» ends in the letters of «في»: the country after it is the subject, not the place of the event
    assert _roles("نفى العراق أي تورط في الهجوم على الحدود.", [("العراق", "GPE")])[0] == "العراق"
    assert _roles("وتنفي إيران هذه الاتهامات منذ سنوات.", [("إيران", "GPE")])[0] == "إيران"
    # a real preposition with و still marks a place
    d = extract_ar("واعتقلت الشرطة وفي بغداد ثلاثة مشتبه بهم.", [("بغداد", "GPE")])
    ev = main_event(d)
    assert ev is not None and ev.actor is not None and d.entity(ev.actor).name != "بغداد"


def _protest_actor(text: str, ents: list[tuple[str, str]] = ()) -> str | None:
    d = extract_ar(text, ents)
    ev = next((e for e in d.events if e.type == "PROTEST"), None)
    assert ev is not None
    return d.entity(ev.actor).name if ev.actor else None


def test_protesters_of_another_clause_give_way_to_the_crowd_of_the_protest() -> None:
    # the crowd that protests is the subject of its own clause; «المتظاهرون» of a later clause is no rival
    a = _protest_actor("وتظاهر آلاف الطلاب أمام الوزارة، ثم تجمع المتظاهرون في الساحة الرئيسية.")
    assert a is not None and "الطلاب" in a
    a = _protest_actor("وكان مئات العمال قد اعتصموا أمام المصنع أمس، بينما طالب المحتجون برحيل الإدارة.")
    assert a is not None and "العمال" in a


def test_protesters_marked_as_partner_or_victim_are_not_the_actor() -> None:
    # «تضامنا مع المتظاهرين»: the partner of the crowd, not the crowd
    a = _protest_actor("واعتصم عشرات الصحفيين أمام النقابة تضامنا مع المتظاهرين في العاصمة.")
    assert a is not None and "الصحفيين" in a
    a = _protest_actor("واحتشد مئات اللاجئين قرب الحدود للتعبير عن دعمهم للمتظاهرين في بلادهم.")
    assert a is not None and "اللاجئين" in a


def test_protesters_in_the_protest_clause_stay_the_actor() -> None:
    # a protester noun of the trigger's own clause keeps its precedence
    assert _protest_actor("وتظاهر المحتجون من أنصار الحزب أمام البرلمان.") is not None
    assert "المحتجون" in (_protest_actor("وتظاهر المحتجون من أنصار الحزب أمام البرلمان.") or "")
    assert "المتظاهرين" in (_protest_actor("واعتصم مئات المتظاهرين في ساحة الشهداء.") or "")


def test_person_after_a_chain_of_titles_is_the_subject() -> None:
    actor, _ = _roles(
        "استقبل رئيس مجلس إدارة الغرفة التجارية الشيخ فهد العتيبي وفدا من رجال الأعمال.",
        [("فهد العتيبي", "PERSON")],
    )
    assert actor == "فهد العتيبي"
    actor, _ = _roles(
        "ووقع الأمين العام للمنظمة السفير خالد المطيري اتفاقية تعاون مع الجامعة.",
        [("خالد المطيري", "PERSON")],
    )
    assert actor != "الجامعة"
    # a one-word title the group nouns know (الأستاذ) belongs to the chain, the person after it acts
    actor, _ = _roles(
        "وأبرم المدير التنفيذي الأستاذ سامي الحربي مذكرة تفاهم مع الشركة.", [("سامي الحربي", "PERSON")]
    )
    assert actor == "سامي الحربي"


def test_a_place_in_the_chain_is_the_genitive_of_an_office() -> None:
    actor, _ = _roles(
        "وزار نائب أمير منطقة تبوك الدكتور ماجد العنزي مقر الهلال الأحمر.",
        [("تبوك", "GPE"), ("ماجد العنزي", "PERSON")],
    )
    assert actor == "ماجد العنزي"


def test_relative_clause_names_the_agent_of_an_event_noun() -> None:
    d = extract_ar(
        "وتناول الاجتماع الذي عقده محافظ المدينة المهندس علي الشهري مع وفد الوزارة سبل التعاون.",
        [("علي الشهري", "PERSON")],
    )
    ev = next(e for e in d.events if e.trigger and "الاجتماع" in e.trigger.text)
    assert ev.actor and d.entity(ev.actor).name == "علي الشهري"
    d = extract_ar(
        "وحضر اللقاء الذي أجراه السفير أحمد القحطاني مع ممثلي الجالية عدد من المسؤولين.",
        [("أحمد القحطاني", "PERSON")],
    )
    ev = next(e for e in d.events if e.trigger and "اللقاء" in e.trigger.text)
    assert ev.actor and d.entity(ev.actor).name == "أحمد القحطاني"


def test_no_chain_through_a_preposition_or_a_second_name() -> None:
    # the chain stops at a preposition: the person named in the prepositional phrase is no subject
    actor, _ = _roles(
        "وزار وفد من وزارة الصحة برئاسة الدكتور نايف السبيعي المستشفى الجديد.",
        [("نايف السبيعي", "PERSON")],
    )
    assert actor != "نايف السبيعي"


def test_coordinated_verb_shares_the_subject_of_the_verb_before() -> None:
    # «، واعتقلت»: the verb after a comma and و has no subject of its own; the police of the first verb act
    actor, _ = _roles("وصلت الشرطة إلى مكان الحادث بعد دقائق، واعتقلت 3 أشخاص.")
    assert actor == "الشرطة"
    actor, _ = _roles("تقدم الجيش نحو أطراف المدينة، ثم قصف الأحياء الشرقية بعنف.")
    assert actor == "الجيش"


def test_shared_subject_skips_nouns_inside_prepositional_phrases() -> None:
    # «من المتظاهرين» sits in a prepositional phrase: the subject stays «قوات الأمن»
    actor, _ = _roles("اقتربت قوات الأمن من المتظاهرين في الساحة، واعتقلت عددا منهم.")
    assert actor is not None and "قوات" in actor
    # no sharing across a full stop
    d = extract_ar("وصلت الشرطة إلى المكان. واعتقلت 3 أشخاص في وقت لاحق.")
    ev = next(e for e in d.events if e.type == "COERCE")
    assert ev.actor is None


def test_pronoun_before_the_verb_is_its_subject_not_the_noun_after() -> None:
    # «وهي طلبت مؤخرا السماح»: the noun after the verb is its object; the subject is the one the pronoun
    # stands for, earlier in the sentence
    actor, _ = _roles("كانت الحكومة مترددة لأشهر، وهي طلبت أمس الدعم من المانحين.")
    assert actor == "الحكومة"
    actor, _ = _roles("وكان الجيش يحاصر البلدة، وهو قصف الأحياء الشرقية بالمدفعية.")
    assert actor == "الجيش"
