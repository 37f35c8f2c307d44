"""Rules of round 33 (factuality, over-hedging), found on the errors of the 27 tuning sets:

1. a كان whose predicate is no verb (`modality_ar._ar_copula_predicate`): a place or time («كان قرب موقع
   الانفجار»، «كان بعد أسابيع من توقيع»), a description («كان عبارة عن كمين»), a superlative («وكانت أعنف
   تلك العمليات، انفجار») or an accusative noun with a preposition («كان شريكا في القتل») is a copula, not
   the background past: the event in it is asserted (test11, anercorp_A, anercorp_B); a كان with قد or a
   verb after it stays historical;
2. an event noun that is the genitive of a noun presupposing it (`modality_ar._ar_presupposing_head`: its
   doers, victims, place, images, memory: «ضحايا التفجيرات»، «صور تفجير») took place, whatever modal or plan
   weighs on the clause (test21, anercorp_B); not when an adjective calls it still to come («المقبل»), not
   a PROTEST (the --arabic-protest guard);
3. an event noun that is the object of a verb of affecting, hindering or submitting (`modality_ar.
   _ar_object_of_affect`: «لن تخضع للتهديد»، «لكي لا يعرقلوا المفاوضات») is there already (test7,
   anercorp_A); another verb («لن يقبل بالتهديد») leaves the plan its own.

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where a rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


# ---------------------------------------------------------------- 1. a copula كان
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الحارس الذي كان قرب مكان الانفجار إنه سمع صوتا قويا.", "الانفجار"),
        ("وأوضح المتحدث أن الهجوم كان عبارة عن كمين على الطريق الساحلي.", "الهجوم"),
        ("وقال النائب إن الوزير كان شريكا في القتل بصمته.", "القتل"),
        ("وأشار إلى أن الانسحاب كان بعد يومين من توقيع الهدنة.", "توقيع"),
        ("وكانت أخطر تلك الحوادث، انفجار عبوة ناسفة قرب السوق.", "انفجار"),
    ],
)
def test_copula_kana_is_no_background_past(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكان قبل ذلك اعتقل ثلاثة أشخاص في المدينة.", "اعتقل"),
        ("وكانت قبل يومين شنت غارات على المدينة.", "غارات"),
        ("وكانت الشرطة قد اعتقلت ثلاثة أشخاص في المدينة.", "اعتقلت"),
        ("وكانت تركيا في العام الماضي بدأت محادثات مع الاتحاد.", "محادثات"),
    ],
)
def test_kana_with_a_verb_stays_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] == "historical"


# ---------------------------------------------------------------- 2. a noun that presupposes the event
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت الأسرة إن ابنها قد يكون من ضحايا الهجوم على السوق.", "الهجوم"),
        ("ويعتزم الوزير زيارة مكان الانفجار غدا.", "الانفجار"),
    ],
)
def test_event_presupposed_by_its_head_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("ويخشى السكان أن يكون السوق مكان الهجوم المقبل.", "الهجوم", "possible"),
        ("وقد تتعرض القرى لهجمات جديدة خلال الأيام المقبلة.", "لهجمات", "possible"),
        # not a protest (the --arabic-protest guard)
        ("وقال الطبيب إن الرجل قد يكون من ضحايا الإضرابات.", "الإضرابات", "possible"),
    ],
)
def test_event_without_presupposing_head_keeps_its_cue(text: str, trigger: str, modality: str) -> None:
    assert _fact(text, trigger)[1] == modality


# ---------------------------------------------------------------- 3. the object of a verb of affecting
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقال الرئيس إن البلاد لن تخضع للتهديد.", "لتهديد"),
        ("وقدمت الحكومة تنازلات للأحزاب، لكي لا يعرقلوا المفاوضات.", "المفاوضات"),
    ],
)
def test_object_of_affect_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_object_of_another_verb_keeps_the_plan() -> None:
    assert _fact("وقال إن الجيش لن يقبل بالتهديد.", "التهديد")[1] == "planned"
