"""Rule of round 58 (factuality), from a transfer audit of the system's positive / asserted output on fresh news
after a time to come: round 56's `modality_ar._ar_dated_to_come` (an event after a time to come of its own
clause is planned) now reads on across one comma when the clause after it goes with the dated one
(`_ar_comma_joins_dated_clause`): a relative pronoun («المقبل، والذي تستضيفه»), «على أن», a circumstantial
purpose («غدا، تمهيدا ل...») or the trigger itself right after the time («بعد غد الخميس، بلقاء»). حيث, «وذلك»
and a verb after a comma start the journalist's own narration and are not read on.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire.
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # «على أن»: the plan's arrangement hangs on the dated clause
        ("تنطلق البطولة العربية للشباب في مارس المقبل، على أن تستضيف قطر النسخة التالية في 2018.", "تستضيف"),
        # a relative clause of the dated clause's noun after a comma
        ("يفتتح وزير الثقافة الأحد المقبل الملتقى الثقافي، والذي تستضيفه جامعة الملك عبدالعزيز.", "تستضيفه"),
        # the trigger right after a time set off by a comma
        ("تختتم الجولة بعد غد الخميس، بلقاء الهلال مع ضيفه النصر.", "بلقاء"),
    ],
)
def test_event_after_a_comma_of_the_dated_clause_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # حيث after a comma: the journalist's narration of what goes on now
        ("يعلن النادي اسم مدربه خلال الأسبوع المقبل، حيث تتواصل المفاوضات مع ثلاثة مدربين.", "المفاوضات"),
        # «، وذلك ل...»: the cause, given
        ("تنطلق الدورة الأسبوع المقبل، وذلك لوجود مطالبات كثيرة من الأندية.", "مطالبات"),
        # a relative clause after the comma told done («أمس»)
        ("يزور الوزير المعرض الأسبوع المقبل، والذي شهد أمس توقيع اتفاقية التعاون.", "توقيع"),
        # a و-word right after the time opens another conjunct, told now
        ("تبدأ الوزارة تطبيق النظام مطلع الشهر المقبل، واعتراضات الموظفين لا تتوقف.", "اعتراضات"),
        # a verb after the comma opens a new predicate
        ("أوضح البيان أن عقد القمة خلال الفترة المقبلة، يأتي استجابة لما دعا إليه الرئيس.", "دعا"),
    ],
)
def test_no_plan_across_a_comma_of_narration(text: str, trigger: str) -> None:
    assert _fact(text, trigger)[1] != "planned"
