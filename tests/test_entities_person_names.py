"""Person names of Arabic news prose that the CRF cuts or misses, completed after it: a given name
takes the unseen family name after it, an untagged given name + family name is a person, a family
name alone after a speech verb or after the full name is that person; and what must stay no name.

The sentences are written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from entities_helpers import REC, mentions, persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وتحدث عضو مجلس إدارة الغرفة التجارية سلمان الدغيثر عن أهمية الاستثمار.", "سلمان الدغيثر"),
        ("وقال مدير التعليم بالمحافظة محمد الشهوان لـ«الصحيفة» إن الدراسة تبدأ الأحد.", "محمد الشهوان"),
        (
            "وأفاد رئيس نادي الفروسية بالمحافظة عبدالرحمن المطيويع بأن السباق يقام سنويا.",
            "عبدالرحمن المطيويع",
        ),
        ("وأوضح رئيس لجنة المهرجان خالد الفهيقي أن عدد الزوار تضاعف.", "خالد الفهيقي"),
        ("وكشف مدير إدارة المرور بالمنطقة فهد العصيلي عن خطة لتخفيف الزحام.", "فهد العصيلي"),
    ],
)
def test_a_given_name_takes_the_unseen_family_name_after_it(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("من جهته قال المهندس فهد الشعلاني للصحيفة إن المشروع اكتمل.", "فهد الشعلاني"),
        ("وشارك في التدريب فيصل البريكان المنضم حديثا إلى الفريق.", "فيصل البريكان"),
        # an unseen family name without the article, framed by a title and the comma before أن/إن
        ("قال القانوني فهد بارباع، إن الدعوى رفعت الأسبوع الماضي.", "فهد بارباع"),
    ],
)
def test_an_untagged_given_name_and_family_name_are_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("افتتح عبدالله الحربش المعرض صباح أمس. ورأى الحربش أن الإقبال فاق التوقعات.", "الحربش"),
        ("حضر الحفل محمد الشهوان مدير التعليم. وشكر الشهوان المعلمين على جهودهم.", "الشهوان"),
        ("وتسلم سلمان الدغيثر الجائزة من الوزير. وعبر الدغيثر عن سعادته بالتكريم.", "الدغيثر"),
    ],
)
def test_a_later_family_name_alone_is_the_person(text: str, surname: str) -> None:
    assert persons(text).count(surname) == 1  # the later mention; the first is inside the full name
    assert any(p.endswith(" " + surname) for p in persons(text))


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("وقال الدويش: «سنواصل العمل حتى النهاية».", "الدويش"),
        ("وأشار المقرن إلى أن الأسعار ارتفعت هذا العام.", "المقرن"),
        ("ويقول القحيز إن الموسم كان ناجحا.", "القحيز"),
    ],
)
def test_a_family_name_alone_after_a_speech_verb_is_the_speaker(text: str, surname: str) -> None:
    assert persons(text) == [surname]


@pytest.mark.parametrize(
    "text",
    [
        "ووقف المتهم أمام المحكمة أمس.",  # أمام is إمام once normalized
        "وتقدمت قوات صالح الانقلابية نحو المدينة.",  # a nisba adjective, not a family name
        "ولفت الانتباه إلى أن الطقس سيتغير.",  # an idiom after a speech verb
        "وقال القيادي في الحزب إن الانتخابات ستجرى في موعدها.",  # a title after a speech verb
        "بنيت الكنيسة في القرن الخامس عشر الميلادي.",  # الخامس ends a king's name, never starts one
    ],
)
def test_words_that_look_like_names_stay_no_person(text: str) -> None:
    assert persons(text) == []


def test_a_title_after_the_name_is_not_its_family_name() -> None:
    got = persons("قال الطبيب هشام سلامة المشرف على الحالة إنها تتحسن.")
    assert all("المشرف" not in p for p in got)
    assert all("ريال" not in p for p in persons("وأعلنت الشركة أرباحا بلغت مليار ريال سعودي."))


def test_a_definite_facility_word_does_not_make_the_name_after_it_a_facility() -> None:
    got = mentions("وبين رئيس قسم الطوارئ في المستشفى حسين الزويهري أن المصابين تلقوا العلاج.")
    assert ("حسين الزويهري", "PERSON") in got
    assert not any(t == "FAC" for _, t in got)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "وصلت كورتني ستيوارت إلى المحكمة صباحا. ورفضت السيدة ستيوارت الاعتذار عن الصورة.",
            "ستيوارت الاعتذار",
        ),
        ("فاز المرشح بوريس جونسون بالمقعد. وقدم جونسون الاعتذار للناخبين عن التأخير.", "جونسون الاعتذار"),
        ("حضر الممثل ديلان توماس العرض الأول. وقبل توماس الاعتذار من المنظمين.", "توماس الاعتذار"),
    ],
)
def test_a_family_name_of_the_document_takes_no_second_family_name(text: str, wrong: str) -> None:
    assert wrong not in persons(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("وأعلنت الحكومتان عن اتفاق جديد.", "الحكومتان"),  # a dual after a speech verb
        ("وأكدت الشركتان أن الاندماج سيتم هذا العام.", "الشركتان"),
        ("وأوضحت الإحصاءات أن النمو تباطأ.", "الإحصاءات"),  # a plural
    ],
)
def test_plurals_and_duals_after_a_speech_verb_are_no_speakers(text: str, wrong: str) -> None:
    assert wrong not in persons(text)


def test_given_names_used_as_common_words_start_no_untagged_name() -> None:
    assert not any(REC._plain_given_name(w) for w in ("روح", "كاس", "اسماء", "سهل"))
    assert all(REC._plain_given_name(w) for w in ("فهد", "خالد", "فيصل"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح غرونفالد: «الأرقام تتحدث عن نفسها».", "غرونفالد"),
        ("وأكد تشيرنيشوف أن الاتفاق لم يوقع بعد.", "تشيرنيشوف"),
        ("وأكدت ديميتريادو أن التحقيق مستمر.", "ديميتريادو"),
    ],
)
def test_an_unseen_foreign_name_between_speech_verb_and_quotation_is_the_speaker(
    text: str, name: str
) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["وقال مستدركا إن الأمر لم يحسم.", "وأضافت مصادرنا أن الاجتماع تأجل.", "وقال متحدثون إن الوضع هادئ."],
)
def test_manner_words_and_anonymous_sources_after_a_speech_verb_are_no_speakers(text: str) -> None:
    assert persons(text) == []


def test_an_adverb_with_a_preposition_after_a_speech_verb_is_no_speaker() -> None:
    assert persons("وأوضح بجلاء أن الضغط على المستشفيات كبير.") == []
    assert persons("وأكد بوضوح أن القرار نهائي.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وتواصل الحكومة جهودها لإنهاء الأزمة. وأكد القيادي هفال برزنجي في الحزب الديمقراطي أن المفاوضات متعثرة.",
            "هفال برزنجي",
        ),
        (
            "وأعلنت الهيئة نتائج المسابقة مساء أمس. وقال رئيس اللجنة الفريق مهند قشمر، إن المشاركة فاقت التوقعات.",
            "مهند قشمر",
        ),
        (
            "وتتواصل الاحتجاجات في العاصمة لليوم الثالث. وقال الناشط رزكار دوسكي، إن المتظاهرين لن يغادروا الساحات.",
            "رزكار دوسكي",
        ),
    ],
)
def test_two_unknown_name_words_after_a_title_are_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال المدرب سيواجه الفريق صعوبات كبيرة.",  # a verb after the title
        "وأنهى الفريق معسكره الإعدادي في النمسا.",  # a noun with a pronoun suffix
        "وأكد مستثمرون أجانب أن السوق واعدة.",  # a plural
    ],
)
def test_verbs_suffixed_nouns_and_plurals_after_a_title_are_no_names(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح المتحدث سلمان فهد العويرضي أن التحقيقات مستمرة.", "سلمان فهد العويرضي"),
        ("ونوه الدكتور فهد محمد الطريقي بدور المتطوعين.", "فهد محمد الطريقي"),
        ("وقال المهندس ناصر محمد العفيصان إن الأعمال تسير وفق الجدول.", "ناصر محمد العفيصان"),
    ],
)
def test_given_and_fathers_name_take_the_family_name_after_them(text: str, name: str) -> None:
    assert name in persons(text)
