"""Rule of round 59 (factuality leaks, branch leaks59), from round 58's audit of fresh news:

(`modality_ar._ar_needed_relative`) the event right after من in a relative «ما يحتاجه / تحتاجه X من + event»
(«توفير ما يحتاجه اليمن من إغاثة») is what is needed, not told as done: possible, as round 56 reads the object of
«يحتاج إلى»; not when a past verb of giving or getting governs ما («وفرت ... ما تحتاجه ... من مساعدات»).

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وتعمل الهيئة على توفير ما يحتاجه النازحون من مساعدات غذائية.", "مساعدات"),
        ("وبحث الجانبان تلبية ما تحتاجه المدينة من دعم طبي.", "دعم"),
        ("وهذا ما تحتاجه البلاد من تعاون دولي بعد الحرب.", "تعاون"),
    ],
)
def test_event_a_relative_of_need_names_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past verb of giving before ما: what was needed was given
        ("ووفرت البلدية ما تحتاجه الأحياء المتضررة من مساعدات عاجلة.", "مساعدات"),
        ("وتلقت الأسر المتضررة كل ما تحتاجه من مساعدات.", "مساعدات"),
        # no relative of need: the aid is told as given
        ("ووزعت الجمعية على الأسر المحتاجة سلالا من مساعدات غذائية.", "مساعدات"),
    ],
)
def test_given_or_unneeded_stays_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
