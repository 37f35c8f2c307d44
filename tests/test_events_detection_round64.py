"""Arabic event detection, round 64 (``khabar.events.senses_security._quoted_scripture_spans``, read by round 51's
``_ar_prayer``): the words of a verse or a hadith quoted after a holy speaker («بقول الله تعالى: (...)»، «قال صلى
الله عليه وسلم: «...»»، «أن رسول الله، يقول: "..."»), of a verse in ﴿ ﴾, and the grading «متفق عليه» after a
hadith's closing mark are no event; the news event of the sentence stays, so does one told after the verse closes,
and a speaker's own words after «بإذن الله تعالى».

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import trigger_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a verse after «بقول الله تعالى:» and a bracket
        (
            "وأدان الخطيب الهجوم على المسجد، مستشهدا بقول الله تعالى: (ومن يقتل مؤمنا متعمدا فجزاؤه جهنم).",
            "يقتل",
            "أدان",
        ),
        # a hadith after the Prophet's blessing and a colon
        (
            "واعتقلت الشرطة المشتبه به، وذكّر الإمام بقول النبي صلى الله عليه وسلم: «من قتل معاهدا لم يرح رائحة الجنة».",
            "قتل",
            "واعتقلت",
        ),
        # a verse in ﴿ ﴾ with no saying word
        (
            "وهاجم المسلحون القرية فجرا، وتلا الإمام في خطبته ﴿إنما جزاء الذين يحاربون الله ورسوله أن يقتلوا أو يصلبوا﴾ ثم دعا للضحايا.",
            "يقتلوا",
            "وهاجم",
        ),
        # the blessing between dashes, the quotation after it
        (
            "وقصفت الطائرات مواقع الحوثيين، واستشهد المتحدث بقول رسوله -صلى الله عليه وسلم- (لزوال الدنيا أهون عند الله من قتل رجل مسلم).",
            "قتل",
            "وقصفت",
        ),
        # the grading after the hadith's closing bracket
        (
            "وحذر المفتي من الشائعات، وقال صلى الله عليه وسلم (كفى بالمرء كذبا أن يحدث بكل ما سمع) متفق عليه.",
            "متفق",
            "وحذر",
        ),
        # the saying word after the speaker, a comma between
        (
            'واستنكر الوزير التفجير، وذكّر بأن رسول الله، يقول: "من أمّن رجلا على دمه فقتله فأنا بريء من القاتل".',
            "فقتله",
            "واستنكر",
        ),
    ],
)
def test_quoted_scripture_no_event(text: str, gone: str, kept: str) -> None:
    trigs = trigger_texts(text)
    assert not any(gone == t for t in trigs), trigs
    assert any(kept in t for t in trigs), trigs


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the news event told after the verse closes
        ("وقال الله تعالى (ولا تعتدوا)، وقد قتل المهاجمون ثلاثة من المصلين أمس.", "قتل"),
        # «وسلم» a verb (handed over), not the blessing
        ('وسلم الوزير الجوائز للفائزين وقال: "سنهاجم الفساد بلا هوادة".', "سنهاجم"),
        # the speaker's own words after «بإذن الله تعالى»
        ('وقال المتحدث بإذن الله تعالى: "ستهاجم قواتنا مواقع المتمردين قريبا".', "ستهاجم"),
        # a hadith told without quotation, then the speaker's own quotation
        ('وقال الشيخ إن النبي صلى الله عليه وسلم نهى عن الغلو، وأضاف: "اعتقلت الشرطة الخلية أمس".', "اعتقلت"),
        # God's epithet with no saying word and no bracket after it
        ("وانتقل إلى رحمة الله تعالى أمس، وقد هاجم المسلحون منزله قبل أسبوع.", "هاجم"),
    ],
)
def test_news_event_kept(text: str, kept: str) -> None:
    assert any(kept in t for t in trigger_texts(text)), trigger_texts(text)
