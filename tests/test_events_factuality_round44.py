"""Rules of round 44 (factuality), on the fresh tuning sets dev6 ... dev9:

1. (`governing._ar_kana_own_imperfect`, read by `_ar_kana_not_pluperfect`) a trigger that is itself an
   imperfect verb right after كان (at most four words, no clause word between) is a past progressive or a
   habit, not the pluperfect background: asserted («الذي كان يطالبه بالرحيل»; dev6, dev7).
2. (`governing._ar_invited`) the ل / إلى complement of an invitation noun (دعوة، بدعوة، الدعوة) is still to
   come: planned («وجه الرئيس دعوة رسمية للملك لزيارة مصر»، «رحبت القيادة بدعوة مصر إلى عقد اجتماع»; dev8, test21, anercorp B).
3. (`governing._ar_tasked`) the بـ-complement of a verb or noun of tasking (كلف، تكليف، أوعز; وجه when no
   blow, accusation or message is its object), also through a light noun of issuing («كلف الأجهزة الأمنية
   بإصدار أوامر اعتقال»), is still to come: planned (dev8, dev9).

Every case is a hand-written news sentence worded unlike the gold sentences, with counter-cases where the
rule must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأدان البيان الحاكم الذي كان يعتقل المعارضين دون محاكمة طوال سنوات حكمه.", "يعتقل"),
        ("وقال الجيران إن بعض أبنائه كان يقاتل في العراق قبل عودته.", "يقاتل"),
    ],
)
def test_kana_with_an_imperfect_trigger_is_no_pluperfect(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "historical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # كان + a past verb: the pluperfect background stays
        ("وكانت الشرطة اعتقلت ثلاثة من المشتبه بهم الأسبوع الماضي.", "اعتقلت"),
        ("وكان الجيش قد قصف المدينة قبل يومين.", "قصف"),
        # a sentence opened by كان keeps its background reading even before an imperfect (test ar-102)
        ("وكانت الحكومة ترفض منذ سنوات طويلة أي حوار مع المعارضة.", "ترفض"),
    ],
)
def test_pluperfect_and_sentence_opening_kana_stay_historical(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "historical")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ووجه رئيس الوزراء دعوة رسمية إلى نظيره التركي لزيارة بغداد الشهر المقبل.", "زيارة"),
        ("ورحب المجلس بدعوة الأمم المتحدة إلى عقد محادثات سلام في جنيف.", "محادثات"),
    ],
)
def test_complement_of_an_invitation_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_invitation_does_not_reach_across_a_clause() -> None:
    # a clause of its own after the invitation: the visit took place
    text = "ولبى الوزير الدعوة التي وجهت إليه لزيارة المعرض أمس."
    assert _fact(text, "زيارة")[1] == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وكلف رئيس الحكومة وزارة الداخلية بإصدار أوامر اعتقال بحق المتورطين في الهجوم.", "اعتقال"),
        ("ووجه النائب العام الشرطة بالتحقيق في الحادثة.", "التحقيق"),
    ],
)
def test_what_a_tasking_verb_tasks_with_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_a_charge_directed_is_no_task() -> None:
    # وجه with an accusation as its object: the charge is brought, nothing is tasked
    text = "ووجهت النيابة إلى الموقوفين اتهامات بالاعتداء على رجال الأمن."
    assert _fact(text, "اتهامات")[1] != "planned"
