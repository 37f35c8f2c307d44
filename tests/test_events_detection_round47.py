"""Arabic event detection, round 47 (the arrested «المقبوض عليه / عليهم» and the detainees «الموقوفين» in
``khabar.events.senses_security._ar_detainees``; a newspaper, a centre and a quantifier before the closed place
in ``khabar.events.senses._ar_closing``; «عازمة على» as a planning cue in ``khabar.events.factuality``; fighting an
armed group «بمحاربة تنظيم ...» in ``senses_security._ar_fighting``; «كمائن» kept whole by the tokenizer).

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import extract


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = extract(text, "ar", [])
    return [(e.type, e.trigger.text, e.modality) for e in doc.events if e.trigger]


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # the arrested and the detainees
        ("وقالت الشرطة إن المقبوض عليهم نقلوا إلى السجن المركزي.", "COERCE", "المقبوض"),
        ("واعترف المقبوض عليه بسرقة ثلاث سيارات من الحي.", "COERCE", "المقبوض"),
        ("وبلغ عدد الموقوفين في القضية تسعة أشخاص حتى مساء أمس.", "COERCE", "الموقوفين"),
        ("وتمت إحالة الموقوفون إلى النيابة العامة بعد التحقيق.", "COERCE", "الموقوفون"),
        # «الدورية» (periodic) is no sport word
        ("وذكرت التقارير الدورية أن عدد الموقوفين في قضايا أمنية بلغ مئة.", "COERCE", "الموقوفين"),
        # closing a newspaper, a centre, a quantified number of places
        ("وقضت المحكمة بإغلاق جريدة المساء لمدة شهر.", "COERCE", "إغلاق"),
        ("وأغلقت السلطات مركز الاحتجاز الواقع قرب الحدود.", "COERCE", "أغلقت"),
        ("وأعلنت الحكومة إغلاق أكثر من 30 مدرسة في الإقليم.", "COERCE", "إغلاق"),
        ("وأغلقت الوزارة ما لا يقل عن 12 مسجدا مخالفا.", "COERCE", "أغلقت"),
        # fighting an armed group
        ("وأعلن القائد أن قواته ستواصل محاربة تنظيم القاعدة في الجنوب.", "ASSAULT", "محاربة"),
        ("وقال إن الكتيبة تستعد لمقاتلة الميليشيات المتمردة في الجبل.", "ASSAULT", "لمقاتلة"),
        # ambushes: كمائن is not ك + ماين
        ("وقالت الكتيبة إنها نصبت كمائن لقوافل المتمردين قرب الوادي.", "ASSAULT", "كمائن"),
    ],
)
def test_round47_finds(text: str, typ: str, word: str) -> None:
    assert (typ, word) in [(t, w) for t, w, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # مقبوض without «عليه»: a sum received
        ("وبلغ المبلغ المقبوض من الصفقة مليون ريال."),
        # suspended players, suspended from work, the detainees' families
        ("وطلب النادي مشاركة اللاعبين الموقوفين في المباراة النهائية."),
        ("وعاد الموظفون الموقوفون عن العمل إلى مكاتبهم أمس."),
        ("ودعا الشيخ إلى العناية بأبناء الموقوفين وتعليمهم."),
        # the singular and the indefinite plural are left out
        ("وبلغ عددهم 4368 موقوفين حتى الشهر الماضي."),
    ],
)
def test_round47_no_detainee_event(text: str) -> None:
    assert not [w for t, w, _ in _events(text) if "موقوف" in w or "مقبوض" in w]


def test_round47_closing_no_event_for_market_close() -> None:
    # the market closing at a level: no place closed, even with مركز (a rank) in reach
    assert not [w for t, w, _ in _events("وأغلق المؤشر العام في المركز الثالث بين الأسواق.") if "غلق" in w]


def test_round47_resolved_is_planned() -> None:
    rows = _events("وقال الوزير إن الحكومة عازمة على إغلاق مركز الاحتجاز.")
    assert ("COERCE", "إغلاق", "planned") in rows


def test_round47_name_azim_is_no_cue() -> None:
    # عازم alone is also a name: not a planning cue
    rows = _events("وغادر الطبيب عازم ذيب بعد رفض السفارة منحه التأشيرة.")
    assert all(m != "planned" for t, w, m in rows if w == "رفض")


@pytest.mark.parametrize(
    "text",
    [
        # an abstract object is policy talk; مقاتلة alone is a fighter jet
        "وشدد الوزير على أهمية محاربة الإرهاب والفساد في المنطقة.",
        "وحلقت مقاتلة تابعة للقوات الجوية فوق مواقع المتمردين.",
        "وأكد ضرورة محاربة الفقر والبطالة بين الشباب.",
        # the generic plural and a pretext
        "وأكد الوزير العزم على محاربة التنظيمات الإرهابية كافة.",
        "وتدخلت القوات بحجة محاربة داعش في المنطقة.",
    ],
)
def test_round47_no_fighting_event(text: str) -> None:
    assert not [w for t, w, _ in _events(text) if "حارب" in w or "قاتل" in w]


def test_round47_ambush_token_whole() -> None:
    from khabar.text.tokenize import proclitic_split
    from khabar.text.vocab import is_known_stem

    assert proclitic_split("كمائن", is_known_stem) == 0
    assert proclitic_split("وكمائن", is_known_stem) == 0


@pytest.mark.parametrize(
    "text",
    [
        "وشددت الشرطة الإجراءات بإنشاء كمائن ثابتة ومتحركة على مداخل المدينة.",
        "وضبطت الدورية المتهم في كمين أمني على الطريق.",
    ],
)
def test_round47_checkpoint_is_no_ambush(text: str) -> None:
    assert not [w for t, w, _ in _events(text) if "كمي" in w or "كمائن" in w]
