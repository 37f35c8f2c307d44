"""Arabic speakers, round 4: general mechanisms for the systematic error classes of the unseen dev
batches n..s (the author of a document, names the NER cut at a proclitic letter, a title followed by
a name no list knows, zero subjects). Sentences written for these tests (none from an eval set); the
stage runs without NER entities unless entities are given."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

from khabar.document import Document

pytestmark = pytest.mark.usefixtures("quote_names")

_speakers = speakers


def _doc(text: str, ents: tuple[tuple[str, str], ...] = ()) -> Document:
    return quote_doc(text, others=ents)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وفقا لتقرير شركة YouGov، فإن غالبية الناس تأثرت بثقافة المشاهير.", "شركة YouGov"),
        ("وبحسب تقرير أصدرته منظمة العفو الدولية، فإن السجناء تعرضوا للتعذيب.", "منظمة العفو الدولية"),
        ("وبحسب إحصائية للهيئة العامة للإحصاء، فإن عدد السكان بلغ 31 مليونا.", "هيئة العامة للإحصاء"),
        ("وقال تقرير صادر عن البنك الدولي إن الفقر تراجع في المنطقة.", "البنك الدولي"),
        ("وأشارت دراسة نشرتها مجلة نيتشر إلى أن الاحترار يتسارع.", "مجلة نيتشر"),
        ("وذكر تقرير حديث لمنظمة الصحة العالمية أن معدلات السمنة ارتفعت.", "منظمة الصحة العالمية"),
    ],
)
def test_document_author_is_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(_doc(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب تقرير نشر أمس، فإن الأسعار ارتفعت بنسبة كبيرة.",
        "وقالت دراسة حديثة إن النوم المبكر يحسن الذاكرة.",
        "وأشار التقرير إلى أن الأسعار ارتفعت بنسبة كبيرة.",
    ],
)
def test_document_without_author_stays_anonymous(text: str) -> None:
    doc = _doc(text)
    assert len(doc.quotes) == 1
    assert _speakers(doc) == [None]


def test_author_mention_with_the_preposition_is_trimmed() -> None:
    # the NER took the preposition into the name: the speaker is the fund, not "لصندوق ..."
    doc = _doc(
        "وذكر تقرير لصندوق النقد الدولي أن النمو سيتباطأ هذا العام.",
        (("لصندوق النقد الدولي", "ORG"),),
    )
    assert _speakers(doc) == ["صندوق النقد الدولي"]
    e = doc.entity(doc.quotes[0].speaker)
    assert e is not None and all(doc.text[m.start : m.end] == m.text for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقال اللاعب البرازيلي نيمار في تصريحات صحفية: "أنا سعيد في باريس".', "نيمار"),
        ("وأضاف المهاجم نيمار إن الفريق قادر على الفوز في المباراة المقبلة.", "نيمار"),
        ("وأكد الناقد السينمائي فيلوني أن الفيلم يستحق الجائزة.", "فيلوني"),
    ],
)
def test_title_then_unknown_name(text: str, speaker: str) -> None:
    assert _speakers(_doc(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات فشلت.",
        "وقال مسؤول عسكري أمريكي إن المحادثات فشلت تماما.",
    ],
)
def test_description_without_a_name_stays_anonymous(text: str) -> None:
    doc = _doc(text)
    assert len(doc.quotes) == 1
    assert _speakers(doc) == [None]


@pytest.mark.parametrize(
    ("text", "cut", "etype", "speaker"),
    [
        ("وقال فالكاو إن الفريق بحاجة إلى الفوز في المباراة.", "الكاو", "GPE", "فالكاو"),
        ("وأضاف الحارس كاسياس أن الدفاع لعب بشكل جيد.", "اسياس", "PERSON", "كاسياس"),
    ],
)
def test_name_cut_at_a_proclitic_letter(text: str, cut: str, etype: str, speaker: str) -> None:
    # the NER read ف / ك as a proclitic and kept the rest of the word (sometimes as a place)
    doc = _doc(text, ((cut, etype),))
    assert _speakers(doc) == [speaker]
    e = doc.entity(doc.quotes[0].speaker)
    assert e is not None and e.type == "PERSON"


def test_real_proclitic_is_not_a_name() -> None:
    # "كمدرب": the preposition ك on a known noun; the speaker is the person named after it
    doc = _doc("وقال فيصل الحربي إن الفريق بحاجة إلى الفوز.", (("فيصل الحربي", "PERSON"),))
    assert _speakers(doc) == ["فيصل الحربي"]


def test_unresolved_zero_subject_chain_stays_anonymous() -> None:
    # the first "وأضاف" has no speaker in the text; a person named in between as an object is not
    # the subject of the next zero-subject verb of the same chain
    text = (
        "وأضاف أن الأسعار سترتفع خلال العام المقبل بنسبة كبيرة.\n\n"
        "وتطرق إلى الزيارة التي قام بها الأمير خالد الفيصل إلى المنطقة الأسبوع الماضي.\n\n"
        "وأوضح أن المشروعات ستنتهي قبل نهاية العام."
    )
    doc = _doc(text, (("خالد الفيصل", "PERSON"),))
    assert len(doc.quotes) == 2
    assert _speakers(doc) == [None, None]


def test_zero_subject_after_a_named_speaker_continues_it() -> None:
    text = (
        "وقال الدكتور سامي باداود إن المستشفيات جاهزة لاستقبال الحالات.\n\n"
        "وأضاف أن الفرق الطبية تعمل على مدار الساعة."
    )
    doc = _doc(text, (("سامي باداود", "PERSON"),))
    assert _speakers(doc) == ["سامي باداود", "سامي باداود"]


def test_body_named_after_a_person_is_not_the_person() -> None:
    # "مطار الملك خالد الدولي": the NER's person inside the body's name is not the speaker; the
    # indefinite object after the name ("نمواً") is not part of it
    text = (
        "سجل مطار الملك خالد الدولي نمواً في عدد الركاب هذا العام.\n\n"
        "ووفقاً للبيانات الإحصائية الأولية الصادرة عن المطار؛ فقد بلغ عدد الركاب نحو 13 مليون راكب."
    )
    doc = _doc(text, (("خالد", "PERSON"),))
    assert _speakers(doc) == ["مطار الملك خالد الدولي"]


def test_document_of_a_body_with_a_shorter_mention_inside() -> None:
    # the NER found only "العربي" inside the body's name; the ordinal "الـ 51" does not hide the author
    text = "وأوضح التقرير الـ 51 لمؤسسة النقد العربي السعودي الصادر مؤخرا أن النمو استمر."
    doc = _doc(text, (("العربي", "ORG"),))
    assert _speakers(doc) == ["مؤسسة النقد العربي السعودي"]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            "قال وزير الصحة توفيق الربيعة إن المستشفيات جاهزة.\n\n"
            "واستقبل أمير منطقة مكة الأمير خالد الفيصل وفد الحجاج أمس. وقال إن خدمة الحجاج شرف للمملكة.",
            ("توفيق الربيعة", "خالد الفيصل"),
            ["توفيق الربيعة", "خالد الفيصل"],
        ),
        (
            "قال وزير الصحة توفيق الربيعة إن المستشفيات جاهزة.\n\n"
            "وفي سياق متصل، افتتح مدير الشؤون الصحية بجدة الدكتور سامي باداود مركزا جديدا، وأوضح أن "
            "المركز يضم عشرين عيادة.",
            ("توفيق الربيعة", "سامي باداود"),
            ["توفيق الربيعة", "سامي باداود"],
        ),
        (
            "أكد المدرب الإسباني خوان لوبيز أن الفريق جاهز.\n\n"
            'من جهته، أشاد اللاعب محمد الشلهوب بالجماهير، وقال: "الجماهير هي اللاعب رقم واحد".',
            ("خوان لوبيز", "محمد الشلهوب"),
            ["خوان لوبيز", "محمد الشلهوب"],
        ),
    ],
)
def test_zero_subject_continues_the_last_subject_not_the_last_speaker(
    text: str, persons: tuple[str, ...], expected: list[str]
) -> None:
    doc = _doc(text, tuple((p, "PERSON") for p in persons))
    assert _speakers(doc) == expected


def test_previous_sentence_with_speech_keeps_its_speaker() -> None:
    # the sentence before has its own attribution (كما قال ...): no new subject is taken from it
    text = (
        "قال الطالب مايكل واينر إن الأستاذ رائع.\n\n"
        "وأحد أسباب نجاح الأستاذ جون شافر معرفته العميقة، كما قال واينر. وأضاف أنه يشرح بوضوح."
    )
    doc = _doc(text, (("مايكل واينر", "PERSON"), ("جون شافر", "PERSON")))
    assert _speakers(doc)[-1] == "مايكل واينر"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("وقال مصدر أمني لوكالة فرانس برس إن الهجوم أسفر عن مقتل خمسة.", "فرانس برس"),
        ("وقال أحد السكان لوكالة فرانس برس إن القصف استمر طوال الليل.", "فرانس برس"),
        ("وقال شاهد عيان لوكالة الأنباء الألمانية إن القصف استمر.", "وكالة الأنباء الألمانية"),
    ],
)
def test_anonymous_source_told_an_agency(text: str, outlet: str) -> None:
    # the agency the anonymous source told is the quotation's source, never its speaker
    doc = _doc(text, ((outlet, "ORG"),))
    assert _speakers(doc) == [None]
    src = doc.entity(doc.quotes[0].source)
    assert src is not None and src.name == outlet


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("وقالت وكالة الأنباء الفرنسية نقلا عن مصدر أمني إن الهجوم أسفر عن مقتل خمسة.", None, "الفرنسية"),
        ("وذكرت صحيفة الحياة نقلا عن وزير الداخلية أن الهجوم أسفر عن مقتل خمسة.", "وزير الداخلية", "الحياة"),
    ],
)
def test_outlet_citing_someone(text: str, speaker: str | None, source: str) -> None:
    doc = _doc(text)
    assert _speakers(doc) == [speaker]
    src = doc.entity(doc.quotes[0].source)
    assert src is not None and source in src.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«الوضع خطير للغاية»، قال وزير الطاقة خالد الفالح.", "خالد الفالح"),
        ("وبين العمري لـ«الاقتصادية» أن الأسعار سترتفع خلال العام.", "العمري"),
        (
            "وحسب ما أفاد به المتحدث باسم الدفاع المدني العقيد سعيد سرحان، فإن الحريق أخمد بعد ساعتين.",
            "سعيد سرحان",
        ),
        ("وجاء في بيان صادر عن وزارة الداخلية أن المتهمين اعترفوا بجرائمهم.", "وزارة الداخلية"),
    ],
)
def test_quotation_forms_detected_with_speaker(text: str, speaker: str) -> None:
    doc = _doc(text, (("خالد الفالح", "PERSON"), ("العمري", "PERSON"), ("سعيد سرحان", "PERSON")))
    assert _speakers(doc) == [speaker]


def test_short_quoted_name_without_a_following_verb_is_no_quotation() -> None:
    doc = _doc("وشارك الفريق في بطولة «كأس الملك» التي أقيمت في الرياض.")
    assert doc.quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال كل من الدكتور خالد العمري والدكتور سعد الغامدي إن الأسعار سترتفع.", "خالد العمري"),
        ("وكتب الكاتب عبدالله المغلوث في مقاله أن التعليم يحتاج إلى إصلاح.", "عبدالله المغلوث"),
    ],
)
def test_joint_speakers_and_written_statements(text: str, speaker: str) -> None:
    assert _speakers(_doc(text, (("خالد العمري", "PERSON"), ("عبدالله المغلوث", "PERSON")))) == [speaker]


def test_wrote_without_content_clause_is_no_quotation() -> None:
    assert _doc("وكتب الطالب اسمه على السبورة في الصف.").quotes == []
