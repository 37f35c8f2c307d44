"""Speakers and detection, round 15. Sentences written for these tests (none from an eval set); the
entities given stand for what the entity layer found, glued or cut mentions included."""

from __future__ import annotations

import pytest
from quotes_helpers import speakers as _speakers
from quotes_helpers import typed_doc as _doc

from khabar.document import Document

pytestmark = pytest.mark.usefixtures("quote_names")


def _quoted(doc: Document) -> list[str]:
    return [q.text for q in doc.quotes]


# --- God or the Prophet named in a verse or a prayer never speaks a news quotation -------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "فيما رأى الدكتور سلمان الشهري -عضو هيئة التدريس بالجامعة- أنّه يجب على البرنامج أن يكون عمليا، "
            "موضحاً أنّ التطرف يجب أن يعالج بما يوافق ما قال الله وقال رسوله الكريم صلى الله عليه وسلم، "
            "وهذا البرنامج مهم إذا تم تنفيذه.\n"
            'وقال: "أرجو أن لا يكون مصير هذا البرنامج كمصير غيره من المشاريع التي صرفت عليها الملايين".',
            "سلمان الشهري",
        ),
        (
            "بينما اعتبر الشيخ ناصر القحطاني -إمام جامع الحي- أن العمل التطوعي واجب، مبينا أن الخير يجب أن "
            "يقدم كما قال الله وقال رسوله صلى الله عليه وسلم، وأن المجتمع بحاجة إليه.\n"
            "وأضاف: «المساجد مفتوحة لكل من يريد التعلم والمشاركة في هذه البرامج».",
            "ناصر القحطاني",
        ),
        (
            "ورأى المستشار عمر الزهراني -رئيس لجنة الأسرة- أن التكافل ضرورة، مشيرا إلى أن الجار يجب أن يكرم "
            "كما قال الله وقال النبي صلى الله عليه وسلم، وأن الخلاف لا يسقط الحق.\n"
            "وتابع: «الجيرة حق لا يسقط بالخلاف بين الناس مهما كان».",
            "عمر الزهراني",
        ),
    ],
)
def test_sacred_name_is_not_continued_as_speaker(text: str, speaker: str) -> None:
    name = speaker
    assert _speakers(_doc(text, (("PERSON", name), ("MISC", "الله"))))[-1] == speaker


# --- «سابقًا / حاليًا» between the office and its holder's name stays inside the subject --------------


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            "نعى العلماء الشيخ محمد الحربي. وقال إمام الجامع الكبير سابقًا الشيخ صالح العمري "
            "“اللهم اغفر لعبدك محمد الحربي وارحمه”.",
            (("PERSON", "محمد الحربي"), ("PERSON", "صالح العمري")),
            "صالح العمري",
        ),
        (
            "نعت الجمعية الشيخ فهد السالم أمس. وقال إمام المسجد النبوي سابقًا الشيخ نبيل العمر "
            "“اللهم ارحم عبدك فهد السالم واجعل قبره روضة”.",
            (("PERSON", "فهد السالم"), ("PERSON", "نبيل العمر")),
            "نبيل العمر",
        ),
        (
            "رثى الطلاب الدكتور خالد الرشيد بعد وفاته. وكتب إمام جامع الحي حاليًا الدكتور سامي الزهراني "
            "“اللهم تقبل خالد الرشيد في الصالحين”.",
            (("PERSON", "خالد الرشيد"), ("PERSON", "سامي الزهراني")),
            "سامي الزهراني",
        ),
        (
            "نعى الزملاء اللواء سعد الغامدي. وقال إمام الجامع الكبير سابقاً الشيخ ماجد العتيبي "
            "“اللهم اغفر لأخي سعد الغامدي وأسكنه فسيح جناتك”.",
            (("PERSON", "سعد الغامدي"), ("PERSON", "ماجد العتيبي")),
            "ماجد العتيبي",
        ),
    ],
)
def test_office_time_adverb_keeps_the_named_holder(text: str, ents: tuple, speaker: str) -> None:
    assert _speakers(_doc(text, ents))[-1] == speaker


