"""Rule of round 66 (factuality leaks, branch leaks66), from the leak audits of fresh news (round 66's draws):

a capacity told by a prepositional predicate instead of a modal verb («بوسع الجيش أن»، «بإمكانها التفاوض»، «في
مقدور الحكومة أن»، «باستطاعتهم أن»، «من الممكن أن») governs the act that opens its complement
(`modality_ar._ar_capacity_cue`): possible, as «يمكن»; negated by «ليس» (negative / possible, as «لا يمكن أن»), by
«لم يكن / لم يعد» (negative / asserted: the act was not done) and by «لن يكون» (negative / planned). An event
named deeper in the complement, an exception («ليس بوسعه إلا أن») and a counterfactual «كان بوسعه» are left.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # «ليس» + the capacity: the act is not possible (as «لا يمكن أن»)
        ("وقال المتحدث إنه ليس بوسع الحكومة أن تفرج عن المعتقلين قبل انتهاء التحقيق.", "تفرج", ("negative", "possible")),
        ("وأكد الوزير أنه ليس بإمكانه أن يلتقي زعيم المعارضة في الوقت الحالي.", "يلتقي", ("negative", "possible")),
        ("ليس في مقدور الجيش أن يقتحم المدينة دون غطاء جوي.", "يقتحم", ("negative", "possible")),
        ("وقالت الخارجية إنه ليس بإمكانها التفاوض مع الجماعات المسلحة.", "التفاوض", ("negative", "possible")),
        ("وأضاف أنه ليس من الممكن أن تنسحب القوات من المنطقة هذا العام.", "تنسحب", ("negative", "possible")),
        # «لم يكن» + the capacity: the act was not done
        ("ولم يكن بوسع الشرطة أن تعتقل المسلحين بعد فرارهم إلى الجبال.", "تعتقل", ("negative", "asserted")),
        # no negation: possible
        ("وأضاف أن بوسع المجلس أن يفرض عقوبات جديدة على الشركات المخالفة.", "يفرض", ("positive", "possible")),
        ("وقال المحلل إن باستطاعة الفصائل أن تهاجم المطار في أي وقت.", "تهاجم", ("positive", "possible")),
    ],
)
def test_event_under_a_capacity(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # an event named inside the complement, not opening it: given
        ("ولم يكن بإمكان المسؤول شرح أسباب الإفراج عن السجناء أمس.", "الإفراج", ("positive", "asserted")),
        # an exception: the one act left is done
        ("وقال إنه ليس بوسعه إلا أن يدعم قرار الحكومة.", "يدعم", ("positive", "asserted")),
        # «لم يعد بمقدوره» + a verbal noun was already negative
        ("وقال محاميه إنه لم يعد بمقدوره زيارة موكله في السجن.", "زيارة", ("negative", "asserted")),
        # a capacity word that governs nothing after it: the protest took place
        ("وتظاهر المئات أمام السفارة، وبإمكانك مشاهدة الصور على موقعنا.", "وتظاهر", ("positive", "asserted")),
    ],
)
def test_event_outside_a_capacity_keeps_its_label(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
