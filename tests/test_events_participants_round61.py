"""Arabic participants (round 61): the subject of a verb of aspect or will is the doer of the masdar the verb
governs (`participants.ar_aspect_verb_subject`): «أن X ستستمر في دعم ...»، «سيقوم X بفرض ...»، «أعربت X عن
تأييدها ...»، «X الذين لم يتورعوا عن قتل ...». Hand-written sentences run through the extractor alone (no NER) with
hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at, roles_by_trigger


def _actor(text: str, trigger: str, names: list[tuple[str, str]] = ()) -> str | None:  # type: ignore[assignment]
    return roles_at(text, trigger, list(names))[0]


def test_the_subject_after_anna_keeps_supporting() -> None:
    assert _actor("وشدد المتحدث على أن الحكومة ستستمر دائما في دعم المزارعين.", "دعم") == "الحكومة"


def test_the_subject_after_the_light_verb_qama_with_future_prefix() -> None:
    assert _actor("وقال المدرب: سيقوم الاتحاد بفرض عقوبات على اللاعبين المتأخرين.", "بفرض") == "الاتحاد"


def test_the_indefinite_subject_of_arab_expresses_its_support() -> None:
    assert _actor("وأعربت كتل برلمانية عن تأييدها للإضراب العام.", "تأييدها") == "كتل برلمانية"


def test_the_head_of_the_relative_clause_did_not_refrain_from_killing() -> None:
    text = "وهؤلاء هم المجرمون الذين لم يتورعوا عن قتل الأطفال في المدرسة."
    assert _actor(text, "قتل") == "المجرمون"


def test_the_subject_before_a_continuing_verb_with_a_possessive_masdar() -> None:
    assert _actor("وأكد البيان أن المملكة ستواصل دعمها للشعب اليمني.", "دعمها") == "المملكة"


def test_the_subject_before_an_announcing_verb_and_its_own_support() -> None:
    assert _actor("وأشار إلى أن الحزب لم يعلن حتى الآن دعمه لأي مرشح.", "دعمه") == "الحزب"


def test_the_subject_before_aqdama_ala() -> None:
    assert _actor("وكانت الجماعة قد أقدمت على إعدام رهينتين.", "إعدام") == "الجماعة"


def test_an_opinion_verb_subject_is_no_doer() -> None:
    # counter-case: «أعرب عن قلقه من اعتقال»: the one worried does not arrest (the preposition من is not أعرب's)
    assert _actor("وأعرب الوزير عن قلقه من اعتقال الصحفيين.", "اعتقال") is None


def test_an_adverb_after_the_verb_is_no_subject() -> None:
    # counter-case: no subject named in the sentence; «دائما» after the verb is not taken for one
    assert _actor("وستستمر دائما في دعم المزارعين.", "دعم") is None


def test_an_actor_already_found_is_kept() -> None:
    # counter-case: the rule only fills a missing actor; the light verb's named subject stays
    text = "وقامت قوات الأمن بمداهمة منزل المطلوب في الحي."
    assert _actor(text, "مداهمة", [("قوات الأمن", "ORG")]) == "قوات الأمن"


# (round 61) the one arrested right before «بتهمة» is the doer of the charged act (`_ar_arrested_before_charge`)
def test_the_arrested_object_before_the_charge_is_the_doer_not_the_patrol() -> None:
    roles = roles_by_trigger("وضبطت الدوريات الأمنية وافدا بتهمة الاعتداء على مواطن.", [])
    assert roles["الاعتداء"] == ("وافدا", "مواطن")


def test_the_detained_noun_and_its_nisba_before_the_charge() -> None:
    assert _actor("وأوقفت الشرطة شخصا آسيويا بتهمة قتل زوجته.", "قتل") == "شخصا آسيويا"


def test_a_place_before_the_charge_is_no_accused() -> None:
    # counter-case: «في جدة» before «بتهمة» is where, not who
    assert _actor("واعتقلت الشرطة رجلا في جدة بتهمة الاعتداء على جاره.", "الاعتداء") == "رجلا"


def test_a_purpose_masdar_after_the_verbs_own_object_is_not_governed() -> None:
    # counter-case: «ستواصل جولاتها ... لضبط»: the verb's object is the tours; «لضبط» is their purpose
    assert _actor("وأكد أن اللجان ستواصل جولاتها الميدانية لضبط المخالفين.", "ضبط") is None
