"""Arabic participants (round 84): a verb that carries its object pronoun («اتهمتهم»، «اعتقلته») with a candidate
right after it has that candidate as its subject (the actor); the noun before the verb is the pronoun's antecedent
(the object), never the actor. With no subject after it, a bare indefinite antecedent right before the verb (past
nisba adjectives and «كانت») that agrees with the pronoun is the target. The must-fire cases fail on 98b491e.
Hand-written sentences run through the extractor alone (names placed by hand); none is copied from a gold set or
an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on 98b491e)
def test_the_body_after_an_accusation_with_a_pronoun_accuses() -> None:
    text = "وكان بين المعتقلين خمسة موظفين في شركة النور للتجارة اتهمتهم وزارة الداخلية بتهريب الأموال."
    names = [("شركة النور للتجارة", "ORG"), ("وزارة الداخلية", "ORG")]
    actor, target = roles_at(text, "اتهمتهم", names)
    assert actor == "وزارة الداخلية"
    assert target != "وزارة الداخلية"


def test_the_body_after_an_arrest_with_a_pronoun_arrests() -> None:
    text = "ووجهت النيابة اتهامات لموظف سابق في بلدية الخبر اعتقلته الشرطة بعد أن أبلغ عنه جيرانه."
    names = [("بلدية الخبر", "ORG"), ("الشرطة", "ORG")]
    actor, _ = roles_at(text, "اعتقلته", names)
    assert actor == "الشرطة"


def test_an_indefinite_antecedent_with_no_subject_after_is_the_target() -> None:
    text = "وأعلنت الحكومة الإفراج عن معتقل يمني كانت أوقفته قبل عامين بتهمة التهريب."
    names = [("الحكومة", "ORG"), ("معتقل", "ORG")]
    actor, target = roles_at(text, "أوقفته", names)
    assert actor != "معتقل"
    assert target == "معتقل"


# ---------------------------------------------------------------- counter-cases
def test_a_definite_subject_before_the_verb_stays_the_actor() -> None:
    text = "وأشارت إلى أن الحكومة كانت اعتقلته قبل عامين."
    actor, target = roles_at(text, "اعتقلته", [("الحكومة", "ORG")])
    assert actor == "الحكومة"
    assert target is None


def test_a_subject_before_the_verb_and_a_place_after_it() -> None:
    text = "وقالت الوزارة إن الشرطة اعتقلته في مدينة الرياض أمس."
    actor, _ = roles_at(text, "اعتقلته", [("الوزارة", "ORG"), ("الشرطة", "ORG"), ("الرياض", "GPE")])
    assert actor == "الشرطة"


def test_a_plural_antecedent_of_a_singular_pronoun_is_left() -> None:
    text = "وتحدث التقرير عن مسلحين كانت أوقفته قبل عامين بتهمة التهريب."
    names = [("التقرير", "ORG"), ("مسلحين", "ORG")]
    _, target = roles_at(text, "أوقفته", names)
    assert target != "مسلحين"


def test_an_antecedent_the_verb_agrees_with_is_its_subject() -> None:
    text = "وانقسم الطلاب حول الفكرة بين فريقين: فريق يرفضها تماما وآخر يؤيدها."
    actor, target = roles_at(text, "يرفضها", [("فريق", "ORG")])
    assert actor == "فريق"
    assert target != "فريق"


def test_a_feminine_antecedent_of_a_feminine_verb_is_its_subject() -> None:
    text = "وتحدث التقرير عن شركة كانت اتهمته بالاحتيال."
    actor, target = roles_at(text, "اتهمته", [("التقرير", "ORG"), ("شركة", "ORG")])
    assert actor == "شركة"
    assert target != "شركة"


def test_an_antecedent_the_verb_and_pronoun_both_agree_with_is_left() -> None:
    text = "وتحدث التقرير عن وزير اتهمه بالتقصير في البرلمان."
    actor, target = roles_at(text, "اتهمه", [("التقرير", "ORG"), ("وزير", "PERSON")])
    assert actor == "وزير"
    assert target != "وزير"
