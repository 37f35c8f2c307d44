"""Rules of round 65 (factuality, branch fact65): the act a decision, an approval or a directive names is still
to come (`modality_ar._ar_decision_content`): the genitive of a decision noun («قرار سحب القوات»), على + the act
after an approval noun («الموافقة على إرسال قوات»), and the ل-purpose of a directive noun across a ruler's name
and a prayer incise («توجيهات ... - أيده الله - لتقديم المساعدات»).

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire (a decision in force, an act the decree performs by itself, an approved agreement, a prayer incise
with no directive before it, a decision not taken).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the genitive of a decision noun, also a verbal noun the tagger reads as a past verb («وقف»)
        ("وقال رئيس الحكومة إنه اتخذ قرار سحب القوات من المنطقة الحدودية.", "سحب"),
        ("وأعلن قائد الجيش قراره وقف العمليات العسكرية في الشمال.", "وقف"),
        # على + the act after an approval noun
        ("وتضمنت قرارات المجلس الموافقة على إرسال قوات إلى المنطقة الجنوبية.", "إرسال"),
        # the ل-purpose of a directive across the ruler's name and a prayer incise
        (
            "وصدرت توجيهات خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز - أيده الله - لتقديم المساعدات "
            "للنازحين في المخيمات.",
            "المساعدات",
        ),
    ],
)
def test_act_named_by_a_decision_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a decision in force: its act is given
        ("وبموجب قرار وقف إطلاق النار توقفت المعارك في الجنوب.", "وقف إطلاق النار"),
        # an act the decree performs by itself
        ("وأصدر الحاكم العسكري قرار حظر التجول في المدينة.", "حظر"),
        # a prayer incise with no directive before it: the arrival's purpose is no directive's content
        ("ووصل الأمير محمد بن سلمان - حفظه الله - لتقديم المساعدات للنازحين.", "المساعدات"),
        # (lead) a directive the sentence says is being carried out («إنفاذاً لتوجيهات»): the convention's "unless
        # the sentence says it was carried out"; the aid is delivered, asserted
        (
            "وتنفيذاً لتوجيهات ولي العهد الأمير نايف بن عبدالعزيز - حفظه الله - لتقديم المساعدات للمتضررين من "
            "السيول، أقلعت أمس ثلاث طائرات شحن من قاعدة الرياض الجوية.",
            "المساعدات",
        ),
        # a resignation approved was tendered: given
        (
            "ووافقت اللجنة في اجتماعها أمس على جدول الأعمال، كما تمت الموافقة على استقالة مدير الإدارة.",
            "استقالة",
        ),
        # an agreement approved is a given text, not an act to come
        ("وناقش المجلس الموافقة على الاتفاقية الأمنية مع الجانب العراقي.", "الاتفاقية"),
    ],
)
def test_decision_counter_cases_keep_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_decision_not_taken_is_not_planned() -> None:
    # «لم يتخذ قرار»: the negation of the clause wins; the rule leaves it
    assert _fact("ولم يتخذ الرئيس قرار سحب القوات حتى الآن.", "سحب")[1] != "planned"
