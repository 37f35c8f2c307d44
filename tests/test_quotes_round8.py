"""Speakers, round 8: the largest causes of wrong speakers over the scored sets test..test4 and dev,
grouped by cause (eval/quotes/README.md, round 8). Sentences written for these tests (none from an
eval set); the entities given stand for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    "text",
    [
        "وكان مدير المشروع سالم الدوسري قد ذكر مرارا وتكرارا أن العمل سينتهي قبل الصيف.",
        "ورأى مدير المشروع سالم الدوسري حسبما نشرت الصحيفة أمس أوضح بجلاء أن العمل سينتهي قبل الصيف.",
    ],
)
def test_an_adverb_after_the_verb_is_no_name(text: str) -> None:
    # "مرارا وتكرارا", "بجلاء": an adverb, not a person speaking
    doc = quote_doc(text, persons=("سالم الدوسري",))
    assert speakers(doc) == ["سالم الدوسري"]


def test_an_adjective_of_the_statement_is_no_name() -> None:
    # "في بيان سابق": the adjective of the statement, not a name after it
    text = "وكانت هيئة النقل العام قد أكدت في بيان سابق أن الخطوط الجديدة ستعمل قريبا."
    doc = quote_doc(text, others=(("هيئة النقل العام", "ORG"),))
    assert speakers(doc) == ["هيئة النقل العام"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت فدريكا موغيريني إن الاتحاد سيقدم مساعدات جديدة.", "فدريكا موغيريني"),
        ("وقالت القاضية باربره جافي إن القضية ستؤجل.", "باربره جافي"),
    ],
)
def test_a_name_in_a_or_with_b_is_still_a_name(text: str, name: str) -> None:
    doc = quote_doc(text)
    assert speakers(doc) == [name]