# --- a paragraph that opens inside a quotation opened in the paragraph before --------------------------


@pytest.mark.parametrize(
    ("text", "ents", "first_words", "speaker"),
    [
        (
            "وقال المدرب جوزيه بيسيرو “الفريق يحتاج إلى وقت. اللاعبون الجدد لم يتأقلموا بعد مع أسلوبنا.\n"
            "ولا أريد أن أحمّلهم أكثر مما يحتملون.” ثم غادر المؤتمر الصحفي.",
            (("PERSON", "جوزيه بيسيرو"),),
            "ولا أريد أن أحمّلهم",
            "جوزيه بيسيرو",
        ),
        (
            'وقالت الباحثة سارة المطيري "النتائج مشجعة جدا. لكننا نحتاج إلى عينة أكبر.\n'
            'والمرحلة الثانية تبدأ في الخريف." وأشارت الجامعة إلى تمويل الدراسة.',
            (("PERSON", "سارة المطيري"),),
            "والمرحلة الثانية تبدأ",
            "سارة المطيري",
        ),
        (
            "وأضاف السفير ماجد الحربي “العلاقات بين البلدين متينة. وهناك مشاريع كثيرة مشتركة.\n"
            "ونحن نعمل على توسيعها في العام المقبل.” وغادر السفير القاعة.",
            (("PERSON", "ماجد الحربي"),),
            "ونحن نعمل على توسيعها",
            "ماجد الحربي",
        ),
    ],
)
def test_quotation_continued_into_next_paragraph(
    text: str, ents: tuple, first_words: str, speaker: str
) -> None:
    doc = _doc(text, ents)
    cont = [q for q in doc.quotes if q.text.startswith(first_words)]
    assert len(cont) == 1
    assert cont[0].kind == "direct"
    assert doc.entity(cont[0].speaker).name == speaker  # type: ignore[union-attr]
    assert "ثم غادر" not in cont[0].text and "وأشارت" not in cont[0].text and "وغادر" not in cont[0].text


def test_reversed_marks_still_pair_in_one_paragraph() -> None:
    # guard: a paragraph whose marks are the reversed ”...“ of some sites, after a closed one
    doc = _doc(
        "وقال المدير خالد السبيعي: “نحن جاهزون للموسم الجديد بكل قوة”.\n"
        "وأضاف خالد السبيعي: ”سنبدأ التدريبات في الأسبوع المقبل“.",
        (("PERSON", "خالد السبيعي"),),
    )
    assert _quoted(doc) == ["نحن جاهزون للموسم الجديد بكل قوة", "سنبدأ التدريبات في الأسبوع المقبل"]


# --- ل + an outlet at the end of a person's mention is whom they told --------------------------------


@pytest.mark.parametrize(
    ("text", "glued", "outlet"),
    [
        ("وقال كوفاليف لرويترز إن المفاوضات ستستأنف الأسبوع المقبل.", "كوفاليف لرويترز", "رويترز"),
        ("وأكد يلدريم للأناضول أن العقد سيوقع قبل نهاية الشهر.", "يلدريم للأناضول", "الأناضول"),
        ("وصرح بيتروف لسبوتنيك بأن الوفد سيصل غدا إلى العاصمة.", "بيتروف لسبوتنيك", "سبوتنيك"),
        ("وذكر أندريه مارتن لوكالة الأناضول أن الحدود مغلقة.", "أندريه مارتن لوكالة", None),
    ],
)
def test_outlet_glued_to_person_is_cut(text: str, glued: str, outlet: str | None) -> None:
    doc = _doc(text, (("PERSON", glued),))
    assert len(doc.quotes) == 1
    sp = doc.entity(doc.quotes[0].speaker)
    assert sp is not None
    if outlet is None:
        assert sp.name == glued  # guard: «لوكالة» is no outlet's name, the mention stays
    else:
        assert sp.name == glued.rsplit(" ", 1)[0]
        assert all(outlet[-3:] not in m.text for m in sp.mentions)


