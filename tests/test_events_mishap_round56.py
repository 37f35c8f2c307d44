"""Arabic event detection, round 56 (precision on fresh news: event words that name no event).

Every sentence here is written for the test, not taken from a gold set or an audit file.
``khabar.events.senses_mishap``:
1. a death or an injury of a road accident, a crash, a flood or a quake, and a player's injury named by the body
   part, are no ASSAULT; an attack named in the sentence keeps its casualties;
2. a reception by an airport, a hospital, a mosque ... or of flights, visitors, pilgrims, and a hosting of a match
   or a show, are no meeting (CONSULT); a reception of a person and a city hosting talks stay;
3. استهدف with an aim or an audience as object, the noun حذر (caution) and «يدافع عن ألوان» a club are no event.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("توفي رجلان وأصيب ثلاثة آخرون إثر حادث تصادم بين شاحنة وسيارة على الطريق السريع.", "أصيب"),
        ("لقيت امرأة مصرعها في حادث سير على طريق المطار مساء الخميس.", "مصرعها"),
        ("لقي أربعة صيادين مصرعهم في غرق مركب قبالة الساحل.", "مصرعهم"),
        ("قتل عشرة أشخاص على الأقل في زلزال قوي ضرب جنوب البلاد فجر اليوم.", "قتل"),
        # a fire after a crash is no attack
        ("وأدى سقوط الطائرة إلى اشتعال النار في مبنى قريب ولقي قائدها مصرعه.", "مصرعه"),
        ("وغاب المدافع عن التدريبات بسبب إصابته بتمزق في العضلة الخلفية.", "إصابته"),
        ("استقبل مستشفى المدينة خلال العيد أكثر من ثلاثمئة مراجع.", "استقبل"),
        ("ويستقبل المطار الجديد أول رحلة دولية قادمة من دبي الأسبوع المقبل.", "ويستقبل"),
        ("تستضيف الرياض نهائي البطولة العربية للأندية في نوفمبر.", "تستضيف"),
        ("وتستقبل الحديقة العامة زوارها يوميا من الرابعة عصرا.", "وتستقبل"),
        ("وأطلقت الشركة حملة تستهدف زيادة مبيعاتها في الأسواق الخليجية.", "تستهدف"),
        ("وظل المتعاملون في حذر بانتظار بيانات التضخم.", "حذر"),
        ("ووقع اللاعب عقدا سيدافع بموجبه عن ألوان النادي ثلاثة مواسم.", "سيدافع"),
    ],
)
def test_no_event_in_these_senses(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # an attack named in the sentence: the casualties stay
        ("لقي جنديان مصرعهما في حادث إطلاق نار على نقطة تفتيش.", "ASSAULT", "إطلاق"),
        ("قتل ستة أشخاص وأصيب عشرون في انفجار سيارة مفخخة بالسوق.", "ASSAULT", "قتل"),
        ("أصيب الشرطي برصاصة في الركبة خلال مداهمة وكر للمهربين.", "ASSAULT", "أصيب"),
        # a person received, talks hosted: meetings
        ("استقبل وزير الخارجية في مكتبه أمس سفير اليابان لدى المملكة.", "CONSULT", "استقبل"),
        ("وتستضيف مسقط الأسبوع المقبل جولة جديدة من المحادثات بين الطرفين.", "CONSULT", "وتستضيف"),
        # an attack's target, a warning
        ("وقال الجيش إن الطائرات استهدفت مخازن أسلحة للمسلحين قرب الحدود.", "ASSAULT", "استهدفت"),
        ("وحذر الوزير الشركات من مخالفة الأنظمة الجديدة.", "THREATEN", "وحذر"),
    ],
)
def test_events_that_stay(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)
