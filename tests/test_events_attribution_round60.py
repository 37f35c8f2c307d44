"""Rule of round 60 (attribution): وفق / حسب / طبقا before a frame attribute nothing
(`attribution._ar_attr_names_frame`): a frame of reference, values, a timetable, resolutions, wishes, a decree,
agreements in the plural, the subject's own thinking or claim, «وفق الله» (the verb) and a provision that
stipulates («حسبما نصت»). The gold of the tuning sets has the events of such sentences asserted.

Every case is a hand-written news sentence, with counter-cases where a source is named and the event stays
reported.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("انسحبت القوات الروسية من القاعدة الجوية وفق جدولة زمنية متفق عليها بين الطرفين.", "انسحبت"),
        ("وقعت الحكومة اتفاقا مع المتمردين في العاصمة حسبما نصت المبادرة الخليجية.", "وقعت"),
        ("أعدمت الجماعة ثلاثة أسرى في الساحة العامة وفقا لمقررات مجلسها الشرعي.", "أعدمت"),
        ("اقتحم المحتجون مبنى البرلمان حسب رغبات قادتهم في الخارج.", "اقتحم"),
        ("هاجمت الميليشيا القرى الحدودية بحسب فكرها المتطرف.", "هاجمت"),
        ("داهمت الشرطة وكر العصابة أمس ووفق الله رجال الأمن في مهمتهم.", "داهمت"),
        ("أفرجت السلطات عن خمسين معتقلا طبقا لمرسوم العفو الأخير.", "أفرجت"),
    ],
)
def test_event_before_a_frame_after_wafq_is_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a source after وفق / حسب still attributes the sentence
        ("قصفت الطائرات مواقع المسلحين شرق المدينة وفقا لمصادر محلية.", "قصفت"),
        ("اعتقلت الشرطة خمسة مشتبهين في الحي حسب ما ذكرت الصحيفة.", "اعتقلت"),
        # an estimate has its author: still reported
        ("قتل عشرة مدنيين في الغارة على السوق بحسب تقديرات الأمم المتحدة.", "قتل"),
        # «وفق ما» before a reporting verb, not a verb of stipulating
        ("انفجرت سيارة مفخخة قرب السفارة وفق ما نقلت وكالة الأنباء الرسمية.", "انفجرت"),
    ],
)
def test_event_before_a_named_source_stays_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")
