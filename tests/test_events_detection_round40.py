"""Arabic event detection, round 40.

Every sentence here is written for the test, not taken from a gold set.
1. ``senses._ar_context_nouns``: حوار is a meeting (CONSULT) also after a dialogue head with its ب / ل
   («لطاولة الحوار»), after a word of keeping it up, returning to it, calling for it or being ready for it
   («استمرار الحوار»، «داعيا للحوار»), and after «من» with an adjective between («الجولة المقبلة من الحوار»);
   «حوار مع صحيفة» stays an interview; such a dialogue read plainly asserted is left out
   (``extract._AR_TOLD_ONLY_KEYS``).
2. ``data/ar_triggers.txt`` + ``senses._ar_contacts_sense``: اتصالات is contacts (CONSULT), not
   telecommunications («وزارة الاتصالات»، «الاتصالات السعودية»، «انقطاع الاتصالات») nor «المزيد من الاتصالات»;
   ``extract.Extractor._assemble``: a meeting noun after the contacts is an event of its own.
3. ``senses._ar_coup_sense``: انقلاب is a coup (COERCE) with عسكري / على / a year after it or a leader before it;
   «انقلاب شاحنة» is none.
5. ``senses._ar_withdrawal``: سحب with troops or arms as its object is a withdrawal (RETREAT); «سحب القرعة» is
   none; the masdar read plainly asserted is left out.
6. ``senses._ar_backing``: الدعم with a country's or the international adjective is SUPPORT, with money's, advice's
   or arms' adjective AID; «الدعم الحكومي» (a subsidy) stays none.
4. ``senses._ar_face_off_sense``: مواجهة is a clash (ASSAULT) with بين / مع after it; «لمواجهة التحديات»، «في
   مواجهة» are none.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("ودعا الرئيس الأطراف إلى العودة لطاولة الحوار الأسبوع المقبل.", "CONSULT", "الحوار"),
        ("وأكد الوزير استعدادنا للحوار من أجل حل الأزمة.", "CONSULT", "لحوار"),
        ("ودعا الرئيس إلى استمرار الحوار بين الفصائل.", "CONSULT", "الحوار"),
        ("وتعقد الجولة المقبلة من الحوار في القاهرة.", "CONSULT", "الحوار"),
        ("وكشف المسؤول عن اتصالات بين الحكومة والمعارضة.", "CONSULT", "اتصالات"),
        ("وتابع المسؤول الاتصالات الجارية لإيجاد حل للأزمة.", "CONSULT", "الاتصالات"),
        ("وقاد الجنرال انقلابا عسكريا قبل عامين.", "COERCE", "انقلاب"),
        ("وأدت الأزمة إلى انقلاب عسكري في البلاد.", "COERCE", "انقلاب"),
        ("واعتقلت السلطات قادة الانقلاب الفاشل.", "COERCE", "الانقلاب"),
        ("واندلعت المواجهة بين الطلاب ورجال الأمن أمام الجامعة.", "ASSAULT", "المواجهة"),
        ("وشهدت الساحة مواجهة دامية مع قوات الأمن.", "ASSAULT", "مواجهة"),
        ("ودعا المجلس إلى سحب القوات الأجنبية من البلاد.", "RETREAT", "سحب"),
        ("وأثار الدعم الروسي للنظام انتقادات واسعة.", "SUPPORT", "الدعم"),
        ("وأشاد الوزير بالدعم الدولي لخطة السلام.", "SUPPORT", "بالدعم"),
        ("ووصل الدعم المالي إلى المدينة المنكوبة أمس.", "AID", "الدعم"),
        ("وسحبت الحكومة قواتها من المدينة أمس.", "RETREAT", "وسحبت"),
        ("وقال المراقبون إن الجانبين لم يسحبا المدفعية الثقيلة.", "RETREAT", "يسحبا"),
    ],
)
def test_new_words_are_events_of_the_gold_type(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال الوزير في حوار مع صحيفة محلية إن الوضع مستقر.", "حوار"),  # an interview
        ("وفي استمرار الحوار مع قناة محلية قال الوزير إنه متفائل.", "الحوار"),  # an interview kept up
        ("وأعلنت وزارة الاتصالات عن خدمة جديدة للمشتركين.", "الاتصالات"),  # a ministry
        ("وارتفعت أرباح شركة الاتصالات السعودية هذا العام.", "الاتصالات"),  # a company
        ("وتسبب انقطاع الاتصالات في تأخير الرحلات.", "الاتصالات"),  # an outage
        ("وتوفي السائق إثر انقلاب شاحنة على الطريق السريع.", "انقلاب"),  # a vehicle overturned
        ("واتخذت الحكومة إجراءات لمواجهة التحديات الاقتصادية.", "لمواجهة"),  # to counter
        ("ووقف الأهالي في مواجهة مع السيول.", "مواجهة"),  # facing
        ("وجرى سحب القرعة في مقر الاتحاد.", "سحب"),  # a draw
        ("وارتفعت أسعار الوقود بعد خفض الدعم الحكومي.", "الدعم"),  # a subsidy
        ("وأعلنت الوزارة سحب الترخيص من الشركة.", "سحب"),  # a licence withdrawn (no troops)
        ("ومنتظرة المزيد من الاتصالات مع الأطراف.", "الاتصالات"),  # more contacts awaited
    ],
)
def test_other_senses_make_no_event(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


def test_a_dialogue_kept_up_and_read_asserted_is_left_out() -> None:
    # «سنواصل الحوار» is no dialogue held; the rules read the noun as asserted, so it is left out (no leak)
    rows = event_rows("وقال المتحدث سنواصل الحوار مع الحكومة حتى النهاية.")
    assert not any(r[1] == "الحوار" for r in rows), rows


def test_a_meeting_after_the_contacts_keeps_its_own_event() -> None:
    rows = event_rows("وتكثفت الاتصالات في الخارج وأبرزها قمة عقدت في دمشق أمس.")
    assert any(r[0] == "CONSULT" and r[1] == "الاتصالات" for r in rows), rows
    assert any(r[0] == "CONSULT" and r[1].startswith("قمة") for r in rows), rows


def test_a_withdrawal_not_done_is_negative() -> None:
    rows = [
        r for r in event_rows("وقال المراقبون إن الجانبين لم يسحبا المدفعية الثقيلة.") if r[0] == "RETREAT"
    ]
    assert rows and rows[0][2] == "negative", rows
