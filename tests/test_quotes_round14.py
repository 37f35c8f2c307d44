"""Speakers and detection, round 14. Sentences written for these tests (none from an eval set); the
entities given stand for what the entity layer found, cut mentions included."""

from __future__ import annotations

import pytest
from quotes_helpers import speakers as _speakers

from khabar.document import Document, Entity, Mention
from khabar.quotes.extract import extract_quotes

pytestmark = pytest.mark.usefixtures("quote_names")


def _doc(text: str, persons: tuple[str, ...] = (), cut: tuple[str, ...] = ()) -> Document:
    """``persons``: every occurrence a PERSON mention; ``cut``: a word whose mention the entity layer
    began one letter in (its first letter read as a proclitic)."""
    ents = []
    for k, name in enumerate(persons, 1):
        ms = []
        i = text.find(name)
        while i >= 0:
            ms.append(Mention(start=i, end=i + len(name), text=name))
            i = text.find(name, i + 1)
        ents.append(Entity(id=f"e{k}", type="PERSON", name=name, mentions=ms))
    for k, word in enumerate(cut, len(persons) + 1):
        i = text.find(word)
        ents.append(
            Entity(
                id=f"e{k}",
                type="PERSON",
                name=word[1:],
                mentions=[Mention(start=i + 1, end=i + len(word), text=word[1:])],
            )
        )
    doc = Document(id="t", text=text, language="ar", entities=ents)
    doc.quotes = extract_quotes(doc)
    Document.model_validate(doc.to_dict())
    return doc


# --- a "person" cut out of an office word («وكيل» -> «كيل») is no name: the office phrase speaks ------


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        (
            "وقال وكيل وزارة التعليم لشؤون البنات إن التسجيل يبدأ الأسبوع المقبل.",
            "وكيل",
            "وكيل وزارة التعليم لشؤون البنات",
        ),
        (
            "وأوضحت وكيلة كلية الطب للدراسات العليا أن المقاعد محدودة هذا العام.",
            "وكيلة",
            "وكيلة كلية الطب للدراسات العليا",
        ),
        (
            "وأكد وزير المالية الكويتي أن العجز سينخفض في الربع الأخير.",
            "وزير",
            "وزير المالية الكويتي",
        ),
    ],
)
def test_mention_cut_from_office_word_is_no_speaker(text: str, word: str, speaker: str) -> None:
    assert _speakers(_doc(text, cut=(word,))) == [speaker]


def test_name_after_stripped_conjunction_still_speaks() -> None:
    # guard: a real name after و («وسالم» -> سالم) is a name, not a cut office word
    doc = _doc(
        "قال المدير وسالم الهاجري إن الفريق جاهز. وأضاف سالم الهاجري أن المباراة صعبة.",
        persons=("سالم الهاجري",),
    )
    assert _speakers(doc)[-1] == "سالم الهاجري"


# --- «أنْ» + a present-tense verb after a noun of need or «، على أن» is a verbal noun, no content ----


@pytest.mark.parametrize(
    "text",
    [
        "شدد المدرب فهد العتيبي على ضرورة أن يلتزم اللاعبون بالتعليمات داخل الملعب.",
        "أكد رئيس الجمعية سعد الحربي على أهمية أن تشارك المرأة في العمل البلدي.",
        "وأعلن المنظمون سعد الحربي موعد البطولة في الصيف، على أن تقام المباريات في ثلاث مدن.",
    ],
)
def test_infinitive_an_after_noun_is_no_quotation(text: str) -> None:
    assert _doc(text, persons=("فهد العتيبي", "سعد الحربي")).quotes == []


def test_that_clause_after_the_cue_still_reported() -> None:
    # guard: «أنّ» opening the content right after the subject stays a quotation, also before a verb
    doc = _doc("وأكد المدرب فهد العتيبي أن يتطلع الفريق إلى الفوز غدا.", persons=("فهد العتيبي",))
    assert _speakers(doc) == ["فهد العتيبي"]
    doc = _doc("وشدد فهد العتيبي على أن تكون المباراة نظيفة.", persons=("فهد العتيبي",))
    assert _speakers(doc) == ["فهد العتيبي"]


