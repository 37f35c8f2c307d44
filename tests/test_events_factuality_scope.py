"""Negation scope and hypothetical cues: a negated or hypothetical action is never an asserted event.

Hand-written news sentences, one per general rule (support verbs, أي, existentials, nominal events
under نفى / denied, non-factive verbs, modal and intention verbs, conditional clauses, negative
subjects); each also checks the scope stops where it must.
"""

from __future__ import annotations

import pytest
from events_helpers import event_at as _ev
from events_helpers import extract as _doc


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a negated support verb reaches its complement past the subject
        ("لم يعد الجيش يشن هجمات على المدينة.", "يشن"),
        ("لم يكن أحد يستطيع توقيف أي شخص دون إبلاغ الرئيس.", "توقيف"),
        ("عدم قدرة الحكومة على فرض عقوبات أثار غضب المعارضة.", "فرض"),
        # across حتى الآن and existentials, and أي on the event noun
        ("ولم يتم حتى الآن توقيع أي اتفاق بين الطرفين.", "توقيع"),
        ("لا توجد أي مفاوضات بين الجانبين حاليا.", "مفاوضات"),
        ("ولم يصدر أي قرار بفرض حظر التجول.", "حظر"),
        ("دون أن توقع أي اتفاق مع الحكومة.", "توقع"),
        # a nominal event under نفى / denied
        ("نفت وزارة الخارجية وجود أي مفاوضات سرية مع إيران.", "مفاوضات"),
        ("ونفت الشرطة اعتقال أي متظاهرين.", "اعتقال"),
        ("The ministry denied holding secret talks with Iran.", "talks"),
        ("Police denied arresting any protesters.", "arresting"),
        # non-factive verbs
        ("امتنعت الحكومة عن فرض عقوبات على الشركات.", "فرض"),
        ("استبعد الوزير فرض عقوبات على روسيا.", "فرض"),
        ("Russia refrained from attacking the town.", "attacking"),
        ("The US stopped short of imposing sanctions.", "imposing"),
        ("The president ruled out sending troops.", "sending"),
        # negative subjects and infinitive chains
        ("No one was arrested.", "arrested"),
        ("None of the protesters were detained.", "detained"),
        ("Neither side has agreed to a ceasefire.", "agreed"),
        ("Talks failed to produce an agreement.", "agreement"),
        ("The ministry has yet to sign the agreement.", "sign"),
    ],
)
def test_negated_actions_are_negative(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert ev.polarity == "negative", (ev.polarity, ev.modality)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("يجب على الحكومة فرض عقوبات على المخالفين.", "فرض", "possible"),
        ("ينبغي على الدول تقديم المساعدات للاجئين.", "تقديم", "possible"),
        ("تريد الولايات المتحدة فرض عقوبات جديدة على روسيا.", "فرض", "planned"),
        ("يأمل الطرفان التوصل إلى اتفاق قريبا.", "التوصل", "planned"),
        ("لا يُستبعد أن تشن إسرائيل هجوما على غزة.", "تشن", "possible"),
        ("أرجأت الحكومة المحادثات مع المعارضة إلى الشهر المقبل.", "المحادثات", "planned"),
        ("وحذر من أن أي هجوم على إيران سيقابل برد قاس.", "هجوم", "possible"),
        ("وإن هاجمت إسرائيل إيران فسترد طهران.", "هاجمت", "conditional"),
        ("إن لم تنسحب القوات فستشن المقاومة هجمات.", "تشن", "conditional"),
        ("The United States should impose sanctions on Russia.", "impose", "possible"),
        ("The government wants to negotiate with the rebels.", "negotiate", "planned"),
        ("The rebels are trying to seize the town.", "seize", "possible"),
        ("In case of an attack, NATO would send troops.", "attack", "conditional"),
        ("Police suspect the men carried out the attack.", "attack", "alleged"),
        ("Iran postponed talks with the agency.", "talks", "planned"),
    ],
)
def test_hypothetical_actions_are_not_asserted(text: str, trigger: str, modality: str) -> None:
    ev = _ev(text, trigger)
    assert ev.modality == modality, (ev.polarity, ev.modality)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the subject of a negated verb took place; so did the accusation denied
        ("لم تسفر المحادثات عن أي اتفاق.", "المحادثات"),
        ("نفت روسيا الاتهامات الأمريكية.", "الاتهامات"),
        ("The army denied the charges.", "charges"),
        # the main clause after «بدلا من» / "instead of" is asserted
        ("بدلا من التفاوض مع المعارضة شنت الحكومة هجوما على المدينة.", "شنت"),
        ("Instead of negotiating, the government attacked the town.", "attacked"),
        # a negative subject of another clause, and a cause after "postponed due to"
        ("No one was hurt and police arrested two men.", "arrested"),
        ("The match was postponed due to clashes between fans and police.", "clashes"),
        ("Nobody has been charged with the killing.", "killing"),
    ],
)
def test_scope_stops(text: str, trigger: str) -> None:
    ev = _ev(text, trigger)
    assert ev.polarity == "positive"
    assert ev.modality not in ("conditional", "possible", "planned")


