"""Arabic speakers and sources, third round: "تابع القول" / "بالقول", an office holder before the verb,
an office whose title names a king, a relative clause after an outlet, unnamed described persons, a
description verb before a short quotation, and the outlet of an interview named before the verb.
Sentences written for these tests; the stage runs without NER entities unless persons are given."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, sources, speakers

from khabar.document import Document
from khabar.eval.quotes import select_batch

pytestmark = pytest.mark.usefixtures("quote_names")

_doc = quote_doc
_speakers = speakers
_sources = sources


def test_al_qawl_is_not_a_subject() -> None:
    doc = _doc(
        'وأوضح الروائي سالم الحربي أن الكتابة تحتاج إلى صبر.\n\nوتابع القول: "نكتب لنفهم أنفسنا أولا".',
        ("سالم الحربي",),
    )
    assert _speakers(doc) == ["سالم الحربي", "سالم الحربي"]
    doc = _doc(
        'وتحدثت المطربة ليلى حسن عن بداياتها. واستدركت بالقول "لم أكن أتوقع كل هذا النجاح في وقت قصير".',
        ("ليلى حسن",),
    )
    assert len(doc.quotes) == 1 and doc.quotes[0].kind == "direct"
    assert _speakers(doc) == ["ليلى حسن"]


def test_office_holder_before_the_verb() -> None:
    doc = _doc("يذكر أن وزير الصحة الكيني قد أعلن رسميا في مايو أن الوباء انتهى في البلاد.")
    assert _speakers(doc) == ["وزير الصحة الكيني"]


def test_office_whose_title_names_a_king_is_the_person_described_before() -> None:
    text = (
        "أوضح ذلك الأستاذ خالد السبيعي مدير عام جمرك ميناء الملك عبد العزيز بالدمام وقال: تم ضبط الشحنة.\n\n"
        "وأشار مدير عام جمرك ميناء الملك عبد العزيز إلى أن المهربين يلجؤون إلى طرق جديدة."
    )
    doc = _doc(text, ("خالد السبيعي", "عبد العزيز"))
    assert _speakers(doc)[-1] == "خالد السبيعي"


def test_relative_clause_after_an_outlet_names_the_outlet() -> None:
    doc = _doc(
        "وبلغ عدد اللاعبين 30 لاعبا، وفق ما نشره موقع النادي الرسمي الذي ذكر أن أولهم انضم قبل 40 عاما."
    )
    assert _speakers(doc)[-1] == "موقع النادي الرسمي"


def test_unnamed_described_person_is_anonymous() -> None:
    doc = _doc("وقال دبلوماسي فرنسي سابق إن المفاوضات لن تنجح. وأضاف: «لا أحد يريد التنازل».")
    assert _speakers(doc) == [None, None]
    doc = _doc("وقالت نقابة سائقي الحافلات إن الإضراب سيبدأ غدا.")
    assert _speakers(doc) == ["نقابة سائقي الحافلات"]


def test_description_verb_before_a_short_quotation() -> None:
    doc = _doc(
        "وقال المدرب سامي الجابر إن الفريق جاهز.\n\nووصفت صحيفة «الغارديان» المهتمة بأخبار الكرة "
        "الأوروبية في عددها الصادر أمس مباراة الفريقين بـ«الملحمة الكروية» بعد نهايتها.",
        ("سامي الجابر",),
    )
    assert [q.text for q in doc.quotes][-1] == "الملحمة الكروية"
    assert doc.quotes[-1].kind == "partial"
    assert _speakers(doc)[-1] == "الغارديان"


def test_outlet_of_an_interview_named_before_the_verb() -> None:
    doc = _doc("وفي حديث لـ«الحياة»، قال مسؤول أمني إن الحدود مغلقة منذ أسبوع.")
    assert _speakers(doc) == [None]
    assert _sources(doc) == ["الحياة"]


def test_select_batch() -> None:
    items = [{"id": "snn-1-n0"}, {"id": "snn-2-n12"}, {"id": "snn-3-o1"}, {"id": "snn-4-12"}]
    assert [it["id"] for it in select_batch(items, "n")] == ["snn-1-n0", "snn-2-n12"]
    assert select_batch(items, None) == items


def test_outlet_told_before_the_speaker() -> None:
    doc = _doc('وأبلغ "الرياض" المتحدث الرسمي للهيئة الدكتور ماجد العنزي أن الخطة تشمل ثلاث مراحل.')
    assert _speakers(doc) == ["ماجد العنزي"]
    assert _sources(doc) == ["الرياض"]


def test_group_named_in_parentheses_and_the_company_after_it() -> None:
    doc = _doc(
        "ذكرت مجموعة (نوفا القابضة) الهولندية أمس أنها في مفاوضات لشراء مصنع الورق، ولكن حذرت من أنه "
        'لا ضمان لإتمام الصفقة. وقالت الشركة إن "المفاوضات مستمرة منذ أشهر عدة مع الطرف الآخر".'
    )
    assert len(doc.quotes) == 3
    assert _speakers(doc) == ["نوفا القابضة"] * 3


def test_according_then_faqad_without_a_comma() -> None:
    doc = _doc(
        "ووفقا للمصدر فقد نقلت السلطات المحتجزين إلى سجن المدينة المركزي.\n\n"
        "وبحسب المتحدث الرسمي لهيئة الإسعاف بالمنطقة الشرقية سعد بن محمد القحطاني فقد وقع الحادث مساء الأحد."
    )
    assert [q.text[:10] for q in doc.quotes] == ["نقلت السلط", "وقع الحادث"]
    assert _speakers(doc) == [None, "سعد بن محمد القحطاني"]


def test_sayings_in_parentheses_after_a_colon_are_not_news_quotations() -> None:
    doc = _doc("وجاء رجل إلى الخليفة، فقال له الخليفة: (لا تفعل، فقال الرجل: ولكني لا أستطيع، فقال: اصبر).")
    assert doc.quotes == []


def test_outlet_quoting_a_person_in_his_own_words() -> None:
    doc = _doc('ونقلت مجلة (كيكر) الألمانية عن المدرب يورغن كلوب قوله "سنلعب بكل قوة في المباراة المقبلة".')
    assert len(doc.quotes) == 1 and doc.quotes[0].kind == "direct"
    assert _speakers(doc) == ["يورغن كلوب"]
    assert _sources(doc) == ["كيكر"]


def test_conjoined_verb_and_topic_phrase_are_not_subjects() -> None:
    doc = _doc(
        "وأكد الوزير سامي العتيبي على دور المسجد في إقامة شعائر الله عز و جل ، فهو يجمع الناس و قال "
        "«نحن نهتم بالمساجد التاريخية كثيرا».",
        ("سامي العتيبي",),
        (("الله", "MISC"),),
    )
    assert _speakers(doc) == ["سامي العتيبي"]
    doc = _doc(
        "وأوضح المدير فهد الزهراني أن الشكاوى كثيرة. وعن الحلول المطروحة في نادي الهلال قال «لم نصل إلى شيء بعد».",
        ("فهد الزهراني",),
        (("الهلال", "ORG"),),
    )
    assert _speakers(doc)[-1] == "فهد الزهراني"


def test_highness_is_the_prince_named_before_not_the_king() -> None:
    text = (
        "ترأس صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز الجلسة.\n\n"
        "ورفع سموه الشكر لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وقال سموه "
        "«إن هذه المشروعات تأتي في إطار الحرص على خدمة الحرمين»."
    )
    doc = _doc(text, ("محمد بن نايف بن عبدالعزيز", "سلمان بن عبدالعزيز"))
    assert _speakers(doc) == ["محمد بن نايف بن عبدالعزيز"]


def test_a_noun_opening_the_sentence_is_not_the_subject_of_a_zero_subject_verb() -> None:
    text = (
        "وقال الخبير ناصر العمري «القرار جيد للأندية وللاتحاد على حد سواء».\n\n"
        "صور الجولة. تصوير سامي الحربي ـ وزاد: «كنا ننتظر هذا القرار منذ وقت طويل»."
    )
    doc = _doc(text, ("ناصر العمري", "سامي الحربي"))
    assert _speakers(doc) == ["ناصر العمري", "ناصر العمري"]


def test_family_name_subject_before_an_object_read_as_a_name() -> None:
    doc = _doc(
        'وقال الدكتور خالد الحربي إن القرار صائب.\n\nكما أشاد الحربي بدور المملكة قائلاً: "المملكة تدعم السلام دائما".',
        ("خالد الحربي", "بدور المملكة"),
    )
    assert _speakers(doc)[-1] == "خالد الحربي"


def test_bayyana_after_a_verb_without_content_starts_the_report() -> None:
    doc = _doc(
        "وقال الجهاز المركزي للإحصاء إن الصادرات تراجعت.\n\n"
        "وأشار إلى ارتفاع الاستثمارات الخارجية إلى ثلاثة مليارات دولار وبين أن التدفقات زادت خلال الفترة."
    )
    assert _speakers(doc) == ["الجهاز المركزي للإحصاء", "الجهاز المركزي للإحصاء"]


def test_according_to_data_issued_by_a_body() -> None:
    doc = _doc(
        "سجل مطار الملك فهد الدولي، في الدمام، نموا في عدد الركاب.\n\n"
        "ووفقاً للبيانات الأولية الصادرة عن المطار؛ فقد بلغ عدد الركاب نحو 9 ملايين راكب هذا العام."
    )
    assert [q.text[:12] for q in doc.quotes] == ["بلغ عدد الرك"]
    assert _speakers(doc) == ["مطار الملك فهد الدولي"]


def test_kama_with_a_zero_subject_continues_the_speaker() -> None:
    doc = _doc(
        "وقالت الوزيرة سارة العلي إن الخطة جاهزة للتنفيذ. كما أشارت إلى أن التمويل متوفر بالكامل.",
        ("سارة العلي",),
    )
    assert [q.text for q in doc.quotes] == ["الخطة جاهزة للتنفيذ", "التمويل متوفر بالكامل"]
    assert _speakers(doc) == ["سارة العلي", "سارة العلي"]


def test_attribution_closing_its_sentence() -> None:
    doc = _doc(
        "يخضع اللاعب للكشف الطبي غدا تمهيدا للانتقال إلى ناديه الجديد، وفقا لما ذكرته تقارير صحفية اليوم."
    )
    assert [q.text for q in doc.quotes] == ["يخضع اللاعب للكشف الطبي غدا تمهيدا للانتقال إلى ناديه الجديد"]
    assert _speakers(doc) == [None]
    doc = _doc('وتراجع المؤشر الفرنسي 0.2 في المائة في مستهل التعاملات، بحسب بيانات وكالة "رويترز".')
    assert _speakers(doc) == [None] and _sources(doc) == ["رويترز"]
    # no named source: not a report
    doc = _doc("إنه موسم اللعب على التناقضات وقلب الموازين، حسب ما تم عرضه خلال أسبوع الموضة.")
    assert doc.quotes == []


def test_medical_team_is_a_body_not_a_military_rank() -> None:
    doc = _doc('وأعلن الفريق الطبي للنادي في بيان أمس أنه "لا توجد إصابات خطيرة بين اللاعبين بعد المباراة".')
    assert _speakers(doc) == ["الفريق الطبي للنادي"]
    e = doc.entity(doc.quotes[0].speaker)
    assert e is not None and e.type == "ORG"


def test_name_after_an_honorific_closing_a_title_with_a_company() -> None:
    doc = _doc(
        "من جانبه قال الرئيس التنفيذي لشركة أورفيتو السيد ساتيش: «إن هذه الشراكة تعزز قدرة الشركتين».",
        others=(("أورفيتو", "ORG"),),
    )
    assert _speakers(doc) == ["ساتيش"]


def test_alias_in_parentheses_is_the_same_body() -> None:
    doc = _doc(
        "قالت وزارة الدفاع الفرنسية (الإليزيه العسكري) اليوم إن الغارة قتلت قياديا كبيرا. "
        "وذكر الإليزيه العسكري أن الغارة وقعت في الشمال.",
        others=(("وزارة الدفاع الفرنسية", "ORG"), ("الإليزيه العسكري", "ORG")),
    )
    assert _speakers(doc) == ["وزارة الدفاع الفرنسية", "وزارة الدفاع الفرنسية"]


def test_statement_of_a_ministry_with_the_preposition_attached() -> None:
    doc = _doc(
        "وأفاد بيان لوزارة الداخلية المغربية اليوم أنه تم توقيف 12 شخصا خلال الحملة.",
        others=(("لوزارة الداخلية المغربية", "ORG"),),
    )
    assert _speakers(doc) == ["وزارة الداخلية المغربية"]


def test_relative_with_wa_and_members_of_a_group_are_anonymous() -> None:
    doc = _doc(
        "وطالبت المجموعة البنك بتطوير الحماية. تواصلت «عكاظ» مع أفراد المجموعة بعد الاختراق، "
        "والذين أكدوا أنهم لا يخترقون المواقع الحكومية الرسمية."
    )
    assert _speakers(doc) == [None]


def test_late_attribution_after_a_dash_to_a_club_named_before() -> None:
    doc = _doc(
        "أنهى نادي ريال مدريد الإسباني استعداداته للمباراة.\n\n"
        "وركز المدرب على الاستحواذ والضغط وتدوير الكرة في الحصة الأخيرة ــ وفقا لما قاله النادي الملكي في بيان.",
        others=(("ريال مدريد", "ORG"), ("النادي الملكي", "ORG")),
    )
    assert _speakers(doc) == ["ريال مدريد"]


def test_name_closing_a_title_that_the_name_list_does_not_know() -> None:
    doc = _doc("وقال المدعي العام ديردي ديلي إن الرقيب كان يعمل على متن الغواصة.")
    assert _speakers(doc) == ["ديردي ديلي"]
    doc = _doc(
        'وقال نائب الرئيس لقسم المنتجات في شركة "فاير آي" مانيش جوبتا إن "معظم الهجمات تبدأ برسالة واحدة".'
    )
    assert _speakers(doc) == ["مانيش جوبتا"]


def test_president_of_a_club_without_content_is_the_president_described_before() -> None:
    text = (
        "وقال جوسيب بارتوميو رئيس نادي برشلونة إن الفريق قوي.\n\n"
        "وتوقع رئيس برشلونة نجاحا كبيرا لمانشستر يونايتد، مشيرا إلى أن يونايتد من أكبر الأندية في العالم."
    )
    doc = _doc(text, ("جوسيب بارتوميو",), (("برشلونة", "ORG"),))
    assert _speakers(doc) == ["جوسيب بارتوميو", "جوسيب بارتوميو"]


def test_spokeswoman_for_the_company_named_before() -> None:
    doc = _doc(
        "تطرح شركة أبل ساعتها في المتاجر، وقالت متحدثة باسم الشركة إن الساعة ستطرح في 300 فرع.",
        others=(("أبل", "ORG"),),
    )
    assert _speakers(doc) == ["أبل"]


def test_according_to_a_person_then_his_party() -> None:
    doc = _doc(
        'وبحسب ديفيد كوهين وهو متحدث باسم حزب الليكود فإن القانون "سيستخدم فقط في الحالات الخطرة".',
        others=(("حزب الليكود", "ORG"),),
    )
    assert _speakers(doc) == ["ديفيد كوهين"]


def test_denounced_with_a_short_quotation_and_the_saying_of_an_ambassador() -> None:
    doc = _doc('ندد وزير الدفاع اشتون كارتر أمام الكونغرس بـ"الأنشطة المؤذية" لإيران.', ("اشتون كارتر",))
    assert [q.text for q in doc.quotes] == ["الأنشطة المؤذية"] and _speakers(doc) == ["اشتون كارتر"]
    doc = _doc(
        "أولا: قول السفير الروسي، فيتالي تشوركين: «اليوم نخلق واقعا جديدا». (قال المراسل: ها هم الروس).\n\n"
        "ثانيا: قول السفير الإيراني، غلام علي خوشرو: «يجب على جيران إيران العمل معنا».",
        ("فيتالي تشوركين", "غلام علي خوشرو"),
    )
    assert _speakers(doc)[0] == "فيتالي تشوركين"
    assert _speakers(doc)[-1] == "غلام علي خوشرو"


def test_relatives_of_a_named_citizen_are_anonymous() -> None:
    doc = _doc(
        "ناشد ذوو المواطن سالم حمد العتيبي وزير الصحة بعلاج ابنهم. وقالوا إن العتيبي خدم في الجيش 20 عاما.",
        ("سالم حمد العتيبي",),
    )
    assert _speakers(doc) == [None]


def test_a_quoted_name_opening_an_indirect_clause_after_two_spaces() -> None:
    doc = _doc('وأكدوا  أن "الحربي"  يعاني شللا رباعيا ويحتاج إلى السفر للعلاج.')
    assert len(doc.quotes) == 1 and doc.quotes[0].kind == "indirect"
    assert doc.quotes[0].text.startswith('"الحربي"')


def test_feminine_participle_after_a_body_reported_by_a_man() -> None:
    doc = _doc(
        "وأضاف سالم القحطاني أن المنظمة الدولية للهجرة كرمت المملكة على تعاملها مع اللاجئين. "
        "مؤكدة أنها تجربة رائدة يمكن تعميمها.",
        ("سالم القحطاني",),
    )
    assert _speakers(doc) == ["سالم القحطاني", "المنظمة الدولية للهجرة"]


def test_zero_subject_with_an_interview_adjunct_and_the_agency_told() -> None:
    text = (
        "أكد الدكتور سامي العمري أن البرنامج ناجح.\n\n"
        "وقال في تصريح لوكالة الأنباء السعودية بمناسبة احتفاء مؤسسة الملك خالد الخيرية (خالد) في الرياض "
        '"إن هذا البرنامج يعكس رؤية المؤسسة واهتمامها بالشباب".'
    )
    doc = _doc(text, ("سامي العمري", "خالد"))
    assert _speakers(doc) == ["سامي العمري", "سامي العمري"]
    assert _sources(doc)[-1] == "وكالة الأنباء السعودية"


def test_outlet_told_after_the_speaker() -> None:
    doc = _doc('وأبلغ المتحدث باسم الشركة مازن العلي رويترز "تم تحديد موعد نهائي لنقل الحصة ودفع المبلغ."')
    assert _sources(doc) == ["رويترز"]
    assert _speakers(doc) == ["مازن العلي"]


def test_deputy_thanking_the_king_then_a_zero_subject() -> None:
    text = (
        "رأس نائب خادم الحرمين الشريفين الأمير محمد بن نايف الجلسة.\n\n"
        "وفي بداية الجلسة، رفع نائب خادم الحرمين الشريفين الشكر لخادم الحرمين الشريفين الملك سلمان بن "
        'عبد العزيز على توجيهاته، وقال "إن هذه المشروعات تأتي في إطار الحرص على خدمة الحرمين".'
    )
    doc = _doc(text, ("محمد بن نايف", "سلمان بن عبد العزيز"))
    assert _speakers(doc) == ["محمد بن نايف"]


def test_a_name_after_a_title_with_an_attached_preposition_is_an_object() -> None:
    from khabar.quotes.extract import _attached_title_before, _State

    text = "رفع نائب خادم الحرمين الشريفين الشكر لخادم الحرمين الشريفين الملك سلمان على توجيهاته."
    doc = Document(id="t", text=text, language="ar")
    toks = doc.layer.tokens
    st = _State(doc, text, "ar", toks, [t.start for t in toks], [])
    assert _attached_title_before(st, text.index("سلمان"))
    assert not _attached_title_before(st, text.index("الشكر"))