# --- «وبحسب <outlet> قال X، <apposition>: «...»»: the attribution is the outlet of the verb after it ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وبحسب «رويترز» قال سامر الحلبي، الخبير في «بنك الخليج» في دبي: «الأسواق تترقب قرار الفائدة».",
            "سامر الحلبي",
        ),
        (
            "ووفقا لقناة العربية صرح خالد منصور، مدير مصنع الأسمدة في الجبيل: «سنضاعف الإنتاج العام المقبل».",
            "خالد منصور",
        ),
        ("وحسب صحيفة «عكاظ» أكدت نورة السالم، عضو اللجنة النسائية، أن التسجيل يغلق الخميس.", "نورة السالم"),
    ],
)
def test_attribution_before_speech_verb_is_no_quotation_of_its_own(text: str, name: str) -> None:
    doc = _doc(text, persons=(name,))
    assert _speakers(doc) == [name]
    assert not doc.quotes[0].text.startswith(("الخبير", "مدير", "عضو"))


def test_attribution_with_comma_still_reports_clause() -> None:
    # guard: «وبحسب «رويترز»، ارتفعت ...» (no speech verb before the comma) stays the outlet's report
    doc = _doc("وبحسب «رويترز»، ارتفعت أسعار النفط بنسبة ثلاثة في المئة خلال الأسبوع الماضي.")
    assert len(doc.quotes) == 1 and doc.quotes[0].text.startswith("ارتفعت")


# --- a present-tense verb after a fronted adjunct («وعن X يجيب Y قائلا:») opens its clause -----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وعن سؤال حول الميزانية يجيب مستشار رئيس الوزراء قائلاً: «لن نتراجع عن القرار».",
            "مستشار رئيس الوزراء",
        ),
        ("وعن الميزانية يجيب مدير الجمارك قائلا: «الإجراءات لم تتغير».", "مدير الجمارك"),
        ("وحول ما إذا كانت الأسعار سترتفع يرد سالم الهاجري قائلا: «لا أتوقع ذلك».", "سالم الهاجري"),
    ],
)
def test_verb_after_fronted_adjunct_gives_participle_subject(text: str, speaker: str) -> None:
    assert _speakers(_doc(text, persons=("سالم الهاجري",))) == [speaker]


def test_fronted_adjunct_needs_the_preposition() -> None:
    # guard: a noun phrase before the verb («الأسعار يرد») is no fronted adjunct: no office made up
    doc = _doc(
        "قال سالم الهاجري إن السوق هادئة. والأسعار يرد عليها التجار قائلين: «لا تغيير».",
        persons=("سالم الهاجري",),
    )
    assert "التجار" not in " ".join(s or "" for s in _speakers(doc))


# --- a definite noun for an unnamed person then two words closing the subject: a name no list knows ---


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال الشاب مشاري الوزيه قبل دخوله غرفة العمليات إنه لم يتردد لحظة.", "مشاري الوزيه"),
        ("وأكد المواطن عايض الشهراني أن المياه انقطعت عن الحي ثلاثة أيام.", "عايض الشهراني"),
        ("وأوضحت الطالبة جواهر الزهيري أن الاختبار كان أسهل من المتوقع.", "جواهر الزهيري"),
    ],
)
def test_unknown_name_after_person_noun_speaks(text: str, speaker: str) -> None:
    assert _speakers(_doc(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المدرب بعد المباراة إن الفريق قدم أداء جيدا.",
        "وقال الطالب مساء الخميس إن الاختبار كان سهلا.",
        "وقال الشاب المصري الجنسية إن الشرطة وصلت متأخرة.",
    ],
)
def test_no_name_made_of_adverbs_or_adjectives(text: str) -> None:
    assert _speakers(_doc(text)) == [None]


# --- a definite noun and a nisba before «في بيان» name a body that speaks through the statement -------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأوضحت الجالية السودانية في بيان لها أن الأوضاع في الحي مستقرة.", "الجالية السودانية"),
        ("وأكدت الحملة الوطنية في بيان أن التبرعات تجاوزت المليون ريال.", "الحملة الوطنية"),
        ("وأعلنت العشيرة الشمرية عبر بيان أن الصلح تم بين الطرفين.", "العشيرة الشمرية"),
    ],
)
def test_group_issuing_statement_speaks(text: str, speaker: str) -> None:
    assert _speakers(_doc(text)) == [speaker]


def test_anonymous_official_in_statement_stays_anonymous() -> None:
    # guard: an anonymous head («المسؤول السعودي في بيان») is no body
    assert _speakers(_doc("وقال المسؤول السعودي في بيان إن الحفل تأجل إلى الأسبوع المقبل.")) == [None]


# --- a title chain whose holder is named in the subject is that person, not an inner title's holder ---


