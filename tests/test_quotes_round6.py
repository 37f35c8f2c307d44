"""Speakers, round 6: the holder's name closing a long title chain (after a preposition phrase, a
relative clause or a comma), the whole title chain resolved to the holder named before, and zero
subjects after "في تغريدة أخرى". Sentences written for these tests (none from an eval set); the
entities given stand for what the entity layer found."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

pytestmark = pytest.mark.usefixtures("quote_names")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "وأوضح المشرف العام على وكالة التنمية في إمارة المنطقة الدكتور سامي العتيبي أن المشروع اكتمل.",
            "سامي العتيبي",
        ),
        ("وقال المتحدث الرسمي لهيئة الطيران، د. فهد الشمري، إن الرحلات ستستأنف غدا.", "فهد الشمري"),
        ("وقال كبير الباحثين الذين أعدوا التقرير، جون سميث إن النتائج كانت مفاجئة.", "جون سميث"),
        (
            'وأوضح المدير التنفيذي لبرنامج "رعاية" ناصر العلي الدوسري، أن البرنامج خدم ألف أسرة.',
            "ناصر العلي",
        ),
        (
            "وأكد رئيس لجنة التنمية الأهلية بحي النخيل في الخبر، خالد المطيري، لـ«الوطن» أن الحي يحتاج حديقة.",
            "خالد المطيري",
        ),
    ],
)
def test_a_name_closing_the_title_chain_is_the_speaker(text: str, person: str) -> None:
    doc = quote_doc(text, persons=(person,))
    assert len(doc.quotes) == 1
    assert speakers(doc) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الوزير في اجتماع مع الدكتور أحمد السالم إن الخطة جاهزة.", "أحمد السالم"),
        ("وقال الوزير خلال حفل بحضور الأمير سلطان بن فهد إن الخطة جاهزة.", "سلطان بن فهد"),
    ],
)
def test_a_name_governed_by_a_preposition_is_not_the_speaker(text: str, person: str) -> None:
    doc = quote_doc(text, persons=(person,))
    assert len(doc.quotes) == 1
    assert speakers(doc) != [person]


def test_the_whole_title_chain_names_the_holder_named_before() -> None:
    text = (
        "وأوضح المشرف العام على وكالة التنمية في إمارة المنطقة الدكتور سامي العتيبي أن المشروع اكتمل. "
        "ولفت المشرف العام على وكالة التنمية في إمارة المنطقة أن خمس شركات تولت التنفيذ."
    )
    doc = quote_doc(text, persons=("سامي العتيبي",))
    assert speakers(doc) == ["سامي العتيبي", "سامي العتيبي"]


def test_a_second_tweet_continues_the_speaker() -> None:
    text = (
        'وقال اللاعب سالم الدوسري في تغريدة: "شكرا للجماهير على الدعم". وأضاف في تغريدة أخرى: "سنعود أقوى".'
    )
    doc = quote_doc(text, persons=("سالم الدوسري",))
    assert speakers(doc) == ["سالم الدوسري", "سالم الدوسري"]


def test_a_continuation_verb_with_a_bare_title_goes_on_with_the_speaker() -> None:
    text = (
        "وقال كريم سعيد إن المفاوضات مستمرة مع الجيران. "
        'وأضاف الرئيس الموريتاني "نريد السلام لكننا لن نقبل بالتهديد".'
    )
    doc = quote_doc(text, persons=("كريم سعيد",))
    assert speakers(doc) == ["كريم سعيد", "كريم سعيد"]


def test_a_pronoun_before_the_verb_is_the_previous_speaker_not_a_noun_of_the_content() -> None:
    text = (
        "وقال الوزير سالم الحربي إن الحكومة تدعم الحوار مع الجميع، "
        "لكنه أكد أيضا أن الشرط الأول هو وقف القتال."
    )
    doc = quote_doc(text, persons=("سالم الحربي",))
    assert speakers(doc) == ["سالم الحربي", "سالم الحربي"]


def test_an_office_and_its_nisba_is_the_holder_named_before_with_that_office() -> None:
    text = (
        "وعبر الرئيس هادي في الاجتماع عن سعادته بالانتصارات. "
        "وأكد الرئيس اليمني أن الحكومة تقف مع كل الخطوات الهادفة لتحقيق السلام."
    )
    doc = quote_doc(text)
    assert speakers(doc) == ["هادي"]


def test_an_office_with_another_nisba_is_not_that_holder() -> None:
    text = (
        "واتصل الرئيس الأمريكي أوباما بالرئيس هادي أمس. "
        "وأكد الرئيس الفرنسي أن الحكومة تقف مع كل الخطوات الهادفة لتحقيق السلام."
    )
    doc = quote_doc(text)
    assert speakers(doc) not in (["أوباما"], ["هادي"])


def test_a_feminine_zero_subject_continues_the_body_of_the_previous_paragraph() -> None:
    text = (
        "أدانت دولة الكويت الهجوم الذي استهدف المصلين أمس.\n\n"
        "وأكدت -وفقا لما نقلته وكالة الأنباء الكويتية- على أن هذه الجريمة لا تمت للدين بصلة."
    )
    doc = quote_doc(text, others=(("الكويت", "GPE"), ("وكالة الأنباء الكويتية", "ORG")))
    assert speakers(doc) == ["الكويت"]


def test_citing_right_after_the_verb_makes_the_cited_body_speak() -> None:
    text = "وقال نقلا عن دائرة صحة محافظة نينوى إن 40 مدنيا قتلوا في القصف."
    doc = quote_doc(text, others=(("نينوى", "GPE"),))
    assert speakers(doc) == ["دائرة صحة محافظة نينوى"]


def test_a_statement_issued_by_no_one_named_is_anonymous() -> None:
    text = "وأشار بيان صدر أمس إلى أن السفينة تحمل مواد غذائية وطبية."
    doc = quote_doc(text)
    assert speakers(doc) == [None]


def test_a_body_before_the_verb_is_not_the_place_in_its_name() -> None:
    text = "وكانت الهيئة العامة للموانئ بجدة قد ذكرت في بيان لها أمس، أن العمل في الرصيف الجديد اكتمل."
    doc = quote_doc(text, others=(("بجدة", "GPE"),))
    assert speakers(doc) == ["الهيئة العامة للموانئ بجدة"]


def test_the_report_is_the_report_named_before_and_its_author_speaks() -> None:
    text = (
        "وبلغ عدد المقاتلين الأجانب 1400 شخص، حسب تقرير صادر عن منظمة الأمن الأوروبية. "
        "ويقول التقرير إن نصف هؤلاء عادوا إلى بلدانهم."
    )
    doc = quote_doc(text, others=(("منظمة الأمن الأوروبية", "ORG"),))
    assert speakers(doc)[-1] == "منظمة الأمن الأوروبية"


def test_this_is_what_x_said_after_a_fronted_quotation() -> None:
    text = (
        "«الإدارة تعرف رغبتي، أريد الرحيل»، هذا ما قاله سامي الجابر بعد المباراة الودية أمس، "
        "مضيفا «المفاوضات مستمرة وأتمنى حلا سريعا»."
    )
    doc = quote_doc(text, persons=("سامي الجابر",))
    assert speakers(doc) == ["سامي الجابر", "سامي الجابر"]


def test_a_bare_role_noun_is_the_person_speaking() -> None:
    text = (
        "أكد النجم البرازيلي كارلوس سانتوس أنه سيبذل جهده مع فريقه الجديد. "
        'وقال اللاعب المنتقل إلى الفريق من نادي بورتو: "أعرف أن الجماهير تنتظر الكثير".'
    )
    doc = quote_doc(text, persons=("كارلوس سانتوس",), others=(("بورتو", "ORG"),))
    assert speakers(doc) == ["كارلوس سانتوس", "كارلوس سانتوس"]


def test_a_continuation_verb_with_an_office_and_its_genitive_goes_on_with_the_speaker() -> None:
    text = (
        "وقال سهيل الهاملي إن تحرير أسعار الوقود قرار اقتصادي مدروس. "
        'وأضاف وزير الطاقة: "هذه السياسة تحد من الهدر وتحمي البيئة".'
    )
    doc = quote_doc(text, persons=("سهيل الهاملي",))
    assert speakers(doc) == ["سهيل الهاملي", "سهيل الهاملي"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("أعلن حزب العمال الكردستاني مسؤوليته عن الهجوم قائلا إنه رد على القصف.", "حزب العمال الكردستاني"),
        ('وصرح الرئيس الكيني قبيل الزيارة: "نحن شركاء في الحرب على الإرهاب".', "الرئيس الكيني"),
        (
            "وسجلت شركة رابغ للتكرير والبتروكيماويات ارتفاعاً في أرباحها، وأوضحت الشركة في بيان أنها "
            "ستوزع الأرباح قريبا.",
            "شركة رابغ للتكرير والبتروكيماويات",
        ),
    ],
)
def test_a_subject_phrase_ends_before_an_object_a_time_word_or_a_tanween_word(
    text: str, speaker: str
) -> None:
    doc = quote_doc(text)
    assert speakers(doc)[-1] == speaker


def test_an_adverb_with_tanween_after_the_verb_is_skipped() -> None:
    text = "وقال سالم الحربي إن القرار نهائي. وأكد مجدداً أنه لا تراجع عن القرار."
    doc = quote_doc(text, persons=("سالم الحربي",))
    assert speakers(doc) == ["سالم الحربي", "سالم الحربي"]


def test_unknown_words_before_an_office_in_apposition_are_the_holders_name() -> None:
    text = "وأوضح سرفراز بكتي وزير الداخلية الإقليمي في مؤتمر صحفي، بأن القوات قتلت قياديا بارزا."
    doc = quote_doc(text, others=(("بلوشستان", "LOC"),))
    assert speakers(doc) == ["سرفراز بكتي"]


def test_the_army_told_journalists_is_the_army_not_a_person_they_accompany() -> None:
    text = (
        "وقال الجيش الأمريكي إن الغارة قتلت قياديا. وقال الجيش لصحفيين يرافقون وزير الدفاع "
        "الأمريكي آشتون كارتر إن الضربة هي الأحدث في أفغانستان."
    )
    doc = quote_doc(text, persons=("آشتون كارتر",), others=(("الجيش الأمريكي", "ORG"),))
    assert speakers(doc) == ["الجيش الأمريكي", "الجيش الأمريكي"]


def test_zero_subject_sentences_chain_back_to_the_paragraphs_named_subject() -> None:
    text = (
        "وقال المتحدث باسم الشرطة إن التحقيق مستمر.\n\n"
        "وزار خالد العمري مقر القوات الخاصة أمس. وأشاد بالقوات الخاصة وعبر عن أسفه للخسائر. "
        "وقال إن «قواتكم تقدم أداء جيدا»."
    )
    doc = quote_doc(text, persons=("خالد العمري",))
    assert speakers(doc)[-1] == "خالد العمري"


def test_refusing_to_comment_is_not_part_of_the_body() -> None:
    text = "ورفضت متحدثة باسم مكتب رئاسة الوزراء التعليق على هذه المعلومات، مشيرة إلى أن القرار لم يتخذ بعد."
    doc = quote_doc(text)
    assert speakers(doc) == ["مكتب رئاسة الوزراء"]


def test_the_addressee_after_a_person_is_not_part_of_the_name() -> None:
    text = "وقال ناريندرا مودي لعشرات الحاضرين إن الحكومة ستدعم المزارعين."
    doc = quote_doc(text, persons=("ناريندرا مودي",))
    assert speakers(doc) == ["ناريندرا مودي"]


def test_the_name_after_the_body_a_title_names_is_the_holder() -> None:
    text = "وكشف المدير التنفيذي لنادي روما إيتالو زانزي بأن الفريق واجه مشكلة في المطار."
    doc = quote_doc(text, persons=("إيتالو زانزي",), others=(("نادي روما", "ORG"),))
    assert speakers(doc) == ["إيتالو زانزي"]


def test_a_person_described_by_roles_is_not_the_club_in_the_description() -> None:
    text = (
        "دافع اللاعب الأرجنتيني السابق خورخي فالدانو عن مواطنه ليونيل ميسي.\n\n"
        "وقال اللاعب والمدرب السابق لنادي ريال مدريد الإسباني في تصريحات تلفزيونية: "
        "«هذا الأمر يشعرني بالخزي»."
    )
    doc = quote_doc(text, persons=("خورخي فالدانو", "ليونيل ميسي"), others=(("ريال مدريد", "ORG"),))
    assert speakers(doc) == ["خورخي فالدانو"]


def test_a_body_before_the_verb_ends_before_taht_and_between() -> None:
    text = "وكان مجلس الوزراء الأمني المصغر تحت ضغط متزايد منذ الهجوم، وقد أعلن أن الاستجوابات ستبدأ غدا."
    doc = quote_doc(text)
    assert speakers(doc) == ["مجلس الوزراء الأمني المصغر"]
