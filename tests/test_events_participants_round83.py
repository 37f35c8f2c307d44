"""Arabic participants (round 83): a participle in the accusative after a comma («، داعيا»، «، مطالبا»، «، متهما») is a
circumstantial clause; its subject is the subject of the sentence's opening verb of saying or stance, and the noun
right after it is its object (the one called on, the accused), never its actor. A masdar object of «، مؤكدا» with a
demonstrative after it is the speaker's own stance. The must-fire cases fail on df07d05. Hand-written sentences run
through the extractor alone (names placed by hand); none is copied from a gold set or an audit.
"""

from __future__ import annotations

from events_helpers import roles_at


# ---------------------------------------------------------------- must fire (fail on df07d05)
def test_the_speaker_of_the_opening_verb_calls_on_the_object() -> None:
    text = "وأكد وزير الداخلية خالد العتيبي أهمية التعاون الأمني، داعيا الدول المجاورة إلى تبادل المعلومات."
    actor, _ = roles_at(text, "داعيا", [("خالد العتيبي", "PERSON")])
    assert actor == "خالد العتيبي"


def test_the_speaker_past_a_reported_clause() -> None:
    text = "وقال رئيس الوزراء سامي الحداد إن الحكومة ماضية في الإصلاحات، مطالبا المعارضة بالعودة إلى الحوار."
    actor, target = roles_at(text, "مطالبا", [("سامي الحداد", "PERSON")])
    assert actor == "سامي الحداد"


def test_the_called_on_after_the_participle_is_no_actor() -> None:
    text = "وأوضح أن الأمطار ستستمر حتى يوم الخميس، داعيا المواطنين إلى الحذر."
    actor, _ = roles_at(text, "داعيا", [])
    assert actor != "المواطنين"


def test_a_rejection_after_mu_akkidan_is_the_speaker_s() -> None:
    text = "واعتبر حزب الأمة أن القرار غير قانوني، مؤكدا رفض تلك الخطوة."
    actor, _ = roles_at(text, "رفض", [("حزب الأمة", "ORG")])
    assert actor == "حزب الأمة"


# ---------------------------------------------------------------- counter-cases
def test_a_feminine_opening_verb_does_not_give_a_masculine_participle_its_subject() -> None:
    text = "وقالت الوزارة إن المدير العام زار الموقع أمس، داعيا المقاولين إلى الإسراع في العمل."
    actor, _ = roles_at(text, "داعيا", [])
    assert actor is None or "الوزارة" not in actor


def test_a_masdar_with_its_own_genitive_after_mu_akkidan_is_left() -> None:
    text = "وقال رئيس الوزراء سامي الحداد إن الاتفاق خطوة مهمة، مؤكدا دعم الحكومة الليبية للمبادرة."
    actor, _ = roles_at(text, "دعم", [("سامي الحداد", "PERSON")])
    assert actor != "سامي الحداد"


def test_a_plural_participle_is_not_the_named_speaker_s() -> None:
    text = "وقال سامي الحداد إن المحتجين خرجوا إلى الشوارع أمس، مطالبين بالإصلاح."
    actor, _ = roles_at(text, "مطالبين", [("سامي الحداد", "PERSON")])
    assert actor != "سامي الحداد"
