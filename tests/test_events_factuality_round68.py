"""Rules of round 68 (factuality, branch fact68): the act of a wish, a plea or a first-person hope is still to
come (`modality_ar._ar_wished_for`): the «أن» clause of a form of «تمنى», of «أرجو / نرجو» or of «نأمل / آمل /
أمله», and the object right after a wish verb.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire (a past or denied wish about what happened, a time clause «بعد أن», a given event pointed at by
«هذه», the subject of the wished clause's own verb, the name «أمل»).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a form of «تمنى» + أن + a light verb and the event's noun
        ("وأتمنى أن يتم اعتقال المتورطين في الهجوم في أقرب وقت.", "اعتقال"),
        ("ونتمنى أن يتم الإفراج عن جميع المختطفين قريبا.", "الإفراج"),
        # the past «تمنى» with its subject before أن: the wished act is still to come
        ("وتمنى وزير الخارجية أن يلتقي نظيره الإيراني في مسقط.", "يلتقي"),
        # a first-person hope F.AR_PLANNED does not hold
        ("وقال المبعوث: نأمل أن يلتقي وفدا الطرفين في جنيف.", "يلتقي"),
        ("وأعرب القائد عن أمله في أن ينسحب المسلحون من المدينة دون قتال.", "ينسحب"),
        # a first-person plea with its addressee between
        ("وأرجو من الجهات المختصة أن تعتقل الجناة.", "تعتقل"),
        # the object right after the wish verb, as «نأمل دعم»
        ("وقال الأهالي إنهم يتمنون زيارة الوزير للمنطقة.", "زيارة"),
    ],
)
def test_act_of_a_wish_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a time clause after the wish word: the meeting took place
        ("وتمنى الوزير بعد أن التقى رئيس الوفد الأمريكي التوفيق للجميع.", "التقى"),
        # a given event pointed at by «هذه»
        ("متمنيا أن تسهم هذه الزيارة في تقريب وجهات النظر.", "الزيارة"),
        # the subject of the wished clause's own verb: the talks are going on
        ("ونتمنى أن تنجح المفاوضات الجارية بين الطرفين.", "المفاوضات"),
        # the name «أمل» before «إن»: no hope
        ("وقالت أمل إن الجيش قصف القرية فجر اليوم.", "قصف"),
        # a wish formula: the meeting is where the wish was said
        ("وتمنى الأمير خلال اللقاء للمحافظ الجديد التوفيق في مهامه.", "اللقاء"),
    ],
)
def test_wish_counter_cases_keep_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_past_wish_is_not_planned() -> None:
    # «وكنا نتمنى أن»: a past wish, the act may or may not have happened; the rule leaves it
    assert _fact("وكنا نتمنى أن يلتقي الرئيس بالوفد لكنه سافر.", "يلتقي")[1] != "planned"
