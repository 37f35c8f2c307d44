"""Rule of round 62 (attribution): a reporting verb whose subject, a source, follows an addressee phrase, the
outlet the source spoke to («قال لـ"الاقتصادية" مصدر أمني إن»، «أكدت لـ«الشرق الأوسط» مصادر مطلعة أن»، «قال
لصحيفة "عكاظ" شهود»): the event the source tells is reported (`attribution._ar_source_after_addressee`). Round 14's
window read only the two words after the verb, so the source behind a quoted outlet was missed.

Every case is a hand-written news sentence, with counter-cases where the speaker after the addressee is an
official, a named person or an office (the event stays asserted) and where the source already stood next to the verb.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('وقال لـ"الاقتصادية" مصدر أمني مطلع إن القوات اعتقلت ستة مهربين على الحدود الجنوبية.', "اعتقلت"),
        ("وأكدت لـ«الشرق الأوسط» مصادر محلية أن الطائرات قصفت مخزنا للأسلحة غرب المدينة.", "قصفت"),
        ('وأوضح لـ "عكاظ" شهود عيان أن المسلحين هاجموا نقطة التفتيش فجر اليوم.', "هاجموا"),
        ('وقال لصحيفة "الحياة" مصدر عسكري إن الجيش قصف مواقع المسلحين على التلة.', "قصف"),
        ("وذكر لقناة العربية مصدر دبلوماسي أن الوفدين وقعا اتفاق الهدنة مساء أمس.", "وقعا"),
    ],
)
def test_source_after_an_addressee_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # an official or a named speaker after the addressee: "X said" by an official actor, asserted
        ('وقال لـ"الاقتصادية" وزير الداخلية إن الشرطة اعتقلت ستة مهربين على الحدود.', "اعتقلت", "asserted"),
        ("وأوضح لـ«الشرق الأوسط» المتحدث باسم الجيش أن الطائرات قصفت مخزنا للأسلحة.", "قصفت", "asserted"),
        ('وأكد لـ"اليوم" خالد العتيبي مدير الشرطة أن الدوريات ضبطت المتهمين.', "ضبطت", "asserted"),
        # the source next to the verb, before the addressee or after a definite outlet: round 14's window
        ('وقال مصدر أمني لـ"الاقتصادية" إن القوات اعتقلت ستة مهربين على الحدود.', "اعتقلت", "reported"),
        ("وقال للصحيفة مصدر أمني إن القوات اعتقلت ستة مهربين على الحدود.", "اعتقلت", "reported"),
    ],
)
def test_addressee_counter_cases(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger) == ("positive", modality)
