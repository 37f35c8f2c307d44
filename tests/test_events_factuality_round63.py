"""Rules of round 63 (factuality, branch plan63): the nouns of a plan, project, programme, initiative, proposal,
strategy or mechanism are one list (`modality_ar._AR_PLAN_NOUNS`) read by one function
(`modality_ar._ar_plan_purpose`), which took over round 27's plan heads, round 51's plan / means nouns and round
61's plan content. The one reading also serves round 45's purpose conjuncts, so the و-conjunct of a plan's
purpose is planned with it; the guards of the three old readings hold (a generic ل + ال purpose of a means noun,
a plan told as carried out, «مشروع» the adjective).

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import extract
from events_helpers import factuality_at as _fact

from khabar.events.modality_ar import _AR_MEANS_NOUNS, _AR_PLAN_HEADS, _AR_PLAN_NOUNS
from khabar.text.normalize import normalize


def test_one_list_of_plan_nouns() -> None:
    # the nouns of the three old lists are in the one list; the readiness list keeps no plan noun
    for w in ("خطة", "خطتها", "مخطط", "مشروع", "برنامجا", "مبادرة", "مقترح", "اقتراحا", "استراتيجية", "آلية"):
        assert normalize(w) in _AR_PLAN_NOUNS
    for w in ("خطة", "الخطة", "مخطط", "مخططات"):
        assert normalize(w) not in _AR_PLAN_HEADS
    assert normalize("مستعد") in _AR_PLAN_HEADS and normalize("التحضير") in _AR_PLAN_HEADS
    assert normalize("آلية") in _AR_MEANS_NOUNS and normalize("خطة") not in _AR_MEANS_NOUNS


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the و-conjunct of a strategy's purpose (round 61's noun, now read by round 45's conjunct rule)
        ("وقال إن الحكومة أعدت استراتيجية لمكافحة التهريب وملاحقة المهربين.", "ملاحقة"),
        ("وأعدت الوزارة استراتيجية جديدة لمكافحة الإرهاب وملاحقة الخلايا النائمة في المدن.", "ملاحقة"),
    ],
)
def test_conjunct_of_a_plan_purpose_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # already planned before the merge, kept: a plan noun with a modifier, a means noun, a plan's content
        ("وأعلنت الحكومة خطة بديلة لسحب القوات من المدينة.", "لسحب"),
        ("ووضعت الوزارة آلية لملاحقة المهربين عبر الحدود.", "لملاحقة"),
        ("وتشمل الخطة الجديدة إعادة فتح المعابر وإطلاق سراح المعتقلين.", "فتح"),
        ("وقدمت الكتلة مشروع قانون لرفع الحظر عن تصدير السلاح.", "لرفع"),
    ],
)
def test_forms_of_the_three_old_readings_stay_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


def test_generic_purpose_of_a_means_noun_is_not_planned() -> None:
    # «آلية للضبط الاجتماعي»: ل + ال after a means noun, a generic purpose (round 51's guard)
    doc = extract("ووضعت الوزارة آلية للضبط الاجتماعي في المدن.", "ar")
    assert all(e.modality != "planned" for e in doc.events)


def test_content_of_a_plan_carried_out_is_not_planned() -> None:
    # the army carried out the plan: what it included is told as done (round 61's guard)
    assert _fact("ونفذ الجيش خطة عسكرية واسعة شملت اقتحام القرى الحدودية.", "اقتحام") == ("positive", "asserted")