# --- a « typed for » when another « opens before the next » --------------------------------------------


@pytest.mark.parametrize(
    ("text", "ents", "quoted", "speaker"),
    [
        (
            "أطلقت الشركة المسبار «هدهد « مؤخراً، وقال المدير حسن القرني، إن المهمة نجحت، مضيفا «وصلنا إلى المدار المطلوب بدقة».",
            (("PERSON", "حسن القرني"),),
            "وصلنا إلى المدار المطلوب بدقة",
            "حسن القرني",
        ),
        (
            "افتتح المعرض جناح «الرياض « أمس، وقالت المنظمة ليلى الشمري إن الإقبال كبير، مضيفة «الزوار من كل المدن».",
            (("PERSON", "ليلى الشمري"),),
            "الزوار من كل المدن",
            "ليلى الشمري",
        ),
        (
            "عرضت القناة فيلم «الطريق « مساء الجمعة، وقال المخرج سامي الدوسري إن الفيلم صوّر في عام، "
            "مضيفا «العمل استغرق جهدا كبيرا من الفريق».",
            (("PERSON", "سامي الدوسري"),),
            "العمل استغرق جهدا كبيرا من الفريق",
            "سامي الدوسري",
        ),
    ],
)
def test_mistyped_closing_guillemet(text: str, ents: tuple, quoted: str, speaker: str) -> None:
    doc = _doc(text, ents)
    assert quoted in _quoted(doc)
    assert all(name == speaker for name in _speakers(doc))
    assert len(doc.quotes) == 2  # the indirect report is found too, not swallowed by a long mark span


def test_proper_guillemet_pairs_unchanged() -> None:
    # guard: a quoted name in «» and a quotation in «» later in the paragraph pair as before
    doc = _doc(
        "أطلقت الوزارة برنامج «تمكين» أمس، وقال الوزير فهد الدوسري: «البرنامج يدعم الشباب في كل المناطق».",
        (("PERSON", "فهد الدوسري"),),
    )
    assert _quoted(doc) == ["البرنامج يدعم الشباب في كل المناطق"]
    assert _speakers(doc) == ["فهد الدوسري"]


# --- «حيث» + a speech verb ends the indirect content and opens that verb's report -----------------------


@pytest.mark.parametrize(
    ("text", "ents", "first", "speaker2"),
    [
        (
            "وقال المسؤولون إن الاستعدادات تسير كما خطط لها حيث أبلغ المدير العام طلال المالكي الصحفيين "
            "“كل شيء جاهز للافتتاح”.",
            (("PERSON", "طلال المالكي"),),
            "الاستعدادات تسير كما خطط لها",
            "طلال المالكي",
        ),
        (
            "وأكدت الوزارة أن المدارس ستفتح في موعدها حيث قال الوكيل عادل الحارثي إن الكتب وزعت.",
            (("PERSON", "عادل الحارثي"), ("ORG", "الوزارة")),
            "المدارس ستفتح في موعدها",
            "عادل الحارثي",
        ),
        (
            "وذكر الاتحاد أن المباراة ستقام بلا جمهور حيث أوضح المتحدث باسمه سعد القحطاني أن القرار نهائي.",
            (("PERSON", "سعد القحطاني"), ("ORG", "الاتحاد")),
            "المباراة ستقام بلا جمهور",
            "سعد القحطاني",
        ),
    ],
)
def test_where_clause_with_speech_verb_opens_a_report(
    text: str, ents: tuple, first: str, speaker2: str
) -> None:
    doc = _doc(text, ents)
    assert _quoted(doc)[0] == first
    assert _speakers(doc)[1] == speaker2