def test_ceasefire_inside_a_topic_phrase_is_no_shooting() -> None:
    d = _doc("ليس هناك أي اتفاق حول وقف إطلاق النار.")
    assert not [e for e in d.events if e.type == "ASSAULT"]


def test_light_verb_takes_its_own_weak_object() -> None:
    d = _doc("ما لم توقع الحكومة الاتفاق ستستمر المظاهرات.")
    agree = next(e for e in d.events if e.type == "AGREE")
    assert agree.trigger is not None and "المظاهرات" not in agree.trigger.text
    assert agree.polarity == "negative" and agree.modality == "conditional"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وستفرض واشنطن عقوبات جديدة إذا لم توقف طهران التخصيب.", "تفرض"),
        ("ولكن ستبقى دولة مارقة إذا حاولت أن تفرض هذا الحظر على جيرانها.", "تفرض"),
        ("ورغم أن الاتفاق يقضي باحتمال معاودة فرض العقوبات الاقتصادية إذا غشت إيران.", "فرض"),
        ("Washington will impose sanctions if Iran refuses.", "impose"),
    ],
)
def test_condition_after_or_above_the_event(text: str, trigger: str) -> None:
    assert _ev(text, trigger).modality == "conditional"


def test_if_after_a_past_deed_is_no_condition() -> None:
    assert _ev("Police arrested three men and asked if they knew them.", "arrested").modality == "asserted"


# ---------------------------------------------------------------- Arabic protest words in other senses
@pytest.mark.parametrize(
    "text",
    [
        "وأعلن أمس عن قمة تستضيفها دمشق، وتجمع الرئيس السوري بشار الأسد إلى أمير قطر.",  # brings together
        "عمد مكتب في القاهرة إلى تظاهر بأنه يعمل في الزواج.",  # تظاهر ب: to pretend
        "والذي خرج مصاباً من المباراة وخرج بذات الطريقة.",  # طريقة is no طريق + ه
    ],
)
def test_protest_words_in_other_senses(text: str) -> None:
    assert not [e for e in _doc(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "وتجمع المتظاهرون أمام البرلمان.",
        "وتجمع مئات الطلاب في ساحة الجامعة.",
        "تظاهر آلاف الطلاب أمام الجامعة.",
        "وكانوا يهتفون بحياة الرئيس ويعلنون دعمهم للحكومة.",  # a rally for the leader is a rally
    ],
)
def test_gatherings_are_still_protests(text: str) -> None:
    assert [e for e in _doc(text).events if e.type == "PROTEST"]


def test_accusation_content_is_alleged() -> None:
    ev = _ev("وقد اتهمت الادارة الدولية المتظاهرين بتهديد الامن وبالشغب.", "الشغب")
    assert ev.modality == "alleged"
    assert _ev("Russia accused Ukraine of shelling civilians.", "shelling").modality == "alleged"


