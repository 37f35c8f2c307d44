"""Speakers, round 20: «على حد قول X» / «على حد تعبير X» closing a sentence attributes the clause before
it to the named X (an indirect quotation that was missed before). Sentences written for these tests (none
from an eval set); the entities given stand for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import speakers as _speakers
from quotes_helpers import typed_doc as _doc

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    ("text", "ents", "speaker", "content"),
    [
        (
            # a person's name alone after «على حد قول», no comma before it
            "ارتفعت أسعار الشقق في وسط المدينة بنحو الثلث خلال عامين على حد قول ماركوس شتاين.",
            (("PERSON", "ماركوس شتاين"),),
            "ماركوس شتاين",
            "ارتفعت أسعار الشقق",
        ),
        (
            # «على حد تعبير» after a comma, a title before the name
            "لم يعد أمام المزارعين سوى بيع مواشيهم قبل حلول الشتاء، على حد تعبير الوزير سالم الهاشمي.",
            (("PERSON", "سالم الهاشمي"),),
            "سالم الهاشمي",
            "لم يعد أمام المزارعين",
        ),
        (
            # a body as the speaker, the sentence after another one
            "افتتح المعرض أبوابه صباح الخميس. وقد تجاوز عدد الزوار في اليوم الأول عشرين ألفا "
            "على حد قول هيئة المعارض الوطنية.",
            (("ORG", "هيئة المعارض الوطنية"),),
            "هيئة المعارض الوطنية",
            "تجاوز عدد الزوار",
        ),
    ],
    ids=["person", "title-and-name", "body"],
)
def test_as_said_by_named_speaker_closing_the_sentence(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str, content: str
) -> None:
    doc = _doc(text, ents)
    got = [(doc.text[q.start : q.end], sp) for q, sp in zip(doc.quotes, _speakers(doc), strict=True)]
    assert any(content in t and sp == speaker for t, sp in got), got


def test_ala_hadd_sawa_is_no_attribution() -> None:
    # «على حد سواء» (alike) and «على حد علمه» close many sentences: no quotation, no speaker
    text = (
        "يستفيد من البرنامج الطلاب والطالبات في المدارس الحكومية على حد سواء. "
        "ولم يتلق المكتب أي شكوى من أولياء الأمور حتى الآن على حد علم ماركوس شتاين."
    )
    doc = _doc(text, (("PERSON", "ماركوس شتاين"),))
    assert not doc.quotes, [doc.text[q.start : q.end] for q in doc.quotes]


def test_as_said_by_not_closing_the_sentence_is_left_alone() -> None:
    # the attribution is followed by more of the clause: not a postposed attribution
    text = "على حد قول ماركوس شتاين فإن أسعار الشقق ارتفعت بنحو الثلث خلال عامين في وسط المدينة."
    doc = _doc(text, (("PERSON", "ماركوس شتاين"),))
    spans = [doc.text[q.start : q.end] for q in doc.quotes]
    assert not any(s.startswith("على حد قول") or s.endswith("في وسط") for s in spans), spans