# --- a body's own name after its description, in parentheses or quotation marks ------------------------


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "قالت هيئة الطيران المدني الأوروبية «إياسا» إن الرحلات ستعود تدريجيا خلال الشهر المقبل.",
            (("ORG", "هيئة الطيران المدني الأوروبية"),),
            "إياسا",
        ),
        (
            'ستفتتح الحديقة في الربيع، وفقا لما أعلنته شركة الخطوط الحديدية الوطنية "سار".',
            (("ORG", "شركة الخطوط الحديدية الوطنية"),),
            "سار",
        ),
        (
            "وأكدت منظمة الأمم المتحدة للطفولة “يونيسف” أن آلاف الأطفال بحاجة إلى مساعدة عاجلة.",
            (("ORG", "منظمة الأمم المتحدة للطفولة"),),
            "يونيسف",
        ),
    ],
)
def test_quoted_own_name_joins_the_body(text: str, ents: tuple, name: str) -> None:
    doc = _doc(text, ents)
    assert len(doc.quotes) == 1
    sp = doc.entity(doc.quotes[0].speaker)
    assert sp is not None and name in [m.text for m in sp.mentions]


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            "من جهة أخرى، قالت وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا)، إن أزمتها المالية تتعمق.",
            (("ORG", "غوث"), ("ORG", "الأونروا")),
            "الأونروا",
        ),
        (
            "وأعلنت هيئة تقييم الأداء العام للأجهزة الحكومية (أداء)، أن النتائج ستنشر قريبا.",
            (("ORG", "هيئة تقييم الأداء"), ("ORG", "أداء")),
            "أداء",
        ),
        (
            "وذكرت منظمة البلدان العربية المصدرة للبترول (أوابك) أن الطلب سيرتفع.",
            (("ORG", "منظمة البلدان العربية"), ("ORG", "أوابك")),
            "أوابك",
        ),
    ],
)
def test_body_cut_by_entity_layer_speaks_as_its_parenthesized_name(
    text: str, ents: tuple, speaker: str
) -> None:
    doc = _doc(text, ents)
    assert _speakers(doc) == [speaker]
    sp = doc.entity(doc.quotes[0].speaker)
    assert sp is not None and ents[0][1] in [m.text for m in sp.mentions]  # one body, both surfaces


def test_short_direct_quotation_after_body_is_not_its_name() -> None:
    # guard: «...» right after the body is what it said, not a name of it
    doc = _doc("وقالت وزارة الصحة «الوضع مستقر» في بيانها الأخير.", (("ORG", "وزارة الصحة"),))
    assert [m.text for e in doc.entities for m in e.mentions] == ["وزارة الصحة"]


# --- an office's place after في, then its holder's name: the holder speaks -----------------------------


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            "وأشار ممثل الائتلاف الوطني في ألمانيا سامر الحلبي، إلى أنه «لا حل دون انتقال سياسي حقيقي».",
            (("GPE", "ألمانيا"), ("PERSON", "سامر الحلبي")),
            "سامر الحلبي",
        ),
        (
            "التقى الوزير نظيره الفرنسي. وأكد ممثل الحزب الديمقراطي في باريس فهد الرشيد، أن «التعاون سيتسع في كل المجالات».",
            (("GPE", "باريس"), ("PERSON", "فهد الرشيد")),
            "فهد الرشيد",
        ),
        (
            "وقال ممثل الاتحاد الوطني في لندن سعيد المري، إن الجالية تشارك في الاحتفال.",
            (("GPE", "لندن"), ("PERSON", "سعيد المري")),
            "سعيد المري",
        ),
    ],
)
def test_holder_named_after_office_place(text: str, ents: tuple, speaker: str) -> None:
    assert _speakers(_doc(text, ents))[-1] == speaker


def test_place_after_name_still_ends_subject() -> None:
    # guard: «في + place» after the named speaker is where they spoke, the name still speaks
    doc = _doc(
        "وقال الوزير سالم العلي في الرياض إن المشروع سيكتمل العام المقبل.",
        (("PERSON", "سالم العلي"), ("GPE", "الرياض")),
    )
    assert _speakers(doc) == ["سالم العلي"]
