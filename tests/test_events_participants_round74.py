"""Arabic participants (round 74): the antecedent of a relative pronoun is the subject of the relative clause's verb
when an auxiliary («كان»، «قد»، «سبق أن») stands between the pronoun and the verb. The base reads «X الذي رفض» (the
verb right after the pronoun) and lost the actor behind the auxiliary. A verb of harm, arrest or sanction (often an
unvoiced passive), a clause with its own subject after an object pronoun and a feminine verb after «الذي» are left.
The must-fire cases fail on b77d42c. Hand-written sentences run through the extractor alone (no NER); none is copied
from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on b77d42c)
def test_sabaqa_an_between_the_relative_and_its_verb() -> None:
    text = "ولم يرد أي تعليق من الجيش الذي سبق أن رفض اتهامات مماثلة."
    actor, _ = roles_at(text, "رفض", [])
    assert actor == "الجيش"


def test_kana_qad_between_the_relative_and_its_verb() -> None:
    text = "وانتقدت الصحيفة الحكومة التي كانت قد رفضت التوقيع على المبادرة."
    actor, _ = roles_at(text, "رفضت", [])
    assert actor == "الحكومة"


def test_a_quoted_name_and_wa_alladhi_before_a_light_verb() -> None:
    text = 'ومن بين الموقوفين "خالد العمري" والذي سبق أن وجه تهديدات لأحد المسؤولين.'
    actor, _ = roles_at(text, "تهديدات", [("خالد العمري", "PERSON")])
    assert actor == "خالد العمري"


# ---------------------------------------------------------------- counter-cases
def test_an_arrest_verb_after_the_auxiliary_is_left_to_the_passive_reading() -> None:
    text = "وأوضح البيان أن المتهم الذي سبق أن اعتقل قبل عامين عاد إلى نشاطه."
    actor, _ = roles_at(text, "اعتقل", [])
    assert actor != "المتهم"


def test_an_object_pronoun_with_its_own_subject_after_the_verb() -> None:
    text = "وأشار إلى القرار الذي كانت قد رفضته الحكومة الشهر الماضي."
    actor, _ = roles_at(text, "رفضته", [])
    assert actor != "القرار"


def test_no_auxiliary_stays_with_the_base() -> None:
    text = "ولم يرد أي تعليق من الجيش الذي رفض اتهامات مماثلة."
    actor, _ = roles_at(text, "رفض", [])
    assert actor == "الجيش"
