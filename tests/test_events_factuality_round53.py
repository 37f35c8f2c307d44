"""Rules of round 53 (factuality), from an audit of the system's positive / asserted output on fresh news
(`modality_ar._ar_not_yet_carried_out`, hooked in `modality.mark_factuality` after round 49's rule, only when no
other cue gave a modality):

1. a purpose or aim word right before an event word the tagger read as a verb («بهدف دعم»، «يهدف إلى دعم»,
   and the و-conjuncts of its chain): after بهدف only a verbal noun can stand, the purpose is still to come;
2. what a draft names: «مشروع اتفاقية»، «مشروع اتفاقية عامة للتعاون»، «لمشروع إصلاح ... يمنح»;
3. the acts an authorisation names: «تفويض الوزير بالتباحث ... والتوقيع عليه».

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact

from khabar.events.modality_ar import _AR_AUTHORISE, _AR_DRAFT
from khabar.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وأرسلت الحكومة وفدا إلى المدينة الأسبوع الماضي بهدف دعم السكان المتضررين.", "دعم"),
        ("وخصصت الوزارة ميزانية جديدة تهدف إلى دعم المزارعين في المناطق الحدودية.", "دعم"),
        ("وناقش المجلس أمس مشروع اتفاقية بين البلدين قبل عرضها على البرلمان.", "اتفاقية"),
        ("ودرس المجلس مشروع اتفاقية عامة للتعاون الاقتصادي بين المملكة وتونس.", "لتعاون"),
        ("وتضمنت قرارات الجلسة تفويض وزير الداخلية بالتباحث مع الجانب الكيني في شأن التعاون الأمني.", "التباحث"),
    ],
)
def test_purpose_draft_or_authorised_act_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verb read as such, with no purpose word before it
        ("وأعلن الحزب أنه دعم المرشح المستقل في الانتخابات الماضية.", "دعم"),
        # an agreement signed, no draft
        ("ووقع الطرفان أمس اتفاقية للتعاون في المجال الأمني.", "لتعاون"),
        # «مشروع» as the adjective "legitimate"
        ("وقال المتحدث إن للشعب حقا مشروعا في الدفاع عن نفسه بعد الهجوم على القرية.", "الهجوم"),
    ],
)
def test_no_plan_without_purpose_draft_or_authorisation(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")


def test_word_lists_are_normalized_and_hold_the_forms() -> None:
    assert normalize("مسودة") in _AR_DRAFT and normalize("مشروع") in _AR_DRAFT
    assert normalize("تفويض") in _AR_AUTHORISE and normalize("فوض") in _AR_AUTHORISE
