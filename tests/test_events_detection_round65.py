"""Arabic event detection, round 65 (fresh conflict news: the misses of dev12 / dev13).

Every sentence here is written for the test, not taken from a gold set.
The lexicon (``data/ar_triggers.txt``): the massacre noun مذبحة and its plural مذابح are ASSAULT, as the listed
مجزرة / مجازر; the masculine مذبح (a slaughterhouse, an altar) makes no event.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وارتكبت الميليشيات مذبحة في القرية راح ضحيتها عشرات المدنيين.", "مذبحة"),
        ("وتحدث الشهود عن المذابح التي ارتكبتها القوات في الأحياء الشرقية.", "المذابح"),
        ("وطالبت المنظمة بمحاسبة المسؤولين عن المذبحة.", "المذبحة"),
    ],
)
def test_massacre_nouns_are_assault(text: str, word: str) -> None:
    assert any(r[0] == "ASSAULT" and word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وافتتحت البلدية المذبح الجديد في المنطقة الصناعية.", "المذبح"),
        ("وقام الكاهن بإشعال الشموع على مذبح الكنيسة.", "مذبح"),
    ],
)
def test_slaughterhouse_and_altar_are_no_event(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)
