"""Rules of round 45 (factuality), on the fresh tuning sets dev6 ... dev9, the protest files and ANERcorp:

1. (`governing._ar_demand_list_conjunct`, read in extract.py's governor loop) a later و-item of the list of
   demands of طالب / دعا reaches the demand's planned past the twelve words or across the quote mark or the
   comma that end the governor's reach otherwise (protest A, protest B, ANERcorp A).
2. (`modality_ar._ar_purpose_conjunct`) a و-conjunct of a ل + verbal-noun purpose is planned as the purpose
   is (dev8, protest C); not when the ل-word is a plain noun (`_ar_governs_complement`: «المسيل للدموع»).
3. (`governing._ar_kana_time_setting`) an event after a preposition of time in a clause of the copula كان
   with no verb predicate is the time of a state, not the pluperfect background: not historical (dev7, dev9,
   protest C, ANERcorp A); a verb predicate keeps it historical.
4. (`governing._ar_proposed`) the بـ / لـ complement of a noun of proposing or planning (اقتراح، مقترح، خطة،
   مبادرة) is planned (dev6, ANERcorp A); not after a preposition such as بسبب or بعد.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "وطالب العمال بتحسين ظروف العمل وزيادة الأجور وتوفير السكن للعائلات الفقيرة في المناطق النائية"
            " والإفراج عن زملائهم المعتقلين.",
            "الإفراج",
        ),
        (
            "وطالب المحتجون بـ«إقالة وزير الداخلية وحل البرلمان ومحاسبة المسؤولين عن القمع وإطلاق سراح"
            " المعتقلين».",
            "إطلاق",
        ),
    ],
)
def test_later_item_of_a_demand_list_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_item_after_a_clause_word_is_no_demand() -> None:
    text = (
        "وطالب العمال بتحسين ظروف العمل وزيادة الأجور وتوفير السكن للعائلات الفقيرة في المناطق النائية"
        " بينما أعلنت الشرطة والإفراج عن زملائهم."
    )
    assert _fact(text, "الإفراج")[1] != "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتدخلت قوات الأمن لفتح الطريق وتفريق المحتجين الذين أغلقوه.", "تفريق"),
        (
            "وأرسلت البلدية فريقا بالتنسيق مع الشرطة للكشف على المبنى وضبط المخالفين ومصادرة البضائع.",
            "مصادرة",
        ),
    ],
)
def test_conjunct_of_a_purpose_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


def test_conjunct_after_a_plain_noun_under_lam_is_no_purpose() -> None:
    text = "واستخدمت الشرطة قنابل الغاز المسيل للدموع وإطلاق النار في الهواء أمس."
    assert _fact(text, "إطلاق")[1] != "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان الحارس حاضرا وقت الانفجار في المبنى.", "الانفجار"),
        ("كان الضابط مسؤولا عن الأمن في المدينة أثناء المواجهات الأخيرة.", "المواجهات"),
        ("قال شهود إن السكان كانوا وقت القصف داخل منازلهم.", "القصف"),
    ],
)
def test_time_of_a_copula_state_is_not_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "historical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان الوزير يتحدث للصحفيين خلال زيارة إلى باريس.", "زيارة"),
        ("وكان الجيش قد انسحب من المدينة أثناء المفاوضات.", "المفاوضات"),
        ("وكان عشرات المحتجين أصيبوا بجروح خلال مواجهات مع الشرطة.", "مواجهات"),
    ],
)
def test_verb_predicate_of_kana_keeps_the_background(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "historical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقدم الوزير خلال الاجتماع اقتراحه بتوسيع التعاون الأمني بين البلدين.", "التعاون"),
        ("وأعلنت الحكومة عن خطة لدعم المزارعين المتضررين من الجفاف.", "دعم"),
    ],
)
def test_complement_of_a_proposal_noun_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "ورفضت المعارضة الخطة بسبب اعتقال قادتها الأسبوع الماضي.",  # a preposition, no complement
        "ورفضت المعارضة الخطة بعد اعتقال قادتها الأسبوع الماضي.",
    ],
)
def test_no_complement_of_a_proposal_noun(text: str) -> None:
    assert _fact(text, "اعتقال")[1] != "planned"
