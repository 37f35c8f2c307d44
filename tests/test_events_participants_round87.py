"""Arabic participants (round 87): the purpose of a movement («توجه / وصل / غادر / زار ... + ل + the event, or ل +
a verbal noun of carrying out or taking part before it: «لإجراء محادثات»، «للمشاركة في اجتماع») is carried out by
the one who moves, the subject of the movement verb in verb-subject order, through a time aside between commas.
Only an empty actor is filled; a city or a body after «زار / غادر» is where one goes, not who (each counter-case
fails with its stop removed). The must-fire cases fail on 6603548. Hand-written sentences run through
the extractor alone (names placed by hand); none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on 6603548)
def test_the_mover_past_a_time_aside_holds_the_talks() -> None:
    text = (
        "توجهت رئيسة الوزراء النرويجية إرنا سولبرغ إلى بروكسل، صباح الخميس، لإجراء محادثات مع رئيس المفوضية "
        "الأوروبية جان كلود يونكر."
    )
    actor, target = roles_at(text, "محادثات", [("إرنا سولبرغ", "PERSON"), ("جان كلود يونكر", "PERSON")])
    assert actor == "إرنا سولبرغ"
    assert target == "جان كلود يونكر"


def test_the_traveller_holds_the_meeting_with_the_one_named_after_ma_a() -> None:
    text = "وسافر المبعوث الأممي إسماعيل ولد الشيخ أحمد إلى مسقط لعقد اجتماع مع ممثلي جماعة الحوثي."
    names = [("إسماعيل ولد الشيخ أحمد", "PERSON"), ("مسقط", "GPE"), ("جماعة الحوثي", "ORG")]
    actor, target = roles_at(text, "اجتماع", names)
    assert actor == "إسماعيل ولد الشيخ أحمد"
    assert target == "جماعة الحوثي"


def test_the_visitor_of_a_capital_holds_the_talks() -> None:
    text = (
        "زار وزير الدفاع البريطاني مايكل فالون العاصمة الأوكرانية كييف، أمس الثلاثاء، لإجراء محادثات مع الرئيس "
        "الأوكراني بيترو بوروشينكو."
    )
    names = [("مايكل فالون", "PERSON"), ("بيترو بوروشينكو", "PERSON"), ("كييف", "GPE")]
    actor, _ = roles_at(text, "محادثات", names)
    assert actor == "مايكل فالون"


def test_the_mover_takes_part_in_the_meeting() -> None:
    text = (
        "وغادر الرئيس التونسي الباجي قائد السبسي إلى نيويورك، مساء الأحد، للمشاركة في اجتماع مع الأمين العام "
        "للأمم المتحدة بان كي مون."
    )
    actor, _ = roles_at(text, "اجتماع", [("الباجي قائد السبسي", "PERSON"), ("بان كي مون", "PERSON")])
    assert actor == "الباجي قائد السبسي"


def test_a_state_that_turns_to_a_body_holds_the_consultations() -> None:
    text = (
        "وتوجهت مصر إلى مجلس الأمن الدولي، صباح الأربعاء، لإجراء مشاورات مع الأعضاء الدائمين بشأن سد النهضة."
    )
    actor, _ = roles_at(text, "مشاورات", [("مصر", "GPE"), ("مجلس الأمن الدولي", "ORG")])
    assert actor == "مصر"


# ---------------------------------------------------------------- counter-cases
def test_an_event_between_the_movement_and_the_purpose_stops_the_walk() -> None:
    text = (
        "وصل وزير الخارجية الكندي ستيفان ديون إلى عمان، واعتقلت الشرطة عشرات المحتجين، لإجراء محادثات مع الملك "
        "عبدالله الثاني."
    )
    actor, _ = roles_at(text, "محادثات", [("ستيفان ديون", "PERSON"), ("عبدالله الثاني", "PERSON")])
    assert actor != "ستيفان ديون"


def test_the_city_left_is_not_the_mover() -> None:
    text = "وغادر الرياض، صباح يوم الأحد الماضي، لإجراء محادثات مع ولي ولي العهد الأمير محمد بن سلمان."
    actor, _ = roles_at(text, "محادثات", [("الرياض", "GPE"), ("محمد بن سلمان", "PERSON")])
    assert actor != "الرياض"


def test_a_body_after_a_visit_verb_is_its_object() -> None:
    text = "وزار مستشفى الملك فهد التخصصي، صباح الأحد، لإجراء محادثات مع الأطباء."
    actor, _ = roles_at(text, "محادثات", [("مستشفى الملك فهد التخصصي", "ORG")])
    assert actor != "مستشفى الملك فهد التخصصي"


def test_an_invitation_is_no_movement() -> None:
    text = "ووجه الرئيس الفرنسي فرانسوا هولاند دعوة إلى الرئيس الإيراني حسن روحاني، أمس، لإجراء محادثات مع الاتحاد الأوروبي."
    actor, _ = roles_at(text, "محادثات", [("فرانسوا هولاند", "PERSON"), ("حسن روحاني", "PERSON")])
    assert actor != "فرانسوا هولاند"


def test_a_dash_aside_before_the_purpose_keeps_the_sentence_s_events() -> None:
    # a word the event lexicon cannot look up («ـ») stands between the movement and the purpose: no failure
    text = "وتوجه الوفد ـ الذي يضم خمسة وزراء ـ إلى جنيف للمشاركة في محادثات مع ممثلي المعارضة السورية."
    actor, _ = roles_at(text, "محادثات", [])
    assert actor is None or "ـ" not in actor
