"""Rules of round 71 (factuality, branch fact71): the act a capacity adjective governs («قادر / قادرة ... على» +
a verbal noun) is possible, as round 66 reads «بوسع»; after «غير» or a negated copula it is not done
(`modality_ar._ar_capable_of`).

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire (a counterfactual «كان قادرا»، a future «سيكون قادرا»، an act that is no complement of the adjective,
an act told as done).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the verbal noun right after «قادرة على»
        ("وأكد المتحدث أن الأجهزة الأمنية قادرة على ضبط الجناة.", "ضبط"),
        # a prayer incise between the adjective and «على»
        ("وقال إن القوات قادرة بإذن الله على القبض على المتورطين.", "القبض"),
        # a definite attributive adjective
        ("وأشاد الوزير بالوحدات القادرة على اعتقال المهربين.", "اعتقال"),
    ],
)
def test_act_of_a_capacity_adjective_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a negated present copula: the act is not done, possibly (as «ليس بوسعه»)
        ("إن الجيش ليس قادرا على اقتحام المدينة.", "اقتحام", ("negative", "possible")),
        ("وقال إن الشرطة غير قادرة على اعتقال المسلحين.", "اعتقال", ("negative", "possible")),
    ],
)
def test_negated_capacity_adjective_negates_the_act(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a counterfactual capacity: the rule leaves it
        ("وقال إن الجيش كان قادرا على اقتحام المدينة لولا المدنيين.", "اقتحام", ("positive", "asserted")),
        # a future capacity: left to the future rules
        ("وقال إن الجيش سيكون قادرا على اقتحام المدينة.", "اقتحام", ("positive", "planned")),
        # the act is no complement of the adjective: the raid took place
        ("وأكد القائد أن قواته قادرة على الصمود بعد اقتحام المدينة أمس.", "اقتحام", ("positive", "asserted")),
        # no capacity word: an act told as done
        ("وأكد المتحدث أن الأجهزة الأمنية تمكنت من ضبط الجناة.", "ضبط", ("positive", "asserted")),
    ],
)
def test_capacity_counter_cases(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected
