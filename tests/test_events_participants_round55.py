"""Arabic participants (round 55): the holder of an office, not the place or body the office serves, is the actor
(`participants.ar_office_holder_actor`, the last step of `AR_ROLE_CHAIN`): «قام محافظ المدينة X بزيارة», «وأبدى
أمين الرياض سعادته», «رأس الأمير X رئيس الهيئة ... اجتماعا». Hand-written sentences run through the extractor
alone (no NER) with hand-placed entities; none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at as _at


def test_the_holder_named_after_the_governorate_is_the_actor() -> None:
    text = "قام محافظ ينبع خالد بن سعد العتيبي بزيارة لمستشفى المحافظة أمس."
    names = [("ينبع", "GPE"), ("خالد بن سعد العتيبي", "PERSON")]
    assert _at(text, "بزيارة", names)[0] == "خالد بن سعد العتيبي"


def test_the_holder_after_a_title_is_the_actor() -> None:
    text = "زار مدير شرطة منطقة تبوك اللواء ناصر الحربي المصابين في المستشفى."
    names = [("منطقة تبوك", "GPE"), ("ناصر الحربي", "PERSON")]
    assert _at(text, "زار", names)[0] == "ناصر الحربي"


def test_the_person_before_the_office_is_the_actor() -> None:
    text = "ترأس الأمير فهد بن سعد رئيس الهيئة الملكية اجتماعا مع المقاولين أمس."
    names = [("فهد بن سعد", "PERSON"), ("الهيئة الملكية", "ORG")]
    assert _at(text, "اجتماعا", names)[0] == "فهد بن سعد"


def test_an_unnamed_holder_is_the_office_itself() -> None:
    text = "وأبدى أمين الطائف سعادته بزيارة المعرض."
    assert _at(text, "بزيارة", [("الطائف", "GPE")])[0] == "أمين الطائف"


def test_a_place_after_a_preposition_is_no_office_genitive() -> None:
    # counter-case: «لتبوك» bears its own لـ; no office before it, the rule leaves the roles alone
    text = "وأعلنت وزارة الداخلية أن قوات الأمن اعتقلت خمسة مطلوبين في تبوك."
    names = [("وزارة الداخلية", "ORG"), ("تبوك", "GPE")]
    assert _at(text, "اعتقلت", names)[0] != "تبوك"


def test_a_body_acting_without_an_office_stays_the_actor() -> None:
    text = "واستهدفت قوات التحالف مواقع الميليشيات قرب صعدة."
    assert _at(text, "واستهدفت", [("التحالف", "ORG"), ("صعدة", "GPE")])[0] != "صعدة"


def test_the_office_of_a_name_is_found_over_unit_words() -> None:
    from khabar.events.participants import _ar_office_of
    from khabar.events.triggers import Cand
    from khabar.text.tokenize import tokenize

    text = "وقال مدير شرطة منطقة الرياض إن"
    toks = tokenize(text)
    riyadh = Cand(toks[4].start, toks[4].end, "e1", "الرياض", "GPE", 4, 4)
    assert _ar_office_of(toks, riyadh) == 1
    text2 = "وقال المتحدث في الرياض إن"
    toks2 = tokenize(text2)
    riyadh2 = Cand(toks2[3].start, toks2[3].end, "e1", "الرياض", "GPE", 3, 3)
    assert _ar_office_of(toks2, riyadh2) is None



def test_a_definite_office_takes_no_genitive() -> None:
    # counter-case: «حمّل الأمين العام الاحتلال المسؤولية»: the name after a definite office is its object
    from khabar.events.participants import _ar_office_of
    from khabar.events.triggers import Cand
    from khabar.text.tokenize import tokenize

    toks = tokenize("وحمل الأمين العام إسرائيل المسؤولية")
    israel = Cand(toks[3].start, toks[3].end, "e1", "إسرائيل", "GPE", 3, 3)
    assert _ar_office_of(toks, israel) is None
