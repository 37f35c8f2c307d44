"""Speakers, round 7: a name beginning with ب that the entity layer cut at the "preposition", an
honorific pronoun (معاليه) resolved past the royals of a condolence list, a name after يدعى that the
entity layer missed, an unnamed member of a body, a plural object after a body noun, a study named
with another research noun, and an agency's quoted name. Sentences written for these tests (none
from an eval set); the entities given stand for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, sources, speakers

pytestmark = pytest.mark.usefixtures("quote_names")


def test_a_name_beginning_with_b_gets_its_letter_back() -> None:
    # the entity layer found "رودكين" inside "برودكين" twice (read as the preposition ب)
    text = "وكان برودكين قد حضر المؤتمر الصحفي. وقال برودكين: «هذا يوم حزين لكرة القدم»."
    doc = quote_doc(text, persons=("رودكين",))
    assert speakers(doc) == ["برودكين"]
    assert [m.text for m in doc.entities[0].mentions] == ["برودكين", "برودكين"]


def test_a_name_after_the_preposition_b_keeps_its_cut() -> None:
    # "التقى بمحمد": a real preposition before a known name, never the subject of a speech verb
    text = "والتقى الوزير بمحمد العلي أمس. وقال الوزير إن اللقاء كان مثمرا ثم التقى بمحمد العلي مرة أخرى."
    doc = quote_doc(text, persons=("محمد العلي",))
    assert doc.entities[0].name == "محمد العلي"
    assert all(m.text == "محمد العلي" for m in doc.entities[0].mentions)


def test_excellency_is_not_the_prince_of_a_condolence_list() -> None:
    text = (
        "عبر نائب الرئيس العام الشيخ الدكتور سالم بن حمد الراشد عن استنكاره للحادث.\n\n"
        "ورفع معاليه تعازيه إلى ولي العهد صاحب السمو الملكي الأمير فهد بن خالد.\n\n"
        "وأكد معاليه أن هذه الأحداث لن تزيد الناس إلا تماسكا."
    )
    doc = quote_doc(text, persons=("سالم بن حمد الراشد", "فهد بن خالد"))
    assert speakers(doc) == ["سالم بن حمد الراشد"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال ساكن آخر في المدينة يدعى سيرجي “إن الأسعار ارتفعت كثيرا هذا العام”.",
        "وقالت إحدى الموظفات وتدعى سيرجي إن العمل توقف منذ الصباح.",
    ],
)
def test_a_name_after_yudaa_is_the_speaker(text: str) -> None:
    doc = quote_doc(text)
    assert speakers(doc) == ["سيرجي"]


def test_a_withheld_name_is_not_a_name_after_ismuhu() -> None:
    text = "وقال أحد المسؤولين ورفض نشر اسمه لرويترز إن التحقيق مستمر."
    doc = quote_doc(text, others=(("رويترز", "ORG"),))
    assert speakers(doc) == [None]


def test_an_unnamed_member_of_a_body_is_anonymous_and_continues() -> None:
    text = (
        'أكد عضو لجنة الانضباط "تحفظ على ذكر اسمه" أن قرارات لجنته نافذة. '
        "وشدد العضو على أن اللائحة تسمح بالعقوبة.\n\n"
        'وزاد "رفعنا التعديل إلى مجلس الإدارة لاعتماده".'
    )
    doc = quote_doc(text, others=(("لجنة الانضباط", "ORG"),))
    assert len(doc.quotes) == 3
    assert doc.quotes[0].text.startswith("قرارات")  # the aside in quotation marks is no quotation
    assert speakers(doc) == [None, None, None]


def test_a_plural_object_after_a_body_noun_is_not_its_name() -> None:
    text = (
        "أعلنت اللجنة التنفيذية لمهرجان التمور إطلاق مسابقة للتصوير.\n\n"
        "ومنعت اللجنة الإضافات على الصور، وأكدت أنه لن يتم قبول الصور المعدلة."
    )
    doc = quote_doc(text, others=(("اللجنة التنفيذية لمهرجان التمور", "ORG"),))
    assert speakers(doc) == ["اللجنة التنفيذية لمهرجان التمور"]


def test_the_report_is_the_study_named_before_with_another_noun() -> None:
    text = (
        "لكن بحثا أجراه جون سميث من بنك باركليز يشير إلى ارتفاع الفائدة.\n\n"
        "وقال التقرير “الزيادة في أسعار الفائدة يرجح أن تكون أعلى”."
    )
    doc = quote_doc(text, persons=("جون سميث",), others=(("بنك باركليز", "ORG"),))
    assert speakers(doc)[-1] == "جون سميث"


def test_an_agency_is_its_quoted_name_not_the_country_in_its_description() -> None:
    text = "ذكرت وكالة الأنباء الإيطالية «أنسا»، أمس، أن الشرطة أوقفت مغنيا في المطار."
    doc = quote_doc(text, others=(("الإيطالية", "GPE"),))
    assert speakers(doc) == ["أنسا"]


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت مصادر بإدارة أمن الطرق بمكة أن الدورية أوقفت السيارة.",
        "وقال مسؤول كبير بوزارة الخزانة محذرا «نحن نحتاج إلى الوقوف معا ضد إيران»",
    ],
)
def test_an_anonymous_noun_with_a_body_modifier_is_anonymous(text: str) -> None:
    doc = quote_doc(text, others=(("مكة", "GPE"), ("إيران", "GPE")))
    assert len(doc.quotes) == 1
    assert speakers(doc) == [None]


def test_a_participle_after_an_anonymous_subject_does_not_take_the_previous_speaker() -> None:
    text = (
        "وأشارت صحيفة «وول ستريت» إلى أن الاستثمارات تباطأت. "
        "وقال مسؤول كبير بوزارة الخزانة محذرا «نحن نحتاج إلى أن يقف الجميع متحدا»."
    )
    doc = quote_doc(text, others=(("وول ستريت", "ORG"),))
    assert speakers(doc) == ["وول ستريت", None]


def test_the_spokeswoman_goes_on_with_the_body_she_speaks_for() -> None:
    text = (
        "وسقطت الطائرة في مطار بلاكبوش في هامبشاير.\n\n"
        'وقالت متحدثة باسم الشرطة البريطانية: "يمكننا أن نؤكد أن أربعة أشخاص كانوا على متن الطائرة". '
        "أضافت المتحدثة أن أحدا على الأرض لم يصب بأذى."
    )
    doc = quote_doc(text, persons=("هامبشاير",), others=(("الشرطة البريطانية", "ORG"),))
    assert speakers(doc) == ["الشرطة البريطانية", "الشرطة البريطانية"]


def test_the_media_are_anonymous_not_the_byline() -> None:
    text = "عمر إبراهيم – عين اليوم\n\nوأشارت الوسائط الإعلامية إلى أن الزوجة لا تريد إزعاج زوجها."
    doc = quote_doc(text, persons=("عمر إبراهيم",))
    assert speakers(doc) == [None]


def test_a_late_attribution_without_a_comma_reports_its_clause() -> None:
    text = "وقتل جندي وثلاثة مقاتلين في هجوم على قاعدة مساء الجمعة وفقا لما ذكره الناتو، وقال المتحدث إن التحقيق بدأ."
    doc = quote_doc(text, others=(("الناتو", "ORG"),))
    assert doc.quotes[0].text.startswith("وقتل جندي")
    assert speakers(doc)[0] == "الناتو"


def test_a_late_attribution_told_to_an_outlet_names_speaker_and_source() -> None:
    text = (
        "بلغت نسبة الإنجاز في مشروع المستشفى 93 في المئة، حسب ما أكده لـ«اليوم» مدير الشؤون الصحية "
        "الدكتور سامي الراشد، الذي أشار إلى أن الأعمال ستنتهي قريبا."
    )
    doc = quote_doc(text, persons=("سامي الراشد",))
    first = doc.quotes[0]
    assert first.text.startswith("بلغت نسبة")
    assert speakers(doc)[0] == "سامي الراشد"
    assert doc.entity(first.source).name == "اليوم"


def test_a_late_attribution_needs_a_verb_of_saying_without_a_comma() -> None:
    text = "وتوزع المساعدات على الأسر المحتاجة وفقا لما تحدده اللجنة المختصة في المحافظة."
    assert quote_doc(text).quotes == []


@pytest.mark.parametrize("others", [(("الناتو", "ORG"), ("ريكاردو", "ORG")), (("الناتو", "ORG"),)])
def test_the_name_after_the_body_a_spokesman_speaks_for_is_his(others: tuple[tuple[str, str], ...]) -> None:
    # the entity layer missed the name, or took its first word for a body
    text = "وقال المتحدث باسم الناتو ريكاردو فيستري إن اثنين من المسلحين قتلا في الهجوم."
    doc = quote_doc(text, others=others)
    e = doc.entity(doc.quotes[0].speaker)
    assert e is not None and e.type == "PERSON" and e.name.startswith("ريكاردو")


def test_two_newspapers_speak_jointly_and_the_first_is_given() -> None:
    text = "وقالت صحيفتا إكسبريس تربيون ونيويورك تايمز إن التكاليف ستتجاوز مئة مليار ريال."
    doc = quote_doc(text, others=(("صحيفتا إكسبريس", "ORG"), ("نيويورك تايمز", "ORG")))
    assert speakers(doc) == ["إكسبريس تربيون"]


def test_a_space_agency_is_a_speaker_not_an_outlet() -> None:
    text = "يستعد رواد الفضاء لتناول أول طعام يزرع خارج الأرض، وفقا لما أعلنته وكالة الفضاء الأميركية “ناسا”."
    doc = quote_doc(text)
    assert doc.quotes and doc.quotes[0].source is None
    assert speakers(doc) == ["ناسا"]


@pytest.mark.parametrize(
    ("second", "source"),
    [
        ("ونُقل عنه قوله إن الحزب يمكن أن يكون له مكان في سوريا الجديدة.", None),
        ("ونقلت صحيفة حريت عنه قوله إن الحزب يمكن أن يكون له مكان في سوريا الجديدة.", "صحيفة حريت"),
    ],
)
def test_reported_from_him_continues_the_one_named_before(second: str, source: str | None) -> None:
    text = "ونُقل عن أوغلو قوله للصحفيين إن هناك أرضية مشتركة للاتفاق. " + second
    doc = quote_doc(text)
    assert len(doc.quotes) == 2
    assert speakers(doc) == ["أوغلو", "أوغلو"]
    assert sources(doc)[1] == source


def test_according_to_the_assertions_of_a_named_official() -> None:
    text = (
        "وشهد المعسكر تجريب عدد من العناصر وتنويع خطط المدرب حسب تأكيدات الإداري سامي الراشد الذي وصف "
        "المعسكر بالناجح."
    )
    doc = quote_doc(text, persons=("سامي الراشد",))
    assert len(doc.quotes) == 1 and doc.quotes[0].text.startswith("وشهد المعسكر")
    assert speakers(doc) == ["سامي الراشد"]


def test_a_quoted_name_after_bihasab_ma_dhakarat_is_the_outlet() -> None:
    text = (
        'وقرر النادي تعديل عرضه بدفع ستة ملايين أخرى بحسب ما ذكرت "ذي تايمز" التي رأت أن الصفقة ستحسم قريبا.'
    )
    doc = quote_doc(text)
    assert doc.quotes[0].text.startswith("وقرر النادي")
    assert speakers(doc)[0] is None and sources(doc)[0] == "ذي تايمز"


def test_an_attribution_adjunct_after_the_verb_is_not_the_subject() -> None:
    text = (
        "دان رئيس مجلس النواب أحمد بن إبراهيم الملا التفجير. "
        "وقال وفقاً لما نقلته وكالة الأنباء البحرينية: «إن البحرين تقف صفا واحدا مع المملكة»."
    )
    doc = quote_doc(text, persons=("أحمد بن إبراهيم الملا",), others=(("وكالة الأنباء البحرينية", "ORG"),))
    assert speakers(doc) == ["أحمد بن إبراهيم الملا"]
    assert sources(doc) == ["وكالة الأنباء البحرينية"]


def test_a_title_and_surname_is_the_person_named_in_full_before() -> None:
    # the entity layer cut فراج after the honorific (ف read as the conjunction) and kept the title
    text = "كشف اللواء فراج الزعبي عن تسلم آلاف القطع. وقال اللواء الزعبي: «إن الحملة تواصل عملها»."
    doc = quote_doc(text, persons=("راج الزعبي", "اللواء الزعبي"))
    assert doc.entities[0].name == "فراج الزعبي"
    assert speakers(doc) == ["فراج الزعبي"]


def test_a_preposition_after_a_title_is_not_part_of_a_name() -> None:
    text = "استهل الوالد حديثه مع الأمير بحمد الله على قضائه، وقال إن ابنه شهيد الوطن."
    doc = quote_doc(text, persons=("حمد الله",))
    assert doc.entity("e1").name == "حمد الله"


def test_a_plural_in_construct_with_a_pronoun_is_an_unnamed_group() -> None:
    text = "وقال صانعوها للصحيفة إن تكلفتها ستكون أرخص من الطرق الحالية."
    doc = quote_doc(text)
    assert speakers(doc) == [None]
    assert not doc.entities


def test_a_body_name_ends_before_an_indefinite_plural_object() -> None:
    text = "كشفت صحة المنطقة الشرقية ملابسات الحادث أمس، وقالت إن الحالة مستقرة."
    doc = quote_doc(text)
    assert speakers(doc) == ["صحة المنطقة الشرقية"]
