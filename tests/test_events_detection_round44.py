"""Arabic event detection, round 44 (``khabar.events.senses_security`` and the closing rule's new places).

Every sentence here is written for the test, not taken from a gold set.
A ratification (صادق / يصادق، مصادقة، التصديق with «على»: AGREE), a detonation (فجر / فجرت with a bomber or an
explosive: ASSAULT), an inquiry conducted, faced or named by its kind (تحقيق: ACCUSE), a distribution of aid
(وزّع / توزيع with an aid object: AID), a shot («طلق ناري»: ASSAULT) and a martyr's death (استشهاد: ASSAULT) are
found; a name صادق, dawn (فجر اليوم), «تحقيق الأهداف» (achieving), «توزيع الأرباح», a divorce (طلق زوجته) and a
citation («استشهاد بآية») are not; nor a death in a blast named near it (the blast's event), a campaign against
smoking, a car breaking through a barrier or «نظام الحكم». A sentence with a court word near it is found.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        ("وصادقت الحكومة اليونانية على الاتفاقية الجديدة مع الدائنين.", "AGREE", "وصادقت"),
        ("وهو القانون الذي صادق عليه البرلمان الأسبوع الماضي.", "AGREE", "صادق"),
        ("ورحب الوزير بمصادقة مجلس الشيوخ على المعاهدة.", "AGREE", "بمصادقة"),
        ("وقال مصدر أمني إن انتحاريا فجر نفسه في سوق مزدحمة.", "ASSAULT", "فجر"),
        ("وفجر مسلحون عبوة ناسفة قرب دورية للجيش.", "ASSAULT", "وفجر"),
        ("وقال المتحدث إننا نجري تحقيقا موسعا لمعرفة الأسباب.", "ACCUSE", "تحقيقا"),
        ("ويواجه الوزير السابق تحقيقا جنائيا منذ أشهر.", "ACCUSE", "تحقيقا"),
        ("ونشرت اللجنة نتائج تحقيق مستقل عن الحادثة.", "ACCUSE", "تحقيق"),
        ("وشهدت المدينة أمس توزيع المساعدات الغذائية على النازحين.", "AID", "توزيع"),
        ("ووزع المركز ألف سلة غذائية على الأسر المحتاجة في المدينة.", "AID", "ووزع"),
        ("ونقل الشاب إلى المستشفى بعد إصابته بطلق ناري في ساقه.", "ASSAULT", "بطلق"),
        ("وأعلن الجيش استشهاد جندي على الحدود الليلة الماضية.", "ASSAULT", "استشهاد"),
    ],
)
def test_found(text: str, typ: str, word: str) -> None:
    # the trigger is the word, or a span that holds it («حكما بإغلاق»، «توزيع المساعدات»)
    assert [r for r in event_rows(text) if r[0] == typ and word in r[1].split()], event_rows(text)


def test_future_distribution_is_planned() -> None:
    rows = [r for r in event_rows("وسيوزع البرنامج خمسين ألف سلة غذائية الشهر المقبل.") if r[0] == "AID"]
    assert rows and rows[0][1] == "وسيوزع" and rows[0][3] == "planned"


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("والتقى الوزير صادق خان عمدة لندن في مكتبه.", "AGREE"),
        ("وكان وعدا صادقا من الرئيس للشعب.", "AGREE"),
        ("وانطلقت القافلة فجر اليوم من العاصمة.", "ASSAULT"),
        ("وأدى المصلون صلاة الفجر في المسجد الكبير.", "ASSAULT"),
        ("وتسعى الشركة إلى تحقيق أهدافها في العام المقبل.", "ACCUSE"),
        ("ويساهم المشروع في تحقيق التنمية المستدامة.", "ACCUSE"),
        ("وأعلنت الشركة توزيع الأرباح على المساهمين.", "AID"),
        ("ووزع الأمير الجوائز على الفائزين في المسابقة.", "AID"),
        ("وكان الرجل قد طلق زوجته قبل عام.", "ASSAULT"),
        ("وختم الخطيب كلمته باستشهاد بآية من القرآن.", "ASSAULT"),
    ],
)
def test_not_found(text: str, typ: str) -> None:
    assert not [r for r in event_rows(text) if r[0] == typ]


def test_death_in_a_blast_is_the_blasts() -> None:
    # the death of a soldier in a blast named in the sentence is that blast's event, not one of its own
    rows = event_rows("وانفجرت عبوة ناسفة بدورية للجيش أسفرت عن استشهاد جندي.")
    assert [r for r in rows if r[0] == "ASSAULT"] and not [r for r in rows if r[1] == "استشهاد"]


def test_campaign_against_armed_men() -> None:
    assert ("ASSAULT", "الحملة") in [
        (r[0], r[1]) for r in event_rows("وتضرر المدنيون منذ بدء الحملة ضد المتمردين.")
    ]
    assert not [r for r in event_rows("وتستمر الحملة ضد التدخين في المدارس.") if r[0] == "ASSAULT"]


def test_airspace_violated() -> None:
    rows = event_rows("وقال الجيش إن طائرة استطلاع اخترقت الأجواء اللبنانية صباح اليوم.")
    assert ("ASSAULT", "اخترقت") in [(r[0], r[1]) for r in rows]
    assert not [r for r in event_rows("واخترقت السيارة الحاجز الحديدي.") if r[0] == "ASSAULT"]


def test_court_sentence() -> None:
    rows = event_rows("وحكمت محكمة في العاصمة على الرجل الأسبوع الماضي.")
    assert ("COERCE", "وحكمت") in [(r[0], r[1]) for r in rows]
    assert not [r for r in event_rows("ويعيش البلد تحت نظام الحكم الملكي منذ قرون.") if r[0] == "COERCE"]


def test_projectiles() -> None:
    rows = event_rows("وقالت الإمارة إن مقذوفات الميليشيات العشوائية لم تثن السكان.")
    assert ("ASSAULT", "مقذوفات") in [(r[0], r[1]) for r in rows]
    rows = event_rows("وقال شهود إن الحادثة وقعت ظهرا حيث سقط المقذوف مباشرة على الشارع.")
    assert [r for r in rows if r[0] == "ASSAULT" and "سقط" in r[1].split()]
    # an intercepted projectile is left to the interception rule; a regime falling is no attack
    assert not [
        r for r in event_rows("واعترضت الدفاعات الجوية مقذوفا أطلق باتجاه المدينة.") if r[1] == "مقذوفا"
    ]
    assert not [r for r in event_rows("وسقط النظام بعد أشهر من الاحتجاجات.") if r[0] == "ASSAULT"]
