"""Arabic event detection, round 59 (precision on fresh news: diseases, drownings, a disaster's damage, one-word
senses, a hidden telling told as a happening).

Every sentence here is written for the test, not taken from a gold set or an audit file.
1. ``khabar.events.senses_mishap``: the cases and deaths of a disease or an epidemic, a death by drowning, and the
   destruction a flood or a quake does are no ASSAULT; an attack named in the sentence keeps them, and so does a
   destruction verb whose subject is an attacker;
2. ``khabar.events.senses_everyday``: a science after «علم» («علم الاجتماع»), a phone device or line («هاتف ذكي»،
   «هاتف الطوارئ»), a subsidy («دعم الوقود») and owing («يدين بالفضل»، «زرع يدين») make no event; a call, a
   condemnation and a real support stay;
3. ``khabar.events.hidden_tellings``: a telling hidden in a removed manner cooperation stays when a relative
   clause says the act took place («التعاون الذي تم بين ...»).
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # diseases, epidemics, drowning, a disaster's damage
        ("وأعلنت وزارة الصحة تسجيل ثلاث حالات إصابة بمتلازمة الشرق الأوسط التنفسية في الأحساء.", "إصابة"),
        ("وأدى انتشار المرض إلى إصابة عدد من العمال بالحصبة.", "إصابة"),
        ("ولقي ثلاثة أشخاص مصرعهم غرقا في بحيرة السد.", "مصرعهم"),
        ("وتسببت السيول في تدمير عشرات المنازل والجسور في القرى الجبلية.", "تدمير"),
        ("ودمرت الفيضانات مئات المنازل في شمال البلاد.", "ودمرت"),
        ("وحذر الأطباء من ارتفاع إصابات العيون بسبب الألعاب النارية.", "إصابات"),
        # one-word senses
        ("وقال أستاذ علم الاجتماع في جامعة الملك عبدالعزيز إن الظاهرة في ازدياد.", "الاجتماع"),
        ("وتضمنت الدورة محاضرات في علم الإصابات الرياضية.", "الإصابات"),
        ("وتحتاج كل هاتف ذكي إلى تطبيق للحماية من الفيروسات.", "هاتف"),
        ("ويمكن للمواطنين الاتصال على هاتف الطوارئ المجاني على مدار الساعة.", "هاتف"),
        ("وأعلنت الحكومة خطة لخفض دعم الوقود تدريجيا خلال خمس سنوات.", "دعم"),
        ("ويدين المدرب بالفضل في هذا الإنجاز إلى لاعبيه.", "يدين"),
        ("ونجح الأطباء في عملية زرع يدين لمريض فقدهما في حادث.", "يدين"),
    ],
)
def test_no_event_in_these_mentions(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # an attack keeps its casualties and its destruction, even with a disease word near
        ("وأصيب عشرة أشخاص في هجوم استهدف مستشفى لعلاج مرضى الكوليرا.", "ASSAULT", "أصيب"),
        ("ودمرت الطائرات الحربية المنازل التي نجت من الزلزال.", "ASSAULT", "ودمرت"),
        # a phone call by a verb, a condemnation, a real support
        ("وهاتف الرئيس نظيره الفرنسي مساء أمس وبحث معه الأوضاع.", "CONSULT", "وهاتف"),
        ("وقالت الحكومة إنها تدين بشدة الهجوم على السفارة.", "ACCUSE", "تدين"),
        ("وأعلنت الدولة دعم الجيش اللبناني بمعدات عسكرية.", "SUPPORT", "دعم"),
        # a telling hidden in a removed manner cooperation that says the cooperation took place
        (
            "نظم النادي الأدبي أمسية شعرية بالتعاون مع جمعية الثقافة. وتأتي الأمسية ثمرة التعاون الذي تم بين النادي"
            " والجمعية منذ العام الماضي.",
            "COOPERATE",
            "التعاون",
        ),
    ],
)
def test_events_that_stay(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)
