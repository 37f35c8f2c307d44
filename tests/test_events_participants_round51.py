"""Arabic participants (round 51): the object of a hostile event noun after «ضد» (or «على» for attacks, coercion
and sanctions), past the noun's adjectives and a relative clause whose verb carries the noun's pronoun, whose
named subject is the doer (`ar_object_against`); the object of a verb after its subject and the subject's
adjuncts (`ar_object_after_subject`). Hand-written sentences run through the extractor alone (no NER)
with hand-placed entities; none is copied from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_definite_object_after_didd_of_a_campaign() -> None:
    text = "وأعلنت الحكومة أمس بدء الحملة العسكرية ضد المهربين في المناطق الحدودية."
    assert _at(text, "الحملة", [("الحكومة", "ORG")])[1] == "المهربين"


def test_indefinite_object_with_its_adjective_after_ala_of_raids() -> None:
    text = "وقال الجيش إن الطائرات شنت غارات على قاعدة عسكرية قرب المدينة."
    assert _at(text, "غارات", [("الجيش", "ORG")])[1] == "قاعدة عسكرية"


def test_indefinite_head_before_a_named_genitive() -> None:
    text = "وأدان الوزير الهجوم الإرهابي على متحف اللوفر في باريس."
    actor, target = _at(text, "الهجوم", [("الوزير", "PERSON"), ("اللوفر", "FAC")])
    assert target == "متحف اللوفر"
    assert actor != "اللوفر"


def test_construct_chain_after_ala() -> None:
    text = "ووجهت النيابة إلى المتهم تهمة الهجوم على افراد حرس الحدود."
    assert _at(text, "الهجوم", [("النيابة", "ORG")])[1] == "افراد حرس الحدود"


def test_doer_of_the_relative_clause_and_the_object() -> None:
    text = "وتحدث السكان عن الحرب التي شنتها الميليشيا على القرية الشهر الماضي."
    actor, target = _at(text, "الحرب", [("الميليشيا", "ORG")])
    assert actor == "الميليشيا"
    assert target == "القرية"


def test_sanctions_against_players() -> None:
    text = "وقرر الاتحاد فرض العقوبات ضد اللاعبين المخالفين للائحة."
    assert _at(text, "العقوبات", [("الاتحاد", "ORG")])[1] == "اللاعبين المخالفين"


def test_ala_before_a_border_is_a_place_not_an_object() -> None:
    text = "وتواصلت العمليات التي ينفذها الجيش على الحدود الشمالية طوال الأسبوع."
    assert _at(text, "العمليات", [("الجيش", "ORG")])[1] != "الحدود الشمالية"


def test_ala_of_a_trial_is_the_charge_not_the_accused() -> None:
    text = "وقال المحامي إن المحاكمة على جرائم الفساد ستبدأ الشهر المقبل."
    assert _at(text, "المحاكمة", [("المحامي", "PERSON")])[1] is None


def test_protest_against_an_abstract_noun_names_no_party() -> None:
    text = "وتصاعدت الاحتجاجات ضد القرار الجديد في العاصمة."
    assert _at(text, "الاحتجاجات", [])[1] != "القرار الجديد"


def test_protest_against_a_named_party() -> None:
    text = "وخرجت مظاهرات ضد الحكومة في العاصمة."
    assert _at(text, "مظاهرات", [("الحكومة", "ORG")])[1] == "الحكومة"


def test_name_in_parentheses_joins_the_head_noun() -> None:
    text = "وأرسلت الحكومة قوات إلى مواقع القتال ضد تنظيم ( داعش) في الشمال."
    assert _at(text, "القتال", [("الحكومة", "ORG"), ("داعش", "ORG")])[1] == "تنظيم ( داعش)"


def test_name_in_quotes_after_the_object_stays_the_target() -> None:
    text = 'وألقت الشرطة القبض على الراقصة "سلمى" في القاهرة.'
    assert _at(text, "القبض", [("الشرطة", "ORG"), ("سلمى", "PERSON"), ("القاهرة", "GPE")])[1] == "سلمى"


# ---- the object after the subject and its adjuncts (`ar_object_after_subject`)


def test_noun_right_after_an_unnamed_subject_is_left() -> None:
    text = "واقتحم مسلحون مقر حزب الأمة في العاصمة."
    assert _at(text, "اقتحم", [])[1] is None  # (first version: «مقر حزب الأمة»; dropped after its audit)


def test_object_after_an_adverb_with_kull() -> None:
    text = "ودمر الجيش أيضا كل مخازن الأسلحة في البلدة."
    assert _at(text, "دمر", [("الجيش", "ORG")]) == ("الجيش", "كل مخازن الأسلحة")


def test_object_after_a_coordinated_subject_and_its_adjective() -> None:
    names = [("الحكومة", "ORG"), ("البرلمان", "ORG"), ("الشركة الصينية", "ORG")]
    text = "واتهمت الحكومة والبرلمان الأميركي الشركة الصينية بالتجسس."
    assert _at(text, "اتهمت", names)[1] == "الشركة الصينية"


def test_adjective_of_the_subject_is_no_object() -> None:
    text = "واعتقلت الشرطة السعودية أمس في الرياض."
    assert _at(text, "اعتقلت", [("الشرطة", "ORG"), ("الرياض", "GPE")])[1] is None


def test_object_pronoun_on_the_verb_leaves_the_noun_after_alone() -> None:
    text = "واعتقلته الشرطة في المدينة أمس بعد مطاردة."
    assert _at(text, "اعتقلته", [("الشرطة", "ORG")])[1] is None
