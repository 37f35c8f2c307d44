"""Arabic participants (round 89): the feminine circumstantial participle after a comma («، مطالبة»، «، محذرة»،
«، داعية») takes the subject of the sentence's opening verb as its actor, as round 83 reads the masculine, but only
when that verb is a feminine verb of saying or stance with a named subject: the feminine is spelled like a masdar
(«مطالبة» the demand) or a noun («داعية» a preacher). The must-fire cases fail on a48e3cbc. Hand-written sentences
run through the extractor alone (names placed by hand); none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on a48e3cbc)
def test_a_feminine_speaker_demands() -> None:
    text = "وأكدت وزارة الخارجية الأردنية رفضها للتدخل في شؤون المنطقة، مطالبة بضرورة احترام القانون الدولي."
    actor, _ = roles_at(text, "مطالبة", [("وزارة الخارجية الأردنية", "ORG")])
    assert actor == "وزارة الخارجية الأردنية"


def test_the_warned_after_the_feminine_participle_is_the_target() -> None:
    text = "ونددت الرئاسة الفلسطينية بالهجوم على المسجد، محذرة إسرائيل من عواقب التصعيد."
    names = [("الرئاسة الفلسطينية", "ORG"), ("إسرائيل", "GPE")]
    assert roles_at(text, "محذرة", names) == ("الرئاسة الفلسطينية", "إسرائيل")


def test_a_named_woman_past_a_reported_clause() -> None:
    text = "وقالت الوزيرة سلمى الخطيب إن الأزمة الإنسانية تتفاقم، مطالبة المانحين بالوفاء بتعهداتهم."
    actor, _ = roles_at(text, "مطالبة", [("سلمى الخطيب", "PERSON"), ("المانحين", "ORG")])
    assert actor == "سلمى الخطيب"


# ---------------------------------------------------------------- counter-cases
def test_a_masculine_opening_verb_does_not_take_the_feminine_form() -> None:
    text = "وقال الوزير خالد العمر إن الحكومة اتخذت إجراءات جديدة، مطالبة المواطنين بالتعاون."
    actor, _ = roles_at(text, "مطالبة", [("خالد العمر", "PERSON")])
    assert actor != "خالد العمر"


def test_a_feminine_verb_of_no_saying_does_not_make_a_masdar_a_participle() -> None:
    text = "وناقشت اللجنة المالية ملفات عدة، مطالبة العمال برواتبهم المتأخرة."
    actor, _ = roles_at(text, "مطالبة", [("اللجنة المالية", "ORG")])
    assert actor != "اللجنة المالية"
