"""Arabic speakers the NER leaves out: office holders named only by their title, bodies that belong
to a person, dotted abbreviations, quoted subjects, and gender agreement of zero subjects. Sentences
written for these tests; the stage runs without NER entities, as with an empty entity layer."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

from khabar.document import Document, Entity, Mention
from khabar.quotes.extract import extract_quotes

pytestmark = pytest.mark.usefixtures("quote_names")

_doc = quote_doc
_speakers = speakers


def test_office_holder_without_a_name_is_the_speaker() -> None:
    doc = _doc("أكد رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم أنه لم يقدم الناديان الحوالات البنكية.")
    assert _speakers(doc) == ["رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم"]
    e = doc.entity(doc.quotes[0].speaker)
    assert e is not None and e.type == "PERSON"
    doc = _doc("وأوضح مدير عام الدفاع المدني أن الفرق باشرت الحريق. وأضاف أن التحقيق مستمر.")
    assert _speakers(doc) == ["مدير عام الدفاع المدني", "مدير عام الدفاع المدني"]


def test_bare_or_indefinite_titles_are_not_office_holders() -> None:
    assert _speakers(_doc("وقال مسؤول كبير إن الاجتماع تأجل.")) == [None]
    # a bare title refers to the person described so before
    doc = _doc(
        "أعلن مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ موقفه. وقال المفتي: «يجب على المؤسسة التراجع».",
        ("عبدالعزيز آل الشيخ",),
    )
    assert _speakers(doc)[-1] == "عبدالعزيز آل الشيخ"


def test_office_of_a_person_speaks_for_itself() -> None:
    text = "قال مكتب رئيس الوزراء التركي أحمد داود أوغلو إن الشرطة بدأت حملة أمنية."
    doc = _doc(text, ("أحمد داود أوغلو",))
    assert _speakers(doc) == ["مكتب رئيس الوزراء التركي أحمد داود أوغلو"]
    # the person alone is still the speaker when he speaks
    doc = _doc("قال رئيس الوزراء التركي أحمد داود أوغلو إن الحملة مستمرة.", ("أحمد داود أوغلو",))
    assert _speakers(doc) == ["أحمد داود أوغلو"]


def test_dotted_abbreviation_is_not_the_complementizer() -> None:
    doc = _doc("وقالت إن.بي.سي إن حسابات البريد لم تكن عرضة للقرصنة.")
    assert [q.text for q in doc.quotes] == ["حسابات البريد لم تكن عرضة للقرصنة"]
    assert _speakers(doc) == ["إن.بي.سي"]


def test_quoted_subject_of_an_appeal_verb_speaks_in_the_participle() -> None:
    doc = _doc("وطالب “الاحمري” الجميع بالإبلاغ عن المخالفين، مشيراً إلى أنه لا تهاون في هذا الأمر.")
    assert _speakers(doc) == ["الاحمري"]


def test_noun_construct_is_not_a_person() -> None:
    doc = _doc(
        "وكان محمد البخيتي قد أكد في تصريحات أمس استعداد الجماعة للانسحاب من المدن. وأضاف أن الانسحاب ممكن."
    )
    assert all(e.name != "استعداد الجماعة للانسحاب" for e in doc.entities)


def test_feminine_zero_subject_takes_the_woman_named_before() -> None:
    text = "قالت فاطمة الزهراني إن الحملة بدأت. وأكد خالد العتيبي أن النتائج جيدة. وأضافت أن التسجيل مفتوح."
    doc = _doc(text, ("فاطمة الزهراني", "خالد العتيبي"))
    assert _speakers(doc) == ["فاطمة الزهراني", "خالد العتيبي", "فاطمة الزهراني"]
    # a masculine zero subject keeps the man who spoke last
    text = "قالت فاطمة الزهراني إن الحملة بدأت. وأكد خالد العتيبي أن النتائج جيدة. وأضاف أن التسجيل مفتوح."
    doc = _doc(text, ("فاطمة الزهراني", "خالد العتيبي"))
    assert _speakers(doc)[-1] == "خالد العتيبي"


def test_person_inside_a_body_name_is_not_the_speaker() -> None:
    text = "وقال المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ إن الطائرة وصلت."
    # only the king inside the centre's name is recognized: the name closing the title is the speaker
    assert _speakers(_doc(text, ("سلمان",))) == ["رأفت الصباغ"]
    assert _speakers(_doc(text, ("سلمان", "رأفت الصباغ"))) == ["رأفت الصباغ"]


def test_zero_subject_skips_places_and_bodies_mistyped_as_persons() -> None:
    text = (
        "قال الباحث آنج كوي من شركة ريد بالون إن الهوائي يرسل البيانات. واستعرض كوي النظام في لاس فيجاس. "
        "وقال إنه سيطلق البرهنة بعد الكلمة."
    )
    doc = _doc(text, ("آنج كوي", "ريد بالون", "لاس فيجاس"))
    assert _speakers(doc)[-1] == "آنج كوي"


def test_subject_named_before_wins_over_a_body_later_in_the_phrase() -> None:
    text = (
        "وأكد القميشي أن القوات تتقدم. وتقدم القميشي بالشكر لدول التحالف وفي مقدمتها المملكة العربية السعودية، "
        "مؤكدا أن هذا الدور لن ينسى."
    )
    i = text.find("المملكة العربية السعودية")
    doc = Document(
        id="t",
        text=text,
        language="ar",
        entities=[
            Entity(id="e1", type="PERSON", name="القميشي", mentions=[Mention(start=5, end=12, text="القميشي")]),
            Entity(id="e2", type="GPE", name="المملكة العربية السعودية",
                   mentions=[Mention(start=i, end=i + 24, text="المملكة العربية السعودية")]),
        ],
    )  # fmt: skip
    doc.quotes = extract_quotes(doc)
    assert [doc.entity(q.speaker).name for q in doc.quotes] == ["القميشي", "القميشي"]  # type: ignore[union-attr]


def test_person_mention_cut_inside_a_word_is_the_whole_name() -> None:
    text = "ونقلت الوكالة عن النائب العام سالم سعيد كبيش قوله إن المتهمين أعدوا الأسلحة. وقال كبيش: «أسفرت التحقيقات عن أدلة»."
    i = text.find("سالم سعيد كبيش")
    j = text.rfind("كبيش") + 1  # the NER read the ك of كبيش as a proclitic
    doc = Document(
        id="t",
        text=text,
        language="ar",
        entities=[
            Entity(id="e1", type="PERSON", name="سالم سعيد كبيش", mentions=[Mention(start=i, end=i + 14, text="سالم سعيد كبيش")]),
            Entity(id="e2", type="PERSON", name="بيش", mentions=[Mention(start=j, end=j + 3, text="بيش")]),
        ],
    )  # fmt: skip
    doc.quotes = extract_quotes(doc)
    assert doc.entity(doc.quotes[-1].speaker).name == "سالم سعيد كبيش"  # type: ignore[union-attr]


def test_attribution_opening_a_sentence_without_fa_inna() -> None:
    doc = _doc('وبحسب "رويترز"، فقد أظهر مسح شهري أن إنتاج أوبك ارتفع في يوليو.')
    assert len(doc.quotes) == 1 and doc.quotes[0].text.startswith("أظهر مسح شهري")
    src = doc.entity(doc.quotes[0].source)
    assert src is not None and src.name == "رويترز"
    # an attribution to a plan is not a quotation
    assert _doc("ووفقا للخطة، سيبدأ العمل في المشروع الشهر المقبل.").quotes == []


def test_company_named_after_a_country_is_the_company() -> None:
    text = "نفت شركة غاز قطر في بيان أن تكون وقعت عقد رعاية مع أي ناد."
    i = text.find("قطر")
    doc = Document(
        id="t",
        text=text,
        language="ar",
        entities=[
            Entity(id="e1", type="GPE", name="قطر", mentions=[Mention(start=i, end=i + 3, text="قطر")])
        ],
    )
    doc.quotes = extract_quotes(doc)
    e = doc.entity(doc.quotes[0].speaker)
    assert e is not None and e.type == "ORG" and e.name == "شركة غاز قطر"


def test_participle_after_a_formula_takes_the_clause_subject() -> None:
    doc = _doc("يذكر أن إدارة الهلال نفت في بيان سابق صحة الاتفاق، مبينة أنه لن يتم الإعلان إلا رسميا.")
    assert _speakers(doc) == ["إدارة الهلال"]


def test_official_who_withheld_his_name_is_anonymous() -> None:
    text = "التقى الوزير خالد العبيدي الوفد. المسؤول العراقي الذي رفض ذكر اسمه قال إن الوفد طالب بالتزامات."
    assert _speakers(_doc(text, ("خالد العبيدي",))) == [None]


def test_outlet_spoken_to_is_not_the_speaker() -> None:
    doc = _doc("وقالوا في حديث مع «الجزيرة» إن الشاحنات تسد الطرق.")
    assert _speakers(doc) == [None]
