"""Speakers, round 9: zero subjects and descriptions of a person named before (Arabic), and English
attribution of real news ("X told The Hill", "analysts say", "according to the Pentagon", "she said
in an email"). Sentences written for these tests (none from an eval set); the entities given stand
for what the entity layer found."""

from __future__ import annotations

import re

import pytest
from quotes_helpers import quote_doc, speakers

from khabar.document import Document, Entity, Mention
from khabar.quotes.extract import extract_quotes

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


def _en(text: str, names: dict[str, str] | None = None) -> Document:
    """An English document with the given entities (name -> type, every occurrence a mention)."""
    ents = []
    for n, (name, etype) in enumerate((names or {}).items(), 1):
        ms = [Mention(start=m.start(), end=m.end(), text=name) for m in re.finditer(re.escape(name), text)]
        ents.append(Entity(id=f"e{n}", type=etype, name=name, mentions=ms))  # type: ignore[arg-type]
    doc = Document(id="t", text=text, language="en", entities=ents)
    doc.quotes = extract_quotes(doc)
    Document.model_validate(doc.to_dict())
    return doc


def _who(doc: Document) -> list[tuple[str | None, str | None]]:
    return [
        (
            (e.name if (e := doc.entity(q.speaker)) else None),
            (s.name if (s := doc.entity(q.source)) else None),
        )
        for q in doc.quotes
    ]


def test_english_told_the_outlet_is_the_source_not_the_speaker() -> None:
    # "told The Hill": a capitalized "The" + name is a publication (the entity layer took it for a
    # person); the one telling it speaks
    text = '"We are not going to back down," Senator John Smith told The Hill on Tuesday.'
    doc = _en(text, {"John Smith": "PERSON", "The Hill": "PERSON"})
    assert _who(doc) == [("John Smith", "The Hill")]
    doc = _en("Senator Jane Doe told The Hill that the bill would pass next week.", {"Jane Doe": "PERSON"})
    assert _who(doc) == [("Jane Doe", "The Hill")]


def test_english_told_a_person_is_no_source() -> None:
    # guard: "told John Adams" names an audience, not an outlet
    doc = _en(
        "Maria Lopez told John Adams that the deal was dead.",
        {"Maria Lopez": "PERSON", "John Adams": "PERSON"},
    )
    assert _who(doc) == [("Maria Lopez", None)]


def test_english_a_web_outlet_is_one_word_and_the_source() -> None:
    # "told Polygraph.info that": the address is no full stop, the outlet the source, the unnamed
    # sources in the camp the (anonymous) speakers
    text = "Sources in the camp told Polygraph.info that the prisoners were beaten by the guards."
    doc = _en(text)
    assert [q.text for q in doc.quotes] == ["the prisoners were beaten by the guards"]
    assert _who(doc) == [(None, "Polygraph.info")]


@pytest.mark.parametrize(
    "text",
    [
        "Middle East observers say the move will weaken the regime in Damascus.",
        "Western diplomats say the talks have stalled over sanctions relief.",
        "U.S. officials said the strike targeted a weapons depot near the border.",
    ],
)
def test_english_a_described_group_is_anonymous_whatever_place_describes_it(text: str) -> None:
    doc = _en(text, {"Middle East": "LOC", "U.S.": "GPE"})
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker is None


def test_english_according_to_after_the_content() -> None:
    # "CONTENT, according to the Pentagon": the body says it; an outlet there is the source
    doc = _en(
        "The strike killed 12 militants near the border, according to the Pentagon.", {"Pentagon": "ORG"}
    )
    assert [q.text for q in doc.quotes] == ["The strike killed 12 militants near the border"]
    assert _who(doc) == [("Pentagon", None)]
    doc = _en("The company lost $3 million last year, according to Reuters.", {"Reuters": "ORG"})
    assert _who(doc) == [(None, "Reuters")]


