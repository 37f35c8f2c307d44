"""Arabic event detection, round 52 (fresh conflict news: the misses of dev10 / dev11).

Every sentence here is written for the test, not taken from a gold set.
1. ``senses._ar_armed_conflict``: نزاع / صراع right before an adjective of arms or bloodshed («النزاع المسلح»،
   «نزاعا داميا»، «الصراع العسكري») is an armed conflict (ASSAULT); «الصراع السياسي»، «منطقة النزاع» are none.
2. the lexicon (``data/ar_triggers.txt``): the plural الإدانات (ACCUSE); ``senses._ar_fine_imposed``: a fine after the
   light verb فرض («فرضت غرامة»: COERCE); غرامة in a list of penalties, or the weight unit غرام, makes none.
(The round's third form, «توزيع المواد الغذائية» as AID, was not merged: 2 of 3 right on its firing audit, and round
44 had left «الغذائية» out after an audit of its own.)
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("وقال التقرير إن النزاع المسلح في البلاد شرد مئات الآلاف من السكان.", "ASSAULT", "النزاع"),
        ("وتعيش المنطقة نزاعا داميا منذ ثلاثة أعوام.", "ASSAULT", "نزاعا"),
        ("وحذر المبعوث من أن الصراع العسكري قد يمتد إلى الدول المجاورة.", "ASSAULT", "الصراع"),
        ("وتوالت الإدانات العربية للتفجير الذي وقع أمس.", "ACCUSE", "الإدانات"),
        ("وفرضت الهيئة غرامة كبيرة على الشركة المخالفة.", "COERCE", "غرامة"),
        ("وتم فرض غرامات على عشرات المحلات التجارية خلال الحملة.", "COERCE", "فرض"),
    ],
)
def test_new_words_are_events_of_the_gold_type(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ويرى المحللون أن الصراع السياسي بين الحزبين سيطول.", "الصراع"),
        ("ووصل المراقبون إلى منطقة النزاع صباح اليوم.", "النزاع"),
        ("ودعا الوزير إلى حل النزاعات بالطرق الودية.", "النزاعات"),
        ("وبلغ وزن الكمية المضبوطة أربعين كيلو غراما.", "غراما"),
        ("وينص النظام على السجن سنة وغرامة مالية لكل مخالف.", "غرامة"),
        ("وصدر بحقه حكم بالسجن خمس سنوات وغرامة مالية كبيرة.", "غرامة"),
    ],
)
def test_other_senses_make_no_event(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)
