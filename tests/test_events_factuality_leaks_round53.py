"""Rule of round 53 (factuality leaks, branch leaks53), from round 52's leak audit of fresh news:

(`modality_ar._ar_content_word_cue`) negation, condition or possibility told by an ordinary word or construction:
«لا / لن + verb ... إلا بـ + verbal noun» (and its و-conjuncts) conditional; «خلو ... من» + the event negative;
«ليس هناك / لا يوجد + a noun ... + an imperfect verb» negative; «أخشى أن»، «يقتضي أن» + a verb possible.
Not after لم + a past verb (لم ... إلا بـ: it took place), not over أن / a relative word after ليس هناك.

Every case is a hand-written news sentence worded unlike the audited sentences, with counter-cases.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "ولن تغادر القوات الأجنبية البلاد إلا بموافقة الحكومة المنتخبة.",
            "بموافقة",
            ("positive", "conditional"),
        ),
        (
            "ولا يسمح للسفينة بالإبحار إلا بتسديد الغرامة وتوقيعه على تعهد بعدم تكرار المخالفة.",
            "وتوقيعه",
            ("positive", "conditional"),
        ),
        (
            "وأكد الدفاع المدني خلو المبنى من الإصابات بعد إخماد الحريق.",
            "الإصابات",
            ("negative", "asserted"),
        ),
        (
            "ليس هناك حتى اليوم فصائل مسلحة في المدينة تهاجم القوات الحكومية.",
            "تهاجم",
            ("negative", "asserted"),
        ),
        (
            "وقال الوزير: ما نخشاه أن تقصف الطائرات المخيمات القريبة من الحدود.",
            "تقصف",
            ("positive", "possible"),
        ),
        (
            "وإنهاء الأزمة يتطلب أن تتفاوض الحكومة مع المعارضة دون شروط مسبقة.",
            "تتفاوض",
            ("positive", "possible"),
        ),
    ],
)
def test_content_word_cue_governs_the_event(text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past negation + إلا: the act took place
        ("ولم تغادر القوات الأجنبية البلاد إلا بموافقة الحكومة المنتخبة.", "بموافقة"),
        ("ولم يفرج عنه إلا بتوقيعه على تعهد بعدم العودة.", "بتوقيعه"),
        # أن after ليس هناك: the event of the that-clause is not negated
        ("ليس هناك شك في أن القوات الحكومية تهاجم المدينة منذ أسبوع.", "تهاجم"),
        # an absence word of another clause, no من before the event
        ("وأكدت الشرطة خلو المبنى، واعتقلت ثلاثة مشتبهين.", "واعتقلت"),
    ],
)
def test_content_word_counter_cases_keep_their_reading(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[0] == "positive"
    assert _fact(text, trigger)[1] != "conditional"
