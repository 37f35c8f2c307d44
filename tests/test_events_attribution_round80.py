"""Round 80 (attribution): a speaker named after the statement, in a comparative clause that ends the sentence.

`attribution._ar_trailing_source`: «...، على ما أفاد محاميهم.»، «...، على حد قول رئيس اللجنة.» ("as X said", "in
X's words": «حسبما / بحسب قول» in other words) attribute the statement before them, whoever the speaker is; «... كما
ذكرت وكالة الأنباء الرسمية.» does so with no comma before «كما» when its subject is a source. The speaker placed as
an entity is the event's source. Not «على حد قوله» (no speaker named: the wording), «هجوما على ما قالوا إنه» (a
preposition and a complement), «كما أعلنت وزارة الدفاع.» (an official, no source noun: the speaker's class
decides, as for «، كما أفادت الشرطة»), «على ما يبدو».

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import labels_with_source as _labels


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        ("اعتقلت الشرطة ثلاثة ناشطين في وسط المدينة مساء الأحد، على ما أفاد محاميهم.", "اعتقلت", "positive"),
        (
            "قتل خمسة مدنيين في قصف على السوق، على ما أعلن متحدث باسم الشرطة، وكانت حصيلة سابقة أقل.",
            "قصف",
            "positive",
        ),
        ("لم تفرج السلطات عن المعتقلين حتى الآن، على حد قول رئيس لجنة الأهالي.", "تفرج", "negative"),
        ("أصيب ثلاثة جنود في انفجار عبوة ناسفة قرب الحدود، على حد تعبير قائد الفصيل.", "انفجار", "positive"),
        (
            "واعتقلت الشرطة عشرات المتظاهرين في وسط العاصمة كما ذكرت وكالة الأنباء الرسمية.",
            "اعتقلت",
            "positive",
        ),
    ],
)
def test_a_speaker_named_after_the_statement_reports_it(text: str, trigger: str, label: str) -> None:
    labels = _labels(text, trigger)
    assert labels, "no event"
    assert all((p, m) == (label, "reported") for p, m, _ in labels), labels


def test_the_named_speaker_is_the_source() -> None:
    text = "اعتقلت الشرطة ثلاثة ناشطين في وسط المدينة، على ما أفاد خالد العمري."
    labels = _labels(text, "اعتقلت", [("خالد العمري", "PERSON")])
    assert labels == [("positive", "reported", "e1")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no speaker named: «على حد قوله» marks the wording
        ("وقعت الحكومة الاتفاق مع النقابات أمس، في خطوة تاريخية على حد قوله.", "وقعت"),
        # «على» is the attack's preposition and «إنه» a complement of its own
        ("وشن المسلحون هجوما على ما قالوا إنه موقع للجيش قرب الحدود.", "هجوما"),
        # «كما» with no comma and an official, no source noun, as its subject
        ("وقصفت الطائرات مواقع المسلحين شمال المدينة كما أعلنت وزارة الدفاع.", "قصفت"),
        # «على ما يبدو» is no speaker
        ("واعتقلت الشرطة المشتبه به بعد الهجوم، على ما يبدو.", "اعتقلت"),
    ],
)
def test_no_named_speaker_after_the_statement_stays_asserted(text: str, trigger: str) -> None:
    labels = _labels(text, trigger)
    assert labels, "no event"
    assert all((p, m) == ("positive", "asserted") for p, m, _ in labels), labels
