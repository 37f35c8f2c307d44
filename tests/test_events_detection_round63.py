"""Arabic event detection, round 63 (``khabar.events.senses_security._prayer_call``, read by round 51's
``_ar_prayer``): a call on God with words between the verb and God («ودعا فضيلته المولى القدير أن»، «ودعت القيادة
الله سبحانه أن») and a prayer with no God named («ودعواته بأن يتغمدهم»، «ودعوا لهم بالمغفرة») are no event; a
request to people («دعا الحكومة إلى») and a call by a man named with «الله» stay.

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import trigger_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the caller's title between the verb and God, God's epithet or «أن» after Him
        ("وزار المحافظ المصابين في المستشفى، ودعا سموه المولى جل وعلا أن يمن عليهم بالشفاء.", "ودعا", "وزار"),
        ("وهاجم المسلحون نقطة التفتيش ليلا، ودعت الأسرة الله سبحانه أن يحفظ أبناءها.", "ودعت", "وهاجم"),
        ("ودعا رئيس المجلس في ختام كلمته الباري عز وجل أن ينصر الجنود المرابطين، بعد أن زار الحدود.", "ودعا", "زار"),
        # no God named: the one prayed for with ل and the prayer's noun, or a verb only God does
        ("وقصفت الطائرات مواقع المتمردين ودعوا لهم بالرحمة والمغفرة.", "ودعوا", "وقصفت"),
        ("واستقبل الأمير ذوي الضحايا ونقل لهم تعازي الملك ودعواته بأن يتغمدهم بواسع رحمته.", "ودعواته", "واستقبل"),
    ],
)
def test_prayer_call_no_event(text: str, gone: str, kept: str) -> None:
    trigs = trigger_texts(text)
    assert not any(gone == t for t in trigs), trigs
    assert any(kept in t for t in trigs), trigs


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a request to people, «إلى» before any God word
        ("ودعا الوزير الحكومة إلى وقف إطلاق النار فورا.", "ودعا"),
        # «الله» in a name after the verb
        ("ودعا الأمين العام لحزب الله حسن نصر الله إلى تشكيل حكومة جديدة.", "ودعا"),
        ("ودعا عبد الله المحيسني المقاتلين إلى الانسحاب من المدينة.", "ودعا"),
        # a comma ends the call: the prayer after it is not the request's object
        ("ودعا الرئيس المواطنين للتعاون مع الشرطة، سائلا الله عز وجل أن يحفظ البلاد.", "ودعا"),
        # «أن» after people, no God named
        ("ودعا المتحدث أنصار الحزب أن يلتزموا الهدوء أمام مقر الحكومة.", "ودعا"),
    ],
)
def test_request_to_people_kept(text: str, kept: str) -> None:
    assert any(kept in t for t in trigger_texts(text)), trigger_texts(text)
