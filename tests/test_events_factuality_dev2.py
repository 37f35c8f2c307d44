"""Scope rules found on the second factuality dev batch (`eval/events/factuality_dev2.jsonl`).

Hand-written news sentences, one or two per general rule, each with a counter-case where the rule must
not fire; none is copied from a gold set.
"""

from __future__ import annotations

import pytest
from events_helpers import event_at as _ev
from events_helpers import extract as _doc


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an indefinite event noun right after a negated verb is its object
        ("وقال السفير إن بلاده لم تتلق طلبا رسميا من الحكومة.", "طلب"),
        ("وأكد المتحدث أن الاتفاق لا يتضمن توفير دعم عسكري للمعارضة.", "دعم"),
    ],
)
def test_negated_verb_negates_its_indefinite_object(text: str, trigger: str) -> None:
    assert _ev(text, trigger).polarity == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ولم تسفر المحادثات عن نتيجة.", "المحادثات"),  # the subject of the negated verb
        ("ولم تعلن أي جهة مسؤوليتها عن الهجوم على السفارة.", "الهجوم"),  # the negation is on the claim
        ("ولم يتم تنظيم المظاهرات لمجرد الرغبة في الاحتجاج، بل بسبب الغلاء.", "المظاهرات"),  # on the reason
        (
            "وغادر الوفد دون أن يحدد الوسطاء موعدا لهذه المفاوضات.",
            "المفاوضات",
        ),  # a demonstrative: told before
        ("No group has admitted carrying out the bombing of the embassy.", "bombing"),
        ("No group has claimed the attack on the embassy.", "attack"),
    ],
)
def test_negation_that_does_not_reach_the_event(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert ev.polarity == "positive"


def test_negation_counter_cases_still_negate() -> None:
    assert _ev("ومرت الطائرات فوق المدينة دون أن تشن غارات.", "تشن").polarity == "negative"
    assert _ev("ولم يتم تنظيم المظاهرات في المدينة.", "المظاهرات").polarity == "negative"
    assert _ev("No one was arrested after the protest.", "arrested").polarity == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the content of an accusation noun or participle
        ("وتبادل الطرفان الاتهامات بقصف الأحياء السكنية.", "قصف"),
        ("وهو متهم بالتخطيط لهجمات ضد قوات الأمن.", "هجمات"),
        ("ووجهت النيابة لائحة اتهام تشمل ثلاثة بنود بالاعتداء على رجال الشرطة.", "الاعتداء"),
        # the role alleged in an indefinite act is the allegation itself
        ("واتهمتهم الحكومة بأنهم يقومون بدور بارز في دعم الجماعات المسلحة.", "دعم"),
    ],
)
def test_accusation_content_is_alleged(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert ev.modality == "alleged" and ev.polarity == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واتهمت الحكومة الجماعة بالمسؤولية عن الهجوم على السفارة.", "الهجوم"),
        ("Britain accused Russia of responsibility for the attack on the embassy.", "attack"),
        ("وأفرجت المحكمة عن متهمين في القضية، ثم اعتقلت الشرطة عشرة أشخاص.", "اعتقلت"),  # past a comma
        (
            "وأفرجت السلطات عن سبعة من متهمي تفجير المسجد.",
            "تفجير",
        ),  # the accused of a bombing that took place
    ],
)
def test_an_event_taken_for_granted_is_not_alleged(text: str, trigger: str) -> None:
    assert _ev(text, trigger).modality != "alleged"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وقال إن المطار يمكنه الآن استقبال المساعدات الإنسانية.", "المساعدات", "possible"),
        ("وأكد أن الهدنة ستتيح للمنظمات إيصال المساعدات إلى المدن.", "المساعدات", "planned"),
        ("وأكد الوزير أن المملكة ستستمر في دعم الحكومة الشرعية.", "دعم", "planned"),
        ("وأعلن المسؤولون استعدادهم للبدء بمحادثات مع الجانب الآخر.", "محادثات", "planned"),
        ("وقال إنه لا يمكنه تأكيد أو نفي زيارة الوزير إلى موسكو.", "زيارة", "possible"),
    ],
)
def test_hypothetical_governors(text: str, trigger: str, modality: str) -> None:
    ev = _ev(text, trigger)
    assert ev.modality == modality and ev.polarity == "positive"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("تحسبا لاحتمال فشل المفاوضات بين الطرفين، اجتمع النواب.", "المفاوضات"),
        ("ويبحث الحزب ما يمكن فعله لوقف الاشتباكات في المدينة.", "الاشتباكات"),
        ("ويرجح أن يكون الهجوم عملا انتحاريا.", "الهجوم"),
        ("سيبحث الاجتماع الهجمات الأخيرة على الحدود.", "الهجمات"),
        ("Prime Minister Theresa May condemned the attack on the embassy.", "condemned"),
    ],
)
def test_cue_that_does_not_govern_the_event(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert ev.polarity == "positive" and ev.modality not in ("possible", "planned", "conditional")


def test_hypothetical_counter_cases() -> None:
    assert _ev("وربما تستأنف المفاوضات الأسبوع المقبل.", "المفاوضات").modality in ("possible", "planned")
    assert _ev("ويرجح أن تشن القوات هجوما على المدينة.", "هجوم").modality == "possible"
    assert _ev("The army may attack the town.", "attack").modality == "possible"


@pytest.mark.parametrize(
    ("text", "trigger", "reported"),
    [
        ("ووافقت إيران على دخول المفتشين إلى الموقع وفق الاتفاق النووي.", "وافقت", False),
        ("وفقا لوكالة رويترز، اعتقلت الشرطة عشرة متظاهرين.", "اعتقلت", True),
        ("وأضاف المصدر أن القوات انسحبت من المدينة.", "انسحبت", True),
        ("وذكرت دراسة حديثة أن الإضرابات أثرت في الاقتصاد.", "الإضرابات", True),
    ],
)
def test_attribution_sources(text: str, trigger: str, reported: bool) -> None:
    assert (_ev(text, trigger).modality == "reported") is reported


def test_sukkan_is_no_kana() -> None:
    # «سكان» (residents) ends like كان: it is no pluperfect background
    ev = _ev("وقال سكان إن غارات استهدفت القرية.", "غارات")
    assert ev.modality == "reported"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a negation no scope rule placed, a few words before the event: never asserted
        ("لم يشاهد السكان قصفا في المنطقة.", "قصف"),
        ("ولم يلحظ المراقبون اشتباكات في المدينة.", "اشتباكات"),
        ("Officials were not aware of arrests in the city.", "arrests"),
        ("The report did not mention attacks on the town.", "attacks"),
    ],
)
def test_safeguard_unplaced_cue_is_never_asserted(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert not (ev.polarity == "positive" and ev.modality == "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # cues the scope rules place, or that sit in another clause: the safeguard leaves them alone
        ("ولم تتوان الإمارات في دعم الجهود المصرية.", "دعم"),
        ("وانتقد النائب ما قام به الوزير لا سيما زيارة طهران.", "زيارة"),
        ("وقال إنه ليس بطلا لأن الجيش اعتقله.", "اعتقله"),
        ("وأبقت أوبك على الإنتاج دون تغيير في اجتماعها السابق.", "اجتماعها"),
        ("ولم تتوقف التهديدات حتى اختطافه أمس.", "اختطافه"),
        ("It is not the first time he has been arrested.", "arrested"),
    ],
)
def test_safeguard_leaves_placed_cues_alone(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert ev.polarity == "positive" and ev.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger", "typ"),
    [
        # ة written ت before a pronoun, tanween alif, the dual
        ("وأعرب الملك عن إدانته للتفجير الإرهابي.", "إدانته", "ACCUSE"),
        ("وقال المرصد إن ألف شخص بدأوا اعتصاما في المدينة.", "اعتصام", "PROTEST"),
        ("وقتل جنديان في هجومين شنهما المسلحون.", "هجومين", "ASSAULT"),
    ],
)
def test_arabic_noun_morphology(text: str, trigger: str, typ: str) -> None:
    assert any(e.type == typ for e in _doc(text).events if e.trigger and trigger in e.trigger.text)


def test_began_a_sit_in_is_no_protest_note() -> None:
    assert [e.type for e in _doc("بدأ المحتجون اعتصاما في المدينة.").events if e.type != "PROTEST"] == []
    assert any(e.type == "ACCUSE" for e in _doc("ووجهت الخارجية احتجاجا رسميا إلى السفير.").events)