def test_english_a_pronoun_after_a_silent_sentence_is_the_person_it_names() -> None:
    # "Tom Baker ... declined to comment. '...,' he said in an email": the person the sentence before
    # names, not the one who spoke before him
    text = (
        '"We will win this race," Governor Ann Lee said on Monday. Tom Baker, a spokesman for the rival '
        'campaign, declined to comment on the poll. "This poll is complete nonsense," he said in an email.'
    )
    doc = _en(text, {"Ann Lee": "PERSON", "Tom Baker": "PERSON"})
    assert [w for w, _ in _who(doc)] == ["Ann Lee", "Tom Baker"]
    # guard: a pronoun right after the quotation of the one who spoke goes on with her
    text = '"We will win this race," Governor Ann Lee said on Monday. "The voters know what we stand for," she said.'
    doc = _en(text, {"Ann Lee": "PERSON"})
    assert [w for w, _ in _who(doc)] == ["Ann Lee", "Ann Lee"]


def test_english_a_name_before_its_apposition_tells_the_outlet() -> None:
    # "Omar Haddad, a senior analyst at X, the ... organization, told Business Insider that": the name
    # opening the sentence speaks; the outlet told is the source, never the speaker
    text = (
        "Omar Haddad, a senior military analyst at Stratfor, the Texas-based intelligence firm, told "
        'Business Insider in October that the group was "fairly secular by regional standards and has '
        'been at the front of the fight."'
    )
    doc = _en(text, {"Omar Haddad": "PERSON", "Stratfor": "ORG", "Business Insider": "ORG"})
    assert _who(doc) == [("Omar Haddad", "Business Insider")]


def test_english_the_apposition_is_no_content_and_the_content_follows_the_outlet() -> None:
    # "X, program administrator for Y, told Polygraph.info the Russian allegations are false": the
    # subject and its apposition are not what was said; "the Russian ..." after the outlet is
    text = (
        "Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University, "
        "told Polygraph.info the Russian allegations are false."
    )
    doc = _en(text, {"Charles Simpson": "PERSON"})
    assert [q.text for q in doc.quotes] == ["the Russian allegations are false"]
    assert _who(doc) == [("Charles Simpson", "Polygraph.info")]


@pytest.mark.parametrize(
    "text",
    [
        "Two people briefed on the talks said the president has decided to roll back the tariffs.",
        "White House advisers say the president is the final decision-maker on the deal.",
    ],
)
def test_english_people_described_by_a_participle_or_a_body_are_anonymous(text: str) -> None:
    doc = _en(text, {"White House": "ORG"})
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker is None


def test_english_a_cue_reporting_nothing_keeps_the_one_speaking() -> None:
    # "The late neurologist wrote about similar symptoms": no content, so "she said" after it goes
    # on with the woman quoted before
    text = (
        '"I felt strange as soon as the anesthesia started to wear off," Steenburgen said. The late '
        "neurologist wrote about similar symptoms in his book. \"I couldn't focus, I couldn't have acted,\" "
        "she said."
    )
    doc = _en(text, {"Steenburgen": "PERSON"})
    assert [w for w, _ in _who(doc)] == ["Steenburgen", "Steenburgen"]


def test_the_outlet_that_obtained_the_statement_is_not_its_speaker() -> None:
    # "وأكدت في بيان حصلت «الوطن» على نسخة منه أنها": a zero subject continuing the ministry; the
    # outlet that got the statement is no subject of "وأكدت"
    text = (
        "وقد أعلنت وزارة الخارجية اليوم أنها تبذل جهودا مكثفة للإفراج عن الرهينة، وأكدت في بيان حصلت "
        "الوطن على نسخة منه أنها لن تألو جهدا من أجل حماية الرهينة."
    )
    doc = quote_doc(text, others=(("وزارة الخارجية", "ORG"), ("الوطن", "ORG")))
    assert speakers(doc) == ["وزارة الخارجية", "وزارة الخارجية"]


