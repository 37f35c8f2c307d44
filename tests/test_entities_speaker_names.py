"""Round 12: names in a speaker's setting. An organisation head noun after a speech verb or an
attribution cue takes its whole name; person spans the tagger split are joined, and a title, town or
description the tagger ran into a name's start is left out; and what must not change.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import REC, mentions

from khabar.document import Document
from khabar.entities.crf import Span


def names(text: str, typ: str) -> list[str]:
    return [m for m, t in mentions(text) if t == typ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وقالت وزارة الخارجية الأميركية في بيان إن الوفد سيصل غدا.", "وزارة الخارجية الأميركية"),
        (
            "وبحسب الهيئة العامة للسياحة والتراث الوطني فإن عدد الزوار ارتفع.",
            "الهيئة العامة للسياحة والتراث الوطني",
        ),
        ("وذكر المرصد السوري لحقوق الإنسان أن الاشتباكات تجددت مساء.", "المرصد السوري لحقوق الإنسان"),
        ("وأوضحت نقابة سائقي الحافلات أن الإضراب سيستمر أسبوعا.", "نقابة سائقي الحافلات"),
        ("وأكدت وزارة التجارة والصناعة أن الأسعار مستقرة.", "وزارة التجارة والصناعة"),
        ("وأعلنت اليوم المديرية العامة للجوازات أن النظام الجديد يبدأ الأحد.", "المديرية العامة للجوازات"),
        ("وقالت الحكومة التركية الثلاثاء إنها لن تتراجع عن قرارها.", "الحكومة التركية"),
    ],
)
def test_an_organisation_head_after_a_speech_cue_takes_its_whole_name(text: str, org: str) -> None:
    assert org in names(text, "ORG")


def test_the_name_stops_before_what_follows_the_speaker() -> None:
    # the object of the verb, the addressee, a time word: not part of the body's name
    assert names("وأعلنت وزارة الداخلية القبض على ثلاثة مطلوبين.", "ORG") == ["وزارة الداخلية"]
    assert "وزارة الصحة" in names("وقالت وزارة الصحة للصحفيين إن الحالات تراجعت.", "ORG")
    assert not any("للصحفيين" in o for o in names("وقالت وزارة الصحة للصحفيين إن الحالات تراجعت.", "ORG"))
    assert names("وذكرت الشرطة البريطانية أمس أن المشتبه به فر.", "ORG") == ["الشرطة البريطانية"]
    # للهيئة: the article's alef is not written, so no span can hold the body's name; none is made
    assert not any(
        o.startswith("لهيئة") for o in names("وذكر تقرير للهيئة الوطنية لسلامة النقل أن الطيار نجا.", "ORG")
    )


def test_a_head_noun_outside_a_speaker_setting_stays_a_common_noun() -> None:
    # annotated corpora tag a ministry named in passing as no name; only a speaker needs it whole
    assert "وزارة الصناعة" not in names("وزار الوفد وزارة الصناعة لبحث خطط التصدير.", "ORG")
    assert "الحكومة المصرية" not in names("وتعتزم الحكومة المصرية رفع الدعم تدريجيا.", "ORG")
    # a lone head noun is no name (the quotation stage handles «قالت الوزارة»)
    assert mentions("وقالت الوزارة إن العمل مستمر.") == []


def test_an_outlet_head_before_the_outlet_s_own_name_is_left_to_it() -> None:
    assert "وكالة رويترز" not in names("وقالت وكالة رويترز إن الشحنة وصلت.", "ORG")
    assert "شركة نيسان اليابانية" not in names("أعلنت شركة نيسان اليابانية عن طراز جديد", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المهندس عبداللطيف البنيان إن المشروع اكتمل.", "عبداللطيف البنيان"),
        ("وأشار الكولونيل توكور جوسو إلى أن القوات تقدمت.", "توكور جوسو"),
        ("وأكد أمير منطقة جازان أحمد السهلي أن العمل مستمر.", "أحمد السهلي"),
    ],
)
def test_a_title_or_town_before_a_name_is_left_out_of_it(text: str, name: str) -> None:
    assert name in names(text, "PERSON")


def test_royal_titles_and_given_names_that_are_towns_stay() -> None:
    assert any(
        p.endswith("عبدالله بن مساعد")
        for p in names("وقال الأمير عبدالله بن مساعد إن الدعم مستمر.", "PERSON")
    )
    # سالم and واين are towns too, and given names here
    assert "سالم أحمد" in names("وقال سالم أحمد إن المحصول وفير هذا العام.", "PERSON")
    assert "واين روني" in names("وقال واين روني إن الفريق يستحق الفوز.", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المدرب لويس فان جال إن الفريق جاهز للمباراة.", "لويس فان جال"),
        ("وقال هانز - بيتر بارتلس إن الجيش يحتاج إلى دعم.", "هانز - بيتر بارتلس"),
        ("وأضاف علي محمد أبو تراب أن القافلة وصلت.", "علي محمد أبو تراب"),
    ],
)
def test_a_name_the_tagger_split_is_one_name(text: str, name: str) -> None:
    assert name in names(text, "PERSON")


def test_two_people_side_by_side_stay_two() -> None:
    # the rule alone, on spans as the tagger could give them: a family name or a full name before
    # another person (subject and object of استقبل) is no split name; a comma separates two names
    def joined(text: str, parts: list[str]) -> list[str]:
        doc = Document(id="t", text=text)
        layer = doc.layer
        spans = [Span(text.index(p), text.index(p) + len(p), "PERSON", "crf") for p in parts]
        starts = [t.start for t in layer.tokens]
        sent = [layer.sentence_index(t.start) for t in layer.tokens]
        return [text[s.start : s.end] for s in REC._join_and_trim_persons(spans, layer.tokens, starts, sent)]

    assert joined("واستقبل أوباما نتنياهو في البيت الأبيض.", ["أوباما", "نتنياهو"]) == ["أوباما", "نتنياهو"]
    got = joined("والتقى فلاديمير بوتين سيرغي لافروف أمس.", ["فلاديمير بوتين", "سيرغي لافروف"])
    assert got == ["فلاديمير بوتين", "سيرغي لافروف"]
    assert joined("وقال محمد، علي إن الأمر انتهى.", ["محمد", "علي"]) == ["محمد", "علي"]
    # and a given name the tagger cut from the rest of the name is joined by the same rule
    assert joined("وقال خالد سيف الشمري إن الفريق جاهز.", ["خالد", "سيف الشمري"]) == ["خالد سيف الشمري"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وأصدرت الهيئة الوطنية لمكافحة الفساد تقريرها السنوي أمس.", "الهيئة الوطنية لمكافحة الفساد"),
        ("وجاء في بيان لوزارة الخارجية التركية أن الحوار مستمر.", "وزارة الخارجية التركية"),
        (
            "وأوضح تقرير صادر عن المديرية العامة للدفاع المدني أن الحرائق تراجعت.",
            "المديرية العامة للدفاع المدني",
        ),
        (
            "وكانت هيئة الاتصالات وتقنية المعلومات قد حذرت من الرسائل المزيفة.",
            "هيئة الاتصالات وتقنية المعلومات",
        ),
        ("وقال متحدث باسم الشرطة الفرنسية إن التحقيق مستمر.", "الشرطة الفرنسية"),
    ],
)
def test_a_verb_first_clause_a_statement_or_a_spokesman_frames_the_body(text: str, org: str) -> None:
    assert org in names(text, "ORG")


def test_after_a_complementizer_or_a_preposition_a_body_is_left_as_it_was() -> None:
    # (corpora tag «أن الحكومة اللبنانية» as no name; the quotation stage resolves such subjects)
    assert "الحكومة اللبنانية" not in names("وأوضح المبعوث أن الحكومة اللبنانية ستدرس العرض.", "ORG")
    assert "وزارة الصحة" not in names("وعقد اجتماع في وزارة الصحة لبحث الخطة.", "ORG")
    # a verb that does not open its clause is no speaker setting
    assert "الحكومة اليمنية" not in names("وهذه قرارات اتخذت الحكومة اليمنية بعضها.", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المتحدث ضياء كاظم جبوري، أحد أصحاب المحال، إن الأسعار ارتفعت.", "ضياء كاظم جبوري"),
        ("وأكد الباحث رامي سليم قطيشو أن النتائج أولية.", "رامي سليم قطيشو"),
        ("وقال الرئيس التنفيذي أندرو ويتي الرئيس السابق للشركة إن الأرباح تضاعفت.", "أندرو ويتي"),
    ],
)
def test_a_name_cut_before_its_apposition_takes_its_last_word(text: str, name: str) -> None:
    assert name in names(text, "PERSON")


def test_no_word_is_added_that_cannot_be_a_name() -> None:
    # a pronoun ending, a verb, an adjective after a one-word name, a conjunction: not name words
    assert not any(
        "تبريكاته" in p for p in names("وقدم الأمير فيصل المقيرن تبريكاته، وقال إن الحفل ناجح.", "PERSON")
    )
    text = "وقال الرئيس خاتمي الإصلاحي، إن الحوار ضروري."
    doc = Document(id="t", text=text)
    layer = doc.layer
    a = text.index("خاتمي")
    starts = [t.start for t in layer.tokens]
    sent = [layer.sentence_index(t.start) for t in layer.tokens]
    got = REC._complete_appositions([Span(a, a + len("خاتمي"), "PERSON", "crf")], layer.tokens, starts, sent)
    assert [text[s.start : s.end] for s in got] == ["خاتمي"]  # the apposition rule adds no adjective
    assert not any("واتهمهما" in p for p in names("وانتقد الرئيس جورج بوش واتهمهما، بتهديد الأمن.", "PERSON"))


def test_a_title_word_the_tagger_ran_into_a_name_s_end_is_dropped() -> None:
    # the rule alone: a three-word span ending on a title word loses it; a name after بن keeps its end
    def completed(text: str, part: str) -> list[str]:
        doc = Document(id="t", text=text)
        layer = doc.layer
        a = text.index(part)
        starts = [t.start for t in layer.tokens]
        sent = [layer.sentence_index(t.start) for t in layer.tokens]
        out = REC._complete_appositions([Span(a, a + len(part), "PERSON", "crf")], layer.tokens, starts, sent)
        return [text[s.start : s.end] for s in out]

    assert completed("وصرح سعيد بن طالب المستشار للصحفيين بأن الوضع هادئ.", "سعيد بن طالب المستشار") == [
        "سعيد بن طالب"
    ]
    assert completed("وقال عبدالله بن مساعد في مؤتمر صحفي إن الدعم مستمر.", "عبدالله بن مساعد") == [
        "عبدالله بن مساعد"
    ]
    assert completed("ودعا الشيخ عبدالعزيز آل الشيخ إلى الوحدة.", "عبدالعزيز آل الشيخ") == [
        "عبدالعزيز آل الشيخ"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رجا العتيبي مدير فرع الجمعية إن العمل مستمر.", "رجا العتيبي"),
        ("قال الخبير الاقتصادي فضل البوعينين: «نحن في حاجة إلى إصلاح».", "فضل البوعينين"),
        ("وأوضح مدير الفرع برجس العيباني أن المشروع اكتمل.", "برجس العيباني"),
        ("وقالت نادية السقاف رئيسة لجنة الإعلام إن الوضع صعب.", "نادية السقاف"),
    ],
)
def test_two_unknown_name_words_in_a_speaker_s_slot_are_a_person(text: str, name: str) -> None:
    assert name in names(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "وقال بيان الوزارة إن العمل مستمر.",
        "وقال مصدر أمني إن الهجوم فشل.",
        "وأضاف المدرب يستعين اللاعبون بالخبرة، وهذا طبيعي.",
        "وقال المحلل سيعلن الاتحاد قراره في الأسبوع المقبل.",
    ],
)
def test_a_speaker_s_slot_does_not_make_common_words_a_name(text: str) -> None:
    assert names(text, "PERSON") == []