@pytest.mark.parametrize(
    ("text", "persons", "speaker"),
    [
        (
            "كرم مدير الشرطة العام الفريق أول عادل الملحم الفائزين. وقال نائب مدير الشرطة العام مساعد قائد المرور اللواء سعد المطيري: «سنوسع الدوريات».",
            ("عادل الملحم", "سعد المطيري"),
            "سعد المطيري",
        ),
        (
            "افتتح مدير الدفاع المدني العام الفريق سليمان العمرو المعرض. وأوضح نائب مدير الدفاع المدني العام قائد فرق الإنقاذ العقيد خالد السبيعي أن التدريب مستمر.",
            ("سليمان العمرو", "خالد السبيعي"),
            "خالد السبيعي",
        ),
        (
            "رعى مدير الجمارك العام الأستاذ أحمد الحقباني الحفل. وقال نائب مدير الجمارك العام المشرف على المنافذ البرية المهندس طارق الغامدي إن الإجراءات تغيرت.",
            ("أحمد الحقباني", "طارق الغامدي"),
            "طارق الغامدي",
        ),
    ],
)
def test_title_chain_holder_named_after_it(text: str, persons: tuple[str, ...], speaker: str) -> None:
    assert _speakers(_doc(text, persons=persons)) == [speaker]


def test_title_alone_is_the_holder_named_before() -> None:
    # guard: «وأضاف مدير الجوازات» with no name after it is the one described so before
    doc = _doc(
        "افتتح مدير الجوازات اللواء سليمان اليحيى المعرض. وأضاف مدير الجوازات أن الإجراءات تغيرت.",
        persons=("سليمان اليحيى",),
    )
    assert _speakers(doc) == ["سليمان اليحيى"]


# --- a paragraph opening with a zero-subject verb continues the person the paragraph before is about --


