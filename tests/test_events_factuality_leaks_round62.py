"""Rule of round 62 (factuality leaks, branch leaks62), from its leak audit of fresh news
(`eval/events/audits/leaks62_draw.tsv`: 13 of its 20 leaks are events in a question):

(`modality_ar._ar_asked_in_question`) an event asked about in a yes / no question opened by «هل / وهل / فهل» (a verb
of its clause, or an indefinite verbal noun after its verb) is conditional, as the tuning gold labels it
(aner-test-714-1, d6-ar-004, t8-ar-069). An event the question takes as given keeps its label: a definite noun, an
event in a أن-clause or a relative, the subject of «جاء / كان», a wh-question («لماذا قصفت»).

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وسألته الصحيفة: هل تؤيد فرض عقوبات على إيران؟", "فرض"),
        ("هل اعتقلت الشرطة المتهمين في القضية؟", "اعتقلت"),
        # a future verb in the question: conditional, not planned (d6-ar-004, t8-ar-069)
        ("لا نعرف هل ستعقد الحكومة محادثات مع المعارضة أم لا.", "ستعقد"),
        ("وهل يعني ذلك انسحاب القوات من المدينة؟", "انسحاب"),
    ],
)
def test_event_asked_in_question_is_conditional(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "conditional")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a wh-question on a bombing told as done
        ("وتساءل الكاتب لماذا قصفت الطائرات المستشفى في المدينة.", "قصفت"),
        # the arrest is in the أن-clause of what the question asks about, the protest in a relative
        ("هل يعلم المسؤولون أن الشرطة اعتقلت عشرات المتظاهرين الذين احتجوا أمس؟", "اعتقلت"),
        ("هل يعلم المسؤولون أن الشرطة اعتقلت عشرات المتظاهرين الذين احتجوا أمس؟", "احتجوا"),
        # a definite event noun, the subject of what is asked
        ("وهل الهجوم على السفارة عمل فردي؟", "الهجوم"),
        # a property of a given release is asked
        ("هل جاء إطلاق سراح الرهائن بعد دفع فدية؟", "إطلاق"),
        # a verbal noun read as a verb, the subject of what is asked (from the firing audit)
        ("وهل عقد الاجتماعات المغلقة مع الوفود يكفي لحل الأزمة؟", "عقد"),
        ("هل مجرد توقيع الاتفاق يعني نهاية الحرب؟", "توقيع"),
        # «لا يوجد إلا» lifts the denial
        ("ولا يوجد إلا عدد قليل من المنظمات تقدم مساعدات للنازحين.", "تقدم"),
    ],
)
def test_event_given_by_question_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
