"""Arabic event detection, round 39.

Every sentence here is written for the test, not taken from a gold set.
1. ``data/ar_triggers.txt`` kind m: the masdars منع (COERCE) and ضرب (ASSAULT) are nouns after ب / ل / ال;
   ``triggers._lookup``: a kind-m word with no verb entry (ضرب) is no event bare («ضرب موعدا»);
   ``senses._ar_strike_sense``: «الضرب بعرض الحائط» is none.
2. ``senses._ar_ending_sense``: إنهاء is a RETREAT only with a conflict, an occupation, a siege or a presence
   after it.
3. ``senses._ar_violence_sense``: عنف is an ASSAULT only right after أعمال / أحداث / استخدام ...
4. ``senses._ar_use_of_force``: استخدام with force, bullets or violence after it is an ASSAULT.
5. ``extract.Extractor._ar_aimed``: فتح with النار in its window is an ASSAULT; ``dedup._opened_fire``: the
   killing told after it in the sentence keeps its own event.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("ونشرت الشرطة حواجز حديدية لمنع المحتجين من دخول الساحة.", "COERCE", "لمنع"),
        ("وقام رجال الأمن بضرب عدد من الطلاب أمام الجامعة.", "ASSAULT", "بضرب"),
        ("وطالب النواب بإنهاء الاحتلال فورا.", "RETREAT", "إنهاء"),
        ("ودعت المنظمة إلى انهاء وجود القوات الأجنبية في البلاد.", "RETREAT", "انهاء"),
        ("وشهدت المدينة أعمال عنف واسعة بعد الانتخابات.", "ASSAULT", "عنف"),
        ("وأدان البيان استخدام القوة المفرطة ضد المحتجين.", "ASSAULT", "استخدام"),
        ("واتهمت المنظمة الشرطة باستخدام الرصاص الحي ضد المتظاهرين.", "ASSAULT", "باستخدام"),
        ("وفتح رجال الأمن النار على المحتجين أمام المبنى.", "ASSAULT", "وفتح"),
    ],
)
def test_new_words_are_events_of_the_gold_type(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وضرب الرئيس موعدا جديدا للانتخابات.", "ضرب"),  # bare ضرب: an appointment set
        ("ويجب عدم الضرب بعرض الحائط بمطالب الناس.", "الضرب"),  # disregard
        ("ونجحت الأجهزة الأمنية بضرب مخططات الشبكة قبل تنفيذها.", "بضرب"),  # plans foiled
        ("وتم إنهاء الإجراءات في المطار خلال ساعة.", "إنهاء"),  # a procedure ended
        ("وقرر المدير إنهاء خدمته في الشركة.", "إنهاء"),
        ("ودعا الشيخ إلى نبذ العنف والتطرف.", "العنف"),  # violence renounced, no acts
        ("ويمكن استخدام الطاقة الشمسية في المنازل.", "استخدام"),  # a use of no force
    ],
)
def test_other_senses_make_no_event(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


def test_violence_not_recorded_is_negative() -> None:
    rows = [r for r in event_rows("ولم تسجل أعمال عنف خلال المسيرة.") if r[1] == "عنف"]
    assert rows and rows[0][0] == "ASSAULT" and rows[0][2] == "negative", rows


def test_an_investigation_opened_stays_an_accusation() -> None:
    rows = event_rows("وفتحت النيابة تحقيقا في إطلاق النار على المحتجين.")
    assert any(r[0] == "ACCUSE" and "وفتحت" in r[1] for r in rows), rows
    assert not any(r[0] == "ASSAULT" and "وفتحت" in r[1] for r in rows), rows


def test_the_killing_after_the_fire_keeps_its_event() -> None:
    rows = event_rows("فتح الجنود النار على المحتجين فقتلوا ثلاثة منهم.")
    assert any(r[0] == "ASSAULT" and r[1].startswith("فتح") for r in rows), rows
    assert any(r[0] == "ASSAULT" and "فقتلوا" in r[1] for r in rows), rows


def test_the_verb_forms_of_the_ban_stay_events() -> None:
    assert any(r[0] == "COERCE" and r[1] == "منعت" for r in event_rows("منعت السلطات المسيرة.")), event_rows(
        "منعت السلطات المسيرة."
    )
