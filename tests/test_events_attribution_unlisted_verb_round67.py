"""Round 67 (attribution): reporting verbs of news Arabic that the reporting-verb lexicon lacks («أبان»، «بيّن»،
«صرّح»، «أفصح»، «تابع»، «زاد») tell a source's report when they open their clause, their subject right after them is
a source (sources, a paper, witnesses, a report) and the report's complement follows
(`_ar_unlisted_verb_source_report`). Counter-cases: an official or a spokesman as the subject (his own word,
asserted), «بين» as a preposition inside a noun phrase, the verb in its other sense with no complement («تابعت
الصحيفة التطورات»), and an outlet told («لـ»).

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأبان المصدر أن القوات دمرت ثلاث آليات للمسلحين قرب الحدود.", "دمرت"),
        ("وأبانت المصادر أن الجيش قصف مواقع المتمردين ليلا.", "قصف"),
        ("وبيّن المصدر أن الشرطة اعتقلت أربعة مطلوبين في الحي.", "اعتقلت"),
        ("وصرح مصدر عسكري بأن المقاومة سيطرت على الميناء.", "سيطرت"),
        ("وأفصحت مصادر محلية أن المسلحين هاجموا نقطة تفتيش.", "هاجموا"),
        ("وتابع المصدر أن الطائرات استهدفت مخزنا للسلاح.", "استهدفت"),
        ("وزادت الصحيفة أن الأمن اعتقل منفذ الهجوم.", "اعتقل"),
        ("وبينت التقارير أن الميليشيا قتلت عشرة مدنيين.", "قتلت"),
    ],
)
def test_an_unlisted_reporting_verb_with_a_source_subject_reports(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an official or a spokesman: his own word
        ("وأبان المتحدث الأمني أن الشرطة اعتقلت أربعة مطلوبين في الحي.", "اعتقلت"),
        ("وصرح وزير الداخلية بأن القوات اعتقلت منفذ الهجوم.", "اعتقلت"),
        # «بين» as a preposition inside a noun phrase
        ("أسفر الخلاف بين الصحف والحكومة عن اعتقال صحفيين.", "اعتقال"),
        # the other sense, no complement
        ("وتابعت الصحيفة التطورات بعد أن اعتقلت الشرطة المتهم.", "اعتقلت"),
    ],
)
def test_an_unlisted_verb_without_a_source_report_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
