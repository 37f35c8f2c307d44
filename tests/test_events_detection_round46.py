"""Arabic event detection, round 46 (liberation from an occupier read past «من أيدي», the definite masdar and تطهير
in ``khabar.events.senses._ar_liberation``; a force deployed named before نشرهم / نشرها and equipment deployed in
``senses._ar_deployment``; persons handed over, a beating with an instrument, «السطو على» and confronting
protesters and embezzlement with its amount in ``khabar.events.senses_security``).

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import extract


def _rows(text: str) -> list[tuple[str, str]]:
    doc = extract(text, "ar", [])
    return [(e.type, e.trigger.text) for e in doc.events if e.trigger]


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # liberation from an occupier
        ("واحتفل الأهالي أمس بذكرى تحرير المدينة من أيدي مليشيات الحوثي.", "ASSAULT", "تحرير"),
        ("وعادت الحياة إلى القرى عقب عمليات التحرير لبلداتها من المليشيات.", "ASSAULT", "التحرير"),
        ("وتعهد الجيش بدعم المحافظة وتطهيرها من الحوثيين خلال أيام.", "ASSAULT", "تطهيرها"),
        # deployment
        ("وقال المتحدث إن ثلاثة آلاف جندي إضافي سيتم نشرهم على الحدود.", "MOBILIZE", "نشرهم"),
        ("وتم نشر مروحيات للجيش فوق المنطقة المنكوبة.", "MOBILIZE", "نشر"),
        # persons handed over
        ("وتم تسليم المتهمين إلى النيابة العامة صباح اليوم.", "COERCE", "تسليم"),
        ("وسلمت السلطات أكثر من عشرين شخصا إلى الدولة المجاورة.", "COERCE", "سلمت"),
        # embezzlement, robbery
        ("وقبض على الموظف بعد أن اختلس مليون ريال من الشركة.", "COERCE", "اختلس"),
        ("وأعيدت المزارع التي جرى السطو عليها إلى أصحابها.", "COERCE", "السطو"),
        # a beating with an instrument or a violent manner
        ("وضرب رجل أربعيني زوجته بعصا غليظة داخل المنزل.", "ASSAULT", "ضرب"),
        ("وضربت الشرطة المتظاهرين بالهراوات أمام الوزارة.", "ASSAULT", "ضربت"),
        ("وضرب مجهولون شابا ضربا مبرحا في الشارع.", "ASSAULT", "ضرب"),
        # confronting protesters (COERCE)
        ("وتصدت قوات الأمن للمتظاهرين أمام البرلمان.", "COERCE", "تصدت"),
        ("ونشرت السلطات ألف شرطي للتصدي لمسيرة المعارضة.", "COERCE", "تصدي"),
        # embezzlement with its amount
        ("وكشفت الهيئة عن اختلاس أموال المشروع من قبل موظف سابق.", "COERCE", "اختلاس"),
    ],
)
def test_found(text: str, typ: str, word: str) -> None:
    rows = _rows(text)
    assert any(t == typ and word in trig for t, trig in rows), rows


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        # liberation: an editor, a square, a purge of no occupier, a ل-masdar past «من أيدي» (not read)
        ("وقال رئيس التحرير إن الصحيفة بريئة من الحوثيين.", "ASSAULT"),
        ("وتجمع المئات في ميدان التحرير من الصباح.", "ASSAULT"),
        ("وبدأت البلدية حملة تطهير للشوارع من النفايات.", "ASSAULT"),
        # deployment: a published thing before the pronoun, publishing
        ("وأكدت الشرطة صحة الصور التي تم نشرها أمس.", "MOBILIZE"),
        ("ونشرت الوزارة بيانا عن الحادث.", "MOBILIZE"),
        # handover: a prize, keys, a greeting, a person with no recipient
        ("وسلم الأمير الجوائز للفائزين في الحفل.", "COERCE"),
        ("وسلم المقاول مفاتيح المشروع إلى البلدية.", "COERCE"),
        ("وسلم الرئيس على المواطنين الذين حضروا.", "COERCE"),
        # robbery as the content of a report (after ب)
        ("وأبلغت أسرته عنه بالسطو على بنك.", "COERCE"),
        # beating: idioms, a person with no instrument, an instrument with no person
        ("وضرب المدرب موعدا مع الفريق في النهائي.", "ASSAULT"),
        ("وكان الولد الذي يضرب أخته يعاقب.", "ASSAULT"),
        ("وضرب اللاعب الكرة بقدمه بقوة.", "ASSAULT"),
        # confronting a phenomenon; terrorism (policy talk, not read)
        ("ويجب التصدي لظاهرة التسول في المدن.", "COERCE"),
        ("وأكد الوزير عزم المملكة على التصدي للإرهاب.", "ASSAULT"),
        # embezzlement: a metaphor, a generic list
        ("ظل سنوات يختلس اللحظات ليصور المدينة.", "COERCE"),
        ("ومن آثار الفساد الرشوة والمحسوبية والاختلاس والبطالة.", "COERCE"),
    ],
)
def test_not_found(text: str, typ: str) -> None:
    rows = _rows(text)
    assert not any(t == typ for t, _ in rows), rows


def test_a_liberation_masdar_with_l_is_not_read_past_hands() -> None:
    # «بداية لتحرير ... من يد مليشيات»: read asserted against the planned gold (a leak), so left out
    rows = _rows("وهذه بداية لتحرير كامل أراضي البلاد من يد مليشيات الحوثي.")
    assert not any(t == "ASSAULT" for t, _ in rows), rows
