"""Rules of round 81 (factuality leaks, branch leaks81): the act a charge names is alleged; the act warned of
across a long subject is possible.

The genitive of a charge noun is what the charge names: «وجهت إليه تهمة قتل»، «يواجه تهمة قتل مدنيين»، «تهمة
محاولة الاغتيال» (through link words), «أوقف بجرم إطلاق النار» (the Levantine court phrase, and a و-conjunct of
its act) — alleged, as «بتهمة قتل» already was (`scope._ar_charged_act`, in `modality_ar` before round
86). Not the verb «تهمّ» («قضايا تهم دعم ...»), not a verb conjoined after the charge («وأفرج عنه»), not an event
elsewhere in the clause.

A verb of warning reaches its «من» across its subject (a title, a name, a time or place adjunct): «حذرت وزيرة
الخارجية البريطانية في بيان من غزو لبنان»، «من محاولات الإطاحة»، «من أن نشر قوات» — possible
(`modality_ar._ar_warned_of_far`). Not across a relative clause, not a definite event behind another noun («من
تداعيات الهجوم»).

Every case is a hand-written news sentence, with counter-cases. The rules alone (no classifier), as the other
factuality round tests.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the charge noun the object of its verb, the act its genitive
        ("ووجهت المحكمة إلى المتهم تهمة قتل شرطي.", "قتل"),
        ("ويواجه الجندي تهمة قتل مدنيين في القرية.", "قتل"),
        ("ووجهت النيابة إلى الموقوفين تهمة الاعتداء على رجال الأمن.", "الاعتداء"),
        # through a link word
        ("وتم توجيه تهمة محاولة الاغتيال للرجل.", "الاغتيال"),
        # «بجرم», and a و-conjunct of its act
        ("أوقف الجيش ثلاثة عسكريين بجرم إطلاق النار على المتظاهرين.", "إطلاق"),
        ("أوقف الجيش ثلاثة عسكريين بجرم مخالفة التعليمات العسكرية وإطلاق نار على المتظاهرين.", "إطلاق"),
    ],
)
def test_charged_act_is_alleged(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "alleged")


@pytest.mark.parametrize(
    ("text", "trigger", "label"),
    [
        # «تهم» the verb (it concerns): no charge
        ("وهذه قضايا تهم دعم الاقتصاد الوطني.", "دعم", ("positive", "asserted")),
        # a verb conjoined after the charge: the release took place
        ("ووجهت إليه تهمة التجسس وأفرج عنه لاحقا.", "أفرج", ("positive", "asserted")),
        # an event of the clause that is not what the charge names
        ("ووجهت إليه تهمة التجسس بعد اعتقاله في المطار.", "اعتقال", ("positive", "asserted")),
        # the charge itself is told
        ("ووجهت النيابة إلى المتهم تهمة قتل شرطي.", "ووجهت", ("positive", "asserted")),
    ],
)
def test_not_a_charged_act(text: str, trigger: str, label: tuple[str, str]) -> None:
    assert _fact(text, trigger) == label


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("حذرت وزيرة الخارجية البريطانية في بيان من غزو لبنان.", "غزو"),
        ("وحذر رئيس الوزراء العراقي حيدر العبادي من هجوم على المدينة.", "هجوم"),
        # through a link word, the event definite as its genitive
        ("وحذر رئيس كتلة المستقبل النيابية سعد الحريري من محاولات الإطاحة بالحكومة.", "الإطاحة"),
        # «من أن» + the event as the that-clause's subject
        ("وحذر الرئيس السوري بشار الأسد من أن نشر قوات على الحدود يخلق حالة عداء.", "نشر"),
    ],
)
def test_warned_of_across_subject_is_possible(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "possible")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the «من» of a relative clause inside the subject: the visit took place
        ("وحذر وزير الخارجية الفرنسي الذي عاد أمس من زيارة إلى موسكو من التصعيد.", "زيارة"),
        # the consequences are warned of; the attack is given
        ("وحذر وزير الدفاع الأمريكي من تداعيات الهجوم على المدينة.", "الهجوم"),
    ],
)
def test_not_warned_of(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
