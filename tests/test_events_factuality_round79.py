"""Rules of round 79 (factuality, branch fact79): an act in the على-complement of «العمل / يعمل / تعمل ...» (to work
towards) is an aim still to come, positive / planned (`modality_ar._ar_worked_toward`).

Every case is a hand-written news sentence, none copied from a gold set, with counter-cases where the rule must not
fire (a standing work after «كانت ولا تزال», a past «عملت على», a continuation between على and the act).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verbal noun of bringing about between على and the act, the work a verbal noun
        ("وأكد البيان أهمية العمل على إرساء تعاون أمني بين البلدين.", "تعاون"),
        # the imperfect «يعمل», the act right after على
        ("ويعمل الوسطاء على التوصل إلى هدنة بين الطرفين.", "التوصل"),
        # the object of a verbal noun after على
        ("وتعمل القوات الحكومية على استعادة السيطرة على المدينة.", "السيطرة"),
    ],
)
def test_act_worked_towards_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past «عملت على»: the dispersal was carried out
        ("وعملت الشرطة على تفريق المتظاهرين بالقوة أمس.", "تفريق", ("positive", "asserted")),
        # a continuation between على and the act: the support goes on
        ("وتحدث عن العمل على استمرار دعم القوات المرابطة على الحدود.", "دعم", ("positive", "asserted")),
    ],
)
def test_done_or_continued_work_is_not_planned(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


def test_standing_work_is_not_planned() -> None:
    # «كانت ولا تزال تعمل على»: a standing work, not an aim to come
    assert _fact("كانت الحكومة ولا تزال تعمل على دعم الجيش الوطني.", "دعم")[1] != "planned"
