"""Round 68 (attribution): two ways a source's report ran over what is not its content (round 67's wrong firings).

- A masdar after ب / ل with no cue of its own placed («لفرض شروطه»: a purpose; «لم يرد ... بالقبول»: not
  accepted) is left out when it comes out plainly asserted (`Extractor._ar_masdar_told`, round 26); read inside a
  source's report it came out positive/reported and was kept. `_plainly_told` treats a reported label that only the
  attribution gave like the asserted one after the ل of purpose or a negated ب; a masdar with its own cue
  (planned), a reported of its own («أفادت المصادر بشن هجوم») or a plain ب («قضت بسحب») is kept.
- «وبينت المصادر أن ...، وطالبت بأن»: a demand coordinated after the report, in the reporting verb's own person, is
  the source's own act, asserted (`attribution._ar_source_own_demand`); when the content has a verb in that person
  («أن الشرطة اعتقلت ...، وطالبت») the demand may be its subject's and stays reported.

Every case is a hand-written news sentence.
"""

from __future__ import annotations

import pytest
from events_helpers import extract
from events_helpers import factuality_at as _fact


def _labels(text: str, trigger: str) -> list[tuple[str, str]]:
    """(polarity, modality) of every event of the Arabic ``text`` whose trigger contains ``trigger``."""
    doc = extract(text, "ar")
    return [
        (e.polarity, e.modality) for e in doc.events if e.trigger is not None and trigger in e.trigger.text
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a purpose inside the report
        ("وقالت المصادر إن الوسيط يبدو في موقع القوة لفرض شروطه على الطرفين.", "فرض"),
        ("وذكرت مصادر مطلعة أن المبعوث يسعى من موقعه لفرض رؤيته على المتحاربين.", "فرض"),
        # not accepted: the negation falls on the reply
        ("وقالت مصادر إن اللاعب لم يرد على العرض سواء بالقبول أو الرفض.", "القبول"),
    ],
)
def test_a_reported_masdar_missing_its_cue_is_no_reported_act(text: str, trigger: str) -> None:
    assert ("positive", "reported") not in _labels(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        ("وقالت المصادر إن الجيش يستعد لشن هجوم على القرية.", "هجوم", ("positive", "planned")),
        ("وأفادت المصادر بشن هجوم على القرية.", "هجوم", ("positive", "reported")),
        ("وقالت المصادر إن الجيش نجح في فرض حصار على القرية.", "حصار", ("positive", "reported")),
        # a masdar after ب with no negation: the report's act
        ("وقالت مصادر إن أوامر صدرت قضت بسحب القوات من المدينة.", "سحب", ("positive", "reported")),
    ],
)
def test_a_reported_masdar_with_its_own_reading_is_kept(
    text: str, trigger: str, label: tuple[str, str]
) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وقالت المصادر إن الوزير زار المدينة، وطالبت بانسحاب القوات.", "وطالبت"),
        ("وذكرت الصحف أن الوفد وصل إلى العاصمة، ودعت إلى وقف القتال فورا.", "ودعت"),
        ("وأفادت مصادر محلية أن المسلحين انسحبوا من الحي، وناشدت السكان بالعودة.", "وناشدت"),
    ],
)
def test_a_sources_coordinated_demand_is_its_own_act(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the content's subject acts in the same person: its demand, told by the source
        ("وقالت المصادر إن الحكومة رفضت العرض، وطالبت بانسحاب القوات.", "وطالبت"),
        ("وذكرت الوكالة أن الشرطة اعتقلت المتهمين، وطالبت بمحاكمتهم.", "وطالبت"),
    ],
)
def test_a_demand_that_may_be_the_contents_subjects_stays_reported(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "reported")
