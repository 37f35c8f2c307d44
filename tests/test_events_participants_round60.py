"""Arabic participants (round 60): the one a charge falls on is the doer of the act the charge names
(`participants.ar_charged_doer`): «ويواجه X اتهامات بقتل ...»، «وجه الاتهام لـX بـ...»، «ووجهت إلى X تهمة ...»،
«القبض على X بتهمة ...»، «أحكاما بالسجن على X، بتهمة ...». Hand-written sentences run through the extractor alone
(no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_by_trigger


def test_the_subject_who_faces_charges_is_the_killer() -> None:
    roles = roles_by_trigger("ويواجه فهد الدوسري اتهامات بقتل حارس المبنى.", [])
    assert roles["بقتل"] == ("فهد الدوسري", "حارس المبنى")


def test_the_counted_subject_before_the_facing_verb_is_the_killer() -> None:
    text = "وقالت الشرطة إن ثلاثة مراهقين اعتقلوا ويواجهون اتهامات بقتل سائق أجرة."
    assert roles_by_trigger(text, [])["بقتل"][0] == "ثلاثة مراهقين"


def test_the_name_after_the_charge_with_li_is_the_doer() -> None:
    roles = roles_by_trigger(
        "وجه المدعي العام الاتهام لخالد العتيبي بتهديد جيرانه.", [("خالد العتيبي", "PERSON")]
    )
    assert roles["بتهديد"][0] == "خالد العتيبي"


def test_the_charged_after_ila_replaces_the_prosecution_as_actor() -> None:
    roles = roles_by_trigger("ووجهت النيابة إلى ثلاثة شبان تهمة الاعتداء على معلم.", [])
    assert roles["الاعتداء"] == ("ثلاثة شبان", "معلم")


def test_the_arrested_on_a_charge_is_the_killer_not_the_police() -> None:
    roles = roles_by_trigger("وألقت الشرطة القبض على مواطن بتهمة قتل شقيقه في الرياض.", [])
    assert roles["قتل"][0] == "مواطن"


def test_a_pronoun_charged_is_no_actor() -> None:
    # counter-case: «إليه» names no one in the sentence; the act stays without a doer
    roles = roles_by_trigger("ووجهت إليه اتهامات بالتهديد بتفجير قنبلة.", [])
    assert roles["التهديد"][0] is None


def test_the_name_in_the_accused_phrase_stays_the_actor() -> None:
    # counter-case: the subject named behind «المتهم» keeps the act
    roles = roles_by_trigger(
        "ويواجه المتهم سامي الحربي اتهامات بقتل حارس المبنى.", [("سامي الحربي", "PERSON")]
    )
    assert roles["بقتل"][0] == "سامي الحربي"


def test_an_act_after_a_clause_with_a_charge_keeps_its_own_subject() -> None:
    # counter-case: the charge word is in another clause, the act's own subject after it is the doer
    roles = roles_by_trigger("وأدانت الحكومة الاتهامات وقالت إن الجيش قتل مدنيين.", [])
    assert roles["قتل"] == ("الجيش", "مدنيين")