def test_a_new_subject_in_the_sentence_interrupts_the_chain_of_speakers() -> None:
    # "وقد رحبت هيئة الأرصاد ...، وأكدت أن": a body named as the subject of a verb after قد since the
    # last speaker spoke is the one the zero subject continues, not the analyst quoted before
    text = (
        "وقال المحلل خالد العمري إن الأسعار سترتفع قريبا.\n\nوكانت الأمطار قد هطلت بغزارة على المنطقة طوال "
        "الأسبوع، وقد رحبت هيئة الأرصاد بتراجع الحرارة، وأكدت أن الأجواء ستبقى معتدلة حتى نهاية الشهر."
    )
    doc = quote_doc(text, persons=("خالد العمري",), others=(("هيئة الأرصاد", "ORG"),))
    assert speakers(doc) == ["خالد العمري", "هيئة الأرصاد"]


def test_a_new_subject_of_the_other_gender_does_not_interrupt_the_chain() -> None:
    # guard: "وقد رحب مدير ... سامي الحربي ...، وأكدت": the masculine verb's subject is not who
    # "وأكدت" continues
    text = (
        "وقالت الباحثة هدى الزهراني إن الأسعار سترتفع قريبا.\n\nوكانت الأمطار قد هطلت بغزارة طوال الأسبوع، "
        "وقد رحب مدير الأرصاد سامي الحربي بتراجع الحرارة، وأكدت أن الأجواء ستبقى معتدلة."
    )
    doc = quote_doc(text, persons=("هدى الزهراني", "سامي الحربي"))
    assert speakers(doc) == ["هدى الزهراني", "هدى الزهراني"]


def test_a_zero_subject_after_a_paragraph_break_is_the_family_name_the_sentences_are_about() -> None:
    # "وأدان الحمداني ... .\n\nوقال:": no one spoke before and the entity layer missed the family name
    # written twice as the subject of the sentences before; "وأشار" goes on with him
    text = (
        "وكان الحمداني نعى مساء أمس مقتل عشرات الأشخاص من أبناء المدينة. وأدان الحمداني في كلمة متلفزة "
        "صمت الحكومة عن الجريمة.\n\nوقال: لم نسمع سوى وعود عن تشكيل قوة خاصة لتحرير المدينة.\n\n"
        "وأشار إلى أن الوقت قد حان لتدويل القضية."
    )
    assert speakers(quote_doc(text)) == ["الحمداني", "الحمداني"]


def test_a_zero_subject_takes_no_common_definite_word_for_a_family_name() -> None:
    # guard: "وأدان الجيش الوطني": a body head, not a family name; the zero subject stays unresolved
    text = (
        "وكان الوزير نعى مساء أمس مقتل عشرات الأشخاص. وأدان الجيش الوطني في بيان صمت الحكومة عن الجريمة."
        "\n\nوقال: لم نسمع سوى وعود عن تشكيل قوة خاصة لتحرير المدينة."
    )
    assert speakers(quote_doc(text)) == [None]


def test_a_zero_subject_continues_the_agent_named_after_an_honorific_since_the_last_speaker() -> None:
    # "ورشة عمل قدمها الدكتور أسامة ... وقال يجب": the lecturer introduced in this sentence, not the
    # one quoted in the paragraph before
    text = (
        "وقال الدكتور سعد الصالح إن البحث العلمي أساس التقدم.\n\nكما أقيمت ورشة عمل علمية أخرى قدمها "
        "الدكتور أسامة عبدالسلام حيث ناقش في محاضرته مناهج البحث كما استعرض صفات الباحث الناجح وقال يجب "
        "أن تتوفر الرغبة الشخصية في موضوع البحث."
    )
    doc = quote_doc(text, persons=("سعد الصالح", "أسامة عبدالسلام"))
    assert speakers(doc) == ["سعد الصالح", "أسامة عبدالسلام"]


