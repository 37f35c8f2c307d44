"""Rule of round leaks68 (factuality leaks, branch leaks68): an act undergone, denied, is not asserted.

The ل-complement of a verb of undergoing («تعرض / يتعرض ... للتعذيب») is what befell the subject; when the verb is
negated («لم يتعرض»، «لم يتعرضوا»، «لن يتعرض») or its masdar denied («نافية تعرض»), across a subject that may hold a
relative clause, the act did not befall it: negative (`modality_ar._ar_undergoing_denied`). Not after «ما لم»
(unless), not when the verb is not the one negated («لا يزال يتعرض»، «الذي تعرض»), not «خضع» («لن تخضع للتهديد»:
the submitting is negated, not the threat).

Every case is a hand-written news sentence, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # a relative clause in the subject
        ("لم يتعرض أحد من السكان الذين بقوا في الحي للقصف.", "قصف", ("negative", "asserted")),
        ("لم يتعرض أي من المراسلين الذين رافقوا القافلة أمس للاعتقال.", "اعتقال", ("negative", "asserted")),
        # the jussive plural after «لم»
        ("أكدت الإدارة أن السجناء لم يتعرضوا للتعذيب.", "تعذيب", ("negative", "asserted")),
        ("وأكدت الوزارة أن المحتجين لم يتعرضوا لأي اعتداء.", "اعتداء", ("negative", "asserted")),
        # the masdar after a denial
        ("وأصدرت الشرطة بيانا نافية تعرض أي موقوف للتعذيب.", "تعذيب", ("negative", "asserted")),
    ],
)
def test_denied_undergoing_is_negative(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # undergone, not negated
        ("تعرض الصحافيون للاعتداء أمس أثناء تغطية المسيرة.", "اعتداء", ("positive", "asserted")),
        # the negation is on another verb: the shelling goes on
        ("لا تزال المدينة تتعرض للقصف منذ أسبوع.", "قصف", ("positive", "asserted")),
        # the negation governs the relative clause's host, not the undergoing verb
        ("لم يغادر السكان الحي الذي تعرض للقصف.", "قصف", ("positive", "asserted")),
        # another verb of undergoing: the submitting is negated, the threat is real
        ("قال الرئيس إن بلاده لن تخضع للتهديد مهما كان مصدره.", "تهديد", ("positive", "asserted")),
    ],
)
def test_outside_a_denied_undergoing_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
