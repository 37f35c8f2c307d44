"""Arabic participants (round 46): the arrested after «القبض على» (`ar_arrest_object`), the undergoer of
«تعرض X لـ<masdar>» (`ar_undergone`) and the genitive of a masdar of harm (`ar_masdar_genitive`).
Hand-written sentences run through the extractor alone (no NER) with hand-placed entities; none is copied
from a gold set.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


# 1. «القبض على X»: X is arrested, never the actor
def test_arrest_name_after_ala_is_the_target_not_the_actor() -> None:
    names = [("خالد العمري", "PERSON")]
    text = "وجاء ذلك بعد أسبوع من القبض على خالد العمري في أحد فنادق المدينة."
    assert _at(text, "القبض", names) == (None, "خالد العمري")


def test_arrest_after_the_named_word() -> None:
    names = [("سعيد الحربي", "PERSON")]
    text = "وقالت الشرطة إنه تم القبض على المدعو سعيد الحربي أمس."
    assert _at(text, "القبض", names)[1] == "سعيد الحربي"


def test_arrest_indefinite_noun_and_its_nisba_before_a_later_name() -> None:
    names = [("المقاومة", "ORG"), ("بلباس رسمي", "PERSON")]
    text = "المقاومة تلقي القبض على قيادي حوثي بلباس رسمي في المدينة."
    assert _at(text, "القبض", names) == ("المقاومة", "قيادي حوثي")


def test_arrest_number_and_its_counted_noun() -> None:
    names = [("الشرطة", "ORG")]
    text = "وتمكنت الشرطة من القبض على ثلاثة وافدين في الحي."
    assert _at(text, "القبض", names)[1] == "ثلاثة وافدين"


def test_arrest_pronoun_on_ala_changes_nothing() -> None:
    # «القبض عليهم»: the pronoun names no one here; the subject stays the actor
    names = [("الشرطة", "ORG")]
    text = "وتمكنت الشرطة من القبض عليهم في الحي."
    assert _at(text, "القبض", names)[0] == "الشرطة"


def test_arrest_count_word_is_skipped_to_the_named_group() -> None:
    names = [("الجهات الأمنية", "ORG"), ("الباعة", "MISC")]
    text = "وأسهمت الجهات الأمنية في القبض على عدد من الباعة في السوق."
    assert _at(text, "القبض", names)[1] == "الباعة"


# 2. «تعرض X لـ<masdar>»: the subject of the verb of undergoing is the target
def test_undergone_subject_after_the_verb_time_words_skipped() -> None:
    names = [("جازان", "GPE")]
    text = "تعرضت مدينة جازان مساء أمس لسقوط مقذوفات من الحدود."
    assert _at(text, "سقوط", names) == (None, "جازان")


def test_undergone_possessed_noun_after_the_verb() -> None:
    text = "وقال الرجل إن ابنه تعرض لمحاولة اختطاف أمس."
    assert _at(text, "اختطاف", [])[1] == "ابنه"


def test_undergone_subject_before_the_verb_with_the_agent_after() -> None:
    text = "وكانت طالبتان قد تعرضتا لتحرش على أيدي شبان في السوق."
    assert _at(text, "تحرش", []) == ("شبان", "طالبتان")


def test_undergone_subject_after_inna_behind_a_place_phrase() -> None:
    names = [("الشرطة", "ORG"), ("تبوك", "GPE")]
    text = "وقالت الشرطة إن حصانا في مدينة تبوك تعرض بالخطأ لإطلاق الرصاص."
    assert _at(text, "إطلاق", names)[1] == "حصانا"


def test_undergone_no_actor_behind_a_preposition() -> None:
    names = [("الصحفيين", "MISC")]
    text = "تعرض لانتقادات بعد تصريحات عن الصحفيين الأسبوع الماضي."
    assert _at(text, "انتقادات", names)[0] is None


def test_undergone_name_inside_the_subject_phrase() -> None:
    names = [("فهد السالم", "PERSON")]
    text = "وذلك بعد تعرض قائد الفريق فهد السالم للإصابة في التدريبات."
    assert _at(text, "إصابة", names)[1] == "فهد السالم"


def test_undergone_noun_of_another_verb_is_no_subject() -> None:
    # «أن السفارة تتابع قضية مواطن تعرض»: the embassy is the subject of تتابع, not of تعرض
    names = [("السفارة", "ORG")]
    text = "وأكد السفير أن السفارة تتابع قضية مواطن تعرض لإطلاق نار في الطريق."
    assert _at(text, "إطلاق", names)[1] != "السفارة"


# 3. the genitive of a masdar of harm
def test_genitive_before_a_li_object_is_the_agent() -> None:
    names = [("قوات الاحتلال", "ORG"), ("المزارعين", "MISC")]
    text = "وأدان البيان استهداف قوات الاحتلال للمزارعين بالرصاص الحي."
    assert _at(text, "استهداف", names) == ("قوات الاحتلال", "المزارعين")


def test_genitive_of_a_blast_is_the_target() -> None:
    names = [("الوزارة", "ORG"), ("الشرطة", "ORG")]
    text = "ووصل المحققون إلى موقع انفجار محيط الوزارة، وفرضت الشرطة طوقا أمنيا."
    assert _at(text, "انفجار", names) == (None, "الوزارة")


def test_genitive_of_a_liberation_is_no_actor_the_expelled_force_stays() -> None:
    names = [("ليبيا", "GPE"), ("الميليشيات", "ORG")]
    text = "وقال إن تحرير ليبيا من الميليشيات يحتاج إلى وقت."
    assert _at(text, "تحرير", names) == (None, "الميليشيات")


def test_genitive_of_a_killing_without_li_stays_the_victim() -> None:
    # round 21's rule: «اغتيال المسؤول» without a لـ-object: the genitive undergoes it
    names = [("السفير", "PERSON")]
    text = "وأدان الوزير اغتيال السفير أمس."
    assert _at(text, "اغتيال", names)[1] == "السفير"


def test_undergone_agent_after_min_stays() -> None:
    # «تعرضت لقصف عنيف من مليشيا»: من after the masdar names the doer, it is kept
    names = [("مليشيا الحوثي", "ORG")]
    text = "وقال إن القرية تعرضت لقصف عنيف من مليشيا الحوثي أمس."
    assert _at(text, "قصف", names)[0] == "مليشيا الحوثي"


def test_transitive_taarrada_with_its_li_complement_is_left() -> None:
    # «تعرّض السلامة العامة للخطر»: expose to danger; the masdar after it is another event's
    names = [("السلامة العامة", "MISC")]
    text = "ومكافحة الأعمال التي تعرض السلامة العامة للخطر إضافة إلى مساندة الزوار."
    assert _at(text, "مساندة", names)[1] != "السلامة العامة"


def test_suicide_bombing_adjective_is_no_genitive() -> None:
    names = [("انتحاري", "MISC")]
    text = "وقتل ثلاثة جنود إثر تفجير انتحاري قرب الحاجز."
    assert _at(text, "تفجير", names)[1] != "انتحاري"


def test_arrest_on_me_with_shadda_is_left() -> None:
    # «فتم القبض عليّ بمطار الملك خالد»: «عليّ» (on me), the place in بـ is no arrested party
    names = [("بمطار الملك خالد", "FAC")]
    text = "كنت مسافرا فتم القبض عليّ بمطار الملك خالد أمس."
    assert _at(text, "القبض", names)[1] != "بمطار"


def test_arrest_keeps_the_clause_phrase_at_the_object() -> None:
    names = [("أحد المتورطين", "MISC")]
    text = "وبعد تداول خبر القبض على أحد المتورطين شكر المغردون الأمير."
    assert _at(text, "القبض", names)[1] == "أحد المتورطين"


def test_arrest_demonstrative_skipped_to_its_noun_which_is_no_actor() -> None:
    names = [("المعتدين", "MISC")]
    text = "ودعا الأجهزة إلى التصدي والقبض على هؤلاء المعتدين على الثروات."
    actor, target = _at(text, "القبض", names)
    assert target == "المعتدين" and actor != "المعتدين"


def test_arrest_relative_man_is_left() -> None:
    # «القبض على من تسببوا»: a relative clause, no noun phrase the rule can name
    text = "وطالبوا بإلقاء القبض على من تسببوا في الحادث."
    assert _at(text, "القبض", [])[1] is None
