"""Arabic event detection, round 58 (precision on fresh news: no-events that come back, one-word senses).

Every sentence here is written for the test, not taken from a gold set or an audit file.
1. ``khabar.events.hidden_tellings``: a noun telling that the in-article merge would join to a no-event removed
   by a sense rule (a manner cooperation «بالتعاون مع», a player's injury) stays out with it; a telling by a verb
   stays, and so does an event no removed hit hid;
2. ``khabar.events.senses_everyday``: «التسويق والاتصالات» (a department), «مستوى دعم» (a price level), «السيطرة
   على حريق» (fire control) and «تستهدف هذه البرامج تنمية» (an aim past its subject) make no event; contacts
   joined to consultations, a seizure of a town, and a strike on a target stay.
"""

from __future__ import annotations

import pytest
from events_helpers import event_rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a later mention hidden in a removed manner cooperation
        (
            "أقيم المعرض بالتعاون مع غرفة التجارة. وأشار المدير إلى آفاق التعاون بين الغرفة والجامعة في المستقبل.",
            "التعاون",
        ),
        (
            "نظمت الجمعية الخيرية معرضا للكتاب بالتعاون مع جامعة الملك سعود. وأشاد المدير بالتعاون الذي وجده من الجامعة.",
            "التعاون",
        ),
        # a later mention hidden in a removed footballer's injury
        (
            "تعرض المهاجم لإصابة في الرباط الصليبي خلال المباراة. وأكد الطبيب أن الإصابة تحتاج إلى جراحة.",
            "الإصابة",
        ),
        # one-word senses
        ("وقال يزيد الرشيد مدير عام التسويق والاتصالات بالمجموعة إن الشركة تسعى للتوسع.", "الاتصالات"),
        ("ورغم ذلك وجد الذهب مستوى دعم بعدما هبط إلى 1077 دولارا للأوقية.", "دعم"),
        ("تمكنت فرق الدفاع المدني من السيطرة على حريق هائل اندلع في أحد المنازل.", "السيطرة"),
        ("حيث تستهدف هذه البرامج تنمية إمكانات الطلبة المعرفية.", "تستهدف"),
    ],
)
def test_no_event_in_these_mentions(text: str, word: str) -> None:
    assert not any(word in r[1] for r in event_rows(text)), event_rows(text)


@pytest.mark.parametrize(
    ("text", "typ", "word"),
    [
        # a telling by a verb after a removed manner cooperation stays
        (
            "نظم المركز دورة تدريبية بالتعاون مع جامعة الملك فيصل. وتعاونت الجامعة مع المركز في إعداد المناهج.",
            "COOPERATE",
            "وتعاونت",
        ),
        # contacts joined to consultations, a town seized, a strike on a target, a fire set by protesters' arson
        ("وأكد الوزير أن المشاورات والاتصالات مستمرة مع الأطراف اللبنانية.", "CONSULT", "الاتصالات"),
        ("وسيطرت القوات على المدينة بعد معارك عنيفة.", "COERCE", "وسيطرت"),
        ("استهدفت طائرات التحالف هذه المخازن فجر اليوم.", "ASSAULT", "استهدفت"),
        ("وأعلن الجيش السيطرة على المطار بعد انسحاب المسلحين.", "COERCE", "السيطرة"),
    ],
)
def test_events_that_stay(text: str, typ: str, word: str) -> None:
    assert any(r[0] == typ and word in r[1] for r in event_rows(text)), event_rows(text)
