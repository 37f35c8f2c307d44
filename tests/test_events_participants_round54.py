"""Arabic participants (round 54): roles of fresh conflict and diplomacy news, the chain steps at the end of
`participants.AR_ROLE_CHAIN` (the visited party of a visit, the dead of «لقي مصرعه», no doer for a body that
condemns or describes an attack, no target for the actor's own office, the force a place is freed from, the guest
received after the day, «تلقى X اتصالا من Y»). Hand-written sentences run through the extractor alone (no NER)
with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_the_country_visited_after_la_is_the_target() -> None:
    text = "بعث الأمير سعد بن فهد برقية شكر للرئيس، وذلك بعد انتهاء زيارة سموه لتونس."
    assert _at(text, "زيارة", [("سعد بن فهد", "PERSON"), ("تونس", "GPE")]) == (None, "تونس")


def test_the_person_visited_after_a_title_with_la() -> None:
    text = "وكتب الأستاذ سالم العتيبي مقالا عن زيارته للشاعر خالد المري في بيته."
    assert _at(text, "زيارته", [("سالم العتيبي", "PERSON"), ("خالد المري", "PERSON")]) == (None, "خالد المري")


def test_the_state_word_before_the_visited_name() -> None:
    text = "وفي إطار زيارته الرسمية لمملكة السويد، عقد الوزير اجتماعا مع نظيره."
    assert _at(text, "زيارته", [("السويد", "GPE")]) == (None, "السويد")


def test_the_visitor_named_before_the_visited_stays_actor() -> None:
    text = "وقال المتحدث إن زيارة خالد العمري لبغداد تأجلت."
    assert _at(text, "زيارة", [("خالد العمري", "PERSON"), ("بغداد", "GPE")]) == ("خالد العمري", "بغداد")


def test_the_dead_of_laqu_masra_ahum_are_the_target() -> None:
    text = "وقال الدفاع المدني إنه لقي سبعة جنود مصرعهم أمس في الموقع."
    assert _at(text, "مصرع", [("سبعة جنود", "PERSON")]) == (None, "سبعة جنود")


def test_the_body_condemning_the_bombing_is_no_doer() -> None:
    text = "وأعربت قطر عن إدانتها للتفجير الذي استهدف سوقا في المدينة."
    assert _at(text, "تفجير", [("قطر", "GPE")])[0] is None


def test_the_describer_of_the_attack_is_no_doer() -> None:
    text = "ووصف الشيخ سالم العتيبي الهجوم الذي استهدف المصلين بأنه جريمة."
    assert _at(text, "الهجوم", [("سالم العتيبي", "PERSON")])[0] is None


def test_a_court_conviction_keeps_the_convicted_doer() -> None:
    # (lead, at the merge) «إدانة المتهم بقتل»: a conviction, not a condemnation; the convicted is the killer
    text = "وأيدت محكمة الاستئناف إدانة المتهم خالد العتيبي بقتل زوجته في الرياض."
    assert _at(text, "قتل", [("خالد العتيبي", "PERSON")])[0] == "خالد العتيبي"


def test_the_condemning_body_keeps_its_own_condemnation() -> None:
    text = "وأعربت قطر عن إدانتها للتفجير الذي استهدف سوقا في المدينة."
    assert _at(text, "إدانتها", [("قطر", "GPE")])[0] == "قطر"


def test_the_actors_own_office_is_no_target() -> None:
    text = "واستقبل الأمير سعد بن فهد ولي العهد في مكتبه وفدا من التجار."
    assert _at(text, "واستقبل", [("سعد بن فهد", "PERSON"), ("ولي العهد", "ORG")])[1] != "ولي العهد"


def test_the_force_a_city_is_freed_from_is_no_actor() -> None:
    text = "وعين الرئيس محافظا جديدا للمدينة فور إعلان تحريرها من الميليشيات المسلحة."
    assert _at(text, "تحريرها", [("الميليشيات", "ORG")]) == (None, "الميليشيات")


def test_the_guest_received_after_the_day_is_the_target() -> None:
    text = "استقبل الأمير سعد بن فهد أمير المنطقة في مكتبه بالإمارة أمس مدير جامعة المنطقة الدكتور ناصر الدوسري."
    names = [("سعد بن فهد", "PERSON"), ("ناصر الدوسري", "PERSON")]
    assert _at(text, "استقبل", names) == ("سعد بن فهد", "ناصر الدوسري")


def test_the_caller_is_the_actor_and_the_receiver_the_target() -> None:
    text = "تلقى الرئيس سعيد المصري اتصالا هاتفيا اليوم من الرئيس الفرنسي جان دوبوا بحثا خلاله الأوضاع."
    names = [("سعيد المصري", "PERSON"), ("جان دوبوا", "PERSON")]
    assert _at(text, "اتصالا", names) == ("جان دوبوا", "سعيد المصري")


def test_a_call_made_is_no_call_received() -> None:
    text = "وأجرى الرئيس سعيد المصري اتصالا هاتفيا اليوم مع الرئيس الفرنسي جان دوبوا."
    names = [("سعيد المصري", "PERSON"), ("جان دوبوا", "PERSON")]
    assert _at(text, "اتصالا", names)[0] == "سعيد المصري"


def test_applauding_is_no_describing() -> None:
    text = "وخدع العرب وصفقوا لحلف الناتو وهو يقصف ليبيا."
    assert _at(text, "يقصف", [("الناتو", "ORG"), ("ليبيا", "GPE")])[0] == "الناتو"



def test_a_name_inside_an_airport_is_in_a_place_name() -> None:
    from khabar.events.participants import _ar_in_place_name
    from khabar.text.tokenize import tokenize

    toks = tokenize("في مكتبها بمطار الملك فيصل الدولي أمس الدكتور ناصر الدوسري")
    assert _ar_in_place_name(toks, 4)  # «فيصل» after «بمطار الملك»
    assert not _ar_in_place_name(toks, 8)  # «ناصر» after «أمس الدكتور»
