"""Rules of round 89 (factuality leaks, branch leaks89): the feared act as a fear word's own object or genitive, no
«من» between, is possible.

«غادر السكان القرية خشية قصف جديد»، «تخشى الحكومة وقوع مذبحة»: `_ar_fear_of` reads the act after «من» only and
`_AR_SEEM_FEAR` a «أن» clause only, so the act right after «خشية / يخشى / تخشى / مخافة» came out positive / asserted.
It is still to come (`modality_ar._ar_feared_object`). Not an act before the fear word or past punctuation, not an
act after «خوفا» with no «من», not a verb of the clause after it.

Every case is a hand-written news sentence, with counter-cases. The rules alone (no classifier), as the other
factuality round tests.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the noun «خشية» with its genitive, indefinite or definite
        ("وغادر مئات السكان القرية خشية قصف جديد على أحيائها.", "قصف"),
        ("وأغلق صاحب المتجر أبوابه مبكرا خشية سرقته.", "سرقته"),
        ("وحذف الناشط حسابه من الموقع خشية الملاحقة القضائية.", "الملاحقة"),
        # the verb with its object, and with a link word between
        ("ويقول السكان إنهم يخشون اقتحام الميليشيات للبلدة.", "اقتحام"),
        ("وقالت منظمة حقوقية إنها تخشى وقوع مجزرة في المخيم.", "مجزرة"),
    ],
)
def test_feared_object_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # the act told before the fear word, in its own clause
        ("وقصف الجيش القرية، خشية هجوم جديد من المسلحين.", "قصف", ("positive", "asserted")),
        ("واعتقلت الشرطة المشتبه به خشية فراره إلى الخارج.", "اعتقلت", ("positive", "asserted")),
        # the act after «من», as before the round (`_ar_fear_of`)
        ("وتخشى الحكومة من هجوم على العاصمة.", "هجوم", ("positive", "possible")),
        # no fear word before the act
        ("وشن الطيران الحربي قصفا على القرية أمس.", "قصفا", ("positive", "asserted")),
    ],
)
def test_not_a_feared_object(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label
