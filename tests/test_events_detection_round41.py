"""Arabic event detection, round 41.

Every sentence here is written for the test, not taken from a gold set.
1. ``senses._ar_deployment``: نشر / ينشر / انتشر / ينتشر and the masdars (نشر، انتشار) with a security force
   after them (troops, police, the army, «رجال الأمن», aircraft) are a deployment (MOBILIZE); a published
   thing («نشرت الشرطة صورا») or any other object («انتشار الفيروس») makes none.
2. ``extract._AR_AIM_LIGHT`` / ``senses._ar_object_senses``: the fire verb أطلق with its subject between it and
   النار («فأطلق الجنود النار»), the masdar after ب («بإطلاق النيران») and رصاصا / طلقات as munitions are an
   attack (ASSAULT); «بإطلاق سراح» stays a release.
3. ``senses._ar_arson``: أحرق / يحرق / إحراق and أشعل / أضرم + النار are an arson, COERCE where protesters or
   rioters are named, ASSAULT otherwise; «إشعال الفتنة» and the bare حرق are none.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("ونشرت الحكومة آلاف رجال الأمن في شوارع العاصمة.", "MOBILIZE", "ونشرت"),
        ("وانتشر مئات الجنود حول مبنى البرلمان صباح اليوم.", "MOBILIZE", "وانتشر"),
        ("وطالب النائب بانتشار كثيف لقوى الأمن في الساحة.", "MOBILIZE", "انتشار"),
        ("وقررت الوزارة نشر ألفي شرطي في المدينة.", "MOBILIZE", "نشر"),
        ("وتنتشر وحدات من الجيش على طول الطريق.", "MOBILIZE", "وتنتشر"),
        ("فأطلق الحراس النار على السيارة.", "ASSAULT", "أطلق"),
        ("وقتل شاب إثر قيام مسلحين بإطلاق النيران على المقهى.", "ASSAULT", "إطلاق"),
        ("وقال شاهد إن الشرطة أطلقت رصاصا على الحشد.", "ASSAULT", "أطلقت"),
        ("وأحرق المحتجون مبنى البلدية مساء أمس.", "COERCE", "أحرق"),
        ("وقام مشاغبون بإشعال النار في مكتب الحزب.", "COERCE", "إشعال"),
        ("وأحرق مسلحون مجهولون منزل القاضي.", "ASSAULT", "أحرق"),
        ("وشهدت المدينة إحراق عشرات السيارات على يد عصابة.", "ASSAULT", "إحراق"),
    ],
)
def test_new_words_are_events_of_the_gold_type(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ونشرت الشرطة صورا للمشتبه به على موقعها.", "نشرت"),
        ("ونشر الجيش بيانا حول الحادث.", "نشر"),
        ("وتخشى السلطات انتشار الفيروس في المدارس.", "انتشار"),
        ("وانتشرت الشائعات في المدينة بسرعة.", "انتشرت"),
        ("وحذر الشيخ من إشعال الفتنة بين الطوائف.", "إشعال"),
        ("وتم حرق العلم أمام السفارة.", "حرق"),
        ("وطالب النائب بوقف انتشار الجيش في الجنوب.", "انتشار"),
    ],
)
def test_other_senses_make_no_event(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


def test_a_release_stays_a_release() -> None:
    rows = event_rows("وطالب الأهالي بإطلاق سراح المعتقلين فورا.")
    assert any(r[0] == "RETREAT" and "إطلاق" in r[1] for r in rows), rows
    assert not any(r[0] == "ASSAULT" for r in rows), rows


def test_a_deployment_with_the_lexicon_noun_keeps_its_light_verb_span() -> None:
    rows = event_rows("ونشرت الدولة قوات على الحدود.")
    assert any(r[0] == "MOBILIZE" and r[1] == "ونشرت الدولة قوات" for r in rows), rows


def test_a_deployment_masdar_read_plainly_asserted_is_left_out() -> None:
    # ``extract._AR_TOLD_ONLY``: «انتشار» is told only (test12's «إن انتشار ... سيتواصل» leaked asserted)
    rows = event_rows("ولوحظ انتشار كثيف لقوى الأمن في الساحة.")
    assert not any(r[0] == "MOBILIZE" for r in rows), rows
