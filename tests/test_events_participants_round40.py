"""Arabic participants (round 40): the subject right after «أن / إن» that no entity names, and unvoiced
passives of transitive verbs of killing, arrest, targeting and accusing (one noun phrase, no object).
Hand-written sentences run through the extractor alone (no NER) with hand-placed entities; none is copied
from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


# 1. the noun after أن / إن right before its verb is the subject (`ar_inna_subject`)
def test_noun_after_anna_is_the_subject_of_its_verb() -> None:
    text = "وذكر البيان أن الوزيرين تشاورا هاتفيا مساء أمس."
    assert _at(text, "تشاورا", []) == ("الوزيرين", None)


def test_noun_after_anna_across_a_quote() -> None:
    text = 'وأضاف المصدر أن المندوبين "تشاورا طويلا في الأمر".'
    assert _at(text, "تشاورا", []) == ("المندوبين", None)


def test_noun_after_anna_makes_the_noun_after_the_verb_its_object() -> None:
    names = [("المعارضة", "ORG")]
    text = "وقال المتحدث إن الرئيس هاجم المعارضة بشدة."
    assert _at(text, "هاجم", names) == ("الرئيس", "المعارضة")


def test_a_verb_after_anna_is_no_subject() -> None:
    # «أن يتم التوصل»: يتم is a verb
    text = "وأشار إلى إمكانية أن يتم التوصل إلى اتفاق خلال الشهر."
    assert _at(text, "اتفاق", [])[0] is None


def test_indefinite_noun_with_an_indefinite_modifier_is_left() -> None:
    text = "وذكرت أن مصادر أمنية اعتقلت الرجل."
    assert _at(text, "اعتقلت", [])[0] != "مصادر"


# 2. unvoiced passives (`ar_bare_passive`)
def test_subject_before_a_killing_verb_with_a_manner_adverb_undergoes_it() -> None:
    names = [("سامي العلي", "PERSON")]
    text = "وكان الشاب سامي العلي (20 عاما) قتل طعنا وأصيب شقيقه بجروح."
    assert _at(text, "قتل", names) == (None, "سامي العلي")


def test_noun_after_anna_then_passive_targeting() -> None:
    text = "وأفادت التقارير أن القيادي قد استهدف سابقا في غارة جوية."
    assert _at(text, "استهدف", []) == (None, "القيادي")


def test_accused_with_bi_after_the_verb_is_the_target() -> None:
    text = "وقال الادعاء إن موظفا اتهم بالرشوة في القضية."
    assert _at(text, "اتهم", []) == (None, "موظفا")


def test_subject_before_the_verb_with_an_object_after_a_phrase_acts() -> None:
    # the object follows the prepositional phrase: «قتل في الغارة 20 مسلحا» is active
    names = [("الكتيبة", "ORG")]
    text = "وأعلن أن الكتيبة استهدفت في الهجوم 20 مسلحا."
    assert _at(text, "استهدفت", names)[0] == "الكتيبة"


def test_verb_first_with_one_counted_noun_and_a_conjunction_is_passive() -> None:
    # «جنود» is a group noun (no hand-placed entity): its indefinite adjective is skipped
    text = "وقد قتل آنذاك ستة جنود عراقيين وأصيب عشرة آخرون."
    assert _at(text, "قتل", []) == (None, "جنود")


def test_verb_first_with_a_name_and_an_indefinite_plural_stays_active() -> None:
    # after a name an indefinite word is the object, not an adjective
    names = [("داعش", "ORG")]
    text = "خطف داعش مسيحيين من القرية."
    assert _at(text, "خطف", names)[0] == "داعش"


def test_accused_without_the_charge_right_after_stays_active() -> None:
    names = [("الوزير", "PERSON")]
    text = "واتهم الوزير خلال مداخلة في البرلمان ما سماه بالعصابات."
    assert _at(text, "اتهم", names)[0] == "الوزير"


def test_voweled_passive_after_anna_gives_no_actor() -> None:
    text = "وذكر أن الكعبي حُكم عليه بالسجن."
    assert _at(text, "حُكم", [])[0] is None


def test_verb_first_with_a_titled_person_then_a_preposition_is_passive() -> None:
    names = [("سالم الحارثي", "PERSON")]
    text = "اعتقل أمس القيادي سالم الحارثي في مطار المدينة."
    assert _at(text, "اعتقل", names) == (None, "سالم الحارثي")


def test_verb_first_with_subject_and_object_stays_active() -> None:
    names = [("الشرطة", "ORG")]
    text = "واعتقلت الشرطة رجلين في المدينة."
    assert _at(text, "اعتقلت", names)[0] == "الشرطة"


def test_verb_first_with_a_comma_incise_before_the_object_stays_active() -> None:
    # «اتهم آباء، ...، الشرطة»: the object follows an incise
    names = [("الشرطة المحلية", "ORG")]
    text = "اتهم مزارعون، تضررت محاصيلهم، الشرطة المحلية بالتقاعس."
    assert _at(text, "اتهم", names)[1] != "مزارعون"


def test_verb_with_an_object_pronoun_is_not_read_as_passive() -> None:
    names = [("الجيش", "ORG")]
    text = "وقتله الجيش في المدينة."
    assert _at(text, "قتله", names)[0] == "الجيش"


def test_a_function_word_after_anna_is_no_subject() -> None:
    text = "وقالت اللجنة أن من الممكن هدمها خلال أسبوع."
    assert _at(text, "هدمها", [])[0] is None


def test_an_indefinite_noun_in_construct_with_a_masdar_is_no_subject() -> None:
    text = "وقال إن مرحلة رفع القيود ستبدأ الشهر المقبل."
    assert _at(text, "رفع", [])[0] != "مرحلة"