def test_an_office_of_a_state_named_with_its_head_is_the_office_holder() -> None:
    # "أثنى سفير سلطنة عمان لدى المملكة ...، وقال:": "سلطنة عمان" is a state, never a person the entity
    # layer missed; the ambassador (named by his office) speaks, not the country
    text = (
        "من جهته أثنى سفير سلطنة عمان لدى المملكة على جهود الجمعية، وقال: الجمعية بذلت جهودا كبيرة في "
        "احتواء المصابين.\n\nوأضاف: «أغتنم الفرصة لشكر جميع المؤسسات الحكومية»."
    )
    doc = quote_doc(text, others=(("عمان", "GPE"),))
    assert speakers(doc) == ["سفير سلطنة عمان", "سفير سلطنة عمان"]


def test_the_body_described_after_wasf_is_the_object_not_the_speaker() -> None:
    # "وذهب العلي إلى حد وصف الاتحاد الأوروبي بأنه «...»": the union is described, the one the
    # sentence is about describes it
    text = (
        "وقال الرئيس سامي العلي إن الاتفاق جيد. وذهب العلي إلى حد وصف الاتحاد الأوروبي بأنه «حجر الزاوية "
        "للمؤسسات الدولية الحديثة»."
    )
    doc = quote_doc(text, persons=("سامي العلي",), others=(("الاتحاد الأوروبي", "ORG"),))
    assert speakers(doc) == ["سامي العلي", "سامي العلي"]


def test_a_titled_subject_after_wasf_still_speaks() -> None:
    # guard: "ووصف الوزير سامي العلي الاتفاق بأنه": the minister after the verb is its subject
    doc = quote_doc(
        "ووصف الوزير سامي العلي الاتفاق بأنه «خطوة كبيرة إلى الأمام في العلاقات».", persons=("سامي العلي",)
    )
    assert speakers(doc) == ["سامي العلي"]


def test_his_excellency_is_not_the_crown_prince_behind_a_conjunction() -> None:
    # "وسمو ولي العهد": a royal style behind و; "وأكد معاليه" is the official named before
    text = (
        "من جانبه عبر نائب الرئيس العام الشيخ الدكتور فهد بن ناصر العمري عن استنكاره للحادث.\n\n"
        "ورفع معاليه تعازيه إلى أسر الشهداء والمصابين في المنطقة الجنوبية كلها، وسمو ولي العهد.\n\n"
        "وأكد معاليه أن هذه الأحداث ستزيد من تكاتف الشعب."
    )
    doc = quote_doc(text, persons=("فهد بن ناصر العمري", "ولي العهد"))
    assert speakers(doc) == ["فهد بن ناصر العمري"]


def test_his_excellency_is_the_family_name_the_paragraphs_are_about() -> None:
    # "وشدد الحقيل ... . ودعا معاليه ...، معتبرا أن ... وقال معاليه": the minister named by his family
    # name only (the entity layer missed it)
    text = (
        "وشدد الحقيل خلال الاجتماع على ضرورة تفعيل التعاون مع الهيئة.\n\nودعا معاليه العاملين في الهيئة إلى "
        "تقديم المقترحات، معتبرا أن التعاون المشترك يثمر عن نتائج إيجابية.\n\nوقال معاليه في تصريح صحافي: "
        "«تعد الهيئة إحدى الجهات الوطنية التي نعتز بها»."
    )
    assert speakers(quote_doc(text)) == ["الحقيل", "الحقيل"]


def test_english_a_person_inside_a_silent_sentence_does_not_take_the_pronoun() -> None:
    # guard: "The company was founded by Jones": Jones is no subject; "he said" goes on with Smith
    text = (
        '"The merger will create jobs across the region," Smith said. The company was founded by Paul Jones '
        'in 1990. "We expect the deal to close next year," he said.'
    )
    doc = _en(text, {"Smith": "PERSON", "Paul Jones": "PERSON"})
    assert [w for w, _ in _who(doc)] == ["Smith", "Smith"]
