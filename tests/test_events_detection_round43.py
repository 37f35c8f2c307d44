"""Arabic event detection, round 43.

Every sentence here is written for the test, not taken from a gold set.
``senses._ar_acceptance``: the verb قبل / يقبل in its persons (with و / ف and the future سـ) and the masdars قبول /
تقبّل (with ب / ل / ال or a pronoun) are an acceptance (AGREE); قبل as "before", «من قبل» ("by"), «يقبل على»,
«تقبل الله», university admission and a past verb in the content of a negated head with words between make none;
the masdar is told only (a plainly asserted reading is left out).
``senses._ar_casualties``: «سقوط قتلى / ضحايا» (ASSAULT at سقوط), «سقطوا قتلى» and «عدد القتلى» (ASSAULT at the
casualty noun); none where an attack word stands near (the attack is the event), none for «سقوط النظام».
``senses_security._ar_detonation`` (merged with round 44's): فجّر / يفجّر with a bomber, a device or «نفسه» after it is an attack (ASSAULT); فجر as
dawn («فجر اليوم»، «منذ فجر»، «فجر الثلاثاء») makes none.
"""

from __future__ import annotations

import re

import pytest
from events_helpers import event_rows

from khabar.events import senses as S
from khabar.events import senses_security as SS


@pytest.mark.parametrize(
    ("text", "word", "polarity"),
    [
        ("وقال المتحدث إن بلاده لن تقبل أي تمديد للحظر.", "تقبل", "negative"),
        ("وقبلت الحكومة بنتائج الاستفتاء.", "وقبلت", "positive"),
        ("وأعلن الحزب أنه سيقبل بالمبادرة العربية.", "سيقبل", "positive"),
        ("وقال الزعيم: لا نقبل أي شروط مسبقة للحوار.", "نقبل", "negative"),
        ("ويقبلون بالوساطة القطرية منذ أشهر.", "ويقبلون", "positive"),
    ],
)
def test_acceptance_found(text: str, word: str, polarity: str) -> None:
    rows = [r for r in event_rows(text) if r[0] == "AGREE"]
    assert rows and rows[0][1].startswith(word) and rows[0][2] == polarity


def test_acceptance_masdar_planned() -> None:
    rows = [r for r in event_rows("وتسعى الوساطة لإقناع الطرفين بقبول خطة السلام.") if r[0] == "AGREE"]
    assert rows and rows[0][1].startswith("بقبول") and rows[0][3] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "ووصل الوفد إلى العاصمة قبل يومين.",
        "وأرسلت الرسالة من قبل الوزارة قبلها بأسبوع.",
        "ويقبل الشباب على التطوع في الصيف.",
        "تقبل الله صيامكم وقيامكم.",
        "وأعلنت الجامعة فتح باب القبول للطلاب الجدد.",
        "وبدأ قبول طلبات الطلاب في الكلية.",
        "ولاقى المقترح قبولا واسعا.",
        "وقال إن ذلك لا يعني على الإطلاق أن الحركة قبلت بالمبادرة.",
        "وأكد أنها لا يمكن من جهتها أن تقبل بالمساس بصلاحياتها.",
    ],
)
def test_acceptance_not_found(text: str) -> None:
    assert not [r for r in event_rows(text) if r[0] == "AGREE" and "قبل" in r[1]]


def test_negated_modal_right_before_an_keeps_the_verb() -> None:
    rows = [r for r in event_rows("وقال إنهم لا يمكن أن يقبلوا بهذا الاتفاق.") if r[0] == "AGREE"]
    assert rows and rows[0][2] == "negative"


def test_acceptance_masdar_plainly_asserted_left_out() -> None:
    assert not [r for r in event_rows("وجاء قبول الحكومة للاتفاق أمس.") if r[0] == "AGREE"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأسفرت الأحداث عن سقوط قتلى وجرحى في صفوف المحتجين.", "سقوط"),
        ("وأدت الأحداث إلى سقوط 3 ضحايا في المدينة.", "سقوط"),
        ("وقال الأهالي إن 12 مسلحا سقطوا قتلى.", "قتلى"),
        ("وارتفع عدد القتلى المدنيين في المحافظة.", "القتلى"),
        ("وبلغت أعداد القتلى في صفوف الميليشيا 40.", "القتلى"),
    ],
)
def test_casualties_found(text: str, word: str) -> None:
    rows = [r for r in event_rows(text) if r[0] == "ASSAULT"]
    assert rows and rows[0][1].startswith(word)


def test_denied_casualties_are_negative() -> None:
    rows = [r for r in event_rows("ونفى المتحدث سقوط ضحايا في المسيرة.") if r[1].startswith("سقوط")]
    assert rows and rows[0][0] == "ASSAULT" and rows[0][2] == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "وتوقع المحللون سقوط النظام خلال أشهر.",
        "وسقط المطر بغزارة على المدينة.",
        "وسقطت الطائرة في البحر.",
        "وارتفع عدد الضحايا في حوادث السير.",
    ],
)
def test_casualties_not_found(text: str) -> None:
    assert not [r for r in event_rows(text) if r[0] == "ASSAULT"]


def test_casualties_of_a_named_attack_stay_the_attacks() -> None:
    rows = [
        r
        for r in event_rows("وسقط عدد من القتلى والجرحى في هجوم شنه المسلحون على حافلة.")
        if r[0] == "ASSAULT"
    ]
    assert len(rows) == 1 and rows[0][1].startswith("هجوم")


def test_round43_gates_cover_every_form() -> None:
    """The sentence gates (`_ar_has_root`) are necessary conditions: every form of each rule holds its letters."""
    gates: dict[re.Pattern[str], frozenset[str]] = {
        S._AR_ACCEPT_RX: S._AR_ACCEPT_FORMS | S._AR_ACCEPT_MASDARS,
        S._AR_CASUALTY_RX: S._AR_FALL_FORMS | frozenset({S._AR_FALL_MASDAR}) | S._AR_KILLED,
        SS._DETONATE_RX: SS._DETONATE_FORMS,
    }
    for rx, forms in gates.items():
        assert forms and all(rx.search(f) for f in forms)
    assert "قبل" not in S._AR_ACCEPT_FORMS and "قبلها" not in S._AR_ACCEPT_FORMS


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال الشهود إن انتحاريا فجر حزامه الناسف قرب الحاجز.", "فجر"),
        ("وفجر المسلحون عبوة ناسفة عند مرور الدورية.", "وفجر"),
        ("وبعد أن فجّر شاحنة مفخخة أمام المقر فر المهاجم.", "فجّر"),
        ("وهدد التنظيم بأنه سيفجر قنابل في الأسواق.", "سيفجر"),
    ],
)
def test_detonation_found(text: str, word: str) -> None:
    rows = [r for r in event_rows(text) if r[0] == "ASSAULT"]
    assert rows and rows[0][1].startswith(word)


@pytest.mark.parametrize(
    "text",
    [
        "ووصل الوفد فجر اليوم إلى المطار.",
        "فجر الثلاثاء سيارة الإسعاف وصلت متأخرة.",
        "ومنذ فجر الخميس والسيارات تصطف أمام المحطة.",
        "وعثر عليه فجر الأحد في موقف السيارات.",  # «الأحد» is no «أحد» (one of them) after the merged rule
    ],
)
def test_dawn_is_no_detonation(text: str) -> None:
    assert not [r for r in event_rows(text) if r[0] == "ASSAULT"]