def test_faqad_with_a_verb_is_asserted() -> None:
    ev = _ev("فقد تجمع مئات المتظاهرين الغاضبين في الطرقات وأحرقوا الاطارات.", "المتظاهرين")
    assert ev.modality == "asserted"


def test_event_noun_with_a_future_relative_clause_is_planned() -> None:
    ev = _ev("وبين المظاهرات التي ستنظم في الايام المقبلة، اعلنت المنظمة عن تجمع.", "المظاهرات")
    assert ev.modality == "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأشار إلى أنه لم يتم القيام بإضرابات في القطاع منذ سنوات.", "إضرابات"),
        ("ولا أفهم أننا لا نرى تظاهرة في لبنان.", "تظاهرة"),
        ("لم تتح لي زيارة إيران عندما كنت في السلطة.", "زيارة"),
        ("لم تتعرض المدينة لأي هجوم منذ أسبوع.", "هجوم"),
    ],
)
def test_more_support_verbs_carry_the_negation(text: str, trigger: str) -> None:
    assert _ev(text, trigger).polarity == "negative"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("لكن الرؤساء التنفيذيين الأجانب لا يزالون يزورون البرازيل.", "يزورون"),  # لا يزال: still
        ("لا تزال المفاوضات جارية بين الطرفين.", "المفاوضات"),
    ],
)
def test_la_yazal_is_no_negation(text: str, trigger: str) -> None:
    assert _ev(text, trigger).polarity == "positive"


@pytest.mark.parametrize(
    ("text", "trigger", "polarity", "modality"),
    [
        (
            "But a member of the public alerted the police, and no-one was injured.",
            "injured",
            "negative",
            None,
        ),
        ("They maintain there hadn't been any real negotiations.", "negotiations", "negative", None),
        ("But Hickson said he did not mean to kill Mr Paterson.", "kill", "negative", None),
        ("Fears taught his class not to start fights.", "fights", "negative", None),
        ('"We did not always agree," Manchin said.', "agree", "negative", None),
        ("Saakashvili has almost no western support.", "support", "negative", None),
        ("A jury was to determine whether he murdered the boy.", "murdered", "positive", "conditional"),
        ("Hickson had pleaded not guilty to murder.", "murder", "positive", "alleged"),
        (
            "Widmer faces an aggravated murder charge in the death of his wife.",
            "murder",
            "positive",
            "alleged",
        ),
        (
            "“If this doesn't make it, the deal is dead,” Councilman Bill Banning said.",
            "deal",
            "positive",
            "conditional",
        ),
    ],
)
def test_english_scope_cases(text: str, trigger: str, polarity: str, modality: str | None) -> None:
    ev = _ev(text, trigger)
    assert ev.polarity == polarity
    if modality:
        assert ev.modality == modality


def test_a_plea_in_court_is_no_request() -> None:
    assert not [e for e in _doc("Hickson had pleaded not guilty to murder.").events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("المسلمين الذين لم يؤذوا أو يهاجموا تركيا بأي شكل.", "يهاجموا"),  # أو under لم
        ("تكمن المشكلة في عدم وجود تعاون بين الجامعات والتعليم العام.", "تعاون"),
        ("إن المرشح لم يحصل رسميا على تأييد المنطقة حتى الآن.", "تأييد"),
        ("كما أن العنصري لا يقبل أن يتنازل عن عنصريته.", "يتنازل"),
        ("لم يستطع الوزير أن يوقع الاتفاق.", "يوقع"),
    ],
)
def test_arabic_negation_reaches_coordinated_and_controlled_verbs(text: str, trigger: str) -> None:
    assert _ev(text, trigger).polarity == "negative"


def test_not_denying_is_no_negation() -> None:
    assert _ev("لم ينف الوزير أن الجيش شن هجوما على القرية.", "شن").polarity == "positive"


def test_a_call_for_a_dated_protest_plans_it() -> None:
    ev = _ev("دعت المعارضة أنصارها إلى الاحتشاد غدا الثلاثاء في الشوارع.", "الاحتشاد")
    assert ev.modality == "planned"
