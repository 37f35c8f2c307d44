"""General behaviours of Arabic attribution without NER entities (the stage finds the speakers itself):
title chains, described-and-named people, attribution cues with a person, outlets told. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from khabar.document import Document
from khabar.quotes.extract import extract_quotes

pytestmark = pytest.mark.usefixtures("quote_names")


def _speakers(text: str, lang: str = "ar") -> list[str | None]:
    doc = Document(id="t", text=text, language=lang)
    doc.quotes = extract_quotes(doc)
    Document.model_validate(doc.to_dict())
    out = []
    for q in doc.quotes:
        e = doc.entity(q.speaker)
        out.append(e.name if e else None)
    return out


def test_name_closing_a_long_title_chain() -> None:
    sp = _speakers(
        "وأوضح المشرف على إدارة التعليم بوزارة التربية خالد بن سعيد الزهراني، أن المدارس ستفتح أبوابها الأحد."
    )
    assert sp == ["خالد بن سعيد الزهراني"]


def test_name_after_title_chain_with_demonstrative_and_biqawlihi() -> None:
    sp = _speakers(
        "أكد ذلك مدير عام الشؤون البلدية بمحافظة جدة فهد بن ناصر العمري بقوله: إن المشروع سينتهي قريبا."
    )
    assert sp == ["فهد بن ناصر العمري"]


def test_honorific_name_wins_over_a_place_in_the_apposition() -> None:
    sp = _speakers(
        "وأكد لـ«الوطن» العقيد سعد عبد الله المالكي قائد «الكتيبة 3» وقائد عملية تحرير تعز، أن القوات تقدمت نحو المدينة."
    )
    assert sp == ["سعد عبد الله المالكي"]


def test_named_expert_is_not_anonymous() -> None:
    assert _speakers("وقال الخبير ماجد الحربي: إن أسعار النفط سترتفع في الربع المقبل.") == ["ماجد الحربي"]
    # an unnamed official stays anonymous
    assert _speakers("وقال مسؤول حكومي يمني، اليوم، إن السفينة غرقت قرب الساحل.") == [None]


def test_title_and_family_name() -> None:
    sp = _speakers(
        "وقال المستشار يوسف القحطاني إن الحكم نهائي. وذكر المستشار القحطاني في البيان، أن الطعن مرفوض شكلا."
    )
    assert sp == ["يوسف القحطاني", "يوسف القحطاني"]


def test_spokesman_of_a_body_told_an_agency() -> None:
    text = 'وقال متحدث باسم وزارة الداخلية الفرنسية لوكالة فرانس برس "تم توقيف ثلاثة أشخاص في مرسيليا بعد الهجوم".'
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    q = doc.quotes[0]
    assert doc.entity(q.speaker).name == "وزارة الداخلية الفرنسية"  # type: ignore[union-attr]
    assert doc.entity(q.source).name == "فرانس برس"  # type: ignore[union-attr]


def test_according_to_a_titled_person_and_the_zero_subject_after_it() -> None:
    sp = _speakers(
        "ووفقا للمنسق العام للحملة سامي بن فهد الدوسري فإن الحملة ستستمر شهرا. "
        "وأضاف أن المتطوعين سيزورون القرى البعيدة."
    )
    assert sp == ["سامي بن فهد الدوسري", "سامي بن فهد الدوسري"]


def test_a_hospital_named_after_a_king_is_not_the_speaker() -> None:
    sp = _speakers("وقال مدير مستشفى الملك فهد في جدة إن المستشفى استقبل عشرين مصابا.")
    assert sp != ["فهد"] and "فهد" not in [s for s in sp if s]


def test_scripture_is_not_a_news_quotation() -> None:
    text = (
        "وقال الشيخ ناصر العمر: «الصدقة تطفئ غضب الرب». قال تعالى: «وأقيموا الصلاة وآتوا الزكاة». "
        "وقال رسول الله صلى الله عليه وسلم: «الدين النصيحة». وأضاف أن التبرعات ستوزع قبل العيد."
    )
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    texts = [q.text for q in doc.quotes]
    assert not any("الصلاة" in t or "النصيحة" in t for t in texts)
    names = [doc.entity(q.speaker).name if q.speaker else None for q in doc.quotes]  # type: ignore[union-attr]
    assert names == ["ناصر العمر", "ناصر العمر"]  # the zero subject after the citations is still his


def test_appeal_verbs_with_a_content_clause() -> None:
    sp = _speakers(
        "وطالب الوزير خالد العتيبي بأن تلتزم الشركات بالأنظمة الجديدة. "
        "ودعا إلى أن يتعاون الجميع مع الجهات المختصة. وحث الشباب على التطوع."
    )
    assert sp == ["خالد العتيبي", "خالد العتيبي"]  # "حث ... على + noun" reports no content


def test_bayyana_and_dual_verbs() -> None:
    assert _speakers("وبين الدكتور سعد الأحمد أن البرنامج يقبل ألف طالب سنويا.") == ["سعد الأحمد"]
    # "بين" as "between" is no cue
    assert _speakers("ووقعت اشتباكات بين الجيش والمسلحين في الضواحي الشمالية.") == []
    sp = _speakers("وقال فهد الشمري وسالم العنزي إن المجسم أزيل. وأوضحا أن السكان انتقدوا الإزالة.")
    assert len(sp) == 2 and sp[0] == sp[1] and sp[0] is not None and "فهد الشمري" in sp[0]


def test_relatives_are_not_named_speakers() -> None:
    sp = _speakers("وقال المحامي سامي الحربي إن القضية ستنظر غدا. وقالت زوجته إن الأطباء لم يخبروها بشيء.")
    assert sp == ["سامي الحربي", None]
    assert _speakers("وقال والده فهد بن محمد القرني إن ابنه كان يعمل في الرياض.") == ["فهد بن محمد القرني"]


def test_accounts_and_reports_of_named_bodies() -> None:
    sp = _speakers(
        "وكتب حساب «وزارة الصحة» على تويتر: «يجب على الجميع الالتزام بالتعليمات». "
        "وأشار تقرير «منظمة العفو الدولية» إلى أن السجون مكتظة. وذكر تقرير صدر حديثا أن الأسعار ارتفعت."
    )
    assert sp == ["وزارة الصحة", "منظمة العفو الدولية", None]


def test_first_name_that_is_also_a_title_word_and_family_name_later() -> None:
    sp = _speakers(
        "وقال مدير المؤسسة مساعد الدريس إن العمل بدأ. وأشار الدريس إلى أن المؤسسة تقدم الخدمات للسفن."
    )
    assert sp == ["مساعد الدريس", "مساعد الدريس"]


def test_speaker_named_only_after_the_quotation() -> None:
    sp = _speakers(
        "«لن نسمح بعودة الإرهاب إلى المدينة»، بهذه الكلمات اختتم محافظ تعز سالم الحميري حديثه للصحفيين."
    )
    assert sp == ["سالم الحميري"]
    sp = _speakers("«الأسعار ستعود إلى طبيعتها قريبا جدا» هكذا علق رجل الأعمال ماجد الشهري على الأزمة.")
    assert sp == ["ماجد الشهري"]


def test_describing_participle_is_partial_and_takes_the_sentence_subject() -> None:
    text = (
        "وانتقد الكاتب سامي العلي القرار، واصفا إياه بـ«الخطوة المتسرعة وغير المدروسة». "
        "كما وصفه النائب فهد المطيري بأنه «قرار ظالم بحق الموظفين»."
    )
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    got = [(q.kind, doc.entity(q.speaker).name) for q in doc.quotes]  # type: ignore[union-attr]
    assert got == [("partial", "سامي العلي"), ("partial", "فهد المطيري")]


def test_feminine_verb_takes_the_woman_named_before() -> None:
    sp = _speakers("التقى الوزير خالد العتيبي الدكتورة نورة الشهري أمس. وقالت إن المشروع سيكتمل قريبا.")
    assert sp == ["نورة الشهري"]


def test_unclosed_guillemet_closed_by_a_second_opening_one() -> None:
    text = "وقال المتحدث فهد السبيعي: «لن نتراجع عن القرار«. وأضاف أن الحكومة ماضية في الإصلاحات."
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    assert [q.text for q in doc.quotes] == ["لن نتراجع عن القرار", "الحكومة ماضية في الإصلاحات"]


def test_attribution_to_an_outlet_after_a_byline() -> None:
    text = (
        'سبق- الرياض: أعلنت وزارة الصحة تسجيل حالات جديدة اليوم، وبحسب مصادر "سبق" فإن اللجنة '
        "ستجتمع الأسبوع المقبل لمناقشة الملف."
    )
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    q = doc.quotes[-1]
    assert q.text.startswith("اللجنة ستجتمع") and q.speaker is None
    assert doc.entity(q.source).name == "سبق"  # type: ignore[union-attr]


def test_english_witnesses_and_residents_are_anonymous() -> None:
    text = "Witnesses said the attackers fled in a white car. Residents told Reuters the shooting lasted an hour."
    doc = Document(id="t", text=text, language="en")
    doc.quotes = extract_quotes(doc)
    assert len(doc.quotes) == 2 and all(q.speaker is None for q in doc.quotes)
    assert doc.entity(doc.quotes[1].source).name == "Reuters"  # type: ignore[union-attr]


def test_honorific_and_family_name() -> None:
    assert _speakers("وأوضح الدكتور الغامدي أن نسبة الإشغال بلغت تسعين في المئة.") == ["الغامدي"]
    # an honorific and an adjective is no name
    assert _speakers("وقال الدكتور المختص إن الحالة مستقرة.") != ["المختص"]


def test_speaker_of_a_verb_without_content_carries_to_the_zero_subject() -> None:
    sp = _speakers(
        "توقع رئيس لجنة التسعير بوزارة الحج ماجد بن علي السراج، الإعلان عن الأسعار الأسبوع المقبل. "
        "وأوضح لـ«عكاظ» أن الوزارة لا تزال تدرس العرض."
    )
    assert sp == ["ماجد بن علي السراج"]


def test_zero_subject_takes_the_nearest_full_name_without_honorific() -> None:
    sp = _speakers(
        "استقبل سفير المملكة لدى الأردن عميد السلك الدبلوماسي فهد بن سعود العتيبي البعثة أمس.\n\n"
        "وقال في كلمته «إن هذا الإنجاز يضاف إلى إنجازات شباب المملكة»."
    )
    assert sp == ["فهد بن سعود العتيبي"]


def test_relative_clause_with_its_own_subject() -> None:
    sp = _speakers("ففي الوقت الذي يرى لافروف أن الحل سياسي، تصر واشنطن على الضغط العسكري.")
    assert sp == ["لافروف"]


def test_anonymous_antecedent_of_a_relative_clause() -> None:
    sp = _speakers(
        "وسيركز المرشح حملته في الجنوب بحسب المصادر الأمريكية التي قالت إن الولاية حاسمة في السباق."
    )
    assert sp[-1] is None


def test_named_expert_as_antecedent_of_a_relative_clause() -> None:
    sp = _speakers(
        "ويتفق معه خبير الأسواق أحمد عبد الحميد، الذي يقول: «هناك عشوائية في أسلوب المستثمر البسيط»."
    )
    assert sp == ["أحمد عبد الحميد"]


def test_kama_qala_with_a_colon_does_not_take_a_name_from_the_quotation() -> None:
    doc = Document(
        id="t",
        text="ومن أهم ما جاء في خطابه كما قال: «إن المنطقة تمر باضطرابات، وإن المطلوب البحث عن حلول».",
        language="ar",
    )
    doc.quotes = extract_quotes(doc)
    assert all("المطلوب" not in (doc.entity(q.speaker).name if q.speaker else "") for q in doc.quotes)  # type: ignore[union-attr]


def test_a_road_named_after_a_king_is_not_the_zero_subject() -> None:
    sp = _speakers(
        "واستكمال طريق الملك فيصل الذي يعد رديفا لطريق الملك فهد الواصل بين الدمام والخبر.\n\n"
        "وأضاف أن هناك مشروعا لتوسعة الطريق."
    )
    assert sp == [None]


def test_dual_zero_subject_after_anonymous_experts_is_not_the_last_person_named() -> None:
    sp = _speakers(
        "أجمع خبيران أوروبيان على أن جولة وزير الخارجية عادل الجبير ساهمت في تعزيز الشراكة. "
        "وقالا في تصريحين لـ«عكاظ» إن الدبلوماسية السعودية ركزت على الشراكات."
    )
    assert "عادل الجبير" not in sp


def test_plural_body_of_people_is_anonymous() -> None:
    sp = _speakers(
        "وأدان الوزراء الهجمات التي نفذها تنظيم القاعدة في شبه الجزيرة العربية، مشيرين إلى أن هذه "
        "الجماعات تستغل الفوضى. ودعا الوزراء إلى الحوار، مؤكدين على أن الحل سياسي."
    )
    assert sp == [None, None]


def test_kama_qala_colon_introduces_the_next_quotation() -> None:
    sp = _speakers(
        "وتحدث الوزير سعيد الغامدي عن الخطة. ومنها كما قال: «إن المنطقة تمر باضطرابات، وإن المطلوب البحث عن حلول»."
    )
    assert sp == ["سعيد الغامدي"]


def test_scripture_continued_with_qala_aydan_is_dropped_too() -> None:
    text = "حيث قال جل وعز: “فلا تميلوا كل الميل”، وقال أيضا: “ولن تعدلوا بين النساء ولو حرصتم”."
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    assert doc.quotes == []


def test_name_between_an_anchor_and_the_verb() -> None:
    assert _speakers("لكن كوك قال إن مبيعات الساعات وصلت إلى أكثر من تلك الزيادة.") == ["كوك"]


def test_bare_outlet_head_is_the_outlet_named_before() -> None:
    sp = _speakers(
        'وكشفت صحيفة "أفتون بلاديت" السويدية أن الصفقة كلفت خمسة ملايين يورو. '
        "وأفادت الصحيفة وفق تقريرها المطول بأن قيمة الانتقال تعكس إمكانات اللاعب."
    )
    assert sp == ["أفتون بلاديت", "أفتون بلاديت"]


def test_spokesman_of_this_body_is_the_spokesman_named_before() -> None:
    sp = _speakers(
        "وقال ناطق باسم سلطة تطوير العاصمة رمضان ساجد إن الأراضي منحت لمتعهدين. "
        "وأضاف الناطق باسم هذه الهيئة أن «المحكمة العليا في إسلام آباد أمرت بإزالة هذه الأحياء»، "
        "مشيرا إلى أنه «ليس هناك بديل ولا تعويضات»."
    )
    assert sp == ["رمضان ساجد"] * 3


def test_naqala_an_outlet_reports_what_someone_said() -> None:
    text = (
        "ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم أسفر عن مقتل خمسة جنود. "
        "ونقلت صحيفة «الحياة» عن وزير الداخلية خالد العلي أن الحكومة ستعلن الخطة قريبا. "
        "وتم نقل المصابين إلى المستشفى عن طريق الهلال الأحمر."
    )
    doc = Document(id="t", text=text, language="ar")
    doc.quotes = extract_quotes(doc)
    got = [
        (doc.entity(q.speaker).name if q.speaker else None, doc.entity(q.source).name if q.source else None)  # type: ignore[union-attr]
        for q in doc.quotes
    ]
    assert got == [(None, "وكالة رويترز"), ("خالد العلي", "الحياة")]
