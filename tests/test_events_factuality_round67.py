"""Rules of round 67 (factuality, branch fact67): a present verb dated by a time to come after it, past the
six-word window `mark_factuality` reads after a present verb (`modality_ar._ar_present_dated_after`): «يستضيف
الفريق ... نظيره ... غدا»، «يستقبل الوزير ... نظيره ... يوم الأحد المقبل». Arabic news tells a scheduled act in
the present tense with its date after a long subject and object.

Every case is a hand-written news sentence worded unlike the audited ones, with counter-cases where the rule
must not fire (the time in a relative clause, in another conjunct, after a past word, «حتى» + a time).
"""

from __future__ import annotations

import pytest
from events_helpers import factuality_at as _fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # غدا eleven words after the verb
        (
            "وفي ختام جولته الخليجية يلتقي وزير الخارجية التركي في الدوحة أمير قطر وعددا من كبار المسؤولين "
            "القطريين غدا.",
            "يلتقي",
        ),
        # a unit of time + المقبل
        (
            "وضمن التحضيرات للمرحلة الثانية يستضيف فريق الشباب على ملعب الأمير فيصل بن فهد في الرياض فريق الفتح "
            "الأسبوع المقبل.",
            "يستضيف",
        ),
        # a weekday + المقبل after يوم
        (
            "وفي إطار التنسيق الأمني يستقبل وزير الداخلية الأردني في مكتبه بالعاصمة عمان نظيره العراقي يوم الأحد "
            "المقبل.",
            "يستقبل",
        ),
        # «بعد غد»: بعد is the time, no earlier event
        (
            "وبحسب البرنامج الرسمي يزور الرئيس الفرنسي فرانسوا هولاند على رأس وفد كبير العاصمة الرياض بعد غد.",
            "يزور",
        ),
    ],
)
def test_present_verb_with_a_time_to_come_after_is_planned(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the time is in another conjunct (a split-off و)
        ("وفي المدينة يتظاهر مئات العمال أمام مقر الشركة منذ أيام ويهددون بالإضراب الأسبوع المقبل.", "يتظاهر"),
        # a past word between: the siege goes on since yesterday
        ("وفي العاصمة يحاصر المسلحون مقر الحكومة منذ أمس وتبدأ المفاوضات معهم غدا.", "يحاصر"),
        # a clause word between («كما حدث»)
        (
            "وفي هذه الأثناء يعتقل الجيش الإسرائيلي عشرات الفلسطينيين في الضفة الغربية كما حدث أمس وسيواصل "
            "حملته غدا.",
            "يعتقل",
        ),
        # «حاليا»: the talks go on now; the time to come is their purpose's
        (
            "ويجري الوفد الحكومي حاليا مشاورات مع قادة العشائر في المحافظة لعقد مؤتمر مصالحة خلال الأيام "
            "المقبلة.",
            "مشاورات",
        ),
        # «حتى» + the time: a state lasting until then, not its date
        ("وفي القرية يقاتل الجنود المسلحين في معارك عنيفة حتى الأسبوع المقبل.", "يقاتل"),
    ],
)
def test_present_verb_counter_cases_keep_asserted(text: str, trigger: str) -> None:
    assert _fact(text, trigger) == ("positive", "asserted")
