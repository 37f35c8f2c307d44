"""Speakers, round 9: zero subjects and descriptions of a person named before (Arabic), and English
attribution of real news ("X told The Hill", "analysts say", "according to the Pentagon", "she said
in an email"). Sentences written for these tests (none from an eval set); the entities given stand
for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

pytestmark = pytest.mark.usefixtures("quote_names")


def test_a_role_noun_with_a_relative_clause_is_the_person_of_the_sentence() -> None:
    # "وقال المدافع الذي اعتزل ...": no name after the role noun; the verb of the relative clause is
    # no name either; the person the sentence is about speaks, and "وأضاف" goes on with him
    text = (
        "ويعتقد سامي الجابر أن فريقه السابق يحتاج إلى لاعبين جدد وقال المهاجم الذي اعتزل قبل عامين "
        "«لا أظن أن الإدارة تعرف ما تحتاجه».\n\nوأضاف: «الحل في شراء مدافعين اثنين على الأقل»."
    )
    doc = quote_doc(text, persons=("سامي الجابر",))
    assert speakers(doc) == ["سامي الجابر", "سامي الجابر"]


def test_a_role_noun_with_a_relative_clause_and_no_person_stays_unnamed() -> None:
    # no one named before: the role noun resolves to no one, never to the relative clause's verb
    text = "وقال اللاعب الذي انتقل إلى النادي هذا الصيف إن الفريق قادر على المنافسة."
    doc = quote_doc(text)
    assert speakers(doc) == [None]


def test_a_woman_named_after_a_feminine_role_noun_keeps_speaking() -> None:
    # "نفت الممثلة سلوى الخطيب ... وأضافت": a feminine role noun makes her a woman (her first name does
    # not end in ة), so "وأضافت" does not jump to another woman named in between
    text = (
        "نفت الممثلة سلوى الخطيب ما تردد عن تقديمها سيرة الفنانة الراحلة فاطمة رشدي، مشيرة إلى أن "
        "أعمال السيرة فشلت. وأضافت أن المسلسل السابق لم يكن يعبر عن حياتها."
    )
    doc = quote_doc(text, persons=("سلوى الخطيب", "فاطمة رشدي"))
    assert speakers(doc) == ["سلوى الخطيب", "سلوى الخطيب"]


def test_an_office_goes_to_the_holder_described_by_it_word_for_word() -> None:
    # "وقال معالي وزير الخارجية": the minister named right after "وزير الخارجية", not the foreign
    # minister of another country named later ("وزير الخارجية الإيطالي X"); "معاليه" goes on
    text = (
        "أجرى معالي وزير الخارجية الأستاذ فهد العتيبي مباحثات أمس مع وزير الخارجية الإيطالي ماركو "
        "روسي في روما. وقال معالي وزير الخارجية في تصريح للصحفيين إن المباحثات كانت مثمرة. "
        "وأفاد معاليه بأنه جرى بحث القضية الفلسطينية."
    )
    doc = quote_doc(text, persons=("فهد العتيبي", "ماركو روسي"))
    assert speakers(doc) == ["فهد العتيبي", "فهد العتيبي"]


def test_the_office_with_another_nisba_goes_to_its_own_holder() -> None:
    # guard: "وزير الخارجية الإيطالي" is still the Italian minister
    text = (
        "أجرى وزير الخارجية فهد العتيبي مباحثات أمس مع وزير الخارجية الإيطالي ماركو روسي في روما. "
        "وقال وزير الخارجية الإيطالي إن المباحثات كانت مثمرة."
    )
    doc = quote_doc(text, persons=("فهد العتيبي", "ماركو روسي"))
    assert speakers(doc) == ["ماركو روسي"]


def test_a_verb_after_when_continues_the_person_the_sentence_is_about() -> None:
    # "... حيال الأزمة في ليبيا عندما قال:": the clause after "عندما" has a zero subject, never the
    # place ending the clause before it
    text = (
        "حاول خالد المنصوري أن يخفف التوتر، فلم يتردد في الحديث عن تغيير في المواقف حيال ليبيا "
        "عندما قال: «نرى تغييرا في مواقف الدول»."
    )
    doc = quote_doc(text, persons=("خالد المنصوري",), others=(("ليبيا", "GPE"),))
    assert speakers(doc) == ["خالد المنصوري"]


def test_a_verb_after_when_with_its_own_subject_keeps_it() -> None:
    # guard: "عندما قال سامي العلي إن": the subject after the verb speaks
    text = "حاول خالد المنصوري أن يخفف التوتر حيال ليبيا عندما قال سامي العلي إن المواقف لم تتغير."
    doc = quote_doc(text, persons=("خالد المنصوري", "سامي العلي"), others=(("ليبيا", "GPE"),))
    assert speakers(doc) == ["سامي العلي"]


def test_a_body_with_a_place_in_its_name_is_the_subject_of_a_verb_without_content() -> None:
    # "أوضحت المديرية العامة ... بمنطقة تبوك ملابسات ... . وقالت": the directorate, not the place
    # named inside its name, is the subject the feminine zero subject continues
    text = (
        "أوضحت المديرية العامة للشؤون الصحية بمنطقة تبوك ملابسات وفاة طفل في المستشفى. وقالت في "
        "بيان أصدرته اليوم إن الطفل توفي بسبب مضاعفات المرض."
    )
    doc = quote_doc(text, others=(("تبوك", "GPE"),))
    assert speakers(doc) == ["المديرية العامة للشؤون الصحية بمنطقة تبوك"]
