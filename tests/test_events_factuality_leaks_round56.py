"""Rule of round 56 (factuality leaks, branch leaks56), from round 53's transfer audit of fresh news:

(`modality_ar._ar_required_or_after_condition`) an event governed by a present or future verb of requiring
(«يتطلب / تستدعي / يستلزم / تقتضي + verbal noun», «يحتاج إلى + verbal noun») is possible, as «يجب أن» is
(«تقتضي بـ», an agreement's "stipulates": planned);
«لا / لن + verb ... إلا بعد + verbal noun» is conditional. Not after a past verb of requiring (it was met), a
negated one, one with an object pronoun («بما يقتضيه»: a relative), «يحتاج» right before its subject, or «لم ...
إلا بعد» (a past).

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "وقال الوزير إن إنهاء الأزمة في الجنوب يتطلب تعاونا وثيقا بين الجيش والشرطة.",
            "تعاونا",
            ("positive", "possible"),
        ),
        (
            "وأضاف أن حماية الحدود تتطلب من الحكومة السيطرة على المعابر كلها.",
            "السيطرة",
            ("positive", "possible"),
        ),
        (
            "وتضررت آلاف المنازل في القرى، مما يستدعي مساعدات عاجلة من المنظمات الدولية.",
            "مساعدات",
            ("positive", "possible"),
        ),
        (
            "وقال المسؤول إن آلاف النازحين يحتاجون إلى مساعدات غذائية قبل الشتاء.",
            "مساعدات",
            ("positive", "possible"),
        ),
        (
            "ووقعت الوزارة مع الجمعية اتفاقية تقتضي بتقديم دعم مالي للمزارعين.",
            "دعم",
            ("positive", "planned"),
        ),
        (
            "ولن يعود النازحون إلى قراهم إلا بعد انسحاب المسلحين منها.",
            "انسحاب",
            ("positive", "conditional"),
        ),
    ],
)
def test_required_or_after_condition_governs_the_event(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past verb of requiring: what it called for was done
        ("وقد اقتضى الوضع قصف مواقع المسلحين.", "قصف"),
        # a past negation + إلا بعد: the withdrawal took place
        ("ولم يعد النازحون إلى قراهم إلا بعد انسحاب المسلحين منها.", "انسحاب"),
        # the verb with an object pronoun: «ما تقتضيه الحال من»: a relative, the act is what the forces did
        ("وردت القوات بما تقتضيه الحال من قصف مواقع المسلحين.", "قصف"),
    ],
)
def test_required_counter_cases_stay_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_negated_requiring_verb_leaves_the_event_unmarked() -> None:
    # «لا يتطلب»: the requirement is denied; the rule does not call the event possible
    assert _fact("وقال إن الاتفاق لا يتطلب موافقة البرلمان.", "موافقة")[1] != "possible"


def test_subject_of_a_need_verb_stays_asserted() -> None:
    # «تحتاج المفاوضات إلى ...»: the noun right after يحتاج / تحتاج is its subject, not what is needed
    assert _fact("وتحتاج المفاوضات إلى وساطة دولية.", "المفاوضات") == ("positive", "asserted")
