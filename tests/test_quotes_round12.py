"""Speakers, round 12: causes of the speaker errors on test9 (tuning material this round), fixed by
general mechanisms. Sentences written for these tests (none from an eval set); the entities given stand
for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

pytestmark = pytest.mark.usefixtures("quote_names")


# --- a fronted topic phrase (وعن X، أما عن X ف، وعما إذا ...، وحول X) names what is spoken about ----


def test_a_person_in_a_fronted_topic_after_amma_is_not_the_speaker() -> None:
    text = (
        "وأكد المدرب خالد العطوي أن الفريق جاهز للمباراة. "
        "أما عن المهاجم البرازيلي كارلوس فقال: «سيبقى معنا حتى نهاية الموسم»."
    )
    doc = quote_doc(text, persons=("خالد العطوي", "كارلوس"))
    assert speakers(doc) == ["خالد العطوي", "خالد العطوي"]


def test_a_topic_opened_by_wa_amma_idha_continues_the_speaker() -> None:
    text = (
        "وقال رئيس النادي سامي الجابر إن الديون انتهت. وعما إذا كانت الإدارة ستتعاقد مع "
        "المدرب فهد المصيبيح في الموسم المقبل، قال: «لم نحسم الأمر بعد»."
    )
    doc = quote_doc(text, persons=("سامي الجابر", "فهد المصيبيح"))
    assert speakers(doc) == ["سامي الجابر", "سامي الجابر"]


def test_a_topic_after_a_closing_quotation_mark_continues_the_speaker() -> None:
    text = (
        "وقال الرئيس ماجد النفيعي: «الصفقات اكتملت» وعن اللاعب ياسر القحطاني أجاب: "
        "«هو رمز للنادي ولن نفرط فيه»."
    )
    doc = quote_doc(text, persons=("ماجد النفيعي", "ياسر القحطاني"))
    assert speakers(doc) == ["ماجد النفيعي", "ماجد النفيعي"]


def test_a_topic_with_no_speaker_before_gives_the_person_named_before_it() -> None:
    text = (
        "وتحدث الوزير عادل الجبير عن الأزمة. وعن الرئيس السوري بشار الأسد أجاب: «لا مكان له في مستقبل سوريا»."
    )
    doc = quote_doc(text, persons=("عادل الجبير", "بشار الأسد"))
    assert speakers(doc) == ["عادل الجبير"]


def test_a_subject_after_the_verb_of_a_topic_clause_still_speaks() -> None:
    # guard: "وعن X قال Y": Y, named after the verb, is the speaker
    text = "وعن الأزمة مع الرئيس بشار الأسد قال وزير الخارجية عادل الجبير إن الحل سياسي."
    doc = quote_doc(text, persons=("عادل الجبير", "بشار الأسد"))
    assert speakers(doc) == ["عادل الجبير"]
