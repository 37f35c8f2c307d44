"""Arabic event detection, round 18: masdars, passives and participles the lexicon did not know.

Every sentence here is written for the test, not taken from a gold set. Each family added to
``khabar/events/data/ar_triggers.txt`` in round 18 has a positive case (found, with its PLOVER type)
and, where the family has a known non-event sense, a negative one.
"""

from __future__ import annotations

import pytest
from events_helpers import extract


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in extract(text).events if e.trigger]


def _type_of(text: str, word: str) -> str | None:
    return next((t for t, trig in _found(text) if word in trig), None)


@pytest.mark.parametrize(
    ("text", "word", "typ"),
    [
        # killings and explosions named by their masdar
        ("أعلنت الشرطة مقتل ثلاثة جنود في شمال البلاد.", "مقتل", "ASSAULT"),
        ("لقي مدني حتفه في انفجار لغم قرب الحدود.", "انفجار", "ASSAULT"),
        ("انفجرت سيارة مفخخة قرب مبنى البلدية صباح اليوم.", "انفجرت", "ASSAULT"),
        ("يواجه الرجل اتهامات بقتل جاره.", "بقتل", "ASSAULT"),
        ("وثقت المنظمة عمليات القتل في القرية.", "القتل", "ASSAULT"),
        ("أدى القصف إلى تدمير المنزل بالكامل.", "تدمير", "ASSAULT"),
        ("توغلت دبابات في البلدة فجر اليوم.", "توغلت", "ASSAULT"),
        ("اندلعت مواجهات بين الشرطة والسكان.", "مواجهات", "ASSAULT"),
        ("أعربت الحكومة عن قلقها من استمرار الحرب في البلاد.", "الحرب", "ASSAULT"),
        # trials, complaints, convictions (legal action: ACCUSE)
        ("أرجئت محاكمة الرئيس السابق إلى الشهر المقبل.", "محاكمة", "ACCUSE"),
        ("قدم المحامي شكوى ضد الشركة.", "شكوى", "ACCUSE"),
        ("أدين الوزير السابق بتهمة الفساد.", "أدين", "ACCUSE"),
        # imprisonment, repression, dispersal (COERCE)
        ("قضت المحكمة بالسجن خمس سنوات على المتهم.", "السجن", "COERCE"),
        ("نددت المنظمة بقمع المتظاهرين في العاصمة.", "قمع", "COERCE"),
        ("استخدمت الشرطة الغاز لتفريق المحتجين.", "تفريق", "COERCE"),
        ("أوقفته الشرطة في المطار.", "أوقفته", "COERCE"),
        ("أعلن الجيش سيطرته على المدينة.", "سيطرته", "COERCE"),
        # agreements, sanctions, aid, dialogue named as nouns
        ("قالت الصحيفة إن الاتفاق بين البلدين يسمح باستخدام القاعدة.", "الاتفاق", "AGREE"),
        ("رحب الوزير بالعقوبات الجديدة على الشركة.", "العقوبات", "SANCTION"),
        ("تلقت القرية مساعدة من الهلال الأحمر.", "مساعدة", "AID"),
        # warnings, demands, calls, phone calls, acceptance, rejection, boycott, release
        ("خرج المئات للمطالبة بتعويضات عادلة.", "للمطالبة", "REQUEST"),
        ("ندد بالهجوم داعيا إلى ضبط النفس.", "داعيا", "REQUEST"),
        ("اتصل الرئيس بنظيره الفرنسي أمس.", "اتصل", "CONSULT"),
        ("قال المتحدث إن هذا الشرط مرفوض.", "مرفوض", "REJECT"),
        ("أصدر الملك عفوا عن مئة سجين.", "عفو", "RETREAT"),
    ],
)
def test_round18_family_found_with_type(text: str, word: str, typ: str) -> None:
    assert _type_of(text, word) == typ, _found(text)


def test_masdar_and_verb_keep_their_kinds() -> None:
    # the bare past form stays a verb (with its subject), the form after ال / ب is the masdar
    doc = extract("قتل مسلحون خمسة أشخاص.")
    assert [(e.type, e.trigger.text) for e in doc.events if e.trigger] == [("ASSAULT", "قتل")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قال إن زعيم الحرب السابق غادر العاصمة.", "الحرب"),  # a warlord, no war
        ("وصل أمراء الحرب إلى المدينة.", "الحرب"),
        ("تحدث الوزير عن بحث المشكلة.", "مقتل"),  # nothing of the family in the sentence
    ],
)
def test_round18_no_event(text: str, word: str) -> None:
    assert _type_of(text, word) is None, _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "سجل اللاعب هدف الفوز من ضربة جزاء في الدقيقة الأخيرة.",  # a penalty kick
        "جرت مراسم سحب القرعة في العاصمة.",  # the draw
    ],
)
def test_sports_and_press_senses_are_no_event(text: str) -> None:
    assert _found(text) == []


# an agreement noun (اتفاق، اتفاقية) is an event of its own since round 18; nothing may make an unsigned one
# a told fact
def _agree(text: str) -> list[tuple[str, str]]:
    return [(e.polarity, e.modality) for e in extract(text).events if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد المتحدث أن الاتفاقية لم توقع حتى الآن.",
        "وقالت الوزارة إن الاتفاق لم يبرمه البلدان بعد.",
        "وأوضح المصدر أن الاتفاقية لن تتم قبل نهاية العام.",
    ],
)
def test_agreement_noun_with_a_negated_act_is_negative(text: str) -> None:
    assert _agree(text) and all(pol == "negative" for pol, _ in _agree(text))


def test_agreement_awaiting_its_signature_is_planned() -> None:
    # the act after the document names the event: the signing is awaited
    assert _agree("وقال الوزير إن الاتفاقية مع الجارة الشمالية تنتظر التوقيع في البرلمان.") == [
        ("positive", "planned")
    ]


def test_agreement_whose_results_are_negated_was_made() -> None:
    # «لم يحقق» negates the agreement's effect, not its signing
    assert _agree("وقال المحلل إن الاتفاق لم يحقق أهدافه في وقف القتال.") == [("positive", "asserted")]
