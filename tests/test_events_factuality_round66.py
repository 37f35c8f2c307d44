"""Rules of round 66 (factuality, branch fact66): a call with a ل-complement after its addressee or addressees
(`modality_ar._ar_called_with_lam`). What «دعا / دعت / يدعو / داعيا» calls for with ل past several addressees set
off by commas is planned: ل + the event, or the event after ل + a verbal noun («للتحرك العاجل للتحقيق»). An event
told as done in the same sentence («بعد أن ضربها الزلزال»), a clause of its own after a comma («، مشيرا ...»،
«، مؤكدا ...») and an event before the call's complement keep their labels.

Every case is a hand-written news sentence worded unlike the audited ones.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # three addressees set off by commas, the last one right before the ل-word
        (
            "دعا وزير العدل اليمني، القاضي محمد الحكيم، المقرر الخاص للأمم المتحدة، رئيس الفريق الأممي لزيارة "
            "السجون في محافظة عدن.",
            "زيارة",
        ),
        # one addressee after the subject and a comma
        ("ودعا المهندس سالم، المواطنين للتعاون مع البلديات في الإبلاغ عن المخالفات.", "تعاون"),
        # the event after ل + a verbal noun of acting, past several addressees
        (
            "ودعا رئيس الهيئة الوطنية لحقوق الإنسان، كافة المنظمات الدولية، وخاصة مجلس الأمن، للتحرك العاجل "
            "للتحقيق في الجرائم المرتكبة بحق المدنيين.",
            "تحقيق",
        ),
        # the call's own event, with an earthquake told as done after it
        ("دعا الرئيس، الوزراء، المحافظين لزيارة المناطق المتضررة بعد أن ضربها الزلزال.", "زيارة"),
    ],
)
def test_lam_complement_of_a_call_past_its_addressees_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # told as done in the same sentence
        ("دعا الرئيس، الوزراء، المحافظين لزيارة المناطق المتضررة بعد أن ضربها الزلزال.", "ضربها"),
        # a clause of its own after the comma: the visit he points to was made
        ("دعا الرئيس الشعب إلى الصبر، مشيرا للزيارة التي قام بها إلى الرياض.", "زيارة"),
        ("ودعا مدير الشرطة، العميد سالم، المواطنين، مؤكدا لهم استمرار التحقيق في الحادث.", "التحقيق"),
        # a meeting before the call's complement («بعد لقائه»)
        ("ودعا الأمين العام، بعد لقائه الوزير، الطرفين لاستئناف المحادثات المباشرة.", "لقائه"),
    ],
)
def test_events_outside_the_calls_complement_stay_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # «قبل أن» + a present verb after a future trip
        ("وسيزور الرئيس اليمني الرياض الأسبوع المقبل قبل أن يلتقي أمير قطر في الدوحة.", "يلتقي"),
        # «حيث» + talks and «قبل أن» past two commas, after a present trip with a time to come
        (
            "يغادر وزير الخارجية الرياض غدا متوجها إلى موسكو، حيث يجري مباحثات مع نظيره الروسي، قبل أن يلتقي "
            "الرئيس بوتين.",
            "يلتقي",
        ),
        (
            "يغادر وزير الخارجية الرياض غدا متوجها إلى موسكو، حيث يجري مباحثات مع نظيره الروسي، قبل أن يلتقي "
            "الرئيس بوتين.",
            "مباحثات",
        ),
        # «في زيارة» of a trip to come, two commas back
        ("ويصل المبعوث الأممي إلى صنعاء غدا، قادما من مسقط، في زيارة تستغرق يومين.", "زيارة"),
    ],
)
def test_sequel_of_a_trip_to_come_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the trip told as done
        ("غادر الوزير الرياض أمس قبل أن يلتقي نظيره التركي في أنقرة.", "يلتقي"),
        ("زار الرئيس الرياض أمس حيث يلتقي الملك سلمان.", "يلتقي"),
        # a present trip with no time to come
        ("ويزور الوزير القاهرة حاليا حيث يلتقي نظيره المصري.", "يلتقي"),
        # another clause with a past verb between
        ("يتوجه الرئيس إلى عمان يوم غد، وأكد المتحدث أن القوات نفذت عمليات قبل أن يلتقي الملك.", "يلتقي"),
    ],
)
def test_sequel_of_a_trip_done_or_of_another_clause_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
