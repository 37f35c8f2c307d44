"""Arabic event detection, round 42.

Every sentence here is written for the test, not taken from a gold set.
``senses._ar_warning``: the Form II verb حذّر / يحذّر in its persons (with و / ف and the future سـ) and the
participle محذرا are a warning (THREATEN); a study's or report's warning («حذرت دراسة ... من أن»), a warning
of risks («من المخاطر»، «من خطورة») and «بحذر» (carefully) make none.
``senses._ar_closing``: the Form IV verb أغلق / يغلق in its persons and the masdar إغلاق (with ب / ل / ال or a
pronoun) with a closable place as object are a closure (COERCE; SANCTION for a diplomatic mission); protesters
closing a road stay a protest, and a stock index, a file or a road closed for upkeep make none.
``senses._ar_settlement``: the weak noun تسوية is a settlement (AGREE) before سياسية / سلمية or the conflict it
settles, and the definite التسوية before في / بسبب; told only (a plainly asserted reading is left out); «تسوية
الأوضاع» (a status regularised) makes none.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وحذر الرئيس المعارضة من مغبة التصعيد في الشارع.", "وحذر"),
        ("وكانت السلطات حذرت المتظاهرين من التجمع أمام الوزارة.", "حذرت"),
        ("وحذروا الحكومة من أي اعتداء على المعتصمين.", "وحذروا"),
        ("وقال الوزير محذرا من أن عدم الالتزام بالهدنة سيؤدي إلى عواقب.", "محذرا"),
        ("ويحذر قادة الحركة خصومهم من دخول المدينة.", "ويحذر"),
    ],
)
def test_warning_found(text: str, word: str) -> None:
    assert ("THREATEN", word) in [(r[0], r[1]) for r in event_rows(text)]


def test_future_warning_is_planned() -> None:
    rows = [r for r in event_rows("وسيحذر الرئيس الدول المجاورة من التدخل.") if r[0] == "THREATEN"]
    assert rows and rows[0][3] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "حذرت دراسة طبية حديثة من أن نوعا من الأدوية قد يضر بالسمع.",
        "وحذر التقرير من أن أسعار الغذاء سترتفع العام المقبل.",
        "وحذر رئيس البلدية اليوم من «المخاطر الملموسة» خلال موسم الأعياد.",
        "وحذر محافظ المدينة، اليوم (الأحد)، من «المخاطر الكبيرة» لموجة الحر.",
        "وحذر الطبيب من خطورة التدخين على القلب.",
        "وتقدم الموكب بحذر في الشارع المزدحم.",
    ],
)
def test_warning_not_found(text: str) -> None:
    assert not [r for r in event_rows(text) if r[0] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("وقال شهود إن قوات الأمن أغلقت مداخل البلدة منذ الصباح.", "COERCE", "أغلقت"),
        ("وقررت السلطات إغلاق عشرات المساجد في الإقليم.", "COERCE", "إغلاق"),
        ("وأغلق المسلحون المدارس في بعض القرى.", "COERCE", "أغلق"),
        ("وستغلق الشرطة الطرق المؤدية إلى الساحة.", "COERCE", "وستغلق"),
        ("وداهمت الشرطة عدة مكاتب للحزب وإغلاقها بالشمع الأحمر.", "COERCE", "إغلاقها"),
        ("وأغلقت الحكومة سفارتها في العاصمة احتجاجا.", "SANCTION", "أغلقت"),
        ("وأغلقت البلدية فرع المصرف في الحي القديم.", "COERCE", "أغلقت"),
    ],
)
def test_closing_found(text: str, typ: str, word: str) -> None:
    assert (typ, word) in [(r[0], r[1]) for r in event_rows(text)]


def test_protesters_closing_road_stay_a_protest() -> None:
    rows = event_rows("وأغلق المحتجون الطريق الدولي بالإطارات.")
    assert [r[0] for r in rows] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "وأغلق المؤشر العام للسوق مرتفعا عند مستوى قياسي.",
        "وأغلق سهم شركة الكهرباء على انخفاض طفيف.",
        "وقرر القاضي إغلاق الملف نهائيا.",
        "وسيتم إغلاق الطريق الدائري للصيانة ثلاثة أيام.",
        "وأغلق الباب أمام أي تسوية.",
        "واتهمت الصحيفة الجارة بحجة أن الحكومة أغلقت المعبر الحدودي.",
    ],
)
def test_closing_not_found(text: str) -> None:
    assert not [r for r in event_rows(text) if r[0] in ("COERCE", "SANCTION")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال الوزير إن بلاده ستواصل البحث عن تسوية سياسية للنزاع.", "تسوية"),
        ("ودعت الأمم المتحدة الطرفين إلى العمل لتسوية الخلاف بالطرق السلمية.", "لتسوية"),
        ("وأكدت مصادر أن الوسطاء مستعجلون لإنجاز التسوية في اليمن.", "التسوية"),
    ],
)
def test_settlement_found(text: str, word: str) -> None:
    assert ("AGREE", word) in [(r[0], r[1]) for r in event_rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الوزارة تسوية أوضاع العمالة المخالفة في المنطقة.",
        "وجرت التسوية المالية للمستحقات قبل نهاية العام.",
        "وتمت التسوية في العاصمة أمس.",
    ],
)
def test_settlement_not_found(text: str) -> None:
    assert not [r for r in event_rows(text) if r[0] == "AGREE"]


def test_closing_decided_read_asserted_is_left_out() -> None:
    rows = event_rows("وقال الرئيس إنه متمسك بقراره إغلاق المحطة التلفزيونية.")
    assert not [r for r in rows if r[0] == "COERCE" and r[3] == "asserted"]


def test_root_gates_cover_every_form_of_their_rules() -> None:
    """The sentence gates of the round 41-42 sense rules (`_ar_has_root`) are necessary conditions: every form
    the rules read holds one of the gate's letter groups, so the gates change no output, only the time."""
    from khabar.events import senses as S

    families = {
        S._AR_DEPLOY_RX: S._AR_DEPLOY | S._AR_DEPLOY_MASDAR | S._AR_SPREAD,
        S._AR_ARSON_RX: S._AR_BURN | S._AR_KINDLE | S._AR_BURN_MASDAR | S._AR_KINDLE_MASDAR,
        S._AR_WARN_RX: S._AR_WARN_FORMS,
        S._AR_CLOSE_RX: S._AR_CLOSE_FORMS | {S._AR_CLOSE_MASDAR},
    }
    for letters, forms in families.items():
        assert forms and all(letters.search(f) for f in forms), letters.pattern

    from khabar.text.tokenize import tokenize

    toks = tokenize("وأغلقت الشرطة الطريق")
    assert S._ar_has_root(toks, S._AR_CLOSE_RX) and not S._ar_has_root(toks, S._AR_WARN_RX)
