"""Round 66 (attribution): a reporting verb with no subject of its own tells what the speaker before it says. In its
sentence, after a coordinating «ولكن / لكنها» or as a participle («...، مشيرا إلى أن»), its speaker is the source that
heads the sentence («لم تكشف الصحيفة ... لكنها ذكرت أن»); at the start of a sentence («وأضاف أن»، «وتابع:»، «مشيرة
إلى أن»), its speaker is the source whose report runs to the end of the sentence before, also along a chain of such
sentences (`_ar_elided_speaker_source`). Counter-cases: an official before (its own word, asserted), no sentence
before, a later official speaker that ends the source's report, a frame («حسب اللائحة») or a source in a
prepositional phrase («بموقعه») in the sentence before, an addressee («لـ«الشرق الأوسط»»).

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # in the sentence: the source heads it
        ("لم تكشف الصحيفة اسم المتهم لكنها ذكرت أن الشرطة اعتقلته في منزله بالحي الشرقي.", "اعتقلته"),
        ("ونشر الموقع صورا للحادث، مشيرا إلى أن الشرطة اعتقلت السائق.", "اعتقلت"),
        # the sentence before: a source's report runs to its end
        ("قال مصدر أمني إن الشرطة اعتقلت ثلاثة مشتبه بهم. وأضاف أن القوات داهمت منزلا في الحي.", "داهمت"),
        (
            "قال مصدر أمني إن الشرطة اعتقلت ثلاثة مشتبه بهم. وأضاف أن القوات داهمت منزلا. "
            "وتابع: إن الجنود قتلوا مسلحين.",
            "قتلوا",
        ),
        (
            "ذكرت مصادر محلية أن الاشتباكات استمرت حتى الفجر. مشيرة إلى أن المسلحين أحرقوا سيارتين للشرطة.",
            "أحرقوا",
        ),
        ("وأفاد شهود عيان بأن الطائرات حلقت فوق المدينة. وأضافوا أن الطائرات قصفت مخزنا للذخيرة.", "قصفت"),
    ],
)
def test_a_subjectless_reporting_verb_after_a_source_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an official before: its own word
        ("قال وزير الداخلية إن الشرطة اعتقلت ثلاثة مشتبه بهم. وأضاف أن القوات داهمت منزلا في الحي.", "داهمت"),
        ("وزار الوزير المستشفى، مشيرا إلى أن الشرطة اعتقلت السائق.", "اعتقلت"),
        # no sentence before
        ("وأضاف أن القوات داهمت منزلا في الحي.", "داهمت"),
        # a later official speaker ends the agency's report
        (
            "ذكرت الوكالة أن الجيش قصف القرية، وقال وزير الدفاع إن العملية ناجحة. "
            "وأضاف أن القوات داهمت منزلا في الحي.",
            "داهمت",
        ),
        # a frame, not a source; a source noun in a prepositional phrase; an addressee
        ("وتحدد الغرامات حسب اللائحة. وأضاف: كما تم ضبط عشرة محلات مخالفة في السوق.", "ضبط"),
        (
            "وقال النادي بموقعه على الإنترنت إن اللاعب يريد الرحيل. وأضاف: إن الإدارة رفضت العرض الأخير.",
            "رفضت",
        ),
        ("قال مسؤول لـ«الشرق الأوسط» إن المفاوضات متعثرة. وأضاف أن الوفد انسحب من الجلسة.", "انسحب"),
    ],
)
def test_a_subjectless_reporting_verb_after_no_source_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
