"""Rule of round 57 (factuality), from the itemised gold `reported` items output `asserted` on the tuning files
(`attribution._ar_published_report_source`, one line in `attribution.attribution` after round 52's wider source):
a reporting verb with no subject of its own that tells what a published piece says («ذكرت فيه أن»، «أشارت فيها
إلى أن») takes its speaker from the publishing verb before it; when that publisher is a source (a paper, a channel,
an NGO, a magazine) the content is reported; and a source named right after «فيه» («كشفت فيه المصادر أن») is one.

Every case is a hand-written news sentence worded unlike the tuning items, with counter-cases where the rule
must not fire (a ministry's statement and a speech are the speaker's own word).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact

from khabar.events.attribution import _AR_PUBLISH, _AR_PUBLISHED_PIECE
from khabar.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ونشرت صحيفة الغارديان البريطانية تقريرا ذكرت فيه أن الطائرات قصفت مستشفى في المدينة.", "قصفت"),
        ("وبثت قناة العربية شريطا مصورا أشارت فيه إلى أن المسلحين هاجموا نقطة تفتيش قرب الحدود.", "هاجموا"),
        ("وأصدرت منظمة هيومن رايتس ووتش تقريرا قالت فيه إن قوات الأمن اعتقلت عشرات الصحفيين.", "اعتقلت"),
        ("ونشرت مجلة فورين بوليسي مقالا مطولا، أكدت فيه أن الميليشيات اختطفت رجال أعمال في العاصمة.", "اختطفت"),
        # the source right after «فيه», with the article
        ("وانسحبت القوات من البلدة في الوقت الذي ذكرت فيه المصادر أن المسلحين هاجموا المطار.", "هاجموا"),
    ],
)
def test_piece_published_by_a_source_is_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a ministry's own statement: the ministry speaks for itself
        ("وأصدرت وزارة الداخلية بيانا أكدت فيه أن دوريات الأمن اعتقلت ثلاثة مهربين على الحدود.", "اعتقلت"),
        # the army's statement: the publisher is no source
        ("وبعد ساعات من الاشتباك أصدر الجيش بيانا قال فيه إن وحداته هاجمت مواقع المسلحين.", "هاجمت"),
        # an official after «فيه»: his own word
        ("وعقد الوزير مؤتمرا صحفيا أكد فيه الناطق باسم الوزارة أن الشرطة اعتقلت خمسة مهربين.", "اعتقلت"),
        # no publication: a reporting verb in the narrator's own clause
        ("وشنت الطائرات غارات على مواقع المسلحين شمال المدينة أمس.", "غارات"),
    ],
)
def test_own_statement_or_no_publication_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_word_lists_are_normalized() -> None:
    assert normalize("أصدرت") in _AR_PUBLISH
    assert normalize("تقريراً") in _AR_PUBLISHED_PIECE
