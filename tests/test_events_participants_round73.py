"""Arabic participants (round 73): the genitive of a masdar of trial, custody, handover or deportation («محاكمة،
توقيف، اعتقال، احتجاز، تسليم، ترحيل، ضبط») that names persons is the one tried, held, handed over or deported: the
target, never the actor; it replaces a court or office told after it («تسليم ... إلى النيابة») and takes a count
before its group noun whole («ضبط عدد من الأشخاص»). The must-fire cases fail on b77d42c. Hand-written sentences run
through the extractor alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on b77d42c)
def test_the_tried_group_is_the_target_not_the_actor() -> None:
    text = "وتواصلت أمس محاكمة الصحفيين الثلاثة في العاصمة."
    assert roles_at(text, "محاكمة", []) == (None, "الصحفيين")


def test_the_handed_over_not_the_office_after_ila() -> None:
    text = "وجرى تسليم المطلوبين إلى النيابة العامة للتحقيق."
    assert roles_at(text, "تسليم", [])[1] == "المطلوبين"


def test_a_count_before_the_group_noun_is_kept() -> None:
    text = "وأعلنت الشرطة ضبط عدد من الأشخاص في الموقع."
    assert roles_at(text, "ضبط", []) == ("الشرطة", "عدد من الأشخاص")


def test_the_deported_plural_no_candidate_holds() -> None:
    text = "وتم ترحيل المخالفين إلى بلدانهم."
    assert roles_at(text, "ترحيل", [])[1] == "المخالفين"


def test_a_named_person_tried_after_a_light_verb() -> None:
    text = "وبدأت أمس محاكمة أحمد سعيد أمام محكمة الجنايات."
    assert roles_at(text, "محاكمة", [("أحمد سعيد", "PERSON")]) == (None, "أحمد سعيد")


# ---------------------------------------------------------------- must not fire
def test_a_state_in_the_genitive_hands_over() -> None:
    text = "وطالبت الحكومة بتسليم السعودية المطلوبين لديها."
    assert roles_at(text, "تسليم", [("السعودية", "GPE")])[1] != "المطلوبين"


def test_the_genitive_of_dabt_may_be_its_doer() -> None:
    text = "وأسفرت الجولة عن ضبط المراقبين مواد غذائية فاسدة."
    assert roles_at(text, "ضبط", [])[1] is None


def test_a_security_force_with_a_party_in_li_acts() -> None:
    text = "وأدانت المنظمة اعتقال قوات الأمن للناشط الحقوقي."
    assert roles_at(text, "اعتقال", [])[1] != "قوات الأمن"


def test_a_deferred_thing_is_no_party() -> None:
    text = "وقررت الوزارة ترحيل الدراسة إلى الأسبوع المقبل."
    assert roles_at(text, "ترحيل", [])[1] is None
