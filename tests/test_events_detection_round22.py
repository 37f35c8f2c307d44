"""Arabic event detection, round 22: a munition fired or dropped, a death sentence carried out, blame laid.

Every sentence here is written for the test, not taken from a gold set. Each mechanism of
``khabar.events.senses._ar_object_senses`` (round 22) has positive cases (found, with its PLOVER type) and negative ones
(the word's other sense, or a context in which the event would be mislabelled or lost).
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows as _events
from events_helpers import type_of as _type_of


@pytest.mark.parametrize(
    ("text", "word", "typ"),
    [
        # a munition after a verb or masdar of firing or dropping (ASSAULT)
        ("أطلقت الميليشيا ذخائر ثقيلة على الأحياء السكنية.", "أطلقت", "ASSAULT"),
        ("وأطلق المسلح ثلاثة أعيرة نارية على الحارس.", "أطلق", "ASSAULT"),
        ("وألقت المروحيات عشرات البراميل المتفجرة على البلدة.", "ألقت", "ASSAULT"),
        ("وأصيب عدد من المارة جراء إلقاء الجنود قنابل صوتية في السوق.", "إلقاء", "ASSAULT"),
        ("وقال شهود إن طائرة أسقطت قنبلة على الجسر.", "أسقطت", "ASSAULT"),
        ("وأكد الجيش أنه رد بعدما أطلقت النيران من الجهة الأخرى.", "أطلقت", "ASSAULT"),
        # the munition told before the verb («الرصاصة أطلقها»، «بقذائف أطلقها»)
        ("وتبين أن الرصاصة أطلقها شخص مجهول.", "أطلقها", "ASSAULT"),
        ("وأصيب ثلاثة مدنيين بقذائف هاون أطلقها المتمردون.", "أطلقها", "ASSAULT"),
        # a death sentence carried out (COERCE)
        ("وقد تم تنفيذ حكم القتل قصاصا بالجاني في المدينة.", "تنفيذ", "ASSAULT"),  # (round 28) conv27
        ("ونفذت السلطات أمس حكم الإعدام بحق المدان.", "نفذت", "ASSAULT"),
        # blame laid on someone (ACCUSE)
        ("وحملت الحكومة المعارضة مسؤولية أعمال العنف.", "حملت", "ACCUSE"),
        ("وحملوا الشركة «المسؤولية الكاملة» عن الحادث.", "حملوا", "ACCUSE"),
        ("وألقى الوزير مسؤولية التأخير على المقاول.", "ألقى", "ACCUSE"),
    ],
)
def test_round22_event_found(text: str, word: str, typ: str) -> None:
    assert _type_of(text, word) == typ


def test_release_keeps_its_light_verb() -> None:
    # no munition: أطلق is the light verb of a release
    assert _type_of("أطلقت السلطات سراح المعتقلين أمس.", "أطلقت") == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت الوزارة برنامجا جديدا للتوعية.",  # a programme launched
        "ألقى الرئيس كلمة أمام البرلمان.",  # a speech
        "أسقطت المحكمة التهم عن الصحفي.",  # charges dropped
        "يحمل الرئيس حقيبة سوداء.",  # carries, no responsibility
        "ألقى الطالب نظرة على الكتاب ثم غادر.",
    ],
)
def test_no_event_without_munition_or_responsibility(text: str) -> None:
    assert not any(t in ("ASSAULT", "ACCUSE") for t, _, _, _ in _events(text))


def test_bearing_responsibility_is_no_blame() -> None:
    # the imperfect يحمل / تحمل is left out: «يتحمل / تحمل المسؤولية» is bearing it, not blaming
    assert _type_of("وقال إن الحكومة تحمل المسؤولية الكاملة.", "تحمل") is None
    # ألقى with the responsibility but nobody it is laid on is no blame
    assert _type_of("وألقى المدير مسؤولية كبيرة في كلمته.", "ألقى") is None


def test_execution_is_one_event_reaching_the_penalty() -> None:
    evs = _events("وقد تم تنفيذ حكم الإعدام بالجاني أمس.")
    assert [(t, trig) for t, trig, _, _ in evs] == [("ASSAULT", "تنفيذ حكم الإعدام")]
    # negated: not carried out
    neg = _events("ولم ينفذ أي حكم بالإعدام في البلاد منذ عشرين عاما.")
    assert any(t == "ASSAULT" and "ينفذ" in trig and pol == "negative" for t, trig, pol, _ in neg)
    # تنفيذ without a sentence of death is left as it was (no COERCE)
    assert _type_of("وبدأت الشركة تنفيذ المشروع الجديد.", "تنفيذ") is None


def test_blame_told_by_a_later_accusation_is_left_to_it() -> None:
    evs = _events("وحملت أحزاب الحكومة مسؤولية الفشل، واتهموها بالتقصير.")
    assert any(t == "ACCUSE" and "اتهموها" in trig for t, trig, _, _ in evs)
    assert not any("حملت" in trig for _, trig, _, _ in evs)


@pytest.mark.parametrize(
    ("text", "word", "typ"),
    [
        # a military or air campaign, also with a pronoun or the definite adjective
        ("وأعلن الجيش أنه أنهى حملته العسكرية في الجنوب.", "حملته", "ASSAULT"),
        ("وقال المتحدث إن الحملة الجوية ستستمر أسابيع.", "الحملة", "ASSAULT"),
        # demolition (COERCE)
        ("وقامت البلدية بهدم عشرات المنازل في الحي.", "بهدم", "COERCE"),
        ("وهدمت الجرافات المبنى صباح اليوم.", "وهدمت", "COERCE"),
        # an indefinite participle of detention (COERCE)
        ("وأكدت المنظمة أن مئات الأشخاص ما زالوا محتجزين في مراكز مكتظة.", "محتجزين", "COERCE"),
        # a recommendation (REQUEST)
        ("وأوصت اللجنة بإجراء إصلاحات عاجلة في القطاع.", "أوصت", "REQUEST"),
    ],
)
def test_round22_lexicon(text: str, word: str, typ: str) -> None:
    assert _type_of(text, word) == typ


def test_no_event_for_other_senses() -> None:
    # «المحتجزين» names the detainees; an electoral campaign is no attack
    assert _type_of("وزار الوفد المحتجزين في السجن المركزي.", "المحتجزين") is None
    assert _type_of("وقالت الحملة الانتخابية للمرشح إنها جمعت تبرعات كبيرة.", "الحملة") is None