@pytest.mark.parametrize(
    ("text", "persons", "speaker"),
    [
        (
            "وقال اللاعب خالد شراحيلي: «الأجواء جميلة داخل المعسكر».\n\nمن جهة أخرى، طمأن عضو الشرف موسى الموسى، جماهير النادي حول الأزمة المالية.\n\nوشدد على أن الإدارة تتعامل مع ملف الديون.",
            ("خالد شراحيلي", "موسى الموسى"),
            "موسى الموسى",
        ),
        (
            "وأكد المدرب سامي الجابر أن الفريق جاهز.\n\nوفي سياق آخر، زار رئيس البلدية فهد المقرن، الحي المتضرر من السيول.\n\nوأوضح أن التعويضات ستصرف الشهر المقبل.",
            ("سامي الجابر", "فهد المقرن"),
            "فهد المقرن",
        ),
        (
            "وقال الباحث ناصر العتيبي إن النتائج مشجعة.\n\nإلى ذلك، افتتح وزير الصحة توفيق الربيعة، مركزا جديدا للأورام في جدة.\n\nوأشار إلى أن المركز يخدم المنطقة الغربية.",
            ("ناصر العتيبي", "توفيق الربيعة"),
            "توفيق الربيعة",
        ),
    ],
)
def test_zero_subject_after_paragraph_break_continues_its_subject(
    text: str, persons: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(_doc(text, persons=persons))[-1] == speaker


def test_zero_subject_after_paragraph_without_named_subject_keeps_speaker() -> None:
    # guard: a paragraph about no person found by the entity layer leaves the last speaker speaking
    text = "وقال المدرب سامي الجابر إن الفريق جاهز.\n\nوهطلت أمطار غزيرة على المدينة مساء أمس.\n\nوأضاف أن المباراة ستقام في موعدها."
    assert _speakers(_doc(text, persons=("سامي الجابر",)))[-1] == "سامي الجابر"


# --- «فيما / بينما» + another one's speech verb ends the content and opens that one's report ----------


@pytest.mark.parametrize(
    ("text", "persons", "second"),
    [
        (
            "وأكد أحمد الخميس أن الفيديو يمكن الاعتماد عليه كدليل فيما الربيش يقول: إن اللائحة ترفض ذلك.",
            ("أحمد الخميس",),
            "الربيش",
        ),
        (
            "وأوضح سامي الجابر أن العقد ينتهي في الصيف بينما قال فهد المقرن إن التمديد ممكن.",
            ("سامي الجابر", "فهد المقرن"),
            "فهد المقرن",
        ),
        (
            "وذكر خالد العمري أن الطريق سيفتح غدا فيما أكدت البلدية أن الأعمال لم تنته بعد.",
            ("خالد العمري",),
            "البلدية",
        ),
    ],
)
def test_contrast_opens_another_report(text: str, persons: tuple[str, ...], second: str) -> None:
    doc = _doc(text, persons=persons)
    assert _speakers(doc) == [persons[0], second]
    assert "فيما" not in doc.quotes[0].text and "بينما" not in doc.quotes[0].text


def test_contrast_without_speech_verb_stays_in_content() -> None:
    # guard: «فيما» opening a clause with no verb of speech is part of what was said
    doc = _doc("وأوضح سامي الجابر أن الفريق تدرب صباحا فيما خاض الحراس حصة خاصة.", persons=("سامي الجابر",))
    assert len(doc.quotes) == 1 and "فيما خاض" in doc.quotes[0].text


# --- three or more quoted items joined by commas and «و» are a list of titles, not quotations ---------


@pytest.mark.parametrize(
    "text",
    [
        "كتب الروائي سالم العتيبي في كتابه فصولا بعناوين «جدة عروس البحر الأحمر»، «الرياض قلب الجزيرة النابض»، و«أبها مدينة الضباب الجميلة» وغيرها.",
        "ويقرأ الزائر في المعرض الذي أعده سالم العتيبي: «القهوة رفيقة المجالس القديمة»، «التمر زاد الرحلة الطويلة»، «الخبز سيد المائدة اليومية».",
        "أصدر سالم العتيبي كتابا جديدا. وكتب في فصله الأول عن «نجد أرض الفرسان الشجعان»، «الحجاز ملتقى القوافل القديمة»، و«عسير حديقة الجنوب الخضراء» وغيرها.",
    ],
)
def test_list_of_quoted_titles_is_no_quotation(text: str) -> None:
    assert [q for q in _doc(text, persons=("سالم العتيبي",)).quotes if q.kind != "indirect"] == []


def test_two_quoted_sentences_still_quoted() -> None:
    # guard: two marked sentences after a speech verb stay a quotation
    doc = _doc(
        "وقال سالم العتيبي: «الرواية تحتاج إلى صبر طويل»، «والكتابة عمل شاق».", persons=("سالم العتيبي",)
    )
    assert _speakers(doc)[:1] == ["سالم العتيبي"]


# --- a verb of seeming between the cue and «أن» takes the clause: the writer's inference -----------


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الباحثون سعد الحربي وزملاؤه عن اكتشاف جديد العام الماضي، ويبدو أنهم كانوا يقصدون علاجا للسكري.",
        "وأكد سعد الحربي خطط التوسع في المصنع، ويتضح أن الشركة تستهدف الأسواق الأفريقية.",
        "وأشار سعد الحربي إلى الأرقام الأخيرة للمبيعات، وبدا أن الإدارة راضية عن النتائج.",
    ],
)
def test_seeming_verb_clause_is_no_quotation(text: str) -> None:
    assert _doc(text, persons=("سعد الحربي",)).quotes == []


def test_seeming_inside_content_stays_content() -> None:
    # guard: «ويبدو أن» after the complementizer is part of what was said
    doc = _doc("وقال سعد الحربي إن الفريق جاهز ويبدو أن اللاعبين متحمسون.", persons=("سعد الحربي",))
    assert _speakers(doc) == ["سعد الحربي"] and "متحمسون" in doc.quotes[0].text


# --- «نقل X عن Y، وهو ...، قوله “...”»: the apposition's commas do not hide «قوله» -----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ونقلت صحيفة «الحياة» عن خالد المنصور، وهو أحد الخبراء في شؤون الطاقة وعمل سنوات في الكويت، قوله «الأسعار ستنخفض قبل نهاية العام الحالي».",
            "خالد المنصور",
        ),
        (
            "ونقلت وكالة رويترز عن سامي العلي، وهو مهندس في المصنع منذ عشرين عاما، قوله “لم نر حريقا بهذا الحجم من قبل”.",
            "سامي العلي",
        ),
        (
            "ونقل التلفزيون الرسمي عن فهد الدوسري، وهو قائد الفريق الذي وصل أولا إلى الموقع بعد الانفجار، قوله «أنقذنا عشرة أشخاص من تحت الأنقاض».",
            "فهد الدوسري",
        ),
    ],
)
def test_own_words_after_apposition(text: str, speaker: str) -> None:
    doc = _doc(text, persons=(speaker,))
    assert _speakers(doc) == [speaker] and doc.quotes[0].kind == "direct"


