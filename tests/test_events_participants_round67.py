"""Arabic participants (round 67): a first-person imperfect after و / ف («ونطالب»، «وندين»، «وأطالب») has its own
subject, the speaker (we / I), so it does not take the subject of the verb it follows (round 64's shared subject,
`participants.ar_coordinated_verb_actor`) nor the noun between, that verb's object: it gets no actor (the speaker
is rarely a candidate). A perfect in
أ («وأكد»، «وأعلن»، «وأطلقت»، «وأرسل») is third person and still shares. The must-fire cases fail on 837f1b3.
Hand-written sentences run through the extractor alone (no NER) with hand-placed entities; none is copied from a
gold set or an audit.
"""

from __future__ import annotations

from events_helpers import X, roles_at

from khabar.events.participants import _ar_first_person_imperfect
from khabar.text.tokenize import tokenize


def _actor(text: str, trigger: str, names: list[tuple[str, str]]) -> str | None:
    return roles_at(text, trigger, names)[0]


# ---------------------------------------------------------------- must fire (fail on 837f1b3)
def test_we_condemn_does_not_take_the_militia_as_its_subject() -> None:
    text = "قتلت الميليشيات عشرات المدنيين وندين هذه الجريمة."
    assert _actor(text, "وندين", [("الميليشيات", "ORG")]) is None  # 837f1b3: الميليشيات


def test_we_reject_does_not_take_the_police_as_its_subject() -> None:
    text = "اعتقلت الشرطة عشرات الطلاب ونرفض هذا الاعتقال."
    assert _actor(text, "ونرفض", [("الشرطة", "ORG")]) is None  # 837f1b3: الشرطة


# ---------------------------------------------------------------- counter-cases: a perfect in أ is third person
def test_a_form_four_perfect_still_shares_the_subject() -> None:
    text = "هاجمت القوات الحكومية مواقع المسلحين وأطلقت النار على السيارات."
    assert _actor(text, "أطلقت", [("المسلحين", "ORG")]) == "القوات الحكومية"


def test_sent_reinforcements_still_shares_the_army() -> None:
    text = "هاجم الجيش مواقع المسلحين وأرسل تعزيزات إلى المدينة."
    assert _actor(text, "أرسل", [("المسلحين", "ORG")]) == "الجيش"


def _first_person(word: str) -> bool:
    return _ar_first_person_imperfect(tokenize(word)[0], X._ar_verb_sense)


def test_first_person_imperfects_are_told_from_perfects() -> None:
    for word in ("ونطالب", "وندعم", "ونرفض", "وندين", "ونستنكر", "وأطالب", "فأطالب", "وأدعم", "وأرفض"):
        assert _first_person(word), word
    # perfects in أ (third person: «أكد»، «أعلن» have no «يكد»، «يعلن»; «أطلق»، «أرسل»، «أجرى» are listed as
    # verbs in their own spelling), a bare ا (form VIII / X perfects), perfects in ن, and no و / ف at all
    for word in ("وأكد", "وأعلن", "وأطلق", "وأرسل", "وأجرى", "وأفرج", "واستنكر", "واعتقل", "ونفذ", "ونقل", "ونفت", "ونظمت", "نطالب"):
        assert not _first_person(word), word
