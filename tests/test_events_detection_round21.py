"""Arabic event detection, round 21: words that are events only in a context that fixes their sense.

Every sentence here is written for the test, not taken from a gold set. Each mechanism of
``khabar.events.senses._ar_context_nouns`` (and the definite adjective of a two-word event noun) has
positive cases (found, with its PLOVER type) and negative ones (the word's other sense, or a context
in which the event would be mislabelled).
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows as _events
from events_helpers import extract
from events_helpers import type_of as _type_of


@pytest.mark.parametrize(
    ("text", "word", "typ"),
    [
        # a sentence: حكم with a penalty, with عليه, or issued / pronounced (COERCE)
        ("قال المحامي إن موكله قد يحكم عليه بالسجن عشر سنوات.", "يحكم", "COERCE"),
        ("حكمت محكمة في العاصمة على رجل بدفع غرامة كبيرة.", "حكمت", "COERCE"),
        ("ويواجه المتهمان احتمال الحكم عليهما في القضية.", "الحكم", "COERCE"),
        ("وأوضحت المصادر أن الحكم صدر عن محكمة الجنايات أمس.", "الحكم", "COERCE"),
        ("وقالت أسرته إنه صدر بحقه حكم بالإعدام الأسبوع الماضي.", "حكم", "COERCE"),
        ("وسيتم النطق بالحكم في القضية بعد الاستماع إلى الشهود.", "الحكم", "COERCE"),
        # support as a masdar after ب / ل with its object
        ("ويحظى المرشح بدعم الحزب الحاكم في الانتخابات.", "بدعم", "SUPPORT"),
        ("أعلن الوزير استعداد بلاده لدعم جهود السلام في المنطقة.", "لدعم", "SUPPORT"),
        # an inquiry: with someone, into something, ongoing, under inquiry
        ("وأكد المتحدث أنه سيتم التحقيق معهم قبل إحالتهم إلى القضاء.", "التحقيق", "ACCUSE"),
        ("وأمر النائب العام بالتحقيق في الحادثة فورا.", "التحقيق", "ACCUSE"),
        ("وفتحت الشرطة تحقيقا داخليا في الشكاوى.", "تحقيقا", "ACCUSE"),
        ("وما زال الموظف قيد التحقيق منذ أسبوع.", "التحقيق", "ACCUSE"),
        # liberation of a place (ASSAULT), a reception on arrival and a dialogue held (CONSULT)
        ("وتمكنت القوات من تحرير محافظة الجوف من قبضة المسلحين.", "تحرير", "ASSAULT"),
        ("وشارك اللواء في تحرير مدن الساحل الغربي الشهر الماضي.", "تحرير", "ASSAULT"),
        ("وكان في استقبال الوزير لدى وصوله إلى المطار نظيره الأردني.", "استقبال", "CONSULT"),
        ("وأقيمت للرئيس مراسم استقبال رسمية في القصر.", "استقبال", "CONSULT"),
        ("واستؤنفت جلسات الحوار بين الحكومة والمعارضة أمس.", "الحوار", "CONSULT"),
        ("وعقدت في المدينة جولة جديدة للحوار بين القبائل.", "للحوار", "CONSULT"),
        # a two-word event noun with the adjective in the definite («العمليات العسكرية»)
        ("بدأت العملية العسكرية في المنطقة صباح اليوم.", "العملية", "ASSAULT"),
        ("أعلن الجيش انتهاء العمليات العسكرية في الشمال.", "العمليات", "ASSAULT"),
    ],
)
def test_context_words_found(text: str, word: str, typ: str) -> None:
    assert _type_of(text, word) == typ


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # حكم as rule or judgement, with no penalty, no عليه, nothing issued
        ("تولى الحزب الحكم في البلاد عام 1990.", "الحكم"),
        ("من المبكر الحكم على نجاح الخطة الجديدة.", "الحكم"),
        ("ويطالب الإقليم بالحكم الذاتي منذ سنوات.", "الحكم"),
        # a pronouncement only scheduled
        ("وحدد القاضي موعد النطق بالحكم في الشهر المقبل.", "الحكم"),
        # تحقيق as "achieving"
        ("تسعى الحكومة إلى تحقيق أهدافها في المنطقة.", "تحقيق"),
        ("ويهدف الاتفاق إلى تحقيق الاستقرار في البلاد.", "تحقيق"),
        # an inquiry assigned: «بتكليف ... بالتحقيق» is not told as done
        ("وأصدر الوزير قرارا بتكليف لجنة بالتحقيق في الحادث.", "التحقيق"),
        # تحرير of no place (an editor, prices), nor demanded («طالب ... بتحرير»); استقبال of guests or
        # signals, حوار as an interview
        ("قال رئيس التحرير إن الصحيفة ستصدر غدا.", "التحرير"),
        ("وتعهدت الحكومة بتحرير أسعار الوقود.", "بتحرير"),
        ("طالب المتظاهرون أمس، بتحرير مناطقهم من قبضة التنظيم.", "بتحرير"),
        ("ويبدأ الفندق استقبال النزلاء الشهر المقبل.", "استقبال"),
        ("وقال الوزير في حوار مع صحيفة محلية إن الحكومة مستعدة.", "حوار"),
        # support in a body's name, and «بدعم من» as a manner adverbial
        ("انضمت الدولة إلى التحالف الدولي لدعم الشرعية في اليمن.", "لدعم"),
        ("استعادت القوات المدينة وبدعم من غارات جوية.", "بدعم"),
        # support charged by an accusation verb too far for the factuality rules to reach: left out, not
        # output as an asserted event
        (
            "ويتهم حلفاء الحكومة منذ أشهر طويلة الدولة المجاورة بأنها لا تبذل جهودا كافية لمكافحة التنظيم "
            "وحتى بدعمه سرا.",
            "بدعم",
        ),
    ],
)
def test_context_words_not_found(text: str, word: str) -> None:
    assert _type_of(text, word) is None


@pytest.mark.parametrize(
    "text",
    [
        "واتهمت الحكومة الدولة المجاورة بدعم المتمردين في الشمال.",
        "ويتهم المسؤولون الحكومة بأنها لا تبذل جهودا كافية لمكافحة التنظيم وحتى بدعمه سرا.",
        "وجدد الوزير اتهامه للجماعة بدعم الإرهاب في المنطقة.",
    ],
)
def test_support_charged_by_accusation_is_alleged(text: str) -> None:
    # within the accusation's reach the support is the charge, alleged
    support = [e for e in _events(text) if e[0] == "SUPPORT"]
    assert support and support[0][3] == "alleged"


def test_praised_operations_are_the_stance_topic() -> None:
    # «أشادت ... بالعمليات العسكرية ... واستهدفت»: the operations praised stay a topic, the later verb
    # names the attack
    evs = _events(
        "وأشادت المقاومة -في تصريح صحفي أصدره أمس متحدثها الرسمي- بالعمليات العسكرية التي تنفذها قوات "
        "التحالف في المحافظة، واستهدفت مخازن سلاح تابعة للمليشيات."
    )
    triggers = [trig for typ, trig, _, _ in evs if typ == "ASSAULT"]
    assert any("استهدفت" in t for t in triggers)
    assert not any("العمليات" in t for t in triggers)


def test_referral_with_inquiry_keeps_its_legal_word() -> None:
    # «وإحالتهم إلى النيابة للتحقيق معهم»: one ACCUSE trigger that holds the prosecutors' word
    evs = _events("وأشار إلى اتخاذ الإجراءات اللازمة حيال المضبوطين، وإحالتهم إلى النيابة للتحقيق معهم.")
    assert any(typ == "ACCUSE" and "إحالتهم" in trig for typ, trig, _, _ in evs)


@pytest.mark.parametrize(
    ("text", "verb", "typ"),
    [
        ("قالت الوزارة إن العقوبات الجديدة التي فرضتها الدول الغربية تضر بالاقتصاد.", "فرضتها", "SANCTION"),
        ("وأضاف البيان أن خمس غارات شنت في المنطقة الشمالية.", "شنت", "ASSAULT"),
        ("وأشاد الوزير بالاتفاق الذي وقعته الحكومة مع المعارضة.", "وقعته", "AGREE"),
    ],
)
def test_past_light_verb_after_its_noun_is_in_the_trigger(text: str, verb: str, typ: str) -> None:
    # «العقوبات الجديدة التي فرضتها»: the noun's own act is part of the trigger's text
    assert any(t == typ and verb in trig for t, trig, _, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a future or imperfect light verb keeps its own time: not joined to the noun
        ("وقال المتحدث إن الاجتماعات التي ستعقد الأسبوع المقبل مهمة.", "ستعقد"),
        ("وحذر الخبراء من أن عقوبات اقتصادية قد تفرض على البلاد.", "تفرض"),
        # a light verb of another type than the noun
        ("وأثارت المحادثات التي فرضتها الظروف جدلا واسعا.", "فرضتها"),
    ],
)
def test_light_verb_not_joined(text: str, verb: str) -> None:
    assert not any(verb in trig for _, trig, _, _ in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "قالت الوزارة إن العقوبات الجديدة التي فرضتها الدول الغربية على روسيا تضر بالاقتصاد.",
        "وأشاد الوزير بالاتفاق الذي وقعته الحكومة مع المعارضة أمس.",
        "جاء ذلك خلال الاجتماع الذي عقده وزير الخارجية أمس مع نظيره الفرنسي في باريس.",
    ],
)
def test_joined_light_verb_changes_only_the_trigger_text(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the event stays the noun's: participants, polarity and modality as without the joined verb
    # (patched where it is called: extract imports it from khabar.events.senses)
    from khabar.events import extract as x

    def read(doc_events: list) -> list[tuple]:
        return [(e.type, e.actor, e.target, e.polarity, e.modality, e.trigger.start) for e in doc_events]

    joined = extract(text).events
    monkeypatch.setattr(x, "_ar_light_after_noun", lambda *a: False)
    alone = extract(text).events
    assert read(joined) == read(alone)
    assert [e.trigger.text for e in joined] != [e.trigger.text for e in alone]
