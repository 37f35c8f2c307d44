"""Arabic event detection, round 48: the jussive after لم («لم يلتق»، «لم تدن») read as its verb
(``khabar.events.senses_security._ar_jussive``); a weak noun of two types taking the light verb's type
(``khabar.events.triggers.light_noun``: «أطلقوا صواريخ»); the fire verb's plural after لن / أن and buckshot
(``khabar.events.senses._ar_object_senses``); officers and security men deployed (``senses._ar_deployment``);
a force sent or massed (``senses._ar_forces_sent``); the verb استخدم with bullets or a weapon of a kind
(``senses._ar_used_weapon``); a permission for inspectors, aid or protesters (``senses_security._ar_permission``); a charge faced or
brought (``senses_security._ar_charges``).

Every sentence here is written for the test, not taken from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word", "polarity"),
    [
        # the jussive after لم: a defective and a hollow verb
        ("ولم يلتق رئيس الوزراء بالسفير خلال زيارته القصيرة.", "CONSULT", "يلتق", "negative"),
        ("ولم تدن الحكومة الهجوم حتى مساء أمس.", "ACCUSE", "تدن", "negative"),
        ("ولم يستجب الوزير لمطالب المعلمين المضربين.", "CONCEDE", "يستجب", "negative"),
        # a weak noun of two types: missiles fired
        ("وقال الجيش إن المسلحين أطلقوا صواريخ على القاعدة الجوية.", "ASSAULT", "أطلقوا صواريخ", "positive"),
        # the fire verb's plural after لن, and buckshot
        ("وأكد المحافظ أن الجنود لن يطلقوا الرصاص على المحتجين.", "ASSAULT", "يطلقوا", "negative"),
        ("وقال شهود إن الشرطة أطلقت الخرطوش على الطلاب في الساحة.", "ASSAULT", "أطلقت", "positive"),
        # officers and security men deployed
        ("وأعدت الوزارة خطة لنشر عشرة آلاف ضابط حول الملاعب.", "MOBILIZE", "لنشر", "positive"),
        ("وقررت الحكومة نشر نحو ألفي عنصر أمني في الأسواق.", "MOBILIZE", "نشر", "positive"),
        # a force sent or massed
        ("وأرسلت الحكومة 500 جندي إلى الحدود الشمالية.", "MOBILIZE", "أرسلت", "positive"),
        ("وأرسل الملك جيشا كبيرا إلى الإقليم المتمرد.", "MOBILIZE", "أرسل", "positive"),
        ("وأعلنت القيادة عن حشد مئات المقاتلين قرب المدينة.", "MOBILIZE", "حشد", "positive"),
        # the verb استخدم with bullets or a weapon of a kind
        ("وقالت المنظمة إن الشرطة استخدمت الرصاص الحي ضد المحتجين.", "ASSAULT", "استخدمت", "positive"),
        ("واتهم التقرير الجيش بأنه استخدم أسلحة كيماوية في القرية.", "ASSAULT", "استخدم", "positive"),
        ("وقال الأطباء إن القوات استخدمت غاز السارين ضد السكان.", "ASSAULT", "استخدمت", "positive"),
        # a permission: inspectors and aid (RETREAT), protesters (CONCEDE)
        ("وقالت الحكومة إنها لن تسمح للمفتشين بدخول المنشأة.", "RETREAT", "تسمح", "negative"),
        ("وسمحت السلطات بمرور المساعدات إلى المدينة المحاصرة.", "RETREAT", "وسمحت", "positive"),
        ("وقال المحافظ إن الشرطة ستسمح للمتظاهرين بالتجمع في الساحة.", "CONCEDE", "ستسمح", "positive"),
        # a charge faced or brought (COERCE): the light verb's span reaches the charge
        ("ويواجه ثلاثة موظفين سابقين تهما بالرشوة.", "COERCE", "ويواجه ثلاثة موظفين سابقين تهما", "positive"),
        ("ووجهت النيابة العامة تهما جديدة إلى المدير.", "COERCE", "ووجهت النيابة العامة تهما", "positive"),
    ],
)
def test_round48_finds(text: str, typ: str, word: str, polarity: str) -> None:
    assert (typ, word, polarity) in [(t, w, p) for t, w, p, _ in event_rows(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # «لم يدع مجالا» is ودع (let), no دعا; a verb that is no event
        ("ولم يدع الرئيس مجالا للشك في موقفه.", "يدع"),
        ("ولم يكن الوزير حاضرا في الجلسة.", "يكن"),
        # short forms of other verbs (the firing audit): حال دون، ثنى، خلا، اعتاد; and زار left out (a private visit)
        ("ولم يحل ذلك دون تراجع شعبيته.", "يحل"),
        ("ولم يثن المطر المشجعين عن الحضور.", "يثن"),
        ("وكانت رحلة لم تخل من المتاعب.", "تخل"),
        ("وهذا أمر لم نعتد عليه من قبل.", "نعتد"),
        ("ولم يزر قبر والده منذ سنوات.", "يزر"),
        # a definite force after أرسل is its subject; a crowd of supporters massed is no force
        ("وأرسل قائد الجيش رسالة تهنئة إلى الوزير.", "أرسل"),
        ("وحشد المرشح أنصاره في الساحة الكبرى.", "حشد"),
        # استخدم with force that is no violence, with a weapon of no kind
        ("واستخدم الطلاب القوة الشرائية للضغط على الشركات.", "استخدم"),
        ("واستخدمت الشركة أسلحة تسويقية جديدة هذا العام.", "استخدمت"),
        # a permission with another object
        ("ولا يسمح بالتدخين داخل صالات المطار.", "يسمح"),
        ("وسمحت الوزارة للطلاب بتأجيل الاختبارات.", "سمحت"),
        # relief as the subject, appearances (المظاهر) as the object, a trade licence with medicine
        ("وقد سمحت عمليات الإغاثة بانتشال عشرات الناجين.", "سمحت"),
        ("فهي لم تسمح للمظاهر والتنافس بالنمو بينهم.", "تسمح"),
        ("وتسمح للشركات الأجنبية ببيع منتجات طبية وأدوية.", "تسمح"),
        # facing difficulties, heading for a city: no charge
        ("ويواجه الفريق صعوبات كبيرة في الموسم الجديد.", "يواجه"),
        ("وتوجه الوزير إلى الرياض صباح اليوم.", "توجه"),
        # aircraft are no force sent
        ("وقال الوزير إن بلاده سترسل حطام طائرة إلى فرنسا.", "سترسل"),
    ],
)
def test_round48_no_event(text: str, word: str) -> None:
    assert not [w for _, w, _, _ in event_rows(text) if word in w]


def test_light_noun_keeps_deployed_missiles() -> None:
    # the deployment light verb keeps the MOBILIZE reading of the same weak noun
    assert ("MOBILIZE", "نشر صواريخ") in [
        (t, w) for t, w, _, _ in event_rows("وقرر الجيش نشر صواريخ على الحدود.")
    ]