def test_own_words_after_full_stop_not_taken() -> None:
    # guard: «قوله» in the next sentence does not make «نقل عن» a report
    doc = _doc(
        "ونقلت الصحيفة عن خالد المنصور تفاصيل الصفقة. وفي قوله «لا تعليق» ما يكفي.", persons=("خالد المنصور",)
    )
    assert all(q.cue is None or q.cue.start > 5 for q in doc.quotes)


# --- a name after another preposition keeps the ب the entity layer cut as a preposition ---------------


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("ونقلت وكالة الأنباء عن باولو مارتيني قوله «الاقتصاد يتعافى ببطء».", "باولو مارتيني"),
        ("وقالت الشرطة في بيان صادر عن بيرنارد كوخ إن التحقيق مستمر.", "بيرنارد كوخ"),
        ("وأجرت القناة لقاء مع بوريس ميلر الذي قال إن الانتخابات ستؤجل.", "بوريس ميلر"),
    ],
)
def test_b_name_after_preposition_restored(text: str, full: str) -> None:
    i = text.find(full)
    ent = Entity(
        id="e1",
        type="PERSON",
        name=full[1:],
        mentions=[Mention(start=i + 1, end=i + len(full), text=full[1:])],
    )
    doc = Document(id="t", text=text, language="ar", entities=[ent])
    doc.quotes = extract_quotes(doc)
    assert doc.entity("e1").mentions[0].text == full


# --- «..., أوضح ذلك X» / «... . ذكر ذلك X»: the clause or sentence before is X's -------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            "تنظم الجمعية دورة تدريبية للمتطوعين في الأسبوع المقبل، أوضح ذلك مدير الجمعية المهندس سالم الحربي.",
            "سالم الحربي",
            "تنظم",
        ),
        (
            "افتتحت البلدية ثلاث حدائق جديدة في الأحياء الشرقية هذا الشهر. ذكر ذلك رئيس البلدية فهد الشمري، الذي أكد أن العمل مستمر.",
            "فهد الشمري",
            "افتتحت",
        ),
        (
            "ارتفع عدد الزوار إلى مليون زائر خلال موسم الصيف الماضي، أكد ذلك مدير السياحة خالد العنزي.",
            "خالد العنزي",
            "ارتفع",
        ),
    ],
)
def test_clause_attributed_by_that(text: str, speaker: str, start: str) -> None:
    doc = _doc(text, persons=(speaker,))
    assert doc.quotes[0].text.startswith(start) and _speakers(doc)[0] == speaker


def test_that_verb_with_its_own_content_reports_what_follows() -> None:
    # guard: «أوضح ذلك X بقوله: إن ...» reports the words after it, not the sentence before
    doc = _doc(
        "دعمت الإدارة مستشفياتها باستشارية جديدة للنطق. أوضح ذلك مدير الإدارة سالم الحربي بقوله: إن الاستشارية باشرت عملها اليوم.",
        persons=("سالم الحربي",),
    )
    assert all(not q.text.startswith("دعمت") for q in doc.quotes)


# --- a bare definite word naming a body by a word of its full name written before ------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "أصدر الجهاز المركزي للتعبئة العامة والإحصاء نتائج المسح. وأوضح الإحصاء ارتفاع عدد السكان. وأضاف أن معدل البطالة انخفض.",
            "الجهاز المركزي للتعبئة العامة والإحصاء",
        ),
        (
            "أطلقت الهيئة العليا للسياحة والآثار حملة جديدة. وأوضحت الآثار أهمية الحملة. وأشارت إلى أن التسجيل مفتوح.",
            "الهيئة العليا للسياحة والآثار",
        ),
        (
            "افتتحت الهيئة الملكية للجبيل والصناعة مصنعا جديدا. وأوضحت الصناعة أهمية المصنع. وأضافت أن التشغيل يبدأ الأحد.",
            "الهيئة الملكية للجبيل والصناعة",
        ),
    ],
)
def test_body_named_by_a_word_of_its_name(text: str, body: str) -> None:
    assert _speakers(_doc(text))[-1] == body


def test_word_after_non_body_chain_is_no_body() -> None:
    # guard: «الجهاز التنفسي وخصوصا المصابين» is no body's name: «وحذر المصابين» is no body speaking
    doc = _doc(
        "وطالب الطبيب سعد الحربي بعلاج مرضى الجهاز التنفسي وخصوصا المصابين بالربو. وحذر المصابين من الغبار، مؤكدا أن الطوارئ جاهزة.",
        persons=("سعد الحربي",),
    )
    assert "الجهاز" not in " ".join(s or "" for s in _speakers(doc))
