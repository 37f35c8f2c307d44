"""Arabic participants (round 56): the person named behind a long title right after a clause-opening verb is the
actor (`participants.ar_titled_vso_subject`, a step of `AR_ROLE_CHAIN`), where the titled-subject rule stops: a
dual in -ين («خادم الحرمين الشريفين»), an abbreviated title and its dot («د.»), a title word with a proclitic
(«للشؤون»، «بمنطقة»), a comma before a title. Hand-written sentences run through the extractor alone (no NER) with
hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_the_king_behind_the_custodian_title_receives() -> None:
    text = "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز في قصره بالرياض أمس رئيس الوزراء الباكستاني نواز شريف."
    names = [("عبدالله بن عبدالعزيز", "PERSON"), ("الرياض", "GPE"), ("نواز شريف", "PERSON")]
    assert _at(text, "استقبل", names) == ("عبدالله بن عبدالعزيز", "نواز شريف")


def test_the_minister_behind_an_abbreviated_title_meets() -> None:
    text = "التقى وزير الصحة د. خالد المرغلاني مديري المستشفيات في جدة."
    names = [("خالد المرغلاني", "PERSON"), ("جدة", "GPE")]
    assert _at(text, "التقى", names)[0] == "خالد المرغلاني"


def test_the_deputy_behind_a_title_with_a_proclitic_discusses() -> None:
    text = "بحث وكيل وزارة التعليم للشؤون المدرسية الدكتور سعد الفهيد مع مديري التعليم خطة العام الدراسي."
    names = [("وزارة التعليم", "ORG"), ("سعد الفهيد", "PERSON")]
    assert _at(text, "بحث", names)[0] == "سعد الفهيد"


def test_the_prince_after_a_comma_of_titles_receives() -> None:
    text = "واستقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي، الأمير مقرن بن عبدالعزيز في مكتبه اليوم السفير الياباني."
    names = [("مقرن بن عبدالعزيز", "PERSON")]
    assert _at(text, "استقبل", names)[0] == "مقرن بن عبدالعزيز"


def test_a_foreign_president_after_the_custodian_title_is_no_actor() -> None:
    # counter-case: the unnamed title is the subject; the titled name with a nisba is the object
    text = "التقى خادم الحرمين الشريفين الرئيس الأمريكي باراك أوباما في البيت الأبيض."
    names = [("باراك أوباما", "PERSON")]
    assert _at(text, "التقى", names)[0] != "باراك أوباما"


def test_a_person_behind_the_object_event_is_no_actor() -> None:
    # counter-case: the chain stops at the object's event word «اغتيال»
    text = "أدان وزير الخارجية للشؤون العربية بشدة اغتيال الشيخ صالح العمري."
    names = [("صالح العمري", "PERSON")]
    assert _at(text, "أدان", names)[0] != "صالح العمري"


def test_a_verb_after_its_subject_keeps_its_object() -> None:
    # counter-case: «الوزير» before the verb is its subject; the titled name after it is the one received
    text = "وقال المتحدث إن الوزير استقبل وكيل الوزارة للشؤون الفنية د. سامي الحربي أمس."
    names = [("سامي الحربي", "PERSON")]
    assert _at(text, "استقبل", names)[0] != "سامي الحربي"
