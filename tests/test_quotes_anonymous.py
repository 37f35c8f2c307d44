"""Anonymous speakers, round 5: passive speech verbs, documents without a named author, unnamed
persons described by a noun and a nisba adjective, and a chain of speech verbs that an anonymous
subject breaks; besides, "وعبر X عن ... قائلا" (the verb "expressed", not the preposition "via").
Sentences written for these tests (none from an eval set); the stage runs without NER entities unless
entities are given (to reproduce what the NER does with these phrases)."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_doc, speakers

from khabar.document import Document

pytestmark = pytest.mark.usefixtures("quote_names")

_speakers = speakers


def _doc(text: str, ents: tuple[tuple[str, str], ...] = ()) -> Document:
    return quote_doc(text, others=ents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأفيد بأن الحريق اندلع في الطابق الثالث من المبنى.", "الحريق اندلع في الطابق الثالث من المبنى"),
        ("ويقال إن اللاعب تلقى عرضا من ناد أوروبي.", "اللاعب تلقى عرضا من ناد أوروبي"),
        ("وقيل إن الوزير سيزور المنطقة الأسبوع المقبل.", "الوزير سيزور المنطقة الأسبوع المقبل"),
    ],
)
def test_passive_speech_verb_is_an_anonymous_report(text: str, content: str) -> None:
    doc = _doc(text)
    assert [q.text for q in doc.quotes] == [content]
    assert _speakers(doc) == [None]


def test_passive_verb_breaks_the_chain_of_a_named_speaker() -> None:
    text = (
        "أعلن رئيس النادي خالد البلطان استقالته أمس. وذكر البلطان أن مجلس الإدارة سيجتمع اليوم، "
        "وقيل إن عددا من الأعضاء يرفضون الاستقالة. وأضاف أن الاجتماع سيكون مغلقا."
    )
    doc = _doc(text, (("خالد البلطان", "PERSON"), ("البلطان", "PERSON")))
    texts = [q.text for q in doc.quotes]
    assert texts[0].startswith("مجلس الإدارة سيجتمع") and "وقيل" not in texts[0]
    sp = _speakers(doc)
    assert sp[0] in ("خالد البلطان", "البلطان")
    assert sp[1:] == [None, None]  # وقيل: anonymous; وأضاف continues the passive report, not البلطان


def test_passive_verb_with_a_colon_is_a_usage_example() -> None:
    assert _doc("ويقال: شكل اللوحة أي كونها وصور أشكالا فيها.").quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "وأشار بيان صادر عن الاجتماع إلى أن المشاركين اتفقوا على تشكيل لجنة مشتركة.",
        "وقال بيان رسمي إن المشاركين اتفقوا على تشكيل لجنة مشتركة.",
    ],
)
def test_document_without_author_is_anonymous_even_with_a_name_like_word(text: str) -> None:
    # the NER read صادر / رسمي as a name: a document with no named author has no speaker
    doc = _doc(text, (("صادر", "ORG"), ("رسمي", "PERSON")))
    assert len(doc.quotes) == 1 and _speakers(doc) == [None]


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        (
            "وقال بيان سكرتارية الجائزة إنها تهدف إلى تحفيز المؤسسات.",
            (("سكرتارية الجائزة", "ORG"),),
            "سكرتارية الجائزة",
        ),
        ("وذكر بيان من مكتب الرئيس أن الأطباء راضون عن العملية.", (("مكتب الرئيس", "ORG"),), "مكتب الرئيس"),
        ("وقال بيان صادر عن وزارة الداخلية إن الهجوم أسفر عن قتيلين.", (), "وزارة الداخلية"),
    ],
)
def test_document_with_author_keeps_its_author(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert _speakers(_doc(text, ents)) == [speaker]


def test_definite_statement_continues_its_author() -> None:
    text = 'وقالت نقابة سائقي المترو في بيان إنها ستضرب غدا. وتابع البيان "نأسف فعلا لتداعيات هذا الاضراب".'
    doc = _doc(text, (("نقابة سائقي المترو", "ORG"),))
    assert _speakers(doc) == ["نقابة سائقي المترو", "نقابة سائقي المترو"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال دبلوماسي غربي إن مجلس الأمن سيصوت على القرار يوم الخميس.",
        "وقال مسؤول أمريكي إن واشنطن سترسل مزيدا من المستشارين.",
    ],
)
def test_unnamed_person_described_is_anonymous_even_as_an_ner_mention(text: str) -> None:
    desc = " ".join(text.split()[1:3])
    doc = _doc(text, ((desc, "PERSON"),))
    assert len(doc.quotes) == 1 and _speakers(doc) == [None]


def test_named_speaker_is_not_carried_across_an_anonymous_subject() -> None:
    text = (
        "وقال وزير المالية محمد الجدعان إن الميزانية ستحقق فائضا. "
        "من جهته، قال مصدر في الوزارة إن الإيرادات غير النفطية ارتفعت. وأضاف أن الوزارة ستعلن التفاصيل."
    )
    doc = _doc(text, (("محمد الجدعان", "PERSON"),))
    assert _speakers(doc) == ["محمد الجدعان", None, None]


def test_expressed_verb_abbara_has_its_subject_as_speaker() -> None:
    text = (
        "وعبر وزير الخارجية عادل الجبير عن قلق المملكة من التصعيد قائلا إن «الحل السياسي هو الطريق الوحيد»."
    )
    doc = _doc(text, (("عادل الجبير", "PERSON"),))
    assert _speakers(doc) == ["عادل الجبير"]
    # عبر as the preposition "via": no subject to take
    doc = _doc("وعبر حسابه على تويتر عن غضبه قائلا إن «الحل السياسي هو الطريق الوحيد».")
    assert _speakers(doc) == [None]


def test_bare_title_is_not_a_person_named_just_before_without_that_office() -> None:
    text = (
        "أكد المهندس سعد الحربي أن المشروع سينتهي قريبا.\n\nوقال وزير الإسكان إن الوزارة ستوزع الوحدات قريبا."
    )
    doc = _doc(text, (("سعد الحربي", "PERSON"),))
    assert _speakers(doc) == ["سعد الحربي", "وزير الإسكان"]


def test_bare_title_resolves_to_the_holder_named_earlier() -> None:
    text = (
        "وقال وزير الإسكان ماجد الحقيل إن المشروع سينتهي قريبا.\n\n"
        "وأضاف وزير الإسكان أن الوزارة ستوزع الوحدات قريبا."
    )
    doc = _doc(text, (("ماجد الحقيل", "PERSON"),))
    assert _speakers(doc) == ["ماجد الحقيل", "ماجد الحقيل"]


def test_person_name_tagged_as_two_places_is_the_person() -> None:
    text = "ورحب الرئيس الأمريكي باراك أوباما بالاتفاق قائلا إنه «إنجاز تاريخي»."
    doc = _doc(text, (("باراك", "GPE"), ("أوباما", "GPE")))
    assert _speakers(doc) == ["باراك أوباما"]


def test_anonymous_source_that_told_a_quoted_outlet_is_not_the_outlet() -> None:
    doc = _doc("وأكدت مصادر في نادي الهلال لـ«عكاظ» أن المدرب باق مع الفريق.")
    assert _speakers(doc) == [None]
    assert doc.entity(doc.quotes[0].source).name == "عكاظ"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مقربون من اللاعب كريستيانو رونالدو إنه سيبقى في ريال مدريد.",
        "وأكد مصدر مقرب من الرئيس السوداني عمر البشير أن الزيارة ستتم الأسبوع المقبل.",
        "وقالت مصادر قريبة من رئيس الوزراء نوري المالكي إن الحكومة ستستقيل.",
    ],
)
def test_anonymous_source_close_to_a_named_person_is_not_that_person(text: str) -> None:
    doc = _doc(text, (("كريستيانو رونالدو", "PERSON"), ("عمر البشير", "PERSON"), ("نوري المالكي", "PERSON")))
    assert len(doc.quotes) == 1 and _speakers(doc) == [None]


def test_ban_ki_moon_is_not_the_complementizer_ban() -> None:
    doc = _doc("وأكد بان كي مون أن الحل في سوريا سياسي.", (("بان كي مون", "PERSON"),))
    assert [q.text for q in doc.quotes] == ["الحل في سوريا سياسي"]
    assert _speakers(doc) == ["بان كي مون"]
    doc = _doc("وقال الأمين العام بان كي مون إن «الهجوم عمل جبان».", (("بان كي مون", "PERSON"),))
    assert [q.text for q in doc.quotes] == ["الهجوم عمل جبان"]


@pytest.mark.parametrize(
    "text",
    [
        "يذكر أن مصدرا مسؤولا في لجنة الاحتراف بالاتحاد السعودي لكرة القدم، قال إن «الخطوة ستتبعها عقوبات رادعة».",
        "وكانت مصادر في وزارة الداخلية قالت إن المتهمين اعترفوا بالتهم.",
    ],
)
def test_anonymous_subject_before_the_verb_is_not_the_body_in_its_modifier(text: str) -> None:
    doc = _doc(text, (("الاتحاد السعودي لكرة القدم", "ORG"), ("وزارة الداخلية", "ORG")))
    assert len(doc.quotes) == 1 and _speakers(doc) == [None]


def test_described_person_named_after_the_noun_before_the_verb_is_named() -> None:
    doc = _doc("وكان الخبير حامد الخطيب قال إن الأسعار سترتفع.", (("حامد الخطيب", "PERSON"),))
    assert _speakers(doc) == ["حامد الخطيب"]


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("وقال أحد مسؤولي شركة أرامكو إن الإنتاج سيرتفع.", (("شركة أرامكو", "ORG"),)),
        ("وقالت إحدى الموظفات إن الرواتب تأخرت.", (("إحدى الموظفات", "PERSON"),)),
        ("وقال قائد ميداني في الجيش الحر إن المعارك مستمرة.", (("ميداني", "PERSON"),)),
        ("وقال مسؤول في وزارة الداخلية إن التحقيق مستمر.", (("وزارة الداخلية", "ORG"),)),
    ],
)
def test_anonymous_head_after_the_verb_is_not_the_name_in_its_modifier(
    text: str, ents: tuple[tuple[str, str], ...]
) -> None:
    doc = _doc(text, ents)
    assert len(doc.quotes) == 1 and _speakers(doc) == [None]


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        ("وقال أحد اليمنيين ويدعى سعيد منصور إن الخطيب غادر.", (("سعيد منصور", "PERSON"),), "سعيد منصور"),
        (
            "وقال رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم إن القرار نهائي.",
            (("الاتحاد السعودي لكرة القدم", "ORG"),),
            "رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم",
        ),
    ],
)
def test_named_or_office_speaker_after_the_verb_is_kept(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert _speakers(_doc(text, ents)) == [speaker]


@pytest.mark.parametrize(
    "text", ["وبينت الإحصاءات أن البطالة ارتفعت.", "وأشارت البيانات إلى أن الصادرات تراجعت."]
)
def test_definite_document_with_no_author_is_anonymous(text: str) -> None:
    doc = _doc(text)
    assert len(doc.quotes) == 1 and _speakers(doc) == [None]


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        ("وقال المسؤول عن الملف محمد الشهري إن العمل مستمر.", (("محمد الشهري", "PERSON"),), "محمد الشهري"),
        (
            "وقال مسؤول الإعلام في النادي الأهلي محمد الشهري إن العمل مستمر.",
            (("الأهلي", "ORG"), ("محمد الشهري", "PERSON")),
            "محمد الشهري",
        ),
        (
            "وقال أحد أعضاء الشرف، الأمير خالد بن فهد، إن العمل مستمر.",
            (("خالد بن فهد", "PERSON"),),
            "خالد بن فهد",
        ),
    ],
)
def test_person_in_apposition_to_an_anonymous_looking_head_is_the_speaker(
    text: str, ents: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert _speakers(_doc(text, ents)) == [speaker]
