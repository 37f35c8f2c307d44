"""Rule of round 63 (factuality leaks, branch leaks63), from the leak audits of fresh news (rounds 60-63):

(`modality_ar._ar_denied_past_comma`) the event of a noun that «لا يوجد / لا توجد / ليس هناك / لم يكن هناك»
denies is denied with it when it lies past a comma: a present verb right after the comma (a relative clause of the
denied noun: «لا توجد لها أي حصانة، تمنع من نقدها»), or an indefinite event noun after a link that opens the
segment after the comma, past an aside («، حتى الآن،») or after a و-conjunct of the denied noun («، وبحث عن مصادر
دعم»): negative. A new clause past the comma (a past verb, «لكن»، «وهناك») and «إلا» keep their events asserted.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a present verb right after the comma: the denied noun's relative clause
        ("وقال المحامي إنه لا توجد أي قوانين واضحة، تمنع من محاكمة المتهمين.", "تمنع"),
        # a link right after the comma
        ("وأضاف المتحدث أنه لا يوجد أي مؤشر، على انسحاب القوات من البلدة.", "انسحاب"),
        # past an aside set off by two commas
        ("وقال إنه لا توجد نية، في الوقت الراهن، لشن هجوم على المدينة.", "هجوم"),
        # the complement of a و-conjunct of the denied noun
        ("فلا يوجد تنسيق بين الفصائل، وفيه تقصير، وبحث عن مصادر دعم خارجية.", "دعم"),
    ],
)
def test_event_of_denied_noun_past_comma_is_negative(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "negative"


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # a new main clause past the comma with its own past verb: the attack happened
        ("وأكد أنه لا يوجد دليل، وقد شنت القوات هجوما على القرية.", "شنت", ("positive", "asserted")),
        # «إلا» lifts the denial
        ("ولا يوجد إلا عدد قليل من المنظمات، تقدم مساعدات للنازحين.", "تقدم", ("positive", "asserted")),
        # a present verb with its own definite subject past the comma: a new clause
        ("وقال إنه لا توجد رقابة، تقصف الطائرات الأحياء يوميا.", "تقصف", ("positive", "asserted")),
        # a stance denied is about an event that took place
        ("لا يوجد أي موقف رسمي، تجاه اعتقال الصحفيين.", "اعتقال", ("positive", "asserted")),
        # «لكن هناك»: what exists
        ("وقال إنه لا يوجد أي اتفاق حتى الآن، لكن هناك محادثات لوقف القتال.", "محادثات", ("positive", "asserted")),
    ],
)
def test_event_outside_denial_past_comma_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
