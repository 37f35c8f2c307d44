"""Speakers, round 18: a title phrase whose own modifier stands between it and the holder's name («وقال رئيس
وفد الكويت إلى المؤتمر سالم العنزي إن») speaks as the person named, not as the title. Sentences written for these
tests (none from an eval set); the entities given stand for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import speakers as _speakers
from quotes_helpers import typed_doc as _doc

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            # a delegation head «إلى المؤتمر», then the name and the complementizer
            "انطلقت أمس أعمال مؤتمر المياه الإقليمي في عمّان بمشاركة عشرين دولة. "
            "وقال رئيس وفد الكويت إلى المؤتمر سالم العنزي إن بلاده ستقدم مقترحا لتقاسم الخبرات.",
            (("GPE", "عمّان"), ("GPE", "الكويت"), ("PERSON", "سالم العنزي")),
            "سالم العنزي",
        ),
        (
            # an envoy «لدى» a body the entity layer named, an honorific, then the name and a colon
            "عقد مجلس التعاون اجتماعا طارئا لبحث أزمة الحدود. "
            'وأوضح سفير الأردن لدى مجلس التعاون الدكتور نبيل الخطيب في تصريح صحفي: "الحل لن يكون إلا بالحوار".',
            (("ORG", "مجلس التعاون"), ("GPE", "الأردن"), ("PERSON", "نبيل الخطيب")),
            "نبيل الخطيب",
        ),
        (
            # an ambassador «لدى» a body, the name, then «في بيان» and a colon
            'وقال سفير مصر لدى الاتحاد الأوروبي أحمد فؤاد في بيان: "نرحب بالقرار".',
            (("PERSON", "أحمد فؤاد"), ("GPE", "مصر"), ("ORG", "الاتحاد الأوروبي")),
            "أحمد فؤاد",
        ),
        (
            # «ذكر» with a delegation «إلى المفاوضات» and a place later in the content
            "وذكر رئيس وفد السودان إلى المفاوضات إبراهيم الطيب أن الجولة المقبلة ستعقد في الدوحة.",
            (("PERSON", "إبراهيم الطيب"), ("GPE", "السودان"), ("GPE", "الدوحة")),
            "إبراهيم الطيب",
        ),
    ],
)
def test_person_named_after_the_title_modifier_speaks(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str
) -> None:
    sp = _speakers(_doc(text, ents))
    assert sp and sp[-1] == speaker, sp


def test_title_with_no_name_stays() -> None:
    # no person named after the title: the title speaks as written
    text = "وقال رئيس وفد الكويت إلى المؤتمر إن بلاده ستقدم مقترحا لتقاسم الخبرات."
    sp = _speakers(_doc(text, (("GPE", "الكويت"),)))
    assert sp == ["رئيس وفد الكويت"], sp


def test_person_inside_the_content_is_no_speaker() -> None:
    # the person after «إن» is what the content is about, not the holder of the title
    text = "وقال رئيس الوزراء إن الوزير خالد الفارس سيزور المنطقة غدا."
    sp = _speakers(_doc(text, (("PERSON", "خالد الفارس"),)))
    assert sp == ["رئيس الوزراء"], sp


def test_person_after_the_complementizer_before_a_marked_quote_is_no_speaker() -> None:
    # a marked quotation after «إن المهندس فيصل العتيبي»: the title still speaks, not the engineer
    text = "وقال مدير المصنع إن المهندس فيصل العتيبي «أنجز الخط الجديد قبل موعده»."
    sp = _speakers(_doc(text, (("PERSON", "فيصل العتيبي"),)))
    assert sp and "فيصل العتيبي" not in sp, sp
